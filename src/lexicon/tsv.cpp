#include "lexicon/tsv.h"

#include <fstream>
#include <sstream>

#include "util/utf8.h"

namespace dyad::lexicon {

std::string Problem::to_string() const {
  std::string s = file;
  if (line > 0) {
    s.push_back(':');
    s.append(std::to_string(line));
  }
  s += severity == Severity::error ? ": error: " : ": warning: ";
  s += message;
  return s;
}

int TsvTable::column(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  return -1;
}

const std::string& TsvTable::cell(const TsvRow& row, int col) const {
  static const std::string kEmpty;
  if (col < 0 || static_cast<size_t>(col) >= row.cells.size()) return kEmpty;
  return row.cells[col];
}

std::string TsvTable::comment_value(std::string_view key) const {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  for (const auto& c : comments) {
    if (c.size() <= key.size() || c[key.size()] != ':') continue;
    bool same = true;
    for (size_t i = 0; i < key.size() && same; ++i) same = lower(c[i]) == lower(key[i]);
    if (!same) continue;
    size_t b = key.size() + 1;
    while (b < c.size() && c[b] == ' ') ++b;
    return c.substr(b);
  }
  return "";
}

std::vector<std::string> split_nonempty(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) out.emplace_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.emplace_back(line.substr(start));
      return out;
    }
    out.emplace_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace

Result<TsvTable> parse_tsv(std::string_view text, const std::string& path,
                           std::vector<Problem>* problems) {
  TsvTable table;
  table.path = path;
  Status first;
  // Records a problem; returns true when parsing must stop (strict mode).
  auto fail = [&](Errc code, uint64_t line, const std::string& msg) {
    if (problems) {
      problems->push_back({Problem::Severity::error, path, line, msg});
      return false;
    }
    first = Status(code, msg, Location{path, line, 0, false});
    return true;
  };

  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    if (fail(Errc::data, 1, "byte order mark at the start of the file")) return first;
    text.remove_prefix(3);
  }
  uint64_t lineno = 0;
  size_t pos = 0;
  bool in_comments = true;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') {
      if (fail(Errc::data, lineno, "carriage return (CRLF line end); use LF")) return first;
      line.remove_suffix(1);
    }
    if (size_t bad = utf8::find_invalid(line); bad != std::string_view::npos) {
      if (fail(Errc::invalid_utf8, lineno,
               "invalid UTF-8 at byte " + std::to_string(bad) + " of the line"))
        return first;
      continue;
    }
    if (in_comments && !line.empty() && line[0] == '#') {
      std::string_view c = line.substr(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      table.comments.emplace_back(c);
      continue;
    }
    if (line.empty()) {
      // Blank lines are allowed anywhere except inside the header block (they are skipped).
      continue;
    }
    if (in_comments) {
      in_comments = false;
      table.columns = split_tabs(line);
      table.header_line = lineno;
      continue;
    }
    if (line[0] == '#') continue;  // comment lines between entries
    TsvRow row;
    row.line = lineno;
    row.cells = split_tabs(line);
    if (row.cells.size() > table.columns.size()) {
      if (fail(Errc::data, lineno,
               std::to_string(row.cells.size()) + " cells but the header has " +
                   std::to_string(table.columns.size()) + " columns"))
        return first;
      continue;
    }
    // Missing trailing cells are empty (editors strip trailing tabs).
    row.cells.resize(table.columns.size());
    table.rows.push_back(std::move(row));
  }
  if (table.header_line == 0) {
    if (fail(Errc::data, 0, "no header row")) return first;
    return Status(Errc::data, "no header row", Location{path, 0, 0, false});
  }
  return table;
}

Result<std::string> read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open " + path, Location{path});
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(Errc::io, "cannot read " + path, Location{path});
  return ss.str();
}

Result<TsvTable> read_tsv(const std::string& path, std::vector<Problem>* problems) {
  auto text = read_file_text(path);
  if (!text.ok()) return text.status();
  return parse_tsv(*text, path, problems);
}

}  // namespace dyad::lexicon
