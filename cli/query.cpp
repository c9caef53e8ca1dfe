// dyad query: filter and aggregate the events of a store (table, CSV, JSONL).
#include <cctype>
#include <cstdlib>

#include "commands.h"
#include "common.h"
#include "output.h"
#include "store/query.h"

namespace dyad::cli {
namespace {

// Every value of a repeatable flag, with comma-separated lists split.
std::vector<std::string> values(const Flags& flags, const std::string& name) {
  std::vector<std::string> out;
  for (const std::string& v : flags.all(name)) {
    size_t at = 0;
    while (at <= v.size()) {
      size_t comma = v.find(',', at);
      if (comma == std::string::npos) comma = v.size();
      if (comma > at) out.push_back(v.substr(at, comma - at));
      at = comma + 1;
    }
  }
  return out;
}

}  // namespace

void add_filter_flags(Flags& flags) {
  flags.value("db", "the store (SQLite file), opened read-only")
      .multi("actor", "actor code prefix (IRN matches IRN, IRNMIL...), A,B lists")
      .multi("country", "actor country code (ISO alpha-3)")
      .value("role", "the role --actor/--country apply to: any, source, target, attribution", "any")
      .value("dyad", "A,B: events from A to B or from B to A (code prefixes)")
      .toggle("directed", "--dyad A,B only from A to B")
      .multi("cameo", "CAMEO code or prefix (07 = root, 072 = code)")
      .multi("quad", "QuadClass 1..4")
      .multi("plover", "PLOVER event type (AID, ASSAULT...)")
      .multi("modality", "asserted reported alleged denied future hypothetical")
      .value("negated", "yes or no (default: both)")
      .value("from", "first date (YYYY, YYYY-MM or YYYY-MM-DD)")
      .value("to", "last date, inclusive")
      .multi("place", "place name or its country code")
      .multi("lang", "document language (nl, en)")
      .value("text", "a substring of the evidence sentence")
      .value("limit", "at most this many rows (0 = all)", "0")
      .toggle("mentions", "one row per mention (event in an article)")
      .toggle("clusters", "one row per event cluster (the same event in several articles)");
}

std::string filter_from_flags(const Flags& flags, store::Filter& f) {
  f.actors = values(flags, "actor");
  f.countries = values(flags, "country");
  f.role = flags.get("role");
  if (flags.given("dyad")) {
    std::vector<std::string> d;
    const std::string& v = flags.get("dyad");
    size_t comma = v.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 >= v.size() ||
        v.find(',', comma + 1) != std::string::npos)
      return "--dyad takes two actor codes: A,B";
    f.dyad = {v.substr(0, comma), v.substr(comma + 1)};
  }
  f.directed = flags.on("directed");
  f.cameo = values(flags, "cameo");
  for (const std::string& q : values(flags, "quad")) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') return "--quad takes 1, 2, 3 or 4";
    f.quad_class.push_back(q[0] - '0');
  }
  f.plover_types = values(flags, "plover");
  for (std::string& p : f.plover_types)
    for (char& c : p) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  f.modalities = values(flags, "modality");
  if (flags.given("negated")) {
    const std::string& n = flags.get("negated");
    if (n == "yes" || n == "true" || n == "1")
      f.negated = 1;
    else if (n == "no" || n == "false" || n == "0")
      f.negated = 0;
    else
      return "--negated takes yes or no";
  }
  f.date_from = flags.get("from");
  f.date_to = flags.get("to");
  f.places = values(flags, "place");
  f.langs = values(flags, "lang");
  f.text = flags.get("text");
  f.limit = flags.get_int("limit", 0);
  if (flags.on("mentions") && flags.on("clusters")) return "--mentions or --clusters, not both";
  if (Status st = store::validate(f); !st.ok()) return st.message();
  return "";
}

int cmd_query(const Args& args) {
  Flags flags("query", "--db FILE.sqlite [filters] [aggregate] [--format table|csv|jsonl]");
  add_filter_flags(flags);
  flags.value("count-by", "aggregate: counts and Goldstein sums per none, day, week, month, year")
      .value("per", "aggregate per dyad, actor or total", "dyad")
      .value("top-dyads", "aggregate: the N dyads with most events")
      .toggle("network", "aggregate: actor network edges (source, target, events, Goldstein)")
      .toggle("by-country", "aggregate actors by country instead of full code")
      .value("format", "output format: table, csv or jsonl", "table");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (flags.get("db").empty()) {
    report("query: --db FILE.sqlite is required");
    return kExitUsage;
  }
  store::Filter f;
  if (std::string err = filter_from_flags(flags, f); !err.empty()) {
    report("query: " + err);
    return kExitUsage;
  }
  const std::string format = flags.get("format");
  auto writer = store::make_row_writer(format, [](std::string_view s) { Out::stdout_().write(s); });
  if (!writer.ok()) {
    report("query: " + writer.status().message());
    return kExitUsage;
  }
  auto st = store::Store::open(flags.get("db"), store::Store::Mode::read);
  if (!st.ok()) {
    report(st.status());
    return kExitInput;
  }
  const store::Unit unit = flags.on("clusters") ? store::Unit::clusters : store::Unit::mentions;
  bool agg = flags.given("count-by") || flags.given("top-dyads") || flags.on("network") ||
             flags.given("per");
  Status result;
  if (agg) {
    store::Aggregate a;
    a.period = flags.given("count-by") ? flags.get("count-by") : "none";
    a.per = flags.get("per");
    a.countries = flags.on("by-country");
    a.network = flags.on("network");
    if (flags.given("top-dyads")) {
      a.top = flags.get_int("top-dyads", 0);
      if (a.top <= 0) {
        report("query: --top-dyads takes a positive number");
        return kExitUsage;
      }
      a.per = "dyad";
    }
    if (a.network) a.per = "dyad";
    result = store::aggregate(**st, f, unit, a, **writer);
  } else if (format == "jsonl") {
    std::string line;
    result = store::for_each_event(**st, f, unit, [&](const store::EventRow& r) {
      line.clear();
      store::write_event_row_jsonl(r, line);
      Out::stdout_().write(line);
    });
  } else {
    result = store::list_events(**st, f, unit, **writer);
  }
  if (!result.ok()) {
    report(result);
    return result.code() == Errc::usage ? kExitUsage : kExitInput;
  }
  return kExitOk;
}

}  // namespace dyad::cli
