// Byte sources for the readers: files, stdin, std::istream, in-memory strings, and streaming gzip
// decompression (zlib inflate) over any of them. ByteStream adds buffering, peeking (for format
// sniffing) and bounded reads (lines, whole documents), so a reader never holds more than the
// configured limit of one document in memory, however large (or however well compressed) the
// input is: this is the guard against decompression bombs.
#pragma once

#include <cstdint>
#include <cstdio>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"

namespace dyad::io {

class Source {
 public:
  virtual ~Source() = default;
  // Reads up to `n` bytes into `buf`; returns 0 at the end of the data or on error (error() says
  // which).
  virtual size_t read(char* buf, size_t n) = 0;
  // Errc::io (read failure) or Errc::parse (corrupt or truncated compressed data); message only,
  // the caller adds the file name.
  virtual const Status& error() const { return err_; }

 protected:
  Status err_;
};

// `f` is closed on destruction when `owned`.
std::unique_ptr<Source> file_source(FILE* f, bool owned);
// Opens `path` for reading; Errc::io when it cannot be opened. `*size` (if given) receives the
// file size when known (a regular file), else -1.
Result<std::unique_ptr<Source>> open_file_source(const std::string& path, int64_t* size = nullptr);
std::unique_ptr<Source> istream_source(std::istream& in);
std::unique_ptr<Source> string_source(std::string content);
// Decompresses gzip (or zlib) data read from `compressed`, streaming; concatenated gzip members
// are read one after the other, as gzip -d does.
std::unique_ptr<Source> gzip_source(std::unique_ptr<Source> compressed);

// True when `head` starts with the gzip magic bytes 1f 8b.
inline bool is_gzip_magic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

// A buffered reader over a Source.
class ByteStream : public Source {
 public:
  explicit ByteStream(std::unique_ptr<Source> src);

  // Up to `n` bytes from the current position without consuming them (fewer at the end).
  std::string_view peek(size_t n);
  // Reads the next line without its '\n' into `line`. A line longer than `max` bytes is consumed
  // to its end but only its first `max` bytes are kept, and `*too_long` is set. Returns false when
  // no more data (and nothing was read).
  bool read_line(std::string& line, size_t max, bool* too_long);
  // Appends up to `max` bytes to `out`; returns false when more data remains after those (the
  // rest is left unread).
  bool read_up_to(std::string& out, size_t max);
  // Bytes consumed so far.
  uint64_t consumed() const { return consumed_; }

  size_t read(char* buf, size_t n) override;
  const Status& error() const override { return src_->error(); }

 private:
  bool fill();  // reads more data into the buffer; false when none came
  std::unique_ptr<Source> src_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  uint64_t consumed_ = 0;
};

}  // namespace dyad::io
