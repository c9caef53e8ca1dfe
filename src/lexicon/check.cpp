#include "lexicon/check.h"

#include <functional>

#include "lexicon/ontology.h"
#include "lexicon/predicates.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_set>

#include "lexicon/schema.h"

namespace fs = std::filesystem;

namespace dyad::lexicon {

size_t CheckReport::errors() const {
  return std::count_if(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.is_error(); });
}

size_t CheckReport::warnings() const {
  return problems.size() - errors();
}

namespace {

void add(std::vector<Problem>* out, Problem::Severity sev, const std::string& file, uint64_t line,
         std::string msg) {
  out->push_back(Problem{sev, file, line, std::move(msg)});
}

bool in_list(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t p = s.find(sep, start);
    if (p == std::string::npos) p = s.size();
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
  return s;
}

// Stray spaces make entries silently unmatchable.
std::string spacing_problem(const std::string& cell) {
  if (cell.empty()) return "";
  if (cell.front() == ' ' || cell.back() == ' ') return "leading or trailing space";
  if (cell.find("  ") != std::string::npos) return "double space";
  return "";
}

}  // namespace

size_t check_table(const TsvTable& t, const std::string& file_name, const CodeSets& codes,
                   std::vector<Problem>* problems) {
  using S = Problem::Severity;
  const std::string& path = t.path;
  if (t.comment_value("source").empty())
    add(problems, S::error, path, 1, "missing comment line '# source: ...'");
  if (t.comment_value("licence").empty() && t.comment_value("license").empty())
    add(problems, S::error, path, 1, "missing comment line '# licence: ...'");
  {
    std::set<std::string> seen;
    for (const auto& c : t.columns) {
      if (c.empty()) add(problems, S::error, path, t.header_line, "empty column name in header");
      if (!seen.insert(c).second)
        add(problems, S::error, path, t.header_line, "column '" + c + "' twice in header");
    }
  }
  const FileSchema* schema = find_schema(file_name);
  if (!schema) return t.rows.size();

  std::vector<std::string> want;
  for (const auto& c : schema->columns) want.push_back(c.name);
  if (t.columns != want) {
    add(problems, S::error, path, t.header_line,
        "header is '" + join(t.columns, "\\t") + "', expected '" + join(want, "\\t") + "'");
    return 0;
  }

  const int c_code = t.column("code");
  const int c_kind = t.column("kind");
  const int c_text = t.column("text");
  std::map<std::string, uint64_t> keys;                     // key -> first line
  std::map<std::string, std::set<std::string>> text_codes;  // text -> codes (ambiguity)
  std::map<std::string, uint64_t> text_first_line;

  for (const auto& row : t.rows) {
    auto err = [&](const std::string& m) { add(problems, S::error, path, row.line, m); };
    bool row_ok = true;
    for (size_t i = 0; i < schema->columns.size(); ++i) {
      const std::string& v = row.cells[i];
      if (schema->columns[i].required && v.empty()) {
        err("required column '" + schema->columns[i].name + "' is empty");
        row_ok = false;
      }
      if (std::string sp = spacing_problem(v); !sp.empty())
        err(sp + " in column '" + schema->columns[i].name + "'");
    }
    if (!row_ok) continue;

    const std::string& code = t.cell(row, c_code);
    if (file_name == "countries.tsv") {
      if (auto m = check_code(code, CodePattern::country_role, codes); !m.empty()) err(m);
      const std::string& kind = t.cell(row, c_kind);
      if (!in_list(country_kinds(), kind))
        err("unknown kind '" + kind + "' (one of: " + join(country_kinds(), " ") + ")");
      else if (kind != "metonym" && code.size() != 3)
        err("kind '" + kind + "' takes a bare country code, not '" + code + "'");
    } else if (file_name == "organizations.tsv") {
      if (auto m = check_code(code, CodePattern::organization, codes); !m.empty()) err(m);
      const std::string& kind = t.cell(row, c_kind);
      if (!in_list(organization_kinds(), kind))
        err("unknown kind '" + kind + "' (one of: " + join(organization_kinds(), " ") + ")");
    } else if (file_name == "agents.tsv") {
      if (auto m = check_code(code, CodePattern::role, codes); !m.empty()) err(m);
    } else if (file_name == "regions.tsv") {
      const std::string& members = t.cell(row, t.column("members"));
      if (code.empty() && members.empty()) err("a region needs a code or members (or both)");
      if (!code.empty())
        if (auto m = check_code(code, CodePattern::region, codes); !m.empty()) err(m);
      if (!members.empty()) {
        std::set<std::string> seen;
        for (const auto& mem : split(members, kMemberSeparator)) {
          if (mem.size() != 3 || !codes.countries.count(mem))
            err("unknown country code '" + mem + "' in members");
          else if (!seen.insert(mem).second)
            err("member '" + mem + "' listed twice");
        }
      }
    } else if (file_name == "persons.tsv") {
      // A person acts for a state (country + role: USAGOV) or for an organisation (IGOUNO).
      bool of_country = code.size() >= 3 && codes.countries.count(code.substr(0, 3));
      if (auto m = check_code(
              code, of_country ? CodePattern::country_role : CodePattern::organization, codes);
          !m.empty())
        err(m);
      else if (of_country && code.size() < 6 && !codes.imported)
        err("a person's code needs a role after the country ('" + code + "GOV')");
      const std::string& from = t.cell(row, t.column("from"));
      const std::string& to = t.cell(row, t.column("to"));
      bool dates_ok = true;
      if (!valid_date(from)) {
        err("bad date '" + from + "' in column 'from' (YYYY-MM-DD, YYYY-MM or YYYY)");
        dates_ok = false;
      }
      if (!to.empty() && !valid_date(to)) {
        err("bad date '" + to + "' in column 'to' (YYYY-MM-DD, YYYY-MM or YYYY; empty = still)");
        dates_ok = false;
      }
      if (dates_ok && !to.empty() && date_start(from) > date_end(to))
        err("'from' " + from + " is after 'to' " + to);
      const std::string& aliases = t.cell(row, t.column("aliases"));
      if (!aliases.empty()) {
        std::set<std::string> seen{t.cell(row, t.column("name"))};
        for (const auto& a : split(aliases, kAliasSeparator)) {
          if (a.empty())
            err("empty alias (check the '|' separators)");
          else if (!seen.insert(a).second)
            err("alias '" + a + "' repeats the name or another alias");
          else if (auto sp = spacing_problem(a); !sp.empty())
            err(sp + " in alias '" + a + "'");
        }
      }
    }

    std::string key;
    for (const auto& k : schema->key) key += t.cell(row, t.column(k)) + '\t';
    auto [it, fresh] = keys.emplace(key, row.line);
    if (!fresh)
      err("duplicate entry (same " + join(schema->key, "+") + " as line " +
          std::to_string(it->second) + ")");
    // (a `city` row shares its name with another country's capital on purpose)
    const int c_kind = t.column("kind");
    const bool city = c_kind >= 0 && t.cell(row, c_kind) == "city";
    if (c_text >= 0 && c_code >= 0 && !code.empty() && !city) {
      const std::string& text = t.cell(row, c_text);
      text_codes[text].insert(code);
      text_first_line.emplace(text, row.line);
    }
  }
  for (const auto& [text, cs] : text_codes) {
    if (cs.size() > 1) {
      std::vector<std::string> v(cs.begin(), cs.end());
      add(problems, S::warning, path, text_first_line[text],
          "'" + text + "' has several codes (" + join(v, " ") + "): ambiguous");
    }
  }
  return t.rows.size();
}

