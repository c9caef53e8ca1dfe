// Converting PETRARCH dictionaries (src/lexicon/petrarch.h) into a dyad dictionary folder, and
// the few PETRARCH behaviours dyad's coder has no field for, applied after coding.
//
//   auto rep = import_petrarch({"../shared/dictionaries/petrarch2"}, "mydicts", {});
//   // mydicts/en/{countries,regions,organizations,agents,persons,codes,predicates,
//   //             wordclasses,cues,petrarch,issues}.tsv, mydicts/ontology/ (when the verbs use
//   //             codes outside CAMEO 1.1b3), mydicts/import-report.txt
//   dyad code --lang-dir mydicts ...
//
// What maps to what (README.md "PETRARCH compatibility" has the user's view):
//  - actors: a bare country code -> countries.tsv (name); country + roles -> countries.tsv
//    (metonym); other codes -> organizations.tsv; date-restricted codes -> persons.tsv (one row
//    per restriction, the undated default last, from 1900); codes outside ISO/CAMEO (UAR, ARN)
//    are declared in codes.tsv. Words are written in title case ("MINAS_TIRITH" -> "Minas
//    Tirith"; short single words also in capitals: UN, NATO), a leading THE is dropped;
//  - agents: [~ROLE] -> agents.tsv (lowercase and title case, with the plural); [ROLE~] is
//    mapped as the same role (reported);
//  - verbs: every verb of a block x every pattern of the block -> one predicates.tsv row (the
//    rows with more words first, as PETRARCH takes the longest match), then the block's (or the
//    verb's own) default code; words after the verb -> `any=~word`, {NEW PROTOCOL} and
//    (FOR ASYLUM) -> word sequences `~new+protocol`, `obl:for|nmod:for=~for+asylum` (checked by
//    the coder in PETRARCH mode), &SYNSET -> a word class (multiword members with their
//    words); $ and + move the source and target roles; [A:B] and % are kept in petrarch.tsv for
//    PetrarchExtras;
//  - [ROLE~] agents, and the negations of PETRARCH's internal coding ontology (a PICO file in
//    the input folders) -> petrarch.tsv;
//  - discards -> petrarch.tsv; issues -> issues.tsv (not used by the coder).
// Everything approximated or not expressible is a Problem at the PETRARCH file's line.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "lexicon/petrarch.h"
#include "lexicon/tsv.h"

namespace dyad::lexicon::petrarch {

struct ImportOptions {
  std::string lang = "en";
  // Files to read; empty = every file of the input folders, by name (petrarch::file_kind).
  std::vector<std::string> files;
  // Where the cues.tsv (modality, negation) of the target language is copied from; "" = the
  // built-in lang/<lang>/.
  std::string cues_from;
};

struct ImportReport {
  std::vector<Problem> problems;
  size_t actors = 0, agents = 0, verbs = 0, patterns = 0, synsets = 0, discards = 0, issues = 0;
  size_t rows_countries = 0, rows_organizations = 0, rows_persons = 0, rows_agents = 0,
         rows_predicates = 0, rows_classes = 0, extra_codes = 0, extra_cameo = 0;
  std::vector<std::string> files;
  std::string summary() const;  // one paragraph, counts and problem totals
};

// Reads the dictionaries and writes `out_dir`/<lang>/ (and `out_dir`/ontology/ when needed).
Result<ImportReport> import_petrarch(const std::vector<std::string>& inputs,
                                     const std::string& out_dir, const ImportOptions& opts);

// Reads the dictionaries only (files chosen as import_petrarch does).
Result<Dictionaries> read_petrarch(const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& files,
                                   std::vector<Problem>& problems);

// What petrarch.tsv keeps: paired codes and compound markers per predicates.tsv row, discards.
class PetrarchExtras {
 public:
  // Reads <lang_dir>/petrarch.tsv; a folder without it gives empty extras.
  static Result<std::shared_ptr<const PetrarchExtras>> load(const std::string& lang_dir);
  bool empty() const {
    return !found_ && pairs_.empty() && compound_.empty() && discards_.empty() &&
           negations_.empty();
  }
  // Applies them to a coded Doc: removes the events of sentences holding a discard phrase (all
  // events for a story discard); codes a negated event by its negation in PETRARCH's internal
  // coding ontology ("will not clash": 110 -> 050); joins an actor with the agents of its noun
  // phrase ("Bree Prime Minister Romendacil": BRE + GOV -> BREGOV; a [ROLE~] agent before it:
  // "MSF Arnor" -> NGOARN) and leaves a bare agent
  // ("a senior official said", GOV) uncoded, as PETRARCH codes only agents attached to an actor;
  // adds the second event of a paired code [A:B] (target -> source, code B); codes a compound
  // (%) pattern's coordinated sources as acting on each other.
  void apply(Doc& doc) const;

 private:
  std::unordered_map<uint64_t, std::string> pairs_;  // predicates.tsv line -> code B
  std::unordered_map<uint64_t, bool> compound_;      // predicates.tsv line
  struct Disc {
    std::vector<std::string> words;  // lowercase
    bool story = false;
  };
  std::vector<Disc> discards_;
  std::unordered_map<std::string, std::string> negations_;      // code -> code when negated
  std::unordered_map<std::string, std::string> prefix_agents_;  // words -> [ROLE~] role
  bool found_ = false;                                          // petrarch.tsv was there
};

}  // namespace dyad::lexicon::petrarch
