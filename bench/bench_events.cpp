// Raw text -> events on one thread: the whole Engine (tokenize, tag, lemmatize, parse, actors,
// events, dates/places/counts), per language, with the events stage alone timed too.
// usage: bench_events FILE.jsonl... (documents with "lang"; see bench/run.sh)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "io/reader.h"
#include "pipeline/engine.h"

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
  auto engine = Engine::load(EngineOptions{});
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().to_string().c_str());
    return 1;
  }
  std::printf("start-up (both languages: models, dictionaries, gazetteer): %.3f s\n", since(t0));
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
      if (n == DocReader::Next::doc) docs.push_back(d);
    }
    // 1. everything, raw text -> events
    size_t tokens = 0, events = 0, sentences = 0;
    t0 = Clock::now();
    for (Doc& doc : docs) {
      if (!(*engine)->process(doc).ok()) continue;
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
      events += doc.events.size();
    }
    double all = since(t0);
    // 2. the events stage alone, on the parsed documents (mentions kept)
    t0 = Clock::now();
    size_t events2 = 0;
    for (Doc& doc : docs) {
      const EventCoder* c = (*engine)->coder(doc.lang);
      if (!c) continue;
      events2 += c->find(doc).size();
    }
    double coder = since(t0);
    std::printf("%s: %zu docs, %zu sentences, %zu tokens, %zu events\n", argv[a], docs.size(),
                sentences, tokens, events);
    std::printf("  raw text -> events (everything): %.2f s, %.0f tokens/s, %.0f sentences/s\n", all,
                tokens / all, sentences / all);
    std::printf("  event coder alone: %.3f s, %.0f tokens/s (%zu events)\n", coder, tokens / coder,
                events2);
  }
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak memory: %.0f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
