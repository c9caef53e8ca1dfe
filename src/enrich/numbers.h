// Numbers: counts written as digits ("470", "1.000", "1,000", "2,5 miljoen") or words ("drie",
// "tientallen", "hundreds"), with the qualifier before them ("meer dan", "at least", "about"),
// and the casualty counts of a sentence: "drie doden", "meer dan 470 mensen zijn gedood",
// "killed 126 people", "tientallen gewonden", "the death toll rose to more than 200".
#pragma once

#include <string>
#include <vector>

#include "enrich/phrases.h"

namespace dyad::enrich {

struct Count {
  long value = -1;
  std::string qualifier;         // exact, at_least, approximate
  uint32_t first = 0, last = 0;  // token range [first, last), qualifier included
};

struct Casualties {
  uint32_t anchor = 0;  // the casualty word (noun, verb or toll word)
  std::string type;     // dead, injured
  Count count;
};

class NumberFinder {
 public:
  NumberFinder(PhraseTable numbers, PhraseTable casualties)
      : num_(std::move(numbers)), cas_(std::move(casualties)) {}

  // The number expression whose number starts at token `i` (a doc index inside the sentence),
  // with a qualifier found just before it; false when `i` starts no number.
  bool number_at(const SentenceView& s, uint32_t i, Count& out) const;
  // The number expression that ends at token `i` (inclusive).
  bool number_ending_at(const SentenceView& s, uint32_t i, Count& out) const;

  // Every casualty count of the sentence. Tokens flagged in `skip` (doc index - s.first), such
  // as dates, are never read as counts.
  std::vector<Casualties> find(const SentenceView& s, const std::vector<bool>& skip) const;

 private:
  PhraseTable num_, cas_;
  bool victim_count(const SentenceView& s, uint32_t verb, bool intransitive,
                    const std::vector<bool>& skip, Count& out) const;
};

// Reads a number written in digits: "470", "1.000" / "1,000" (thousands), "2,5" / "2.5"
// (decimals, only meaningful before a multiplier). Returns -1 when not a number or too large.
double parse_digits(std::string_view s);

}  // namespace dyad::enrich
