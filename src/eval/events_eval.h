// Scorers for coded events (`dyad eval events`) against three kinds of gold; the rules are written
// out in README.md ("Evaluating events"). The scorers only compare: the caller runs the Engine
// (or, in tests, builds the events by hand) and hands over the Docs.
//
// 1. Seed gold (../shared/gold/seed/README.md): one article, gold lines with a `quote`, acceptable
//    source/target code prefixes ("---" = unstated actor acceptable), CAMEO prefixes and optional
//    modality, attributed_to, date, location, fatalities, and `core`. A produced event matches a
//    line when the byte range of its evidence sentence overlaps the quote's (which includes
//    containing it), its source and target match by prefix and its CAMEO code by prefix. Recall
//    is over core lines; every produced event matching no line (core or not) counts against
//    precision. Checks of the optional fields are made on the events matching the line.
//
// 2. PLOVER records: one sentence per record with one gold event. A record is *all right* when
//    one produced event has the record's PLOVER type (older names mapped by
//    Ontology::current_plover_type), a source whose first three code letters are those of one of
//    the gold sources, and a target whose first three letters are those of one of the gold
//    targets; when the gold names no target, the target must be unstated or one of the gold
//    sources (compound actors acting together, as the SRC/TAR markup says).
//
// 3. EventDNA (Dutch news, ERE event spans): detection of the mapped ERE types
//    (kEventDnaCategories), matched by byte-range overlap of the produced trigger with the gold
//    trigger span, and a lenient sentence-level reading.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "eval/plover_records.h"

