#include "store/query.h"

#include <algorithm>
#include <cstdio>

#include "io/event_writers.h"
#include "io/json.h"

namespace dyad::store {
namespace {

// A WHERE clause assembled from fixed fragments; every value is a numbered parameter.
class Where {
 public:
  Where(std::string e, std::string d) : e_(std::move(e)), d_(std::move(d)) {}
  std::string param(Value v) {
    params_.push_back(std::move(v));
    return "?" + std::to_string(params_.size());
  }
  void add(const std::string& cond) { sql_ += " AND (" + cond + ")"; }
  std::string e(const char* col) const { return e_ + "." + col; }
  std::string d(const char* col) const { return d_ + "." + col; }
  const std::string& sql() const { return sql_; }
  std::vector<Value>& params() { return params_; }
  // col starts with prefix: a range, so indexes serve it.
  std::string prefix(const std::string& col, const std::string& prefix) {
    if (prefix.empty()) return col + " IS NOT NULL";
    std::string upper = prefix;
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    return "(" + col + " >= " + param(prefix) + " AND " + col + " < " + param(upper) + ")";
  }
  std::string in(const std::string& col, const std::vector<std::string>& values) {
    std::string s = col + " IN (";
    for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + param(values[i]);
    return s + ")";
  }

 private:
  std::string e_, d_, sql_;
  std::vector<Value> params_;
};

std::string like_pattern(std::string_view text) {
  std::string p = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') p += '\\';
    p += c;
  }
  return p + "%";
}

void build_where(const Filter& f, Where& w) {
  auto any_of = [&](const std::vector<std::string>& vals, auto&& one) {
    std::string s;
    for (const auto& v : vals) s += (s.empty() ? "" : " OR ") + one(v);
    return s;
  };
  if (!f.actors.empty()) {
    w.add(any_of(f.actors, [&](const std::string& a) {
      std::string s;
      if (f.role == "any" || f.role == "source") s = w.prefix(w.e("source_code"), a);
      if (f.role == "any" || f.role == "target")
        s += (s.empty() ? "" : " OR ") + w.prefix(w.e("target_code"), a);
      if (f.role == "attribution") s = w.prefix(w.e("attribution_code"), a);
      return s;
    }));
  }
  if (!f.countries.empty()) {
    w.add(any_of(f.countries, [&](const std::string& c) {
      std::string s;
      if (f.role == "any" || f.role == "source") s = w.e("source_country") + " = " + w.param(c);
      if (f.role == "any" || f.role == "target")
        s += (s.empty() ? "" : " OR ") + w.e("target_country") + " = " + w.param(c);
      if (f.role == "attribution") s = w.prefix(w.e("attribution_code"), c);
      return s;
    }));
  }
  if (f.dyad.size() == 2) {
    std::string ab =
        w.prefix(w.e("source_code"), f.dyad[0]) + " AND " + w.prefix(w.e("target_code"), f.dyad[1]);
    if (f.directed) {
      w.add(ab);
    } else {
      std::string ba = w.prefix(w.e("source_code"), f.dyad[1]) + " AND " +
                       w.prefix(w.e("target_code"), f.dyad[0]);
      w.add("(" + ab + ") OR (" + ba + ")");
    }
  }
  if (!f.cameo.empty())
    w.add(any_of(f.cameo, [&](const std::string& c) { return w.prefix(w.e("cameo"), c); }));
  if (!f.quad_class.empty()) {
    std::string s = w.e("quad_class") + " IN (";
    for (size_t i = 0; i < f.quad_class.size(); ++i)
      s += (i ? ", " : "") + w.param(static_cast<int64_t>(f.quad_class[i]));
    w.add(s + ")");
  }
  if (!f.plover_types.empty()) w.add(w.in(w.e("plover_type"), f.plover_types));
  if (!f.modalities.empty()) w.add(w.in(w.e("modality"), f.modalities));
  if (f.negated >= 0) w.add(w.e("negated") + " = " + w.param(int64_t{f.negated}));
  int64_t lo, hi;
  if (!f.date_from.empty() && date_window(f.date_from, lo, hi))
    w.add(w.e("day_lo") + " >= " + w.param(lo));
  if (!f.date_to.empty() && date_window(f.date_to, lo, hi))
    w.add(w.e("day_lo") + " <= " + w.param(hi));
  if (!f.places.empty()) {
    w.add(any_of(f.places, [&](const std::string& p) {
      return w.e("place_name") + " = " + w.param(p) + " COLLATE NOCASE OR " + w.e("place_country") +
             " = " + w.param(p);
    }));
  }
  if (!f.langs.empty()) w.add(w.in(w.d("lang"), f.langs));
  if (!f.text.empty())
    w.add(w.e("evidence") + " LIKE " + w.param(like_pattern(f.text)) + " ESCAPE '\\'");
}

Status bind_all(sql::Stmt& st, const std::vector<Value>& params) {
  for (size_t i = 0; i < params.size(); ++i) {
    int k = static_cast<int>(i + 1);
    const Value& v = params[i];
    if (std::holds_alternative<int64_t>(v))
      st.bind(k, std::get<int64_t>(v));
    else if (std::holds_alternative<double>(v))
      st.bind(k, std::get<double>(v));
    else if (std::holds_alternative<std::string>(v))
      st.bind(k, std::get<std::string>(v));
    else
      st.bind_null(k);
  }
  return st.status();
}

const char* const kEventColumns =
    "e.id, e.cluster, c.n_mentions, c.n_articles, c.first_day, c.last_day, e.sentence, "
    "e.paragraph, e.evidence, e.evidence_start, e.evidence_end, "
    "e.source_text, e.source_code, e.source_country, e.source_role, e.source_start, "
    "e.source_end, e.source_stated, "
    "e.target_text, e.target_code, e.target_country, e.target_role, e.target_start, "
    "e.target_end, e.target_stated, "
    "e.cameo, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.trigger_text, "
    "e.trigger_first, e.trigger_last, e.trigger_start, e.trigger_end, e.negated, e.modality, "
    "e.attribution_text, e.attribution_code, e.attribution_start, e.attribution_end, "
    "e.attribution_stated, "
    "e.date, e.date_precision, e.date_end, e.date_future, e.day, "
    "e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_precision, e.place_start, "
    "e.place_end, e.fatalities, e.fatalities_qualifier, e.injured, e.injured_qualifier, "
    "e.confidence, e.why, e.predicate, "
    "d.doc_id, d.source, d.date, d.lang, d.added";

uint32_t u32(const sql::Stmt& st, int i) {
  return static_cast<uint32_t>(st.int64(i));
}

void read_actor(const sql::Stmt& st, int at, bool parts, EventActor& a, std::string* country,
                std::string* role) {
  a.text = st.text(at);
  a.code = st.text(at + 1);
  int k = at + 2;
  if (parts) {
    *country = st.text(k);
    *role = st.text(k + 1);
    k += 2;
  }
  a.start = u32(st, k);
  a.end = u32(st, k + 1);
  if (st.int64(k + 2) && a.text.empty()) a.token = 0;  // stated but without text
}

void read_row(const sql::Stmt& st, EventRow& r) {
  r = EventRow();
  r.id = st.int64(0);
  r.cluster = st.int64(1);
  r.n_mentions = st.int64(2);
  r.n_articles = st.int64(3);
  if (!st.is_null(4)) r.first_day = day_string(st.int64(4));
  if (!st.is_null(5)) r.last_day = day_string(st.int64(5));
  Event& e = r.event;
  e.sentence = u32(st, 6);
  r.paragraph = u32(st, 7);
  Doc& doc = r.doc;
  doc.text = st.text(8);
  doc.sentences.resize(e.sentence + 1);
  doc.sentences[e.sentence].start = 0;
  doc.sentences[e.sentence].end = static_cast<uint32_t>(doc.text.size());
  read_actor(st, 11, true, e.source, &r.source_country, &r.source_role);
  read_actor(st, 18, true, e.target, &r.target_country, &r.target_role);
  e.cameo = st.text(25);
  e.root = st.text(26);
  e.quad_class = static_cast<int>(st.int64(27));
  e.goldstein = st.real(28);
  e.plover_type = st.text(29);
  e.plover_mode = st.text(30);
  e.trigger_text = st.text(31);
  e.trigger_first = u32(st, 32);
  e.trigger_last = u32(st, 33);
  e.trigger_start = u32(st, 34);
  e.trigger_end = u32(st, 35);
  e.negated = st.int64(36) != 0;
  e.modality = st.text(37);
  read_actor(st, 38, false, e.attribution, nullptr, nullptr);
  e.date = st.text(43);
  e.date_precision = st.text(44);
  e.date_end = st.text(45);
  e.date_future = st.int64(46) != 0;
  r.day = st.text(47);
  if (!st.is_null(48)) {
    e.place.name = st.text(48);
    e.place.country = st.text(49);
    e.place.lat = st.real(50);
    e.place.lon = st.real(51);
    e.place.precision = st.text(52);
    e.place.start = u32(st, 53);
    e.place.end = u32(st, 54);
  }
  if (!st.is_null(55)) {
    e.fatalities = static_cast<int32_t>(st.int64(55));
    e.fatalities_qualifier = st.text(56);
  }
  if (!st.is_null(57)) {
    e.injured = static_cast<int32_t>(st.int64(57));
    e.injured_qualifier = st.text(58);
  }
  e.confidence = static_cast<float>(st.real(59));
  e.why = st.text(60);
  e.predicate = st.text(61);
  doc.id = st.text(62);
  doc.source = st.text(63);
  doc.date = st.text(64);
  doc.lang = st.text(65);
  r.added = st.int64(66);
}

std::string filtered_clusters_sql(const Filter& f, Where& w) {
  build_where(f, w);
  return "EXISTS (SELECT 1 FROM events fe JOIN documents fd ON fd.id = fe.doc "
         "WHERE fe.cluster = c.id" +
         w.sql() + ")";
}

}  // namespace

