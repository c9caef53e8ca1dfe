// PETRARCH validation records (validate-2.02.dev.xml and the like): reading and scoring.
//
// The file: <Environment> names the dictionary files (<Verbfile>, <Actorfile>, <Agentfile>,
// <Discardfile>) and the categories the suite runs (<Include>); each <Sentence category date id
// evaluate> holds <EventCoding eventcode sourcecode targetcode/> (or noevents="True"), <Text>
// and an optional <Parse> in CoNLL-U.
//
// Scoring, as the suite intends it:
//  - records with evaluate="false" are bypassed, and so are records whose category is not in
//    <Include> (features the suite marks as not implemented), unless all categories are asked;
//  - a record with noevents="True" expects no event: every event coded there is a false positive;
//  - an event is (CAMEO code, source code, target code), compared exactly; a coded event needs
//    both a source and a target code (PETRARCH codes no event with a missing actor), and each
//    distinct triple counts once per record;
//  - a record is exactly right when its set of triples equals the expected set.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "doc/status.h"

namespace dyad {

struct PetrarchCoding {
  std::string code, source, target;
  auto key() const { return std::tie(code, source, target); }
  bool operator<(const PetrarchCoding& o) const { return key() < o.key(); }
  bool operator==(const PetrarchCoding& o) const { return key() == o.key(); }
};

struct PetrarchRecord {
  std::string id, category, date;  // date as YYYY-MM-DD
  bool evaluate = true;
  bool noevents = false;
  std::string error;  // <EventCoding error="bad_input_parse"/>: the input is meant to fail;
                      // scored as expecting no event
  std::vector<PetrarchCoding> expected;
  std::string text;   // white space runs collapsed to single spaces
  std::string parse;  // CoNLL-U, "" when absent
  uint64_t line = 0;
};

struct PetrarchSuite {
  std::vector<PetrarchRecord> records;
  std::set<std::string> include;  // <Include> categories, empty = all
  std::string verbfile, actorfile, agentfile, discardfile;
};

// Reads the XML (a small reader for this format, entities &lt; &gt; &amp; &quot; &apos;).
Result<PetrarchSuite> read_petrarch_suite(const std::string& path);

// Whether a record is scored: evaluate="true" and (all categories, or its category included).
bool petrarch_scored(const PetrarchSuite& s, const PetrarchRecord& r, bool all_categories);

struct PetrarchScores {
  size_t records = 0, exact = 0, no_event_records = 0, bypassed = 0, not_included = 0;
  size_t expected = 0, produced = 0, correct = 0;
  void add(const std::vector<PetrarchCoding>& expected, const std::vector<PetrarchCoding>& got);
  double precision() const { return produced ? 100.0 * correct / produced : 0; }
  double recall() const { return expected ? 100.0 * correct / expected : 0; }
};

// Distinct triples, sorted.
std::vector<PetrarchCoding> distinct(std::vector<PetrarchCoding> v);

}  // namespace dyad
