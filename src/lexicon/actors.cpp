#include "lexicon/actors.h"

#include <filesystem>

#include "lexicon/check.h"
#include "lexicon/schema.h"
#include "lexicon/tsv.h"

namespace dyad::lexicon {

namespace {

// Reads and validates one file; the first error becomes the returned status.
Result<TsvTable> load_checked(const std::string& dir, const std::string& name,
                              const CodeSets& codes) {
  std::string path = (std::filesystem::path(dir) / name).string();
  auto table = read_tsv(path);
  if (!table.ok()) return table.status();
  std::vector<Problem> problems;
  check_table(*table, name, codes, &problems);
  for (const auto& p : problems)
    if (p.is_error()) return Status(Errc::data, p.message, Location{p.file, p.line, 0, false});
  return table;
}

}  // namespace

bool PersonEntry::active_on(std::string_view date) const {
  if (!valid_date(date)) return false;
  std::string lo = date_start(date), hi = date_end(date);
  if (hi < date_start(from)) return false;
  if (!to.empty() && lo > date_end(to)) return false;
  return true;
}

Result<ActorLexicon> load_actor_lexicon(const std::string& dir) {
  ActorLexicon lex;
  lex.dir = dir;
  std::filesystem::path p(dir);
  if (p.filename().empty()) p = p.parent_path();
  lex.lang = p.filename().string();
  // A folder may declare its own codes (codes.tsv, e.g. an imported PETRARCH set).
  auto codes = codes_for_dir(dir);
  if (!codes.ok()) return codes.status();

  {
    auto t = load_checked(dir, "countries.tsv", *codes);
    if (!t.ok()) return t.status();
    for (const auto& r : t->rows)
      lex.countries.push_back({t->cell(r, t->column("code")), t->cell(r, t->column("kind")),
                               t->cell(r, t->column("text")), t->cell(r, t->column("notes")),
                               r.line});
  }
  {
    auto t = load_checked(dir, "regions.tsv", *codes);
    if (!t.ok()) return t.status();
    for (const auto& r : t->rows)
      lex.regions.push_back({t->cell(r, t->column("text")), t->cell(r, t->column("code")),
                             split_nonempty(t->cell(r, t->column("members")), kMemberSeparator),
                             t->cell(r, t->column("notes")), r.line});
  }
  {
    auto t = load_checked(dir, "organizations.tsv", *codes);
    if (!t.ok()) return t.status();
    for (const auto& r : t->rows)
      lex.organizations.push_back({t->cell(r, t->column("text")), t->cell(r, t->column("code")),
                                   t->cell(r, t->column("kind")), t->cell(r, t->column("notes")),
                                   r.line});
  }
  {
    auto t = load_checked(dir, "agents.tsv", *codes);
    if (!t.ok()) return t.status();
    for (const auto& r : t->rows)
      lex.agents.push_back({t->cell(r, t->column("text")), t->cell(r, t->column("lemma")),
                            t->cell(r, t->column("code")), t->cell(r, t->column("notes")), r.line});
  }
  {
    auto t = load_checked(dir, "persons.tsv", *codes);
    if (!t.ok()) return t.status();
    for (const auto& r : t->rows) {
      PersonEntry e;
      e.name = t->cell(r, t->column("name"));
      e.aliases = split_nonempty(t->cell(r, t->column("aliases")), kAliasSeparator);
      e.code = t->cell(r, t->column("code"));
      e.role = t->cell(r, t->column("role"));
      e.from = t->cell(r, t->column("from"));
      e.to = t->cell(r, t->column("to"));
      e.notes = t->cell(r, t->column("notes"));
      e.line = r.line;
      lex.persons.push_back(std::move(e));
    }
  }
  return lex;
}

}  // namespace dyad::lexicon
