// A small strict JSON parser (for JSON Lines input) and a JSON writer (for every JSON output).
//
// Parsing follows RFC 8259 strictly: no comments, no trailing commas, no NaN, no single quotes,
// no control characters inside strings, no lone surrogates in \u escapes, valid UTF-8 only.
// Errors are Status(Errc::parse) with the 0-based byte offset of the problem in the input
// (Location::byte, has_byte = true); the caller adds file and line.
//
// Writing appends to a std::string the caller owns. Strings are always emitted as valid UTF-8:
// invalid bytes in the input become U+FFFD, so the output of JsonWriter is always valid JSON.
#pragma once

#include <concepts>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "doc/status.h"

namespace dyad::json {

// A parsed JSON value. Objects keep their members in input order (duplicates are kept too;
// find() returns the last one, as JavaScript does).
struct Value {
  enum class Type : uint8_t { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string str;  // a string's decoded UTF-8, or a number's source text (e.g. "12", "1e3")
  std::vector<Value> items;                            // array elements
  std::vector<std::pair<std::string, Value>> members;  // object members

  bool is_null() const { return type == Type::null; }
  bool is_bool() const { return type == Type::boolean; }
  bool is_number() const { return type == Type::number; }
  bool is_string() const { return type == Type::string; }
  bool is_array() const { return type == Type::array; }
  bool is_object() const { return type == Type::object; }
  // The member named `key` of an object (the last one when repeated), or nullptr.
  const Value* find(std::string_view key) const;
};

// Parses exactly one JSON value from `s` (surrounding whitespace allowed, nothing else).
// Nesting deeper than `max_depth` is an error (guards the stack).
Status parse(std::string_view s, Value& out, int max_depth = 64);

// Parses a JSON object but stores only the members whose names are in `keys`: `out[i]` receives
// the value of `keys[i]` (its type stays null when absent; the last one wins when repeated).
// Every other member is validated and skipped without building it: the fast path for readers
// that need a few fields of large lines. It is an error when `s` is not one JSON object.
Status parse_object_fields(std::string_view s, std::span<const std::string_view> keys,
                           std::span<Value> out, int max_depth = 64);

// Appends `s` as a quoted JSON string. Quotes, backslashes and control characters are escaped
// (\n \t \r \b \f, others as \u00XX); U+2028/U+2029 are escaped too (safe inside JavaScript);
// other non-ASCII characters are written as UTF-8; each invalid UTF-8 byte becomes U+FFFD.
void append_string(std::string& out, std::string_view s);
// The same, returned.
std::string quote(std::string_view s);

// Streaming writer with automatic commas:
//   std::string out; json::Writer w(out);
//   w.begin_object().key("id").value("a1").key("n").value(3).end_object();
// Calls must be well nested (object members alternate key()/value); the writer does not check.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  Writer& begin_object();
  Writer& end_object();
  Writer& begin_array();
  Writer& end_array();
  Writer& key(std::string_view k);

  Writer& value(std::string_view s);
  Writer& value(const char* s) { return value(std::string_view(s)); }
  Writer& value(const std::string& s) { return value(std::string_view(s)); }
  Writer& value(bool b);
  template <std::integral T>
  requires(!std::same_as<T, bool>) Writer& value(T v) {
    if constexpr (std::is_signed_v<T>)
      return int_value(static_cast<int64_t>(v));
    else
      return uint_value(static_cast<uint64_t>(v));
  }
  Writer& value(double d);  // shortest round-trip form; NaN and infinities are written as null
  Writer& null();
  // A string, or null when it is empty (optional fields of records).
  Writer& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }
  // Inserts already serialized JSON (must be one valid value) as the next value.
  Writer& raw(std::string_view json);

  // Convenience: key + value.
  template <class T>
  Writer& member(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

 private:
  Writer& int_value(int64_t v);
  Writer& uint_value(uint64_t v);
  void before_value();
  std::string& out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace dyad::json
