// Sentence splitting and tokenization for Dutch and English. Requires Doc::text; assigns tokens
// (NFC forms, byte offsets, space_after), sentences (paragraphs, credits) and, for English clitic
// splits ("don't" = do + n't), Doc::mwts. A Tokenizer serves one language: choose it by Doc::lang
// (the Doc's lang field itself is not read). Conventions follow the UD treebanks the syntax models
// are trained on: Alpino/LassySmall for Dutch, EWT for English (see tokenizer.cpp).
// tokenize() is const and thread-safe; it clears any previous tokens, sentences and mwts.
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
