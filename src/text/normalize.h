// Unicode normalization (ICU).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// NFC form of valid UTF-8 `s` (returns `s` unchanged when already NFC, the common case).
std::string nfc(std::string_view s);

}  // namespace dyad
