// Throughput of each stage on one thread, start-up time and peak memory.
// usage: bench_syntax FILE.jsonl... (documents with "lang"; see bench/run.sh)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "actors/matcher.h"
#include "io/reader.h"
#include "pipeline/pipeline.h"
#include "text/langid.h"
#include "util/paths.h"

using namespace dyad;
using Clock = std::chrono::steady_clock;

static double since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.jsonl...\n", argv[0]);
    return 2;
  }
  auto t0 = Clock::now();
  auto pipeline = Pipeline::load(PipelineOptions{});
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().to_string().c_str());
    return 1;
  }
  double startup = since(t0);
  std::printf("start-up (both languages, all models): %.3f s\n", startup);
  t0 = Clock::now();
  std::map<std::string, std::shared_ptr<const ActorMatcher>> matchers;
  for (const char* lang : {"nl", "en"}) {
    auto m = ActorMatcher::load(lang_dir(lang));
    if (!m.ok()) {
      std::fprintf(stderr, "%s\n", m.status().to_string().c_str());
      return 1;
    }
    matchers[lang] = *m;
  }
  std::printf("actor dictionaries (both languages): %.3f s\n", since(t0));

  for (int a = 1; a < argc; ++a) {
    auto reader = DocReader::open({argv[a]}, ReadOptions{});
    if (!reader.ok()) {
      std::fprintf(stderr, "%s\n", reader.status().to_string().c_str());
      return 1;
    }
    std::vector<Doc> docs;
    Doc d;
    Status err;
    for (;;) {
      auto n = (*reader)->next(d, err);
      if (n == DocReader::Next::end) break;
      if (n == DocReader::Next::doc) docs.push_back(std::move(d));
    }
    double t_id = 0, t_tok = 0, t_tag = 0, t_lem = 0, t_parse = 0, t_act = 0;
    size_t mentions = 0;
    size_t tokens = 0, sentences = 0, bytes = 0;
    for (Doc& doc : docs) {
      bytes += doc.text.size();
      // Language identification is timed on every document, even those whose JSON gives "lang".
      auto t = Clock::now();
      LangGuess guess = identify_language(doc.text);
      t_id += since(t);
      if (doc.lang.empty()) doc.lang = guess.lang;
      if (!(*pipeline)->identify(doc).ok()) continue;
      const auto* st = (*pipeline)->stages(doc.lang);
      t = Clock::now();
      st->tokenizer->tokenize(doc);
      t_tok += since(t);
      t = Clock::now();
      st->tagger->tag(doc);
      t_tag += since(t);
      t = Clock::now();
      st->lemmatizer->lemmatize(doc);
      t_lem += since(t);
      t = Clock::now();
      st->parser->parse(doc);
      t_parse += since(t);
      t = Clock::now();
      matchers.at(doc.lang)->assign(doc);
      t_act += since(t);
      mentions += doc.mentions.size();
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    double syntax = t_tag + t_lem + t_parse;
    auto rate = [&](double s) { return s > 0 ? tokens / s : 0.0; };
    std::printf("\n%s: %zu documents, %zu sentences, %zu tokens, %.1f MB\n", argv[a], docs.size(),
                sentences, tokens, bytes / 1e6);
    std::printf("  %-34s %12.0f tokens/s\n", "language identification", rate(t_id));
    std::printf("  %-34s %12.0f tokens/s\n", "tokenization + sentence splitting", rate(t_tok));
    std::printf("  %-34s %12.0f tokens/s\n", "tagging (UPOS, XPOS, FEATS)", rate(t_tag));
    std::printf("  %-34s %12.0f tokens/s\n", "lemmatization", rate(t_lem));
    std::printf("  %-34s %12.0f tokens/s\n", "parsing", rate(t_parse));
    std::printf("  %-34s %12.0f tokens/s\n", "tag + lemma + parse", rate(syntax));
    std::printf("  %-34s %12.0f tokens/s\n", "raw text -> trees (all stages)",
                rate(syntax + t_tok + t_id));
    std::printf("  %-34s %12.0f tokens/s (%zu mentions, %.1f %% of the syntax stage's time)\n",
                "actor mentions", rate(t_act), mentions, syntax > 0 ? 100 * t_act / syntax : 0.0);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("\npeak memory (max RSS): %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
