// Allocation-free text helpers of the actor matcher: the hash key of a word and the comparison
// of a lexicon form with the document's text.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::match {

// The lowercased first word of `s` (ASCII letters and digits, Latin-1 and Latin Extended-A
// letters), written into buf; when `s` starts with another character, that character alone.
inline std::string_view first_word_key(std::string_view s, char* buf, size_t cap) {
  size_t n = 0, i = 0;
  while (i < s.size() && n + 2 < cap) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      buf[n++] = static_cast<char>(c);
      ++i;
    } else if (c >= 'A' && c <= 'Z') {
      buf[n++] = static_cast<char>(c + 32);
      ++i;
    } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < s.size()) {
      unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp == 0xD7 || cp == 0xF7) break;  // multiplication and division signs
      if (cp >= 0xC0 && cp <= 0xDE)
        cp += 0x20;
      else if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 0)
        ++cp;
      else if (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1)
        ++cp;
      buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
      i += 2;
    } else {
      break;
    }
  }
  if (n == 0 && !s.empty()) {  // the first UTF-8 character
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    if (len > s.size() || len >= cap) return {};
    for (size_t k = 0; k < len; ++k) buf[n++] = s[k];
  }
  return std::string_view(buf, n);
}

inline bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Compares `form` with `text` from byte `pos`: bytes equal, except that a space in the form
// matches any run of white space, and a lowercase first letter also matches its capital when
// `lower_first`. Returns the end byte of the match in `text`, or 0 when it does not match.
inline uint32_t match_text(std::string_view text, uint32_t pos, std::string_view form,
                           bool lower_first) {
  size_t p = pos;
  for (size_t k = 0; k < form.size(); ++k) {
    char e = form[k];
    if (e == ' ') {
      if (p >= text.size() || !is_space_byte(text[p])) {
        // Non-breaking space (U+00A0) counts as a space too.
        if (p + 1 < text.size() && text[p] == '\xC2' && text[p + 1] == '\xA0')
          p += 2;
        else
          return 0;
      }
      while (p < text.size() && is_space_byte(text[p])) ++p;
      continue;
    }
    if (p >= text.size()) return 0;
    char d = text[p];
    if (d != e && !(k == 0 && lower_first && d >= 'A' && d <= 'Z' && d + 32 == e)) return 0;
    ++p;
  }
  return static_cast<uint32_t>(p);
}

}  // namespace dyad::match
