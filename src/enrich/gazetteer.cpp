#include "enrich/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <mutex>

#include "lexicon/tsv.h"
#include "util/paths.h"

namespace dyad::enrich {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) {
      out.push_back(s.substr(b));
      return out;
    }
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
}

double to_double(std::string_view s, bool& ok) {
  std::string tmp(s);
  char* end = nullptr;
  double v = std::strtod(tmp.c_str(), &end);
  ok = ok && end && *end == '\0' && !tmp.empty();
  return v;
}

}  // namespace

std::string Gazetteer::default_path() {
  const char* env = std::getenv("DYAD_GAZETTEER");
  if (env && *env) return env;
#ifdef DYAD_GAZETTEER_PATH
  return DYAD_GAZETTEER_PATH;
#else
  return home_dir() + "/build/gazetteer.tsv";
#endif
}

Result<std::shared_ptr<Gazetteer>> Gazetteer::parse(std::string_view text,
                                                    const std::string& path) {
  auto g = std::make_shared<Gazetteer>();
  g->places_.reserve(text.size() / 64);
  g->names_.reserve(text.size() / 16);
  size_t pos = 0;
  uint64_t line_no = 0;
  bool header = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? text.size() - pos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      if (!line.starts_with("kind\tname\tcountry\tlat\tlon\tpopulation\taliases"))
        return Status(Errc::data, "not a dyad gazetteer (unexpected header)", {path, line_no});
      header = true;
      continue;
    }
    auto f = split(line, '\t');
    if (f.size() != 7) return Status(Errc::data, "expected 7 cells", {path, line_no});
    Place p;
    if (f[0] == "city")
      p.kind = Place::Kind::city;
    else if (f[0] == "capital")
      p.kind = Place::Kind::capital;
    else if (f[0] == "region")
      p.kind = Place::Kind::region;
    else if (f[0] == "country")
      p.kind = Place::Kind::country;
    else
      return Status(Errc::data, "unknown kind '" + std::string(f[0]) + "'", {path, line_no});
    p.name = f[1];
    p.country = f[2];
    bool ok = true;
    p.lat = to_double(f[3], ok);
    p.lon = to_double(f[4], ok);
    auto r = std::from_chars(f[5].data(), f[5].data() + f[5].size(), p.population);
    if (!ok || r.ec != std::errc() || p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
      return Status(Errc::data, "bad coordinates or population", {path, line_no});
    uint32_t idx = static_cast<uint32_t>(g->places_.size());
    if (p.kind == Place::Kind::country) g->countries_.emplace(p.country, idx);
    g->places_.push_back(std::move(p));
    for (std::string_view a : split(f[6], '|'))
      if (!a.empty()) g->add_name(a, idx);
  }
  if (!header) return Status(Errc::data, "empty gazetteer", {path});
  g->sort_names();
  return g;
}

void Gazetteer::add_name(std::string_view name, uint32_t place) {
  if (name.empty() || place >= places_.size()) return;
  auto& v = names_[std::string(name)];
  if (std::find(v.begin(), v.end(), place) == v.end()) v.push_back(place);
  size_t n = 1 + static_cast<size_t>(std::count(name.begin(), name.end(), ' '));
  max_tokens_ = std::max(max_tokens_, n);
}

void Gazetteer::sort_names() {
  for (auto& [name, v] : names_)
    if (v.size() > 1)
      std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
        const Place& x = places_[a];
        const Place& y = places_[b];
        // A country beats a city of the same name ("Mexico", "Djibouti"), then capitals, then
        // the larger place.
        int kx = x.kind == Place::Kind::country ? 0 : x.kind == Place::Kind::capital ? 1 : 2;
        int ky = y.kind == Place::Kind::country ? 0 : y.kind == Place::Kind::capital ? 1 : 2;
        if (kx != ky) return kx < ky;
        return x.population > y.population;
      });
}

const std::vector<uint32_t>* Gazetteer::lookup(std::string_view name) const {
  auto it = names_.find(std::string(name));
  return it == names_.end() ? nullptr : &it->second;
}

int32_t Gazetteer::country(std::string_view alpha3) const {
  auto it = countries_.find(std::string(alpha3));
  return it == countries_.end() ? -1 : static_cast<int32_t>(it->second);
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& path_in) {
  std::string path = path_in.empty() ? default_path() : path_in;
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const Gazetteer>> cache;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache.find(path); it != cache.end())
    if (auto g = it->second.lock()) return g;
  auto text = lexicon::read_file_text(path);
  if (!text.ok())
    return Status(Errc::data,
                  "gazetteer not found (built by CMake into the build directory; set "
                  "DYAD_GAZETTEER to its path)",
                  {path});
  auto g = parse(*text, path);
  if (!g.ok()) return g.status();
  std::shared_ptr<const Gazetteer> out = *g;
  cache[path] = out;
  return out;
}

}  // namespace dyad::enrich
