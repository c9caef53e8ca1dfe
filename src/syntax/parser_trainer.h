// Parser trainer internals exposed for tests and experiments: hyperparameters, data conversion,
// projectivization and scoring. `dyad train parser` uses train_parser(opts) with the defaults.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "syntax/parser.h"
#include "syntax/train_options.h"

namespace dyad {

struct ParserTrainConfig {
  int epochs = 10;                  // used when TrainOptions::epochs == 0
  int explore_after = 1;            // epochs with the static (gold-path) oracle before exploring
  double explore_p = 0.9;           // probability of following a wrong prediction when exploring
  int jackknife_folds = 5;          // > 1: train on k-fold jackknifed tags (parser_jackknife.cpp)
  bool jackknife_mix = true;        // train on the gold-tag copy and the jackknifed copy
  double train_tag_noise = 0.0;     // rate of UPOS/XPOS replaced by a random corpus tag in training
  double eval_tag_noise = 0.05;     // rate used for the "noisy tags" dev score
  float prune = 0.01f;              // averaged weights below this are dropped (epoch snapshots)
  float table_prune = 1.0f;         // weights below this are left out of the saved model
  double max_model_bytes = 11.5e6;  // prune harder until the weights fit
  bool learn_obl_arg = true;        // 2.0 obl -> obl:arg for (verb, preposition) pairs that are
                                    // mostly obl:arg in the 2.16 training files
  bool allow_xpos = true;           // use XPOS features when >= 90% of training words have one
  bool convert_nl_legacy = true;    // rewrite UD 2.0 Dutch files to 2.16 conventions
  // Re-attach the UD 2.0 files' punctuation with attach_punct (the rule applied after parsing)
  // instead of the older projective re-attachment. Better dev LAS (models/nl/parser.md) but a
  // model that parses the seed article worse; off for the committed model.
  bool punct_rule_conversion = false;
  bool select_best_epoch = true;  // keep the epoch with the best dev LAS (needs --dev)
  // Ambiguity-class features (parser_detail::AmbLexicon) for models that use XPOS (English):
  // forms seen at least this often in the gold training data get the set of tags they had
  // (tags with >= 10 % of the form's occurrences); 0 = off. Off by default: +0.48 LAS on
  // en_ewt dev, but the English PLOVER news records lost 14 of 105 (models/en/parser.md).
  int amb_min_count = 0;
  bool amb_xpos = true;  // the set of XPOS tags (else UPOS tags)
};

// Trains with explicit hyperparameters (train_parser(opts) uses ParserTrainConfig{}).
Status train_parser(const TrainOptions& opts, const ParserTrainConfig& cfg);

// Re-tags UPOS, XPOS and the parser's FEATS of `docs` by k-fold jackknifing with a small
// internal tagger; returns its UPOS accuracy (%).
double jackknife_tags(std::vector<Doc>& docs, int folds, uint64_t seed);
// Tags `target` with the same small tagger trained on all of `train` (for the predicted-tags dev
// score); returns its UPOS accuracy (%).
double mini_tag(const std::vector<Doc>& train, std::vector<Doc>& target, uint64_t seed);

// True when a Dutch Doc uses UD 2.0 conventions (flat:name, no nmod:poss/obl:agent/expl:pv).
bool is_nl_legacy(const std::vector<Doc>& docs);
// Rewrites UD 2.0 Dutch annotation to 2.16 conventions where the rule is mechanical:
// flat:name -> flat; possessive determiners (zijn, haar, hun, ...) det/DET -> nmod:poss/PRON;
// reflexive obj -> expl:pv; obl with case "door" under a head with aux:pass -> obl:agent;
// cc and a separator attached to the first conjunct (UD v1) -> the following conjunct.
// With fix_punct, punctuation is re-attached (UD 2.0 LassySmall attaches most of it to the root
// word, crossing other arcs): by the UD 2.16 rule of attach_punct (parser_punct.h) when
// punct_rule, else to the highest neighbouring ancestor that keeps the tree projective.
// Returns the number of changed words.
size_t convert_nl_legacy(Doc& doc, bool fix_punct, bool punct_rule = false);
// Fraction of sentences with a punctuation arc that crosses another arc.
double punct_crossing_rate(const std::vector<Doc>& docs);

// Makes a sentence's tree projective by lifting (head := grandparent) the shortest
// non-projective arc until none is left. heads[0] unused, heads[1..n] in 0..n. Returns lifts.
size_t projectivize(std::vector<int32_t>& heads);

struct ParseScores {
  uint64_t words = 0, uas = 0, las = 0, las_universal = 0;
  double uas_pct() const { return words ? 100.0 * uas / words : 0; }
  double las_pct() const { return words ? 100.0 * las / words : 0; }
  double las_universal_pct() const { return words ? 100.0 * las_universal / words : 0; }
};
// Compares heads/deprels of `pred` with `gold` (same tokenization); universal = subtype stripped.
void score_parses(const Doc& gold, const Doc& pred, ParseScores& acc);

// Replaces UPOS (and XPOS) of a fraction `rate` of words by the tag of a random other word of
// `docs` (frequency-weighted confusion); deterministic for a given seed.
void corrupt_tags(std::vector<Doc>& docs, double rate, uint64_t seed);

}  // namespace dyad
