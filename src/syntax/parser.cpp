// Dependency parser inference: arc-hybrid transitions scored by an averaged perceptron.
#include "syntax/parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

#include "syntax/parser_impl.h"
#include "syntax/parser_punct.h"
#include "util/binio.h"
#include "util/calendar.h"
#include "util/hash.h"

namespace dyad {
namespace parser_detail {

void normalize_form(std::string_view form, std::string& out) {
  out.clear();
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c >= '0' && c <= '9') {
      out.push_back('0');
    } else {
      out.push_back(c);
    }
  }
}

uint64_t morph_hash(std::string_view feats) {
  uint64_t h = 0x6d6f727068ULL;
  for_each_parser_feat(feats,
                       [&](std::string_view item) { h = hash_combine(h, hash_bytes(item)); });
  return h;
}

uint64_t AmbLexicon::find(uint64_t w) const {
  auto it = std::lower_bound(keys.begin(), keys.end(), w);
  if (it != keys.end() && *it == w) return vals[static_cast<size_t>(it - keys.begin())];
  return 0x756e6b616d62ULL;  // unknown form
}

void sentence_features(const Doc& doc, uint32_t first, uint32_t last, bool use_xpos,
                       SentenceFeatures& sf, std::string& scratch, const AmbLexicon* lex) {
  uint32_t n = last - first;
  sf.resize(n);
  static const uint64_t kRoot = hash_bytes("<ROOT>");
  static const uint64_t kNone = hash_bytes("<NONE>");
  sf.w[0] = sf.p[0] = sf.x[0] = sf.m[0] = sf.l[0] = kRoot;
  sf.w[n + 1] = sf.p[n + 1] = sf.x[n + 1] = sf.m[n + 1] = sf.l[n + 1] = kNone;
  for (uint32_t i = 1; i <= n; ++i) {
    const TokenData& t = doc.tokens[first + i - 1];
    normalize_form(t.form, scratch);
    sf.w[i] = hash_bytes(scratch);
    sf.p[i] = hash_bytes(t.upos, 0x7570ULL);
    sf.x[i] = use_xpos ? hash_bytes(t.xpos, 0x7870ULL) : sf.p[i];
    sf.m[i] = morph_hash(t.feats);
    normalize_form(t.lemma, scratch);
    sf.l[i] = hash_bytes(scratch, 0x6c656dULL);
  }
  sf.has_amb = lex && !lex->empty();
  if (sf.has_amb) {
    sf.a[0] = kRoot;
    sf.a[n + 1] = kNone;
    for (uint32_t i = 1; i <= n; ++i) sf.a[i] = lex->find(sf.w[i]);
  }
}

void State::init(uint32_t words) {
  n = words;
  b = 1;
  stack.clear();
  stack.push_back(0);
  head.assign(n + 1, -1);
  label.assign(n + 1, -1);
  l1.assign(n + 1, -1);
  l2.assign(n + 1, -1);
  r1.assign(n + 1, -1);
  r2.assign(n + 1, -1);
  nl.assign(n + 1, 0);
  nr.assign(n + 1, 0);
  lset.assign(n + 1, 0);
  rset.assign(n + 1, 0);
}

void State::attach(int32_t h, int32_t d, int32_t lab) {
  head[d] = h;
  label[d] = lab;
  uint64_t bit = 1ULL << (static_cast<uint32_t>(lab) & 63);
  if (d < h) {
    if (l1[h] < 0 || d < l1[h]) {
      l2[h] = l1[h];
      l1[h] = d;
    } else if (l2[h] < 0 || d < l2[h]) {
      l2[h] = d;
    }
    if (nl[h] < 255) ++nl[h];
    lset[h] |= bit;
  } else {
    if (r1[h] < 0 || d > r1[h]) {
      r2[h] = r1[h];
      r1[h] = d;
    } else if (r2[h] < 0 || d > r2[h]) {
      r2[h] = d;
    }
    if (nr[h] < 255) ++nr[h];
    rset[h] |= bit;
  }
}

void State::apply(uint32_t cls) {
  if (cls == 0) {
    stack.push_back(static_cast<int32_t>(b++));
    return;
  }
  int32_t lab = static_cast<int32_t>((cls - 1) / 2);
  int32_t s0 = stack.back();
  stack.pop_back();
  if (cls & 1) {
    attach(static_cast<int32_t>(b), s0, lab);  // LEFT
  } else {
    attach(stack.back(), s0, lab);  // RIGHT
  }
}

