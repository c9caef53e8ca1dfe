#include "syntax/parser_weights.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dyad {

namespace {
typedef int16_t __attribute__((may_alias)) i16a;
}  // namespace

void ParserWeights::build(const Perceptron& p, float prune) {
  nclasses_ = p.nclasses();
  const auto& keys = p.finalized_keys();
  const auto& off = p.finalized_offsets();
  const auto& cls = p.finalized_classes();
  const auto& w = p.finalized_weights();
  float maxw = 0;
  for (float x : w) maxw = std::max(maxw, std::fabs(x));
  scale_ = maxw > 0 ? maxw / 32767.0f : 1.0f;
  fps_.clear();
  entries_.clear();
  for (size_t r = 0; r < keys.size(); ++r) {
    size_t len_pos = entries_.size();
    entries_.push_back(0);
    uint32_t len = 0;
    for (uint32_t e = off[r]; e < off[r + 1]; ++e) {
      if (std::fabs(w[e]) < prune) continue;
      long q = std::lround(w[e] / scale_);
      if (q == 0) continue;
      q = std::clamp(q, -32767L, 32767L);
      uint32_t packed =
          (static_cast<uint32_t>(static_cast<uint16_t>(static_cast<int16_t>(q))) << 16) | cls[e];
      entries_.push_back(packed);
      ++len;
    }
    if (len == 0) {
      entries_.resize(len_pos);
      continue;
    }
    entries_[len_pos] = len;
    if (len * 3 >= nclasses_) densify(len_pos);
    fps_.push_back(fingerprint(keys[r]));
  }
  build_index();
}

// Rewrites the sparse row starting at entries_[pos] (the last row) as a dense row.
void ParserWeights::densify(size_t pos) {
  const uint32_t len = entries_[pos];
  const uint32_t words = (nclasses_ + 1) / 2;
  std::vector<int16_t> dense(2 * words, 0);
  for (uint32_t e = 1; e <= len; ++e) {
    uint32_t x = entries_[pos + e];
    dense[x & 0xFFFFu] = static_cast<int16_t>(static_cast<uint16_t>(x >> 16));
  }
  entries_.resize(pos + 1 + words);
  entries_[pos] = kDense | words;
  std::memcpy(&entries_[pos + 1], dense.data(), words * sizeof(uint32_t));
}

void ParserWeights::prune(float threshold) {
  std::vector<uint32_t> fps, entries;
  size_t pos = 0;
  for (size_t r = 0; r < fps_.size(); ++r) {
    const uint32_t head = entries_[pos];
    const uint32_t len = head & ~kDense;
    size_t len_pos = entries.size();
    entries.push_back(0);
    auto keep = [&](uint32_t cls, int16_t q) {
      if (q != 0 && std::fabs(scale_ * q) >= threshold)
        entries.push_back((static_cast<uint32_t>(static_cast<uint16_t>(q)) << 16) | cls);
    };
    if (head & kDense) {
      const i16a* d = reinterpret_cast<const i16a*>(&entries_[pos + 1]);
      for (uint32_t c = 0; c < nclasses_; ++c) keep(c, d[c]);
    } else {
      for (uint32_t e = 1; e <= len; ++e) {
        uint32_t x = entries_[pos + e];
        keep(x & 0xFFFFu, static_cast<int16_t>(static_cast<uint16_t>(x >> 16)));
      }
    }
    if (entries.size() == len_pos + 1) {
      entries.resize(len_pos);
    } else {
      uint32_t n = static_cast<uint32_t>(entries.size() - len_pos - 1);
      entries[len_pos] = n;
      if (n * 3 >= nclasses_) {
        std::swap(entries, entries_);
        densify(len_pos);
        std::swap(entries, entries_);
      }
      fps.push_back(fps_[r]);
    }
    pos += 1 + len;
  }
  fps_ = std::move(fps);
  entries_ = std::move(entries);
  build_index();
}

