#include "util/paths.h"

#include <cstdlib>

namespace dyad {

std::string home_dir() {
  const char* env = std::getenv("DYAD_HOME");
  if (env && *env) return env;
#ifdef DYAD_DEFAULT_HOME
  return DYAD_DEFAULT_HOME;
#else
  return ".";
#endif
}

std::string model_path(const std::string& lang, const std::string& kind,
                       const std::string& models_dir) {
  std::string root = models_dir.empty() ? home_dir() + "/models" : models_dir;
  return root + "/" + lang + "/" + kind + ".bin";
}

std::string lang_dir(const std::string& lang) {
  return home_dir() + "/lang/" + lang;
}

}  // namespace dyad
