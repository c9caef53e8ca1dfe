#include "io/source.h"

#include <sys/stat.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace dyad::io {
namespace {

constexpr size_t kBufferSize = 256 * 1024;

class FileSource : public Source {
 public:
  FileSource(FILE* f, bool owned) : f_(f), owned_(owned) {}
  ~FileSource() override {
    if (owned_ && f_) std::fclose(f_);
  }
  size_t read(char* buf, size_t n) override {
    if (!f_ || !err_.ok()) return 0;
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_))
      err_ = Status(Errc::io, std::string("read error: ") + std::strerror(errno));
    return got;
  }

 private:
  FILE* f_;
  bool owned_;
};

class IstreamSource : public Source {
 public:
  explicit IstreamSource(std::istream& in) : in_(in) {}
  size_t read(char* buf, size_t n) override {
    if (!err_.ok()) return 0;
    in_.read(buf, static_cast<std::streamsize>(n));
    size_t got = static_cast<size_t>(in_.gcount());
    if (got == 0 && in_.bad()) err_ = Status(Errc::io, "read error on input stream");
    return got;
  }

 private:
  std::istream& in_;
};

class StringSource : public Source {
 public:
  explicit StringSource(std::string s) : s_(std::move(s)) {}
  size_t read(char* buf, size_t n) override {
    size_t k = std::min(n, s_.size() - pos_);
    std::memcpy(buf, s_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string s_;
  size_t pos_ = 0;
};

// Streaming inflate. Output is produced only as fast as the consumer asks for it, so a bomb
// never expands beyond what the consumer's limits allow.
class GzipSource : public Source {
 public:
  explicit GzipSource(std::unique_ptr<Source> in) : in_(std::move(in)), inbuf_(kBufferSize) {
    std::memset(&zs_, 0, sizeof zs_);
    // 15 + 32: a zlib or gzip header, detected automatically.
    if (inflateInit2(&zs_, 15 + 32) != Z_OK) {
      err_ = Status(Errc::io, "cannot initialise zlib");
    } else {
      init_ = true;
    }
  }
  ~GzipSource() override {
    if (init_) inflateEnd(&zs_);
  }

  size_t read(char* buf, size_t n) override {
    if (!init_ || done_ || !err_.ok() || n == 0) return 0;
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    const uInt want = zs_.avail_out;
    while (zs_.avail_out == want) {
      if (zs_.avail_in == 0 && !in_eof_) refill();
      if (!err_.ok()) return 0;
      if (zs_.avail_in == 0 && in_eof_) {
        if (!member_done_) err_ = Status(Errc::parse, "truncated gzip data");
        done_ = true;
        break;
      }
      member_done_ = false;
      int rc = inflate(&zs_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        member_done_ = true;
        // Another gzip member may follow (as written by `cat a.gz b.gz`).
        if (zs_.avail_in == 0 && !in_eof_) refill();
        // Anything after a complete member that is not another member (zero padding from tape
        // or tar tools, say) is ignored, as gzip -d does.
        if (zs_.avail_in == 0 || zs_.next_in[0] != 0x1f) {
          done_ = true;
          break;
        }
        inflateReset(&zs_);
      } else if (rc == Z_BUF_ERROR) {
        // No progress possible: more input is needed (handled at the loop top).
        if (zs_.avail_in != 0) {
          err_ = Status(Errc::parse, "corrupt gzip data");
          return 0;
        }
      } else if (rc != Z_OK) {
        err_ = Status(Errc::parse, std::string("corrupt gzip data: ") +
                                       (zs_.msg ? zs_.msg : "inflate error " + std::to_string(rc)));
        return 0;
      }
    }
    return want - zs_.avail_out;
  }

  const Status& error() const override { return err_.ok() ? in_->error() : err_; }

 private:
  void refill() {
    size_t got = in_->read(inbuf_.data(), inbuf_.size());
    if (got == 0) {
      in_eof_ = true;
      if (!in_->error().ok()) err_ = in_->error();
    }
    zs_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
    zs_.avail_in = static_cast<uInt>(got);
  }

  std::unique_ptr<Source> in_;
  std::vector<char> inbuf_;
  z_stream zs_;
  bool init_ = false, done_ = false, in_eof_ = false, member_done_ = false;
};

}  // namespace

std::unique_ptr<Source> file_source(FILE* f, bool owned) {
  return std::make_unique<FileSource>(f, owned);
}

Result<std::unique_ptr<Source>> open_file_source(const std::string& path, int64_t* size) {
  if (size) *size = -1;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0)
    return Status(Errc::io, std::string("cannot open: ") + std::strerror(errno), {path});
  if (S_ISDIR(st.st_mode)) return Status(Errc::io, "cannot open: is a directory", {path});
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status(Errc::io, std::string("cannot open: ") + std::strerror(errno), {path});
  if (size && S_ISREG(st.st_mode)) *size = static_cast<int64_t>(st.st_size);
  return std::unique_ptr<Source>(std::make_unique<FileSource>(f, true));
}

