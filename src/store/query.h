// Reading the store: filters over events (mentions) and clusters, aggregates, and row writers
// (table, CSV, JSON Lines). Every value a user gives is bound as an SQL parameter; the SQL text
// is assembled only from fixed fragments.
//
//   Filter f;  f.dyad = {"RUS", "IRN"};         // either direction
//   for_each_event(store, f, Unit::mentions, [&](const EventRow& r) { ... });
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "store/store.h"

namespace dyad::store {

// Every list is OR-ed within itself; different fields are AND-ed. Codes match by prefix
// ("IRN" matches IRN, IRNGOV, IRNMIL; CAMEO "07" matches the root, "072" the code and its
// children).
struct Filter {
  std::vector<std::string> actors;     // actor code prefixes
  std::vector<std::string> countries;  // country codes (the actor's country)
  std::string role = "any";            // which actor --actor/--country apply to:
                                       // any (source or target) | source | target | attribution
  std::vector<std::string> dyad;       // {A, B}: A→B or B→A (code prefixes); empty = none
  bool directed = false;               // dyad only A→B
  std::vector<std::string> cameo;      // CAMEO code prefixes ("07", "072")
  std::vector<int> quad_class;         // 1..4
  std::vector<std::string> plover_types;
  std::vector<std::string> modalities;
  int negated = -1;                 // -1 either, 0 not negated, 1 negated
  std::string date_from, date_to;   // YYYY[-MM[-DD]], inclusive; compares the event's start
  std::vector<std::string> places;  // a place name (any case) or a country code
  std::vector<std::string> langs;
  std::string text;   // substring of the evidence (ASCII case-insensitive)
  int64_t limit = 0;  // 0 = no limit
};

// Checks the values (dates, roles, quad classes); Errc::usage when one is invalid.
Status validate(const Filter& f);

enum class Unit { mentions, clusters };

// One event as stored, with its document and cluster. In Unit::clusters, one row per cluster:
// the cluster's representative (first) event.
struct EventRow {
  int64_t id = 0;       // events.id
  int64_t cluster = 0;  // clusters.id
  int64_t n_mentions = 0, n_articles = 0;
  std::string first_day, last_day;  // of the cluster (YYYY-MM-DD), "" when undated
  std::string source_country, source_role, target_country, target_role;
  std::string day;         // the event's first day, "" when undated
  uint32_t paragraph = 0;  // paragraph of its sentence (0 = lead)
  int64_t added = 0;       // unix time the document was stored
  // The document (id, source, date, lang) and the event. The Doc holds only the evidence: its
  // text is the event's sentence and sentences[e.sentence] spans it, so write_event_jsonl and
  // event_evidence work on it; every other offset still points into the stored document text.
  Doc doc;
  Event event;
};

Status for_each_event(Store& store, const Filter& f, Unit unit,
                      const std::function<void(const EventRow&)>& fn);

// The event record of write_event_jsonl (README.md, "Event records") followed by the store's
// fields: "id" (event), "cluster", "mentions", "articles" (the cluster's counts), "doc_date".
void write_event_row_jsonl(const EventRow& r, std::string& out);

// The doc_ids of a cluster's articles, sorted.
Result<std::vector<std::string>> cluster_articles(Store& store, int64_t cluster);

// Generic result rows.
using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Sink = std::function<void(std::string_view)>;

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void header(const std::vector<std::string>& columns) = 0;
  virtual void row(const std::vector<Value>& values) = 0;
  virtual void finish() {}
};
// format: table (aligned columns; buffers until finish), csv (RFC 4180), jsonl, tsv.
Result<std::unique_ptr<RowWriter>> make_row_writer(std::string_view format, Sink out);

struct Aggregate {
  std::string period = "none";  // none | day | week (starting Monday) | month | year
  std::string per = "dyad";     // dyad | actor | total
  bool countries = false;       // group actors by their country instead of their full code
  bool network = false;         // edges only: both actors coded; adds goldstein_mean
  int64_t top = 0;              // the N largest groups (by count), 0 = all in period order
};

// Counts and Goldstein sums of the filtered mentions or clusters. Columns: [period], source,
// target (per dyad) or actor (per actor), events, goldstein[, goldstein_mean].
Status aggregate(Store& store, const Filter& f, Unit unit, const Aggregate& a, RowWriter& out);

// The mention (or cluster) rows of `dyad query` for table and CSV output.
Status list_events(Store& store, const Filter& f, Unit unit, RowWriter& out);

}  // namespace dyad::store
