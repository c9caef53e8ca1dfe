#include "io/json.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "util/utf8.h"

namespace dyad::json {
namespace {

// Recursive-descent parser over a string_view. `store == nullptr` means validate and skip.
class Parser {
 public:
  Parser(std::string_view s, int max_depth) : s_(s), max_depth_(max_depth) {}

  bool failed() const { return !err_.empty(); }
  Status status() const {
    if (err_.empty()) return Status::Ok();
    Location loc;
    loc.byte = err_at_;
    loc.has_byte = true;
    return Status(Errc::parse, err_, loc);
  }

  void ws() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        ++i_;
      else
        break;
    }
  }
  bool at_end() {
    ws();
    return i_ == s_.size();
  }
  size_t pos() const { return i_; }

  bool fail(std::string msg, size_t at) {
    if (err_.empty()) {
      err_ = std::move(msg);
      err_at_ = at;
    }
    return false;
  }

  bool value(Value* out, int depth) {
    ws();
    if (i_ >= s_.size()) return fail("unexpected end of input, expected a value", i_);
    char c = s_[i_];
    switch (c) {
      case '{':
        return object(out, depth, {}, {});
      case '[':
        return array(out, depth);
      case '"': {
        if (out) {
          out->type = Value::Type::string;
          out->str.clear();
          return string(&out->str);
        }
        return string(nullptr);
      }
      case 't':
        return literal("true", out, Value::Type::boolean, true);
      case 'f':
        return literal("false", out, Value::Type::boolean, false);
      case 'n':
        return literal("null", out, Value::Type::null, false);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number(out);
        return fail(std::string("unexpected character '") + printable(c) + "'", i_);
    }
  }

  // Parses an object. When `keys` is not empty, only members named in `keys` are stored, into
  // `outs`; the others are skipped (and `out` is ignored).
  bool object(Value* out, int depth, std::span<const std::string_view> keys,
              std::span<Value> outs) {
    if (depth >= max_depth_) return fail("nesting too deep", i_);
    ++i_;  // '{'
    if (out) {
      out->type = Value::Type::object;
      out->members.clear();
    }
    ws();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    std::string name;
    for (;;) {
      ws();
      if (i_ >= s_.size() || s_[i_] != '"')
        return fail(i_ >= s_.size() ? "unexpected end of input, expected a member name"
                                    : "expected a member name in double quotes",
                    i_);
      name.clear();
      if (!string(&name)) return false;
      ws();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':' after member name", i_);
      ++i_;
      if (!keys.empty()) {
        Value* slot = nullptr;
        for (size_t k = 0; k < keys.size(); ++k)
          if (keys[k] == name) slot = &outs[k];
        if (slot) *slot = Value();
        if (!value(slot, depth + 1)) return false;
      } else if (out) {
        out->members.emplace_back(name, Value());
        if (!value(&out->members.back().second, depth + 1)) return false;
      } else {
        if (!value(nullptr, depth + 1)) return false;
      }
      ws();
      if (i_ >= s_.size()) return fail("unexpected end of input inside an object", i_);
      if (s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (s_[i_] == '}') {
        ++i_;
        return true;
      }
      return fail("expected ',' or '}' in object", i_);
    }
  }

 private:
  static std::string printable(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F) {
      char buf[8];
      static const char* hex = "0123456789abcdef";
      buf[0] = '\\';
      buf[1] = 'x';
      buf[2] = hex[u >> 4];
      buf[3] = hex[u & 15];
      return std::string(buf, 4);
    }
    return std::string(1, c);
  }