namespace dyad {

// Precision and recall where the two sides are counted separately: `gold_found` gold items have a
// matching system item, `system_correct` system items match some gold item.
struct EventPrf {
  size_t gold = 0, gold_found = 0;
  size_t system = 0, system_correct = 0;
  double precision() const { return system ? double(system_correct) / double(system) : 0.0; }
  double recall() const { return gold ? double(gold_found) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// A k-of-n agreement count (date, place, fatalities ...).
struct Agreement {
  size_t gold = 0, ok = 0;
  double rate() const { return gold ? double(ok) / double(gold) : 0.0; }
};

// ---------------------------------------------------------------------------------------------
// Names of places: gold gives a name ("Kyiv", "Iraq", "Khatmandu"), an event a gazetteer name, a
// country code and the evidence. A gold place is matched when, after folding (ASCII lowercase,
// Latin diacritics removed, non-letters dropped), it equals the event's place name or evidence,
// or, for names of at least 6 letters, is within 2 edits of one (gold spellings such as
// "Algers", "Khatmandu", "Geneva" vs "Genève"), or when the gold name is a country name whose code
// is the event's place country.
class PlaceNames {
 public:
  // Reads the `name` rows (code, kind, text) of countries.tsv files (lang/<lang>/countries.tsv).
  static Result<PlaceNames> load(const std::vector<std::string>& countries_tsv);
  void add_country(std::string_view name, std::string_view code);
  // The country code of a country name ("" when it is none).
  std::string country_of(std::string_view name) const;
  bool matches(const std::string& gold_name, const EventPlace& place,
               std::string_view evidence) const;

 private:
  std::map<std::string, std::string, std::less<>> countries_;  // folded name -> code
};

// Folds a name for comparison: ASCII lowercase, common Latin diacritics removed, only letters and
// digits kept ("Genève" -> "geneve", "Noord-Korea" -> "noordkorea").
std::string fold_name(std::string_view s);

// ---------------------------------------------------------------------------------------------
// 1. Seed gold.

struct SeedGold {
  std::string id, quote;
  std::vector<std::string> source, target, cameo, plover;
  std::string modality;                    // "" when not given
  std::vector<std::string> attributed_to;  // empty when not given
  std::string date, location;              // "" when not given
  int fatalities = -1;                     // -1 when not given
  bool core = false;
};

Result<std::vector<SeedGold>> read_seed_gold(const std::string& path);
Result<std::vector<SeedGold>> parse_seed_gold(std::string_view content, const std::string& name);

// `codes` accepts `code` by prefix; "---" accepts an unstated actor (empty code, or one starting
// with "---").
bool seed_code_ok(const std::vector<std::string>& codes, const std::string& code);
// True when `e` matches gold line `g` (quote at bytes [qstart, qend) of doc.text).
bool seed_event_matches(const Doc& doc, const Event& e, const SeedGold& g, size_t qstart,
                        size_t qend);

// One check of an optional gold field on the events matching the line.
struct SeedCheck {
  std::string id;     // gold line
  std::string field;  // modality, attributed_to, date, location, fatalities
  std::string want;   // gold value
  std::string got;    // values of the matching events ("" when no event matched)
  bool core = false;
  bool matched = false;  // some event matched the line
  bool ok = false;       // some matching event agrees
};

struct SeedLine {
  std::string id;
  bool core = false;
  bool located = false;        // the quote was found in the text
  std::vector<size_t> events;  // indices into doc.events matching the line
};

struct SeedScores {
  EventPrf events;                    // gold = core lines; system = produced events
  size_t lines_found = 0, lines = 0;  // all lines (core or not) with a matching event
  std::vector<SeedLine> lines_detail;
  std::vector<size_t> unmatched;  // produced events matching no gold line
  std::vector<SeedCheck> checks;
  Agreement modality, attribution, date, location, fatalities;
};

// A gold date agrees when the event's date starts with it ("2022-10" accepts "2022-10" and
// "2022-10-15", not "2022" or "2022-12"); fatalities when the counts are equal.
bool date_agrees(const std::string& gold, const std::string& event_date);

SeedScores score_seed(const Doc& doc, const std::vector<SeedGold>& gold, const PlaceNames& places);

// ---------------------------------------------------------------------------------------------
// 2. PLOVER records.

struct PloverRecordScore {
  std::string id, type;  // gold type (current name)
  bool type_found = false, type_source = false, all_right = false;
  int location = -1, dead = -1, injured = -1;  // -1 not in gold, 0 missed, 1 found
  std::string produced;                        // the record's events: "TYPE SRC>TGT; ..."
};

struct PloverScores {
  size_t records = 0, all_right = 0, type_source = 0;
  EventPrf type;  // gold = records; system = produced events; right = the record's type
  Agreement location, dead, injured;
  std::map<std::string, Agreement> by_type;  // all-right per gold type
  std::vector<PloverRecordScore> details;
};

// Scores the events of `doc` (the record's text, processed) against `rec`, adding to `s`.
// Location, dead and injured are judged on the events of the record's type: found when one has
// the gold place (PlaceNames::matches) or count.
void score_plover_record(const PloverRecord& rec, const Doc& doc, const PlaceNames& places,
                         PloverScores& s);

// ---------------------------------------------------------------------------------------------
// 3. EventDNA.

// An ERE type (or group) scored, and the produced events that agree with it.
struct EventDnaCategory {
  std::string name;                       // Conflict/Attack, Transaction (= Transaction/*)
  std::vector<std::string> ere;           // ERE type/subtype strings, "Transaction/*" = prefix
  std::vector<std::string> plover_types;  // PLOVER types that agree (any mode)
  std::vector<std::string> cameo;         // CAMEO prefixes that agree (with any PLOVER type)
  bool fatal_assault = false;             // Life/Die: ASSAULT with fatalities >= 1, or a kill code
};
const std::vector<EventDnaCategory>& eventdna_categories();
// The index of the category of an ERE "Type/Subtype", or -1.
int eventdna_category_of(std::string_view ere);
bool eventdna_agrees(const EventDnaCategory& c, const Event& e);

struct EventDnaEvent {
  std::string id, ere, text;
  int category = -1;            // index into eventdna_categories(), -1 when unmapped
  uint32_t start = 0, end = 0;  // trigger span, bytes of the doc text
};

struct EventDnaDoc {
  std::string id, text;
  std::vector<EventDnaEvent> events;
};

// Reads the documents (doc_id, text, events[].type/subtype/trigger_span.char); the file's
// character (code point) offsets are converted to byte offsets of `text`.
Result<std::vector<EventDnaDoc>> read_eventdna(const std::string& path);
Result<std::vector<EventDnaDoc>> parse_eventdna(std::string_view content, const std::string& name);
// Byte offset of each code point offset 0..n of `text` (n = number of code points).
std::vector<uint32_t> codepoint_to_byte(std::string_view text);

struct EventDnaMiss {
  std::string doc, kind, category, text;  // kind: "miss" (gold) or "false" (produced)
};

struct EventDnaScores {
  size_t docs = 0;
  EventPrf trigger, sentence;         // overall (over mapped types)
  std::vector<EventPrf> by_category;  // trigger-overlap, per eventdna_categories()
  std::vector<EventDnaMiss> errors;
};

// The byte range a produced event is matched with: its trigger, or its sentence when the trigger
// range is empty.
std::pair<uint32_t, uint32_t> event_trigger_range(const Doc& doc, const Event& e);
// Scores doc.events against `gold` (doc.text must be gold.text).
void score_eventdna_doc(const EventDnaDoc& gold, const Doc& doc, EventDnaScores& s);

}  // namespace dyad
