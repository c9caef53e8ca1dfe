#include "store/export.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "io/json.h"

namespace dyad::store {

const std::vector<GdeltColumn>& gdelt_columns() {
  static const std::vector<GdeltColumn> cols = [] {
    std::vector<GdeltColumn> c = {
        {"GlobalEventID", "INTEGER", "the cluster id (per mention: the event id)"},
        {"Day", "INTEGER", "YYYYMMDD of the event date; a month or year date gives its first day"},
        {"MonthYear", "INTEGER", ""},
        {"Year", "INTEGER", ""},
        {"FractionDate", "FLOAT", ""},
    };
    for (const char* a : {"Actor1", "Actor2"}) {
      auto add = [&](const char* suffix, const char* type, const char* note) {
        c.push_back({std::string(a) + suffix, type, note});
      };
      add("Code", "STRING", "");
      add("Name", "STRING", "the actor's words in the text, not a dictionary name");
      add("CountryCode", "STRING", "");
      add("KnownGroupCode", "STRING", "the code after IGO/NGO/IMG/MNC, when there is one");
      add("EthnicCode", "STRING", "always empty: dyad does not code ethnicity");
      add("Religion1Code", "STRING", "always empty: dyad does not code religion");
      add("Religion2Code", "STRING", "always empty: dyad does not code religion");
      add("Type1Code", "STRING", "");
      add("Type2Code", "STRING", "");
      add("Type3Code", "STRING", "");
    }
    c.insert(
        c.end(),
        {
            {"IsRootEvent", "INTEGER", "1 when the event is in the document's first paragraph"},
            {"EventCode", "STRING", ""},
            {"EventBaseCode", "STRING", ""},
            {"EventRootCode", "STRING", ""},
            {"QuadClass", "INTEGER", ""},
            {"GoldsteinScale", "FLOAT", ""},
            {"NumMentions", "INTEGER", "mentions in the cluster (per mention: 1)"},
            {"NumSources", "INTEGER",
             "equals NumArticles: the input names no outlet (per mention: 1)"},
            {"NumArticles", "INTEGER", "distinct documents in the cluster (per mention: 1)"},
            {"AvgTone", "FLOAT", "always empty: dyad does not measure tone"},
        });
    for (const char* g : {"Actor1Geo", "Actor2Geo", "ActionGeo"}) {
      bool action = std::string(g) == "ActionGeo";
      auto add = [&](const char* suffix, const char* type, const char* note) {
        c.push_back({std::string(g) + suffix, type, note});
      };
      if (action) {
        add("_Type", "INTEGER",
            "from the event place: 1 country, 4 city (3 in the USA), 5 region (2 in the USA), "
            "0 none");
        add("_FullName", "STRING", "the place name of the gazetteer");
        add("_CountryCode", "STRING",
            "always empty: GDELT uses FIPS 10-4, dyad's gazetteer has ISO 3166 codes (in the "
            "CSV and PLOVER exports)");
        add("_ADM1Code", "STRING", "always empty: no FIPS administrative codes");
        add("_ADM2Code", "STRING", "always empty: no GAUL codes");
        add("_Lat", "FLOAT", "empty when no place");
        add("_Long", "FLOAT", "empty when no place");
        add("_FeatureID", "STRING", "always empty: no GNS feature ids");
      } else {
        const char* none = "always empty (Type 0): dyad locates the event, not each actor";
        add("_Type", "INTEGER", none);
        add("_FullName", "STRING", none);
        add("_CountryCode", "STRING", none);
        add("_ADM1Code", "STRING", none);
        add("_ADM2Code", "STRING", none);
        add("_Lat", "FLOAT", none);
        add("_Long", "FLOAT", none);
        add("_FeatureID", "STRING", none);
      }
    }
    c.insert(c.end(),
             {
                 {"DATEADDED", "INTEGER", "when the document was stored (UTC, YYYYMMDDHHMMSS)"},
                 {"SOURCEURL", "STRING", "the document's source (URL, path or path:line)"},
             });
    return c;
  }();
  return cols;
}

namespace {

std::string cell(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return r;
}

std::string fmt(const char* f, double x) {
  char buf[48];
  std::snprintf(buf, sizeof buf, f, x);
  return buf;
}

// Country, known group and up to three type codes of a CAMEO-style actor code.
struct GdeltActor {
  std::string code, name, country, group, type[3];
};

bool international(std::string_view p) {
  return p == "IGO" || p == "NGO" || p == "IMG" || p == "MNC";
}

GdeltActor gdelt_actor(const EventActor& a, const std::string& country, const std::string& role) {
  GdeltActor g;
  g.code = a.code;
  g.name = a.text;
  g.country = country;
  std::string rest = role;
  if (country.empty() && a.code.size() >= 3 &&
      international(std::string_view(a.code).substr(0, 3))) {
    rest = a.code.substr(0, 3);
    if (a.code.size() >= 6) g.group = a.code.substr(3, 3);
    if (a.code.size() > 6) rest += a.code.substr(6);
  }
  for (int i = 0; i < 3 && rest.size() >= static_cast<size_t>(3 * i + 3); ++i)
    g.type[i] = rest.substr(3 * i, 3);
  return g;
}

std::string date_added(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

void gdelt_row(const EventRow& r, Unit unit, std::string& line) {
  const Event& e = r.event;
  std::vector<std::string> c;
  c.reserve(61);
  c.push_back(std::to_string(unit == Unit::clusters ? r.cluster : r.id));
  std::string day = r.day;
  int64_t lo, hi;
  if (day.empty() && date_window(r.doc.date, lo, hi)) day = day_string(lo);
  if (day.size() == 10) {
    int y = std::stoi(day.substr(0, 4)), m = std::stoi(day.substr(5, 2)),
        d = std::stoi(day.substr(8, 2));
    c.push_back(day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2));
    c.push_back(day.substr(0, 4) + day.substr(5, 2));
    c.push_back(day.substr(0, 4));
    c.push_back(fmt("%.4f", y + (m * 30 + d) / 365.0));
  } else {
    c.insert(c.end(), 4, "");
  }
  for (int k = 0; k < 2; ++k) {
    GdeltActor g = k == 0 ? gdelt_actor(e.source, r.source_country, r.source_role)
                          : gdelt_actor(e.target, r.target_country, r.target_role);
    c.insert(c.end(),
             {g.code, g.name, g.country, g.group, "", "", "", g.type[0], g.type[1], g.type[2]});
  }
  c.push_back(r.paragraph == 0 ? "1" : "0");
  c.push_back(e.cameo);
  c.push_back(e.cameo.size() > 3 ? e.cameo.substr(0, 3) : e.cameo);
  c.push_back(e.root);
  c.push_back(std::to_string(e.quad_class));
  c.push_back(fmt("%.1f", e.goldstein));
  int64_t mentions = unit == Unit::clusters ? r.n_mentions : 1;
  int64_t articles = unit == Unit::clusters ? r.n_articles : 1;
  c.push_back(std::to_string(mentions));
  c.push_back(std::to_string(articles));
  c.push_back(std::to_string(articles));
  c.push_back("");  // AvgTone
  for (int k = 0; k < 2; ++k) c.insert(c.end(), {"0", "", "", "", "", "", "", ""});
  if (e.place.known()) {
    bool usa = e.place.country == "USA";
    const std::string& p = e.place.precision;
    std::string type = p == "country" ? "1" : p == "city" ? (usa ? "3" : "4") : (usa ? "2" : "5");
    c.insert(c.end(), {type, e.place.name, "", "", "", fmt("%.4f", e.place.lat),
                       fmt("%.4f", e.place.lon), ""});
  } else {
    c.insert(c.end(), {"0", "", "", "", "", "", "", ""});
  }
  c.push_back(date_added(r.added));
  c.push_back(r.doc.source.empty() ? r.doc.id : r.doc.source);
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) line += '\t';
    line += cell(c[i]);
  }
  line += '\n';
}

