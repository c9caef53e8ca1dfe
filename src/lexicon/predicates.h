// The event dictionaries of one language folder: predicates.tsv (verbs and event nouns),
// wordclasses.tsv (WEAPON = wapen, drone, ...) and cues.tsv (negation, modality, attribution,
// denial, light verbs). lang/README.md ("Predicates") documents the format.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"
#include "lexicon/tsv.h"

namespace dyad::lexicon {

// A place in the tree an argument may come from. After voice normalization:
//   subj  the subject of an active verb, the agent (door/by) of a passive one
//   obj   the object of an active verb, the subject of a passive one
//   iobj  the indirect object
//   pp    a prepositional dependent (obl or nmod) with preposition `prep` ("obl:aan", "nmod:van")
//   poss  a possessive (zijn invasie, Russia's invasion)
//   amod  an adjective naming an actor (de Russische invasie)
//   compound  a compound modifier (US sanctions; the first part of a Dutch compound noun)
//   any   any dependent (constraints only)
struct RoleSpec {
  enum class Rel : uint8_t { subj, obj, iobj, pp, poss, amod, compound, cond, any };
  Rel rel = Rel::subj;
  std::string prep;  // pp only: the preposition's lemma ("aan", "according to")
  std::string to_string() const;
};

// A constraint: one of `roles` is filled by a word of one of the classes (WEAPON), one of the
// lemmas (written ~lemma), or by anything (written *). Alternatives are separated by `|`:
// obj=WEAPON|~geld.
struct Constraint {
  std::vector<RoleSpec> roles;
  std::vector<std::string> classes;  // word classes
  std::vector<std::string> lemmas;   // ~lemma alternatives
  bool anything = false;
};

struct PredicateEntry {
  std::string lemma;  // dictionary form without UD marks: aankloppen, crack down, wapenleverantie
  std::string key;    // what the coder looks up: the lemma, or its last word for multiword ones
  std::string particle;  // separable particle (aan) or phrasal particle (down); informative
  bool noun = false;     // NOUN (an event noun) or VERB
  std::vector<Constraint> constraints;
  std::vector<RoleSpec> source, target;  // in order of preference; empty = never stated
  std::string cameo;  // "---" = a blocking row: the pattern is known and codes no event
  std::string mode;   // PLOVER mode overriding the ontology's, or ""
  std::string example;
  uint64_t line = 0;
};

struct CueEntry {
  std::string lemma;
  std::string kind;   // negation future alleged reported attribution speech hypothetical denial
                      // light deontic (must, moeten: "X said Y must ..." is X's demand on Y)
  std::string feats;  // required UD features ("Tense=Past"), may be ""
};

struct EventLexicon {
  std::string lang;
  std::vector<PredicateEntry> predicates;
  std::vector<std::pair<std::string, std::string>> word_classes;  // (class, lemma)
  std::vector<CueEntry> cues;
};

// The cue kinds cues.tsv may use.
const std::vector<std::string>& cue_kinds();

// Parses one role spec ("subj", "obl:aan", "nmod:van", "obl:agent" = subj); false when unknown.
bool parse_role(std::string_view s, RoleSpec& out);

// Loads the three files of a language folder. Problems (unknown roles, malformed constraints)
// are errors at file:line; `valid_cameo` (may be null) rejects unknown CAMEO codes.
Result<EventLexicon> load_event_lexicon(
    const std::string& lang_dir, const std::function<bool(std::string_view)>& valid_cameo = {},
    std::vector<Problem>* problems = nullptr);

}  // namespace dyad::lexicon
