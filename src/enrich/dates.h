// Dates: absolute and relative expressions in a sentence ("13 september", "half oktober",
// "sinds september", "vorige week", "dinsdag", "binnen een jaar", "last month", "in 1988")
// resolved against the article's date and its precision.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "enrich/phrases.h"

namespace dyad::enrich {

// A calendar date with a precision: day, week (d = the Monday), month (d = 0), year (m = d = 0).
struct Day {
  int y = 0, m = 0, d = 0;
  std::string precision;  // "" = unknown
  bool known() const { return !precision.empty(); }
  // "YYYY", "YYYY-MM", "YYYY-MM-DD" (week: its Monday).
  std::string str() const;
  // First and last day of the period.
  Day first_day() const;
  Day last_day() const;
};

// Parses "YYYY[-MM[-DD]]"; precision "" when malformed or not a real date.
Day parse_date(std::string_view s);
int days_in_month(int y, int m);
// Days since 1970-01-01 and back (proleptic Gregorian).
long to_days(int y, int m, int d);
Day from_days(long days);

struct DateMention {
  uint32_t first = 0, last = 0;  // token range [first, last) in Doc::tokens
  Day date;
  std::string end;  // last day of a window (YYYY-MM-DD), or ""
  bool future = false;
};

class DateFinder {
 public:
  // `table`: dates.tsv; `numbers`: numbers.tsv (number words in "drie dagen geleden").
  DateFinder(PhraseTable table, PhraseTable numbers)
      : t_(std::move(table)), n_(std::move(numbers)) {}
  // Every date expression of the sentence, resolved against `ref` (the article's date). With
  // `future_context`, a month or weekday without a year resolves forward, not back.
  std::vector<DateMention> find(const SentenceView& s, const Day& ref,
                                bool future_context = false) const;

 private:
  PhraseTable t_, n_;
  bool try_at(const SentenceView& s, size_t i, const Day& ref, bool future, DateMention& out) const;
  bool absolute_at(const SentenceView& s, size_t i, const Day& ref, bool future,
                   DateMention& out) const;
};

}  // namespace dyad::enrich