void plover_actor(json::Writer& w, const char* key, const EventActor& a, const std::string& role) {
  w.key(key).begin_array();
  if (a.stated() || !a.code.empty()) {
    w.begin_object().member("actorText", a.text).member("code", a.code);
    if (!role.empty()) w.member("sector", role);
    w.member("start", a.start).member("end", a.end).end_object();
  }
  w.end_array();
}

Status plover_record(Store& store, const EventRow& r, Unit unit, std::string& out) {
  const Event& e = r.event;
  json::Writer w(out);
  w.begin_object();
  w.member("id", "dyad-" + std::string(unit == Unit::clusters ? "c" : "e") +
                     std::to_string(unit == Unit::clusters ? r.cluster : r.id));
  w.key("date");
  if (!e.date.empty())
    w.value(e.date);
  else if (!r.doc.date.empty())
    w.value(r.doc.date);
  else
    w.null();
  plover_actor(w, "source", e.source, r.source_role);
  plover_actor(w, "target", e.target, r.target_role);
  w.key("event").string_or_null(e.plover_type);
  w.key("mode").string_or_null(e.plover_mode);
  w.member("eventText", e.trigger_text).member("text", r.doc.text).member("language", r.doc.lang);
  w.member("cameo", e.cameo).member("quad_class", e.quad_class);
  w.key("goldstein").value(std::round(e.goldstein * 10) / 10);
  w.member("negated", e.negated).member("modality", e.modality);
  w.key("location");
  if (e.place.known())
    w.begin_object()
        .member("name", e.place.name)
        .member("country", e.place.country)
        .member("lat", e.place.lat)
        .member("lon", e.place.lon)
        .member("precision", e.place.precision)
        .end_object();
  else
    w.null();
  w.member("doc", r.doc.id).member("publication", r.doc.source);
  if (unit == Unit::clusters) {
    w.member("mentions", r.n_mentions).member("articles_count", r.n_articles);
    auto arts = cluster_articles(store, r.cluster);
    if (!arts.ok()) return arts.status();
    w.key("articles").begin_array();
    for (const auto& a : *arts) w.value(a);
    w.end_array();
  }
  w.end_object();
  out += '\n';
  return Status::Ok();
}

