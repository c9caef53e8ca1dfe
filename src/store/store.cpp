#include "store/store.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <set>
#include <vector>

#include "io/event_writers.h"
#include "store/schema.h"
#include "util/hash.h"

namespace dyad::store {

std::string content_hash(const Doc& doc) {
  uint64_t h = hash_bytes(doc.text);
  h = hash_combine(h, hash_bytes(doc.date));
  h = hash_combine(h, hash_bytes(doc.lang));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int64_t to_day(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days(year_month_day{year{y}, month{m}, day{d}}).time_since_epoch().count();
}

}  // namespace

bool date_window(std::string_view date, int64_t& lo, int64_t& hi) {
  using namespace std::chrono;
  if (date.size() < 4 || !digits(date.substr(0, 4))) return false;
  int y = std::stoi(std::string(date.substr(0, 4)));
  if (date.size() == 4) {
    lo = to_day(y, 1, 1);
    hi = to_day(y, 12, 31);
    return true;
  }
  if (date.size() < 7 || date[4] != '-' || !digits(date.substr(5, 2))) return false;
  unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
  if (m < 1 || m > 12) return false;
  if (date.size() == 7) {
    lo = to_day(y, m, 1);
    year_month_day_last last{year{y}, month_day_last{month{m}}};
    hi = sys_days(last).time_since_epoch().count();
    return true;
  }
  if (date.size() != 10 || date[7] != '-' || !digits(date.substr(8, 2))) return false;
  unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return false;
  lo = hi = sys_days(ymd).time_since_epoch().count();
  return true;
}

std::string day_string(int64_t day) {
  using namespace std::chrono;
  year_month_day ymd{sys_days(days(day))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

namespace {

// Codes that start with an international or unidentified actor type instead of a country.
bool non_country_prefix(std::string_view p) {
  static const char* const kTypes[] = {"IGO", "NGO", "IMG", "MNC", "UAF", "UIS"};
  for (const char* t : kTypes)
    if (p == t) return true;
  return false;
}

struct ActorParts {
  std::string country, role;
};

ActorParts actor_parts(const Doc& doc, const EventActor& a) {
  ActorParts p;
  if (a.mention >= 0 && static_cast<size_t>(a.mention) < doc.mentions.size() &&
      doc.mentions[a.mention].code == a.code) {
    p.country = doc.mentions[a.mention].country;
    p.role = doc.mentions[a.mention].role;
    return p;
  }
  if (a.code.size() >= 3 && !non_country_prefix(std::string_view(a.code).substr(0, 3))) {
    p.country = a.code.substr(0, 3);
    p.role = a.code.substr(3);
  } else {
    p.role = a.code;
  }
  return p;
}

// The clustering key of an actor: its code; an uncoded actor by its lower-cased text.
std::string actor_key(const EventActor& a) {
  if (!a.code.empty()) return a.code;
  if (!a.stated()) return "";
  std::string k = "~";
  for (char c : a.text) k += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return k;
}

std::string place_key(const EventPlace& p) {
  if (!p.known()) return "";
  return p.country + "|" + p.name;
}

}  // namespace

struct Store::Impl {
  sql::Stmt find_doc, insert_doc, delete_doc, insert_actor, insert_event, doc_clusters;
  sql::Stmt find_cluster_dated, find_cluster_undated, insert_cluster, set_first_event, bump_cluster,
      recount_cluster, delete_empty_cluster, clear_errors, insert_error;
};

Store::~Store() = default;

namespace {

Status prepare(sql::Db& db, sql::Stmt& st, const char* sql) {
  auto r = db.prepare(sql);
  if (!r.ok()) return r.status();
  st = std::move(*r);
  return Status::Ok();
}

Status prepare_writer(sql::Db& db, Store::Impl& s) {
  DYAD_RETURN_IF_ERROR(prepare(db, s.find_doc, "SELECT id, hash FROM documents WHERE doc_id = ?1"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.insert_doc,
                               "INSERT INTO documents(doc_id, hash, date, lang, source, n_tokens, "
                               "n_sentences, n_events, text, added) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.delete_doc, "DELETE FROM documents WHERE id = ?1"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.doc_clusters,
                               "SELECT DISTINCT cluster FROM events WHERE doc = ?1 AND cluster IS "
                               "NOT NULL ORDER BY cluster"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.insert_actor,
                               "INSERT INTO actors(doc, sentence, start, end, text, code, "
                               "country, role, kind, confidence, via) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
  DYAD_RETURN_IF_ERROR(prepare(
      db, s.insert_event,
      "INSERT INTO events(doc, seq, cluster, sentence, paragraph, evidence, evidence_start, "
      "evidence_end, source_text, source_code, source_country, source_role, source_start, "
      "source_end, source_stated, target_text, target_code, target_country, target_role, "
      "target_start, target_end, target_stated, cameo, root, quad_class, goldstein, plover_type, "
      "plover_mode, trigger_text, trigger_first, trigger_last, trigger_start, trigger_end, "
      "negated, modality, attribution_text, attribution_code, attribution_start, "
      "attribution_end, attribution_stated, date, date_precision, date_end, date_future, day, "
      "day_lo, day_hi, place_name, place_country, place_lat, place_lon, place_precision, "
      "place_start, place_end, fatalities, fatalities_qualifier, injured, injured_qualifier, "
      "confidence, why, predicate) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
      "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, "
      "?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, ?43, ?44, ?45, ?46, ?47, ?48, "
      "?49, ?50, ?51, ?52, ?53, ?54, ?55, ?56, ?57, ?58, ?59, ?60, ?61)"));
  DYAD_RETURN_IF_ERROR(
      prepare(db, s.find_cluster_dated,
              "SELECT id FROM clusters WHERE source_key = ?1 AND target_key = ?2 AND root = ?3 AND "
              "place_key = ?4 AND day_lo IS NOT NULL AND day_lo <= ?6 + ?7 AND day_hi >= ?5 - ?7 "
              "ORDER BY abs(day_lo - ?5), id LIMIT 1"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.find_cluster_undated,
                               "SELECT id FROM clusters WHERE source_key = ?1 AND target_key = ?2 "
                               "AND root = ?3 AND place_key = ?4 AND day_lo IS NULL "
                               "ORDER BY id LIMIT 1"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.insert_cluster,
                               "INSERT INTO clusters(source_key, target_key, root, place_key, "
                               "day_lo, day_hi, first_event, n_mentions, n_articles, first_day, "
                               "last_day) VALUES(?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, ?5, ?6)"));
  DYAD_RETURN_IF_ERROR(
      prepare(db, s.set_first_event, "UPDATE clusters SET first_event = ?2 WHERE id = ?1"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.bump_cluster,
                               "UPDATE clusters SET n_mentions = n_mentions + 1, n_articles = "
                               "n_articles + ?2, first_day = min(coalesce(first_day, ?3), ?3), "
                               "last_day = max(coalesce(last_day, ?4), ?4) WHERE id = ?1"));
  DYAD_RETURN_IF_ERROR(
      prepare(db, s.recount_cluster,
              "UPDATE clusters SET n_mentions = (SELECT count(*) FROM events WHERE cluster = ?1), "
              "n_articles = (SELECT count(DISTINCT doc) FROM events WHERE cluster = ?1), "
              "first_event = coalesce((SELECT min(id) FROM events WHERE cluster = ?1), 0), "
              "first_day = (SELECT min(day_lo) FROM events WHERE cluster = ?1), "
              "last_day = (SELECT max(day_hi) FROM events WHERE cluster = ?1) WHERE id = ?1"));
  DYAD_RETURN_IF_ERROR(
      prepare(db, s.delete_empty_cluster, "DELETE FROM clusters WHERE id = ?1 AND n_mentions = 0"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.clear_errors, "DELETE FROM errors WHERE doc_id = ?1"));
  DYAD_RETURN_IF_ERROR(prepare(db, s.insert_error,
                               "INSERT OR IGNORE INTO errors(doc_id, hash, source, line, byte, "
                               "code, message) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  return Status::Ok();
}

Result<std::string> read_meta(sql::Db& db, const char* key) {
  auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
  if (!st.ok()) return st.status();
  st->bind(1, key);
  if (st->step()) return st->text(0);
  if (!st->status().ok()) return st->status();
  return std::string();
}

Status write_meta(sql::Db& db, const char* key, const std::string& value) {
  auto st = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
  if (!st.ok()) return st.status();
  st->bind(1, key).bind(2, value);
  return st->run();
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, Mode mode,
                                           const StoreOptions& opts) {
  std::unique_ptr<Store> s(new Store());
  s->impl_ = std::make_unique<Impl>();
  if (mode == Mode::read) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
      return Status(Errc::not_found, "no store at this path", {path});
  }
  auto db = sql::Db::open(
      path, mode == Mode::read ? sql::Db::Mode::read_only : sql::Db::Mode::read_write_create);
  if (!db.ok()) return db.status();
  s->db_ = std::move(*db);
  sql::Db& d = *s->db_;
  if (mode == Mode::write) {
    DYAD_RETURN_IF_ERROR(d.exec("PRAGMA journal_mode = WAL"));
    // With WAL, NORMAL keeps every committed transaction across a killed process (only a power
    // loss may lose the last ones).
    DYAD_RETURN_IF_ERROR(d.exec("PRAGMA synchronous = NORMAL"));
    DYAD_RETURN_IF_ERROR(d.exec("PRAGMA foreign_keys = ON"));
    DYAD_RETURN_IF_ERROR(migrate(d));
    auto w = read_meta(d, "cluster_window_days");
    if (!w.ok()) return w.status();
    if (w->empty()) {
      DYAD_RETURN_IF_ERROR(
          write_meta(d, "cluster_window_days", std::to_string(opts.cluster_window_days)));
      s->window_ = opts.cluster_window_days;
    } else {
      s->window_ = std::stoi(*w);
    }
    DYAD_RETURN_IF_ERROR(prepare_writer(d, *s->impl_));
  } else {
    auto v = read_version(d);
    if (!v.ok()) return v.status();
    if (*v != schema_version())
      return Status(Errc::unsupported,
                    "store has schema version " + std::to_string(*v) + ", this dyad reads " +
                        std::to_string(schema_version()) +
                        (*v < schema_version() ? " (dyad ingest upgrades it)" : ""),
                    {path});
    auto w = read_meta(d, "cluster_window_days");
    if (!w.ok()) return w.status();
    if (!w->empty()) s->window_ = std::stoi(*w);
  }
  return s;
}

Result<std::unordered_map<std::string, std::string>> Store::stored_hashes() {
  std::unordered_map<std::string, std::string> m;
  auto st = db_->prepare("SELECT doc_id, hash FROM documents");
  if (!st.ok()) return st.status();
  while (st->step()) m.emplace(st->text(0), st->text(1));
  if (!st->status().ok()) return st->status();
  return m;
}

Status Store::begin() {
  if (in_txn_) return Status::Ok();
  DYAD_RETURN_IF_ERROR(db_->exec("BEGIN IMMEDIATE"));
  in_txn_ = true;
  return Status::Ok();
}

Status Store::commit() {
  if (!in_txn_) return Status::Ok();
  Status st = db_->exec("COMMIT");
  if (st.ok()) in_txn_ = false;
  return st;
}

Result<Store::Put> Store::put(const Doc& doc, const std::string& hash, int64_t* n_events) {
  if (n_events) *n_events = 0;
  if (!in_txn_) return Status(Errc::usage, "Store::put outside a transaction", {db_->path()});
  Impl& s = *impl_;
  Put result = Put::added;
  s.find_doc.reset().bind(1, doc.id);
  if (s.find_doc.step()) {
    int64_t old = s.find_doc.int64(0);
    bool same = s.find_doc.text_view(1) == hash;
    s.find_doc.reset();
    if (same) return Put::unchanged;
    // Replaced: drop the old version and shrink (or drop) the clusters it was in.
    std::vector<int64_t> touched;
    s.doc_clusters.reset().bind(1, old);
    while (s.doc_clusters.step()) touched.push_back(s.doc_clusters.int64(0));
    DYAD_RETURN_IF_ERROR(s.doc_clusters.status());
    s.doc_clusters.reset();
    s.delete_doc.reset().bind(1, old);
    DYAD_RETURN_IF_ERROR(s.delete_doc.run());
    for (int64_t c : touched) {
      s.recount_cluster.reset().bind(1, c);
      DYAD_RETURN_IF_ERROR(s.recount_cluster.run());
      s.delete_empty_cluster.reset().bind(1, c);
      DYAD_RETURN_IF_ERROR(s.delete_empty_cluster.run());
    }
    result = Put::replaced;
  } else {
    DYAD_RETURN_IF_ERROR(s.find_doc.status());
    s.find_doc.reset();
  }

  int64_t now = static_cast<int64_t>(std::time(nullptr));
  s.insert_doc.reset()
      .bind(1, doc.id)
      .bind(2, hash)
      .bind_text_or_null(3, doc.date)
      .bind_text_or_null(4, doc.lang)
      .bind_text_or_null(5, doc.source)
      .bind(6, static_cast<int64_t>(doc.tokens.size()))
      .bind(7, static_cast<int64_t>(doc.sentences.size()))
      .bind(8, static_cast<int64_t>(doc.events.size()))
      .bind(9, doc.text)
      .bind(10, now);
  DYAD_RETURN_IF_ERROR(s.insert_doc.run());
  const int64_t doc_row = db_->last_insert_rowid();
  s.clear_errors.reset().bind(1, doc.id);
  DYAD_RETURN_IF_ERROR(s.clear_errors.run());

  for (const Mention& m : doc.mentions) {
    s.insert_actor.reset()
        .bind(1, doc_row)
        .bind(2, m.sentence)
        .bind(3, m.start)
        .bind(4, m.end)
        .bind(5, m.text)
        .bind_text_or_null(6, m.code)
        .bind_text_or_null(7, m.country)
        .bind_text_or_null(8, m.role)
        .bind_text_or_null(9, m.kind)
        .bind(10, static_cast<double>(m.confidence))
        .bind_text_or_null(11, m.via);
    DYAD_RETURN_IF_ERROR(s.insert_actor.run());
  }

  std::set<int64_t> doc_in_cluster;  // clusters this document already has a mention in
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    int64_t lo = 0, hi = 0;
    bool dated = date_window(e.date, lo, hi);
    if (dated && !e.date_end.empty()) {
      int64_t lo2, hi2;
      if (date_window(e.date_end, lo2, hi2) && hi2 > hi) hi = hi2;
    }
    // Cluster: find or create.
    const std::string skey = actor_key(e.source), tkey = actor_key(e.target),
                      pkey = place_key(e.place);
    int64_t cluster = 0;
    sql::Stmt& find = dated ? s.find_cluster_dated : s.find_cluster_undated;
    find.reset().bind(1, skey).bind(2, tkey).bind(3, e.root).bind(4, pkey);
    if (dated) find.bind(5, lo).bind(6, hi).bind(7, static_cast<int64_t>(window_));
    if (find.step()) cluster = find.int64(0);
    DYAD_RETURN_IF_ERROR(find.status());
    find.reset();
    bool new_cluster = cluster == 0;
    if (new_cluster) {
      s.insert_cluster.reset().bind(1, skey).bind(2, tkey).bind(3, e.root).bind(4, pkey);
      if (dated)
        s.insert_cluster.bind(5, lo).bind(6, hi);
      else
        s.insert_cluster.bind_null(5).bind_null(6);
      DYAD_RETURN_IF_ERROR(s.insert_cluster.run());
      cluster = db_->last_insert_rowid();
    }

    const ActorParts sp = actor_parts(doc, e.source), tp = actor_parts(doc, e.target);
    uint32_t ev_start = 0, ev_end = 0, paragraph = 0;
    if (e.sentence < doc.sentences.size()) {
      ev_start = doc.sentences[e.sentence].start;
      ev_end = doc.sentences[e.sentence].end;
      paragraph = doc.sentences[e.sentence].paragraph;
    }
    sql::Stmt& q = s.insert_event;
    q.reset()
        .bind(1, doc_row)
        .bind(2, static_cast<int64_t>(i))
        .bind(3, cluster)
        .bind(4, e.sentence)
        .bind(5, paragraph)
        .bind(6, event_evidence(doc, e))
        .bind(7, ev_start)
        .bind(8, ev_end);
    auto bind_actor = [&](int at, const EventActor& a, const ActorParts* parts) {
      if (!a.stated() && a.code.empty()) {
        for (int k = 0; k < (parts ? 6 : 4); ++k) q.bind_null(at + k);
        q.bind(at + (parts ? 6 : 4), 0);
        return;
      }
      q.bind(at, a.text).bind_text_or_null(at + 1, a.code);
      int k = at + 2;
      if (parts) {
        q.bind_text_or_null(k, parts->country).bind_text_or_null(k + 1, parts->role);
        k += 2;
      }
      q.bind(k, a.start).bind(k + 1, a.end).bind(k + 2, 1);
    };
    bind_actor(9, e.source, &sp);
    bind_actor(16, e.target, &tp);
    q.bind(23, e.cameo)
        .bind(24, e.root)
        .bind(25, e.quad_class)
        .bind(26, e.goldstein)
        .bind_text_or_null(27, e.plover_type)
        .bind_text_or_null(28, e.plover_mode)
        .bind(29, e.trigger_text)
        .bind(30, e.trigger_first)
        .bind(31, e.trigger_last)
        .bind(32, e.trigger_start)
        .bind(33, e.trigger_end)
        .bind(34, e.negated ? 1 : 0)
        .bind(35, e.modality);
    bind_actor(36, e.attribution, nullptr);
    q.bind_text_or_null(41, e.date)
        .bind_text_or_null(42, e.date_precision)
        .bind_text_or_null(43, e.date_end)
        .bind(44, e.date_future ? 1 : 0);
    if (dated)
      q.bind(45, day_string(lo)).bind(46, lo).bind(47, hi);
    else
      q.bind_null(45).bind_null(46).bind_null(47);
    if (e.place.known())
      q.bind(48, e.place.name)
          .bind_text_or_null(49, e.place.country)
          .bind(50, e.place.lat)
          .bind(51, e.place.lon)
          .bind(52, e.place.precision)
          .bind(53, e.place.start)
          .bind(54, e.place.end);
    else
      for (int k = 48; k <= 54; ++k) q.bind_null(k);
    if (e.fatalities >= 0)
      q.bind(55, e.fatalities).bind_text_or_null(56, e.fatalities_qualifier);
    else
      q.bind_null(55).bind_null(56);
    if (e.injured >= 0)
      q.bind(57, e.injured).bind_text_or_null(58, e.injured_qualifier);
    else
      q.bind_null(57).bind_null(58);
    q.bind(59, static_cast<double>(e.confidence))
        .bind_text_or_null(60, e.why)
        .bind_text_or_null(61, e.predicate);
    DYAD_RETURN_IF_ERROR(q.run());
    const int64_t event_row = db_->last_insert_rowid();
    if (new_cluster) {
      s.set_first_event.reset().bind(1, cluster).bind(2, event_row);
      DYAD_RETURN_IF_ERROR(s.set_first_event.run());
    }
    bool new_article = doc_in_cluster.insert(cluster).second;
    s.bump_cluster.reset().bind(1, cluster).bind(2, new_article ? 1 : 0);
    if (dated)
      s.bump_cluster.bind(3, lo).bind(4, hi);
    else
      s.bump_cluster.bind_null(3).bind_null(4);
    DYAD_RETURN_IF_ERROR(s.bump_cluster.run());
  }
  if (n_events) *n_events = static_cast<int64_t>(doc.events.size());
  return result;
}

Result<bool> Store::put_error(const Status& error, const std::string& doc_id,
                              const std::string& hash) {
  if (!in_txn_) return Status(Errc::usage, "Store::put_error outside a transaction", {db_->path()});
  Impl& s = *impl_;
  s.insert_error.reset()
      .bind(1, doc_id)
      .bind(2, hash)
      .bind(3, error.where().file)
      .bind(4, static_cast<int64_t>(error.where().line))
      .bind(5, error.where().has_byte ? static_cast<int64_t>(error.where().byte) : int64_t{-1})
      .bind(6, errc_name(error.code()))
      .bind(7, error.message());
  DYAD_RETURN_IF_ERROR(s.insert_error.run());
  return db_->changes() > 0;
}

Result<StoreCounts> Store::counts() {
  StoreCounts c;
  auto st = db_->prepare(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
      "(SELECT count(*) FROM clusters), (SELECT count(*) FROM actors), "
      "(SELECT count(*) FROM errors)");
  if (!st.ok()) return st.status();
  if (!st->step()) return st->status().ok() ? db_->error("counts") : st->status();
  c.documents = st->int64(0);
  c.events = st->int64(1);
  c.clusters = st->int64(2);
  c.actors = st->int64(3);
  c.errors = st->int64(4);
  return c;
}

}  // namespace dyad::store
