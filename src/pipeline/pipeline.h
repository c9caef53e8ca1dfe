// The pipeline: assembles the stages of each language (text -> syntax) and runs on a Doc only
// the stages whose output is missing, so a Doc read from CoNLL-U keeps its own parse.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "text/tokenizer.h"

namespace dyad {

struct PipelineOptions {
  std::vector<std::string> langs = {"nl", "en"};  // languages to load
  std::string models_dir;                         // default: <home>/models
  std::string lang;    // force this language for every document ("" = identify)
  bool syntax = true;  // run tagger, lemmatizer and parser
};

class Pipeline {
 public:
  static Result<std::shared_ptr<const Pipeline>> load(const PipelineOptions& opts);

  // Identifies the language (unless set), tokenizes, tags, lemmatizes and parses, skipping
  // whatever the Doc already has. Thread-safe: the pipeline is read-only after load().
  Status process(Doc& doc) const;

  // Stages one by one (used by evaluation with gold tokenization).
  Status identify(Doc& doc) const;
  Status syntax(Doc& doc) const;

  struct Stages {
    std::shared_ptr<const Tokenizer> tokenizer;
    std::shared_ptr<const Tagger> tagger;
    std::shared_ptr<const Lemmatizer> lemmatizer;
    std::shared_ptr<const Parser> parser;
  };
  const Stages* stages(const std::string& lang) const;

 private:
  PipelineOptions opts_;
  std::map<std::string, Stages> langs_;
};

}  // namespace dyad
