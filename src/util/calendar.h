// Day and month names of English and Dutch, for the rules that must not read them as anything
// else: a person's name ("Gorazde Friday"), an object ("lifted Friday a blockade") or a subject
// ("Russia Monday denied"). Dates themselves are read from lang/<lang>/dates.tsv.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::calendar {

// `lower`: the word in lowercase.
inline bool is_day_name(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kDays = {
      "monday",  "tuesday", "wednesday", "thursday",  "friday",  "saturday", "sunday",
      "maandag", "dinsdag", "woensdag",  "donderdag", "vrijdag", "zaterdag", "zondag"};
  return std::find(kDays.begin(), kDays.end(), lower) != kDays.end();
}

// Months that are not also common words or names ("may", "mei" are left out).
inline bool is_month_name(std::string_view lower) {
  static constexpr std::array<std::string_view, 18> kMonths = {
      "january",  "february",  "march",   "april",    "june",     "july",
      "august",   "september", "october", "november", "december", "januari",
      "februari", "maart",     "juni",    "juli",     "augustus", "oktober"};
  return std::find(kMonths.begin(), kMonths.end(), lower) != kMonths.end();
}

}  // namespace dyad::calendar
