// The store: schema and migrations, put (added / unchanged / replaced), deduplication into
// clusters, ingest on several threads (idempotent, deterministic, bad documents recorded),
// queries and aggregates, and the exports (GDELT column types, PLOVER, CSV, GraphML).
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "io/json.h"
#include "io/reader.h"
#include "store/export.h"
#include "store/ingest.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/store.h"
#include "store_test_util.h"

namespace dyad::store {
namespace {

using test::doc;
using test::event;
using test::TempDir;

std::unique_ptr<Store> open_write(const std::string& path, int window = 1) {
  StoreOptions o;
  o.cluster_window_days = window;
  auto s = Store::open(path, Store::Mode::write, o);
  EXPECT_TRUE(s.ok()) << s.status().to_string();
  return s.ok() ? std::move(*s) : nullptr;
}

std::unique_ptr<Store> open_read(const std::string& path) {
  auto s = Store::open(path, Store::Mode::read);
  EXPECT_TRUE(s.ok()) << s.status().to_string();
  return s.ok() ? std::move(*s) : nullptr;
}

Store::Put put(Store& s, const Doc& d) {
  EXPECT_TRUE(s.begin().ok());
  auto r = s.put(d, content_hash(d));
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_TRUE(s.commit().ok());
  return r.ok() ? *r : Store::Put::unchanged;
}

std::vector<EventRow> rows(Store& s, const Filter& f = {}, Unit u = Unit::mentions) {
  std::vector<EventRow> out;
  Status st = for_each_event(s, f, u, [&](const EventRow& r) { out.push_back(r); });
  EXPECT_TRUE(st.ok()) << st.to_string();
  return out;
}

int64_t count(Store& s, const char* sql) {
  auto st = s.db().prepare(sql);
  EXPECT_TRUE(st.ok());
  if (!st.ok() || !st->step()) return -1;
  return st->int64(0);
}

TEST(Dates, Windows) {
  int64_t lo, hi;
  ASSERT_TRUE(date_window("2022-12-05", lo, hi));
  EXPECT_EQ(lo, hi);
  EXPECT_EQ(day_string(lo), "2022-12-05");
  ASSERT_TRUE(date_window("2022-12", lo, hi));
  EXPECT_EQ(day_string(lo), "2022-12-01");
  EXPECT_EQ(day_string(hi), "2022-12-31");
  ASSERT_TRUE(date_window("2024-02", lo, hi));
  EXPECT_EQ(day_string(hi), "2024-02-29");
  ASSERT_TRUE(date_window("2000", lo, hi));
  EXPECT_EQ(hi - lo, 365);
  EXPECT_EQ(day_string(0), "1970-01-01");
  EXPECT_FALSE(date_window("", lo, hi));
  EXPECT_FALSE(date_window("2022-13", lo, hi));
  EXPECT_FALSE(date_window("2022-02-30", lo, hi));
  EXPECT_FALSE(date_window("20x2", lo, hi));
}

TEST(Schema, CreatesMigratesAndRefusesNewer) {
  TempDir dir;
  const std::string path = dir.file("s.sqlite");
  {
    auto s = open_write(path);
    ASSERT_TRUE(s);
    auto v = read_version(s->db());
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(*v, schema_version());
    auto mode = s->db().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok() && mode->step());
    EXPECT_EQ(mode->text(0), "wal");
    EXPECT_EQ(s->cluster_window_days(), 1);
  }
  {  // reopening keeps the version and the window
    auto s = open_write(path, 5);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->cluster_window_days(), 1);
  }
  {  // read-only: writes fail
    auto s = open_read(path);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->db().read_only());
    EXPECT_FALSE(s->db().exec("DELETE FROM documents").ok());
  }
  EXPECT_EQ(Store::open(dir.file("missing.sqlite"), Store::Mode::read).status().code(),
            Errc::not_found);
  {  // a newer store is refused by both modes
    auto db = sql::Db::open(path, sql::Db::Mode::read_write_create);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->exec("PRAGMA user_version = 99").ok());
  }
  EXPECT_EQ(Store::open(path, Store::Mode::write).status().code(), Errc::unsupported);
  EXPECT_EQ(Store::open(path, Store::Mode::read).status().code(), Errc::unsupported);
}

