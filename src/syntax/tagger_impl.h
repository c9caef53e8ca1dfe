// Internals of the tagger shared by inference (tagger.cpp) and training (tagger_trainer.cpp):
// the model layout and the feature templates.
//
// Model: one averaged perceptron over joint classes. When every training token has an XPOS the
// class is UPOS+XPOS+FEATS (English); otherwise it is UPOS+FEATS and a second perceptron predicts
// XPOS from the same context plus the predicted class, trained on the tokens that have one
// (Dutch: nl_lassysmall 2.0 has no XPOS). Frequent unambiguous words skip the classifier through
// a tag dictionary.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "syntax/perceptron.h"
#include "syntax/tagger.h"
#include "syntax/tagger_text.h"
#include "syntax/tagger_weights.h"
#include "util/hash.h"

namespace dyad {

inline constexpr uint32_t kTaggerVersion = 1;

struct Tagger::Impl {
  std::string lang;
  bool joint_xpos = false;                     // class includes XPOS
  std::vector<std::string> upos, xpos, feats;  // per class
  TagWeights model;
  FeatureIndex tagdict;  // hash(form) -> class for frequent unambiguous words
  std::vector<uint64_t> tagdict_keys;
  std::vector<uint32_t> tagdict_vals;
  // Separate XPOS classifier (when !joint_xpos and the data had XPOS).
  bool has_xpos_model = false;
  std::vector<std::string> xpos_names;
  TagWeights xpos_model;
  std::vector<uint32_t> dict;  // sorted dict_key() of a word list's entries (may be empty)
  FeatureIndex xposdict;       // hash(lower form, class) -> xpos id when unambiguous
  std::vector<uint64_t> xposdict_keys;
  std::vector<uint32_t> xposdict_vals;
  // Second pass with the right context (set at load: the model has right-context weights).
  bool second_pass = false;

