// Checks every reader applies to a document's text, and the seed header. Shared by the readers
// and usable on their own (e.g. by a service that receives text in a request).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "doc/status.h"

namespace dyad::io {

// 3 when `s` starts with a UTF-8 byte order mark, else 0.
size_t bom_length(std::string_view s);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day (leap years included).
bool valid_date(std::string_view d);

// The seed format's header. The first line may start (after spaces or tabs) with
// "date YYYY-MM" or "date YYYY-MM-DD", followed by one separator (a space, a tab, or a line
// break) and the text: " date 2022-12 Demonstranten voor ..." (the article text follows on the
// same line). `length` is the number of bytes to strip (leading blanks, header and that single
// separator; further whitespace is kept), `date` the header's date. No header: length 0.
// Something that has the header's shape but not a real date ("date 2022-13") is Errc::parse.
struct SeedHeader {
  size_t length = 0;
  std::string date;
};
Result<SeedHeader> parse_seed_header(std::string_view text);

// True when `text` holds nothing but whitespace (ASCII and Unicode spaces, BOMs).
bool is_blank(std::string_view text);

// Checks a document's text: binary content (a NUL byte, or more than 10% control characters
// other than \t \n \v \f \r: Errc::binary_input), then UTF-8 (when `check_utf8`;
// Errc::invalid_utf8), then empty or whitespace only (Errc::empty_input). The byte offset in
// the returned Status (NUL, first control character, first bad UTF-8 byte) is relative to
// `text`; callers shift it to the file. Size limits are the reader's business.
Status check_text(std::string_view text, bool check_utf8 = true);

}  // namespace dyad::io
