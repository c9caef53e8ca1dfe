#include "store/ingest.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace dyad::store {
namespace {

using Clock = std::chrono::steady_clock;

struct Item {
  int64_t seq = 0;
  Doc doc;
  std::string hash;
  Status error;  // not ok: a bad document or input
};

struct Shared {
  std::mutex m;
  std::condition_variable work_cv, done_cv, space_cv;
  std::deque<Item> work;
  std::map<int64_t, Item> done;  // reorder buffer: finished items by sequence number
  int64_t next_seq = 0;          // the next sequence number the reader hands out
  int64_t next_write = 0;        // the next sequence number the writer stores
  int64_t max_in_flight = 16;
  bool reader_done = false;
  bool stop = false;
  std::atomic<int64_t> skipped{0};  // unchanged documents the reader skipped
};

void reader_loop(Shared& sh, DocReader& reader,
                 const std::unordered_map<std::string, std::string>& known) {
  for (;;) {
    Item it;
    Status err;
    auto next = reader.next(it.doc, err);
    if (next == DocReader::Next::end) break;
    if (next == DocReader::Next::error) {
      it.error = err.ok() ? Status(Errc::io, "unknown read error") : err;
    } else {
      it.hash = content_hash(it.doc);
      auto k = known.find(it.doc.id);
      if (k != known.end() && k->second == it.hash) {
        sh.skipped.fetch_add(1, std::memory_order_relaxed);
        sh.done_cv.notify_all();  // lets the writer report progress
        continue;
      }
    }
    std::unique_lock lock(sh.m);
    sh.space_cv.wait(lock,
                     [&] { return sh.stop || sh.next_seq - sh.next_write < sh.max_in_flight; });
    if (sh.stop) break;
    it.seq = sh.next_seq++;
    if (!it.error.ok()) {
      sh.done.emplace(it.seq, std::move(it));
      sh.done_cv.notify_all();
    } else {
      sh.work.push_back(std::move(it));
      sh.work_cv.notify_one();
    }
  }
  std::lock_guard lock(sh.m);
  sh.reader_done = true;
  sh.work_cv.notify_all();
  sh.done_cv.notify_all();
}

void worker_loop(Shared& sh, const std::function<Status(Doc&)>& process) {
  for (;;) {
    Item it;
    {
      std::unique_lock lock(sh.m);
      sh.work_cv.wait(lock, [&] { return sh.stop || !sh.work.empty() || sh.reader_done; });
      if (sh.stop || sh.work.empty()) return;
      it = std::move(sh.work.front());
      sh.work.pop_front();
    }
    Status st = process(it.doc);
    if (!st.ok()) {
      if (st.where().file.empty()) st.at({it.doc.source});
      it.error = std::move(st);
    }
    std::lock_guard lock(sh.m);
    sh.done.emplace(it.seq, std::move(it));
    sh.done_cv.notify_all();
  }
}

}  // namespace

Result<IngestStats> ingest(Store& store, DocReader& reader,
                           const std::function<Status(Doc&)>& process, const IngestOptions& opts) {
  const auto t0 = Clock::now();
  auto known = store.stored_hashes();
  if (!known.ok()) return known.status();

  Shared sh;
  const int threads = opts.threads < 1 ? 1 : opts.threads;
  sh.max_in_flight = std::max<int64_t>(64, 32 * threads);  // room for a slow document
  const int batch_docs = opts.batch_docs < 1 ? 1 : opts.batch_docs;

  std::thread reader_thread([&] { reader_loop(sh, reader, *known); });
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) workers.emplace_back([&] { worker_loop(sh, process); });

  IngestStats stats;
  Status failure;
  int batch = 0;
  auto batch_start = Clock::now();
  auto last_progress = Clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(Clock::now() - t0).count(); };
  auto progress = [&](bool done) {
    if (!opts.progress) return;
    IngestProgress p;
    p.unchanged = stats.unchanged + sh.skipped.load(std::memory_order_relaxed);
    p.stored = stats.added + stats.replaced;
    p.errors = stats.errors;
    p.docs = p.stored + p.unchanged + p.errors;
    p.events = stats.events;
    p.tokens = stats.tokens;
    p.seconds = seconds();
    p.expected_docs = opts.expected_docs;
    p.done = done;
    opts.progress(p);
  };
  auto commit = [&]() -> Status {
    if (!store.in_transaction()) return Status::Ok();
    DYAD_RETURN_IF_ERROR(store.commit());
    ++stats.commits;
    batch = 0;
    return Status::Ok();
  };
  const auto tick = std::chrono::milliseconds(100);

  for (;;) {
    Item it;
    bool have = false, finished = false;
    {
      std::unique_lock lock(sh.m);
      sh.done_cv.wait_for(lock, tick, [&] {
        return sh.done.count(sh.next_write) || (sh.reader_done && sh.next_write == sh.next_seq);
      });
      auto f = sh.done.find(sh.next_write);
      if (f != sh.done.end()) {
        it = std::move(f->second);
        sh.done.erase(f);
        ++sh.next_write;
        have = true;
        sh.space_cv.notify_one();
      } else if (sh.reader_done && sh.next_write == sh.next_seq) {
        finished = true;
      }
    }
    if (have) {
      Status st = store.begin();
      if (st.ok() && batch == 0) batch_start = Clock::now();
      if (st.ok() && !it.error.ok()) {
        ++stats.errors;
        auto added = store.put_error(it.error, it.doc.id, it.hash);
        if (!added.ok())
          st = added.status();
        else if (*added)
          ++stats.errors_new;
        if (opts.on_error) opts.on_error(it.error);
      } else if (st.ok()) {
        int64_t n = 0;
        auto put = store.put(it.doc, it.hash, &n);
        if (!put.ok()) {
          st = put.status();
        } else {
          if (*put == Store::Put::added) ++stats.added;
          if (*put == Store::Put::replaced) ++stats.replaced;
          if (*put == Store::Put::unchanged) ++stats.unchanged;
          stats.events += n;
          stats.tokens += static_cast<int64_t>(it.doc.tokens.size());
        }
      }
      ++batch;
      if (st.ok() &&
          (batch >= batch_docs ||
           std::chrono::duration<double>(Clock::now() - batch_start).count() >= opts.batch_seconds))
        st = commit();
      if (!st.ok()) {
        failure = st;
        break;
      }
    } else if (store.in_transaction() &&
               std::chrono::duration<double>(Clock::now() - batch_start).count() >=
                   opts.batch_seconds) {
      if (Status st = commit(); !st.ok()) {
        failure = st;
        break;
      }
    }
    if (finished) break;
    if (Clock::now() - last_progress >= std::chrono::duration<double>(opts.progress_seconds)) {
      last_progress = Clock::now();
      progress(false);
    }
  }
  if (failure.ok()) failure = commit();

  {
    std::lock_guard lock(sh.m);
    if (!failure.ok()) sh.stop = true;
    sh.work_cv.notify_all();
    sh.space_cv.notify_all();
  }
  reader_thread.join();
  for (auto& w : workers) w.join();
  if (!failure.ok()) return failure;

  progress(true);
  stats.unchanged += sh.skipped.load();
  stats.docs = stats.added + stats.replaced + stats.unchanged + stats.errors;
  stats.seconds = seconds();
  return stats;
}

}  // namespace dyad::store