namespace {

inline uint64_t dist_bucket(int32_t d) {
  if (d <= 0) return 0;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

struct Emitter {
  uint64_t* out;
  size_t k = 0;
  uint64_t t = 0;
  template <class... V>
  void operator()(V... vals) {
    uint64_t h = 0x243f6a8885a308d3ULL + (++t) * 0x9e3779b97f4a7c15ULL;
    ((h = hash_combine(h, static_cast<uint64_t>(vals))), ...);
    out[k++] = h;
  }
};

}  // namespace

size_t extract_features(const SentenceFeatures& sf, const State& st, bool use_xpos, uint64_t* out) {
  const uint32_t n = st.n;
  const int32_t none = static_cast<int32_t>(n + 1);
  auto ix = [none](int32_t i) { return i < 0 ? none : i; };
  auto ch = [](const std::vector<int32_t>& v, int32_t i) { return i >= 0 ? v[i] : -1; };
  auto lab = [&st](int32_t i) -> uint64_t {
    return i >= 0 && st.label[i] >= 0 ? static_cast<uint64_t>(st.label[i] + 1) : 0;
  };
  const int32_t s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int32_t bb = static_cast<int32_t>(st.b);
  const int32_t b0 = bb <= static_cast<int32_t>(n) ? bb : -1;
  const int32_t b1 = bb + 1 <= static_cast<int32_t>(n) ? bb + 1 : -1;
  const int32_t b2 = bb + 2 <= static_cast<int32_t>(n) ? bb + 2 : -1;
  const int32_t b3 = bb + 3 <= static_cast<int32_t>(n) ? bb + 3 : -1;
  const int32_t s0l1 = ch(st.l1, s0), s0l2 = ch(st.l2, s0), s0r1 = ch(st.r1, s0),
                s0r2 = ch(st.r2, s0);
  const int32_t s1l1 = ch(st.l1, s1), s1r1 = ch(st.r1, s1), s1r2 = ch(st.r2, s1);
  const int32_t b0l1 = ch(st.l1, b0), b0l2 = ch(st.l2, b0);
  const uint64_t* W = sf.w.data();
  const uint64_t* P = sf.p.data();
  const uint64_t* M = sf.m.data();
  const uint64_t* L = sf.l.data();

  const uint64_t s0w = W[ix(s0)], s0p = P[ix(s0)], s1w = W[ix(s1)], s1p = P[ix(s1)];
  const uint64_t s2p = P[ix(s2)], s2w = W[ix(s2)];
  const uint64_t b0w = W[ix(b0)], b0p = P[ix(b0)], b1w = W[ix(b1)], b1p = P[ix(b1)];
  const uint64_t b2w = W[ix(b2)], b2p = P[ix(b2)], b3p = P[ix(b3)];
  const uint64_t s0l1p = P[ix(s0l1)], s0l2p = P[ix(s0l2)], s0r1p = P[ix(s0r1)], s0r2p = P[ix(s0r2)];
  const uint64_t s1l1p = P[ix(s1l1)], s1r1p = P[ix(s1r1)], s1r2p = P[ix(s1r2)];
  const uint64_t b0l1p = P[ix(b0l1)], b0l2p = P[ix(b0l2)];
  const uint64_t d0 = (s0 > 0 && b0 > 0) ? dist_bucket(b0 - s0) : (s0 == 0 ? 8 : 9);
  const uint64_t d1 = (s1 > 0 && s0 > 0) ? dist_bucket(s0 - s1) : (s1 == 0 ? 8 : 9);
  const uint64_t s0vl = s0 >= 0 ? st.nl[s0] : 99, s0vr = s0 >= 0 ? st.nr[s0] : 99;
  const uint64_t s1vl = s1 >= 0 ? st.nl[s1] : 99, s1vr = s1 >= 0 ? st.nr[s1] : 99;
  const uint64_t b0vl = b0 >= 0 ? st.nl[b0] : 99;
  const uint64_t s0sl = s0 >= 0 ? st.lset[s0] : 1, s0sr = s0 >= 0 ? st.rset[s0] : 1;
  const uint64_t s1sr = s1 >= 0 ? st.rset[s1] : 1, b0sl = b0 >= 0 ? st.lset[b0] : 1;
  const uint64_t s0m = M[ix(s0)], s1m = M[ix(s1)], b0m = M[ix(b0)];

  Emitter f{out};
  f(1u);  // bias
  // unigrams
  f(s0w);
  f(s0p);
  f(s0w, s0p);
  f(s1w);
  f(s1p);
  f(s1w, s1p);
  f(s2p);
  f(s2w, s2p);
  f(b0w);
  f(b0p);
  f(b0w, b0p);
  f(b1w);
  f(b1p);
  f(b1w, b1p);
  f(b2w);
  f(b2p);
  f(b3p);
  f(L[ix(s0)]);
  f(L[ix(s1)]);
  f(L[ix(b0)]);
  f(L[ix(s1)], W[ix(s0l1)]);  // verb + preposition of its dependent (obl vs obl:arg)
  f(L[ix(b0)], W[ix(s0l1)]);
  f(s0m, s0p);
  f(s1m, s1p);
  f(b0m, b0p);
  // pairs s0-b0 (LEFT) and s1-s0 (RIGHT)
  f(s0w, s0p, b0w, b0p);
  f(s0w, s0p, b0w);
  f(s0w, b0w, b0p);
  f(s0w, s0p, b0p);
  f(s0p, b0w, b0p);
  f(s0w, b0w);
  f(s0p, b0p);
  f(b0p, b1p);
  f(s1w, s1p, s0w, s0p);
  f(s1w, s1p, s0w);
  f(s1w, s0w, s0p);
  f(s1w, s1p, s0p);
  f(s1p, s0w, s0p);
  f(s1w, s0w);
  f(s1p, s0p);
  f(s0m, b0m);
  f(s1m, s0m);
  f(s0m, b0p);
  f(s0p, b0m);
  f(s1m, s0p);
  f(s1p, s0m);
  // triples
  f(b0p, b1p, b2p);
  f(s0p, b0p, b1p);
  f(s1p, s0p, b0p);
  f(s2p, s1p, s0p);
  f(s1p, s0p, b1p);
  f(s0p, s0l1p, b0p);
  f(s0p, s0r1p, b0p);
  f(s0p, b0p, b0l1p);
  f(s1p, s0p, s0l1p);
  f(s1p, s0p, s0r1p);
  f(s1p, s1r1p, s0p);
  f(s1p, s1l1p, s0p);
  // distance
  f(s0w, d0);
  f(s0p, d0);
  f(b0w, d0);
  f(b0p, d0);
  f(s0w, b0w, d0);
  f(s0p, b0p, d0);
  f(s1w, d1);
  f(s1p, d1);
  f(s0w, d1);
  f(s0p, d1);
  f(s1w, s0w, d1);
  f(s1p, s0p, d1);
  // valency
  f(s0w, s0vr);
  f(s0p, s0vr);
  f(s0w, s0vl);
  f(s0p, s0vl);
  f(s1w, s1vr);
  f(s1p, s1vr);
  f(s1p, s1vl);
  f(b0w, b0vl);
  f(b0p, b0vl);
  // children
  f(W[ix(s0l1)]);
  f(s0l1p);
  f(lab(s0l1));
  f(W[ix(s0r1)]);
  f(s0r1p);
  f(lab(s0r1));
  f(W[ix(s1r1)]);
  f(s1r1p);
  f(lab(s1r1));
  f(s1l1p);
  f(lab(s1l1));
  f(W[ix(b0l1)]);
  f(b0l1p);
  f(lab(b0l1));
  f(s0l2p);
  f(lab(s0l2));
  f(s0r2p);
  f(lab(s0r2));
  f(b0l2p);
  f(lab(b0l2));
  f(s1r2p);
  f(s0p, s0l1p, s0l2p);
  f(s0p, s0r1p, s0r2p);
  f(b0p, b0l1p, b0l2p);
  f(s1p, s1r1p, s1r2p);
  f(s0p, lab(s0l1), lab(s0r1));
  f(s1p, lab(s1l1), lab(s1r1));
  // label sets
  f(s0w, s0sr);
  f(s0p, s0sr);
  f(s0w, s0sl);
  f(s0p, s0sl);
  f(b0w, b0sl);
  f(b0p, b0sl);
  f(s1p, s1sr);
  if (use_xpos) {
    const uint64_t* X = sf.x.data();
    f(X[ix(s0)]);
    f(X[ix(s1)]);
    f(X[ix(b0)]);
    f(X[ix(b1)]);
    f(X[ix(s0)], X[ix(b0)]);
    f(X[ix(s1)], X[ix(s0)]);
    f(X[ix(s0)], X[ix(b0)], X[ix(b1)]);
    f(X[ix(s1)], X[ix(s0)], X[ix(b0)]);
    if (sf.has_amb) {  // ambiguity classes (AmbLexicon): robust to tagger errors
      const uint64_t* A = sf.a.data();
      const uint64_t s0a = A[ix(s0)], s1a = A[ix(s1)], b0a = A[ix(b0)], b1a = A[ix(b1)];
      f(s0a);
      f(s1a);
      f(b0a);
      f(b1a);
      f(s0a, s0p);
      f(b0a, b0p);
      f(s1a, s1p);
      f(s0a, b0a);
      f(s1a, s0a);
      f(b0a, b1a);
      f(s0a, b0a, b1a);
      f(s1a, s0a, b0a);
    }
  }
  return f.k;
}

}  // namespace parser_detail