void ParserWeights::build_index() {
  size_t cap = 16;
  while (cap < fps_.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{0, 0});
  const size_t mask = cap - 1;
  uint32_t pos = 0;
  for (size_t r = 0; r < fps_.size(); ++r) {
    uint32_t fp = fps_[r];
    for (size_t i = fp & mask;; i = (i + 1) & mask) {
      if (slots_[i].fp == 0) {
        slots_[i] = Slot{fp, pos};
        break;
      }
      if (slots_[i].fp == fp) break;  // duplicate fingerprint: keep the first row
    }
    pos += 1 + (entries_[pos] & ~kDense);
  }
}

void ParserWeights::score(const uint64_t* feats, size_t n, float* scores) const {
  if (slots_.empty()) return;
  constexpr size_t kBatch = 256;
  uint32_t fps[kBatch];
  uint32_t rows[kBatch];
  const size_t mask = slots_.size() - 1;
  const Slot* slots = slots_.data();
  const uint32_t* entries = entries_.data();
  int32_t acc[1024];
  const bool use_acc = nclasses_ <= 1024;
  if (use_acc) std::fill(acc, acc + nclasses_, 0);
  for (size_t base = 0; base < n; base += kBatch) {
    size_t m = std::min(kBatch, n - base);
    for (size_t k = 0; k < m; ++k) {
      fps[k] = fingerprint(feats[base + k]);
      __builtin_prefetch(&slots[fps[k] & mask]);
    }
    size_t found = 0;
    for (size_t k = 0; k < m; ++k) {
      const uint32_t fp = fps[k];
      for (size_t i = fp & mask;; i = (i + 1) & mask) {
        if (slots[i].fp == fp) {
          rows[found++] = slots[i].begin;
          __builtin_prefetch(&entries[slots[i].begin]);
          break;
        }
        if (slots[i].fp == 0) break;
      }
    }
    for (size_t k = 0; k < found; ++k) {
      const uint32_t* row = entries + rows[k];
      const uint32_t len = row[0] & ~kDense;
      if (row[0] & kDense) {
        const i16a* d = reinterpret_cast<const i16a*>(row + 1);
        if (use_acc) {
          for (uint32_t c = 0; c < nclasses_; ++c) acc[c] += d[c];
        } else {
          for (uint32_t c = 0; c < nclasses_; ++c) scores[c] += scale_ * d[c];
        }
      } else if (use_acc) {
        for (uint32_t e = 1; e <= len; ++e)
          acc[row[e] & 0xFFFFu] += static_cast<int16_t>(static_cast<uint16_t>(row[e] >> 16));
      } else {
        for (uint32_t e = 1; e <= len; ++e)
          scores[row[e] & 0xFFFFu] +=
              scale_ * static_cast<int16_t>(static_cast<uint16_t>(row[e] >> 16));
      }
    }
  }
  if (use_acc)
    for (uint32_t c = 0; c < nclasses_; ++c) scores[c] += scale_ * static_cast<float>(acc[c]);
}

void ParserWeights::save(BinWriter& w) const {
  w.u32(nclasses_);
  w.f32(scale_);
  w.pod_vec(fps_);
  w.pod_vec(entries_);
}

bool ParserWeights::load(BinReader& r) {
  nclasses_ = r.u32();
  scale_ = r.f32();
  fps_ = r.pod_vec<uint32_t>();
  entries_ = r.pod_vec<uint32_t>();
  if (!r.ok() || nclasses_ == 0 || nclasses_ > 65535 || !(scale_ > 0) || !std::isfinite(scale_))
    return false;
  // Validate the row structure and classes.
  size_t pos = 0, rows = 0;
  while (pos < entries_.size()) {
    const uint32_t head = entries_[pos];
    const uint32_t len = head & ~kDense;
    if (len == 0 || len > entries_.size() - pos - 1) return false;
    if (head & kDense) {
      if (len != (nclasses_ + 1) / 2) return false;
    } else {
      for (uint32_t e = 1; e <= len; ++e)
        if ((entries_[pos + e] & 0xFFFFu) >= nclasses_) return false;
    }
    pos += 1 + len;
    ++rows;
  }
  if (rows != fps_.size()) return false;
  for (uint32_t fp : fps_)
    if (fp == 0) return false;
  build_index();
  return true;
}

}  // namespace dyad
