// The actor dictionary files every language folder holds, their columns and allowed values.
// lang/README.md documents each column; this file is the machine-readable form of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::lexicon {

struct ColumnSpec {
  std::string name;
  bool required = false;
};

struct FileSchema {
  std::string file;  // e.g. "countries.tsv"
  std::vector<ColumnSpec> columns;
  std::vector<std::string> key;  // columns whose combined values must be unique
};

// countries.tsv, regions.tsv, organizations.tsv, agents.tsv, persons.tsv.
const std::vector<FileSchema>& actor_schemas();
// The schema of a file name, or nullptr for files this module does not own.
const FileSchema* find_schema(std::string_view file);

// Allowed values of the `kind` columns.
const std::vector<std::string>& country_kinds();  // name short adjective inhabitant capital metonym
const std::vector<std::string>& organization_kinds();  // igo ngo media armed-group party ...

// Separators inside cells.
inline constexpr char kAliasSeparator = '|';   // persons.aliases
inline constexpr char kMemberSeparator = ' ';  // regions.members

// Dates in persons.tsv: YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not known for
// sure, with a real month and day.
bool valid_date(std::string_view d);
// First and last day a date stands for: "2022-05" -> "2022-05-01" / "2022-05-31",
// "2022" -> "2022-01-01" / "2022-12-31".
std::string date_start(std::string_view d);
std::string date_end(std::string_view d);

}  // namespace dyad::lexicon
