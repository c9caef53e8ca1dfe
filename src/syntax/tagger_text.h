// Small allocation-free text helpers shared by the tagger and the lemmatizer: lowercasing into a
// caller's buffer, character-aware prefixes and suffixes, and a compact word shape.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace dyad::syntax_text {

// Lowercase of one code point for the scripts that matter here (Latin, Greek, Cyrillic).
inline char32_t lower_cp(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    // Latin Extended-A: mostly even = upper, odd = lower (with a few exceptions we ignore).
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    return (c & 1) ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

inline bool is_upper_cp(char32_t c) {
  return lower_cp(c) != c;
}

// Appends the lowercase of `s` to `out` (which the caller clears and reuses).
inline void to_lower(std::string_view s, std::string& out) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b));
      ++i;
      continue;
    }
    size_t start = i;
    bool valid = true;
    char32_t c = utf8::decode(s, i, &valid);
    if (!valid) {
      out.append(s.data() + start, i - start);
      continue;
    }
    utf8::append(out, lower_cp(c));
  }
}

inline std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  to_lower(s, out);
  return out;
}

// Byte length of the last `n` characters of s (all of s when shorter).
inline size_t suffix_bytes(std::string_view s, size_t n) {
  size_t i = s.size();
  while (n > 0 && i > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return s.size() - i;
}

// Byte length of the first `n` characters of s.
inline size_t prefix_bytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (n > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

inline std::string_view suffix(std::string_view s, size_t n) {
  return s.substr(s.size() - suffix_bytes(s, n));
}
inline std::string_view prefix(std::string_view s, size_t n) {
  return s.substr(0, prefix_bytes(s, n));
}

enum WordFlags : uint32_t {
  kHasUpper = 1u << 0,
  kInitUpper = 1u << 1,
  kAllUpper = 1u << 2,
  kHasDigit = 1u << 3,
  kHasHyphen = 1u << 4,
  kHasAlpha = 1u << 5,
  kAllDigit = 1u << 6,
  kHasPunct = 1u << 7,
  kHasPeriod = 1u << 8,
};

// Shape: character classes (X x d and the punctuation itself), runs collapsed to at most two;
// written into `out` (cleared by the caller). Returns flags.
inline uint32_t shape(std::string_view s, std::string& out) {
  uint32_t flags = 0;
  size_t i = 0, k = 0;
  char last = 0;
  int run = 0;
  bool all_upper = true, all_digit = true;
  while (i < s.size()) {
    char32_t c = utf8::decode(s, i);
    char cls;
    if (c >= '0' && c <= '9') {
      cls = 'd';
      flags |= kHasDigit;
      all_upper = false;
    } else if (is_upper_cp(c)) {
      cls = 'X';
      flags |= kHasUpper | kHasAlpha;
      if (k == 0) flags |= kInitUpper;
      all_digit = false;
    } else if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
      cls = 'x';
      flags |= kHasAlpha;
      all_upper = false;
      all_digit = false;
    } else {
      cls = static_cast<char>(c);
      if (c == '-') flags |= kHasHyphen;
      if (c == '.') flags |= kHasPeriod;
      flags |= kHasPunct;
      all_digit = false;
    }
    ++k;
    if (cls == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = cls;
    }
    out.push_back(cls);
  }
  if (all_upper && (flags & kHasUpper)) flags |= kAllUpper;
  if (all_digit && k > 0) flags |= kAllDigit;
  return flags;
}

}  // namespace dyad::syntax_text
