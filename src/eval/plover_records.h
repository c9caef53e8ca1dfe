// Reading PLOVER-style gold records (JSON Lines), shared by the actor scorer (actors_eval.h) and
// the event scorer (events_eval.h), and the selection of halves of a gold file.
//
// One record per line: the sentence in `text` (English) or `text_nl` (Dutch), the event type in
// `event` (older PLOVER names kept as written), `mode`, the actors in `source` and `target`, lists
// of {actorText | actorText_nl, code, sector}; optional `eventLoc` ({"name": ...}), `dead`,
// `injured`. A `source`/`target` that is a string ("diplomatic", "") names no actor and is counted
// in `skipped`, as is an actor without a code of at least three letters; null, absent and [] are
// "no actor" without being counted. Records without the text field of the language are left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"

namespace dyad {

struct PloverActor {
  std::string text;  // actorText (en) / actorText_nl (nl); may be "" or not in the sentence
  std::string code;  // at least three letters: IRN, IRNMIL, IGO
};

struct PloverRecord {
  std::string id, date, text;
  std::string event;  // as written in the record (DEMAND, FIGHT ... are older names)
  std::string mode;
  std::vector<PloverActor> sources, targets;
  size_t skipped = 0;           // source/target fields naming no actor + actors without a code
  std::string location;         // eventLoc.name, "" when none
  int dead = -1, injured = -1;  // -1: not given
  size_t line = 0;              // 1-based line in the file
};

// Reads every record of `path` for `lang` ("nl" reads text_nl and actorText_nl, else text and
// actorText). A malformed line is an Errc::parse error naming file and line.
Result<std::vector<PloverRecord>> read_plover_records(const std::string& path,
                                                      const std::string& lang);
// The same from a string (`name` is used in error messages).
Result<std::vector<PloverRecord>> parse_plover_records(std::string_view content,
                                                       const std::string& lang,
                                                       const std::string& name);

// Halves of a gold file, by the position of the record (or document) in it (0-based):
// first = positions [0, ceil(n/2)), second = the rest; even = positions 0, 2, 4 ..., odd =
// 1, 3, 5 ... (the PLOVER files are sorted by event type, so even/odd halves keep every type in
// both halves; first/second do not).
enum class Half { all, first, second, even, odd };
// "all", "first", "second", "even", "odd"; Errc::usage otherwise.
Result<Half> parse_half(std::string_view s);
bool in_half(size_t index, size_t n, Half half);

}  // namespace dyad
