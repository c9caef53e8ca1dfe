// The data model. One Doc per article owns every array (tokens, sentences, multiword tokens);
// Token and Span are light views (a Doc pointer and indices), as in spaCy. Every annotation keeps
// byte offsets into Doc::text, the original text, so every result can show its evidence.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// What has been annotated on a Doc; pipeline components declare what they require and assign.
enum Annotation : uint32_t {
  kSentences = 1u << 0,
  kTokens = 1u << 1,
  kUpos = 1u << 2,
  kXpos = 1u << 3,
  kFeats = 1u << 4,
  kLemmas = 1u << 5,
  kHeads = 1u << 6,  // heads and dependency relations
  kMentions = 1u << 7,
  kEvents = 1u << 8,    // events coded (src/events/)
  kEnriched = 1u << 9,  // event dates, places and counts resolved (src/enrich/)
};

struct TokenData {
  uint32_t start = 0;  // byte offset of the token's first byte in Doc::text
  uint32_t end = 0;    // one past its last byte; start == end when it has no surface in the text
  std::string form;    // the token as the models see it (NFC-normalized)
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;  // UD FEATS string, "_" or "" when none
  std::string deprel;
  std::string misc;   // extra CoNLL-U MISC attributes read from input, kept for output
  int32_t head = -1;  // sentence-local: 0 = root, 1..n = word n of the sentence, -1 = none
  bool space_after = true;
};

struct SentenceData {
  uint32_t first = 0;  // first token index (into Doc::tokens)
  uint32_t last = 0;   // one past the last token
  uint32_t start = 0;  // byte range in Doc::text
  uint32_t end = 0;
  uint32_t paragraph = 0;  // 0-based paragraph number (blank lines separate paragraphs)
  std::string id;          // sent_id when known (CoNLL-U input), else empty
  bool is_credit = false;  // a photo credit or byline ("Beeld AFP"), not running text
};

// A CoNLL-U multiword token ("du" = "de le", "don't" = "do n't") spanning words [first, last).
struct MultiwordToken {
  uint32_t first = 0;
  uint32_t last = 0;
  std::string form;
  std::string misc;
};

// An actor mention: a span resolved to a CAMEO-style code (assigned by src/actors/).
struct Mention {
  uint32_t sentence = 0;  // index into Doc::sentences
  uint32_t first = 0;     // first token (index into Doc::tokens)
  uint32_t last = 0;      // one past the last token
  uint32_t start = 0;     // byte range in Doc::text: text == doc.slice(start, end)
  uint32_t end = 0;
  uint32_t head = 0;     // the head token of the phrase (index into Doc::tokens)
  std::string text;      // the evidence, doc.slice(start, end)
  std::string code;      // IRNMIL, USAGOV, IGOOPC; "" for a region without a CAMEO code
  std::string country;   // IRN; "" when the code does not start with a country
  std::string role;      // MIL, GOV, IGO ... (the code after the country); may be ""
  std::string kind;      // country capital metonym adjective inhabitant organization agent
                         // person region media
  std::string members;   // regions: member country codes separated by spaces, else ""
  float confidence = 0;  // 0..1
  std::string via;       // how the code was resolved ("adjective+agent", "person:dated" ...)
};

// A participant of an event (source, target) or the actor a report is attributed to. Empty
// (`stated() == false`) when the text does not name it (an agent-less passive).
struct EventActor {
  std::string text;  // evidence: doc.slice(start, end)
  std::string code;  // CAMEO-style code (IRNMIL); may be "" for a named but uncoded actor
  uint32_t start = 0, end = 0;
  int32_t mention = -1;  // index into Doc::mentions, -1 when none
  int32_t token = -1;    // head token of the phrase (index into Doc::tokens), -1 when unstated
  bool stated() const { return token >= 0 || !text.empty(); }
};

// Where an event took place (filled by src/enrich/).
struct EventPlace {
  std::string name;     // as in the gazetteer ("Kyiv")
  std::string country;  // ISO alpha-3
  double lat = 0, lon = 0;
  std::string precision;        // city, region, country
  uint32_t start = 0, end = 0;  // the evidence in the text
  // Internal: named elsewhere in the sentence, outside the event's own clauses (the enricher's
  // last resort); such a place does not code the event's target. Not written out.
  bool from_sentence = false;
  bool known() const { return !precision.empty(); }
};