  void save(BinWriter& w) const;
  bool load(BinReader& r);
};

namespace tagger_features {

// Per-token precomputed hashes (computed once per sentence).
struct TokInfo {
  uint64_t form, lower, shape;
  uint64_t suf[4];
  uint64_t pre[3];
  uint32_t flags;
  uint32_t morph;    // suffix/prefix classes of the word (kMorph*)
  uint32_t ahead;    // union of `morph` over the next words up to punctuation (at most 8)
  uint32_t dict;     // 1: the form is in the word list, 2: its lowercase is
  uint32_t exc;      // 1: the lowercase form is an irregular verb form (lemma_exceptions.tsv)
  uint32_t verbish;  // an -en word whose stem has verb forms in the word list (werkt, werkte)
};

inline uint32_t dict_key(std::string_view w) {
  return static_cast<uint32_t>(hash_bytes(w, 61) >> 32);
}
inline bool in_dict(const std::vector<uint32_t>& dict, std::string_view w) {
  return !dict.empty() && std::binary_search(dict.begin(), dict.end(), dict_key(w));
}
// Does the word list hold a finite form of the verb whose infinitive would be `w` (ending in
// "en")? Stems: werk|en, zit|ten -> zit, mak|en -> maak, protester|en -> protesteer, with
// v -> f and z -> s (geven -> geef, lezen -> lees). vliegtuigen -> vliegtuigt: no.
inline bool has_verb_forms(const std::vector<uint32_t>& dict, std::string_view w,
                           std::string& buf) {
  if (w.size() < 6) return false;
  std::string_view stem = w.substr(0, w.size() - 2);
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  };
  const size_t k = stem.size();
  auto check = [&](std::string_view base, char doubled) {
    buf.assign(base.substr(0, base.size() - 1));
    if (doubled) buf.push_back(doubled);
    char last = base.back();
    buf.push_back(last == 'v' ? 'f' : last == 'z' ? 's' : last);
    const size_t b = buf.size();
    for (const char* end : {"t", "te", "de"}) {
      buf.resize(b);
      buf += end;
      if (in_dict(dict, buf)) return true;
    }
    return false;
  };
  if (vowel(stem[k - 1])) return false;
  if (stem[k - 1] == stem[k - 2]) return check(stem.substr(0, k - 1), 0);  // zitten -> zit
  if (k >= 3 && vowel(stem[k - 2]) && !vowel(stem[k - 3]) && stem[k - 2] != 'i')
    return check(stem, stem[k - 2]) || check(stem, 0);  // maken -> maak, (wonen) -> woon
  return check(stem, 0);
}

// Irregular verb forms of lang/<lang>/lemma_exceptions.tsv share the word list's array under
// keys of their own.
inline uint32_t exc_key(std::string_view w) {
  return static_cast<uint32_t>(hash_bytes(w, 67) >> 32);
}

enum : uint32_t { kMorphGe = 1, kMorphEn = 2, kMorphEd = 4, kMorphIng = 8, kMorphDT = 16 };

inline constexpr uint64_t kPad = 0x5eed5eed5eedULL;

// Fills info for the sentence's forms. `lower`/`tmp` are scratch buffers. `verb_forms`: look
// up the finite forms of -en words (Dutch-type models, those with a second pass).
inline void prepare(const std::vector<TokenData>& toks, uint32_t first, uint32_t last,
                    const std::vector<uint32_t>& dict, std::vector<TokInfo>& info, std::string& low,
                    std::string& tmp, bool verb_forms = false) {
  info.resize(last - first);
  for (uint32_t i = first; i < last; ++i) {
    const std::string& f = toks[i].form;
    TokInfo& t = info[i - first];
    t.form = hash_bytes(f);
    low.clear();
    syntax_text::to_lower(f, low);
    t.lower = hash_bytes(low);
    std::string_view lv(low);
    for (size_t k = 0; k < 4; ++k) t.suf[k] = hash_bytes(syntax_text::suffix(lv, k + 1), 77 + k);
    for (size_t k = 0; k < 3; ++k) t.pre[k] = hash_bytes(syntax_text::prefix(lv, k + 1), 99 + k);
    tmp.clear();
    t.flags = syntax_text::shape(f, tmp);
    if (tmp.size() > 12) tmp.resize(12);
    t.shape = hash_bytes(tmp, 55);
    uint32_t mo = 0;
    const size_t n = lv.size();
    if (n > 4 && lv[0] == 'g' && lv[1] == 'e') mo |= kMorphGe;
    if (n > 3 && lv.compare(n - 2, 2, "en") == 0) mo |= kMorphEn;
    if (n > 3 && lv.compare(n - 2, 2, "ed") == 0) mo |= kMorphEd;
    if (n > 4 && lv.compare(n - 3, 3, "ing") == 0) mo |= kMorphIng;
    if (n > 3 && (lv[n - 1] == 'd' || lv[n - 1] == 't')) mo |= kMorphDT;
    t.morph = mo;
    t.dict = 0;
    t.exc = 0;
    t.verbish = 0;
    if (!dict.empty()) {
      if (in_dict(dict, f)) t.dict |= 1;
      if (low != f && in_dict(dict, low)) t.dict |= 2;
      if (std::binary_search(dict.begin(), dict.end(), exc_key(low))) {
        t.exc = 1;
      } else if (lv.size() >= 8) {
        // A particle before a strong participle: neer|geschoten, vrij|gelaten.
        for (size_t p = 2; p <= 6 && p + 6 <= lv.size(); ++p)
          if (lv[p] == 'g' && lv[p + 1] == 'e' &&
              std::binary_search(dict.begin(), dict.end(), exc_key(lv.substr(p)))) {
            t.exc = 2;
            break;
          }
      }
      if (verb_forms && (mo & kMorphEn) && has_verb_forms(dict, lv, tmp)) t.verbish = 1;
    }
  }
  // What lies ahead in the clause (an auxiliary needs a participle or infinitive later on).
  const size_t n = info.size();
  for (size_t i = 0; i < n; ++i) {
    uint32_t a = 0;
    for (size_t j = i + 1; j < n && j <= i + 8; ++j) {
      if ((info[j].flags & syntax_text::kHasPunct) && !(info[j].flags & syntax_text::kHasAlpha))
        break;
      a |= info[j].morph;
    }
    info[i].ahead = a;
  }
}

inline uint64_t F(uint64_t tmpl, uint64_t v) {
  return hash_combine(tmpl * 0x9E3779B97F4A7C15ULL, v);
}
inline uint64_t F(uint64_t tmpl, uint64_t a, uint64_t b) {
  return F(tmpl, hash_combine(a, b));
}

// Models with joint classes and no second pass (English) are trained and decoded with a
// left-to-right beam of this width over the classes (early update in training). On en_ewt dev
// width 4 gained UPOS +0.2, LAS +0.5 over greedy; width 2 nothing.
inline constexpr size_t kTagBeam = 4;
// At decoding, hypotheses scoring more than this below the best (perceptron units) are dropped:
// tagging speed stays that of greedy decoding (20: UPOS -0.04 against the full beam; 10: -0.24).
inline constexpr float kTagBeamMargin = 20.0f;

// Class id used for "no previous tag".
inline constexpr uint64_t kBos = 0xFFFFFFF0ULL;
// The previous classes of token i given the classes predicted so far.
inline uint64_t prev1(const std::vector<uint32_t>& cls, size_t i) {
  return i >= 1 ? cls[i - 1] : kBos;
}
inline uint64_t prev2(const std::vector<uint32_t>& cls, size_t i) {
  return i >= 2 ? cls[i - 2] : kBos;
}

// Right-context classes: unknown (first pass) and past the end of the sentence.
inline constexpr uint64_t kNoRight = 0xFFFFFFF1ULL;
inline constexpr uint64_t kEos = 0xFFFFFFF2ULL;
// No right-context features at all (models without a second pass).
inline constexpr uint64_t kOff = 0xFFFFFFF3ULL;
// The first-pass class of token j, kEos past the end.
inline uint64_t right(const std::vector<uint32_t>& cls, size_t j) {
  return j < cls.size() ? cls[j] : kEos;
}

// Features of token i that do not depend on the previous classes (appended to `out`), given
// the first pass's classes of the next two tokens (kNoRight in the first pass, kOff without a
// second pass).
inline void extract_static(const std::vector<TokInfo>& s, size_t i, std::vector<uint64_t>& out,
                           uint64_t r1 = kNoRight, uint64_t r2 = kNoRight) {
  const size_t n = s.size();
  const TokInfo& w = s[i];
  uint64_t lm1 = i >= 1 ? s[i - 1].lower : kPad;
  uint64_t lm2 = i >= 2 ? s[i - 2].lower : kPad + 1;
  uint64_t lp1 = i + 1 < n ? s[i + 1].lower : kPad + 2;
  uint64_t lp2 = i + 2 < n ? s[i + 2].lower : kPad + 3;
  out.push_back(F(1, 1));
  out.push_back(F(2, w.lower));
  out.push_back(F(3, w.form));
  for (int k = 0; k < 4; ++k) out.push_back(F(4 + k, w.suf[k]));
  for (int k = 0; k < 3; ++k) out.push_back(F(8 + k, w.pre[k]));
  out.push_back(F(11, w.shape));
  out.push_back(F(12, w.flags));
  out.push_back(F(13, lm1));
  out.push_back(F(14, lm2));
  out.push_back(F(15, lp1));
  out.push_back(F(16, lp2));
  out.push_back(F(17, i >= 1 ? s[i - 1].suf[2] : kPad));
  out.push_back(F(18, i + 1 < n ? s[i + 1].suf[2] : kPad));
  out.push_back(F(19, i + 1 < n ? s[i + 1].shape : kPad));
  out.push_back(F(24, lm1, w.lower));
  out.push_back(F(25, w.lower, lp1));
  uint64_t pos = i == 0 ? 1 : (i + 1 == n ? 2 : 0);
  out.push_back(F(26, pos, w.flags & (syntax_text::kInitUpper | syntax_text::kAllUpper)));
  out.push_back(F(28, i >= 1 ? s[i - 1].flags : 0xFFFF, w.flags));
  out.push_back(F(30, w.suf[1], lp1));
  out.push_back(F(31, w.lower, w.ahead));
  out.push_back(F(33, w.dict, w.flags & (syntax_text::kInitUpper | syntax_text::kAllUpper)));
  out.push_back(F(34, w.dict, w.suf[2]));
  out.push_back(F(35, w.dict, pos));
  if (r1 != kOff) {
    out.push_back(F(45, r1));
    out.push_back(F(46, r1, r2));
    out.push_back(F(48, w.suf[2], r1));
  }
  if (r1 != kOff && (w.morph & kMorphEn)) out.push_back(F(49, w.verbish));
  if (w.exc) {
    // A known irregular verb form (hief, geschoten): its shape says which form it is.
    out.push_back(F(36, w.exc, w.morph & (kMorphGe | kMorphEn | kMorphDT)));
  }
}

// Features of token i that depend on the previous class t1 only (appended to `out`).
inline void extract_prev1(const std::vector<TokInfo>& s, size_t i, uint64_t t1,
                          std::vector<uint64_t>& out, uint64_t r1 = kNoRight) {
  const TokInfo& w = s[i];
  uint64_t lp1 = i + 1 < s.size() ? s[i + 1].lower : kPad + 2;
  out.push_back(F(20, t1));
  out.push_back(F(23, t1, w.lower));
  out.push_back(F(27, t1, w.suf[2]));
  out.push_back(F(29, t1, lp1));
  out.push_back(F(32, w.ahead, t1));
  if (r1 != kOff) out.push_back(F(47, t1, r1));
  if (r1 != kOff && (w.morph & kMorphEn)) out.push_back(F(54, w.verbish, t1));
  if (w.exc) out.push_back(F(37, w.exc * 64 + (w.morph & (kMorphGe | kMorphEn)), t1));
}

// Features of token i that depend on the class before the previous one, t2.
inline void extract_prev2(uint64_t t1, uint64_t t2, std::vector<uint64_t>& out) {
  out.push_back(F(21, t2));
  out.push_back(F(22, t1, t2));
}

// Features of token i that depend on the two previous classes t1, t2 (appended to `out`).
inline void extract_history(const std::vector<TokInfo>& s, size_t i, uint64_t t1, uint64_t t2,
                            std::vector<uint64_t>& out, uint64_t r1 = kNoRight) {
  extract_prev1(s, i, t1, out, r1);
  extract_prev2(t1, t2, out);
}

// All features of token i (the two sets above; their order does not matter).
inline void extract(const std::vector<TokInfo>& s, size_t i, uint64_t t1, uint64_t t2,
                    std::vector<uint64_t>& out, uint64_t r1 = kNoRight, uint64_t r2 = kNoRight) {
  out.clear();
  extract_static(s, i, out, r1, r2);
  extract_history(s, i, t1, t2, out, r1);
}

// Extra features for the XPOS classifier, given the predicted joint class of the token.
// A second pass re-scores the tokens whose best class won by less than this margin (in
// perceptron update units), with the first pass's classes of the next two tokens. On
// nl_alpino dev 10 re-scores ~10 % of the classified tokens and keeps all of the gain of
// re-scoring every token (3: 3 %, -0.06 UPOS).
inline constexpr float kSecondPassMargin = 10.0f;

inline void extract_xpos_extra(const std::vector<TokInfo>& s, size_t i, uint64_t cls,
                               std::vector<uint64_t>& out) {
  const TokInfo& w = s[i];
  out.push_back(F(40, cls));
  out.push_back(F(41, cls, w.lower));
  out.push_back(F(42, cls, w.suf[2]));
  out.push_back(F(43, cls, w.suf[0]));
  out.push_back(F(44, cls, i + 1 < s.size() ? s[i + 1].lower : kPad));
}

// Does the model have weights for the first pass's right-context feature?
inline bool has_second_pass(const TagWeights& model) {
  std::vector<float> sc(model.nclasses(), 0.0f);
  const uint64_t f = F(45, kNoRight);
  model.score(&f, 1, sc.data());
  for (float v : sc)
    if (v != 0.0f) return true;
  return false;
}

inline uint64_t xposdict_key(uint64_t lower, uint32_t cls) {
  return hash_combine(lower, cls + 1);
}

}  // namespace tagger_features
}  // namespace dyad
