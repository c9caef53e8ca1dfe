// UPOS, XPOS and morphological-feature tagger (averaged perceptron). Requires tokens and
// sentences; assigns upos, xpos, feats. Its trainer is in tagger_trainer.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/train_options.h"

namespace dyad {

class Tagger {
 public:
  // Loads a model written by train_tagger; Errc::model (naming the file) when it is missing,
  // of another kind or a newer version, or corrupt.
  static Result<std::shared_ptr<const Tagger>> load(const std::string& path);
  // Tags every sentence of doc (greedy left to right); sets kUpos|kXpos|kFeats. Thread-safe.
  void tag(Doc& doc) const;
  // Whether the word list the model was trained with (Debian wamerican / wdutch, stored as
  // hashes) has `word` as written; false when the model has no word list. Thread-safe.
  bool in_word_list(std::string_view word) const;
  bool has_word_list() const;
  struct Impl;
  std::shared_ptr<const Impl> impl;
};

// Trains on opts.train_files, reports per-epoch dev scores through opts.log, keeps the epoch
// with the best dev score (the last one without dev files), writes opts.out.
Status train_tagger(const TrainOptions& opts);

// Token-level accuracies (percent) of `pred` against `gold` (same tokenization, same order).
// XPOS is scored over gold tokens that have one; AllTags = UPOS, XPOS and FEATS all right.
struct TagScores {
  uint64_t tokens = 0;
  double upos = 0, xpos = 0, ufeats = 0, alltags = 0, lemma = 0;
};
TagScores score_tags(const std::vector<Doc>& gold, const std::vector<Doc>& pred);

}  // namespace dyad
