// Helpers shared by the syntax unit tests.
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/conllu.h"

namespace dyad::syntax_test {

inline const std::string kTinyNl = std::string(DYAD_TEST_DATA) + "/syntax/tiny-nl.conllu";

// A temporary file path of this test process: ctest runs each test in its own process, in
// parallel, so files shared by name between processes would race.
inline std::string temp_path(const std::string& name) {
  return ::testing::TempDir() + "/dyad-" + std::to_string(getpid()) + "-" + name;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void spit(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

inline std::vector<Doc> read_docs(const std::string& path) {
  auto r = read_conllu_file(path);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  return r.ok() ? r->docs : std::vector<Doc>{};
}

}  // namespace dyad::syntax_test
