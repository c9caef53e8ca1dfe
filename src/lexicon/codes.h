// The code vocabularies the actor dictionaries use (CAMEO-style, see lang/README.md):
// country codes (ISO 3166-1 alpha-3 plus former and disputed states), CAMEO region codes and
// role (agent/sector) codes. A full actor code is a run of 3-letter segments: USAGOV, IRNMIL,
// IGOWSTNAT.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"
#include "lexicon/tsv.h"

namespace dyad::lexicon {

struct CodeSets {
  std::set<std::string> countries;  // ISO alpha-3 + former/disputed (SUN, YUG, KSV ...)
  std::set<std::string> iso;        // the ISO 3166-1 alpha-3 list every language must cover
  std::set<std::string> regions;    // CAMEO region codes (WST, MEA, PGS ...)
  std::set<std::string> roles;      // GOV MIL COP ...
  std::set<std::string> sectors;    // first segment of a code without a country (IGO NGO MED ...)
  // Set for a folder with its own codes.tsv (an imported PETRARCH set): a dated entry in
  // persons.tsv may then carry a bare country code (PETRARCH dates whole states: [RHO <790606]).
  bool imported = false;
};

// The built-in sets: ISO 3166-1 alpha-3 as of iso-codes 4.15, former/disputed codes, CAMEO
// regions and roles.
const CodeSets& builtin_codes();

// The built-in sets plus the codes a dictionary folder declares in its own `codes.tsv` (columns
// `code`, `kind` = country|role|sector|region, `notes`), as a folder made by
// `dyad lang import-petrarch` does for PETRARCH's non-ISO and fictional codes (UAR, ARN, GON).
// Without that file the built-in sets are returned. Bad rows are errors at file:line (or appended
// to `problems` when given, and skipped).
Result<CodeSets> codes_for_dir(const std::string& dir, std::vector<Problem>* problems = nullptr);
// True when `dir` declares its own codes (holds a codes.tsv): an imported dictionary set, which
// need not name every ISO 3166-1 country.
bool has_own_codes(const std::string& dir);

// Former and disputed states that carry their own code (code, English name).
const std::vector<std::pair<std::string, std::string>>& former_states();

// Reads the alpha-3 codes of Debian's iso-codes file (/usr/share/iso-codes/json/iso_3166-1.json).
Result<std::set<std::string>> read_iso_json(const std::string& path);

// Splits "USAGOV" into {"USA","GOV"}; returns false when the code is not a non-empty run of
// 3 uppercase ASCII letters.
bool split_code(std::string_view code, std::vector<std::string>* segments);

// Checks a code against a pattern; returns "" when it is fine, else a message.
//   country_role: a country code followed by zero or more role codes (IRN, USAGOV, GBRGOVMIL)
//   role:         one or more role codes (GOV, GOVMIL)
//   organization: starts with a country, region or sector code (IGO NGO MED ...); later segments
//                 are roles or the organisation's own 3-letter abbreviation (IGOWSTNAT)
//   region:       a CAMEO region code
enum class CodePattern { country_role, role, organization, region };
std::string check_code(std::string_view code, CodePattern pattern, const CodeSets& sets);

}  // namespace dyad::lexicon
