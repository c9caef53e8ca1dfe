#include "util/binio.h"

#include <fstream>
#include <sstream>

#include "util/hash.h"

namespace dyad {

Status BinWriter::save(const std::string& path, std::string_view kind,
                       uint32_t kind_version) const {
  BinWriter h;
  h.raw(kModelMagic, sizeof kModelMagic);
  h.u32(kModelFormatVersion);
  h.str(kind);
  h.u32(kind_version);
  h.u64(buf_.size());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status(Errc::io, "cannot open for writing", {path});
  out.write(h.buffer().data(), static_cast<std::streamsize>(h.buffer().size()));
  out.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  uint64_t sum = hash_bytes(buf_);
  out.write(reinterpret_cast<const char*>(&sum), 8);
  if (!out) return Status(Errc::io, "write failed", {path});
  return Status::Ok();
}

Result<BinReader> BinReader::open(const std::string& path, std::string_view kind,
                                  uint32_t max_kind_version, uint32_t* version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Errc::model, "cannot open model file", {path});
  std::stringstream ss;
  ss << in.rdbuf();
  std::string all = ss.str();
  BinReader r(std::move(all));
  char magic[8] = {};
  r.raw(magic, 8);
  if (!r.ok() || std::memcmp(magic, kModelMagic, 8) != 0)
    return Status(Errc::model, "not a dyad model file (bad magic number)", {path});
  uint32_t fmt = r.u32();
  if (!r.ok() || fmt != kModelFormatVersion)
    return Status(Errc::model,
                  "unsupported model format version " + std::to_string(fmt) + " (this dyad reads " +
                      std::to_string(kModelFormatVersion) + ")",
                  {path});
  std::string k = r.str();
  if (!r.ok() || k != kind)
    return Status(Errc::model, "model is a '" + k + "', expected a '" + std::string(kind) + "'",
                  {path});
  uint32_t kv = r.u32();
  if (!r.ok() || kv > max_kind_version)
    return Status(Errc::model,
                  "model version " + std::to_string(kv) + " is newer than this dyad supports (" +
                      std::to_string(max_kind_version) + ")",
                  {path});
  uint64_t n = r.u64();
  if (!r.ok() || n + 8 != r.data_.size() - r.pos_)
    return Status(Errc::model, "model file is truncated or has trailing bytes", {path});
  uint64_t sum = 0;
  std::memcpy(&sum, r.data_.data() + r.pos_ + n, 8);
  if (sum != hash_bytes(std::string_view(r.data_).substr(r.pos_, n)))
    return Status(Errc::model, "model file checksum mismatch (corrupt file)", {path});
  r.data_.resize(r.pos_ + n);
  if (version) *version = kv;
  return r;
}

}  // namespace dyad
