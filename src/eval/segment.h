// Scoring of tokenization and sentence splitting against UD CoNLL-U gold files.
//
// The raw text of each document is rebuilt from the gold "# text = " lines: sentences are joined
// with a space, with "\n\n" at "# newpar" and "# newdoc" (and, optionally, where the LassySmall /
// Alpino sent_id "<doc>.p.<par>.s.<sent>" changes paragraph). The tokenizer runs on that text, and
// token and sentence spans (byte offsets into the rebuilt text) are compared with the gold spans:
// gold tokens are surface tokens (a multiword token range counts as one token, as does the
// system's multiword token); a span counts as correct when start and end both match.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "doc/status.h"
#include "text/tokenizer.h"

namespace dyad {

struct PRF {
  uint64_t gold = 0;
  uint64_t system = 0;
  uint64_t correct = 0;
  double precision() const { return system ? double(correct) / double(system) : 0.0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct SegmentScores {
  PRF tokens;
  PRF sentences;
  uint64_t documents = 0;
  uint64_t gold_sentences_without_text = 0;  // sentences skipped: no "# text" line
  uint64_t unaligned_gold_tokens = 0;        // gold tokens whose form was not found in # text
  // A few examples of errors for inspection: "gold|system" token or sentence spans in context.
  std::vector<std::string> examples;
};

struct SegmentOptions {
  // Treat a change of paragraph in Lassy-style sent_ids ("...p.3.s.1") as "# newpar". Off by
  // default: the documented convention is "# newpar"/"# newdoc" only.
  bool paragraphs_from_sent_id = false;
  size_t max_examples = 0;
};

// Scores `tok` on the CoNLL-U file at `gold_conllu_path`. Errors: Errc::io when the file cannot
// be read, Errc::parse when it has no "# text" lines at all.
Result<SegmentScores> score_segmentation(const std::string& gold_conllu_path, const Tokenizer& tok,
                                         const std::string& lang, const SegmentOptions& opts = {});

// The same on CoNLL-U content already in memory (`source` names it in errors).
Result<SegmentScores> score_segmentation_text(const std::string& conllu, const std::string& source,
                                              const Tokenizer& tok, const std::string& lang,
                                              const SegmentOptions& opts = {});

}  // namespace dyad
