// Ingest: documents from a DocReader, processed on N threads, stored in input order.
//
//   reader thread ──► N workers (process: e.g. Engine::process) ──► writer (this thread)
//
// The reader skips documents already stored with the same id and hash before they are
// processed. The writer owns the store's connection, puts documents in input order (a reorder
// buffer), and commits every `batch_docs` documents or `batch_seconds`, whichever comes first:
// the store always holds a prefix of the input, so a killed run (even SIGKILL) loses at most the
// uncommitted batch and the next run starts where it stopped. Bad documents (the reader's or
// process()'s errors) are recorded in the store's errors table and skipped.
#pragma once

#include <cstdint>
#include <functional>

#include "doc/doc.h"
#include "doc/status.h"
#include "io/reader.h"
#include "store/store.h"

namespace dyad::store {

struct IngestProgress {
  int64_t docs = 0;            // documents handled: stored, unchanged or bad
  int64_t stored = 0;          // added or replaced
  int64_t unchanged = 0;       // already in the store (same id and hash)
  int64_t errors = 0;          // bad documents and inputs
  int64_t events = 0;          // events stored
  int64_t tokens = 0;          // tokens of the documents processed
  double seconds = 0;          // since the start
  int64_t expected_docs = -1;  // IngestOptions::expected_docs
  bool done = false;
};

struct IngestStats {
  int64_t docs = 0, added = 0, replaced = 0, unchanged = 0, errors = 0, errors_new = 0;
  int64_t events = 0, tokens = 0, commits = 0;
  double seconds = 0;
};

struct IngestOptions {
  int threads = 1;
  int batch_docs = 64;
  double batch_seconds = 2.0;
  int64_t expected_docs = -1;     // for the ETA; -1 when unknown
  double progress_seconds = 0.5;  // at most one progress call per interval (and one at the end)
  std::function<void(const IngestProgress&)> progress;
  // Called for each error as it is recorded (for the CLI to report it); may be empty.
  std::function<void(const Status&)> on_error;
};

// Runs the ingest. `process` must be thread-safe (called concurrently on different Docs).
// Returns an error only when the store fails (e.g. disk full); bad documents are not errors.
Result<IngestStats> ingest(Store& store, DocReader& reader,
                           const std::function<Status(Doc&)>& process, const IngestOptions& opts);

}  // namespace dyad::store
