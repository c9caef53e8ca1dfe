#include "store/sqlite.h"

#include <sqlite3.h>

namespace dyad::sql {

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (st_) sqlite3_finalize(st_);
    db_ = o.db_;
    st_ = o.st_;
    status_ = std::move(o.status_);
    o.st_ = nullptr;
  }
  return *this;
}

Stmt::~Stmt() {
  if (st_) sqlite3_finalize(st_);
}

namespace {
void check_bind(int rc, Db* db, Status& status) {
  if (rc != SQLITE_OK && status.ok()) status = db->error("bind");
}
}  // namespace

Stmt& Stmt::bind(int i, int64_t v) {
  check_bind(sqlite3_bind_int64(st_, i, v), db_, status_);
  return *this;
}
Stmt& Stmt::bind(int i, double v) {
  check_bind(sqlite3_bind_double(st_, i, v), db_, status_);
  return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
  check_bind(sqlite3_bind_text64(st_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8), db_,
             status_);
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  check_bind(sqlite3_bind_null(st_, i), db_, status_);
  return *this;
}
Stmt& Stmt::bind_text_or_null(int i, std::string_view v) {
  return v.empty() ? bind_null(i) : bind(i, v);
}
int Stmt::parameter_count() const {
  return sqlite3_bind_parameter_count(st_);
}

bool Stmt::step() {
  if (!status_.ok()) return false;
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->error("step");
  return false;
}

Status Stmt::run() {
  while (step()) {
  }
  Status st = status_;
  reset();
  return st;
}

Stmt& Stmt::reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  status_ = Status();
  return *this;
}

int Stmt::columns() const {
  return sqlite3_column_count(st_);
}
const char* Stmt::column_name(int i) const {
  return sqlite3_column_name(st_, i);
}
bool Stmt::is_null(int i) const {
  return sqlite3_column_type(st_, i) == SQLITE_NULL;
}
int Stmt::type(int i) const {
  return sqlite3_column_type(st_, i);
}
int64_t Stmt::int64(int i) const {
  return sqlite3_column_int64(st_, i);
}
double Stmt::real(int i) const {
  return sqlite3_column_double(st_, i);
}
std::string_view Stmt::text_view(int i) const {
  const unsigned char* p = sqlite3_column_text(st_, i);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p),
                          static_cast<size_t>(sqlite3_column_bytes(st_, i)));
}
std::string Stmt::text(int i) const {
  return std::string(text_view(i));
}

Result<std::unique_ptr<Db>> Db::open(const std::string& path, Mode mode) {
  std::unique_ptr<Db> db(new Db());
  db->path_ = path;
  db->read_only_ = mode == Mode::read_only;
  int flags = SQLITE_OPEN_NOMUTEX;  // one connection per thread; the writer owns its own
  flags |= db->read_only_ ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db->db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status st(
        Errc::io,
        std::string("cannot open store: ") + (db->db_ ? sqlite3_errmsg(db->db_) : "no memory"),
        {path});
    return st;
  }
  sqlite3_extended_result_codes(db->db_, 1);
  sqlite3_busy_timeout(db->db_, 10000);
  return db;
}

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

Status Db::error(std::string_view what) const {
  return Status(Errc::io, std::string(what) + ": " + sqlite3_errmsg(db_), {path_});
}

Status Db::exec(const char* sql) {
  char* msg = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &msg);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string m = msg ? msg : sqlite3_errstr(rc);
  sqlite3_free(msg);
  return Status(Errc::io, "sql: " + m, {path_});
}

Result<Stmt> Db::prepare(std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &st, nullptr);
  if (rc != SQLITE_OK) return error("prepare");
  return Stmt(this, st);
}

int64_t Db::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(db_);
}
int64_t Db::changes() const {
  return sqlite3_changes64(db_);
}

Txn::Txn(Db& db) : db_(db) {
  status_ = db_.exec("BEGIN IMMEDIATE");
  open_ = status_.ok();
}

Txn::~Txn() {
  if (open_) db_.exec("ROLLBACK");
}

Status Txn::commit() {
  if (!open_) return status_.ok() ? Status(Errc::io, "no open transaction") : status_;
  Status st = db_.exec("COMMIT");
  if (st.ok()) open_ = false;
  return st;
}

}  // namespace dyad::sql
