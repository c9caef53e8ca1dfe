// Cheap code point classification for the tokenizer and sentence splitter. ASCII is a constexpr
// table; code points below U+0800 (Latin, Greek, Cyrillic, ...) come from a table filled once from
// ICU; rarer ones ask ICU directly (a trie lookup). No per-character allocation or locale use.
#pragma once

#include <cstdint>

namespace dyad::text {

enum CharClass : uint8_t {
  kSpace = 0,  // space, tab, NBSP and other separators; control characters are treated so
  kNewline,    // \n, \r, U+2028, U+0085
  kParagraph,  // U+2029 (paragraph separator): a blank line
  kLower,      // lowercase letter
  kUpper,      // uppercase or titlecase letter
  kLetter,     // letter without case (CJK, Arabic, ...), modifier letters
  kDigit,      // decimal digit
  kMark,       // combining mark, other numbers (², ½), soft hyphen, joiners: stays in a word
  kOpen,       // opening bracket or quote: ( [ { ‘ “ „ « ‹ ‚
  kClose,      // closing bracket or quote: ) ] } ’ ” » ›
  kQuote,      // straight quotes " ' ` (open or close by context)
  kDash,       // hyphens and dashes
  kPunct,      // other punctuation
  kSymbol,     // symbols (currency, math, emoji), private use, unassigned
  kInvalid,    // a byte that does not start a valid UTF-8 sequence
};

CharClass classify(char32_t cp);

inline bool is_word_class(CharClass c) {
  return c == kLower || c == kUpper || c == kLetter || c == kDigit || c == kMark;
}
inline bool is_letter_class(CharClass c) {
  return c == kLower || c == kUpper || c == kLetter || c == kMark;
}
inline bool is_space_class(CharClass c) {
  return c == kSpace || c == kNewline || c == kParagraph;
}

}  // namespace dyad::text