Status validate(const Filter& f) {
  if (f.role != "any" && f.role != "source" && f.role != "target" && f.role != "attribution")
    return Status(Errc::usage,
                  "role must be any, source, target or attribution, not '" + f.role + "'");
  int64_t lo, hi;
  for (const std::string* d : {&f.date_from, &f.date_to})
    if (!d->empty() && !date_window(*d, lo, hi))
      return Status(Errc::usage, "bad date '" + *d + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
  for (int q : f.quad_class)
    if (q < 1 || q > 4) return Status(Errc::usage, "QuadClass must be 1..4");
  if (!f.dyad.empty() && f.dyad.size() != 2)
    return Status(Errc::usage, "a dyad is two actor codes: A,B");
  if (f.negated < -1 || f.negated > 1) return Status(Errc::usage, "negated must be yes or no");
  return Status::Ok();
}

Status for_each_event(Store& store, const Filter& f, Unit unit,
                      const std::function<void(const EventRow&)>& fn) {
  DYAD_RETURN_IF_ERROR(validate(f));
  std::string sql = std::string("SELECT ") + kEventColumns;
  Where w(unit == Unit::mentions ? "e" : "fe", unit == Unit::mentions ? "d" : "fd");
  if (unit == Unit::mentions) {
    build_where(f, w);
    sql +=
        " FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN clusters c ON c.id = "
        "e.cluster WHERE 1 = 1" +
        w.sql() + " ORDER BY e.id";
  } else {
    std::string exists = filtered_clusters_sql(f, w);
    sql +=
        " FROM clusters c JOIN events e ON e.id = c.first_event JOIN documents d ON d.id = e.doc "
        "WHERE " +
        exists + " ORDER BY c.id";
  }
  if (f.limit > 0) sql += " LIMIT " + w.param(f.limit);
  auto st = store.db().prepare(sql);
  if (!st.ok()) return st.status();
  DYAD_RETURN_IF_ERROR(bind_all(*st, w.params()));
  EventRow row;
  while (st->step()) {
    read_row(*st, row);
    fn(row);
  }
  return st->status();
}

void write_event_row_jsonl(const EventRow& r, std::string& out) {
  size_t at = out.size();
  write_event_jsonl(r.doc, r.event, out);
  // Replace the closing "}\n" with the store's fields.
  while (out.size() > at && (out.back() == '\n' || out.back() == '}')) {
    bool brace = out.back() == '}';
    out.pop_back();
    if (brace) break;
  }
  out += ",\"id\":" + std::to_string(r.id) + ",\"cluster\":" + std::to_string(r.cluster) +
         ",\"mentions\":" + std::to_string(r.n_mentions) +
         ",\"articles\":" + std::to_string(r.n_articles) + ",\"doc_date\":";
  if (r.doc.date.empty())
    out += "null";
  else
    json::append_string(out, r.doc.date);
  out += "}\n";
}

Result<std::vector<std::string>> cluster_articles(Store& store, int64_t cluster) {
  auto st = store.db().prepare(
      "SELECT DISTINCT d.doc_id FROM events e JOIN documents d ON d.id = e.doc "
      "WHERE e.cluster = ?1 ORDER BY d.doc_id");
  if (!st.ok()) return st.status();
  st->bind(1, cluster);
  std::vector<std::string> ids;
  while (st->step()) ids.push_back(st->text(0));
  if (!st->status().ok()) return st->status();
  return ids;
}

Status list_events(Store& store, const Filter& f, Unit unit, RowWriter& out) {
  if (unit == Unit::mentions) {
    out.header({"id", "cluster", "doc", "date", "source", "target", "cameo", "quad_class",
                "goldstein", "plover", "modality", "negated", "trigger", "evidence"});
  } else {
    out.header({"cluster", "first_day", "last_day", "source", "target", "root", "cameo",
                "quad_class", "goldstein", "mentions", "articles", "doc", "evidence"});
  }
  Status inner;
  Status st = for_each_event(store, f, unit, [&](const EventRow& r) {
    const Event& e = r.event;
    auto code_or_text = [](const EventActor& a) { return a.code.empty() ? a.text : a.code; };
    if (unit == Unit::mentions) {
      out.row({r.id, r.cluster, r.doc.id, e.date, code_or_text(e.source), code_or_text(e.target),
               e.cameo, int64_t{e.quad_class}, e.goldstein,
               e.plover_type + (e.plover_mode.empty() ? "" : "/" + e.plover_mode), e.modality,
               int64_t{e.negated ? 1 : 0}, e.trigger_text, r.doc.text});
    } else {
      auto arts = cluster_articles(store, r.cluster);
      std::string list;
      if (arts.ok())
        for (const auto& a : *arts) list += (list.empty() ? "" : " ") + a;
      else if (inner.ok())
        inner = arts.status();
      out.row({r.cluster, r.first_day, r.last_day, code_or_text(e.source), code_or_text(e.target),
               e.root, e.cameo, int64_t{e.quad_class}, e.goldstein, r.n_mentions, r.n_articles,
               list, r.doc.text});
    }
  });
  out.finish();
  return st.ok() ? inner : st;
}

Status aggregate(Store& store, const Filter& f, Unit unit, const Aggregate& a, RowWriter& out) {
  DYAD_RETURN_IF_ERROR(validate(f));
  std::string period;
  if (a.period == "day")
    period = "day";
  else if (a.period == "week")
    period = "date(day, 'weekday 0', '-6 days')";
  else if (a.period == "month")
    period = "substr(day, 1, 7)";
  else if (a.period == "year")
    period = "substr(day, 1, 4)";
  else if (a.period != "none")
    return Status(Errc::usage, "period must be none, day, week, month or year");
  if (a.per != "dyad" && a.per != "actor" && a.per != "total")
    return Status(Errc::usage, "per must be dyad, actor or total");

  const char* s = a.countries ? "source_country" : "source_code";
  const char* t = a.countries ? "target_country" : "target_code";
  std::string base;
  Where w(unit == Unit::mentions ? "e" : "fe", unit == Unit::mentions ? "d" : "fd");
  std::string cols = std::string("coalesce(e.") + s + ", '') AS s, coalesce(e." + t +
                     ", '') AS t, e.day AS day, e.goldstein AS g";
  if (unit == Unit::mentions) {
    build_where(f, w);
    base =
        "SELECT " + cols + " FROM events e JOIN documents d ON d.id = e.doc WHERE 1 = 1" + w.sql();
  } else {
    std::string exists = filtered_clusters_sql(f, w);
    base =
        "SELECT " + cols + " FROM clusters c JOIN events e ON e.id = c.first_event WHERE " + exists;
  }
  if (a.network) base = "SELECT * FROM (" + base + ") WHERE s != '' AND t != ''";

  std::vector<std::string> header, group;
  std::string select, from = "base";
  if (!period.empty()) {
    header.push_back("period");
    select += period + ", ";
    group.push_back("1");
  }
  if (a.per == "dyad") {
    header.insert(header.end(), {"source", "target"});
    select += "s, t, ";
    group.push_back(std::to_string(group.size() + 1));
    group.push_back(std::to_string(group.size() + 1));
  } else if (a.per == "actor") {
    header.push_back("actor");
    select += "s, ";
    group.push_back(std::to_string(group.size() + 1));
    from = "(SELECT s, day, g FROM base UNION ALL SELECT t, day, g FROM base)";
  }
  header.insert(header.end(), {"events", "goldstein"});
  select += "count(*), round(sum(g), 1)";
  if (a.network) {
    header.push_back("goldstein_mean");
    select += ", round(avg(g), 2)";
  }
  std::string sql = "WITH base AS (" + base + ") SELECT " + select + " FROM " + from;
  if (a.per == "actor") sql += " WHERE s != ''";
  std::string groups;
  for (const auto& g : group) groups += (groups.empty() ? "" : ", ") + g;
  if (!groups.empty()) sql += " GROUP BY " + groups;
  if (a.top > 0)
    sql += " ORDER BY count(*) DESC" + (groups.empty() ? "" : ", " + groups) + " LIMIT " +
           w.param(a.top);
  else if (!groups.empty())
    sql += " ORDER BY " + groups;

  auto st = store.db().prepare(sql);
  if (!st.ok()) return st.status();
  DYAD_RETURN_IF_ERROR(bind_all(*st, w.params()));
  out.header(header);
  std::vector<Value> row(header.size());
  while (st->step()) {
    for (int i = 0; i < st->columns(); ++i) {
      switch (st->type(i)) {
        case 1:
          row[i] = st->int64(i);
          break;
        case 2:
          row[i] = st->real(i);
          break;
        case 5:
          row[i] = std::monostate();
          break;
        default:
          row[i] = st->text(i);
          break;
      }
    }
    out.row(row);
  }
  out.finish();
  return st->status();
}

// ---- row writers ----

namespace {

std::string value_text(const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) {
    // Two decimals at most (Goldstein scores and sums), trailing zeros trimmed.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", std::get<double>(v));
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return "";
}

class CsvWriter : public RowWriter {
 public:
  CsvWriter(Sink out, char sep) : out_(std::move(out)), sep_(sep) {}
  void header(const std::vector<std::string>& cols) override {
    std::string line;
    for (size_t i = 0; i < cols.size(); ++i) {
      if (i) line += sep_;
      line += cell(cols[i]);
    }
    out_(line + "\n");
  }
  void row(const std::vector<Value>& vals) override {
    std::string line;
    for (size_t i = 0; i < vals.size(); ++i) {
      if (i) line += sep_;
      line += cell(value_text(vals[i]));
    }
    line += '\n';
    out_(line);
  }

 private:
  std::string cell(const std::string& s) const {
    if (sep_ == '\t') {
      std::string r = s;
      for (char& c : r)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
      return r;
    }
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string r = "\"";
    for (char c : s) {
      if (c == '"') r += '"';
      r += c;
    }
    return r + "\"";
  }
  Sink out_;
  char sep_;
};

class JsonlWriter : public RowWriter {
 public:
  explicit JsonlWriter(Sink out) : out_(std::move(out)) {}
  void header(const std::vector<std::string>& cols) override { cols_ = cols; }
  void row(const std::vector<Value>& vals) override {
    std::string s;
    json::Writer w(s);
    w.begin_object();
    for (size_t i = 0; i < vals.size() && i < cols_.size(); ++i) {
      w.key(cols_[i]);
      const Value& v = vals[i];
      if (std::holds_alternative<int64_t>(v))
        w.value(std::get<int64_t>(v));
      else if (std::holds_alternative<double>(v))
        w.value(std::get<double>(v));
      else if (std::holds_alternative<std::string>(v))
        w.value(std::get<std::string>(v));
      else
        w.null();
    }
    w.end_object();
    s += '\n';
    out_(s);
  }

 private:
  Sink out_;
  std::vector<std::string> cols_;
};

// Code points in a UTF-8 string (continuation bytes not counted).
size_t width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string clip(const std::string& s, size_t max) {
  if (width(s) <= max) return s;
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max - 1) break;
      ++n;
    }
  }
  return s.substr(0, i) + "…";
}