TEST(Schema, ReadOnlyRefusesAnOlderStore) {
  TempDir dir;
  const std::string path = dir.file("old.sqlite");
  {
    auto db = sql::Db::open(path, sql::Db::Mode::read_write_create);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->exec("CREATE TABLE x(a)").ok());  // version 0
  }
  auto r = Store::open(path, Store::Mode::read);
  EXPECT_EQ(r.status().code(), Errc::unsupported);
  auto w = Store::open(path, Store::Mode::write);  // migrates
  ASSERT_TRUE(w.ok()) << w.status().to_string();
  EXPECT_EQ(*read_version((*w)->db()), schema_version());
}

TEST(Put, AddedUnchangedReplaced) {
  TempDir dir;
  auto s = open_write(dir.file("s.sqlite"));
  ASSERT_TRUE(s);
  Doc a = doc("a", "Iran levert drones aan Rusland.", "2022-12-05",
              {event("IRN", "072", "RUS", "2022-12-05")});
  EXPECT_EQ(put(*s, a), Store::Put::added);
  EXPECT_EQ(put(*s, a), Store::Put::unchanged);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM events"), 1);
  Doc b = a;
  b.text = "Iran levert veel drones aan Rusland.";
  b.events.push_back(event("RUS", "190", "UKR", "2022-12-05"));
  EXPECT_EQ(put(*s, b), Store::Put::replaced);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM events"), 2);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM clusters"), 2);
  EXPECT_EQ(count(*s, "SELECT sum(n_mentions) FROM clusters"), 2);
  // Replaced by a version without events: its clusters go.
  Doc c = a;
  c.text = "Niets.";
  c.events.clear();
  EXPECT_EQ(put(*s, c), Store::Put::replaced);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM events"), 0);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM clusters"), 0);
  // Outside a transaction put is refused.
  EXPECT_EQ(s->put(a, content_hash(a)).status().code(), Errc::usage);
}

