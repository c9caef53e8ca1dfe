// The event coder: predicates (verbs and event nouns from lang/<lang>/predicates.tsv) matched over
// the dependency trees, their arguments resolved to actor mentions, and each event coded in CAMEO
// and PLOVER with its modality, negation, attribution, trigger and evidence.
//
//   auto onto = Ontology::load(ontology_dir());
//   auto coder = EventCoder::load(lang_dir("nl"), *onto);
//   (*coder)->assign(doc);  // doc: tokens, lemmas, trees and actor mentions -> doc.events
//
// How it works is described in ARCHITECTURE.md ("Events"); the dictionary format in
// lang/README.md ("Predicates").
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "lexicon/ontology.h"

namespace dyad {

struct EventCoderOptions {
  // Event data needs coded actors: by default an event is kept only when its source or target
  // has an actor code. Off = detection mode: every predicate with a stated or unstated
  // participant is an event ("two men were arrested"), as event-detection tasks count them.
  bool require_coded_actor = true;
  // PETRARCH dictionaries (a folder from `dyad lang import-petrarch`; load() sets it when the
  // folder holds petrarch.tsv): code as PETRARCH does. The target is the first actor after the
  // verb in word order ("contribute a million rupees to Australia" -> AUS), also inside that
  // phrase; a passive without its agent takes the first actor after the verb as source; word
  // sequences (~new+protocol) and multiword class members are checked; a verb listed by an
  // inflected form (LEFT) is looked up by the word as written first; acts are coded as written
  // (no future -> intent), bare agents are not completed from the sentence (README.md
  // "PETRARCH compatibility").
  bool petrarch = false;
};

class EventCoder {
 public:
  // Reads predicates.tsv, wordclasses.tsv and cues.tsv of a language folder.
  static Result<std::shared_ptr<const EventCoder>> load(const std::string& lang_dir,
                                                        std::shared_ptr<const Ontology> ontology,
                                                        EventCoderOptions options = {});

  // The events of a Doc (needs tokens, lemmas, heads and mentions), in text order. Dates,
  // places and counts are left to src/enrich/ (date = the document's date).
  std::vector<Event> find(const Doc& doc) const;
  // Stores them in doc.events and marks kEvents.
  void assign(Doc& doc) const {
    doc.events = find(doc);
    doc.annotations |= kEvents;
  }

  struct Impl;
  ~EventCoder();
  EventCoder();

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
