// The actor dictionaries of one language folder, loaded into typed entries for the mention
// matcher (src/actors/). Loading validates each file with the same rules as `dyad lang check`
// (without the cross-language checks) and fails on the first error, located at file:line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"

namespace dyad::lexicon {

// countries.tsv: one surface form of a country (or of its government, for metonyms).
struct CountryEntry {
  std::string code;  // IRN; metonyms may add roles: USAGOV
  std::string kind;  // name short adjective inhabitant capital metonym
  std::string text;
  std::string notes;
  uint64_t line = 0;
};

// regions.tsv: a region or group of states.
struct RegionEntry {
  std::string text;
  std::string code;                  // CAMEO region code, or "" when CAMEO has none
  std::vector<std::string> members;  // country codes, may be empty
  std::string notes;
  uint64_t line = 0;
};

// organizations.tsv.
struct OrganizationEntry {
  std::string text;
  std::string code;  // IGOWSTNAT, NGOHRIAMN, PSEREBHMS, MED ...
  std::string kind;  // igo ngo media armed-group party company state
  std::string notes;
  uint64_t line = 0;
};

// agents.tsv: a noun that names a role.
struct AgentEntry {
  std::string text;   // word form or multi-word form
  std::string lemma;  // lemma of its head, may be empty
  std::string code;   // GOV, MIL, GOVMIL ...
  std::string notes;
  uint64_t line = 0;
};

// persons.tsv: one dated role of one person.
struct PersonEntry {
  std::string name;
  std::vector<std::string> aliases;
  std::string code;  // USAGOV
  std::string role;  // free text: "president", "foreign minister"
  std::string from;  // YYYY-MM-DD, YYYY-MM or YYYY
  std::string to;    // "" = still in this role
  std::string notes;
  uint64_t line = 0;

  // True when the role covers (part of) `date` (YYYY, YYYY-MM or YYYY-MM-DD).
  bool active_on(std::string_view date) const;
};

struct ActorLexicon {
  std::string lang;
  std::string dir;
  std::vector<CountryEntry> countries;
  std::vector<RegionEntry> regions;
  std::vector<OrganizationEntry> organizations;
  std::vector<AgentEntry> agents;
  std::vector<PersonEntry> persons;
};

// Loads countries/regions/organizations/agents/persons.tsv from `dir` (e.g. lang_dir("nl")).
Result<ActorLexicon> load_actor_lexicon(const std::string& dir);

}  // namespace dyad::lexicon
