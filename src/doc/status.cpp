#include "doc/status.h"

namespace dyad {

const char* errc_name(Errc c) {
  switch (c) {
    case Errc::ok:
      return "ok";
    case Errc::io:
      return "io";
    case Errc::invalid_utf8:
      return "invalid_utf8";
    case Errc::binary_input:
      return "binary_input";
    case Errc::empty_input:
      return "empty_input";
    case Errc::too_large:
      return "too_large";
    case Errc::parse:
      return "parse";
    case Errc::model:
      return "model";
    case Errc::data:
      return "data";
    case Errc::usage:
      return "usage";
    case Errc::not_found:
      return "not_found";
    case Errc::unsupported:
      return "unsupported";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  std::string s;
  if (!where_.file.empty()) {
    s += where_.file;
    if (where_.line) {
      s.push_back(':');
      s.append(std::to_string(where_.line));
    }
    s += ": ";
  }
  if (where_.has_byte) {
    s.append("byte ");
    s.append(std::to_string(where_.byte));
    s.append(": ");
  }
  s += message_;
  s += " [";
  s += errc_name(code_);
  s += "]";
  return s;
}

}  // namespace dyad
