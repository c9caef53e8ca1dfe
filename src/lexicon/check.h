// Validation of language folders (lang/<lang>/), used by `dyad lang check` and the loader.
//
// Per file: valid UTF-8, LF line ends, `# source:` and `# licence:` comment lines, a header row,
// no row with more cells than the header. Per actor file (see schema.h): the exact columns,
// required cells non-empty, no stray spaces, codes of the right shape and from the known lists
// (countries: ISO 3166-1 alpha-3 + former/disputed; roles and CAMEO regions: fixed lists), kinds
// from their lists, dates YYYY[-MM[-DD]] with from <= to, no duplicate entries. Across folders: the
// same file names and the same header in each; every ISO 3166-1 country named in each language.
// Warnings (never errors): one text with several codes, Dutch adjectives and inhabitant nouns
// missing from Debian's Dutch word list (wdutch).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "lexicon/codes.h"
#include "lexicon/tsv.h"

namespace dyad::lexicon {

struct CheckOptions {
  // Debian iso-codes: its alpha-3 codes are accepted and must be covered (skipped when absent).
  std::string iso_json = "/usr/share/iso-codes/json/iso_3166-1.json";
  // Debian wdutch: Dutch adjectives/inhabitant nouns are looked up here (skipped when absent).
  std::string dutch_words = "/usr/share/dict/dutch";
  // Every ISO 3166-1 country must have a `name` row in each countries.tsv.
  bool require_all_countries = true;
  // The ontology (cameo.tsv, plover.tsv) that predicate codes are checked against; "" = the
  // data home's ontology/.
  std::string ontology_dir;
};

struct CheckReport {
  std::vector<Problem> problems;
  size_t dirs = 0, files = 0, entries = 0;
  size_t errors() const;
  size_t warnings() const;
};

// Checks one parsed table against the rules of its file name (generic rules for files without a
// schema). Appends to `problems`; returns the number of entries checked.
size_t check_table(const TsvTable& table, const std::string& file_name, const CodeSets& codes,
                   std::vector<Problem>* problems);

// Checks language folders (each a lang/<lang>/ directory) and compares them with each other.
CheckReport check_lang_dirs(const std::vector<std::string>& dirs, const CheckOptions& options = {});

// The language folders under `lang_root` (e.g. $DYAD_HOME/lang), sorted.
std::vector<std::string> list_lang_dirs(const std::string& lang_root);

}  // namespace dyad::lexicon
