// Parser trainer: averaged perceptron over arc-hybrid transitions with the dynamic oracle of
// Goldberg & Nivre (2013) and error exploration. Non-projective training trees are made
// projective by lifting first (the arc-hybrid oracle is exact for projective trees only).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>

#include "io/conllu.h"
#include "syntax/parser.h"
#include "syntax/parser_impl.h"
#include "syntax/parser_punct.h"
#include "syntax/parser_trainer.h"
#include "util/binio.h"
#include "util/hash.h"

namespace dyad {

using parser_detail::SentenceFeatures;
using parser_detail::State;

namespace {

std::string lower_ascii(const std::string& s) {
  std::string r = s;
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

std::string fmt(const char* f, double a, double b = 0, double c = 0, double d = 0) {
  char buf[256];
  std::snprintf(buf, sizeof buf, f, a, b, c, d);
  return buf;
}

}  // namespace

bool is_nl_legacy(const std::vector<Doc>& docs) {
  size_t legacy = 0, modern = 0;
  for (const Doc& d : docs)
    for (const TokenData& t : d.tokens) {
      if (t.deprel == "flat:name") ++legacy;
      if (t.deprel == "nmod:poss" || t.deprel == "obl:agent" || t.deprel == "expl:pv") ++modern;
    }
  return legacy > 0 && modern == 0;
}

static size_t reattach_punct(Doc& doc, const SentenceData& s);

size_t convert_nl_legacy(Doc& doc, bool fix_punct, bool punct_rule) {
  static const std::set<std::string> kPoss = {"zijn",  "haar",  "hun",    "mijn",   "jouw", "uw",
                                              "ons",   "onze",  "je",     "m'n",    "z'n",  "d'r",
                                              "diens", "wiens", "hunner", "zijner", "haren"};
  size_t changed = 0;
  for (const SentenceData& s : doc.sentences) {
    for (uint32_t i = s.first; i < s.last; ++i) {
      TokenData& t = doc.tokens[i];
      if (t.deprel == "flat:name") {
        t.deprel = "flat";
        ++changed;
      } else if (t.deprel == "det" && kPoss.count(lower_ascii(t.form))) {
        t.deprel = "nmod:poss";
        t.upos = "PRON";
        t.feats = "Poss=Yes|PronType=Prs";
        ++changed;
      } else if (t.deprel == "obj" && t.feats.find("Reflex=Yes") != std::string::npos) {
        t.deprel = "expl:pv";
        ++changed;
      }
    }
    // obl:agent: an obl with case "door" whose head has an aux:pass dependent.
    for (uint32_t i = s.first; i < s.last; ++i) {
      TokenData& t = doc.tokens[i];
      if (t.deprel != "obl" || t.head <= 0) continue;
      int32_t self = static_cast<int32_t>(i - s.first + 1);
      bool door = false, passive = false;
      for (uint32_t j = s.first; j < s.last; ++j) {
        const TokenData& u = doc.tokens[j];
        if (u.head == self && u.deprel == "case" && lower_ascii(u.form) == "door") door = true;
        if (u.head == t.head && u.deprel == "aux:pass") passive = true;
      }
      if (door && passive) {
        t.deprel = "obl:agent";
        ++changed;
      }
    }
    // UD v1 coordination: cc (and a separator) attached to the first conjunct move to the
    // following conjunct.
    const int32_t n = static_cast<int32_t>(s.last - s.first);
    auto tok = [&](int32_t k) -> TokenData& { return doc.tokens[s.first + k - 1]; };
    for (int32_t c = 1; c <= n; ++c) {
      TokenData& t = tok(c);
      if (t.deprel != "cc" && t.deprel != "punct") continue;
      const int32_t h = t.head;
      if (h <= 0 || h >= c) continue;
      int32_t next = c + 1;
      while (next <= n && tok(next).deprel == "punct") ++next;
      if (next > n) continue;
      // The conjunct of h whose subtree starts with `next`.
      int32_t x = next;
      for (int32_t steps = 0; x > 0 && tok(x).head != h && steps <= n; ++steps) x = tok(x).head;
      if (x <= c || tok(x).head != h || tok(x).deprel != "conj") continue;
      t.head = x;
      ++changed;
    }
    if (fix_punct) changed += punct_rule ? attach_punct(doc, s) : reattach_punct(doc, s);
  }
  return changed;
}

namespace {

bool is_open_bracket(const std::string& f) {
  return f == "(" || f == "[";
}
bool is_close_bracket(const std::string& f) {
  return f == ")" || f == "]";
}
// Dependents whose phrase a preceding separator belongs to (UD 2.16 Dutch practice).
bool opens_phrase(const std::string& rel) {
  return rel == "conj" || rel == "parataxis" || rel == "appos" || rel == "acl" ||
         rel == "acl:relcl" || rel == "advcl" || rel == "ccomp" || rel == "csubj";
}

// Does the arc (h, p) cross an arc (a, head[a]) of a non-punctuation word?
bool crosses(const std::vector<int32_t>& heads, const std::vector<uint8_t>& punct, int32_t h,
             int32_t p) {
  int32_t lo = std::min(h, p), hi = std::max(h, p);
  for (size_t a = 1; a < heads.size(); ++a) {
    if (punct[a]) continue;
    int32_t x = static_cast<int32_t>(a), y = heads[a];
    bool xin = x > lo && x<hi, yin = y> lo && y < hi;
    bool xout = x < lo || x > hi, yout = y < lo || y > hi;
    if ((xin && yout) || (yin && xout)) return true;
  }
  return false;
}

}  // namespace

// UD 2.0 LassySmall attaches most punctuation to the root word, which makes many other arcs
// non-projective; UD 2.16 attaches it projectively (udapi FixPunct style). Re-attaches each
// punctuation word of one sentence: brackets to the head of the bracketed phrase, a separator
// before a conjunct to that conjunct, otherwise to the highest neighbouring ancestor that keeps
// the tree projective.
static size_t reattach_punct(Doc& doc, const SentenceData& s) {
  const int32_t n = static_cast<int32_t>(s.last - s.first);
  std::vector<int32_t> heads(n + 1, 0);
  std::vector<uint8_t> punct(n + 1, 0);
  for (int32_t i = 1; i <= n; ++i) {
    const TokenData& t = doc.tokens[s.first + i - 1];
    heads[i] = t.head;
    punct[i] = t.deprel == "punct";
  }
  // Punctuation must be a leaf for this to be safe.
  for (int32_t i = 1; i <= n; ++i)
    if (heads[i] > 0 && punct[heads[i]]) return 0;
  size_t changed = 0;
  auto set_head = [&](int32_t p, int32_t h) {
    if (h <= 0 || h == p || heads[p] == h) return;
    heads[p] = h;
    doc.tokens[s.first + p - 1].head = h;
    ++changed;
  };
  std::vector<uint8_t> done(n + 1, 0);
  // Brackets.
  for (int32_t p = 1; p <= n; ++p) {
    if (!punct[p] || !is_open_bracket(doc.tokens[s.first + p - 1].form)) continue;
    int32_t q = p + 1;
    while (q <= n && !is_close_bracket(doc.tokens[s.first + q - 1].form)) ++q;
    if (q > n || !punct[q]) continue;
    int32_t top = -1, count = 0;
    for (int32_t k = p + 1; k < q; ++k)
      if (!punct[k] && (heads[k] < p || heads[k] > q)) {
        top = k;
        ++count;
      }
    if (count != 1) continue;
    set_head(p, top);
    set_head(q, top);
    done[p] = done[q] = 1;
  }
  for (int32_t p = 1; p <= n; ++p) {
    if (!punct[p] || done[p]) continue;
    int32_t l = p - 1, r = p + 1;
    while (l >= 1 && punct[l]) --l;
    while (r <= n && punct[r]) ++r;
    if (r > n) r = 0;
    if (l < 1) l = 0;
    // Highest ancestor on each side whose arc to p keeps the tree projective.
    auto highest = [&](int32_t start) {
      int32_t best = -1;
      for (int32_t x = start, steps = 0; x > 0 && steps <= n; x = heads[x], ++steps) {
        if (crosses(heads, punct, x, p)) break;
        best = x;
      }
      return best;
    };
    int32_t hl = l ? highest(l) : -1;
    int32_t hr = r ? highest(r) : -1;
    int32_t h = -1;
    if (hl < 0) {
      h = hr;
    } else if (hr < 0) {
      h = hl;
    } else {
      // Prefer the one that dominates the other; else the left one.
      auto dominates = [&](int32_t a, int32_t b) {
        for (int32_t x = b, steps = 0; x > 0 && steps <= n; x = heads[x], ++steps)
          if (x == a) return true;
        return false;
      };
      h = dominates(hr, hl) ? hr : hl;
    }
    if (h < 0) continue;
    // A separator directly before a conjunct (or clause) of h attaches to it.
    if (r > 0) {
      for (int32_t x = r, steps = 0; x > 0 && steps <= n; x = heads[x], ++steps) {
        if (heads[x] == h) {
          if (x > p && opens_phrase(doc.tokens[s.first + x - 1].deprel) &&
              !crosses(heads, punct, x, p))
            h = x;
          break;
        }
      }
    }
    set_head(p, h);
  }
  return changed;
}

double punct_crossing_rate(const std::vector<Doc>& docs) {
  size_t sents = 0, crossing = 0;
  for (const Doc& d : docs)
    for (const SentenceData& s : d.sentences) {
      const int32_t n = static_cast<int32_t>(s.last - s.first);
      std::vector<int32_t> heads(n + 1, 0);
      std::vector<uint8_t> punct(n + 1, 0);
      for (int32_t i = 1; i <= n; ++i) {
        heads[i] = d.tokens[s.first + i - 1].head;
        punct[i] = d.tokens[s.first + i - 1].deprel == "punct";
      }
      ++sents;
      for (int32_t i = 1; i <= n; ++i)
        if (punct[i] && heads[i] >= 0 && crosses(heads, punct, heads[i], i)) {
          ++crossing;
          break;
        }
    }
  return sents ? static_cast<double>(crossing) / sents : 0;
}

size_t projectivize(std::vector<int32_t>& heads) {
  const int32_t n = static_cast<int32_t>(heads.size()) - 1;
  size_t lifts = 0;
  auto dominates = [&](int32_t h, int32_t k) {
    for (int32_t steps = 0; k > 0 && steps <= n; ++steps) {
      if (k == h) return true;
      k = heads[k];
    }
    return k == h;
  };
  for (int guard = 0; guard < 10 * (n + 1); ++guard) {
    int32_t best = -1, best_len = n + 2;
    for (int32_t d = 1; d <= n; ++d) {
      int32_t h = heads[d];
      int32_t lo = std::min(h, d), hi = std::max(h, d);
      if (hi - lo >= best_len) continue;
      for (int32_t k = lo + 1; k < hi; ++k)
        if (!dominates(h, k)) {
          best = d;
          best_len = hi - lo;
          break;
        }
    }
    if (best < 0) break;
    if (heads[best] == 0) break;  // cannot lift above the root
    heads[best] = heads[heads[best]];
    ++lifts;
  }
  return lifts;
}

void score_parses(const Doc& gold, const Doc& pred, ParseScores& acc) {
  size_t n = std::min(gold.tokens.size(), pred.tokens.size());
  for (size_t i = 0; i < n; ++i) {
    const TokenData& g = gold.tokens[i];
    const TokenData& p = pred.tokens[i];
    ++acc.words;
    if (g.head != p.head) continue;
    ++acc.uas;
    if (g.deprel == p.deprel) ++acc.las;
    if (g.deprel.substr(0, g.deprel.find(':')) == p.deprel.substr(0, p.deprel.find(':')))
      ++acc.las_universal;
  }
}

void corrupt_tags(std::vector<Doc>& docs, double rate, uint64_t seed) {
  std::vector<std::pair<std::string, std::string>> pool;
  for (const Doc& d : docs)
    for (const TokenData& t : d.tokens) pool.emplace_back(t.upos, t.xpos);
  if (pool.empty()) return;
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  std::uniform_int_distribution<size_t> pick(0, pool.size() - 1);
  for (Doc& d : docs)
    for (TokenData& t : d.tokens) {
      if (u(rng) >= rate) continue;
      const auto& r = pool[pick(rng)];
      t.upos = r.first;
      t.xpos = r.second;
    }
}

namespace {

struct TrainSentence {
  SentenceFeatures sf;
  std::vector<int32_t> gh;               // projectivized gold heads, 1..n
  std::vector<int32_t> gl;               // gold label ids
  std::vector<int32_t> kid_start, kids;  // gold children of word h: kids[kid_start[h]..[h+1])
  std::vector<uint64_t> p_clean, x_clean;
};

struct Corpus {
  std::vector<Doc> docs;
  std::vector<std::string> files;
};

// obl vs obl:arg (UD 2.16 Dutch prepositional objects) is lexical: the pair (head lemma,
// preposition). Learned from the files already in 2.16 conventions, applied to the 2.0 ones.
using OblArgTable = std::map<std::string, std::pair<int, int>>;  // key -> (obl:arg, obl+obl:arg)

template <class F>
void for_each_obl(const Doc& d, F&& fn) {
  for (const SentenceData& s : d.sentences)
    for (uint32_t i = s.first; i < s.last; ++i) {
      const TokenData& t = d.tokens[i];
      if ((t.deprel != "obl" && t.deprel != "obl:arg") || t.head <= 0) continue;
      const int32_t self = static_cast<int32_t>(i - s.first + 1);
      for (uint32_t j = s.first; j < s.last; ++j) {
        const TokenData& u = d.tokens[j];
        if (u.head == self && u.deprel == "case") {
          const TokenData& h = d.tokens[s.first + t.head - 1];
          fn(i, lower_ascii(h.lemma) + "|" + lower_ascii(u.form));
          break;
        }
      }
    }
}

void learn_obl_arg(const Doc& d, OblArgTable& table) {
  for_each_obl(d, [&](uint32_t i, const std::string& key) {
    auto& e = table[key];
    e.first += d.tokens[i].deprel == "obl:arg";
    ++e.second;
  });
}

size_t apply_obl_arg(Doc& d, const OblArgTable& table) {
  size_t changed = 0;
  std::vector<uint32_t> hits;
  for_each_obl(d, [&](uint32_t i, const std::string& key) {
    auto it = table.find(key);
    if (it != table.end() && it->second.second >= 2 && it->second.first * 2 > it->second.second)
      hits.push_back(i);
  });
  for (uint32_t i : hits)
    if (d.tokens[i].deprel == "obl") {
      d.tokens[i].deprel = "obl:arg";
      ++changed;
    }
  return changed;
}

Status read_all(const std::vector<std::string>& files, const std::string& lang, bool convert,
                bool punct_rule, std::vector<Doc>& out,
                const std::function<void(const std::string&)>& log, OblArgTable* obl_arg) {
  std::vector<std::vector<Doc>> per_file;
  std::vector<bool> legacy;
  for (const std::string& f : files) {
    auto r = read_conllu_file(f);
    if (!r.ok()) return r.status();
    per_file.push_back(std::move(r->docs));
    legacy.push_back(convert && lang == "nl" && is_nl_legacy(per_file.back()));
    if (!legacy.back() && obl_arg)
      for (const Doc& d : per_file.back()) learn_obl_arg(d, *obl_arg);
  }
  for (size_t k = 0; k < files.size(); ++k) {
    std::vector<Doc>& docs = per_file[k];
    if (legacy[k]) {
      size_t changed = 0, args = 0;
      const bool fix_punct = punct_crossing_rate(docs) > 0.05;
      for (Doc& d : docs) changed += convert_nl_legacy(d, fix_punct, punct_rule);
      if (obl_arg)
        for (Doc& d : docs) args += apply_obl_arg(d, *obl_arg);
      log("parser: " + files[k] + ": converted UD 2.0 conventions to 2.16 (" +
          std::to_string(changed) + " words changed" +
          (fix_punct ? punct_rule ? ", punctuation re-attached (attach_punct)"
                                  : ", punctuation re-attached (projective)"
                     : "") +
          ", " + std::to_string(args) + " obl -> obl:arg)");
    }
  }
  for (auto& docs : per_file)
    for (Doc& d : docs) out.push_back(std::move(d));
  return Status::Ok();
}

bool usable_sentence(const Doc& d, const SentenceData& s) {
  int32_t n = static_cast<int32_t>(s.last - s.first);
  if (n == 0) return false;
  int roots = 0;
  for (uint32_t i = s.first; i < s.last; ++i) {
    int32_t h = d.tokens[i].head;
    if (h < 0 || h > n) return false;
    if (h == 0) ++roots;
  }
  if (roots != 1) return false;
  // acyclic
  for (int32_t i = 1; i <= n; ++i) {
    int32_t k = i;
    for (int32_t steps = 0; k != 0; ++steps) {
      if (steps > n) return false;
      k = d.tokens[s.first + k - 1].head;
    }
  }
  return true;
}

// Parses a copy of `input` (with its tags, optionally corrupted) and scores it against `gold`
// (default: `input` itself).
ParseScores evaluate(const Parser::Impl& impl, const std::vector<Doc>& input, double noise,
                     uint64_t seed, double* seconds, const std::vector<Doc>* gold_docs = nullptr) {
  const std::vector<Doc>& gold = gold_docs ? *gold_docs : input;
  std::vector<Doc> docs = input;
  if (noise > 0) corrupt_tags(docs, noise, seed);
  SentenceFeatures sf;
  State st;
  std::vector<float> scores;
  std::string scratch;
  auto t0 = std::chrono::steady_clock::now();
  for (Doc& d : docs)
    for (const SentenceData& s : d.sentences) {
      impl.parse_sentence(d, s.first, s.last, sf, st, scores, scratch);
      finish_parse(d, s);  // as Parser::parse does
    }
  auto t1 = std::chrono::steady_clock::now();
  if (seconds) *seconds = std::chrono::duration<double>(t1 - t0).count();
  ParseScores acc;
  for (size_t i = 0; i < docs.size(); ++i) score_parses(gold[i], docs[i], acc);
  return acc;
}

}  // namespace

Status train_parser(const TrainOptions& opts) {
  return train_parser(opts, ParserTrainConfig{});
}

Status train_parser(const TrainOptions& opts, const ParserTrainConfig& cfg) {
  const auto& log = opts.log;
  auto t_start = std::chrono::steady_clock::now();
  std::vector<Doc> train_docs, dev_docs;
  OblArgTable obl_arg;
  DYAD_RETURN_IF_ERROR(read_all(opts.train_files, opts.lang, cfg.convert_nl_legacy,
                                cfg.punct_rule_conversion, train_docs, log,
                                cfg.learn_obl_arg ? &obl_arg : nullptr));
  DYAD_RETURN_IF_ERROR(read_all(opts.dev_files, opts.lang, cfg.convert_nl_legacy,
                                cfg.punct_rule_conversion, dev_docs, log, nullptr));

  const size_t n_gold_docs = train_docs.size();
  std::vector<Doc> dev_pred;  // dev with tags of the small internal tagger
  if (cfg.jackknife_folds > 1) {
    if (!dev_docs.empty()) {
      dev_pred = dev_docs;
      double acc = mini_tag(train_docs, dev_pred, opts.seed);
      log(fmt("parser: dev tagged by the internal jackknife tagger (UPOS %.2f%%)", acc));
    }
    std::vector<Doc> jk = train_docs;
    double acc = jackknife_tags(jk, cfg.jackknife_folds, opts.seed);
    log(fmt("parser: %.0f-fold jackknifed training tags (UPOS %.2f%%)",
            static_cast<double>(cfg.jackknife_folds), acc) +
        (cfg.jackknife_mix ? ", training on gold and jackknifed copies" : ""));
    if (cfg.jackknife_mix) {
      for (Doc& d : jk) train_docs.push_back(std::move(d));
    } else {
      train_docs = std::move(jk);
    }
  }
  auto impl = std::make_shared<Parser::Impl>();
  // Labels and whether XPOS is informative (present on >= 90% of training words).
  std::map<std::string, uint64_t> label_count;
  uint64_t words = 0, with_xpos = 0;
  for (const Doc& d : train_docs)
    for (const SentenceData& s : d.sentences) {
      if (!usable_sentence(d, s)) continue;
      for (uint32_t i = s.first; i < s.last; ++i) {
        ++label_count[d.tokens[i].deprel];
        ++words;
        const std::string& x = d.tokens[i].xpos;
        if (!x.empty() && x != "_") ++with_xpos;
      }
    }
  if (words == 0) return Status(Errc::data, "parser: no usable training sentences");
  label_count["root"] += 0;
  for (const auto& kv : label_count) impl->labels.push_back(kv.first);
  impl->root_label = static_cast<uint32_t>(
      std::find(impl->labels.begin(), impl->labels.end(), "root") - impl->labels.begin());
  impl->use_xpos = cfg.allow_xpos && with_xpos * 10 >= words * 9;
  const uint32_t nc = impl->nclasses();
  if (nc > 65535) return Status(Errc::data, "parser: too many labels");
  impl->model = Perceptron(nc);
  std::map<std::string, int32_t> label_id;
  for (size_t i = 0; i < impl->labels.size(); ++i)
    label_id[impl->labels[i]] = static_cast<int32_t>(i);

  // Ambiguity classes from the gold-tag copy of the training data (English: XPOS models only;
  // the Dutch models have none and are unchanged).
  if (impl->use_xpos && cfg.amb_min_count > 0) {
    std::map<uint64_t, std::map<std::string, uint32_t>> seen;
    const bool amb_xpos = cfg.amb_xpos;
    std::string form;
    for (size_t di = 0; di < n_gold_docs; ++di)
      for (const TokenData& t : train_docs[di].tokens) {
        parser_detail::normalize_form(t.form, form);
        ++seen[hash_bytes(form)][amb_xpos ? t.xpos : t.upos];
      }
    for (const auto& [key, tags] : seen) {
      uint32_t total = 0;
      for (const auto& kv : tags) total += kv.second;
      if (total < static_cast<uint32_t>(cfg.amb_min_count)) continue;
      uint64_t h = 0x616d62ULL;
      for (const auto& kv : tags)  // std::map: sorted, so the hash is order-independent
        if (kv.second * 10 >= total) h = hash_combine(h, hash_bytes(kv.first));
      impl->amb.keys.push_back(key);  // std::map: keys already sorted
      impl->amb.vals.push_back(h);
    }
    log("parser: ambiguity classes for " + std::to_string(impl->amb.keys.size()) + " forms");
  }

  // Training sentences.
  std::vector<TrainSentence> sents;
  size_t lifted = 0, skipped = 0;
  std::string scratch;
  std::vector<uint64_t> tag_pool_p, tag_pool_x;
  for (const Doc& d : train_docs)
    for (const SentenceData& s : d.sentences) {
      if (!usable_sentence(d, s)) {
        ++skipped;
        continue;
      }
      TrainSentence ts;
      uint32_t n = s.last - s.first;
      parser_detail::sentence_features(d, s.first, s.last, impl->use_xpos, ts.sf, scratch,
                                       &impl->amb);
      ts.gh.assign(n + 1, 0);
      ts.gl.assign(n + 1, 0);
      for (uint32_t i = 1; i <= n; ++i) {
        ts.gh[i] = d.tokens[s.first + i - 1].head;
        ts.gl[i] = label_id[d.tokens[s.first + i - 1].deprel];
      }
      lifted += projectivize(ts.gh);
      ts.kid_start.assign(n + 2, 0);
      for (uint32_t i = 1; i <= n; ++i) ++ts.kid_start[ts.gh[i] + 1];
      for (uint32_t h = 1; h <= n + 1; ++h) ts.kid_start[h] += ts.kid_start[h - 1];
      ts.kids.assign(n, 0);
      std::vector<int32_t> fill(ts.kid_start.begin(), ts.kid_start.end() - 1);
      for (uint32_t i = 1; i <= n; ++i) ts.kids[fill[ts.gh[i]]++] = static_cast<int32_t>(i);
      ts.p_clean = ts.sf.p;
      ts.x_clean = ts.sf.x;
      for (uint32_t i = 1; i <= n; ++i) {
        tag_pool_p.push_back(ts.sf.p[i]);
        tag_pool_x.push_back(ts.sf.x[i]);
      }
      sents.push_back(std::move(ts));
    }
  log("parser: " + std::to_string(sents.size()) + " training sentences, " + std::to_string(words) +
      " words, " + std::to_string(impl->labels.size()) + " labels, " + std::to_string(lifted) +
      " arcs lifted to projectivize, " + std::to_string(skipped) + " sentences skipped; xpos " +
      (impl->use_xpos ? "used" : "not used"));

  const int epochs = opts.epochs > 0 ? opts.epochs : cfg.epochs;
  std::mt19937_64 rng(opts.seed);
  std::uniform_real_distribution<double> unif(0, 1);
  std::vector<size_t> order(sents.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  State st;
  std::vector<float> scores(nc);
  std::vector<int32_t> cost(nc);
  std::vector<uint8_t> on_stack;
  uint64_t feats[parser_detail::kMaxFeatures];
  std::shared_ptr<Parser::Impl> best;
  double best_las = -1;
  int best_epoch = 0;
  const uint32_t nlab = static_cast<uint32_t>(impl->labels.size());
  const uint32_t root = impl->root_label;

  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    uint64_t steps = 0, errors = 0;
    const bool explore = epoch > cfg.explore_after;
    for (size_t oi : order) {
      TrainSentence& ts = sents[oi];
      const uint32_t n = ts.sf.n;
      if (cfg.train_tag_noise > 0) {
        for (uint32_t i = 1; i <= n; ++i) {
          if (unif(rng) < cfg.train_tag_noise) {
            size_t k = static_cast<size_t>(unif(rng) * tag_pool_p.size()) % tag_pool_p.size();
            ts.sf.p[i] = tag_pool_p[k];
            ts.sf.x[i] = tag_pool_x[k];
          } else {
            ts.sf.p[i] = ts.p_clean[i];
            ts.sf.x[i] = ts.x_clean[i];
          }
        }
      }
      st.init(n);
      on_stack.assign(n + 1, 0);
      on_stack[0] = 1;
      while (!st.terminal()) {
        size_t k = parser_detail::extract_features(ts.sf, st, impl->use_xpos, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        impl->model.score(feats, k, scores.data());
        const uint32_t pred = impl->best_legal(st, scores.data());
        // Costs of the legal transitions (-1 = illegal).
        std::fill(cost.begin(), cost.end(), -1);
        const int32_t s0 = st.s(0), s1 = st.s(1);
        const int32_t b = static_cast<int32_t>(st.b);
        auto kids_of = [&ts](int32_t h, auto&& fn) {
          for (int32_t e = ts.kid_start[h]; e < ts.kid_start[h + 1]; ++e) fn(ts.kids[e]);
        };
        if (st.can_shift()) {
          int32_t c = 0;
          if (ts.gh[b] != s0 && on_stack[ts.gh[b]]) ++c;
          kids_of(b, [&](int32_t d) { c += on_stack[d]; });
          cost[0] = c;
        }
        int32_t s0kids_in_buffer = 0;
        if (s0 > 0) kids_of(s0, [&](int32_t d) { s0kids_in_buffer += d >= b; });
        if (st.can_left()) {
          int32_t c = s0kids_in_buffer + ((ts.gh[s0] == s1 || ts.gh[s0] > b) ? 1 : 0);
          for (uint32_t l = 0; l < nlab; ++l) {
            if (l == root) continue;
            cost[parser_detail::left_class(l)] =
                c + ((ts.gh[s0] == b && static_cast<int32_t>(l) != ts.gl[s0]) ? 1 : 0);
          }
        }
        if (st.can_right()) {
          int32_t c = s0kids_in_buffer + (ts.gh[s0] >= b && !st.buffer_empty() ? 1 : 0);
          for (uint32_t l = 0; l < nlab; ++l) {
            if (st.right_is_root() ? l != root : l == root) continue;
            cost[parser_detail::right_class(l)] =
                c + ((ts.gh[s0] == s1 && static_cast<int32_t>(l) != ts.gl[s0]) ? 1 : 0);
          }
        }
        int32_t min_cost = 1 << 30;
        for (uint32_t c = 0; c < nc; ++c)
          if (cost[c] >= 0 && cost[c] < min_cost) min_cost = cost[c];
        uint32_t gold = pred;
        float gold_score = -INFINITY;
        for (uint32_t c = 0; c < nc; ++c)
          if (cost[c] == min_cost && (scores[c] > gold_score || gold_score == -INFINITY)) {
            gold_score = scores[c];
            gold = c;
          }
        impl->model.tick();
        ++steps;
        uint32_t next = gold;
        if (cost[pred] != min_cost) {
          ++errors;
          impl->model.update(feats, k, gold, pred);
          if (explore && unif(rng) < cfg.explore_p) next = pred;
        }
        if (next == 0) {
          on_stack[b] = 1;
        } else {
          on_stack[s0] = 0;
        }
        st.apply(next);
      }
    }
    std::string line =
        "parser: epoch " + std::to_string(epoch) +
        fmt(": train transition error %.2f%%", 100.0 * errors / std::max<uint64_t>(steps, 1)) +
        ", features " + std::to_string(impl->model.num_features());
    if (!dev_docs.empty() && (cfg.select_best_epoch || epoch == epochs)) {
      auto snap = std::make_shared<Parser::Impl>(*impl);
      snap->model.finalize(cfg.prune);
      ParseScores sc = evaluate(*snap, dev_docs, 0, 0, nullptr);
      line += fmt(", dev UAS %.2f LAS %.2f (universal LAS %.2f)", sc.uas_pct(), sc.las_pct(),
                  sc.las_universal_pct());
      double las = sc.las_pct();
      if (!dev_pred.empty()) {
        ParseScores sp = evaluate(*snap, dev_pred, 0, 0, nullptr, &dev_docs);
        line += fmt(", predicted tags UAS %.2f LAS %.2f", sp.uas_pct(), sp.las_pct());
        las = (las + sp.las_pct()) / 2;  // select for both gold and predicted input tags
      }
      if (las > best_las) {
        best_las = las;
        best = snap;
        best_epoch = epoch;
      }
    }
    line += fmt(", %.0f s",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t_start).count());
    log(line);
  }
  if (!best || !cfg.select_best_epoch) {
    impl->model.finalize(cfg.prune);
    best = impl;
    best_epoch = epochs;
  }
  best->weights.build(best->model, cfg.table_prune);
  float threshold = cfg.table_prune;
  const double lexicon_bytes =
      best->amb.empty() ? 0.0 : 16.0 * static_cast<double>(best->amb.keys.size()) + 16;
  while (best->weights.size_bytes() + lexicon_bytes > cfg.max_model_bytes) {
    threshold = std::max(threshold * 1.1f, 0.1f);
    best->weights.prune(threshold);
  }
  log(fmt("parser: weights below %.2f pruned, %.1f MB", threshold,
          best->weights.size_bytes() / 1e6));
  log("parser: chose epoch " + std::to_string(best_epoch) + ", " +
      std::to_string(best->weights.num_features()) + " features, " +
      std::to_string(best->weights.num_weights()) + " weights (int16)");
  if (!dev_docs.empty()) {
    double secs = 0;
    ParseScores g = evaluate(*best, dev_docs, 0, 0, &secs);
    ParseScores p = evaluate(*best, dev_docs, cfg.eval_tag_noise, 12345, nullptr);
    log(fmt("parser: dev gold tags: UAS %.2f LAS %.2f (universal LAS %.2f)", g.uas_pct(),
            g.las_pct(), g.las_universal_pct()) +
        fmt(", %.0f words/s", g.words / std::max(secs, 1e-9)));
    log(fmt("parser: dev tags with %.0f%% noise: UAS %.2f LAS %.2f (universal LAS %.2f)",
            100 * cfg.eval_tag_noise, p.uas_pct(), p.las_pct(), p.las_universal_pct()));
    if (!dev_pred.empty()) {
      ParseScores q = evaluate(*best, dev_pred, 0, 0, nullptr, &dev_docs);
      log(fmt("parser: dev tags of the internal tagger: UAS %.2f LAS %.2f (universal LAS %.2f)",
              q.uas_pct(), q.las_pct(), q.las_universal_pct()));
    }
  }
  BinWriter w;
  best->save(w);
  DYAD_RETURN_IF_ERROR(w.save(opts.out, "parser", parser_detail::kModelVersion));
  log(fmt("parser: training took %.0f s",
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t_start).count()));
  return Status::Ok();
}

}  // namespace dyad
