// The whole chain for one document: raw text (or CoNLL-U) -> syntax (Pipeline) -> actor
// mentions -> events -> dates, places and counts. Every language's stages are loaded once;
// process() is const and thread-safe, so several threads can share one Engine.
//
//   EngineOptions o;                       // both languages, every stage
//   auto engine = Engine::load(o);
//   Status st = (*engine)->process(doc);   // doc.mentions, doc.events filled
#pragma once

#include <map>
#include <memory>
#include <string>

#include "actors/matcher.h"
#include "enrich/enricher.h"
#include "events/coder.h"
#include "lexicon/ontology.h"
#include "pipeline/pipeline.h"

namespace dyad {

struct EngineOptions {
  PipelineOptions pipeline;
  std::string ontology_dir;  // default: <home>/ontology
  // A folder holding <lang>/ actor and event dictionaries (countries.tsv ... predicates.tsv),
  // e.g. made by `dyad lang import-petrarch`, used instead of the built-in lang/<lang>/ for the
  // actor and event stages. "" = built-in. Tokenizer data always comes from the built-in folder.
  std::string dicts_dir;
  bool events = true;       // code events (needs actors)
  bool enrich = true;       // resolve dates, places, counts
  bool all_events = false;  // keep events without a coded actor (EventCoderOptions)
};

class Engine {
 public:
  static Result<std::shared_ptr<const Engine>> load(const EngineOptions& opts);

  // Runs every stage the Doc still lacks.
  Status process(Doc& doc) const;

  const Pipeline& pipeline() const { return *pipeline_; }
  const Ontology& ontology() const { return *ontology_; }
  const ActorMatcher* actors(const std::string& lang) const;
  const EventCoder* coder(const std::string& lang) const;

 private:
  struct Lang {
    std::shared_ptr<const ActorMatcher> actors;
    std::shared_ptr<const EventCoder> coder;
    std::shared_ptr<const Enricher> enricher;
  };
  EngineOptions opts_;
  std::shared_ptr<const Pipeline> pipeline_;
  std::shared_ptr<const Ontology> ontology_;
  std::map<std::string, Lang> langs_;
};

}  // namespace dyad
