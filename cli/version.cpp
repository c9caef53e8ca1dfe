#include <sys/stat.h>

#include "commands.h"
#include "common.h"
#include "flags.h"
#include "output.h"
#include "util/paths.h"

namespace dyad::cli {

int cmd_version(const Args& args) {
  Flags flags("version", "");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  std::string s = std::string("dyad ") + DYAD_VERSION + "\nhome: " + home_dir() + "\n";
  for (const char* lang : {"nl", "en"}) {
    for (const char* kind : {"tagger", "lemmatizer", "parser"}) {
      std::string p = model_path(lang, kind);
      struct stat sb;
      s += std::string("model ") + lang + "/" + kind + ": ";
      s += ::stat(p.c_str(), &sb) == 0 ? p + " (" + std::to_string(sb.st_size) + " bytes)"
                                       : "missing";
      s += "\n";
    }
  }
  Out::stdout_().write(s);
  return kExitOk;
}

}  // namespace dyad::cli
