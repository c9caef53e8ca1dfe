// Internals of the dependency parser, shared by parser.cpp (inference) and parser_trainer.cpp.
//
// Transition system: arc-hybrid (Kuhlmann et al. 2011) with labelled transitions.
//   stack (ROOT = word 0 at the bottom), buffer = words b..n (always a suffix of the sentence).
//   SHIFT      push b onto the stack.
//   LEFT(l)    pop s0, head(s0) = b, label l.
//   RIGHT(l)   pop s0, head(s0) = s1, label l.
// ROOT may only receive a dependent (with label "root") when the buffer is empty and the stack is
// [ROOT, x]; every other arc uses a label other than "root". Hence every terminal configuration
// (empty buffer, stack = [ROOT]) is a tree with exactly one root, and one is always reachable.
// Classes: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "syntax/parser.h"
#include "syntax/parser_weights.h"
#include "syntax/perceptron.h"

namespace dyad {

namespace parser_detail {

inline constexpr uint32_t kModelVersion = 1;
inline constexpr size_t kMaxFeatures = 160;

inline uint32_t shift_class() {
  return 0;
}
inline uint32_t left_class(uint32_t l) {
  return 1 + 2 * l;
}
inline uint32_t right_class(uint32_t l) {
  return 2 + 2 * l;
}

// Per-word attribute hashes of one sentence, 1-based with two sentinels: index 0 = ROOT and
// index n+1 = "no word" (positions past the ends of the stack or buffer map there).
struct SentenceFeatures {
  uint32_t n = 0;
  std::vector<uint64_t> w;  // normalized lowercase form
  std::vector<uint64_t> p;  // UPOS
  std::vector<uint64_t> x;  // XPOS (or UPOS when the model does not use XPOS)
  std::vector<uint64_t> m;  // selected morphological features
  std::vector<uint64_t> l;  // lemma
  std::vector<uint64_t> a;  // ambiguity class of the form (AmbLexicon); English models only
  bool has_amb = false;
  void resize(uint32_t words) {
    a.resize(words + 2);
    n = words;
    w.resize(words + 2);
    p.resize(words + 2);
    x.resize(words + 2);
    m.resize(words + 2);
    l.resize(words + 2);
  }
};

// The word form as the model sees it: ASCII lowercased, digits mapped to '0'.
void normalize_form(std::string_view form, std::string& out);
// The subset of FEATS used as features (VerbForm, PronType, Poss, Reflex, Case, Definite).
uint64_t morph_hash(std::string_view feats);

// Calls f(item) for each FEATS item ("VerbForm=Part") of the keys the parser looks at.
template <class F>
void for_each_parser_feat(std::string_view feats, F f) {
  static constexpr std::string_view kKeep[] = {
      "VerbForm=", "PronType=", "Poss=", "Reflex=", "Case=", "Definite="};
  size_t pos = 0;
  while (pos < feats.size()) {
    size_t bar = feats.find('|', pos);
    if (bar == std::string_view::npos) bar = feats.size();
    std::string_view item = feats.substr(pos, bar - pos);
    for (std::string_view k : kKeep)
      if (item.substr(0, k.size()) == k) {
        f(item);
        break;
      }
    pos = bar + 1;
  }
}

// Ambiguity classes: hash of the normalized form -> hash of the set of tags (XPOS by default,
// ParserTrainConfig::amb_xpos) the form had in the gold training data (tags with >= 10 % of its
// occurrences; forms seen >= amb_min_count times; other forms share one "unknown" class).
// Robust to tagger errors: it depends on the form only. Stored after the weights in the model
// file (optional section; models without it, e.g. Dutch, load and parse as before).
struct AmbLexicon {
  std::vector<uint64_t> keys, vals;  // sorted by key
  bool empty() const { return keys.empty(); }
  uint64_t find(uint64_t w) const;
};

// Fills `sf` for words [first, last) of `doc`.
void sentence_features(const Doc& doc, uint32_t first, uint32_t last, bool use_xpos,
                       SentenceFeatures& sf, std::string& scratch, const AmbLexicon* lex = nullptr);

// A parser configuration with the bookkeeping the features need.
struct State {
  uint32_t n = 0;
  uint32_t b = 1;                       // first word of the buffer; buffer empty when b > n
  std::vector<int32_t> stack;           // stack[0] = 0 (ROOT)
  std::vector<int32_t> head;            // 1..n, -1 = unattached
  std::vector<int32_t> label;           // label id, -1 = none
  std::vector<int32_t> l1, l2, r1, r2;  // leftmost two / rightmost two children, -1 = none
  std::vector<uint8_t> nl, nr;          // number of left / right children (saturating)
  std::vector<uint64_t> lset, rset;     // label sets of left / right children (bit l % 64)

  void init(uint32_t words);
  bool terminal() const { return b > n && stack.size() == 1; }
  bool buffer_empty() const { return b > n; }
  int32_t s(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
  bool can_shift() const { return b <= n; }
  bool can_left() const { return b <= n && stack.size() >= 2; }
  bool can_right() const { return stack.size() >= 3 || (stack.size() == 2 && b > n); }
  // For RIGHT: does it attach to ROOT (then the label must be "root")?
  bool right_is_root() const { return stack.size() == 2; }
  void apply(uint32_t cls);
  void attach(int32_t h, int32_t d, int32_t lab);
};

// Writes the feature keys of configuration `st` to `out` (at most kMaxFeatures); returns count.
size_t extract_features(const SentenceFeatures& sf, const State& st, bool use_xpos, uint64_t* out);

}  // namespace parser_detail

struct Parser::Impl {
  std::vector<std::string> labels;  // label id -> deprel
  uint32_t root_label = 0;
  bool use_xpos = false;
  parser_detail::AmbLexicon amb;  // empty: no ambiguity-class features
  Perceptron model;               // training (and dev scoring while training)
  ParserWeights weights;          // inference, quantized; used when not empty

  void score(const uint64_t* feats, size_t n, float* scores) const {
    if (!weights.empty()) {
      weights.score(feats, n, scores);
    } else {
      model.score(feats, n, scores);
    }
  }

  uint32_t nclasses() const { return 1 + 2 * static_cast<uint32_t>(labels.size()); }
  // Best legal class for `st` given class scores.
  uint32_t best_legal(const parser_detail::State& st, const float* scores) const;
  // Parses words [first, last) of doc with the given per-sentence buffers.
  void parse_sentence(Doc& doc, uint32_t first, uint32_t last, parser_detail::SentenceFeatures& sf,
                      parser_detail::State& st, std::vector<float>& scores,
                      std::string& scratch) const;
  void save(BinWriter& w) const;
  bool load(BinReader& r);
};

}  // namespace dyad
