// Where dyad finds its data: DYAD_HOME (environment) or the source tree it was built from.
#pragma once

#include <string>

namespace dyad {

// The data root holding models/ and lang/.
std::string home_dir();
// models/<lang>/<kind>.bin under home_dir() (or under `models_dir` when not empty).
std::string model_path(const std::string& lang, const std::string& kind,
                       const std::string& models_dir = "");
// lang/<lang>/ under home_dir().
std::string lang_dir(const std::string& lang);

}  // namespace dyad
