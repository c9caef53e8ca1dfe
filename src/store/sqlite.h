// A thin RAII wrapper over SQLite's C API (Debian's libsqlite3): a connection (Db), a prepared
// statement (Stmt) and a transaction guard (Txn). Every statement is prepared and its values are
// bound as parameters; SQL text is never built from values. Errors are Status(Errc::io) naming
// the database file and SQLite's message.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "doc/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad::sql {

class Db;

class Stmt {
 public:
  Stmt() = default;
  Stmt(Stmt&& o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  // Parameters are 1-based, as in SQLite. Each returns *this for chaining.
  Stmt& bind(int i, int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, uint32_t v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind(int i, std::string_view v);  // copied by SQLite (SQLITE_TRANSIENT)
  Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Stmt& bind_null(int i);
  // Text, or NULL when empty.
  Stmt& bind_text_or_null(int i, std::string_view v);
  int parameter_count() const;

  // Steps once: true when a row is available, false when done; errors go to status().
  bool step();
  // Runs to completion (for statements without rows).
  Status run();
  Stmt& reset();  // resets and clears bindings
  const Status& status() const { return status_; }

  int columns() const;
  const char* column_name(int i) const;
  bool is_null(int i) const;
  int64_t int64(int i) const;
  double real(int i) const;
  std::string text(int i) const;
  std::string_view text_view(int i) const;  // valid until the next step/reset
  // 1 integer, 2 float, 3 text, 4 blob, 5 null (SQLite's type codes)
  int type(int i) const;

 private:
  friend class Db;
  Stmt(Db* db, sqlite3_stmt* st) : db_(db), st_(st) {}
  Db* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
  Status status_;
};

class Db {
 public:
  enum class Mode { read_only, read_write_create };
  static Result<std::unique_ptr<Db>> open(const std::string& path, Mode mode);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs SQL without parameters (schema scripts, pragmas): constant text only.
  Status exec(const char* sql);
  Result<Stmt> prepare(std::string_view sql);
  int64_t last_insert_rowid() const;
  int64_t changes() const;
  const std::string& path() const { return path_; }
  bool read_only() const { return read_only_; }
  // An error Status with SQLite's current message.
  Status error(std::string_view what) const;
  sqlite3* handle() { return db_; }

 private:
  Db() = default;
  sqlite3* db_ = nullptr;
  std::string path_;
  bool read_only_ = false;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Txn {
 public:
  explicit Txn(Db& db);
  ~Txn();
  Txn(const Txn&) = delete;
  Txn& operator=(const Txn&) = delete;
  const Status& status() const { return status_; }
  Status commit();

 private:
  Db& db_;
  Status status_;
  bool open_ = false;
};

}  // namespace dyad::sql
