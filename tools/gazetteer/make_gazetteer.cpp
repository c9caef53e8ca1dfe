// Builds dyad's gazetteer at build time from Debian packages (no download):
//   libtimezonemap-data  /usr/share/libtimezonemap/ui/cities15000.txt   GeoNames cities >= 15,000
//                        /usr/share/libtimezonemap/ui/countryInfo.txt   countries (ISO codes,
//                        capital) /usr/share/libtimezonemap/ui/admin1Codes.txt   first-level
//                        regions
//   libgeonames-common   /usr/share/locale/{nl,en}/LC_MESSAGES/geonames.mo  names by GeoNames id
//   unicode-cldr-core    /usr/share/unicode/cldr/common/main/{nl,en}.xml    country names
//   iso-codes            /usr/share/iso-codes/json/iso_3166-1.json         country names
//
// Usage: make_gazetteer OUT.tsv [--root DIR]   (DIR prefixes every input path; default "")
//
// Output (UTF-8 TSV, '#' comment lines first, then one place a line):
//   kind  name  country(alpha-3)  lat  lon  population  aliases ('|'-separated)
// kind: city, capital (a country's capital city), region (first-level division), country.
// Country and region coordinates are the population-weighted centre of their cities >= 15,000
// (a representative point, not a geometric centroid).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    if (e == std::string::npos) {
      out.push_back(s.substr(b));
      return out;
    }
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Decodes one UTF-8 code point; returns its length (1 on an invalid byte).
size_t utf8_next(const std::string& s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  cp = n == 1 ? c : n == 2 ? c & 0x1f : n == 3 ? c & 0x0f : c & 0x07;
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
  return n;
}

// A usable alias: Latin script (up to U+024F, plus spaces, hyphens, apostrophes, dots), starts
// with an uppercase letter, has a lowercase letter (so no IATA codes like "ALV"), 3..60 bytes.
bool usable_alias(const std::string& s) {
  if (s.size() < 3 || s.size() > 60) return false;
  if (!(s[0] >= 'A' && s[0] <= 'Z') && static_cast<unsigned char>(s[0]) < 0x80) return false;
  bool lower = false;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    i += utf8_next(s, i, cp);
    if (cp >= 'a' && cp <= 'z') lower = true;
    if (cp >= 0xDF && cp <= 0x24F) lower = true;
    bool ok = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == ' ' || cp == '-' ||
              cp == '\'' || cp == '.' || cp == 0x2019 ||
              (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
    if (!ok) return false;
  }
  if (s.find("  ") != std::string::npos || s.back() == ' ') return false;
  return lower;
}

// gettext .mo: msgid (GeoNames id) -> msgstr (name in that language).
std::unordered_map<std::string, std::string> read_mo(const std::string& path) {
  std::unordered_map<std::string, std::string> out;
  std::string d;
  if (!read_file(path, d) || d.size() < 28) return out;
  auto u32 = [&](size_t off) -> uint32_t {
    if (off + 4 > d.size()) return 0;
    uint32_t v;
    std::memcpy(&v, d.data() + off, 4);
    return v;
  };
  if (u32(0) != 0x950412de) return out;
  uint32_t n = u32(8), orig = u32(12), trans = u32(16);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t ol = u32(orig + 8 * i), oo = u32(orig + 8 * i + 4);
    uint32_t tl = u32(trans + 8 * i), to = u32(trans + 8 * i + 4);
    if (uint64_t(oo) + ol > d.size() || uint64_t(to) + tl > d.size() || ol == 0) continue;
    out[d.substr(oo, ol)] = d.substr(to, tl);
  }
  return out;
}