const std::vector<std::string>& csv_header() {
  static const std::vector<std::string> h = {"id",
                                             "cluster",
                                             "mentions",
                                             "articles",
                                             "cluster_first_day",
                                             "cluster_last_day",
                                             "doc",
                                             "doc_date",
                                             "lang",
                                             "doc_source",
                                             "sentence",
                                             "paragraph",
                                             "evidence",
                                             "source_text",
                                             "source_code",
                                             "source_country",
                                             "source_role",
                                             "source_start",
                                             "source_end",
                                             "target_text",
                                             "target_code",
                                             "target_country",
                                             "target_role",
                                             "target_start",
                                             "target_end",
                                             "cameo",
                                             "root",
                                             "quad_class",
                                             "goldstein",
                                             "plover_type",
                                             "plover_mode",
                                             "trigger_text",
                                             "trigger_start",
                                             "trigger_end",
                                             "negated",
                                             "modality",
                                             "attribution_text",
                                             "attribution_code",
                                             "attribution_start",
                                             "attribution_end",
                                             "date",
                                             "date_precision",
                                             "date_end",
                                             "date_future",
                                             "day",
                                             "place_name",
                                             "place_country",
                                             "place_lat",
                                             "place_lon",
                                             "place_precision",
                                             "place_start",
                                             "place_end",
                                             "fatalities",
                                             "fatalities_qualifier",
                                             "injured",
                                             "injured_qualifier",
                                             "confidence",
                                             "why",
                                             "predicate"};
  return h;
}

std::vector<Value> csv_row(const EventRow& r) {
  const Event& e = r.event;
  auto i64 = [](int64_t v) { return Value(v); };
  auto opt_num = [](bool has, double v) { return has ? Value(v) : Value(); };
  auto actor = [&](const EventActor& a, bool stated) -> std::vector<Value> {
    if (!stated) return {Value(), Value(), Value(), Value()};
    return {a.text, a.code, i64(a.start), i64(a.end)};
  };
  bool ss = e.source.stated() || !e.source.code.empty();
  bool ts = e.target.stated() || !e.target.code.empty();
  bool as = e.attribution.stated() || !e.attribution.code.empty();
  auto s = actor(e.source, ss), t = actor(e.target, ts), a = actor(e.attribution, as);
  bool place = e.place.known();
  return {i64(r.id),
          i64(r.cluster),
          i64(r.n_mentions),
          i64(r.n_articles),
          r.first_day,
          r.last_day,
          r.doc.id,
          r.doc.date,
          r.doc.lang,
          r.doc.source,
          i64(e.sentence),
          i64(r.paragraph),
          r.doc.text,
          s[0],
          s[1],
          r.source_country,
          r.source_role,
          s[2],
          s[3],
          t[0],
          t[1],
          r.target_country,
          r.target_role,
          t[2],
          t[3],
          e.cameo,
          e.root,
          i64(e.quad_class),
          e.goldstein,
          e.plover_type,
          e.plover_mode,
          e.trigger_text,
          i64(e.trigger_start),
          i64(e.trigger_end),
          i64(e.negated),
          e.modality,
          a[0],
          a[1],
          a[2],
          a[3],
          e.date,
          e.date_precision,
          e.date_end,
          i64(e.date_future),
          r.day,
          place ? Value(e.place.name) : Value(),
          place ? Value(e.place.country) : Value(),
          opt_num(place, e.place.lat),
          opt_num(place, e.place.lon),
          place ? Value(e.place.precision) : Value(),
          place ? i64(e.place.start) : Value(),
          place ? i64(e.place.end) : Value(),
          e.fatalities >= 0 ? i64(e.fatalities) : Value(),
          e.fatalities >= 0 ? Value(e.fatalities_qualifier) : Value(),
          e.injured >= 0 ? i64(e.injured) : Value(),
          e.injured >= 0 ? Value(e.injured_qualifier) : Value(),
          double(e.confidence),
          e.why,
          e.predicate};
}

