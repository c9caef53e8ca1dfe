#include "output.h"

#include <unistd.h>
#include <cerrno>
#include <cstdlib>

namespace dyad::cli {

Out& Out::stdout_() {
  static Out out(stdout);
  return out;
}

void Out::write(std::string_view s) {
  buf_.append(s);
  if (buf_.size() >= (1u << 16)) flush();
}

void Out::flush() {
  size_t off = 0;
  while (off < buf_.size()) {
    ssize_t n = ::write(fileno(f_), buf_.data() + off, buf_.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) std::_Exit(0);  // the reader went away: stop quietly
      std::fprintf(stderr, "dyad: write error on standard output\n");
      std::_Exit(1);
    }
    off += static_cast<size_t>(n);
  }
  buf_.clear();
}

Out::~Out() {
  flush();
}

void report(const Status& st) {
  std::fprintf(stderr, "dyad: %s\n", st.to_string().c_str());
}
void report(const std::string& message) {
  std::fprintf(stderr, "dyad: %s\n", message.c_str());
}

}  // namespace dyad::cli