std::unique_ptr<Source> istream_source(std::istream& in) {
  return std::make_unique<IstreamSource>(in);
}

std::unique_ptr<Source> string_source(std::string content) {
  return std::make_unique<StringSource>(std::move(content));
}

std::unique_ptr<Source> gzip_source(std::unique_ptr<Source> compressed) {
  return std::make_unique<GzipSource>(std::move(compressed));
}

// ---- ByteStream ----

ByteStream::ByteStream(std::unique_ptr<Source> src) : src_(std::move(src)), buf_(kBufferSize) {}

bool ByteStream::fill() {
  if (eof_) return false;
  if (pos_ > 0) {  // compact
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
  size_t got = src_->read(buf_.data() + end_, buf_.size() - end_);
  if (got == 0) {
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

std::string_view ByteStream::peek(size_t n) {
  while (end_ - pos_ < n && fill()) {
  }
  return std::string_view(buf_.data() + pos_, std::min(n, end_ - pos_));
}

bool ByteStream::read_line(std::string& line, size_t max, bool* too_long) {
  line.clear();
  if (too_long) *too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !fill()) return any;
    any = true;
    const char* b = buf_.data() + pos_;
    size_t avail = end_ - pos_;
    const void* nl = std::memchr(b, '\n', avail);
    size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - b) : avail;
    size_t room = max > line.size() ? max - line.size() : 0;
    if (take > room) {
      if (too_long) *too_long = true;
      line.append(b, room);
    } else {
      line.append(b, take);
    }
    size_t used = nl ? take + 1 : take;
    pos_ += used;
    consumed_ += used;
    if (nl) return true;
  }
}

bool ByteStream::read_up_to(std::string& out, size_t max) {
  size_t want = max;
  while (want > 0) {
    if (pos_ == end_) {
      // Large reads go straight from the source into `out`, past the buffer.
      if (eof_) return true;
      size_t old = out.size();
      size_t chunk = std::min(want, kBufferSize);
      out.resize(old + chunk);
      size_t got = src_->read(out.data() + old, chunk);
      out.resize(old + got);
      consumed_ += got;
      want -= got;
      if (got == 0) {
        eof_ = true;
        return true;
      }
      continue;
    }
    size_t k = std::min(want, end_ - pos_);
    out.append(buf_.data() + pos_, k);
    pos_ += k;
    consumed_ += k;
    want -= k;
  }
  // Exactly `max` bytes read: is there more?
  return peek(1).empty();
}

size_t ByteStream::read(char* buf, size_t n) {
  if (pos_ == end_) {
    if (eof_) return 0;
    size_t got = src_->read(buf, n);
    if (got == 0) eof_ = true;
    consumed_ += got;
    return got;
  }
  size_t k = std::min(n, end_ - pos_);
  std::memcpy(buf, buf_.data() + pos_, k);
  pos_ += k;
  consumed_ += k;
  return k;
}

}  // namespace dyad::io
