#include "pipeline/pipeline.h"

#include "text/langid.h"
#include "util/paths.h"

namespace dyad {

Result<std::shared_ptr<const Pipeline>> Pipeline::load(const PipelineOptions& opts) {
  auto p = std::make_shared<Pipeline>();
  p->opts_ = opts;
  for (const std::string& lang : opts.langs) {
    Stages s;
    auto tok = Tokenizer::load(lang_dir(lang), lang);
    if (!tok.ok()) return tok.status();
    s.tokenizer = *tok;
    if (opts.syntax) {
      auto tagger = Tagger::load(model_path(lang, "tagger", opts.models_dir));
      if (!tagger.ok()) return tagger.status();
      s.tagger = *tagger;
      auto lem = Lemmatizer::load(model_path(lang, "lemmatizer", opts.models_dir));
      if (!lem.ok()) return lem.status();
      s.lemmatizer = *lem;
      auto parser = Parser::load(model_path(lang, "parser", opts.models_dir));
      if (!parser.ok()) return parser.status();
      s.parser = *parser;
    }
    p->langs_[lang] = std::move(s);
  }
  return std::shared_ptr<const Pipeline>(std::move(p));
}

const Pipeline::Stages* Pipeline::stages(const std::string& lang) const {
  auto it = langs_.find(lang);
  return it == langs_.end() ? nullptr : &it->second;
}

Status Pipeline::identify(Doc& doc) const {
  if (!opts_.lang.empty()) doc.lang = opts_.lang;
  if (doc.lang.empty()) {
    LangGuess g = identify_language(doc.text);
    doc.lang = g.lang;
  }
  if (doc.lang.empty()) {
    // No evidence either way (very short or non-linguistic text): fall back to the first
    // loaded language rather than dropping the document.
    doc.lang = opts_.langs.empty() ? "nl" : opts_.langs.front();
  }
  if (!stages(doc.lang))
    return Status(Errc::unsupported, "no models loaded for language '" + doc.lang + "'",
                  {doc.source});
  return Status::Ok();
}

Status Pipeline::syntax(Doc& doc) const {
  const Stages* s = stages(doc.lang);
  if (!s)
    return Status(Errc::unsupported, "no models for language '" + doc.lang + "'", {doc.source});
  if (!opts_.syntax) return Status::Ok();
  if (!doc.has(kUpos)) s->tagger->tag(doc);
  if (!doc.has(kLemmas)) s->lemmatizer->lemmatize(doc);
  if (!doc.has(kHeads)) s->parser->parse(doc);
  return Status::Ok();
}

Status Pipeline::process(Doc& doc) const {
  DYAD_RETURN_IF_ERROR(identify(doc));
  if (!doc.has(kTokens | kSentences)) stages(doc.lang)->tokenizer->tokenize(doc);
  return syntax(doc);
}

}  // namespace dyad
