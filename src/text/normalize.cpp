// Unicode NFC with ICU. Almost all news text is already NFC, so the work is in the fast path:
// ASCII returns at once; otherwise each code point's NFC_Quick_Check property and canonical
// combining class are looked up (cheap trie lookups). Only when a code point could change under
// composition (quick check No/Maybe, or a combining mark) is the ICU normalizer run.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "util/utf8.h"

namespace dyad {

bool is_nfc_quick(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    bool valid = true;
    char32_t cp = utf8::decode(s, i, &valid);
    if (!valid) return false;  // let the caller decide; nfc() leaves invalid input alone
    if (cp < 0x300) continue;  // Latin-1 and Latin Extended: NFC_QC=Yes, ccc=0
    if (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) != UNORM_YES)
      return false;
    if (u_getCombiningClass(static_cast<UChar32>(cp)) != 0) return false;
  }
  return true;
}

std::string nfc(std::string_view s) {
  if (is_nfc_quick(s)) return std::string(s);
  if (utf8::find_invalid(s) != std::string_view::npos) return std::string(s);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || norm == nullptr) return std::string(s);
  icu::UnicodeString us =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (norm->quickCheck(us, err) == UNORM_YES && U_SUCCESS(err)) return std::string(s);
  err = U_ZERO_ERROR;
  icu::UnicodeString out = norm->normalize(us, err);
  if (U_FAILURE(err)) return std::string(s);
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace dyad
