// Lemmatizer: lexicon lookup plus a classifier over edit scripts for unseen forms. Requires
// tokens with upos/feats; assigns lemmas. Its trainer is in lemmatizer_trainer.cpp.
//
// Dutch lemmas follow UD 2.16 nl conventions: compound boundaries and separable-verb particles
// are marked with underscores ("basisniveau" -> "basis_niveau", "aangeklopt" -> "aan_kloppen",
// "spoorde ... aan" -> "aan_sporen"). lemma_without_marks() gives the plain word ("aankloppen").
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/train_options.h"

namespace dyad {

class Lemmatizer {
 public:
  // Loads a model written by train_lemmatizer; Errc::model (naming the file) when it is
  // missing, of another kind or a newer version, or corrupt.
  static Result<std::shared_ptr<const Lemmatizer>> load(const std::string& path);
  // Sets the lemma of every token of doc (uses upos/feats when present); sets kLemmas.
  // Thread-safe.
  void lemmatize(Doc& doc) const;
  struct Impl;
  std::shared_ptr<const Impl> impl;
};

// Trains on opts.train_files (plus lang/<lang>/lemma_exceptions.tsv under home_dir() when it
// exists), reports dev lemma accuracy through opts.log (with the tags of the tagger model next
// to opts.out when there is one, else with gold tags), writes opts.out.
Status train_lemmatizer(const TrainOptions& opts);

// "aan_kloppen" -> "aankloppen", "basis_niveau" -> "basisniveau" (a lone "_" stays).
std::string lemma_without_marks(std::string_view lemma);

}  // namespace dyad
