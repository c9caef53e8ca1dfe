// dyad lang check: validates the language data folders (see src/lexicon/check.h).
#include <cstdio>
#include <string>

#include "commands.h"
#include "common.h"
#include "flags.h"
#include "lexicon/check.h"
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

}  // namespace

int cmd_lang(const Args& args) {
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::string u =
        "usage: dyad lang <subcommand> [options]\n\nsubcommands:\n"
        "  check      validate the language data folders (dyad lang check --help)\n";
    if (args.empty()) {
      std::fputs(u.c_str(), stderr);
      return kExitUsage;
    }
    Out::stdout_().write(u);
    return kExitOk;
  }
  if (args[0] == "check") return lang_check(Args(args.begin() + 1, args.end()));
  report("unknown subcommand 'lang " + args[0] + "' (known: check)");
  return kExitUsage;
}

}  // namespace dyad::cli
