// dyad lang check: validates the language data folders (see src/lexicon/check.h).
#include <cstdio>
#include <filesystem>
#include <string>

#include "commands.h"
#include "common.h"
#include "flags.h"
#include "lexicon/check.h"
#include "lexicon/petrarch_import.h"
#include "output.h"
#include "util/paths.h"

namespace dyad::cli {

namespace {

int lang_check(const Args& args) {
  Flags flags(
      "lang check",
      "[--lang-dir DIR]...\n\n"
      "Validates every language folder under $DYAD_HOME/lang (or the given ones): columns,\n"
      "required cells, duplicates, unknown codes, dates, UTF-8, the same files and\n"
      "columns in every folder. Prints one line per problem (file:line: message) and a\n"
      "summary. Exit 0 when there are no errors (warnings allowed), 1 on errors.");
  flags.multi("lang-dir", "a language folder to check; default: every folder under $DYAD_HOME/lang")
      .value("iso-json", "Debian iso-codes ISO 3166-1 file (empty: built-in list only)",
             "/usr/share/iso-codes/json/iso_3166-1.json")
      .value("dutch-words", "Dutch word list for adjectives/inhabitants (empty: skip)",
             "/usr/share/dict/dutch")
      .toggle("no-warnings", "print errors only (warnings still counted in the summary)");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (!flags.positional().empty()) {
    report("lang check takes no positional arguments (use --lang-dir DIR)");
    return kExitUsage;
  }
  std::vector<std::string> dirs = flags.all("lang-dir");
  if (dirs.empty()) {
    std::string root = home_dir() + "/lang";
    dirs = lexicon::list_lang_dirs(root);
    if (dirs.empty()) {
      report("no language folders under " + root);
      return kExitInput;
    }
  }
  lexicon::CheckOptions opt;
  opt.iso_json = flags.get("iso-json");
  opt.dutch_words = flags.get("dutch-words");
  lexicon::CheckReport rep = lexicon::check_lang_dirs(dirs, opt);

  std::string out;
  bool quiet = flags.on("no-warnings");
  for (const auto& p : rep.problems)
    if (p.is_error() || !quiet) out += p.to_string() + "\n";
  size_t errors = rep.errors(), warnings = rep.warnings();
  out += "lang check: " + std::to_string(rep.dirs) + " folders, " + std::to_string(rep.files) +
         " files, " + std::to_string(rep.entries) + " entries: " + std::to_string(errors) +
         " errors, " + std::to_string(warnings) + " warnings\n";
  Out::stdout_().write(out);
  return errors > 0 ? kExitInput : kExitOk;
}

int lang_import_petrarch(const Args& args) {
  Flags flags("lang import-petrarch",
              "DIR|FILE... --out OUTDIR [--lang en]\n\n"
              "Converts PETRARCH/TABARI dictionaries (actors, agents, verbs, discards, issues;\n"
              "the kind is told by the file name) into a dyad dictionary folder OUTDIR/<lang>/,\n"
              "used with --lang-dir OUTDIR. What cannot be expressed is listed with its file and\n"
              "line on stderr and in OUTDIR/import-report.txt. Exit 0 when everything was\n"
              "imported (warnings allowed), 1 when lines were left out.");
  flags.value("out", "the folder to write (created when missing)")
      .value("lang", "language folder to write", "en")
      .toggle("quiet", "print the summary only");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (flags.positional().empty() || flags.get("out").empty()) {
    report("lang import-petrarch: give the PETRARCH folder(s) or files and --out OUTDIR");
    return kExitUsage;
  }
  lexicon::petrarch::ImportOptions opt;
  opt.lang = flags.get("lang");
  std::vector<std::string> inputs, files;
  for (const auto& p : flags.positional()) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec))
      files.push_back(p);
    else
      inputs.push_back(p);
  }
  if (!files.empty() && !inputs.empty()) {
    report("lang import-petrarch: give either folders or files");
    return kExitUsage;
  }
  opt.files = files;
  auto rep = lexicon::petrarch::import_petrarch(inputs, flags.get("out"), opt);
  if (!rep.ok()) {
    report(rep.status());
    return kExitInput;
  }
  std::string err;
  size_t errors = 0;
  for (const auto& p : rep->problems) {
    if (p.is_error()) ++errors;
    if (!flags.on("quiet")) err += p.to_string() + "\n";
  }
  std::fputs(std::string(err).c_str(), stderr);
  Out::stdout_().write(rep->summary() + "\nwritten to " + flags.get("out") + "/" + opt.lang +
                       " (report: " + flags.get("out") + "/import-report.txt)\n");
  return errors > 0 ? kExitInput : kExitOk;
}

}  // namespace

int cmd_lang(const Args& args) {
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::string u =
        "usage: dyad lang <subcommand> [options]\n\nsubcommands:\n"
        "  check      validate the language data folders (dyad lang check --help)\n"
        "  import-petrarch  convert PETRARCH dictionaries (dyad lang import-petrarch --help)\n";
    if (args.empty()) {
      std::fputs(u.c_str(), stderr);
      return kExitUsage;
    }
    Out::stdout_().write(u);
    return kExitOk;
  }
  if (args[0] == "check") return lang_check(Args(args.begin() + 1, args.end()));
  if (args[0] == "import-petrarch") return lang_import_petrarch(Args(args.begin() + 1, args.end()));
  report("unknown subcommand 'lang " + args[0] + "' (known: check, import-petrarch)");
  return kExitUsage;
}

}  // namespace dyad::cli
