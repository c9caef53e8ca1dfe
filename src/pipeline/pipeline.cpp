#include "pipeline/pipeline.h"

#include <algorithm>
#include <string_view>

#include "syntax/tagger_text.h"
#include "text/langid.h"
#include "util/paths.h"

namespace dyad {

namespace {

// Below this confidence of identify_language (short headlines and fragments: its cues are
// function words and letter n-grams), the word lists of the loaded taggers decide.
constexpr double kWordListBelow = 0.5;

// The language whose tagger word list holds the most words of `text` that no other loaded
// language's list holds (the form as written or lowercased; the first 200 words), or "" on a
// tie or when fewer than two loaded taggers have a word list. "Police attacked Serb civilians." has
// no function word and no telling n-gram, but four words of wamerican and none of wdutch.
std::string word_list_language(std::string_view text,
                               const std::map<std::string, Pipeline::Stages>& langs) {
  std::vector<std::pair<std::string, const Tagger*>> taggers;
  for (const auto& [lang, st] : langs)
    if (st.tagger && st.tagger->has_word_list()) taggers.emplace_back(lang, st.tagger.get());
  if (taggers.size() < 2) return "";
  std::vector<int> hits(taggers.size(), 0);
  std::string low;
  size_t words = 0;
  auto count = [&](std::string_view w) {
    if (w.empty()) return;
    ++words;
    low.clear();
    syntax_text::to_lower(w, low);
    size_t found = 0, which = 0;
    for (size_t k = 0; k < taggers.size(); ++k)
      if (taggers[k].second->in_word_list(w) ||
          (low != w && taggers[k].second->in_word_list(low))) {
        ++found;
        which = k;
      }
    if (found == 1) ++hits[which];
  };
  size_t start = 0;
  for (size_t i = 0; i <= text.size() && words < 200; ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) continue;
    count(text.substr(start, i - start));
    start = i + 1;
  }
  const auto best = std::max_element(hits.begin(), hits.end());
  if (std::count(hits.begin(), hits.end(), *best) > 1) return "";
  return taggers[best - hits.begin()].first;
}

}  // namespace

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
    if (g.confidence < kWordListBelow) {
      std::string w = word_list_language(doc.text, langs_);
      if (!w.empty()) doc.lang = w;
    }
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