TEST(Put, EveryFieldRoundTrips) {
  TempDir dir;
  auto s = open_write(dir.file("s.sqlite"));
  ASSERT_TRUE(s);
  Event e = event("IRNMIL", "072", "RUSMIL", "2022-12");
  e.source.start = 10;
  e.source.end = 16;
  e.target.text = "Russische troepen";
  e.trigger_text = "trainen";
  e.trigger_first = 3;
  e.trigger_last = 4;
  e.trigger_start = 30;
  e.trigger_end = 37;
  e.negated = true;
  e.modality = "alleged";
  e.attribution = test::actor("USAGOV", 50);
  e.date_end = "2023-06";
  e.date_future = true;
  e.place.name = "Kyiv";
  e.place.country = "UKR";
  e.place.lat = 50.45;
  e.place.lon = 30.52;
  e.place.precision = "city";
  e.place.start = 60;
  e.place.end = 64;
  e.fatalities = 3;
  e.fatalities_qualifier = "exact";
  e.injured = 10;
  e.injured_qualifier = "at_least";
  e.confidence = 0.75f;
  Doc d =
      doc("d1", "Zin een. Iraanse instructeurs trainen Russische troepen.", "2022-12", {e}, "nl");
  d.sentences[0].end = 8;
  SentenceData s2;
  s2.start = 9;
  s2.end = static_cast<uint32_t>(d.text.size());
  s2.paragraph = 1;
  d.sentences.push_back(s2);
  d.events[0].sentence = 1;
  Mention m;
  m.text = "Iraanse";
  m.code = "IRNMIL";
  m.country = "IRN";
  m.role = "MIL";
  d.mentions.push_back(m);
  d.events[0].source.mention = 0;
  ASSERT_EQ(put(*s, d), Store::Put::added);
  auto r = rows(*s);
  ASSERT_EQ(r.size(), 1u);
  const Event& g = r[0].event;
  EXPECT_EQ(r[0].doc.id, "d1");
  EXPECT_EQ(r[0].doc.lang, "nl");
  EXPECT_EQ(r[0].doc.text, "Iraanse instructeurs trainen Russische troepen.");
  EXPECT_EQ(r[0].paragraph, 1u);
  EXPECT_EQ(r[0].source_country, "IRN");
  EXPECT_EQ(r[0].source_role, "MIL");
  EXPECT_EQ(r[0].target_country, "RUS");
  EXPECT_EQ(r[0].day, "2022-12-01");
  EXPECT_EQ(g.sentence, 1u);
  EXPECT_EQ(g.source.code, "IRNMIL");
  EXPECT_EQ(g.source.start, 10u);
  EXPECT_EQ(g.target.text, "Russische troepen");
  EXPECT_EQ(g.cameo, "072");
  EXPECT_EQ(g.root, "07");
  EXPECT_EQ(g.quad_class, 2);
  EXPECT_DOUBLE_EQ(g.goldstein, 8.3);
  EXPECT_EQ(g.plover_type, "AID");
  EXPECT_EQ(g.plover_mode, "military");
  EXPECT_EQ(g.trigger_text, "trainen");
  EXPECT_EQ(g.trigger_first, 3u);
  EXPECT_EQ(g.trigger_end, 37u);
  EXPECT_TRUE(g.negated);
  EXPECT_EQ(g.modality, "alleged");
  EXPECT_EQ(g.attribution.code, "USAGOV");
  EXPECT_EQ(g.attribution.start, 50u);
  EXPECT_EQ(g.date, "2022-12");
  EXPECT_EQ(g.date_precision, "month");
  EXPECT_EQ(g.date_end, "2023-06");
  EXPECT_TRUE(g.date_future);
  EXPECT_EQ(g.place.name, "Kyiv");
  EXPECT_EQ(g.place.country, "UKR");
  EXPECT_DOUBLE_EQ(g.place.lat, 50.45);
  EXPECT_EQ(g.place.precision, "city");
  EXPECT_EQ(g.place.end, 64u);
  EXPECT_EQ(g.fatalities, 3);
  EXPECT_EQ(g.fatalities_qualifier, "exact");
  EXPECT_EQ(g.injured, 10);
  EXPECT_EQ(g.injured_qualifier, "at_least");
  EXPECT_FLOAT_EQ(g.confidence, 0.75f);
  EXPECT_EQ(g.predicate, "test VERB 072");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM actors WHERE code = 'IRNMIL' AND role = 'MIL'"), 1);
  // The JSONL record has the event fields and the store's.
  std::string line;
  write_event_row_jsonl(r[0], line);
  json::Value v;
  ASSERT_TRUE(json::parse(line, v).ok()) << line;
  EXPECT_EQ(v.find("evidence")->str, "Iraanse instructeurs trainen Russische troepen.");
  EXPECT_EQ(v.find("cluster")->number, 1);
  EXPECT_EQ(v.find("mentions")->number, 1);
  EXPECT_EQ(v.find("place")->find("name")->str, "Kyiv");
}

