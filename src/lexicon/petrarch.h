// Readers for the PETRARCH/TABARI dictionary formats (PETRARCH2 and its validation suite):
// actors (synonyms, date-restricted codes), agents (substitution sets, plurals, ~ suffix/prefix
// codes), verbs (CAMEO 2.0 style: synonym sets, verb blocks, patterns with $ + % ^ markers,
// paired codes [042:043]), discards and issues. Written from the formats as the dictionary files
// document them in their header comments; no PETRARCH code is used.
//
// Every reader keeps going after a bad line: the line is reported as a Problem (file:line) and
// skipped, never dropped silently. Words keep PETRARCH's spelling (uppercase, `_` joining the
// words of a phrase); converting them to dyad's files is petrarch_import.h's job.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "doc/status.h"
#include "lexicon/tsv.h"

namespace dyad::lexicon::petrarch {

// A phrase as written: words in order (uppercase), `exact` when the entry ended in `_` (no
// suffixes allowed; without it TABARI/PETRARCH allow regular endings).
struct Phrase {
  std::vector<std::string> words;
  bool exact = false;
  std::string text() const;  // words joined by single spaces
};

// A code with an optional date restriction: [RUSGOV >080508], [HOB <950601],
// [HOBGOV 19950601-19990815]. Dates are normalized to YYYY-MM-DD ("" = open).
struct DatedCode {
  std::string code;
  std::string from, to;
  bool restricted() const { return !from.empty() || !to.empty(); }
};

struct Actor {
  std::vector<Phrase> names;  // names[0] is the root line, the rest its +synonyms
  std::vector<DatedCode> codes;
  std::string file;
  uint64_t line = 0;
};

struct Agent {
  Phrase name;                       // substitution sets (!PERSON!) already expanded
  std::vector<std::string> plurals;  // {PLURAL ...}: explicit plural forms; empty {} = none
  bool no_plural = false;            // `{}`: no regular plural
  std::string code;                  // the role code without the ~ (GOV, GOVFRM, NGO)
  bool prefix = false;               // [NGO~]: the code goes before the actor's code
  std::string file;
  uint64_t line = 0;
};

// One element of a verb pattern.
struct PatternItem {
  enum class Kind { word, synset, phrase, prep, source, target, skip, compound, verb };
  Kind kind = Kind::word;
  std::string text;                 // word / synset name (without &)
  std::vector<PatternItem> inside;  // phrase {..} words; prep (PREP ...): [0] is the preposition
};

struct Pattern {
  std::vector<PatternItem> pre, post;  // before and after the `*`
  std::string code, code2;             // [A] or [A:B]; "---" = no event
  std::string comment;
  std::string file;
  uint64_t line = 0;
};

struct Verb {
  std::vector<std::string> words;  // GO BY for +GO_BY; one word for plain verbs
  int main = 0;                    // index of the verb word (marked with + in multiword forms)
  std::vector<std::string> forms;  // irregular forms {WENT ...}
  std::string code;                // own code ([014] after the verb), "" = the block's
  uint64_t line = 0;
};

struct VerbBlock {
  std::string name;  // --- NAME [code] ---
  std::string code, code2;
  std::vector<Verb> verbs;
  std::vector<Pattern> patterns;
  std::string file;
  uint64_t line = 0;
};

struct Synset {
  std::string name;                 // without the &
  std::vector<Phrase> members;      // +MEMBER lines; a member may be another synset (&X)
  std::vector<std::string> nested;  // &X members
  std::string file;
  uint64_t line = 0;
};

struct Discard {
  Phrase phrase;
  bool story = false;  // `+`: the whole story is discarded, else the sentence
  std::string file;
  uint64_t line = 0;
};

struct Issue {
  std::string text;       // as written (n:school, early+childhood education)
  std::string code;       // EARLY_CHILDHOOD_EDUCATION
  std::string category;   // <ISSUE CATEGORY="...">
  bool negative = false;  // ~phrase: excluded
  std::string file;
  uint64_t line = 0;
};

struct Dictionaries {
  std::vector<Actor> actors;
  std::vector<Agent> agents;
  std::vector<Synset> synsets;
  std::vector<VerbBlock> verbs;
  std::vector<Discard> discards;
  std::vector<Issue> issues;
  std::vector<std::string> files;  // what was read, in order
};

// Each reader appends to `out` and `problems`; fails only when the file cannot be read.
Status read_actors(const std::string& path, Dictionaries& out, std::vector<Problem>& problems);
Status read_agents(const std::string& path, Dictionaries& out, std::vector<Problem>& problems);
Status read_verbs(const std::string& path, Dictionaries& out, std::vector<Problem>& problems);
Status read_discards(const std::string& path, Dictionaries& out, std::vector<Problem>& problems);
Status read_issues(const std::string& path, Dictionaries& out, std::vector<Problem>& problems);

// Which reader a file name calls for: "actors", "agents", "verbs", "discards", "issues", or
// "" (an unknown file; also PETRARCH's internal coding ontology, read by pico_negations(), and
// its preposition list, which dyad does not use).
std::string file_kind(const std::string& file_name);

// PETRARCH's internal coding ontology (PICO: lines "CODE:VALUE#comment", VALUE a sum of signed
// hex terms such as 0x0080+0xFFFF) read as the negation of each code: PICO writes a negated
// code as its positive one minus 0xFFFF ("110:0xFFFF+0x0080" is 050 negated: "will not clash"
// -> 050), so the negation of a code is the code whose value is its own minus 0xFFFF, when the
// file has one. Returns code -> negated code, for the codes that have one.
std::map<std::string, std::string> pico_negations(const std::string& text);
// Whether a file name looks like a PICO file (PETR.Internal.Coding.Ontology.txt).
bool is_pico_file(const std::string& file_name);

// Parses a PETRARCH date (YYMMDD: YY < 30 is 20YY; or YYYYMMDD) into YYYY-MM-DD; "" on error.
std::string parse_date(const std::string& d);

}  // namespace dyad::lexicon::petrarch
