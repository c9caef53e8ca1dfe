// Enrichment: the when, where and how many of each coded event. Dates are resolved against the
// document's date ("13 september", "vorige week", "binnen een jaar"), places looked up in the
// gazetteer built from Debian packages, casualty counts read from the clause.
//
//   auto e = Enricher::load("nl");
//   (*e)->enrich(doc);  // doc.events -> date, date_precision, date_end, date_future, place,
//                       // fatalities, injured (+ qualifiers); marks kEnriched
#pragma once

#include <memory>
#include <string>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

class Enricher {
 public:
  static Result<std::shared_ptr<const Enricher>> load(const std::string& lang);
  // Fills the date, place and count fields of every event in doc.events. Thread-safe.
  void enrich(Doc& doc) const;

  struct Impl;
  Enricher();
  ~Enricher();

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
