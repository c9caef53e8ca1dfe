#include "lexicon/codes.h"

#include <filesystem>

#include "lexicon/tsv.h"

namespace dyad::lexicon {

namespace {

// ISO 3166-1 alpha-3 (iso-codes 4.15.0).
const char* const kIso3[] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
};

// CAMEO region codes (CAMEO codebook, actor chapter).
const char* const kRegions[] = {
    "AFR",  // Africa
    "ASA",  // Asia
    "BLK",  // Balkans
    "CRB",  // Caribbean
    "CAU",  // Caucasus
    "CFR",  // Central Africa
    "CAS",  // Central Asia
    "CEU",  // Central Europe
    "EIN",  // East Indies
    "EAF",  // Eastern Africa
    "EEU",  // Eastern Europe
    "EUR",  // Europe
    "LAM",  // Latin America
    "MEA",  // Middle East
    "MDT",  // Mediterranean
    "NAF",  // North Africa
    "NMR",  // North America
    "PGS",  // Persian Gulf
    "SCN",  // Scandinavia
    "SAM",  // South America
    "SAS",  // South Asia
    "SEA",  // Southeast Asia
    "SAF",  // Southern Africa
    "WAF",  // West Africa
    "WST",  // the West
};

// CAMEO role (agent) codes.
const char* const kRoles[] = {
    "GOV",
    "MIL",
    "COP",
    "SPY",
    "JUD",
    "LEG",
    "OPP",
    "REB",
    "INS",
    "SEP",
    "UAF",
    "CVL",
    "BUS",
    "MNC",
    "MED",
    "EDU",
    "REL",
    "LAB",
    "AGR",
    "DEV",
    "HLH",
    "HRI",
    "ENV",
    "ELI",
    "REF",
    "CRM",
    "MOD",
    "RAD",
    "PTY",
    "IGO",
    "NGO",
    "NGM",
    "IMG",
    "JRN",
    "SOC",
    // religions (CAMEO religion codes used as roles)
    "MOS",
    "SHI",
    "SUN",
    "CHR",
    "CTH",
    "JEW",
    "BUD",
    "HIN",
};

// Codes that may open a code without a country (international and transnational actors).
const char* const kSectors[] = {"IGO", "NGO", "NGM", "IMG", "MNC", "MED", "REB", "UAF", "CRM",
                                "REL", "MOS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN", "CTH"};

}  // namespace

const std::vector<std::pair<std::string, std::string>>& former_states() {
  static const std::vector<std::pair<std::string, std::string>> k = {
      {"SUN", "Soviet Union"},
      {"YUG", "Yugoslavia"},
      {"SCG", "Serbia and Montenegro"},
      {"CSK", "Czechoslovakia"},
      {"DDR", "German Democratic Republic"},
      {"KSV", "Kosovo (World Bank code, as in CAMEO/Phoenix; not in ISO 3166-1)"},
  };
  return k;
}

const CodeSets& builtin_codes() {
  static const CodeSets sets = [] {
    CodeSets s;
    for (const char* c : kIso3) {
      s.iso.insert(c);
      s.countries.insert(c);
    }
    for (const auto& [code, name] : former_states()) s.countries.insert(code);
    for (const char* c : kRegions) s.regions.insert(c);
    for (const char* c : kRoles) s.roles.insert(c);
    for (const char* c : kSectors) s.sectors.insert(c);
    return s;
  }();
  return sets;
}

Result<std::set<std::string>> read_iso_json(const std::string& path) {
  auto text = read_file_text(path);
  if (!text.ok()) return text.status();
  std::set<std::string> out;
  const std::string key = "\"alpha_3\"";
  size_t pos = 0;
  const std::string& s = *text;
  while ((pos = s.find(key, pos)) != std::string::npos) {
    pos += key.size();
    size_t q1 = s.find('"', pos);
    size_t q2 = q1 == std::string::npos ? q1 : s.find('"', q1 + 1);
    if (q2 == std::string::npos) break;
    out.insert(s.substr(q1 + 1, q2 - q1 - 1));
    pos = q2 + 1;
  }
  if (out.empty()) return Status(Errc::parse, "no alpha_3 codes found", Location{path});
  return out;
}

bool has_own_codes(const std::string& dir) {
  std::error_code ec;
  return std::filesystem::exists(std::filesystem::path(dir) / "codes.tsv", ec);
}

Result<CodeSets> codes_for_dir(const std::string& dir, std::vector<Problem>* problems) {
  CodeSets sets = builtin_codes();
  if (!has_own_codes(dir)) return sets;
  sets.imported = true;
  auto t = read_tsv((std::filesystem::path(dir) / "codes.tsv").string(), problems);
  if (!t.ok()) return t.status();
  const int cc = t->column("code"), ck = t->column("kind");
  if (cc < 0 || ck < 0) return Status(Errc::data, "codes.tsv needs columns code, kind", {t->path});
  for (const auto& row : t->rows) {
    const std::string& code = t->cell(row, cc);
    const std::string& kind = t->cell(row, ck);
    std::set<std::string>* dest = kind == "country"  ? &sets.countries
                                  : kind == "role"   ? &sets.roles
                                  : kind == "sector" ? &sets.sectors
                                  : kind == "region" ? &sets.regions
                                                     : nullptr;
    std::string err;
    std::vector<std::string> seg;
    if (!dest)
      err = "unknown kind '" + kind + "' (country, role, sector or region)";
    else if (!split_code(code, &seg) || seg.size() != 1)
      err = "code '" + code + "' must be 3 uppercase letters";
    if (!err.empty()) {
      if (!problems) return Status(Errc::data, err, {t->path, row.line});
      problems->push_back({Problem::Severity::error, t->path, row.line, err});
      continue;
    }
    dest->insert(code);
  }
  return sets;
}

bool split_code(std::string_view code, std::vector<std::string>* segments) {
  segments->clear();
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  for (size_t i = 0; i < code.size(); i += 3) segments->emplace_back(code.substr(i, 3));
  return true;
}

std::string check_code(std::string_view code, CodePattern pattern, const CodeSets& sets) {
  std::vector<std::string> seg;
  if (!split_code(code, &seg))
    return "malformed code '" + std::string(code) + "' (expected 3-letter uppercase segments)";
  auto unknown_role = [&](size_t from) -> std::string {
    for (size_t i = from; i < seg.size(); ++i)
      if (!sets.roles.count(seg[i]))
        return "unknown role code '" + seg[i] + "' in '" + std::string(code) + "'";
    return "";
  };
  switch (pattern) {
    case CodePattern::country_role:
      if (!sets.countries.count(seg[0]))
        return "unknown country code '" + seg[0] + "' in '" + std::string(code) + "'";
      return unknown_role(1);
    case CodePattern::role:
      return unknown_role(0);
    case CodePattern::organization:
      if (!sets.countries.count(seg[0]) && !sets.regions.count(seg[0]) &&
          !sets.sectors.count(seg[0]))
        return "code '" + std::string(code) +
               "' must start with a country, region or sector code (IGO, NGO, MED ...)";
      return "";
    case CodePattern::region:
      if (seg.size() != 1 || !sets.regions.count(seg[0]))
        return "unknown region code '" + std::string(code) + "'";
      return "";
  }
  return "";
}

}  // namespace dyad::lexicon
