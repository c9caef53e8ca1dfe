// Lemmatizer: lexicon lookup plus a classifier over edit scripts for unseen forms. Requires
// tokens with upos/feats; assigns lemmas. Its trainer is in lemmatizer_trainer.cpp.
#pragma once

#include <memory>
#include <string>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/train_options.h"

namespace dyad {

class Lemmatizer {
 public:
  static Result<std::shared_ptr<const Lemmatizer>> load(const std::string& path);
  void lemmatize(Doc& doc) const;
  struct Impl;
  std::shared_ptr<const Impl> impl;
};

Status train_lemmatizer(const TrainOptions& opts);

}  // namespace dyad
