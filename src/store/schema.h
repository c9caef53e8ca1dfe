// The store's schema and its migrations. The schema version is SQLite's `PRAGMA user_version`;
// migration i (kMigrations[i-1]) takes a store from version i-1 to version i, each in its own
// transaction, so a store is always at a whole version. A store newer than this build is refused.
//
// Tables (version 1; README.md, "Corpus store", describes every column):
//   meta       key/value settings of the store (cluster window, creation time)
//   documents  one row per stored document: doc_id (unique), hash of its content, date, lang,
//              source, counts, the text (all offsets point into it), added (unix time)
//   actors     the actor mentions of each document (code, country, role, kind, byte offsets)
//   events     one row per coded event (a mention of an event): every field of the event record,
//              its sentence as evidence with byte offsets, day_lo/day_hi (days since 1970-01-01,
//              the window the date stands for), and the cluster it belongs to
//   clusters   the same event reported by several articles: key (source, target, root, place),
//              date window, the representative (first) event, n_mentions, n_articles
//   errors     bad documents and inputs: where, error code and message (unique, so a re-run
//              adds nothing)
#pragma once

#include "doc/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// The version this build writes and reads.
int schema_version();

// Reads the store's version (0 for an empty file).
Result<int> read_version(sql::Db& db);

// Brings a writable store to schema_version(), running every missing migration in order.
// Refuses (Errc::unsupported) a store whose version is newer.
Status migrate(sql::Db& db);

}  // namespace dyad::store
