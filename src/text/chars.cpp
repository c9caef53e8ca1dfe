#include "text/chars.h"

#include <unicode/uchar.h>

#include <array>

namespace dyad::text {
namespace {

CharClass classify_icu(char32_t cp) {
  switch (cp) {
    case 0x0A:
    case 0x0D:
    case 0x0B:
    case 0x0C:
    case 0x85:
    case 0x2028:
      return kNewline;
    case 0x2029:
      return kParagraph;
    case 0x00AD:  // soft hyphen
    case 0x200C:  // zero-width non-joiner
    case 0x200D:  // zero-width joiner
      return kMark;
    case 0x200B:  // zero-width space
    case 0xFEFF:  // byte order mark
    case 0x2060:  // word joiner (treated as invisible space)
      return kSpace;
    case 0x2018:  // ‘
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x201A:  // ‚
    case 0x00AB:  // «
    case 0x2039:  // ‹
      return kOpen;
    case 0x2019:  // ’
    case 0x201D:  // ”
    case 0x00BB:  // »
    case 0x203A:  // ›
      return kClose;
    case '"':
    case '\'':
    case '`':
      return kQuote;
    default:
      break;
  }
  const UChar32 c = static_cast<UChar32>(cp);
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return kUpper;
    case U_LOWERCASE_LETTER:
      return kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return kLetter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_OTHER_NUMBER:
    case U_LETTER_NUMBER:
      return kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return kDigit;
    case U_SPACE_SEPARATOR:
      return kSpace;
    case U_LINE_SEPARATOR:
      return kNewline;
    case U_PARAGRAPH_SEPARATOR:
      return kParagraph;
    case U_CONTROL_CHAR:
      return kSpace;  // control characters separate tokens and are never tokens themselves
    case U_FORMAT_CHAR:
      return kMark;
    case U_DASH_PUNCTUATION:
      return kDash;
    case U_START_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
      return kOpen;
    case U_END_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return kClose;
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return kPunct;
    default:
      return kSymbol;
  }
}

struct Table {
  std::array<CharClass, 0x800> cls;
  Table() {
    for (char32_t cp = 0; cp < 0x800; ++cp) cls[cp] = classify_icu(cp);
    // ASCII overrides: the tokenizer's own view of ASCII punctuation.
    cls[0x7F] = kSpace;
    cls['_'] = kPunct;
    cls['-'] = kDash;
    cls['('] = cls['['] = cls['{'] = kOpen;
    cls[')'] = cls[']'] = cls['}'] = kClose;
    cls['<'] = cls['>'] = kSymbol;
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

CharClass classify(char32_t cp) {
  if (cp < 0x800) return table().cls[cp];
  return classify_icu(cp);
}

}  // namespace dyad::text
