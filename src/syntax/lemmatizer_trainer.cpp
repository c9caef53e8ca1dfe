// Trainer of the lemmatizer: builds the lexicon (form + UPOS -> most frequent lemma), the data
// for Dutch compound and particle marking, and trains an averaged perceptron over edit scripts
// on the word types of the training data.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "io/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/lemmatizer_impl.h"
#include "syntax/tagger.h"
#include "syntax/tagger_data.h"
#include "util/paths.h"

namespace dyad {

namespace {

constexpr int kDefaultEpochs = 10;
constexpr float kPrune = 1.0f;        // averaged weights below this are dropped (no loss on dev)
constexpr int kNewestWeight = 3;      // lemma votes of the last --train file (newest guidelines)
constexpr uint32_t kMinVocab = 2;     // a lemma must be seen this often to split compounds
constexpr uint32_t kMinParticle = 2;  // a particle must start this many marked verb lemmas
// System word lists (Debian wdutch, wamerican); optional, read at training time only.
std::string word_list(const std::string& lang) {
  if (lang == "nl") return "/usr/share/dict/dutch";
  if (lang == "en") return "/usr/share/dict/american-english";
  return "";
}

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

bool has_upper(std::string_view s) {
  size_t i = 0;
  while (i < s.size())
    if (syntax_text::is_upper_cp(utf8::decode(s, i))) return true;
  return false;
}

// Longest common substring of a and b: length, start in a, start in b.
void lcs(std::string_view a, std::string_view b, size_t& len, size_t& ia, size_t& ib) {
  len = ia = ib = 0;
  std::vector<uint16_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > len) {
        len = cur[j];
        ia = i - len;
        ib = j - len;
      }
    }
    std::swap(prev, cur);
  }
}

// The edit script turning form into lemma; false when they share nothing.
bool derive_script(std::string_view form, std::string_view lemma, bool dutch, EditScript& out) {
  EditScript s;
  s.lower = !has_upper(lemma);
  std::string src = s.lower ? syntax_text::lower(form) : std::string(form);
  size_t best_len = 0, best_a = 0, best_b = 0;
  lcs(src, lemma, best_len, best_a, best_b);
  std::string best_src = src;
  if (dutch) {
    for (size_t p = 0; p + 2 < src.size(); ++p) {
      if (src[p] != 'g' || src[p + 1] != 'e') continue;
      std::string cand = src;
      cand.erase(p, 2);
      size_t len, a, b;
      lcs(cand, lemma, len, a, b);
      if (len > best_len) {
        best_len = len;
        best_a = a;
        best_b = b;
        best_src = cand;
        s.ge_pos = static_cast<int32_t>(p);
      }
    }
  }
  if (best_len == 0) return false;
  s.pre_del = best_src.substr(0, best_a);
  s.pre_add = std::string(lemma.substr(0, best_b));
  s.suf_del = best_src.substr(best_a + best_len);
  s.suf_add = std::string(lemma.substr(best_b + best_len));
  out = std::move(s);
  return true;
}

// Lemma votes for one key; lemmas seen in the newest data win over older ones.
struct LemmaVotes {
  struct V {
    uint32_t newest = 0, all = 0;
    bool final = false;
  };
  std::unordered_map<std::string, V> votes;
  void add(const std::string& lemma, uint32_t w, bool final, bool newest = false) {
    auto& v = votes[lemma];
    v.all += w;
    v.newest += newest ? w : 0;
    v.final = v.final || final;
  }
  std::pair<std::string, bool> best() const {
    std::string b;
    const V* bv = nullptr;
    for (const auto& [l, v] : votes)
      if (!bv || v.newest > bv->newest || (v.newest == bv->newest && v.all > bv->all) ||
          (v.newest == bv->newest && v.all == bv->all && l < b)) {
        bv = &v;
        b = l;
      }
    return {b, bv && bv->final};
  }
};

