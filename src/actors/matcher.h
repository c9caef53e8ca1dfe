// The actor matcher: the dictionaries of one language (src/lexicon/actors.h) compiled into hash
// maps keyed by the lowercased first word of each surface form, and the phrase builder that turns
// the lexical matches of a parsed Doc into actor mentions with CAMEO-style codes.
//
//   auto m = ActorMatcher::load(lang_dir("nl"));          // or ActorMatcher::build(lexicon)
//   std::vector<Mention> mentions = (*m)->find(doc);        // doc: tokens, lemmas, trees
//
// Lexical matching compares each entry with the document's text from a token's first byte (so
// "al-Qaeda" matches the English tokens al - Qaeda) and accepts a match only when it ends on a
// token boundary. Matching is case-sensitive ("VS" is not "vs.", "US" is not "us"), except that an
// entry written with a lowercase first letter also matches with a capital (sentence start).
// Longest match wins. Phrases are then built over the UD tree, with adjacency as a fallback for
// poor parses: adjective + agent ("Iraanse instructeurs" = IRNMIL), agent + "van"/"of"/genitive,
// agent + person ("de regering Biden"), apposition, coordination of country adjectives, a
// person's role on the Doc's date, and the sentence or document context for an agent without a
// country ("de zedenpolitie" after "in Iran" = IRNCOP, lower confidence). Photo credits ("Beeld
// AFP") yield nothing; news agencies are kept with kind "media" (sources, not actors).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "lexicon/actors.h"

namespace dyad {

class ActorMatcher {
 public:
  // What a lexical entry is.
  enum class Kind : uint8_t {
    country,     // name or short form (Iran, VS)
    capital,     // Teheran
    metonym,     // Witte Huis (may carry a role: USAGOV)
    adjective,   // Iraanse
    inhabitant,  // Iraniërs, Saoedi's
    region,      // Arabische landen, Golfstaten
    organization,
    media,  // news agencies and broadcasters: sources of reports
    agent,  // regering, troepen (a role without a country)
    person,
  };

  // One surface form and what it may mean (several entries share a text: a person's roles).
  struct Entry {
    Kind kind = Kind::country;
    std::string code;     // IRN, USAGOV, IGOOPC, MIL ...; persons: see `person`
    std::string members;  // regions
    int person = -1;      // index into persons() for person entries
  };
  struct Form {
    std::string text;          // surface form as written in the lexicon
    bool lower_first = false;  // starts with a lowercase letter: a capital also matches
    std::vector<Entry> entries;
  };

  static std::shared_ptr<const ActorMatcher> build(const lexicon::ActorLexicon& lex);
  static Result<std::shared_ptr<const ActorMatcher>> load(const std::string& lang_dir);

  // All mentions of a Doc (needs tokens; uses lemmas, tags and trees when present).
  std::vector<Mention> find(const Doc& doc) const;
  // Stores the mentions in doc.mentions and marks kMentions.
  void assign(Doc& doc) const {
    doc.mentions = find(doc);
    doc.annotations |= kMentions;
  }

  // A lexical match: tokens [first, last) of the Doc match form `form`. A compound match
  // ("VN-militairen", "Turks-Koerdische") matches `form` on the part of one token before its
  // first hyphen; `suffix` is then the agent form its last part names, or -1.
  struct Match {
    uint32_t first = 0, last = 0;
    uint32_t form = 0;
    bool compound = false;
    int32_t suffix = -1;
  };
  // The lexical matches of one sentence, left to right, longest first, not overlapping.
  void match_sentence(const Doc& doc, uint32_t s, std::vector<Match>& out) const;

  const std::string& lang() const { return lang_; }
  const Form& form(uint32_t i) const { return forms_[i]; }
  const std::vector<lexicon::PersonEntry>& persons() const { return persons_; }
  bool is_country_code(std::string_view c) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
  };
  void add(const std::string& text, Entry e);
  bool match_compound(const Doc& doc, uint32_t i, std::vector<Match>& out) const;

  std::string lang_;
  std::vector<Form> forms_;
  std::unordered_map<std::string, uint32_t, Hash, Eq> by_text_;  // exact text -> form
  // lowercased first word -> forms, longest text first
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, Eq> by_key_;
  std::unordered_map<std::string, uint32_t, Hash, Eq> agent_lemmas_;  // lemma -> agent form
  std::unordered_map<std::string, bool, Hash, Eq> country_codes_;
  std::vector<lexicon::PersonEntry> persons_;
};

}  // namespace dyad
