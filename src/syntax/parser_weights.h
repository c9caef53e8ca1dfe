// Compact, quantized inference table for the parser's perceptron weights.
//
// Each feature row is found through an open-addressing table of 32-bit fingerprints of the
// 64-bit feature key (a false match needs two keys to share 32 bits: ~N/2^32 per lookup of an
// unknown feature, negligible for N ~ 10^6). A row is a length word followed by packed entries
// (class in the low 16 bits, weight as int16 times a global scale in the high 16 bits), or, for
// rows with many classes, all classes as int16 (summed with SIMD).
// Scoring prefetches all rows of a configuration before summing them, so the memory latency of
// the ~120 lookups overlaps.
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/perceptron.h"
#include "util/binio.h"

namespace dyad {

class ParserWeights {
 public:
  // Builds from a finalized perceptron, dropping weights with |w| < prune.
  void build(const Perceptron& p, float prune);
  // Drops stored weights with |w| < threshold (for measuring the size/accuracy trade-off).
  void prune(float threshold);
  bool empty() const { return fps_.empty(); }
  uint32_t nclasses() const { return nclasses_; }
  size_t num_features() const { return fps_.size(); }
  size_t size_bytes() const { return 4 * (fps_.size() + entries_.size()); }
  size_t num_weights() const { return entries_.size() - fps_.size(); }
  // Adds the weights of feats[0..n) into scores[0..nclasses).
  void score(const uint64_t* feats, size_t n, float* scores) const;

  void save(BinWriter& w) const;
  bool load(BinReader& r);

 private:
  static uint32_t fingerprint(uint64_t key) {
    uint32_t fp = static_cast<uint32_t>(key >> 32) ^ static_cast<uint32_t>(key);
    return fp ? fp : 1;
  }
  void build_index();
  void densify(size_t pos);
  // Row header flag: the row stores all classes as int16 ((nclasses + 1) / 2 words).
  static constexpr uint32_t kDense = 0x80000000u;
  struct Slot {
    uint32_t fp;     // 0 = empty
    uint32_t begin;  // index of the row's length word in entries_
  };
  uint32_t nclasses_ = 0;
  float scale_ = 1.0f;
  std::vector<uint32_t> fps_;      // row -> fingerprint
  std::vector<uint32_t> entries_;  // rows: [len, packed entries...]
  std::vector<Slot> slots_;
};

}  // namespace dyad
