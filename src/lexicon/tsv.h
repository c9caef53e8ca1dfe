// Tab-separated language data files: comment lines (`# ...`) first, then a header row naming the
// columns, then one entry per line. Cells hold UTF-8 text without tabs; an empty cell is "".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"

namespace dyad::lexicon {

// One problem found in a data file. Errors make `dyad lang check` fail; warnings do not.
struct Problem {
  enum class Severity { error, warning };
  Severity severity = Severity::error;
  std::string file;
  uint64_t line = 0;  // 1-based; 0 = the file as a whole
  std::string message;

  bool is_error() const { return severity == Severity::error; }
  // "file:line: error: message" (line omitted when 0).
  std::string to_string() const;
};

// The non-empty parts of `s` between separators ("WEAPON|~geld" -> WEAPON, ~geld).
std::vector<std::string> split_nonempty(std::string_view s, char sep);

struct TsvRow {
  uint64_t line = 0;  // 1-based line number in the file
  std::vector<std::string> cells;
};

struct TsvTable {
  std::string path;
  std::vector<std::string> comments;  // comment lines without the leading "#" and one space
  std::vector<std::string> columns;   // the header row
  uint64_t header_line = 0;
  std::vector<TsvRow> rows;

  // Index of a column, or -1.
  int column(std::string_view name) const;
  // The cell of `row` in column `col` (-1 or missing cell gives "").
  const std::string& cell(const TsvRow& row, int col) const;
  // The value of comment "key: value" (e.g. "source"; the key matches case-insensitively), or ""
  // when absent.
  std::string comment_value(std::string_view key) const;
};

// Parses TSV text. `path` only names the file in messages. Without `problems`, the first problem
// (invalid UTF-8, a row with the wrong number of cells, no header) is returned as an Errc::data
// (or Errc::invalid_utf8) error located at file:line. With `problems`, every problem is appended
// there, bad rows are skipped and a table is returned whenever a header was found.
Result<TsvTable> parse_tsv(std::string_view text, const std::string& path,
                           std::vector<Problem>* problems = nullptr);

// Reads and parses a file (Errc::io when it cannot be read).
Result<TsvTable> read_tsv(const std::string& path, std::vector<Problem>* problems = nullptr);

// Reads a whole file into a string.
Result<std::string> read_file_text(const std::string& path);

}  // namespace dyad::lexicon
