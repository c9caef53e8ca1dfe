// Buffered standard output for the CLI. A closed pipe (dyad ... | head) ends the process
// quietly with status 0, as command-line tools are expected to.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "doc/status.h"

namespace dyad::cli {

class Out {
 public:
  static Out& stdout_();
  void write(std::string_view s);
  void flush();
  ~Out();

 private:
  explicit Out(FILE* f) : f_(f) {}
  FILE* f_;
  std::string buf_;
};

// Prints "dyad: <status>" to stderr.
void report(const Status& st);
void report(const std::string& message);

}  // namespace dyad::cli
