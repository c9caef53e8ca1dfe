// The corpus store: one SQLite file holding documents, their actor mentions and coded events,
// the event clusters (deduplication) and the bad documents met on the way (schema.h).
//
//   auto s = Store::open("corpus.sqlite", Store::Mode::write);  // creates, migrates, WAL
//   (*s)->begin();
//   (*s)->put(doc, content_hash(doc));   // added | replaced | unchanged
//   (*s)->commit();
//
// A writable store runs in WAL mode with foreign keys on; whatever was committed survives a
// killed process. Only one writer at a time (SQLite's own locking); any number of readers, which
// open the store read-only.
//
// Deduplication. Each event joins a cluster: the same source and target (actor codes; an uncoded
// actor by its text), the same CAMEO root, the same place (or both without one), and a date
// window that overlaps the cluster's first window widened by `cluster_window_days` on each side
// (a month-precision date stands for the whole month). Among candidates the one whose window
// starts nearest wins, then the oldest. Undated events cluster only with undated events. A
// cluster counts its mentions (events) and articles (distinct documents), as GDELT's
// NumMentions/NumArticles. Clusters are assigned in the order documents are stored; ingest
// stores them in input order, so the same input gives the same clusters and ids.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "doc/doc.h"
#include "doc/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// A 64-bit hash of what the input says about a document (text, date, lang), as 16 hex digits.
std::string content_hash(const Doc& doc);

// Days since 1970-01-01 of a date "YYYY", "YYYY-MM" or "YYYY-MM-DD": the first and last day it
// stands for. False when the date is empty or malformed.
bool date_window(std::string_view date, int64_t& lo, int64_t& hi);
// "YYYY-MM-DD" of a day number.
std::string day_string(int64_t day);

struct StoreOptions {
  // Used when the store is created; an existing store keeps its own (meta table).
  int cluster_window_days = 1;
};

struct StoreCounts {
  int64_t documents = 0, events = 0, clusters = 0, actors = 0, errors = 0;
};

class Store {
 public:
  enum class Mode { read, write };
  // read: the file must exist and be at this build's schema version; opened read-only.
  // write: created when missing, migrated, WAL mode.
  static Result<std::unique_ptr<Store>> open(const std::string& path, Mode mode,
                                             const StoreOptions& opts = {});
  ~Store();

  sql::Db& db() { return *db_; }
  int cluster_window_days() const { return window_; }

  // doc_id -> hash of every stored document (for skipping unchanged documents early).
  Result<std::unordered_map<std::string, std::string>> stored_hashes();

  Status begin();
  Status commit();
  bool in_transaction() const { return in_txn_; }

  enum class Put { added, replaced, unchanged };
  // Stores a processed document (its mentions and events) unless a document with the same id
  // and hash is there; a document with the same id and another hash is replaced. `events`
  // receives the number of events stored. Must be inside begin()/commit().
  Result<Put> put(const Doc& doc, const std::string& hash, int64_t* events = nullptr);
  // Records a bad document or input (the reader's or the pipeline's error). Returns true when a
  // row was added (false when the same error is already recorded).
  Result<bool> put_error(const Status& error, const std::string& doc_id, const std::string& hash);

  Result<StoreCounts> counts();

  struct Impl;

 private:
  Store() = default;
  std::unique_ptr<sql::Db> db_;
  std::unique_ptr<Impl> impl_;
  int window_ = 1;
  bool in_txn_ = false;
};

}  // namespace dyad::store