  bool array(Value* out, int depth) {
    if (depth >= max_depth_) return fail("nesting too deep", i_);
    ++i_;  // '['
    if (out) {
      out->type = Value::Type::array;
      out->items.clear();
    }
    ws();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    for (;;) {
      if (out) {
        out->items.emplace_back();
        if (!value(&out->items.back(), depth + 1)) return false;
      } else if (!value(nullptr, depth + 1)) {
        return false;
      }
      ws();
      if (i_ >= s_.size()) return fail("unexpected end of input inside an array", i_);
      if (s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (s_[i_] == ']') {
        ++i_;
        return true;
      }
      return fail("expected ',' or ']' in array", i_);
    }
  }

  bool literal(std::string_view word, Value* out, Value::Type type, bool b) {
    if (s_.substr(i_, word.size()) != word) return fail("invalid literal", i_);
    i_ += word.size();
    if (out) {
      out->type = type;
      out->boolean = b;
    }
    return true;
  }

  bool number(Value* out) {
    size_t start = i_;
    auto digit = [&](size_t k) { return k < s_.size() && s_[k] >= '0' && s_[k] <= '9'; };
    if (s_[i_] == '-') ++i_;
    if (!digit(i_)) return fail("invalid number", start);
    if (s_[i_] == '0') {
      ++i_;
      if (digit(i_)) return fail("invalid number (leading zero)", start);
    } else {
      while (digit(i_)) ++i_;
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digit(i_)) return fail("invalid number (digit expected after '.')", start);
      while (digit(i_)) ++i_;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digit(i_)) return fail("invalid number (digit expected in exponent)", start);
      while (digit(i_)) ++i_;
    }
    if (out) {
      out->type = Value::Type::number;
      out->str.assign(s_.substr(start, i_ - start));
      // strtod needs a terminated string; the text is already validated JSON number syntax.
      out->number = std::strtod(out->str.c_str(), nullptr);
    }
    return true;
  }

  bool hex4(uint32_t& v) {
    if (i_ + 4 > s_.size()) return fail("truncated \\u escape", i_);
    v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_ + k];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        return fail("invalid hex digit in \\u escape", i_ + k);
    }
    i_ += 4;
    return true;
  }

  // Parses a string at s_[i_] == '"' and appends its decoded value to *out (when not null).
  bool string(std::string* out) {
    size_t open = i_;
    ++i_;
    for (;;) {
      // Copy a run of plain bytes at once.
      size_t run = i_;
      while (i_ < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[i_]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++i_;
      }
      if (out && i_ > run) out->append(s_.data() + run, i_ - run);
      if (i_ >= s_.size()) return fail("unterminated string", open);
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return fail("control character in string (must be escaped)", i_);
      if (c >= 0x80) {
        size_t at = i_;
        bool ok = true;
        utf8::decode(s_, i_, &ok);
        if (!ok) return fail("invalid UTF-8 in string", at);
        if (out) out->append(s_.data() + at, i_ - at);
        continue;
      }
      // Backslash escape.
      size_t esc = i_;
      ++i_;
      if (i_ >= s_.size()) return fail("unterminated escape", esc);
      char e = s_[i_++];
      char plain = 0;
      switch (e) {
        case '"':
          plain = '"';
          break;
        case '\\':
          plain = '\\';
          break;
        case '/':
          plain = '/';
          break;
        case 'b':
          plain = '\b';
          break;
        case 'f':
          plain = '\f';
          break;
        case 'n':
          plain = '\n';
          break;
        case 'r':
          plain = '\r';
          break;
        case 't':
          plain = '\t';
          break;
        case 'u': {
          uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("lone low surrogate in \\u escape", esc);
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i_ + 1 >= s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u')
              return fail("high surrogate not followed by a low surrogate", esc);
            i_ += 2;
            uint32_t lo = 0;
            if (!hex4(lo)) return false;
            if (lo < 0xDC00 || lo > 0xDFFF)
              return fail("high surrogate not followed by a low surrogate", esc);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          if (out) utf8::append(*out, static_cast<char32_t>(cp));
          continue;
        }
        default:
          return fail(std::string("invalid escape '\\") + printable(e) + "'", esc);
      }
      if (out) out->push_back(plain);
    }
  }

  std::string_view s_;
  size_t i_ = 0;
  int max_depth_;
  std::string err_;
  size_t err_at_ = 0;
};

}  // namespace

const Value* Value::find(std::string_view key) const {
  for (size_t k = members.size(); k-- > 0;)
    if (members[k].first == key) return &members[k].second;
  return nullptr;
}

Status parse(std::string_view s, Value& out, int max_depth) {
  Parser p(s, max_depth);
  out = Value();
  if (p.value(&out, 0) && !p.at_end()) p.fail("unexpected data after the JSON value", p.pos());
  return p.status();
}

Status parse_object_fields(std::string_view s, std::span<const std::string_view> keys,
                           std::span<Value> out, int max_depth) {
  for (auto& v : out) v = Value();
  Parser p(s, max_depth);
  p.ws();
  if (p.at_end()) {
    p.fail("empty input, expected a JSON object", p.pos());
  } else if (s[p.pos()] != '{') {
    p.fail("expected a JSON object ('{')", p.pos());
  } else if (keys.empty()) {
    if (p.object(nullptr, 0, {}, {}) && !p.at_end())
      p.fail("unexpected data after the JSON object", p.pos());
  } else {
    if (p.object(nullptr, 0, keys, out.first(keys.size())) && !p.at_end())
      p.fail("unexpected data after the JSON object", p.pos());
  }
  return p.status();
}

// ---- writing ----

void append_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out.push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // Copy a run of bytes that need no escaping.
    size_t run = i;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++i;
    }
    out.append(s.data() + run, i - run);
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t at = i;
      bool ok = true;
      char32_t cp = utf8::decode(s, i, &ok);
      if (!ok) {
        out += "\xEF\xBF\xBD";  // U+FFFD for each invalid byte
      } else if (cp == 0x2028 || cp == 0x2029) {
        out += cp == 0x2028 ? "\\u2028" : "\\u2029";
      } else {
        out.append(s.data() + at, i - at);
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default: {
        char buf[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(buf, 6);
      }
    }
  }
  out.push_back('"');
}

std::string quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_string(out, s);
  return out;
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
  }
}

Writer& Writer::begin_object() {
  before_value();
  out_.push_back('{');
  first_.push_back(true);
  return *this;
}

Writer& Writer::end_object() {
  out_.push_back('}');
  if (!first_.empty()) first_.pop_back();
  return *this;
}

Writer& Writer::begin_array() {
  before_value();
  out_.push_back('[');
  first_.push_back(true);
  return *this;
}

Writer& Writer::end_array() {
  out_.push_back(']');
  if (!first_.empty()) first_.pop_back();
  return *this;
}

Writer& Writer::key(std::string_view k) {
  before_value();
  append_string(out_, k);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}

Writer& Writer::value(std::string_view s) {
  before_value();
  append_string(out_, s);
  return *this;
}

Writer& Writer::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

Writer& Writer::int_value(int64_t v) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
  return *this;
}

Writer& Writer::uint_value(uint64_t v) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
  return *this;
}

Writer& Writer::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    out_ += "null";
    return *this;
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  out_.append(buf, r.ptr);
  return *this;
}

Writer& Writer::null() {
  before_value();
  out_ += "null";
  return *this;
}

Writer& Writer::raw(std::string_view json) {
  before_value();
  out_ += json;
  return *this;
}

}  // namespace dyad::json
