// UTF-8 helpers: validation with the offset of the first bad byte, and code point decoding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::utf8 {

// Decodes one code point at s[i]; advances i. Returns 0xFFFD (and advances one byte) on an
// invalid sequence; `*valid` (if given) is set to false then.
inline char32_t decode(std::string_view s, size_t& i, bool* valid = nullptr) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  auto bad = [&]() -> char32_t {
    if (valid) *valid = false;
    ++i;
    return 0xFFFD;
  };
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len;
  char32_t cp;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
    if (c < 0xC2) return bad();
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return bad();
  }
  if (i + len > n) return bad();
  for (int k = 1; k < len; ++k) {
    unsigned char cc = p[i + k];
    if ((cc & 0xC0) != 0x80) return bad();
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return bad();
  i += len;
  return cp;
}

// Returns the byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
inline size_t find_invalid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t at = i;
    bool ok = true;
    decode(s, i, &ok);
    if (!ok) return at;
  }
  return std::string_view::npos;
}

inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Number of code points (invalid bytes count one each).
inline size_t length(std::string_view s) {
  size_t i = 0, n = 0;
  while (i < s.size()) {
    decode(s, i);
    ++n;
  }
  return n;
}

}  // namespace dyad::utf8