std::string xml_unescape(std::string s) {
  const std::pair<const char*, const char*> k[] = {
      {"&amp;", "&"}, {"&apos;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}};
  for (auto [from, to] : k) {
    size_t p;
    while ((p = s.find(from)) != std::string::npos) s.replace(p, std::strlen(from), to);
  }
  return s;
}

// CLDR territory names: alpha-2 -> names (standard, short, variant).
void read_cldr(const std::string& path, std::map<std::string, std::vector<std::string>>& out) {
  std::string d;
  if (!read_file(path, d)) return;
  size_t p = 0;
  const std::string open = "<territory type=\"";
  while ((p = d.find(open, p)) != std::string::npos) {
    p += open.size();
    size_t q = d.find('"', p);
    if (q == std::string::npos) break;
    std::string code = d.substr(p, q - p);
    size_t gt = d.find('>', q), lt = d.find("</territory>", q);
    if (gt == std::string::npos || lt == std::string::npos || lt < gt) continue;
    if (code.size() != 2) continue;
    out[code].push_back(xml_unescape(d.substr(gt + 1, lt - gt - 1)));
  }
}

// iso_3166-1.json: alpha_2 -> name, common_name.
void read_iso(const std::string& path, std::map<std::string, std::vector<std::string>>& out) {
  std::string d;
  if (!read_file(path, d)) return;
  size_t p = 0;
  while ((p = d.find('{', p)) != std::string::npos) {
    size_t e = d.find('}', p);
    if (e == std::string::npos) break;
    std::string obj = d.substr(p, e - p);
    p = e;
    auto field = [&](const std::string& key) {
      size_t k = obj.find("\"" + key + "\"");
      if (k == std::string::npos) return std::string();
      size_t a = obj.find('"', obj.find(':', k) + 1);
      size_t b = obj.find('"', a + 1);
      return a == std::string::npos || b == std::string::npos ? std::string()
                                                              : obj.substr(a + 1, b - a - 1);
    };
    std::string a2 = field("alpha_2");
    if (a2.size() != 2) continue;
    for (const char* key : {"name", "common_name"})
      if (std::string v = field(key); !v.empty() && v.find('\\') == std::string::npos)
        out[a2].push_back(v);
  }
}

struct Place {
  std::string kind, name, country;
  double lat = 0, lon = 0;
  long population = 0;
  std::vector<std::string> aliases;
};

struct Centre {
  double wlat = 0, wlon = 0, w = 0;
  void add(double lat, double lon, double pop) {
    double wt = std::max(pop, 1.0);
    wlat += lat * wt;
    wlon += lon * wt;
    w += wt;
  }
};

void add_alias(Place& p, const std::string& a) {
  if (!usable_alias(a)) return;
  for (const auto& x : p.aliases)
    if (x == a) return;
  p.aliases.push_back(a);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: make_gazetteer OUT.tsv [--root DIR]\n";
    return 2;
  }
  std::string out_path = argv[1], root;
  if (argc >= 4 && std::string(argv[2]) == "--root") root = argv[3];
  const std::string ui = root + "/usr/share/libtimezonemap/ui/";
  std::string cities, countries, admin1;
  if (!read_file(ui + "cities15000.txt", cities) || !read_file(ui + "countryInfo.txt", countries)) {
    std::cerr << "make_gazetteer: " << ui
              << "cities15000.txt or countryInfo.txt missing: install the Debian package "
                 "libtimezonemap-data (scripts/setup.sh)\n";
    return 1;
  }
  read_file(ui + "admin1Codes.txt", admin1);
  auto mo_nl = read_mo(root + "/usr/share/locale/nl/LC_MESSAGES/geonames.mo");
  auto mo_en = read_mo(root + "/usr/share/locale/en/LC_MESSAGES/geonames.mo");
  if (mo_nl.empty() || mo_en.empty())
    std::cerr << "make_gazetteer: warning: geonames.mo (libgeonames-common) missing; "
                 "Dutch and English city names limited to GeoNames' alternate names\n";
  std::map<std::string, std::vector<std::string>> country_names;
  read_cldr(root + "/usr/share/unicode/cldr/common/main/nl.xml", country_names);
  read_cldr(root + "/usr/share/unicode/cldr/common/main/en.xml", country_names);
  read_iso(root + "/usr/share/iso-codes/json/iso_3166-1.json", country_names);

  // Countries: alpha-2 -> index into places.
  std::vector<Place> places;
  std::map<std::string, size_t> country_index;
  std::map<std::string, std::string> a2_to_a3, capital_id;
  {
    std::istringstream in(countries);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto f = split(line, '\t');
      if (f.size() < 17 || f[0].size() != 2 || f[1].size() != 3) continue;
      a2_to_a3[f[0]] = f[1];
      Place p;
      p.kind = "country";
      p.name = f[4];
      p.country = f[1];
      p.population = std::atol(f[7].c_str());
      add_alias(p, f[4]);
      for (const auto& n : country_names[f[0]]) add_alias(p, n);
      if (auto it = mo_en.find(f[16]); it != mo_en.end()) add_alias(p, it->second);
      if (auto it = mo_nl.find(f[16]); it != mo_nl.end()) add_alias(p, it->second);
      country_index[f[0]] = places.size();
      places.push_back(std::move(p));
    }
  }
  // Regions (admin1): "UA.12" -> index.
  std::map<std::string, size_t> region_index;
  {
    std::istringstream in(admin1);
    std::string line;
    while (std::getline(in, line)) {
      auto f = split(line, '\t');
      if (f.size() < 4) continue;
      std::string a2 = f[0].substr(0, f[0].find('.'));
      if (!a2_to_a3.count(a2)) continue;
      // Generic names ("Western", "Central", "Capital") are words, not places.
      static const std::set<std::string> generic = {
          "Western",  "Eastern",   "Northern", "Southern",  "Central",   "North",     "South",
          "East",     "West",      "Capital",  "Coast",     "Centre",    "Center",    "Upper",
          "Lower",    "Islands",   "Lakes",    "Northeast", "Northwest", "Southeast", "Southwest",
          "Midlands", "Highlands", "Interior", "Littoral",  "Plateau",   "Federal",   "Volta",
          "Nord",     "Sud",       "Est",      "Ouest"};
      if (generic.count(f[1]) || generic.count(f[2])) continue;
      Place p;
      p.kind = "region";
      p.name = f[1];
      p.country = a2_to_a3[a2];
      add_alias(p, f[1]);
      add_alias(p, f[2]);
      if (auto it = mo_en.find(f[3]); it != mo_en.end()) add_alias(p, it->second);
      if (auto it = mo_nl.find(f[3]); it != mo_nl.end()) add_alias(p, it->second);
      region_index[f[0]] = places.size();
      places.push_back(std::move(p));
    }
  }
  std::vector<Centre> centres(places.size());
  size_t n_cities = 0;
  {
    std::istringstream in(cities);
    std::string line;
    while (std::getline(in, line)) {
      auto f = split(line, '\t');
      if (f.size() < 15 || f[6] != "P") continue;
      auto a3 = a2_to_a3.find(f[8]);
      if (a3 == a2_to_a3.end()) continue;
      Place p;
      p.kind = f[7] == "PPLC" ? "capital" : "city";
      p.country = a3->second;
      p.lat = std::atof(f[4].c_str());
      p.lon = std::atof(f[5].c_str());
      p.population = std::atol(f[14].c_str());
      auto en = mo_en.find(f[0]);
      p.name = en != mo_en.end() ? en->second : f[1];
      add_alias(p, p.name);
      if (auto nl = mo_nl.find(f[0]); nl != mo_nl.end()) add_alias(p, nl->second);
      add_alias(p, f[1]);
      add_alias(p, f[2]);
      for (const auto& a : split(f[3], ',')) add_alias(p, a);
      centres[country_index[f[8]]].add(p.lat, p.lon, double(p.population));
      if (auto r = region_index.find(f[8] + "." + f[10]); r != region_index.end())
        centres[r->second].add(p.lat, p.lon, double(p.population));
      places.push_back(std::move(p));
      ++n_cities;
    }
  }
  std::ofstream out(out_path, std::ios::binary);
  if (!out) {
    std::cerr << "make_gazetteer: cannot write " << out_path << "\n";
    return 1;
  }
  out << "# dyad gazetteer, generated at build time by tools/gazetteer/make_gazetteer.cpp\n"
         "# source: GeoNames cities15000/countryInfo/admin1Codes (Debian libtimezonemap-data), "
         "GeoNames names (libgeonames-common), CLDR (unicode-cldr-core), iso-codes\n"
         "# licence: GeoNames CC BY 4.0; CLDR Unicode licence; iso-codes LGPL-2.1+\n"
         "kind\tname\tcountry\tlat\tlon\tpopulation\taliases\n";
  size_t written = 0;
  char buf[64];
  for (size_t i = 0; i < places.size(); ++i) {
    Place& p = places[i];
    if (p.kind == "country" || p.kind == "region") {
      if (i >= centres.size() || centres[i].w == 0) continue;  // no city: no coordinates
      p.lat = centres[i].wlat / centres[i].w;
      p.lon = centres[i].wlon / centres[i].w;
    }
    if (p.aliases.empty()) continue;
    std::string al;
    for (const auto& a : p.aliases) {
      if (a.find('|') != std::string::npos) continue;
      if (!al.empty()) al += '|';
      al += a;
    }
    std::snprintf(buf, sizeof buf, "%.5f\t%.5f", p.lat, p.lon);
    out << p.kind << '\t' << p.name << '\t' << p.country << '\t' << buf << '\t' << p.population
        << '\t' << al << '\n';
    ++written;
  }
  if (!out) return 1;
  if (n_cities < 1000) {
    std::cerr << "make_gazetteer: only " << n_cities << " cities read\n";
    return 1;
  }
  return 0;
}
