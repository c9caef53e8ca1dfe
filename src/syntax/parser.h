// Labelled dependency parser (transition-based, averaged perceptron). Requires tokens with
// upos/xpos/feats/lemmas; assigns heads and deprels. Its trainer is in parser_trainer.cpp.
#pragma once

#include <memory>
#include <string>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/train_options.h"

namespace dyad {

class Parser {
 public:
  static Result<std::shared_ptr<const Parser>> load(const std::string& path);
  void parse(Doc& doc) const;
  struct Impl;
  std::shared_ptr<const Impl> impl;
};

Status train_parser(const TrainOptions& opts);

}  // namespace dyad
