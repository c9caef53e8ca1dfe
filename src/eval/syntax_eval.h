// Scores syntax against gold CoNLL-U in the CoNLL 2018 shared task's terms: UPOS, XPOS, UFeats,
// AllTags, Lemmas, UAS, LAS (universal relation, subtypes ignored) and LAS with subtypes. With
// gold tokenization every word is aligned and the scores are accuracies; in raw-text mode system
// words are aligned to gold words by their byte spans in the same text and each metric is an F1
// over aligned words (plus Tokens and Sentences F1).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "doc/doc.h"

namespace dyad {

struct SyntaxCounts {
  size_t gold_words = 0, sys_words = 0, aligned = 0;
  size_t gold_sents = 0, sys_sents = 0, matched_sents = 0;
  size_t upos = 0, xpos = 0, feats = 0, alltags = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  void add(const SyntaxCounts& o);
};

// Adds the comparison of `sys` against `gold` (same Doc::text) to `counts`.
void score_syntax(const Doc& gold, const Doc& sys, SyntaxCounts& counts);

struct MetricLine {
  std::string name;
  double precision, recall, f1;
  size_t correct;
};
// One line per metric, in the shared task's order.
std::vector<MetricLine> syntax_metrics(const SyntaxCounts& c, bool raw_mode);

}  // namespace dyad