Status read_exceptions(const std::string& path,
                       std::vector<std::pair<std::string, std::string>>& out, bool& found) {
  std::ifstream in(path);
  found = static_cast<bool>(in);
  if (!in) return Status::Ok();
  std::string line;
  uint64_t lineno = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos)
      return Status(Errc::data, "expected form<TAB>lemma", {path, lineno});
    if (header) {
      header = false;
      if (line.substr(0, tab) == "form") continue;
    }
    // An optional third column holds notes for the tagger (see tagger_trainer.cpp).
    size_t end = line.find('\t', tab + 1);
    out.emplace_back(line.substr(0, tab),
                     line.substr(tab + 1, end == std::string::npos ? end : end - tab - 1));
  }
  return Status::Ok();
}

std::string dir_of(const std::string& path) {
  size_t s = path.find_last_of('/');
  return s == std::string::npos ? "." : path.substr(0, s);
}

}  // namespace

Status train_lemmatizer(const TrainOptions& opts) {
  using clock = std::chrono::steady_clock;
  TrainingData data;
  DYAD_RETURN_IF_ERROR(load_training_data(opts.train_files, opts.log, data));
  std::vector<Doc> dev;
  for (const auto& f : opts.dev_files) {
    auto r = read_conllu_file(f);
    if (!r.ok()) return r.status();
    for (auto& d : r->docs) dev.push_back(std::move(d));
  }
  auto impl = std::make_shared<Lemmatizer::Impl>();
  Lemmatizer::Impl& m = *impl;
  m.lang = opts.lang;
  const bool dutch = opts.lang == "nl";

  // Does the newest data mark compounds with underscores?
  size_t marked_tokens = 0;
  for (size_t d = 0; d < data.docs.size(); ++d)
    if (data.newest[d])
      for (const auto& t : data.docs[d].tokens)
        if (t.lemma.size() > 2 && t.lemma.find('_') != std::string::npos &&
            t.form.find('_') == std::string::npos)
          ++marked_tokens;
  m.mark = marked_tokens >= 20;

  std::unordered_map<std::string, LemmaVotes> lex_exact, lex_lower, lex_any, lex_feats;
  std::unordered_map<std::string, uint32_t> vocab_count, vocab_flags, particle_count, prt_verbs;
  std::unordered_map<std::string, uint32_t> prt_form_count;  // forms seen as compound:prt
  std::unordered_map<std::string, std::string> marked;
  std::unordered_set<std::string> unmarked;
  struct TypeKey {
    std::string form, upos, feats;
    bool operator==(const TypeKey& o) const {
      return form == o.form && upos == o.upos && feats == o.feats;
    }
  };
  struct TypeHash {
    size_t operator()(const TypeKey& k) const {
      return hash_combine(hash_bytes(k.form),
                          hash_combine(hash_bytes(k.upos), hash_bytes(k.feats)));
    }
  };
  std::unordered_map<TypeKey, LemmaVotes, TypeHash> types;

  auto voc_flag = [](const std::string& upos) -> uint32_t {
    if (upos == "NOUN") return kVocNoun;
    if (upos == "ADJ") return kVocAdj;
    if (upos == "VERB") return kVocVerb;
    return kVocOther;
  };

  for (size_t di = 0; di < data.docs.size(); ++di) {
    const Doc& d = data.docs[di];
    const bool newest = data.newest[di];
    const uint32_t w = newest ? kNewestWeight : 1;
    for (const SentenceData& s : d.sentences)
      for (uint32_t i = s.first; i < s.last; ++i) {
        const TokenData& t = d.tokens[i];
        if (t.lemma.empty()) continue;
        std::string lemma = t.lemma;
        std::string low = syntax_text::lower(t.form);
        const bool has_marks = lemma.size() > 2 && lemma.find('_') != std::string::npos &&
                               t.form.find('_') == std::string::npos;
        if (has_marks && t.upos == "VERB") {
          std::string p = lemma.substr(0, lemma.find('_'));
          if (low.compare(0, p.size(), p) != 0) {
            // Separated particle: the verb's own lemma; the particle is found in context.
            std::string rest = lemma.substr(p.size() + 1);
            ++prt_verbs[p + "\t" + rest];
            lemma = rest;
          } else {
            ++particle_count[p];
          }
        }
        if (t.deprel == "compound:prt") ++prt_form_count[low];
        if (t.deprel == "compound:prt" && t.head > 0) {
          const TokenData& h = d.tokens[s.first + t.head - 1];
          std::string hl = h.lemma;
          size_t us = hl.find('_');
          if (us != std::string::npos && hl.compare(0, us, low) == 0) hl = hl.substr(us + 1);
          if (hl.find('_') == std::string::npos) ++prt_verbs[low + "\t" + hl];
        }
        const bool final = newest && m.mark;
        lex_exact[t.form + "\t" + t.upos].add(lemma, w, final, newest);
        lex_lower[low + "\t" + t.upos].add(lemma, w, final, newest);
        lex_any[low].add(lemma, w, final, newest);
        lex_feats[low + "\t" + t.upos + "\t" + t.feats].add(lemma, w, final, newest);
        std::string base = lemma_without_marks(lemma);
        if (lemma.find('_') != std::string::npos && lemma.size() > 2) {
          marked.emplace(base, lemma);
          size_t p = 0;
          while (p <= lemma.size()) {
            size_t q = lemma.find('_', p);
            std::string part = lemma.substr(p, q == std::string::npos ? q : q - p);
            if (part.size() >= 2) vocab_flags[part] |= kVocPart;
            if (q == std::string::npos) {
              if (part.size() >= 2) vocab_flags[part] |= voc_flag(t.upos);
              break;
            }
            p = q + 1;
          }
        } else {
          if (newest && m.mark && lemma.size() >= 6) unmarked.insert(lemma);
          vocab_count[lemma] += 1;
          vocab_flags[lemma] |= voc_flag(t.upos);
        }
        // Edit-script training types: skip compounds whose lemma drops linking letters.
        bool use = !has_marks || t.upos == "VERB" || base == low || base == t.form;
        if (use) types[TypeKey{t.form, t.upos, t.feats}].add(base, w, false);
      }
  }

  // Irregular verb forms from lang/<lang>/lemma_exceptions.tsv (facts of grammar). They fill
  // the gaps of the data and outvote the older files, whose annotation errors (hielden ->
  // hielen) they correct; a lemma seen in the newest file still wins.
  std::vector<std::pair<std::string, std::string>> exceptions;
  bool found = false;
  std::string exc_path = lang_dir(opts.lang) + "/lemma_exceptions.tsv";
  DYAD_RETURN_IF_ERROR(read_exceptions(exc_path, exceptions, found));
  size_t exc_added = 0;
  constexpr uint32_t kExceptionWeight = kNewestWeight - 1;
  {
    std::unordered_map<std::string, std::string> exc_map(exceptions.begin(), exceptions.end());
    auto is_verb = [](std::string_view upos) { return upos == "VERB" || upos == "AUX"; };
    // Keys "form\tUPOS[\tFEATS]" of the data for the listed forms.
    for (auto* table : {&lex_exact, &lex_feats}) {
      for (auto& [key, votes] : *table) {
        size_t t1 = key.find('\t');
        size_t t2 = key.find('\t', t1 + 1);
        std::string_view upos = std::string_view(key).substr(
            t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
        if (!is_verb(upos)) continue;
        auto e = exc_map.find(syntax_text::lower(key.substr(0, t1)));
        if (e != exc_map.end()) votes.add(e->second, kExceptionWeight, false, true);
      }
    }
    for (auto& [key, votes] : types) {
      if (!is_verb(key.upos)) continue;
      auto e = exc_map.find(syntax_text::lower(key.form));
      if (e != exc_map.end()) votes.add(e->second, kExceptionWeight, false, true);
    }
  }
  for (const auto& [form, lemma] : exceptions) {
    for (const char* upos : {"VERB", "AUX"}) {
      std::string key = form + "\t" + upos;
      if (!lex_lower.count(key)) ++exc_added;
      lex_lower[key].add(lemma, kExceptionWeight, false, true);
      if (!types.count(TypeKey{form, upos, ""}))
        types[TypeKey{form, upos, ""}].add(lemma, 1, false);
    }
  }
  opts.log("lemmatizer: " + std::to_string(exceptions.size()) + " exceptions from " + exc_path +
           (found ? "" : " (not found)") + ", " + std::to_string(exc_added) +
           " new lexicon entries");

  // Lexicon tables.
  std::unordered_map<std::string, uint32_t> lemma_id;
  auto intern = [&](const std::string& l) {
    auto it = lemma_id.emplace(l, static_cast<uint32_t>(m.lemmas.size())).first;
    if (it->second == m.lemmas.size()) m.lemmas.push_back(l);
    return it->second;
  };
  auto fill = [&](const std::unordered_map<std::string, LemmaVotes>& src, KeyTable& dst, bool any) {
    std::vector<const std::string*> keys;
    for (const auto& kv : src) keys.push_back(&kv.first);
    std::sort(keys.begin(), keys.end(), [](auto a, auto b) { return *a < *b; });
    for (const std::string* k : keys) {
      auto [lemma, final] = src.at(*k).best();
      uint64_t h;
      std::string upos;
      std::string_view form = *k;
      if (any) {
        h = lemma_keys::any(*k);
      } else {
        size_t tab = k->find('\t');
        upos = k->substr(tab + 1);
        form = form.substr(0, tab);
        h = lemma_keys::form_pos(form, upos);
      }
      if (m.mark && !final) {
        std::string tmp;
        m.mark_lemma(upos, lemma, tmp, form);
        final = true;
      }
      dst.add(h, intern(lemma) | (final ? Lemmatizer::Impl::kFinal : 0u));
    }
    dst.build();
  };

  // The lemma vocabulary, and a word list from the system (Debian wdutch / wamerican) when
  // installed: the edit-script classifier prefers results that are known words, and Dutch
  // compound splitting looks parts up in both.
  for (const auto& [w, f] : vocab_flags) {
    auto c = vocab_count.find(w);
    uint32_t n = c == vocab_count.end() ? 0 : c->second;
    if ((f & kVocPart) || n >= kMinVocab) m.vocab.add(lemma_keys::word(w), f);
  }
  m.vocab.build();
  {
    const std::string wl_path = word_list(opts.lang);
    std::ifstream wl(wl_path);
    std::string word;
    while (!wl_path.empty() && wl && std::getline(wl, word)) {
      if (word.empty() || has_upper(word) ||
          word.find_first_of("-'. 0123456789") != std::string::npos)
        continue;
      size_t n = utf8::length(word);
      if (n < 3 || n > 16) continue;
      m.dict.push_back(lemma_keys::dict_key(word));
    }
    std::sort(m.dict.begin(), m.dict.end());
    m.dict.erase(std::unique(m.dict.begin(), m.dict.end()), m.dict.end());
    opts.log("lemmatizer: " + std::to_string(m.dict.size()) + " words from " +
             (wl_path.empty() ? std::string("(no word list)") : wl_path));
  }

  // Marking data.
  if (m.mark) {
    for (const auto& [p, n] : particle_count)
      if (n >= kMinParticle && p.size() >= 2) m.particles.push_back(p);
    for (const auto& [p, n] : prt_form_count)
      if (n >= 3 && p.size() >= 2 && !particle_count.count(p) &&
          p.find_first_of(" -'.0123456789") == std::string::npos)
        m.particles.push_back(p);
    // Separable particles of Dutch (facts of grammar) that the data may show too rarely:
    // doodgeschoten -> dood_schieten, neergeschoten -> neer_schieten.
    static const char* const kKnownParticles[] = {
        "aan",    "af",    "bij",     "binnen", "dicht",  "dood", "in",    "los",
        "mee",    "na",    "neer",    "op",     "samen",  "stil", "tegen", "terug",
        "thuis",  "toe",   "uit",     "vast",   "voort",  "vrij", "weg",   "kapot",
        "uiteen", "omver", "tentoon", "bekend", "overeen"};
    for (const char* p : kKnownParticles)
      if (std::find(m.particles.begin(), m.particles.end(), p) == m.particles.end())
        m.particles.push_back(p);
    // Words that start marked lemmas but would wrongly split verbs (erkennen, ergeren).
    static const char* const kNotParticles[] = {"de", "het", "er",  "te", "ten",
                                                "on", "van", "tot", "een"};
    m.particles.erase(std::remove_if(m.particles.begin(), m.particles.end(),
                                     [](const std::string& p) {
                                       for (const char* x : kNotParticles)
                                         if (p == x) return true;
                                       return false;
                                     }),
                      m.particles.end());
    std::sort(m.particles.begin(), m.particles.end(),
              [](const std::string& a, const std::string& b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
              });
    for (const auto& [base, l] : marked) m.marked.add(lemma_keys::word(base), intern(l));
    for (const auto& u : unmarked) m.unmarked.add(lemma_keys::word(u), 1);
    for (const auto& [k, n] : prt_verbs) {
      size_t tab = k.find('\t');
      m.particle_verbs.add(lemma_keys::pair(k.substr(0, tab), k.substr(tab + 1)), n);
    }
    m.marked.build();
    m.unmarked.build();
    m.particle_verbs.build();

    // Compound-split classifier, trained on the nouns and adjectives of the newest data: does
    // Alpino split this lemma (woonplaats -> woon_plaats) or not (doelpunt), and where?
    std::map<std::pair<std::string, std::string>, std::string> split_types;  // base,upos -> gold
    for (size_t di = 0; di < data.docs.size(); ++di) {
      if (!data.newest[di]) continue;
      for (const auto& t : data.docs[di].tokens) {
        if (t.upos != "NOUN" && t.upos != "ADJ") continue;
        if (t.lemma.find('-') != std::string::npos || has_upper(t.lemma)) continue;
        std::string base = lemma_without_marks(t.lemma);
        if (base.size() < 6 || base.find('-') != std::string::npos) continue;
        split_types.emplace(std::make_pair(base, t.upos), t.lemma);
      }
    }
    struct SplitInst {
      std::vector<SplitCandidate> cands;
      int gold;
    };
    std::vector<SplitInst> sinst;
    size_t pos = 0, unreachable = 0;
    for (const auto& [key, gold] : split_types) {
      SplitInst x;
      m.split_candidates(key.first, key.second, x.cands, 1);
      x.gold = -1;
      for (size_t c = 0; c < x.cands.size(); ++c)
        if (x.cands[c].lemma == gold) x.gold = static_cast<int>(c);
      bool is_marked = gold.find('_') != std::string::npos;
      if (is_marked && x.gold < 0) {
        ++unreachable;
        continue;
      }
      pos += is_marked;
      if (!x.cands.empty()) sinst.push_back(std::move(x));
    }
    Perceptron sm(1);
    std::vector<size_t> sorder(sinst.size());
    std::iota(sorder.begin(), sorder.end(), 0);
    std::mt19937_64 srng(opts.seed + 7);
    for (int epoch = 0; epoch < 10; ++epoch) {
      std::shuffle(sorder.begin(), sorder.end(), srng);
      for (size_t k : sorder) {
        const SplitInst& x = sinst[k];
        int pred = -1;
        float best = 0.0f;
        for (size_t c = 0; c < x.cands.size(); ++c) {
          float sc = 0.0f;
          sm.score(x.cands[c].feats, x.cands[c].nfeats, &sc);
          if (sc > best) {
            best = sc;
            pred = static_cast<int>(c);
          }
        }
        sm.tick();
        if (pred == x.gold) continue;
        if (x.gold >= 0) sm.add(x.cands[x.gold].feats, x.cands[x.gold].nfeats, 0, 1.0f);
        if (pred >= 0) sm.add(x.cands[pred].feats, x.cands[pred].nfeats, 0, -1.0f);
      }
    }
    sm.finalize(0.01f);
    m.split_model.build(sm);
    opts.log("lemmatizer: split classifier on " + std::to_string(sinst.size()) +
             " lemmas with split candidates (" + std::to_string(pos) + " split, " +
             std::to_string(unreachable) + " splits out of reach)");
  }
  // Lexicon lemmas get their marks now, so that lookups need no marking at run time.
  fill(lex_exact, m.lex_exact, false);
  fill(lex_lower, m.lex_lower, false);
  fill(lex_any, m.lex_any, true);
  {
    // FEATS-specific entries only where they change the answer and were seen twice.
    std::vector<const std::string*> keys;
    for (const auto& kv : lex_feats) keys.push_back(&kv.first);
    std::sort(keys.begin(), keys.end(), [](auto a, auto b) { return *a < *b; });
    for (const std::string* k : keys) {
      size_t t1 = k->find('\t'), t2 = k->find('\t', t1 + 1);
      const LemmaVotes& v = lex_feats.at(*k);
      auto [lemma, final] = v.best();
      uint32_t seen = 0;
      for (const auto& [l, c] : v.votes) seen += c.all;
      if (seen < 2) continue;
      auto base = lex_lower.find(k->substr(0, t2));
      if (base != lex_lower.end() && base->second.best().first == lemma) continue;
      if (m.mark && !final) {
        std::string tmp;
        m.mark_lemma(k->substr(t1 + 1, t2 - t1 - 1), lemma, tmp, k->substr(0, t1));
        final = true;
      }
      m.lex_feats.add(lemma_keys::with_feats(k->substr(0, t1), k->substr(t1 + 1, t2 - t1 - 1),
                                             k->substr(t2 + 1)),
                      intern(lemma) | (final ? Lemmatizer::Impl::kFinal : 0u));
    }
    m.lex_feats.build();
  }
  opts.log("lemmatizer: " + std::to_string(m.lemmas.size()) + " lemmas, " +
           std::to_string(m.lex_exact.keys.size()) + " lexicon entries; marking " +
           (m.mark ? "on (" + std::to_string(m.particles.size()) + " particles, " +
                         std::to_string(m.marked.keys.size()) + " marked lemmas, " +
                         std::to_string(m.particle_verbs.keys.size()) + " particle verbs)"
                   : std::string("off")));

  // Edit-script classifier over word types.
  struct Inst {
    std::string form, low, upos, feats;
    uint32_t cls;
  };
  std::vector<Inst> inst;
  std::unordered_map<std::string, uint32_t> script_id;
  std::vector<uint32_t> script_count;
  {
    std::vector<const TypeKey*> keys;
    for (const auto& kv : types) keys.push_back(&kv.first);
    std::sort(keys.begin(), keys.end(), [](auto a, auto b) {
      return std::tie(a->form, a->upos, a->feats) < std::tie(b->form, b->upos, b->feats);
    });
    for (const TypeKey* k : keys) {
      std::string lemma = types.at(*k).best().first;
      EditScript es;
      if (!derive_script(k->form, lemma, dutch, es)) continue;
      std::string enc = es.encode();
      auto it = script_id.emplace(enc, static_cast<uint32_t>(m.scripts.size())).first;
      if (it->second == m.scripts.size()) {
        m.scripts.push_back(es);
        script_count.push_back(0);
      }
      ++script_count[it->second];
      inst.push_back({k->form, syntax_text::lower(k->form), k->upos, k->feats, it->second});
    }
  }
  // Drop scripts seen once (idiosyncratic), renumbering the rest.
  {
    std::vector<uint32_t> remap(m.scripts.size(), FeatureIndex::kMissing);
    std::vector<EditScript> kept;
    for (uint32_t c = 0; c < m.scripts.size(); ++c)
      if (script_count[c] >= 2) {
        remap[c] = static_cast<uint32_t>(kept.size());
        kept.push_back(m.scripts[c]);
      }
    std::vector<Inst> ki;
    for (auto& x : inst)
      if (remap[x.cls] != FeatureIndex::kMissing) {
        x.cls = remap[x.cls];
        ki.push_back(std::move(x));
      }
    m.scripts = std::move(kept);
    inst = std::move(ki);
  }
  if (m.scripts.size() > 65535) return Status(Errc::data, "train lemmatizer: too many scripts");
  opts.log("lemmatizer: " + std::to_string(inst.size()) + " word types, " +
           std::to_string(m.scripts.size()) + " edit scripts");

  const int epochs = opts.epochs > 0 ? opts.epochs : kDefaultEpochs;
  Perceptron model(static_cast<uint32_t>(m.scripts.size()));
  std::vector<size_t> order(inst.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(opts.seed);
  std::vector<uint64_t> feats;
  std::vector<float> scores(m.scripts.size());
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    auto t0 = clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    size_t right = 0;
    for (size_t k : order) {
      const Inst& x = inst[k];
      lemma_features::extract(x.form, x.low, x.upos, x.feats, feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      model.score(feats.data(), feats.size(), scores.data());
      uint32_t guess =
          static_cast<uint32_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      model.tick();
      model.update(feats, x.cls, guess);
      right += guess == x.cls;
    }
    opts.log("epoch " + std::to_string(epoch) + ": train acc " +
             fmt(100.0 * right / std::max<size_t>(inst.size(), 1)) + " (" +
             fmt(std::chrono::duration<double>(clock::now() - t0).count()) + " s)");
  }
  // A tiny training set (unit tests) has tiny averaged weights: keep them all.
  model.finalize(inst.size() >= 10000 ? kPrune : 0.01f);
  m.model.build(model);
  opts.log("lemmatizer: classifier " + std::to_string(m.model.num_features()) + " features, " +
           std::to_string(m.model.num_weights()) + " weights");

  // Dev report: with the tagger beside opts.out when there is one, and with gold tags.
  if (!dev.empty()) {
    Lemmatizer lem;
    lem.impl = impl;
    auto tagger = Tagger::load(dir_of(opts.out) + "/tagger.bin");
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 0 && !tagger.ok()) continue;
      std::vector<Doc> pred = dev;
      for (auto& d : pred)
        for (auto& t : d.tokens) t.lemma.clear();
      if (pass == 0)
        for (auto& d : pred) (*tagger)->tag(d);
      auto t0 = clock::now();
      size_t n = 0;
      for (auto& d : pred) {
        lem.lemmatize(d);
        n += d.tokens.size();
      }
      double secs = std::chrono::duration<double>(clock::now() - t0).count();
      TagScores sc = score_tags(dev, pred);
      // Accuracy ignoring the underscore marks, for reference.
      size_t plain = 0, total = 0;
      for (size_t d = 0; d < dev.size(); ++d)
        for (size_t i = 0; i < dev[d].tokens.size(); ++i, ++total)
          plain += lemma_without_marks(dev[d].tokens[i].lemma) ==
                   lemma_without_marks(pred[d].tokens[i].lemma);
      opts.log(std::string("dev lemma (") + (pass == 0 ? "predicted tags" : "gold tags") +
               "): " + fmt(sc.lemma) + " % (" + fmt(100.0 * plain / std::max<size_t>(total, 1)) +
               " % ignoring underscores), " +
               std::to_string(static_cast<long long>(n / std::max(secs, 1e-9))) + " tokens/s");
    }
  }
  BinWriter w;
  m.save(w);
  DYAD_RETURN_IF_ERROR(w.save(opts.out, "lemmatizer", kLemmatizerVersion));
  opts.log("lemmatizer: wrote " + opts.out + " (" + std::to_string(w.buffer().size()) + " bytes)");
  return Status::Ok();
}

}  // namespace dyad
