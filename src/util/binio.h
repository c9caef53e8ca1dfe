// Binary model files: a fixed header (magic "DYADMODL", format version, kind, kind version),
// a payload, and a checksum. Readers refuse what they do not know (other kind, newer version,
// truncated or corrupt payload) with Errc::model and the file name.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"

namespace dyad {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'O', 'D', 'L'};
inline constexpr uint32_t kModelFormatVersion = 1;

class BinWriter {
 public:
  void u8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { raw(&v, 2); }
  void u32(uint32_t v) { raw(&v, 4); }
  void i32(int32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f32(float v) { raw(&v, 4); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    raw(s.data(), s.size());
  }
  template <class T>
  void pod_vec(const std::vector<T>& v) {
    u64(v.size());
    raw(v.data(), v.size() * sizeof(T));
  }
  void str_vec(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  void raw(const void* p, size_t n) {
    if (n) buf_.append(static_cast<const char*>(p), n);
  }
  const std::string& buffer() const { return buf_; }

  // Writes header + payload + checksum to `path`.
  Status save(const std::string& path, std::string_view kind, uint32_t kind_version) const;

 private:
  std::string buf_;
};

class BinReader {
 public:
  BinReader() = default;
  explicit BinReader(std::string data) : data_(std::move(data)) {}
  bool ok() const { return ok_; }
  uint8_t u8() {
    uint8_t v = 0;
    raw(&v, 1);
    return v;
  }
  uint16_t u16() {
    uint16_t v = 0;
    raw(&v, 2);
    return v;
  }
  uint32_t u32() {
    uint32_t v = 0;
    raw(&v, 4);
    return v;
  }
  int32_t i32() {
    int32_t v = 0;
    raw(&v, 4);
    return v;
  }
  uint64_t u64() {
    uint64_t v = 0;
    raw(&v, 8);
    return v;
  }
  float f32() {
    float v = 0;
    raw(&v, 4);
    return v;
  }
  std::string str() {
    uint32_t n = u32();
    if (!need(n)) return {};
    std::string s(data_.data() + pos_, n);
    pos_ += n;
    return s;
  }
  template <class T>
  std::vector<T> pod_vec() {
    uint64_t n = u64();
    if (n > (data_.size() - pos_) / sizeof(T) + 1 || !need(n * sizeof(T))) {
      ok_ = false;
      return {};
    }
    std::vector<T> v(n);
    raw(v.data(), n * sizeof(T));
    return v;
  }
  std::vector<std::string> str_vec() {
    uint32_t n = u32();
    std::vector<std::string> v;
    if (n > data_.size() - pos_) {
      ok_ = false;
      return v;
    }
    v.reserve(n);
    for (uint32_t i = 0; i < n && ok_; ++i) v.push_back(str());
    return v;
  }
  void raw(void* p, size_t n) {
    if (n == 0 || !need(n)) return;
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
  }
  bool at_end() const { return pos_ == data_.size(); }

  // Opens a model file, checks magic, format version, kind, kind version (<= max) and checksum.
  // On success the reader is positioned at the payload and `*version` holds the kind version.
  static Result<BinReader> open(const std::string& path, std::string_view kind,
                                uint32_t max_kind_version, uint32_t* version = nullptr);

 private:
  bool need(size_t n) {
    if (!ok_ || n > data_.size() - pos_) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace dyad
