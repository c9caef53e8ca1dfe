// Scores actor mentions against PLOVER-style gold records (JSON Lines): for every gold source and
// target actor, is there a mention with the right country code?
//
// Gold format (one record per line): the sentence in `text` (English) or `text_nl` (Dutch), the
// actors in `source` and `target`, lists of {actorText | actorText_nl, code}. Some `target` fields
// are a string ("diplomatic", "") or null: they name no actor and are skipped (counted in
// `skipped`), as are actors without a code.
//
// "Country code" means the first three letters of the code: the country (IRN of IRNMIL) or, for
// codes that start with a sector (IGOUNO, NGOHRI, MEA region codes), that sector or region. A gold
// actor is *found* when a mention overlapping its text (located in the sentence, exactly or
// ASCII-case-insensitively) has the same first three letters; when its text cannot be located,
// when any mention of the record has them. Media mentions (sources of reports) and agents without
// a country are not counted as answers.
//
// Precision has two readings, both reported: `span_precision` over the mentions that overlap a
// located gold actor (is the code right where gold has an actor?) and `precision` over all coded
// mentions (a lower bound: gold marks only the actors of one event per sentence, so other correct
// actors count as wrong).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "actors/matcher.h"
#include "doc/status.h"
#include "pipeline/pipeline.h"

namespace dyad {

struct ActorEvalMiss {
  std::string id;
  std::string text;   // the gold actor's text
  std::string code;   // the gold code
  std::string found;  // codes of the mentions overlapping it (or of the record), space-separated
  bool located = false;
};

struct ActorEvalCounts {
  size_t records = 0;
  size_t gold = 0, found = 0, located = 0, skipped = 0;
  size_t mentions = 0, mentions_correct = 0;            // coded mentions
  size_t span_mentions = 0, span_mentions_correct = 0;  // coded mentions on a gold actor
  std::vector<ActorEvalMiss> misses;
  double recall() const { return gold ? static_cast<double>(found) / gold : 0; }
  double precision() const {
    return mentions ? static_cast<double>(mentions_correct) / mentions : 0;
  }
  double span_precision() const {
    return span_mentions ? static_cast<double>(span_mentions_correct) / span_mentions : 0;
  }
};

// Reads `gold_path`, runs `pipeline` and `matcher` on each record's text in `lang` (nl or en).
Result<ActorEvalCounts> evaluate_actors(const std::string& gold_path, const std::string& lang,
                                        const Pipeline& pipeline, const ActorMatcher& matcher);

}  // namespace dyad