TEST(Dedup, SameEventInSeveralArticlesIsOneCluster) {
  TempDir dir;
  auto s = open_write(dir.file("s.sqlite"));
  ASSERT_TRUE(s);
  put(*s, doc("a", "x", "2022-12-05", {event("IRN", "072", "RUS", "2022-12-05")}));
  // the next day, another code of the same root: same cluster (window 1 day)
  put(*s,
      doc("b", "y", "2022-12-06",
          {event("IRN", "071", "RUS", "2022-12-06"), event("IRN", "072", "RUS", "2022-12-06")}));
  // a month-precision report of December overlaps
  put(*s, doc("c", "z", "2022-12", {event("IRN", "072", "RUS", "2022-12")}));
  // other direction, other root, far date, other place: separate clusters
  put(*s, doc("d", "w", "2022-12-05",
              {event("RUS", "072", "IRN", "2022-12-05"), event("IRN", "190", "RUS", "2022-12-05"),
               event("IRN", "072", "RUS", "2022-12-20")}));
  Event placed = event("IRN", "072", "RUS", "2022-12-05");
  placed.place.name = "Kyiv";
  placed.place.precision = "city";
  put(*s, doc("e", "v", "2022-12-05", {placed}));
  put(*s, doc("f", "u", "", {event("IRN", "072", "RUS", ""), event("IRN", "072", "RUS", "")}));

  auto clusters = rows(*s, {}, Unit::clusters);
  ASSERT_EQ(clusters.size(), 6u);
  EXPECT_EQ(clusters[0].n_mentions, 4);
  EXPECT_EQ(clusters[0].n_articles, 3);
  EXPECT_EQ(clusters[0].first_day, "2022-12-01");
  EXPECT_EQ(clusters[0].last_day, "2022-12-31");
  auto arts = cluster_articles(*s, clusters[0].cluster);
  ASSERT_TRUE(arts.ok());
  EXPECT_EQ(*arts, (std::vector<std::string>{"a", "b", "c"}));
  for (size_t i = 1; i < 5; ++i) EXPECT_EQ(clusters[i].n_mentions, 1) << i;
  EXPECT_EQ(clusters[5].n_mentions, 2);  // undated with undated, one article
  EXPECT_EQ(clusters[5].n_articles, 1);
  EXPECT_EQ(clusters[5].first_day, "");

  // Replacing an article shrinks its cluster.
  put(*s, doc("b", "y2", "2022-12-06", {}));
  auto after = rows(*s, {}, Unit::clusters);
  EXPECT_EQ(after[0].n_mentions, 2);
  EXPECT_EQ(after[0].n_articles, 2);
}

TEST(Dedup, WindowIsAStoreSetting) {
  TempDir dir;
  auto s = open_write(dir.file("s.sqlite"), 7);
  ASSERT_TRUE(s);
  put(*s, doc("a", "x", "2022-12-01", {event("IRN", "072", "RUS", "2022-12-01")}));
  put(*s, doc("b", "y", "2022-12-08", {event("IRN", "072", "RUS", "2022-12-08")}));
  put(*s, doc("c", "z", "2022-12-09", {event("IRN", "072", "RUS", "2022-12-09")}));
  auto clusters = rows(*s, {}, Unit::clusters);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].n_articles, 2);
}

// ---- ingest ----

std::string corpus_jsonl(int n) {
  std::string s;
  const char* lines[] = {"IRN 072 RUS", "RUS 190 UKR @Kyiv|UKR", "USA 042 GBR\\nGBR 042 USA",
                         "nothing here", "RUS 072 IRN not"};
  for (int i = 0; i < n; ++i) {
    s += "{\"id\":\"doc" + std::to_string(i) + "\",\"date\":\"2022-12-" + (i % 28 < 9 ? "0" : "") +
         std::to_string(i % 28 + 1) + "\",\"lang\":\"" + (i % 2 ? "nl" : "en") + "\",\"text\":\"" +
         lines[i % 5] + "\"}\n";
    if (i == 7) s += "{\"id\": broken json\n";
    if (i == 11) s += "{\"id\":\"bad\",\"text\":\"FAIL here\"}\n";
  }
  return s;
}

IngestStats run_ingest(Store& s, const std::string& content, int threads, int batch = 4) {
  auto reader = DocReader::from_string(content, "corpus.jsonl", ReadOptions{});
  EXPECT_TRUE(reader.ok());
  IngestOptions o;
  o.threads = threads;
  o.batch_docs = batch;
  int calls = 0;
  o.progress = [&](const IngestProgress&) { ++calls; };
  auto r = ingest(s, **reader, test::fake_process, o);
  EXPECT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_GE(calls, 1);  // at least the final report
  return r.ok() ? *r : IngestStats{};
}

