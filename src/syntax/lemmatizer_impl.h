// Internals of the lemmatizer shared by inference (lemmatizer.cpp) and training
// (lemmatizer_trainer.cpp): edit scripts, the classifier's features, the model layout.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/lemmatizer.h"
#include "syntax/perceptron.h"
#include "syntax/tagger_text.h"
#include "syntax/tagger_weights.h"
#include "util/binio.h"
#include "util/hash.h"

namespace dyad {

inline constexpr uint32_t kLemmatizerVersion = 1;

// An edit script turns a form into its lemma: optionally lowercase the form, optionally delete
// the infix "ge" at byte `ge_pos` (Dutch participles: aangeklopt -> aanklopt), then replace a
// prefix and a suffix. Deleted parts are stored so a script only applies where it fits.
struct EditScript {
  bool lower = false;
  int32_t ge_pos = -1;
  std::string pre_del, pre_add, suf_del, suf_add;

  std::string encode() const {
    std::string s(lower ? "L" : "K");
    s += std::to_string(ge_pos);
    for (const std::string* p : {&pre_del, &pre_add, &suf_del, &suf_add}) {
      s += '\x1f';
      s += *p;
    }
    return s;
  }
  static bool decode(std::string_view s, EditScript& out);
  // Applies to `form`; false when the script does not fit. `tmp` is scratch.
  bool apply(std::string_view form, std::string& tmp, std::string& out) const;
};

// Replaces a vowel with a diaeresis at byte `at` of `s` by the plain vowel (UTF-8).
void strip_diaeresis(std::string& s, size_t at);

// A hash table from 64-bit keys to 32-bit values that saves and loads as two arrays.
struct KeyTable {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> vals;
  FeatureIndex index;
  void add(uint64_t k, uint32_t v) {
    keys.push_back(k);
    vals.push_back(v);
  }
  void build() {
    index.clear();
    index.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) index.insert(keys[i], vals[i]);
  }
  uint32_t find(uint64_t k) const { return index.find(k); }
  void save(BinWriter& w) const {
    put_vec(w, keys);
    put_vec(w, vals);
  }
  bool load(BinReader& r) {
    keys = get_vec<uint64_t>(r);
    vals = get_vec<uint32_t>(r);
    if (!r.ok() || keys.size() != vals.size()) return false;
    build();
    return true;
  }
};

namespace lemma_keys {
inline uint64_t form_pos(std::string_view form, std::string_view upos) {
  return hash_combine(hash_bytes(form, 11), hash_bytes(upos, 13));
}
inline uint64_t any(std::string_view form) {
  return hash_bytes(form, 17);
}
inline uint64_t with_feats(std::string_view form, std::string_view upos, std::string_view feats) {
  return hash_combine(form_pos(form, upos), hash_bytes(feats, 71));
}
inline uint32_t dict_key(std::string_view w) {
  return static_cast<uint32_t>(hash_bytes(w, 37) >> 32);
}
inline uint64_t word(std::string_view w) {
  return hash_bytes(w, 19);
}
inline uint64_t pair(std::string_view a, std::string_view b) {
  return hash_combine(hash_bytes(a, 23), hash_bytes(b, 29));
}
}  // namespace lemma_keys

// Vocabulary flags (values of Impl::vocab).
enum VocabFlags : uint32_t {
  kVocNoun = 1,
  kVocAdj = 2,
  kVocVerb = 4,
  kVocOther = 8,
  kVocPart = 16,  // seen as a part of a marked compound lemma
};

// A way to split a compound lemma, with the features the split classifier scores it by.
struct SplitCandidate {
  std::string lemma;  // with underscores
  size_t pos = 0;     // byte where the head starts
  size_t link = 0;    // index into the linking morphemes "en", "s", "", "e"
  uint64_t feats[16];
  size_t nfeats = 0;
};

struct Lemmatizer::Impl {
  static constexpr uint32_t kFinal = 0x80000000u;  // lexicon value flag: no marking needed
  std::string lang;
  bool mark = false;  // add compound and particle underscores (UD 2.16 nl conventions)
  std::vector<std::string> lemmas;
  KeyTable lex_exact;  // form_pos(form, upos) -> lemma id | kFinal
  KeyTable lex_lower;  // form_pos(lower, upos) -> lemma id | kFinal
  KeyTable lex_any;    // any(lower) -> lemma id | kFinal
  KeyTable lex_feats;  // with_feats(lower, upos, feats) -> lemma id | kFinal, where FEATS
                       // matter (her Poss=Yes -> her, her Case=Acc -> she)
  std::vector<EditScript> scripts;
  TagWeights model;
  // Marking (Dutch).
  std::vector<std::string> particles;  // longest first
  KeyTable vocab;                      // word(base lemma) -> VocabFlags
  KeyTable marked;                     // word(lemma without marks) -> lemma id of the marked one
  KeyTable unmarked;                   // word(lemma) -> 1: known to stay unmarked
  KeyTable particle_verbs;             // pair(particle, verb lemma) -> count
  std::vector<uint32_t> dict;          // sorted dict_key() of a word list's words (may be empty)

  bool in_dict(std::string_view w) const;

  void save(BinWriter& w) const;
  bool load(BinReader& r);

  // The lemma of one token (without sentence context). `scores`, `feats`, `tmp` are scratch.
  void lemma_of(std::string_view form, std::string_view upos, std::string_view feats,
                std::string& out, bool& final, std::vector<float>& scores,
                std::vector<uint64_t>& fbuf, std::string& low, std::string& tmp) const;
  // The edit-script classifier's lemma; false when no script fits.
  bool classify(std::string_view form, std::string_view low, std::string_view upos,
                std::string_view feats, std::string& out, std::vector<float>& scores,
                std::vector<uint64_t>& fbuf, std::string& tmp) const;
  // Adds compound/particle underscores to a base lemma.
  // `form` (optional) keeps participles with a leading "ge" (geïnformeerd) unmarked: the "ge"
  // of a separable verb follows its particle.
  void mark_lemma(std::string_view upos, std::string& lemma, std::string& tmp,
                  std::string_view form = {}) const;
  TagWeights split_model;  // one class: score of a split candidate (> 0 = split)
  bool is_particle(std::string_view w) const;
  bool known_part(std::string_view w, uint32_t& flags) const;
  void split_candidates(std::string_view w, std::string_view upos, std::vector<SplitCandidate>& out,
                        int depth) const;
  bool split_compound(std::string_view w, std::string_view upos, std::string& out) const;
};

namespace lemma_features {
// Features of the edit-script classifier; `low` is the lowercased form.
void extract(std::string_view form, std::string_view low, std::string_view upos,
             std::string_view feats, std::vector<uint64_t>& out);
}  // namespace lemma_features

}  // namespace dyad