std::string xml(std::string_view s) {
  std::string r;
  for (char c : s) {
    switch (c) {
      case '<':
        r += "&lt;";
        break;
      case '>':
        r += "&gt;";
        break;
      case '&':
        r += "&amp;";
        break;
      case '"':
        r += "&quot;";
        break;
      default:
        r += c;
    }
  }
  return r;
}

std::string value_str(const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) return fmt("%.4g", std::get<double>(v));
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return "";
}

// Writes aggregate rows as GraphML nodes (actor, events, goldstein) or edges (source, target,
// events, goldstein, goldstein_mean).
class GraphmlRows : public RowWriter {
 public:
  GraphmlRows(const Sink& out, bool edges) : out_(out), edges_(edges) {}
  void header(const std::vector<std::string>&) override {}
  void row(const std::vector<Value>& v) override {
    std::string s;
    if (!edges_) {
      s = "    <node id=\"" + xml(value_str(v[0])) + "\"><data key=\"n_events\">" +
          value_str(v[1]) + "</data><data key=\"n_goldstein\">" + value_str(v[2]) +
          "</data></node>\n";
    } else {
      s = "    <edge id=\"e" + std::to_string(++n_) + "\" source=\"" + xml(value_str(v[0])) +
          "\" target=\"" + xml(value_str(v[1])) + "\"><data key=\"weight\">" + value_str(v[2]) +
          "</data><data key=\"goldstein\">" + value_str(v[3]) +
          "</data><data key=\"goldstein_mean\">" + value_str(v[4]) + "</data></edge>\n";
    }
    out_(s);
  }

 private:
  const Sink& out_;
  bool edges_;
  int64_t n_ = 0;
};

}  // namespace

Status export_store(Store& store, const Filter& f, const ExportOptions& opts, const Sink& out) {
  const Unit unit = opts.unit;
  if (opts.format == "gdelt") {
    if (opts.header) {
      std::string h;
      for (const auto& c : gdelt_columns()) h += (h.empty() ? "" : "\t") + c.name;
      out(h + "\n");
    }
    std::string line;
    return for_each_event(store, f, unit, [&](const EventRow& r) {
      line.clear();
      gdelt_row(r, unit, line);
      out(line);
    });
  }
  if (opts.format == "plover") {
    std::string line;
    Status inner;
    Status st = for_each_event(store, f, unit, [&](const EventRow& r) {
      line.clear();
      Status s = plover_record(store, r, unit, line);
      if (!s.ok() && inner.ok()) inner = s;
      out(line);
    });
    return st.ok() ? inner : st;
  }
  if (opts.format == "csv") {
    auto w = make_row_writer("csv", out);
    if (!w.ok()) return w.status();
    (*w)->header(csv_header());
    return for_each_event(store, f, unit, [&](const EventRow& r) { (*w)->row(csv_row(r)); });
  }
  if (opts.format == "graphml") {
    out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "  <key id=\"n_events\" for=\"node\" attr.name=\"events\" attr.type=\"long\"/>\n"
        "  <key id=\"n_goldstein\" for=\"node\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n"
        "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
        "  <key id=\"goldstein_mean\" for=\"edge\" attr.name=\"goldstein_mean\" "
        "attr.type=\"double\"/>\n"
        "  <graph id=\"actors\" edgedefault=\"directed\">\n");
    Aggregate a;
    a.network = true;
    a.per = "actor";
    GraphmlRows nodes(out, false);
    DYAD_RETURN_IF_ERROR(aggregate(store, f, unit, a, nodes));
    a.per = "dyad";
    GraphmlRows edges(out, true);
    DYAD_RETURN_IF_ERROR(aggregate(store, f, unit, a, edges));
    out("  </graph>\n</graphml>\n");
    return Status::Ok();
  }
  return Status(Errc::usage,
                "unknown export format '" + opts.format + "' (gdelt, plover, csv, graphml)");
}

}  // namespace dyad::store