// Every row of every table (but the time a document was added), in id order.
std::string dump(Store& s) {
  std::string out;
  for (const char* sql :
       {"SELECT id, doc_id, hash, date, lang, source, n_tokens, n_sentences, n_events, text "
        "FROM documents ORDER BY id",
        "SELECT * FROM events ORDER BY id", "SELECT * FROM clusters ORDER BY id",
        "SELECT * FROM actors ORDER BY id", "SELECT * FROM errors ORDER BY id"}) {
    auto st = s.db().prepare(sql);
    EXPECT_TRUE(st.ok());
    while (st->step()) {
      for (int i = 0; i < st->columns(); ++i) out += st->text(i) + "|";
      out += "\n";
    }
  }
  return out;
}

TEST(Ingest, ThreadsIdempotentAndBadDocumentsRecorded) {
  TempDir dir;
  const std::string corpus = corpus_jsonl(40);
  auto s = open_write(dir.file("s.sqlite"));
  ASSERT_TRUE(s);
  IngestStats a = run_ingest(*s, corpus, 3);
  EXPECT_EQ(a.added, 40);
  EXPECT_EQ(a.errors, 2);  // the broken JSON line and the document the coder refuses
  EXPECT_EQ(a.errors_new, 2);
  EXPECT_EQ(a.events, 40);  // 8 x (1 + 1 + 2 + 0 + 1)
  EXPECT_GE(a.commits, 10);
  auto c = s->counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 40);
  EXPECT_EQ(c->events, 40);
  EXPECT_EQ(c->errors, 2);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM errors WHERE doc_id = 'bad' AND code = 'data'"), 1);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM errors WHERE code = 'parse' AND line = 9"), 1);
  const std::string before = dump(*s);

  IngestStats b = run_ingest(*s, corpus, 2);
  EXPECT_EQ(b.added, 0);
  EXPECT_EQ(b.unchanged, 40);
  EXPECT_EQ(b.errors_new, 0);
  EXPECT_EQ(dump(*s), before);  // nothing added, nothing changed
}

TEST(Ingest, SameStoreWhateverTheThreadCount) {
  TempDir dir;
  const std::string corpus = corpus_jsonl(60);
  auto one = open_write(dir.file("one.sqlite"));
  auto four = open_write(dir.file("four.sqlite"));
  ASSERT_TRUE(one && four);
  run_ingest(*one, corpus, 1, 64);
  run_ingest(*four, corpus, 4, 3);
  EXPECT_EQ(dump(*one), dump(*four));
}

TEST(Ingest, ResumesAfterAPartialRun) {
  TempDir dir;
  const std::string corpus = corpus_jsonl(30);
  auto whole = open_write(dir.file("whole.sqlite"));
  ASSERT_TRUE(whole);
  run_ingest(*whole, corpus, 2);
  // A run that stopped after the first 12 lines, then the whole input again.
  auto part = open_write(dir.file("part.sqlite"));
  ASSERT_TRUE(part);
  size_t cut = 0;
  for (int i = 0; i < 12; ++i) cut = corpus.find('\n', cut) + 1;
  run_ingest(*part, corpus.substr(0, cut), 2);
  IngestStats rest = run_ingest(*part, corpus, 2);
  EXPECT_GT(rest.unchanged, 0);
  EXPECT_EQ(dump(*part), dump(*whole));
}

// ---- queries ----

