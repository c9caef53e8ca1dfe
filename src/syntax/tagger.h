// UPOS, XPOS and morphological-feature tagger (averaged perceptron). Requires tokens and
// sentences; assigns upos, xpos, feats. Its trainer is in tagger_trainer.cpp.
#pragma once

#include <memory>
#include <string>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/train_options.h"

namespace dyad {

class Tagger {
 public:
  static Result<std::shared_ptr<const Tagger>> load(const std::string& path);
  void tag(Doc& doc) const;  // every sentence of doc
  struct Impl;
  std::shared_ptr<const Impl> impl;
};

Status train_tagger(const TrainOptions& opts);

}  // namespace dyad
