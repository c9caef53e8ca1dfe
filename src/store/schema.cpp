#include "store/schema.h"

#include <string>

namespace dyad::store {
namespace {

// Each entry moves the schema up one version. Never edit a released entry: add a new one.
const char* const kMigrations[] = {
    // 1: the first schema.
    R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  date TEXT,
  lang TEXT,
  source TEXT,
  n_tokens INTEGER NOT NULL DEFAULT 0,
  n_sentences INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  added INTEGER NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_lang ON documents(lang);

CREATE TABLE actors(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  code TEXT,
  country TEXT,
  role TEXT,
  kind TEXT,
  confidence REAL,
  via TEXT
);
CREATE INDEX actors_doc ON actors(doc);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE clusters(
  id INTEGER PRIMARY KEY,
  source_key TEXT NOT NULL,
  target_key TEXT NOT NULL,
  root TEXT NOT NULL,
  place_key TEXT NOT NULL,
  day_lo INTEGER,
  day_hi INTEGER,
  first_event INTEGER NOT NULL,
  n_mentions INTEGER NOT NULL DEFAULT 0,
  n_articles INTEGER NOT NULL DEFAULT 0,
  first_day INTEGER,
  last_day INTEGER
);
CREATE INDEX clusters_key ON clusters(source_key, target_key, root, place_key, day_lo);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  cluster INTEGER REFERENCES clusters(id),
  sentence INTEGER NOT NULL,
  paragraph INTEGER NOT NULL DEFAULT 0,
  evidence TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  source_text TEXT, source_code TEXT, source_country TEXT, source_role TEXT,
  source_start INTEGER, source_end INTEGER, source_stated INTEGER NOT NULL DEFAULT 0,
  target_text TEXT, target_code TEXT, target_country TEXT, target_role TEXT,
  target_start INTEGER, target_end INTEGER, target_stated INTEGER NOT NULL DEFAULT 0,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_type TEXT,
  plover_mode TEXT,
  trigger_text TEXT,
  trigger_first INTEGER, trigger_last INTEGER,
  trigger_start INTEGER, trigger_end INTEGER,
  negated INTEGER NOT NULL DEFAULT 0,
  modality TEXT NOT NULL,
  attribution_text TEXT, attribution_code TEXT,
  attribution_start INTEGER, attribution_end INTEGER, attribution_stated INTEGER NOT NULL DEFAULT 0,
  date TEXT,
  date_precision TEXT,
  date_end TEXT,
  date_future INTEGER NOT NULL DEFAULT 0,
  day TEXT,
  day_lo INTEGER,
  day_hi INTEGER,
  place_name TEXT, place_country TEXT, place_lat REAL, place_lon REAL, place_precision TEXT,
  place_start INTEGER, place_end INTEGER,
  fatalities INTEGER, fatalities_qualifier TEXT,
  injured INTEGER, injured_qualifier TEXT,
  confidence REAL NOT NULL DEFAULT 0,
  why TEXT,
  predicate TEXT,
  UNIQUE(doc, seq)
);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_source ON events(source_code, target_code);
CREATE INDEX events_target ON events(target_code, source_code);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_day ON events(day_lo);
CREATE INDEX events_plover ON events(plover_type);
CREATE INDEX events_place_country ON events(place_country);

CREATE TABLE errors(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  line INTEGER NOT NULL,
  byte INTEGER NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  UNIQUE(source, line, byte, code, message, doc_id)
);
CREATE INDEX errors_doc ON errors(doc_id);
)sql",
};

constexpr int kVersion = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);

}  // namespace

int schema_version() {
  return kVersion;
}

Result<int> read_version(sql::Db& db) {
  auto st = db.prepare("PRAGMA user_version");
  if (!st.ok()) return st.status();
  if (!st->step()) return st->status().ok() ? db.error("user_version") : st->status();
  return static_cast<int>(st->int64(0));
}

Status migrate(sql::Db& db) {
  auto v = read_version(db);
  if (!v.ok()) return v.status();
  if (*v > kVersion)
    return Status(Errc::unsupported,
                  "store has schema version " + std::to_string(*v) + ", newer than this dyad (" +
                      std::to_string(kVersion) + ")",
                  {db.path()});
  for (int next = *v + 1; next <= kVersion; ++next) {
    sql::Txn txn(db);
    DYAD_RETURN_IF_ERROR(txn.status());
    DYAD_RETURN_IF_ERROR(db.exec(kMigrations[next - 1]));
    // PRAGMA takes no parameters; the value is a number from this table, not user input.
    std::string pragma = "PRAGMA user_version = " + std::to_string(next);
    DYAD_RETURN_IF_ERROR(db.exec(pragma.c_str()));
    DYAD_RETURN_IF_ERROR(txn.commit());
  }
  return Status::Ok();
}

}  // namespace dyad::store