class Query : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("q.sqlite");
    auto w = open_write(path_);
    ASSERT_TRUE(w);
    run_ingest(*w, corpus_jsonl(20), 2);
    w.reset();
    store_ = open_read(path_);
    ASSERT_TRUE(store_);
  }
  size_t n(const Filter& f, Unit u = Unit::mentions) { return rows(*store_, f, u).size(); }
  TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(Query, Filters) {
  EXPECT_EQ(n({}), 20u);
  Filter f;
  f.dyad = {"RUS", "IRN"};
  EXPECT_EQ(n(f), 8u);  // IRN→RUS and RUS→IRN
  for (const auto& r : rows(*store_, f)) EXPECT_FALSE(r.doc.text.empty());
  f.directed = true;
  EXPECT_EQ(n(f), 4u);  // only RUS→IRN
  f = {};
  f.actors = {"UKR"};
  EXPECT_EQ(n(f), 4u);
  f.role = "source";
  EXPECT_EQ(n(f), 0u);
  f = {};
  f.countries = {"GBR"};
  f.role = "target";
  EXPECT_EQ(n(f), 4u);
  f = {};
  f.cameo = {"07"};
  EXPECT_EQ(n(f), 8u);
  f.cameo = {"190", "042"};
  EXPECT_EQ(n(f), 12u);
  f = {};
  f.quad_class = {4};
  EXPECT_EQ(n(f), 4u);
  f = {};
  f.plover_types = {"AID"};
  EXPECT_EQ(n(f), 8u);
  f = {};
  f.negated = 1;
  EXPECT_EQ(n(f), 4u);
  f = {};
  f.modalities = {"asserted"};
  EXPECT_EQ(n(f), 20u);
  f = {};
  f.date_from = "2022-12-05";
  f.date_to = "2022-12-10";
  EXPECT_EQ(n(f), 6u);  // docs 4..9: 0 + 1 + 1 + 2 + 0 + 1 ... counted by the coder below
  f = {};
  f.places = {"kyiv"};
  EXPECT_EQ(n(f), 4u);
  f.places = {"UKR"};
  EXPECT_EQ(n(f), 4u);
  f = {};
  f.langs = {"nl"};
  size_t nl = n(f);
  f.langs = {"en"};
  EXPECT_EQ(nl + n(f), 20u);
  f = {};
  f.text = "190";
  EXPECT_EQ(n(f), 4u);
  f.text = "%";  // a LIKE wildcard is matched literally
  EXPECT_EQ(n(f), 0u);
  f.text = "'; DROP TABLE events; --";  // values are parameters
  EXPECT_EQ(n(f), 0u);
  EXPECT_EQ(n({}), 20u);
  f = {};
  f.limit = 3;
  EXPECT_EQ(n(f), 3u);
  f = {};
  f.role = "nobody";
  EXPECT_EQ(for_each_event(*store_, f, Unit::mentions, [](const EventRow&) {}).code(), Errc::usage);
  f = {};
  f.date_from = "december";
  EXPECT_EQ(for_each_event(*store_, f, Unit::mentions, [](const EventRow&) {}).code(), Errc::usage);
}

TEST_F(Query, ClustersMatchWhenAnyMentionMatches) {
  auto all = rows(*store_, {}, Unit::clusters);
  int64_t mentions = 0;
  for (const auto& c : all) mentions += c.n_mentions;
  EXPECT_EQ(mentions, 20);
  Filter f;
  f.dyad = {"IRN", "RUS"};
  f.directed = true;
  for (const auto& c : rows(*store_, f, Unit::clusters)) {
    EXPECT_EQ(c.event.source.code, "IRN");
    EXPECT_EQ(c.event.target.code, "RUS");
  }
}

std::vector<std::vector<std::string>> csv_rows(const std::string& text) {
  std::vector<std::vector<std::string>> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    std::string line = text.substr(at, nl - at);
    at = nl + 1;
    std::vector<std::string> cells;
    size_t p = 0;
    for (;;) {
      size_t c = line.find(',', p);
      cells.push_back(line.substr(p, c - p));
      if (c == std::string::npos) break;
      p = c + 1;
    }
    out.push_back(cells);
  }
  return out;
}

