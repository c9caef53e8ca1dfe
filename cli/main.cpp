// dyad: who did what to whom, from news text. This file only dispatches to subcommands.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"
#include "output.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const dyad::cli::Args&);
};

const Command kCommands[] = {
    {"actors", "text -> actor mentions with CAMEO-style codes (JSONL or TSV)",
     dyad::cli::cmd_actors},
    {"annotate", "text -> sentences, tokens, tags, lemmas, trees (CoNLL-U)",
     dyad::cli::cmd_annotate},
    {"code", "text -> events: who did what to whom, CAMEO and PLOVER (JSONL or TSV)",
     dyad::cli::cmd_code},
    {"export", "store -> GDELT 2.0 TSV, PLOVER JSON, CSV or GraphML", dyad::cli::cmd_export},
    {"eval", "score against gold data: eval syntax|segment|actors|events|petrarch",
     dyad::cli::cmd_eval},
    {"ingest", "corpus -> SQLite store (events, clusters), resumable, on all cores",
     dyad::cli::cmd_ingest},
    {"lang", "language data: lang check | import-petrarch", dyad::cli::cmd_lang},
    {"query", "filter and aggregate the events of a store (table, CSV, JSONL)",
     dyad::cli::cmd_query},
    {"train", "train a model: train tagger|lemmatizer|parser", dyad::cli::cmd_train},
    {"version", "print version and model information", dyad::cli::cmd_version},
};

void usage(FILE* f) {
  std::fprintf(
      f,
      "usage: dyad <command> [options] [files...]\n\n"
      "Reads stdin and writes stdout by default. Exit codes: 0 ok, 1 input or data error,\n"
      "2 usage error. 'dyad <command> --help' describes a command.\n\ncommands:\n");
  for (const auto& c : kCommands) std::fprintf(f, "  %-10s %s\n", c.name, c.summary);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // EPIPE is handled by Out: a closed pipe exits quietly
  if (argc < 2) {
    usage(stderr);
    return dyad::cli::kExitUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    usage(stdout);
    return dyad::cli::kExitOk;
  }
  if (cmd == "--version") cmd = "version";
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : kCommands) {
    if (cmd == c.name) {
      int rc = c.run(args);
      dyad::cli::Out::stdout_().flush();
      return rc;
    }
  }
  std::fprintf(stderr, "dyad: unknown command '%s'\n", cmd.c_str());
  usage(stderr);
  return dyad::cli::kExitUsage;
}
