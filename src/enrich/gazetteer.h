// The gazetteer: GeoNames cities >= 15,000 inhabitants, first-level regions and countries with
// their Dutch, English and other Latin-script names, generated at build time from Debian packages
// by tools/gazetteer/make_gazetteer.cpp (see ARCHITECTURE.md, "The enrich stage").
//
// Where the file is found: $DYAD_GAZETTEER, else the build directory's gazetteer.tsv (compiled
// in as DYAD_GAZETTEER_PATH), else <home>/build/gazetteer.tsv.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "doc/status.h"

namespace dyad::enrich {

struct Place {
  std::string name;     // canonical (English) name: "Kyiv"
  std::string country;  // ISO alpha-3
  double lat = 0, lon = 0;
  long population = 0;
  enum class Kind : uint8_t { city, capital, region, country } kind = Kind::city;
  const char* precision() const {
    return kind == Kind::country ? "country" : kind == Kind::region ? "region" : "city";
  }
  // Lower is more specific.
  int rank() const { return kind == Kind::country ? 2 : kind == Kind::region ? 1 : 0; }
};

class Gazetteer {
 public:
  // Loads (once per process and path; later calls share it) the gazetteer file.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::string& path = "");
  // Parses gazetteer TSV text (used by load() and tests).
  static Result<std::shared_ptr<Gazetteer>> parse(std::string_view text, const std::string& path);
  // The path load() uses without an argument.
  static std::string default_path();

  // Places with exactly this name (case-sensitive), best first (capital, then population).
  const std::vector<uint32_t>* lookup(std::string_view name) const;
  const Place& place(uint32_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  size_t names() const { return names_.size(); }
  // The country entry of an alpha-3 code, or -1.
  int32_t country(std::string_view alpha3) const;
  // Adds a name for an existing place (language files: countries.tsv, places.tsv).
  void add_name(std::string_view name, uint32_t place);
  // Longest name in tokens (for phrase matching).
  size_t max_tokens() const { return max_tokens_; }

 private:
  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<uint32_t>> names_;
  std::unordered_map<std::string, uint32_t> countries_;
  std::string text_;
  size_t max_tokens_ = 1;
  void sort_names();
};

}  // namespace dyad::enrich