TEST_F(Query, Aggregates) {
  std::string out;
  auto w = make_row_writer("csv", [&](std::string_view s) { out += s; });
  ASSERT_TRUE(w.ok());
  Aggregate a;
  a.top = 2;
  ASSERT_TRUE(aggregate(*store_, {}, Unit::mentions, a, **w).ok());
  auto r = csv_rows(out);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0], (std::vector<std::string>{"source", "target", "events", "goldstein"}));
  EXPECT_EQ(r[1][2], "4");

  out.clear();
  a = {};
  a.period = "month";
  a.per = "total";
  ASSERT_TRUE(aggregate(*store_, {}, Unit::mentions, a, **w).ok());
  r = csv_rows(out);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1][0], "2022-12");
  EXPECT_EQ(r[1][1], "20");

  out.clear();
  a = {};
  a.period = "week";
  a.per = "actor";
  Filter f;
  f.actors = {"UKR"};
  ASSERT_TRUE(aggregate(*store_, f, Unit::mentions, a, **w).ok());
  r = csv_rows(out);
  ASSERT_GE(r.size(), 2u);
  EXPECT_EQ(r[0], (std::vector<std::string>{"period", "actor", "events", "goldstein"}));
  std::set<std::string> weeks;
  for (size_t i = 1; i < r.size(); ++i) weeks.insert(r[i][0]);
  for (const auto& wk : weeks) {  // every week starts on a Monday (2022-12-05 was one)
    int64_t lo, hi, monday;
    ASSERT_TRUE(date_window(wk, lo, hi));
    ASSERT_TRUE(date_window("2022-12-05", monday, hi));
    EXPECT_EQ(((lo - monday) % 7 + 7) % 7, 0) << wk;
  }

  out.clear();
  a = {};
  a.network = true;
  ASSERT_TRUE(aggregate(*store_, {}, Unit::clusters, a, **w).ok());
  r = csv_rows(out);
  EXPECT_EQ(r[0].back(), "goldstein_mean");
  for (size_t i = 1; i < r.size(); ++i) {
    EXPECT_FALSE(r[i][0].empty());
    EXPECT_FALSE(r[i][1].empty());
  }
}

TEST_F(Query, GdeltExportHasTheColumnLayoutAndTypes) {
  const auto& cols = gdelt_columns();
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[0].name, "GlobalEventID");
  EXPECT_EQ(cols[5].name, "Actor1Code");
  EXPECT_EQ(cols[25].name, "IsRootEvent");
  EXPECT_EQ(cols[31].name, "NumMentions");
  EXPECT_EQ(cols[51].name, "ActionGeo_Type");
  EXPECT_EQ(cols[60].name, "SOURCEURL");
  for (Unit u : {Unit::clusters, Unit::mentions}) {
    std::string out;
    ExportOptions o;
    o.unit = u;
    o.header = true;
    ASSERT_TRUE(export_store(*store_, {}, o, [&](std::string_view s) { out += s; }).ok());
    std::vector<std::string> lines;
    for (size_t at = 0; at < out.size();) {
      size_t nl = out.find('\n', at);
      lines.push_back(out.substr(at, nl - at));
      at = nl + 1;
    }
    ASSERT_GE(lines.size(), 2u);
    int64_t mentions = 0;
    const std::regex integer("-?[0-9]+"), real("-?[0-9]+(\\.[0-9]+)?");
    for (size_t i = 0; i < lines.size(); ++i) {
      std::vector<std::string> f;
      size_t p = 0;
      for (;;) {
        size_t t = lines[i].find('\t', p);
        f.push_back(lines[i].substr(p, t - p));
        if (t == std::string::npos) break;
        p = t + 1;
      }
      ASSERT_EQ(f.size(), 61u) << lines[i];
      if (i == 0) {
        for (size_t k = 0; k < 61; ++k) EXPECT_EQ(f[k], cols[k].name);
        continue;
      }
      for (size_t k = 0; k < 61; ++k) {
        if (f[k].empty()) continue;
        if (cols[k].type == std::string("INTEGER")) {
          EXPECT_TRUE(std::regex_match(f[k], integer)) << cols[k].name << "=" << f[k];
        } else if (cols[k].type == std::string("FLOAT")) {
          EXPECT_TRUE(std::regex_match(f[k], real)) << cols[k].name << "=" << f[k];
        }
      }
      EXPECT_EQ(f[1].size(), 8u);            // Day YYYYMMDD
      EXPECT_EQ(f[2], f[1].substr(0, 6));    // MonthYear
      EXPECT_EQ(f[3], f[1].substr(0, 4));    // Year
      EXPECT_EQ(f[28], f[26].substr(0, 2));  // EventRootCode
      EXPECT_FALSE(f[26].empty());
      EXPECT_EQ(f[59].size(), 14u);  // DATEADDED
      EXPECT_EQ(f[35], "0");         // Actor1Geo_Type: none
      mentions += std::stoll(f[31]);
      if (f[52] == "Kyiv") {
        EXPECT_EQ(f[51], "4");
        EXPECT_EQ(f[56], "50.4500");
      }
    }
    EXPECT_EQ(mentions, 20);  // clusters account for every mention once
  }
}

