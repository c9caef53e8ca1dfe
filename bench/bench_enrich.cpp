// Cost of the enrich stage (dates, places, counts) against the whole Engine, on one thread:
// gazetteer load time, then for each file the time of text -> events (Engine without enrich)
// and of Enricher::enrich on the same coded documents, and their ratio.
//   bench_enrich ../shared/bench/nl-news.jsonl ../shared/bench/en-news.jsonl
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "enrich/enricher.h"
#include "enrich/gazetteer.h"
#include "io/reader.h"
#include "lexicon/tsv.h"
#include "pipeline/engine.h"

using namespace dyad;
using Clock = std::chrono::steady_clock;

static double secs(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_enrich FILE.jsonl...\n");
    return 2;
  }
  auto t0 = Clock::now();
  auto text = lexicon::read_file_text(enrich::Gazetteer::default_path());
  if (!text.ok()) {
    std::fprintf(stderr, "%s\n", text.status().to_string().c_str());
    return 1;
  }
  auto g = enrich::Gazetteer::parse(*text, enrich::Gazetteer::default_path());
  auto t1 = Clock::now();
  if (!g.ok()) return 1;
  std::printf("gazetteer load (read + parse): %.3f s, %zu places, %zu names\n", secs(t0, t1),
              (*g)->size(), (*g)->names());
  EngineOptions o;
  o.enrich = false;
  auto engine = Engine::load(o);
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().to_string().c_str());
    return 1;
  }
  auto t2 = Clock::now();
  auto nl = Enricher::load("nl");
  auto en = Enricher::load("en");
  auto t3 = Clock::now();
  if (!nl.ok() || !en.ok()) return 1;
  std::printf("enricher load (both languages, gazetteer included): %.3f s\n", secs(t2, t3));
  for (int a = 1; a < argc; ++a) {
    auto reader = DocReader::open({argv[a]}, ReadOptions{});
    if (!reader.ok()) return 1;
    std::vector<Doc> docs;
    Doc d;
    Status err;
    for (;;) {
      auto n = (*reader)->next(d, err);
      if (n == DocReader::Next::end) break;
      if (n == DocReader::Next::doc) docs.push_back(std::move(d));
      d = Doc{};
    }
    auto p0 = Clock::now();
    for (Doc& doc : docs) (void)(*engine)->process(doc);
    auto p1 = Clock::now();
    size_t events = 0, dated = 0, placed = 0, counted = 0;
    for (Doc& doc : docs) {
      (doc.lang == "nl" ? *nl : *en)->enrich(doc);
      for (const Event& e : doc.events) {
        ++events;
        dated += e.date != doc.date;
        placed += e.place.known();
        counted += e.fatalities >= 0 || e.injured >= 0;
      }
    }
    auto p2 = Clock::now();
    double engine_s = secs(p0, p1), enrich_s = secs(p1, p2);
    std::printf("%s: %zu documents, %zu events (%zu own date, %zu placed, %zu counted)\n", argv[a],
                docs.size(), events, dated, placed, counted);
    std::printf("  text -> events: %.3f s; enrich: %.4f s = %.2f %% of the pipeline\n", engine_s,
                enrich_s, 100.0 * enrich_s / engine_s);
  }
  return 0;
}
