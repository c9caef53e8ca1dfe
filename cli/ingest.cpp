// dyad ingest: a corpus -> the SQLite store, on all cores, with progress, resumable.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "commands.h"
#include "common.h"
#include "output.h"
#include "store/ingest.h"

namespace dyad::cli {
namespace {

bool ends_with(const std::string& s, const char* suffix) {
  std::string_view x(suffix);
  return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// Documents in one file for the ETA: JSON Lines count their non-blank lines, text files are one
// document; -1 when unknown (gzip, CoNLL-U).
int64_t docs_in_file(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  if (ends_with(name, ".gz") || ends_with(name, ".conllu") || ends_with(name, ".conll")) return -1;
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") || ends_with(name, ".json")) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return -1;
    int64_t n = 0;
    std::string line;
    while (std::getline(in, line))
      if (line.find_first_not_of(" \t\r") != std::string::npos) ++n;
    return n;
  }
  return 1;
}

int64_t expected_docs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  if (inputs.empty()) return -1;
  int64_t total = 0;
  for (const std::string& in : inputs) {
    if (in == "-") return -1;
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file()) continue;
        int64_t n = docs_in_file(it->path());
        if (n < 0) return -1;
        total += n;
      }
    } else if (fs::is_regular_file(in, ec)) {
      int64_t n = docs_in_file(in);
      if (n < 0) return -1;
      total += n;
    }
  }
  return total;
}

std::string duration(double s) {
  int t = static_cast<int>(s + 0.5);
  char buf[32];
  if (t >= 3600)
    std::snprintf(buf, sizeof buf, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
  else
    std::snprintf(buf, sizeof buf, "%d:%02d", t / 60, t % 60);
  return buf;
}

std::string progress_text(const store::IngestProgress& p) {
  double tps = p.seconds > 0 ? static_cast<double>(p.tokens) / p.seconds : 0;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%lld docs, %lld events, %.0f tokens/s",
                static_cast<long long>(p.docs), static_cast<long long>(p.events), tps);
  std::string s = buf;
  if (p.errors) s += ", " + std::to_string(p.errors) + " bad";
  if (p.unchanged) s += ", " + std::to_string(p.unchanged) + " unchanged";
  if (p.expected_docs > 0 && p.docs > 0 && !p.done) {
    double rest = static_cast<double>(std::max<int64_t>(0, p.expected_docs - p.docs));
    s += ", ETA " + duration(rest * p.seconds / static_cast<double>(p.docs));
  }
  s += ", " + duration(p.seconds);
  return s;
}

void draw_bar(const store::IngestProgress& p) {
  std::string line;
  if (p.expected_docs > 0) {
    double f = std::min(1.0, static_cast<double>(p.docs) / static_cast<double>(p.expected_docs));
    int filled = static_cast<int>(f * 30);
    line.assign(1, '[');
    line.append(static_cast<size_t>(filled), '#');
    line.append(static_cast<size_t>(30 - filled), ' ');
    line.append("] ");
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3.0f%% ", f * 100);
    line += pct;
  }
  line += progress_text(p);
  std::fprintf(stderr, "\r\033[K%s%s", line.c_str(), p.done ? "\n" : "");
  std::fflush(stderr);
}

}  // namespace

int cmd_ingest(const Args& args) {
  Flags flags("ingest", "--db FILE.sqlite [options] [FILE|DIR|-]...");
  add_input_flags(flags);
  add_pipeline_flags(flags);
  flags.value("db", "the store to create or add to (SQLite file)")
      .value("threads", "worker threads (default: all cores)")
      .value("batch", "documents per transaction", "64")
      .value("window",
             "deduplication date window in days, used when the store is created (default 1)")
      .value("progress",
             "progress display: auto (a bar on a terminal, else lines), bar, lines, "
             "none",
             "auto");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  const std::string db = flags.get("db");
  if (db.empty()) {
    report("ingest: --db FILE.sqlite is required");
    return kExitUsage;
  }
  int threads = flags.get_int("threads", static_cast<int>(std::thread::hardware_concurrency()));
  if (threads < 1) threads = 1;
  std::string mode = flags.get("progress");
  if (mode == "auto") mode = isatty(fileno(stderr)) ? "bar" : "lines";
  if (mode != "bar" && mode != "lines" && mode != "none") {
    report("ingest: unknown --progress '" + mode + "' (auto, bar, lines, none)");
    return kExitUsage;
  }

  store::StoreOptions so;
  so.cluster_window_days = flags.get_int("window", 1);
  auto st = store::Store::open(db, store::Store::Mode::write, so);
  if (!st.ok()) {
    report(st.status());
    return kExitInput;
  }
  if (flags.given("window") && (*st)->cluster_window_days() != so.cluster_window_days) {
    report("ingest: this store deduplicates with a window of " +
           std::to_string((*st)->cluster_window_days()) + " days (--window applies to new stores)");
    return kExitUsage;
  }
  auto engine = Engine::load(engine_options(flags));
  if (!engine.ok()) {
    report(engine.status());
    return kExitInput;
  }
  auto reader = DocReader::open(flags.positional(), read_options(flags));
  if (!reader.ok()) {
    report(reader.status());
    return kExitInput;
  }

  store::IngestOptions io;
  io.threads = threads;
  io.batch_docs = std::max(1, flags.get_int("batch", 64));
  if (mode != "none") io.expected_docs = expected_docs(flags.positional());
  if (mode == "bar") {
    io.progress_seconds = 0.2;
    io.progress = draw_bar;
  } else if (mode == "lines") {
    io.progress_seconds = 5;
    io.progress = [](const store::IngestProgress& p) {
      std::fprintf(stderr, "ingest: %s\n", progress_text(p).c_str());
    };
  }
  int reported = 0;
  io.on_error = [&](const Status& e) {
    if (++reported <= 20) {
      if (mode == "bar") std::fprintf(stderr, "\r\033[K");
      report(e);
    } else if (reported == 21) {
      report("ingest: more bad documents; all are recorded in the store's errors table");
    }
  };
  const Engine& eng = **engine;
  auto stats = store::ingest(
      **st, **reader, [&](Doc& d) { return eng.process(d); }, io);
  if (!stats.ok()) {
    report(stats.status());
    return kExitInput;
  }
  auto counts = (*st)->counts();
  const auto& s = *stats;
  std::fprintf(stderr,
               "ingest: %lld documents: %lld added, %lld replaced, %lld unchanged, %lld bad "
               "(%lld new); %lld events, %lld tokens in %.2f s (%.0f tokens/s, %d threads)\n",
               static_cast<long long>(s.docs), static_cast<long long>(s.added),
               static_cast<long long>(s.replaced), static_cast<long long>(s.unchanged),
               static_cast<long long>(s.errors), static_cast<long long>(s.errors_new),
               static_cast<long long>(s.events), static_cast<long long>(s.tokens), s.seconds,
               s.seconds > 0 ? static_cast<double>(s.tokens) / s.seconds : 0.0, threads);
  if (counts.ok())
    std::fprintf(stderr,
                 "store %s: %lld documents, %lld events, %lld clusters, %lld actor mentions, "
                 "%lld errors\n",
                 db.c_str(), static_cast<long long>(counts->documents),
                 static_cast<long long>(counts->events), static_cast<long long>(counts->clusters),
                 static_cast<long long>(counts->actors), static_cast<long long>(counts->errors));
  return s.errors ? kExitInput : kExitOk;
}

}  // namespace dyad::cli