class TableWriter : public RowWriter {
 public:
  explicit TableWriter(Sink out) : out_(std::move(out)) {}
  void header(const std::vector<std::string>& cols) override { rows_.push_back(cols); }
  void row(const std::vector<Value>& vals) override {
    std::vector<std::string> r;
    for (const auto& v : vals) {
      std::string s = value_text(v);
      for (char& c : s)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
      r.push_back(clip(s, 100));
    }
    rows_.push_back(std::move(r));
  }
  void finish() override {
    std::vector<size_t> w;
    for (const auto& r : rows_)
      for (size_t i = 0; i < r.size(); ++i) {
        if (w.size() <= i) w.push_back(0);
        w[i] = std::max(w[i], width(r[i]));
      }
    for (const auto& r : rows_) {
      std::string line;
      for (size_t i = 0; i < r.size(); ++i) {
        line += r[i];
        if (i + 1 < r.size()) line.append(w[i] - width(r[i]) + 2, ' ');
      }
      out_(line + "\n");
    }
    rows_.clear();
  }

 private:
  Sink out_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

Result<std::unique_ptr<RowWriter>> make_row_writer(std::string_view format, Sink out) {
  if (format == "table") return std::unique_ptr<RowWriter>(new TableWriter(std::move(out)));
  if (format == "csv") return std::unique_ptr<RowWriter>(new CsvWriter(std::move(out), ','));
  if (format == "tsv") return std::unique_ptr<RowWriter>(new CsvWriter(std::move(out), '\t'));
  if (format == "jsonl") return std::unique_ptr<RowWriter>(new JsonlWriter(std::move(out)));
  return Status(Errc::usage, "unknown format '" + std::string(format) + "' (table, csv, jsonl)");
}

}  // namespace dyad::store