std::vector<std::string> list_lang_dirs(const std::string& lang_root) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(lang_root, ec))
    if (e.is_directory()) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

std::string lang_of(const std::string& dir) {
  fs::path p(dir);
  if (p.filename().empty()) p = p.parent_path();
  return p.filename().string();
}

std::unordered_set<std::string> load_words(const std::string& path) {
  std::unordered_set<std::string> words;
  std::ifstream in(path);
  std::string w;
  while (std::getline(in, w)) {
    if (!w.empty() && w.back() == '\r') w.pop_back();
    if (!w.empty()) words.insert(w);
  }
  return words;
}

// The word list writes the apostrophe as U+0027; news text often has U+2019.
std::string straight_apostrophes(std::string s) {
  constexpr std::string_view curly = "\xE2\x80\x99";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, curly.size(), curly) == 0) {
      out.push_back('\'');
      i += curly.size();
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

}  // namespace

CheckReport check_lang_dirs(const std::vector<std::string>& dirs, const CheckOptions& options) {
  using S = Problem::Severity;
  CheckReport report;
  auto& problems = report.problems;

  CodeSets codes = builtin_codes();
  if (!options.iso_json.empty() && fs::exists(options.iso_json)) {
    auto iso = read_iso_json(options.iso_json);
    if (!iso.ok()) {
      add(&problems, S::warning, options.iso_json, 0, iso.status().message());
    } else {
      for (const auto& c : *iso) {
        codes.countries.insert(c);
        codes.iso.insert(c);
      }
    }
  }

  std::unordered_set<std::string> dutch;
  bool dutch_loaded = false;

  // file name -> (dir -> header)
  std::map<std::string, std::map<std::string, std::vector<std::string>>> headers;
  std::map<std::string, std::set<std::string>> files_of_dir;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      add(&problems, S::error, dir, 0, "not a directory");
      continue;
    }
    ++report.dirs;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    auto& names = files_of_dir[dir];
    for (const auto& f : files) names.insert(f.filename().string());

    const std::string lang = lang_of(dir);
    // A folder with its own codes.tsv (an imported dictionary set) adds them to the known codes
    // and need not name every ISO 3166-1 country.
    const bool own_codes = has_own_codes(dir);
    CodeSets dir_codes = codes;
    dir_codes.imported = own_codes;
    if (own_codes) {
      auto extra = codes_for_dir(dir, &problems);
      if (extra.ok()) {
        for (const auto& c : extra->countries) dir_codes.countries.insert(c);
        for (const auto& c : extra->roles) dir_codes.roles.insert(c);
        for (const auto& c : extra->sectors) dir_codes.sectors.insert(c);
        for (const auto& c : extra->regions) dir_codes.regions.insert(c);
      }
    }
    for (const auto& f : files) {
      if (f.extension() != ".tsv") continue;
      ++report.files;
      const std::string name = f.filename().string();
      auto table = read_tsv(f.string(), &problems);
      if (!table.ok()) {
        if (table.status().code() == Errc::io)
          add(&problems, S::error, f.string(), 0, table.status().message());
        continue;
      }
      headers[name][dir] = table->columns;
      report.entries += check_table(*table, name, dir_codes, &problems);

      if (name == "countries.tsv") {
        const int c_code = table->column("code"), c_kind = table->column("kind"),
                  c_text = table->column("text");
        if (c_code < 0 || c_kind < 0 || c_text < 0) continue;
        std::set<std::string> named;
        for (const auto& row : table->rows)
          if (table->cell(row, c_kind) == "name") named.insert(table->cell(row, c_code));
        for (const auto& iso : codes.iso)
          if (options.require_all_countries && !own_codes && !named.count(iso))
            add(&problems, S::error, f.string(), 0,
                "ISO 3166-1 country " + iso + " has no 'name' entry");
        if (lang == "nl" && !options.dutch_words.empty()) {
          if (!dutch_loaded) {
            dutch_loaded = true;
            if (fs::exists(options.dutch_words)) dutch = load_words(options.dutch_words);
            if (dutch.empty())
              add(&problems, S::warning, options.dutch_words, 0,
                  "Dutch word list not found (Debian package wdutch); adjectives and "
                  "inhabitant nouns not checked");
          }
          if (dutch.empty()) continue;
          for (const auto& row : table->rows) {
            const std::string& kind = table->cell(row, c_kind);
            if (kind != "adjective" && kind != "inhabitant") continue;
            std::string w = straight_apostrophes(table->cell(row, c_text));
            if (!dutch.count(w))
              add(&problems, S::warning, f.string(), row.line,
                  kind + " '" + table->cell(row, c_text) + "' is not in the Dutch word list");
          }
        }
      }
    }
  }

  // The event dictionaries (predicates, word classes, cues) of each folder: roles, constraints,
  // word classes and CAMEO codes.
  {
    auto onto =
        Ontology::load(options.ontology_dir.empty() ? ontology_dir() : options.ontology_dir);
    if (!onto.ok())
      add(&problems, S::error, onto.status().where().file, onto.status().where().line,
          onto.status().message());
    for (const auto& dir : dirs) {
      if (!fs::exists(fs::path(dir) / "predicates.tsv")) continue;
      std::function<bool(std::string_view)> valid;
      // An imported set (`dyad lang import-petrarch`) may bring its own ontology beside it.
      const fs::path own = fs::path(dir).parent_path() / "ontology";
      std::shared_ptr<const Ontology> own_onto;
      if (has_own_codes(dir) && fs::exists(own / "cameo.tsv")) {
        auto o = Ontology::load(own.string());
        if (o.ok())
          own_onto = *o;
        else
          add(&problems, S::error, own.string(), 0, o.status().message());
      }
      if (own_onto) {
        const Ontology* o = own_onto.get();
        valid = [o](std::string_view c) { return o->cameo(c) != nullptr; };
      } else if (onto.ok()) {
        const Ontology* o = onto->get();
        valid = [o](std::string_view c) { return o->cameo(c) != nullptr; };
      }
      auto lex = load_event_lexicon(dir, valid, &problems);
      if (!lex.ok()) add(&problems, S::error, dir, 0, lex.status().message());
    }
  }

  // Every folder has the same file names and, per TSV file, the same header.
  std::set<std::string> all_names;
  for (const auto& [dir, names] : files_of_dir) all_names.insert(names.begin(), names.end());
  for (const auto& [dir, names] : files_of_dir) {
    for (const auto& n : all_names) {
      if (names.count(n)) continue;
      std::string where;
      for (const auto& [d2, n2] : files_of_dir)
        if (n2.count(n)) where += (where.empty() ? "" : ", ") + d2;
      add(&problems, S::error, (fs::path(dir) / n).string(), 0,
          "missing (present in " + where + ")");
    }
  }
  for (const auto& [name, by_dir] : headers) {
    if (by_dir.size() < 2) continue;
    const auto& [dir0, h0] = *by_dir.begin();
    for (const auto& [dir, h] : by_dir)
      if (h != h0)
        add(&problems, S::error, (fs::path(dir) / name).string(), 0,
            "header '" + join(h, "\\t") + "' differs from " + (fs::path(dir0) / name).string() +
                " '" + join(h0, "\\t") + "'");
  }
  return report;
}

}  // namespace dyad::lexicon
