#include "syntax/lemmatizer.h"

#include <algorithm>
#include <cmath>

#include "syntax/lemmatizer_impl.h"

namespace dyad {

using syntax_text::prefix;
using syntax_text::suffix;

std::string lemma_without_marks(std::string_view lemma) {
  if (lemma.size() <= 1) return std::string(lemma);
  std::string out;
  out.reserve(lemma.size());
  for (char c : lemma)
    if (c != '_') out.push_back(c);
  return out.empty() ? std::string(lemma) : out;
}

bool EditScript::decode(std::string_view s, EditScript& out) {
  if (s.empty() || (s[0] != 'L' && s[0] != 'K')) return false;
  out.lower = s[0] == 'L';
  size_t p = s.find('\x1f');
  if (p == std::string_view::npos) return false;
  std::string_view num = s.substr(1, p - 1);
  out.ge_pos = num == "-1" ? -1 : 0;
  if (num != "-1") {
    int v = 0;
    for (char c : num) {
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    out.ge_pos = v;
  }
  std::string* parts[4] = {&out.pre_del, &out.pre_add, &out.suf_del, &out.suf_add};
  for (int k = 0; k < 4; ++k) {
    if (p == std::string_view::npos || s[p] != '\x1f') return false;
    size_t q = s.find('\x1f', p + 1);
    *parts[k] = std::string(s.substr(p + 1, q == std::string_view::npos ? q : q - p - 1));
    p = q;
  }
  return p == std::string_view::npos;
}

void strip_diaeresis(std::string& s, size_t at) {
  // ë ï ö ü ä in UTF-8: C3 AB, C3 AF, C3 B6, C3 BC, C3 A4.
  if (at + 1 >= s.size() || static_cast<unsigned char>(s[at]) != 0xC3) return;
  char plain = 0;
  switch (static_cast<unsigned char>(s[at + 1])) {
    case 0xAB:
      plain = 'e';
      break;
    case 0xAF:
      plain = 'i';
      break;
    case 0xB6:
      plain = 'o';
      break;
    case 0xBC:
      plain = 'u';
      break;
    case 0xA4:
      plain = 'a';
      break;
    default:
      return;
  }
  s.replace(at, 2, 1, plain);
}

bool EditScript::apply(std::string_view form, std::string& tmp, std::string& out) const {
  tmp.clear();
  if (lower)
    syntax_text::to_lower(form, tmp);
  else
    tmp.assign(form);
  if (ge_pos >= 0) {
    size_t g = static_cast<size_t>(ge_pos);
    if (g + 2 > tmp.size() || tmp.compare(g, 2, "ge") != 0) return false;
    tmp.erase(g, 2);
  }
  if (pre_del.size() + suf_del.size() >= tmp.size()) return false;
  if (tmp.compare(0, pre_del.size(), pre_del) != 0) return false;
  if (tmp.compare(tmp.size() - suf_del.size(), suf_del.size(), suf_del) != 0) return false;
  out.assign(pre_add);
  out.append(tmp, pre_del.size(), tmp.size() - pre_del.size() - suf_del.size());
  out.append(suf_add);
  // Dutch: a diaeresis after the participle prefix "ge" only marks the syllable break, so it
  // goes with the prefix (geëist -> eisen, geïnformeerd -> informeren).
  size_t at = std::string::npos;
  if (ge_pos >= 0 && static_cast<size_t>(ge_pos) >= pre_del.size())
    at = static_cast<size_t>(ge_pos) - pre_del.size() + pre_add.size();
  else if (pre_del.size() >= 2 && pre_del.compare(pre_del.size() - 2, 2, "ge") == 0)
    at = pre_add.size();
  if (at != std::string::npos && at + 1 < out.size()) strip_diaeresis(out, at);
  return true;
}

namespace lemma_features {

inline uint64_t F(uint64_t t, uint64_t v) {
  return hash_combine(t * 0x9E3779B97F4A7C15ULL, v);
}

void extract(std::string_view form, std::string_view low, std::string_view upos,
             std::string_view feats, std::vector<uint64_t>& out) {
  out.clear();
  uint64_t hu = hash_bytes(upos, 3);
  out.push_back(F(1, 1));
  out.push_back(F(2, hu));
  out.push_back(F(3, hash_combine(hu, hash_bytes(feats, 5))));
  size_t n = utf8::length(low);
  for (size_t k = 1; k <= 7 && k <= n; ++k) {
    uint64_t h = hash_bytes(suffix(low, k), 7);
    out.push_back(F(10 + k, h));
    if (k <= 5) out.push_back(F(20 + k, hash_combine(h, hu)));
  }
  for (size_t k = 1; k <= 5 && k < n; ++k) out.push_back(F(30 + k, hash_bytes(prefix(low, k), 9)));
  // What precedes an infix "ge" (a separable particle: aan|geklopt, mee|genomen).
  for (size_t p = 1; p + 3 < low.size() && p <= 8; ++p)
    if (low[p] == 'g' && low[p + 1] == 'e')
      out.push_back(F(40, hash_combine(hash_bytes(low.substr(0, p), 31), hu)));
  std::string shape_buf;
  uint32_t flags = 0;
  if (!form.empty()) {
    char32_t c0 = 0;
    size_t i = 0;
    c0 = utf8::decode(form, i);
    if (syntax_text::is_upper_cp(c0)) flags |= 1;
    if (form != low && form.size() > 1 && syntax_text::lower(form.substr(i)) == form.substr(i))
      flags |= 2;
  }
  out.push_back(F(41, flags * 31 + std::min<size_t>(n, 20)));
  out.push_back(F(42, hash_combine(hu, flags)));
}

}  // namespace lemma_features

void Lemmatizer::Impl::save(BinWriter& w) const {
  w.str(lang);
  w.u8(mark ? 1 : 0);
  w.str_vec(lemmas);
  lex_exact.save(w);
  lex_lower.save(w);
  lex_any.save(w);
  lex_feats.save(w);
  std::vector<std::string> enc;
  enc.reserve(scripts.size());
  for (const auto& s : scripts) enc.push_back(s.encode());
  w.str_vec(enc);
  model.save(w);
  w.str_vec(particles);
  vocab.save(w);
  marked.save(w);
  unmarked.save(w);
  particle_verbs.save(w);
  put_vec(w, dict);
  split_model.save(w);
}

bool Lemmatizer::Impl::in_dict(std::string_view w) const {
  return std::binary_search(dict.begin(), dict.end(), lemma_keys::dict_key(w));
}

bool Lemmatizer::Impl::load(BinReader& r) {
  lang = r.str();
  mark = r.u8() != 0;
  lemmas = r.str_vec();
  if (!r.ok() || !lex_exact.load(r) || !lex_lower.load(r) || !lex_any.load(r) || !lex_feats.load(r))
    return false;
  for (const KeyTable* t : {&lex_exact, &lex_lower, &lex_any, &lex_feats})
    for (uint32_t v : t->vals)
      if ((v & ~kFinal) >= lemmas.size()) return false;
  std::vector<std::string> enc = r.str_vec();
  if (!r.ok()) return false;
  scripts.resize(enc.size());
  for (size_t i = 0; i < enc.size(); ++i)
    if (!EditScript::decode(enc[i], scripts[i])) return false;
  if (!model.load(r) || model.nclasses() != scripts.size()) return false;
  particles = r.str_vec();
  if (!r.ok() || !vocab.load(r) || !marked.load(r) || !unmarked.load(r) || !particle_verbs.load(r))
    return false;
  for (uint32_t v : marked.vals)
    if (v >= lemmas.size()) return false;
  dict = get_vec<uint32_t>(r);
  if (!r.ok() || !std::is_sorted(dict.begin(), dict.end())) return false;
  if (!split_model.load(r) || split_model.nclasses() > 1) return false;
  return r.ok() && r.at_end();
}

namespace {
// Derivational endings are not heads (geestelijk, bekering, eindeloos).
constexpr std::string_view kNotHeads[] = {"lijk",  "lijke",  "heid", "baar", "loos",  "ing", "ling",
                                          "schap", "dom",    "nis",  "sel",  "tje",   "je",  "aar",
                                          "ster",  "achtig", "isch", "ief",  "netje", "ring"};
constexpr std::string_view kLinks[] = {"en", "s", "", "e"};
inline uint64_t SF(uint64_t t, uint64_t v) {
  return hash_combine(t * 0x9E3779B97F4A7C15ULL, v);
}
}  // namespace

bool Lemmatizer::Impl::is_particle(std::string_view w) const {
  return std::find(particles.begin(), particles.end(), w) != particles.end();
}

bool Lemmatizer::Impl::known_part(std::string_view w, uint32_t& flags) const {
  flags = 0;
  uint32_t f = vocab.find(lemma_keys::word(w));
  if (f != FeatureIndex::kMissing) flags = f;
  if (w.size() >= 4 && in_dict(w)) flags |= 32;
  return flags != 0;
}

void Lemmatizer::Impl::split_candidates(std::string_view w, std::string_view upos,
                                        std::vector<SplitCandidate>& out, int depth) const {
  const size_t kMinHead = 3, kMinMod = 3;
  uint32_t wf = 0;
  known_part(w, wf);
  const uint64_t hu = hash_bytes(upos, 3);
  for (size_t i = kMinMod; i + kMinHead <= w.size(); ++i) {
    if ((static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) continue;
    std::string_view head = w.substr(i);
    uint32_t hf = 0;
    if (!known_part(head, hf) || !(hf & (kVocNoun | kVocAdj | kVocPart | 32))) continue;
    if (std::find(std::begin(kNotHeads), std::end(kNotHeads), head) != std::end(kNotHeads))
      continue;
    std::string_view mod = w.substr(0, i);
    for (size_t li = 0; li < 4; ++li) {
      std::string_view link = kLinks[li];
      if (mod.size() < link.size() + kMinMod) continue;
      if (mod.substr(mod.size() - link.size()) != link) continue;
      std::string_view m = mod.substr(0, mod.size() - link.size());
      uint32_t mf = 0;
      SplitCandidate c;
      bool rec = false;
      if (known_part(m, mf)) {
        c.lemma.assign(m);
      } else if (depth > 0 && link.empty()) {
        std::vector<SplitCandidate> sub;
        split_candidates(m, "", sub, depth - 1);
        if (sub.empty()) continue;
        c.lemma = sub.front().lemma;
        rec = true;
      } else {
        continue;
      }
      c.lemma += '_';
      c.lemma.append(head);
      const bool prt = is_particle(m);
      uint64_t* f = c.feats;
      size_t n = 0;
      f[n++] = SF(1, 1);
      f[n++] = SF(2, hash_bytes(head, 41));
      f[n++] = SF(3, hash_bytes(m, 43));
      f[n++] = SF(4, li);
      f[n++] = SF(5, hf & ~kVocPart);
      f[n++] = SF(6, (mf & ~kVocPart) | (prt ? 64 : 0));
      f[n++] = SF(7, wf & ~kVocPart);
      f[n++] = SF(8, std::min<size_t>(m.size(), 10) * 16 + std::min<size_t>(head.size(), 12));
      f[n++] = SF(9, hash_combine(hash_bytes(suffix(m, 2), 47), li));
      f[n++] = SF(10, hu);
      f[n++] = SF(11, rec);
      f[n++] = SF(12, ((wf & 32) ? 1 : 0) | ((hf & 32) ? 2 : 0) | ((mf & 32) ? 4 : 0) | (li << 3));
      f[n++] = SF(13, hash_bytes(suffix(head, 3), 53));
      f[n++] = SF(14, std::min<size_t>(out.size(), 3));
      f[n++] = SF(15, hash_combine(hu, (wf & 32) ? 1 : 0));
      c.nfeats = n;
      c.pos = i;
      c.link = li;
      out.push_back(std::move(c));
    }
  }
}

bool Lemmatizer::Impl::split_compound(std::string_view w, std::string_view upos,
                                      std::string& out) const {
  if (split_model.nclasses() == 0) return false;
  std::vector<SplitCandidate> cands;
  split_candidates(w, upos, cands, 1);
  // Splitting a little more often than the classifier's zero point is better on nl_alpino dev.
  constexpr float kSplitThreshold = -8.0f;
  float best = kSplitThreshold;
  const SplitCandidate* pick = nullptr;
  for (const auto& c : cands) {
    float sc = 0.0f;
    split_model.score(c.feats, c.nfeats, &sc);
    if (sc > best) {
      best = sc;
      pick = &c;
    }
  }
  if (!pick) return false;
  // Modifiers are lemmas: prefer dropping a linking "en"/"s" over keeping a plural or genitive
  // form (vrouwentoernooi -> vrouw_toernooi, vredesproces -> vrede_proces).
  if (kLinks[pick->link].empty())
    for (const auto& c : cands)
      if (c.pos == pick->pos && (c.link == 0 || c.link == 1)) {
        pick = &c;
        break;
      }
  out = pick->lemma;
  return true;
}

void Lemmatizer::Impl::mark_lemma(std::string_view upos, std::string& lemma, std::string& tmp,
                                  std::string_view form) const {
  if (!mark || lemma.size() < 6 || lemma.find('_') != std::string::npos) return;
  if (upos == "VERB" && form.size() > 4 && (form[0] == 'g' || form[0] == 'G') && form[1] == 'e' &&
      lemma.compare(0, 2, "ge") != 0)
    return;
  uint32_t m = marked.find(lemma_keys::word(lemma));
  if (m != FeatureIndex::kMissing) {
    lemma = lemmas[m];
    return;
  }
  if (unmarked.find(lemma_keys::word(lemma)) != FeatureIndex::kMissing) return;
  if (upos == "VERB") {
    for (const std::string& p : particles) {
      if (lemma.size() < p.size() + 4 || lemma.compare(0, p.size(), p) != 0) continue;
      std::string_view rest = std::string_view(lemma).substr(p.size());
      uint32_t f = vocab.find(lemma_keys::word(rest));
      // over-, onder-, door-, om-, achter-, mis- also start inseparable verbs (overtuigen).
      static constexpr std::string_view kAmbiguous[] = {"over", "onder",  "door",
                                                        "om",   "achter", "mis"};
      bool ambiguous =
          std::find(std::begin(kAmbiguous), std::end(kAmbiguous), p) != std::end(kAmbiguous);
      if (ambiguous) continue;
      if ((f != FeatureIndex::kMissing && (f & kVocVerb)) ||
          (rest.size() >= 5 && rest.substr(rest.size() - 2) == "en" && in_dict(rest))) {
        tmp = p;
        tmp += '_';
        tmp.append(rest);
        lemma.swap(tmp);
        return;
      }
    }
  } else if (upos == "NOUN" || upos == "ADJ") {
    if (lemma.find('-') != std::string::npos) {
      if (upos == "ADJ" && syntax_text::is_upper_cp(static_cast<unsigned char>(lemma[0]))) return;
      for (char& c : lemma)
        if (c == '-') c = '_';
      return;
    }
    if (split_compound(lemma, upos, tmp)) lemma.swap(tmp);
  }
}

bool Lemmatizer::Impl::classify(std::string_view form, std::string_view low, std::string_view upos,
                                std::string_view feats, std::string& out,
                                std::vector<float>& scores, std::vector<uint64_t>& fbuf,
                                std::string& tmp) const {
  if (scripts.empty()) return false;
  // Dutch participles like geëist, geïnformeerd: the diaeresis only separates the prefix, so
  // classify the plain spelling (geeist), whose "ge" scripts give known words.
  if (mark && low.size() > 4 && low[0] == 'g' && low[1] == 'e' &&
      static_cast<unsigned char>(low[2]) == 0xC3) {
    std::string plain(low);
    strip_diaeresis(plain, 2);
    if (plain.size() < low.size())
      return classify(plain, plain, upos, feats, out, scores, fbuf, tmp);
  }
  lemma_features::extract(form, low, upos, feats, fbuf);
  scores.assign(scripts.size(), 0.0f);
  model.score(fbuf.data(), fbuf.size(), scores.data());
  // The best script that fits the form; for content words, among the first few that fit,
  // prefer one whose result is a known word (lexicon lemmas or the word list): waagde -> wagen.
  const bool check = !dict.empty() && (upos == "VERB" || upos == "NOUN" || upos == "ADJ");
  // For verbs, a verb lemma of the training data beats a word of the word list, which also
  // holds inflected forms (geëist -> eisen, not eisten).
  const bool verb = check && upos == "VERB";
  auto known_verb = [&](const std::string& w) {
    uint32_t f = vocab.find(lemma_keys::word(w));
    return f != FeatureIndex::kMissing && (f & kVocVerb);
  };
  // The common case first: the best script fits and gives a known word.
  const uint32_t arg =
      static_cast<uint32_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  if (scripts[arg].apply(form, tmp, out) &&
      (!check ||
       (verb ? known_verb(out)
             : vocab.find(lemma_keys::word(out)) != FeatureIndex::kMissing || in_dict(out))))
    return true;
  uint32_t top[8];
  size_t ntop = 0;
  for (uint32_t k = 0; k < scores.size(); ++k) {
    if (ntop < 8) {
      top[ntop++] = k;
    } else if (scores[k] > scores[top[7]]) {
      top[7] = k;
    } else {
      continue;
    }
    for (size_t j = ntop - 1; j > 0 && scores[top[j]] > scores[top[j - 1]]; --j)
      std::swap(top[j], top[j - 1]);
  }
  if (verb)
    for (size_t j = 0, fits = 0; j < ntop && fits < 4; ++j) {
      if (!scripts[top[j]].apply(form, tmp, out)) continue;
      if (known_verb(out)) return true;
      ++fits;
    }
  bool have = false;
  std::string first;
  for (size_t j = 0, fits = 0; j < ntop && fits < 4; ++j) {
    if (!scripts[top[j]].apply(form, tmp, out)) continue;
    if (!check) return true;
    if (vocab.find(lemma_keys::word(out)) != FeatureIndex::kMissing || in_dict(out)) return true;
    if (!have) {
      first = out;
      have = true;
    }
    ++fits;
  }
  if (have) out = first;
  return have;
}

void Lemmatizer::Impl::lemma_of(std::string_view form, std::string_view upos,
                                std::string_view feats, std::string& out, bool& final,
                                std::vector<float>& scores, std::vector<uint64_t>& fbuf,
                                std::string& low, std::string& tmp) const {
  final = false;
  low.clear();
  syntax_text::to_lower(form, low);
  uint32_t v = lex_feats.keys.empty() ? FeatureIndex::kMissing
                                      : lex_feats.find(lemma_keys::with_feats(low, upos, feats));
  if (v == FeatureIndex::kMissing) v = lex_exact.find(lemma_keys::form_pos(form, upos));
  if (v == FeatureIndex::kMissing) v = lex_lower.find(lemma_keys::form_pos(low, upos));
  if (v != FeatureIndex::kMissing) {
    final = (v & kFinal) != 0;
    out = lemmas[v & ~kFinal];
    return;
  }
  // A separable particle before a known verb form or a participle: meegebracht ->
  // mee_brengen, afgetroefd -> af_troeven (inseparable verbs have no "ge": overschreden).
  if (mark && upos == "VERB") {
    for (const std::string& p : particles) {
      if (low.size() < p.size() + 4 || low.compare(0, p.size(), p) != 0) continue;
      std::string_view rest = std::string_view(low).substr(p.size());
      uint32_t r = lex_lower.find(lemma_keys::form_pos(rest, upos));
      if (r != FeatureIndex::kMissing) {
        const std::string& base = lemmas[r & ~kFinal];
        if (base.find('_') != std::string::npos) continue;
        out = p;
        out += '_';
        out += base;
        final = true;
        return;
      }
      if (rest.size() >= 5 && rest.compare(0, 2, "ge") == 0) {
        std::string sub;
        if (!classify(rest, rest, upos, feats, sub, scores, fbuf, tmp)) continue;
        out = p;
        out += '_';
        out += sub;
        final = true;
        return;
      }
    }
  }
  if (classify(form, low, upos, feats, out, scores, fbuf, tmp)) return;
  // Words the lexicon saw with another tag.
  uint32_t a = lex_any.find(lemma_keys::any(low));
  if (a != FeatureIndex::kMissing) {
    final = (a & kFinal) != 0;
    out = lemmas[a & ~kFinal];
    return;
  }
  out.assign(low);
}

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::load(const std::string& path) {
  auto r = BinReader::open(path, "lemmatizer", kLemmatizerVersion);
  if (!r.ok()) return r.status();
  auto impl = std::make_shared<Impl>();
  if (!impl->load(*r))
    return Status(Errc::model, "corrupt or inconsistent lemmatizer model", {path});
  auto l = std::make_shared<Lemmatizer>();
  l->impl = std::move(impl);
  return std::shared_ptr<const Lemmatizer>(std::move(l));
}

namespace {
// Copies the form's capitals onto the lemma as long as the two agree (a hyphen in the form
// matches an underscore in the lemma).
void recase(std::string_view form, std::string& lemma, std::string& out) {
  out.clear();
  size_t i = 0, j = 0;
  while (i < form.size() && j < lemma.size()) {
    size_t i0 = i, j0 = j;
    char32_t f = utf8::decode(form, i), l = utf8::decode(lemma, j);
    if (syntax_text::lower_cp(f) == l || (f == '-' && l == '_')) {
      if (f == '-')
        out.push_back('_');
      else
        out.append(form.substr(i0, i - i0));
      continue;
    }
    j = j0;
    break;
  }
  out.append(lemma, j, std::string::npos);
  lemma.swap(out);
}
}  // namespace

void Lemmatizer::lemmatize(Doc& doc) const {
  if (!impl) return;
  const Impl& m = *impl;
  std::vector<float> scores;
  std::vector<uint64_t> fbuf;
  fbuf.reserve(64);
  std::string low, tmp, tmp2;
  std::vector<uint8_t> is_final;
  for (const SentenceData& sent : doc.sentences) {
    is_final.assign(sent.last - sent.first, 0);
    bool initial = true;  // no word before this token in the sentence (punctuation aside)
    for (uint32_t i = sent.first; i < sent.last; ++i) {
      TokenData& t = doc.tokens[i];
      bool final = false;
      m.lemma_of(t.form, t.upos, t.feats, t.lemma, final, scores, fbuf, low, tmp);
      if (!final && m.mark) m.mark_lemma(t.upos, t.lemma, tmp2, low);
      is_final[i - sent.first] = final;
      // A capitalized word inside a sentence names something: keep the capitals the lexicon
      // did not see (Syrische -> Syrisch, Rabo-ploeg -> Rabo_ploeg); in English only for
      // proper nouns (Holocaust).
      if ((m.mark ? !initial : t.upos == "PROPN") && !t.form.empty() && !t.lemma.empty() &&
          syntax_text::is_upper_cp(static_cast<unsigned char>(t.form[0])) &&
          !syntax_text::is_upper_cp(static_cast<unsigned char>(t.lemma[0])) &&
          m.lex_exact.find(lemma_keys::form_pos(t.form, t.upos)) == FeatureIndex::kMissing)
        recase(t.form, t.lemma, tmp);
      if (t.upos != "PUNCT") initial = false;
    }
    if (!m.mark) continue;
    // A Dutch plural noun the tagger took for a verb ("voerden dinsdag gesprekken", "had
    // ontmoetingen met"): its lemma is a noun, and every Dutch verb's lemma (an infinitive)
    // ends in -n. Such a word, written as a plural (-en, -s), is a plural noun.
    for (uint32_t i = sent.first; i < sent.last; ++i) {
      TokenData& t = doc.tokens[i];
      if (t.upos != "VERB" || t.lemma.empty() || t.lemma.back() == 'n') continue;
      low.clear();
      syntax_text::to_lower(t.form, low);
      if (low.size() <= t.lemma.size() || !(low.ends_with("en") || low.ends_with('s'))) continue;
      if (!std::all_of(t.lemma.begin(), t.lemma.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }))
        continue;
      t.upos = "NOUN";
      t.feats = "Number=Plur";
      t.xpos = "N|soort|mv|basis";
    }
    // Separated particles: "spoorde ... aan" -> aan_sporen; "op te stellen" -> op_stellen.
    for (uint32_t i = sent.first; i < sent.last; ++i) {
      TokenData& t = doc.tokens[i];
      if (t.upos != "VERB" || t.lemma.find('_') != std::string::npos) continue;
      const bool finite = t.feats.find("VerbForm=Fin") != std::string::npos;
      const TokenData* particle = nullptr;
      if (finite) {
        for (uint32_t j = i + 1; j < sent.last; ++j) {
          const TokenData& u = doc.tokens[j];
          if (u.upos == "PUNCT" || u.upos == "SCONJ" || u.upos == "CCONJ" || u.upos == "VERB" ||
              u.upos == "AUX")
            break;
          if (u.upos != "ADP" && u.upos != "ADV" && u.upos != "ADJ") continue;
          low.clear();
          syntax_text::to_lower(u.form, low);
          // A particle is not followed by what a preposition would govern ("spoorde haar aan
          // toch op te stappen", "sloot de helft af met een voorsprong"), unlike "in de krant".
          bool free = j + 1 == sent.last;
          if (!free) {
            const std::string& nu = doc.tokens[j + 1].upos;
            free = !(nu == "DET" || nu == "NOUN" || nu == "PROPN" || nu == "PRON" || nu == "NUM" ||
                     nu == "ADJ" || nu == "X" || nu == "SYM");
          }
          if (!free) continue;
          // (after a verb of posture, a particle right before "te" + infinitive is the
          // infinitive's when the two make a verb: "stond toe te kijken" (toekijken); not "riep
          // Iran op te stoppen", "bood aan te onderhandelen")
          const bool posture = t.lemma == "staan" || t.lemma == "zitten" || t.lemma == "liggen" ||
                               t.lemma == "lopen" || t.lemma == "hangen";
          if (posture && j + 2 < sent.last && doc.tokens[j + 1].form == "te" &&
              doc.tokens[j + 2].upos == "VERB") {
            tmp2 = low;
            syntax_text::to_lower(doc.tokens[j + 2].form, tmp2);
            if (m.in_dict(tmp2)) continue;
          }
          bool known =
              m.particle_verbs.find(lemma_keys::pair(low, t.lemma)) != FeatureIndex::kMissing;
          if (!known && (u.upos == "ADP" || u.upos == "ADV") && m.is_particle(low)) {
            // An unseen pair must make a word of the word list (aan + sporen: aansporen).
            tmp2 = low;
            tmp2 += t.lemma;
            known = m.in_dict(tmp2);
          }
          if (known) {
            particle = &u;
            break;
          }
        }
      } else if (i >= sent.first + 2 && doc.tokens[i - 1].form == "te") {
        const TokenData& u = doc.tokens[i - 2];
        low.clear();
        syntax_text::to_lower(u.form, low);
        if (m.particle_verbs.find(lemma_keys::pair(low, t.lemma)) != FeatureIndex::kMissing)
          particle = &u;
      }
      if (particle) {
        low.clear();
        syntax_text::to_lower(particle->form, low);
        low += '_';
        low += t.lemma;
        t.lemma.swap(low);
      }
    }
  }
  doc.annotations |= kLemmas;
}

}  // namespace dyad
