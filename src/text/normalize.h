// Unicode normalization (ICU).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// NFC form of valid UTF-8 `s` (returns `s` unchanged when already NFC, the common case).
std::string nfc(std::string_view s);

// True when `s` is certainly NFC by a cheap per-code-point check (no allocation). False means
// "maybe not" (or invalid UTF-8); nfc() then decides.
bool is_nfc_quick(std::string_view s);

}  // namespace dyad
