// Compact read-only weights for inference of the tagger and the lemmatizer, built from a
// finalized Perceptron. One open-addressing slot (key, first entry, end) per feature and
// entries of (class, int16 weight) packed in 32 bits: two cache lines per feature lookup, and
// about 4 bytes per weight in the model file.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "syntax/perceptron.h"
#include "util/binio.h"

namespace dyad {

// Vectors in model files, preceded by a presence byte: BinReader::pod_vec must not be asked
// for an empty vector (it would memcpy from a null pointer).
template <class T>
void put_vec(BinWriter& w, const std::vector<T>& v) {
  w.u8(v.empty() ? 0 : 1);
  if (!v.empty()) w.pod_vec(v);
}
template <class T>
std::vector<T> get_vec(BinReader& r) {
  if (r.u8() == 0 || !r.ok()) return {};
  return r.pod_vec<T>();
}

class TagWeights {
 public:
  uint32_t nclasses() const { return nclasses_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }

  // From a finalized perceptron (through its saved form, so only its public API is used).
  bool build(const Perceptron& p) {
    if (p.num_features() == 0) {
      *this = TagWeights();
      nclasses_ = p.nclasses();
      return true;
    }
    BinWriter w;
    p.save(w);
    BinReader r(w.buffer());
    nclasses_ = r.u32();
    keys_ = r.pod_vec<uint64_t>();
    offset_ = r.pod_vec<uint32_t>();
    std::vector<uint16_t> cls = r.pod_vec<uint16_t>();
    std::vector<float> wt = r.pod_vec<float>();
    if (!r.ok() || offset_.size() != keys_.size() + 1 || cls.size() != wt.size()) return false;
    float maxw = 0;
    for (float x : wt) maxw = std::max(maxw, std::fabs(x));
    scale_ = maxw > 0 ? maxw / 32767.0f : 1.0f;
    entries_.resize(cls.size());
    for (size_t e = 0; e < cls.size(); ++e) {
      long q = std::clamp(std::lround(wt[e] / scale_), -32767L, 32767L);
      entries_[e] = pack(cls[e], static_cast<int16_t>(q));
    }
    build_table();
    return true;
  }

  void save(BinWriter& w) const {
    w.u32(nclasses_);
    w.f32(scale_);
    put_vec(w, keys_);
    put_vec(w, offset_);
    put_vec(w, entries_);
  }

  bool load(BinReader& r) {
    nclasses_ = r.u32();
    scale_ = r.f32();
    keys_ = get_vec<uint64_t>(r);
    offset_ = get_vec<uint32_t>(r);
    entries_ = get_vec<uint32_t>(r);
    if (!r.ok() || offset_.size() != keys_.size() + 1 || offset_.back() != entries_.size() ||
        !(scale_ > 0))
      return false;
    for (size_t i = 0; i + 1 < offset_.size(); ++i)
      if (offset_[i] > offset_[i + 1]) return false;
    for (uint32_t e : entries_)
      if ((e & 0xFFFFu) >= nclasses_) return false;
    build_table();
    return true;
  }

  // Adds the weights of feats into scores[0..nclasses).
  void score(const uint64_t* feats, size_t n, float* scores) const {
    if (table_.empty()) return;
    const size_t mask = table_.size() - 1;
    for (size_t k = 0; k < n; ++k) {
      uint64_t key = feats[k] ? feats[k] : 1;
      for (size_t i = key & mask;; i = (i + 1) & mask) {
        const Slot& s = table_[i];
        if (s.key == key) {
          for (uint32_t e = s.begin; e < s.end; ++e) {
            uint32_t x = entries_[e];
            scores[x & 0xFFFFu] += scale_ * static_cast<int16_t>(static_cast<uint16_t>(x >> 16));
          }
          break;
        }
        if (s.key == 0) break;
      }
    }
  }

 private:
  struct Slot {
    uint64_t key;
    uint32_t begin, end;
  };
  static uint32_t pack(uint16_t cls, int16_t w) {
    return (static_cast<uint32_t>(static_cast<uint16_t>(w)) << 16) | cls;
  }
  void build_table() {
    size_t cap = 16;
    while (cap < keys_.size() * 2) cap <<= 1;
    table_.assign(cap, Slot{0, 0, 0});
    const size_t mask = cap - 1;
    for (size_t r = 0; r < keys_.size(); ++r) {
      uint64_t key = keys_[r] ? keys_[r] : 1;
      size_t i = key & mask;
      while (table_[i].key != 0 && table_[i].key != key) i = (i + 1) & mask;
      table_[i] = Slot{key, offset_[r], offset_[r + 1]};
    }
  }

  uint32_t nclasses_ = 0;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> offset_ = {0};
  std::vector<uint32_t> entries_;
  std::vector<Slot> table_;
};

}  // namespace dyad
