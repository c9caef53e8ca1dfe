#include "lexicon/schema.h"

namespace dyad::lexicon {

const std::vector<FileSchema>& actor_schemas() {
  static const std::vector<FileSchema> k = {
      {"countries.tsv",
       {{"code", true}, {"kind", true}, {"text", true}, {"notes", false}},
       {"code", "kind", "text"}},
      {"regions.tsv",
       {{"text", true}, {"code", false}, {"members", false}, {"notes", false}},
       {"text", "code"}},
      {"organizations.tsv",
       {{"text", true}, {"code", true}, {"kind", true}, {"notes", false}},
       {"text", "code"}},
      {"agents.tsv",
       {{"text", true}, {"lemma", false}, {"code", true}, {"notes", false}},
       {"text", "code"}},
      {"persons.tsv",
       {{"name", true},
        {"aliases", false},
        {"code", true},
        {"role", true},
        {"from", true},
        {"to", false},
        {"notes", false}},
       {"name", "code", "role", "from"}},
  };
  return k;
}

const FileSchema* find_schema(std::string_view file) {
  for (const auto& s : actor_schemas())
    if (s.file == file) return &s;
  return nullptr;
}

const std::vector<std::string>& country_kinds() {
  static const std::vector<std::string> k = {"name",    "short",   "adjective", "inhabitant",
                                             "capital", "metonym", "city"};
  return k;
}

const std::vector<std::string>& organization_kinds() {
  static const std::vector<std::string> k = {"igo",   "ngo",     "media", "armed-group",
                                             "party", "company", "state"};
  return k;
}

namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int days_in_month(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : k[m - 1];
}

}  // namespace

bool valid_date(std::string_view d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!digits(d.substr(0, 4))) return false;
  int y = std::stoi(std::string(d.substr(0, 4)));
  if (d.size() == 4) return y >= 1900 && y <= 2100;
  if (d[4] != '-' || !digits(d.substr(5, 2))) return false;
  int m = std::stoi(std::string(d.substr(5, 2)));
  if (y < 1900 || y > 2100 || m < 1 || m > 12) return false;
  if (d.size() == 7) return true;
  if (d[7] != '-' || !digits(d.substr(8, 2))) return false;
  int day = std::stoi(std::string(d.substr(8, 2)));
  return day >= 1 && day <= days_in_month(y, m);
}

std::string date_start(std::string_view d) {
  if (d.size() == 4) return std::string(d) + "-01-01";
  return d.size() == 7 ? std::string(d) + "-01" : std::string(d);
}

std::string date_end(std::string_view d) {
  if (d.size() == 4) return std::string(d) + "-12-31";
  if (d.size() != 7) return std::string(d);
  int y = std::stoi(std::string(d.substr(0, 4)));
  int m = std::stoi(std::string(d.substr(5, 2)));
  std::string dd = std::to_string(days_in_month(y, m));
  return std::string(d) + "-" + dd;
}

}  // namespace dyad::lexicon