using parser_detail::SentenceFeatures;
using parser_detail::State;

uint32_t Parser::Impl::best_legal(const State& st, const float* scores) const {
  uint32_t best = 0;
  float best_score = -INFINITY;
  if (st.can_shift()) {
    best = 0;
    best_score = scores[0];
  }
  const uint32_t nl = static_cast<uint32_t>(labels.size());
  if (st.can_left()) {
    for (uint32_t l = 0; l < nl; ++l) {
      if (l == root_label) continue;
      float s = scores[parser_detail::left_class(l)];
      if (s > best_score) {
        best_score = s;
        best = parser_detail::left_class(l);
      }
    }
  }
  if (st.can_right()) {
    if (st.right_is_root()) {
      float s = scores[parser_detail::right_class(root_label)];
      if (s > best_score || best_score == -INFINITY) {
        best_score = s;
        best = parser_detail::right_class(root_label);
      }
    } else {
      for (uint32_t l = 0; l < nl; ++l) {
        if (l == root_label) continue;
        float s = scores[parser_detail::right_class(l)];
        if (s > best_score) {
          best_score = s;
          best = parser_detail::right_class(l);
        }
      }
    }
  }
  return best;
}

void Parser::Impl::parse_sentence(Doc& doc, uint32_t first, uint32_t last, SentenceFeatures& sf,
                                  State& st, std::vector<float>& scores,
                                  std::string& scratch) const {
  const uint32_t n = last - first;
  if (n == 0) return;
  parser_detail::sentence_features(doc, first, last, use_xpos, sf, scratch, &amb);
  st.init(n);
  uint64_t feats[parser_detail::kMaxFeatures];
  const uint32_t nc = nclasses();
  scores.resize(nc);
  while (!st.terminal()) {
    size_t k = parser_detail::extract_features(sf, st, use_xpos, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    score(feats, k, scores.data());
    st.apply(best_legal(st, scores.data()));
  }
  for (uint32_t i = 1; i <= n; ++i) {
    TokenData& t = doc.tokens[first + i - 1];
    t.head = st.head[i];
    t.deprel = labels[static_cast<size_t>(st.label[i])];
  }
}

void Parser::Impl::save(BinWriter& w) const {
  w.str_vec(labels);
  w.u32(root_label);
  w.u8(use_xpos ? 1 : 0);
  weights.save(w);
  if (!amb.empty()) {  // optional trailing section (older files end after the weights)
    w.pod_vec(amb.keys);
    w.pod_vec(amb.vals);
  }
}

bool Parser::Impl::load(BinReader& r) {
  labels = r.str_vec();
  root_label = r.u32();
  use_xpos = r.u8() != 0;
  if (!r.ok() || labels.empty() || labels.size() > 4000 || root_label >= labels.size())
    return false;
  if (!weights.load(r)) return false;
  if (!r.at_end()) {
    amb.keys = r.pod_vec<uint64_t>();
    amb.vals = r.pod_vec<uint64_t>();
    if (!r.ok() || amb.keys.size() != amb.vals.size() ||
        !std::is_sorted(amb.keys.begin(), amb.keys.end()))
      return false;
  }
  return weights.nclasses() == nclasses() && r.at_end();
}

Result<std::shared_ptr<const Parser>> Parser::load(const std::string& path) {
  auto reader = BinReader::open(path, "parser", parser_detail::kModelVersion);
  if (!reader.ok()) return reader.status();
  auto impl = std::make_shared<Impl>();
  if (!impl->load(*reader))
    return Status(Errc::model, "corrupt or incompatible parser model", Location{path});
  auto p = std::make_shared<Parser>();
  p->impl = std::move(impl);
  return std::shared_ptr<const Parser>(std::move(p));
}

namespace {

// English news puts a bare day word between the subject and its verb ("A top U.S. official
// today praised ...", "Russia Monday denied ..."), which web text (en_ewt) almost never does: the
// parser then takes the day word for the subject and the subject for something else. When a day
// word (today, yesterday, tonight, tomorrow, a weekday) tagged NOUN or PROPN stands between a
// nominal and a finite verb and is not already that verb's obl, the sentence is parsed again
// without it and the day word hung on the verb as obl:unmarked (its relation in UD 2.16).
bool bare_day_word(std::string_view form) {
  std::string low(form);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return low == "today" || low == "yesterday" || low == "tonight" || low == "tomorrow" ||
         calendar::is_day_name(low);
}

void reparse_without_day_word(const Parser::Impl& impl, Doc& doc, const SentenceData& s,
                              parser_detail::SentenceFeatures& sf, parser_detail::State& st,
                              std::vector<float>& scores, std::string& scratch) {
  if (doc.lang != "en" || s.last - s.first < 4) return;
  for (uint32_t i = s.first + 1; i + 1 < s.last; ++i) {
    const TokenData& t = doc.tokens[i];
    const TokenData& prev = doc.tokens[i - 1];
    const TokenData& next = doc.tokens[i + 1];
    if ((t.upos != "NOUN" && t.upos != "PROPN") || !bare_day_word(t.form)) continue;
    if (prev.upos != "NOUN" && prev.upos != "PROPN" && prev.upos != "PRON") continue;
    if (next.upos != "VERB" || (next.xpos != "VBD" && next.xpos != "VBZ" && next.xpos != "VBP"))
      continue;
    const int32_t at = static_cast<int32_t>(i - s.first) + 1;     // 1-based word number
    if (t.head == at + 1 && t.deprel.starts_with("obl")) return;  // (already right)
    Doc part;
    part.lang = doc.lang;
    part.tokens.assign(doc.tokens.begin() + s.first, doc.tokens.begin() + s.last);
    part.tokens.erase(part.tokens.begin() + (at - 1));
    const uint32_t n = static_cast<uint32_t>(part.tokens.size());
    impl.parse_sentence(part, 0, n, sf, st, scores, scratch);
    for (uint32_t k = 0; k < n; ++k) {
      TokenData& o = doc.tokens[s.first + (static_cast<int32_t>(k) + 1 < at ? k : k + 1)];
      const int32_t h = part.tokens[k].head;
      o.head = h >= at ? h + 1 : h;
      o.deprel = part.tokens[k].deprel;
    }
    doc.tokens[i].head = at + 1;
    doc.tokens[i].deprel = "obl:unmarked";
    return;
  }
}

// A finite word: a verb or auxiliary with a finite XPOS or VerbForm=Fin.
bool finite_word(const TokenData& t) {
  if (t.upos != "VERB" && t.upos != "AUX") return false;
  return t.xpos == "VBD" || t.xpos == "VBZ" || t.xpos == "VBP" || t.xpos == "MD" ||
         t.feats.find("VerbForm=Fin") != std::string::npos;
}

bool has_child(const Doc& doc, const SentenceData& s, int32_t head, std::string_view rel) {
  for (uint32_t k = s.first; k < s.last; ++k)
    if (doc.tokens[k].head == head && doc.tokens[k].deprel == rel) return true;
  return false;
}

// English news opens with a nationality or other modifier before a title and a name ("Egyptian
// President Hosni Mubarak said ..."), and the parser sometimes makes that first word the root and
// the sentence's verb its ccomp. A root that is the first word, an adjective or determiner with no
// copula, followed by a noun, adjective or name, in a sentence with a finite verb, is a broken
// parse: the sentence is parsed again without it, and the reparse is kept when its root is a
// verb (or has a copula); the word is then hung on the head of the noun phrase it opens (amod or
// det).
void reparse_without_opening_modifier(const Parser::Impl& impl, Doc& doc, const SentenceData& s,
                                      parser_detail::SentenceFeatures& sf, parser_detail::State& st,
                                      std::vector<float>& scores, std::string& scratch) {
  if (doc.lang != "en" || s.last - s.first < 4) return;
  const TokenData& first = doc.tokens[s.first];
  if (first.head != 0 || (first.upos != "ADJ" && first.upos != "DET")) return;
  if (has_child(doc, s, 1, "cop")) return;
  const std::string& next = doc.tokens[s.first + 1].upos;
  if (next != "NOUN" && next != "PROPN" && next != "ADJ") return;
  bool finite = false;
  for (uint32_t k = s.first + 1; k < s.last && !finite; ++k) finite = finite_word(doc.tokens[k]);
  if (!finite) return;
  Doc part;
  part.lang = doc.lang;
  part.tokens.assign(doc.tokens.begin() + s.first + 1, doc.tokens.begin() + s.last);
  const uint32_t n = static_cast<uint32_t>(part.tokens.size());
  impl.parse_sentence(part, 0, n, sf, st, scores, scratch);
  int32_t root = -1;
  for (uint32_t k = 0; k < n; ++k)
    if (part.tokens[k].head == 0) root = static_cast<int32_t>(k) + 1;
  if (root < 0) return;
  const TokenData& r = part.tokens[static_cast<uint32_t>(root) - 1];
  bool cop = false;
  for (const TokenData& t : part.tokens) cop = cop || (t.head == root && t.deprel == "cop");
  if (r.upos != "VERB" && !cop) return;
  // (the head of the opening noun phrase: up from the next word through its left modifiers)
  int32_t j = 1;
  for (int guard = 0; guard < 8; ++guard) {
    const TokenData& t = part.tokens[static_cast<uint32_t>(j) - 1];
    if (t.head <= j) break;
    if (t.deprel != "compound" && t.deprel != "amod" && t.deprel != "nmod:desc" &&
        t.deprel != "nummod")
      break;
    j = t.head;
  }
  const std::string& hu = part.tokens[static_cast<uint32_t>(j) - 1].upos;
  if (hu != "NOUN" && hu != "PROPN" && hu != "ADJ" && hu != "NUM") return;
  for (uint32_t k = 0; k < n; ++k) {
    TokenData& o = doc.tokens[s.first + 1 + k];
    const int32_t h = part.tokens[k].head;
    o.head = h > 0 ? h + 1 : 0;
    o.deprel = part.tokens[k].deprel;
  }
  doc.tokens[s.first].head = j + 1;
  doc.tokens[s.first].deprel = first.upos == "ADJ" ? "amod" : "det";
}

// A clausal complement hangs on a predicate, never on a noun (en_ewt train and dev: no ccomp
// under a NOUN or PROPN); the parser sometimes hangs the "that" clause of a reporting verb on the
// day word or noun before it ("Mubarak said here Wednesday that the US must be ready ..."). A
// ccomp whose head is a noun or name without a copula goes to the nearest verb above that noun,
// when the new arc does not cross another.
void ccomp_of_noun(Doc& doc, const SentenceData& s) {
  if (doc.lang != "en") return;
  auto tok = [&](int32_t w) -> TokenData& {
    return doc.tokens[s.first + static_cast<uint32_t>(w) - 1];
  };
  const int32_t n = static_cast<int32_t>(s.last - s.first);
  for (int32_t c = 1; c <= n; ++c) {
    TokenData& t = tok(c);
    if (t.deprel != "ccomp" || t.head <= 0) continue;
    const TokenData& h = tok(t.head);
    if ((h.upos != "NOUN" && h.upos != "PROPN") || has_child(doc, s, t.head, "cop")) continue;
    int32_t up = h.head;
    for (int guard = 0; up > 0 && guard < 32 && tok(up).upos != "VERB"; ++guard) up = tok(up).head;
    if (up <= 0 || tok(up).upos != "VERB") continue;
    const int32_t lo = std::min(up, c), hi = std::max(up, c);
    bool crossing = false;
    for (int32_t k = 1; k <= n && !crossing; ++k) {
      if (k == c || k == up || tok(k).deprel == "punct") continue;
      const int32_t kh = tok(k).head;
      const bool inside = k > lo && k < hi;
      const bool head_inside = kh > lo && kh < hi;
      if (inside && !head_inside && kh != lo && kh != hi) crossing = true;
      if (!inside && head_inside) crossing = true;
    }
    if (crossing) continue;
    t.head = up;
  }
}

}  // namespace

void Parser::parse(Doc& doc) const {
  if (!impl) return;
  SentenceFeatures sf;
  State st;
  std::vector<float> scores;
  std::string scratch;
  for (const SentenceData& s : doc.sentences) {
    impl->parse_sentence(doc, s.first, s.last, sf, st, scores, scratch);
    reparse_without_day_word(*impl, doc, s, sf, st, scores, scratch);
    reparse_without_opening_modifier(*impl, doc, s, sf, st, scores, scratch);
    ccomp_of_noun(doc, s);
    finish_parse(doc, s);  // punctuation heads and obl:agent by rule
  }
  doc.annotations |= kHeads;
}

}  // namespace dyad
