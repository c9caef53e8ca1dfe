// Places: gazetteer names in a sentence ("Kyiv", "Den Haag", "Oost-Bosnië") and how strongly
// the sentence puts something there: after a locative preposition ("in de Oekraïense hoofdstad
// Kyiv", "in het oosten van Beiroet"), after a preposition of direction ("naar Genève"), or as
// a bare city argument ("shut down Khatmandu").
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "enrich/gazetteer.h"
#include "enrich/phrases.h"

namespace dyad::enrich {

struct PlaceMention {
  uint32_t first = 0, last = 0;  // token range [first, last)
  uint32_t place = 0;            // index into the gazetteer
  int strength = 3;              // 0 at (in, near), 1 to/from, 2 bare city argument, 3 a name only
};

class PlaceFinder {
 public:
  PlaceFinder(std::shared_ptr<const Gazetteer> g, PhraseTable words,
              std::unordered_map<std::string, uint32_t> names)
      : g_(std::move(g)), w_(std::move(words)), names_(std::move(names)) {}

  // Place names of the sentence. `skip` flags tokens that are no place (dates, names of
  // persons and organisations); `context` lists country codes mentioned nearby, best first,
  // to choose among places of the same name (Tripoli LBN or LBY).
  std::vector<PlaceMention> find(const SentenceView& s, const std::vector<bool>& skip,
                                 const std::vector<std::string>& context) const;
  const Gazetteer& gazetteer() const { return *g_; }
  // The best place named exactly `name` (gazetteer or language names), or -1.
  int32_t lookup(const std::string& name, const std::vector<std::string>& context) const;

 private:
  std::shared_ptr<const Gazetteer> g_;
  PhraseTable w_;
  std::unordered_map<std::string, uint32_t> names_;  // language names (countries.tsv, places.tsv)
  int strength(const SentenceView& s, uint32_t first, uint32_t last, uint32_t head) const;
};

}  // namespace dyad::enrich