TEST_F(Query, PloverCsvAndGraphmlExports) {
  std::string out;
  ExportOptions o;
  o.format = "plover";
  o.unit = Unit::clusters;
  ASSERT_TRUE(export_store(*store_, {}, o, [&](std::string_view s) { out += s; }).ok());
  size_t n = 0;
  for (size_t at = 0; at < out.size(); ++n) {
    size_t nl = out.find('\n', at);
    json::Value v;
    ASSERT_TRUE(json::parse(out.substr(at, nl - at), v).ok());
    EXPECT_TRUE(v.find("event")->is_string());
    EXPECT_TRUE(v.find("source")->is_array());
    EXPECT_TRUE(v.find("articles")->is_array());
    EXPECT_EQ(static_cast<int64_t>(v.find("articles")->items.size()),
              static_cast<int64_t>(v.find("articles_count")->number));
    at = nl + 1;
  }
  EXPECT_EQ(n, rows(*store_, {}, Unit::clusters).size());

  out.clear();
  o.format = "csv";
  o.unit = Unit::mentions;
  ASSERT_TRUE(export_store(*store_, {}, o, [&](std::string_view s) { out += s; }).ok());
  EXPECT_EQ(out.substr(0, 20), "id,cluster,mentions,");
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 21);

  out.clear();
  o.format = "graphml";
  ASSERT_TRUE(export_store(*store_, {}, o, [&](std::string_view s) { out += s; }).ok());
  EXPECT_NE(out.find("<node id=\"IRN\">"), std::string::npos) << out;
  EXPECT_NE(out.find("source=\"IRN\" target=\"RUS\"><data key=\"weight\">4</data>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("</graphml>"), std::string::npos);

  o.format = "xml";
  EXPECT_EQ(export_store(*store_, {}, o, [](std::string_view) {}).code(), Errc::usage);
}

TEST(RowWriters, TableCsvJsonl) {
  std::string out;
  auto csv = make_row_writer("csv", [&](std::string_view s) { out += s; });
  ASSERT_TRUE(csv.ok());
  (*csv)->header({"a", "b"});
  (*csv)->row({std::string("x,\"y\""), int64_t{3}});
  EXPECT_EQ(out, "a,b\n\"x,\"\"y\"\"\",3\n");
  out.clear();
  auto js = make_row_writer("jsonl", [&](std::string_view s) { out += s; });
  (*js)->header({"a", "b", "c"});
  (*js)->row({std::string("x"), 2.5, Value()});
  EXPECT_EQ(out, "{\"a\":\"x\",\"b\":2.5,\"c\":null}\n");
  out.clear();
  auto t = make_row_writer("table", [&](std::string_view s) { out += s; });
  (*t)->header({"a", "bb"});
  (*t)->row({std::string("long"), int64_t{1}});
  (*t)->finish();
  EXPECT_EQ(out, "a     bb\nlong  1\n");
  EXPECT_FALSE(make_row_writer("xml", [](std::string_view) {}).ok());
}

}  // namespace
}  // namespace dyad::store
