#include "io/doc_checks.h"

#include <cstring>

#include "util/utf8.h"

namespace dyad::io {
namespace {

bool digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return false;
  for (size_t k = at; k < at + n; ++k)
    if (s[k] < '0' || s[k] > '9') return false;
  return true;
}

int num(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t k = at; k < at + n; ++k) v = v * 10 + (s[k] - '0');
  return v;
}

bool is_unicode_space(char32_t c) {
  switch (c) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

Location at_byte(size_t b) {
  Location l;
  l.byte = b;
  l.has_byte = true;
  return l;
}

}  // namespace

size_t bom_length(std::string_view s) {
  return s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
}

bool valid_date(std::string_view d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!digits(d, 0, 4)) return false;
  if (d.size() == 4) return true;
  if (d[4] != '-' || !digits(d, 5, 2)) return false;
  int month = num(d, 5, 2);
  if (month < 1 || month > 12) return false;
  if (d.size() == 7) return true;
  if (d[7] != '-' || !digits(d, 8, 2)) return false;
  int year = num(d, 0, 4), day = num(d, 8, 2);
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= max_day;
}

Result<SeedHeader> parse_seed_header(std::string_view text) {
  SeedHeader h;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (text.compare(i, 4, "date") != 0) return h;
  size_t j = i + 4;
  size_t blanks = j;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
  if (j == blanks) return h;  // "dated", "date:" ...: not a header
  // YYYY-MM or YYYY-MM-DD, then a separator or the end.
  if (!digits(text, j, 4) || j + 7 > text.size() || text[j + 4] != '-' || !digits(text, j + 5, 2))
    return h;
  size_t end = j + 7;
  if (end + 3 <= text.size() && text[end] == '-' && digits(text, end + 1, 2)) end += 3;
  if (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' &&
      text[end] != '\r')
    return h;  // "date 2022-12x" or "date 2022-12-0": not a header
  std::string_view date = text.substr(j, end - j);
  if (!valid_date(date)) {
    Location l = at_byte(j);
    return Status(Errc::parse, "invalid date '" + std::string(date) + "' in the seed header", l);
  }
  h.date = std::string(date);
  // Strip exactly one separator: a space, a tab, "\n" or "\r\n".
  if (end < text.size()) {
    if (text.compare(end, 2, "\r\n") == 0)
      end += 2;
    else
      end += 1;
  }
  h.length = end;
  return h;
}

bool is_blank(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (!is_unicode_space(c)) return false;
      ++i;
      continue;
    }
    if (!is_unicode_space(utf8::decode(text, i))) return false;
  }
  return true;
}

Status check_text(std::string_view text, bool check_utf8) {
  // Binary: a NUL byte anywhere, or a high share of control characters.
  if (const void* nul = std::memchr(text.data(), 0, text.size())) {
    size_t at = static_cast<const char*>(nul) - text.data();
    return Status(Errc::binary_input, "binary input (NUL byte)", at_byte(at));
  }
  size_t controls = 0, first_control = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7F) {
      if (controls++ == 0) first_control = i;
    }
  }
  if (controls > 0 && controls * 10 > text.size())
    return Status(Errc::binary_input,
                  "binary input (" + std::to_string(controls) + " control characters in " +
                      std::to_string(text.size()) + " bytes)",
                  at_byte(first_control));
  if (check_utf8) {
    size_t bad = utf8::find_invalid(text);
    if (bad != std::string_view::npos)
      return Status(Errc::invalid_utf8, "malformed UTF-8", at_byte(bad));
  }
  if (is_blank(text)) return Status(Errc::empty_input, "empty document (no text)");
  return Status::Ok();
}

}  // namespace dyad::io
