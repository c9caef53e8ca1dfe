// Error codes and results. The library never prints or exits: every fallible call returns a
// Status or a Result<T>, and only the CLI decides what to print and which exit code to use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dyad {

// Stable error codes: their names and numbers are part of the API (see ARCHITECTURE.md).
enum class Errc : int {
  ok = 0,
  io = 1,            // a file or stream could not be opened, read or written
  invalid_utf8 = 2,  // input is not valid UTF-8
  binary_input = 3,  // input looks binary (NUL bytes or many control characters)
  empty_input = 4,   // nothing to process
  too_large = 5,     // input exceeds a configured limit
  parse = 6,         // malformed structured input (JSON, CoNLL-U, header)
  model = 7,         // a model file is missing, of an unknown format or version, or corrupt
  data = 8,          // language data or dictionary error
  usage = 9,         // invalid arguments or options
  not_found = 10,    // a named thing does not exist
  unsupported = 11,  // valid but not supported (e.g. an unknown language)
};

const char* errc_name(Errc c);

// Where an error happened: a file (or "<stdin>"), a 1-based line and a 0-based byte offset.
struct Location {
  std::string file;
  uint64_t line = 0;  // 0 = unknown
  uint64_t byte = 0;
  bool has_byte = false;
};

class Status {
 public:
  Status() = default;
  Status(Errc code, std::string message, Location where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == Errc::ok; }
  explicit operator bool() const { return ok(); }
  Errc code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }
  Status& at(Location where) {
    where_ = std::move(where);
    return *this;
  }
  // "file:line: byte N: message [code]"
  std::string to_string() const;

 private:
  Errc code_ = Errc::ok;
  std::string message_;
  Location where_;
};

// A value or an error.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Status error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<1>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

#define DYAD_RETURN_IF_ERROR(expr) \
  do {                             \
    ::dyad::Status _st = (expr);   \
    if (!_st.ok()) return _st;     \
  } while (0)

}  // namespace dyad
