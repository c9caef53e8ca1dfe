// Helpers shared by the text-stage tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "text/tokenizer.h"
#include "util/paths.h"

namespace dyad::testing {

// The tokenizer for `lang`, loaded once per process from lang/<lang>/ under DYAD_HOME.
inline const Tokenizer& tokenizer(const std::string& lang) {
  static std::shared_ptr<const Tokenizer> nl, en;
  auto& slot = lang == "nl" ? nl : en;
  if (!slot) {
    auto r = Tokenizer::load(lang_dir(lang), lang);
    if (!r.ok()) throw std::runtime_error("cannot load tokenizer: " + r.status().to_string());
    slot = *r;
  }
  return *slot;
}

inline Doc tokenize(const std::string& lang, const std::string& text) {
  Doc d;
  d.text = text;
  d.lang = lang;
  tokenizer(lang).tokenize(d);
  return d;
}

inline std::vector<std::string> forms(const Doc& d) {
  std::vector<std::string> out;
  for (const auto& t : d.tokens) out.push_back(t.form);
  return out;
}

// Sentences as their text slices.
inline std::vector<std::string> sentences(const Doc& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.slice(s.start, s.end));
  return out;
}

inline bool has_token(const Doc& d, const std::string& form) {
  for (const auto& t : d.tokens)
    if (t.form == form) return true;
  return false;
}

// ../shared, from the environment (DYAD_SHARED) or the build (DYAD_SHARED_DIR); "" if absent.
inline std::string shared_dir() {
  const char* env = std::getenv("DYAD_SHARED");
  std::string dir = env && *env ? env : "";
#ifdef DYAD_SHARED_DIR
  if (dir.empty()) dir = DYAD_SHARED_DIR;
#endif
  if (dir.empty()) return "";
  std::error_code ec;
  return std::filesystem::is_directory(dir, ec) ? dir : "";
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::testing
