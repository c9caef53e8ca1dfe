// Language identification per document, between the languages dyad reads (nl, en).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

struct LangGuess {
  std::string lang;         // "nl", "en", or "" when undecided
  double confidence = 0.0;  // 0..1
};

LangGuess identify_language(std::string_view text);

}  // namespace dyad
