// Sentence splitting and tokenization for Dutch and English. Requires Doc::text and Doc::lang;
// assigns tokens (NFC forms, byte offsets, space_after) and sentences (paragraphs, credits).
#pragma once

#include <memory>
#include <string>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

class Tokenizer {
 public:
  // Loads the language's data (abbreviations etc.) from `lang_dir` (e.g. <home>/lang/nl).
  static Result<std::shared_ptr<const Tokenizer>> load(const std::string& lang_dir,
                                                       const std::string& lang);
  void tokenize(Doc& doc) const;
  struct Impl;
  std::shared_ptr<const Impl> impl;
};

}  // namespace dyad