// A coded event: who did what to whom, with its evidence (src/events/ assigns it; src/enrich/
// adds date, place and counts). Field names follow the `dyad code` output (README.md).
struct Event {
  uint32_t sentence = 0;  // index into Doc::sentences
  EventActor source, target;
  std::string cameo;   // full CAMEO code ("072")
  std::string root;    // its two-digit root ("07")
  int quad_class = 0;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
                       // 4 material conflict
  double goldstein = 0;
  std::string plover_type, plover_mode;
  // The predicate: the word(s) that name the event (a verb, an event noun).
  uint32_t trigger_first = 0, trigger_last = 0;  // token range (index into Doc::tokens)
  uint32_t trigger_start = 0, trigger_end = 0;   // byte range
  std::string trigger_text;
  bool negated = false;
  std::string modality = "asserted";  // asserted reported alleged denied future hypothetical
  EventActor attribution;             // who the report is attributed to; unstated when none
  std::string date;                   // YYYY, YYYY-MM, YYYY-MM-DD; the document's date by default
  std::string date_precision;         // day, week, month, year; "" when no date is known
  std::string date_end;               // last day of a window ("binnen een jaar"), else ""
  bool date_future = false;           // a forecast or future window
  EventPlace place;
  int32_t fatalities = -1, injured = -1;                // -1: not stated
  std::string fatalities_qualifier, injured_qualifier;  // exact, at_least, approximate
  float confidence = 0;                                 // 0..1
  std::string why;        // how the event was found and why that confidence
  std::string predicate;  // the dictionary entry that matched ("leveren VERB 072 @ line 12")
  // Internal: a violent event without a coded actor, kept by the Engine only when the enricher
  // finds a casualty count for it ("drie doden", "470 mensen zijn gedood"), or a protest without
  // one, kept when it has a place of its own ("Thousands rallied in Lagos": NGACVL). Not
  // written out.
  bool provisional = false;
  // Internal: the attribution comes from a speech verb above or below the event ("said",
  // "meldde"), not from "according to"/"volgens"; the enricher does not give such an event the
  // place where it was said. Not written out.
  bool attributed_by_speech = false;
};

class Token;
class Span;

struct Doc {
  std::string id;            // document id (JSONL "id", file name, or generated)
  std::string source;        // where it came from: a path, "<stdin>", path:line for JSONL
  std::string text;          // the original text, UTF-8; all offsets point into it
  std::string date;          // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when unknown
  std::string lang;          // "nl", "en", or empty when not yet identified
  uint32_t annotations = 0;  // Annotation bits present

  std::vector<TokenData> tokens;
  std::vector<SentenceData> sentences;
  std::vector<MultiwordToken> mwts;  // sorted by first
  std::vector<Mention> mentions;     // actor mentions, sorted by first token
  std::vector<Event> events;         // coded events, in text order

  bool has(uint32_t a) const { return (annotations & a) == a; }
  std::string_view slice(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  Token token(uint32_t i) const;
  Span sentence(uint32_t s) const;
  size_t size() const { return tokens.size(); }
  // Clears every annotation but keeps id, source, text, date and lang.
  void clear_annotations();
};

class Token {
 public:
  Token(const Doc* doc, uint32_t i) : doc_(doc), i_(i) {}
  uint32_t index() const { return i_; }
  const TokenData& data() const { return doc_->tokens[i_]; }
  const std::string& form() const { return data().form; }
  const std::string& lemma() const { return data().lemma; }
  const std::string& upos() const { return data().upos; }
  const std::string& xpos() const { return data().xpos; }
  const std::string& feats() const { return data().feats; }
  const std::string& deprel() const { return data().deprel; }
  int32_t head() const { return data().head; }
  uint32_t start() const { return data().start; }
  uint32_t end() const { return data().end; }
  std::string_view text() const { return doc_->slice(start(), end()); }

 private:
  const Doc* doc_;
  uint32_t i_;
};

class Span {
 public:
  Span(const Doc* doc, uint32_t first, uint32_t last) : doc_(doc), first_(first), last_(last) {}
  uint32_t first() const { return first_; }
  uint32_t last() const { return last_; }
  size_t size() const { return last_ - first_; }
  Token operator[](size_t k) const { return Token(doc_, first_ + static_cast<uint32_t>(k)); }
  uint32_t start_byte() const { return size() ? doc_->tokens[first_].start : 0; }
  uint32_t end_byte() const { return size() ? doc_->tokens[last_ - 1].end : 0; }
  std::string_view text() const { return doc_->slice(start_byte(), end_byte()); }

  class iterator {
   public:
    iterator(const Doc* d, uint32_t i) : d_(d), i_(i) {}
    Token operator*() const { return Token(d_, i_); }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return i_ != o.i_; }

   private:
    const Doc* d_;
    uint32_t i_;
  };
  iterator begin() const { return iterator(doc_, first_); }
  iterator end() const { return iterator(doc_, last_); }

 private:
  const Doc* doc_;
  uint32_t first_, last_;
};

inline Token Doc::token(uint32_t i) const {
  return Token(this, i);
}
inline Span Doc::sentence(uint32_t s) const {
  return Span(this, sentences[s].first, sentences[s].last);
}

}  // namespace dyad
