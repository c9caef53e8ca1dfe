// Averaged multiclass perceptron over hashed sparse features. Shared by the tagger, the
// lemmatizer and the parser. Each feature owns a sparse row of (class, weight) entries, so a
// model with many classes (lemma edit scripts, labelled transitions) stays small: a feature only
// stores the classes it was ever updated for. Training keeps running totals for averaging;
// finalize() averages, prunes tiny weights and compacts into a read-only table for inference.
#pragma once

#include <cstdint>
#include <vector>

#include "util/binio.h"

namespace dyad {

// Open-addressing hash map from a nonzero 64-bit feature key to a 32-bit value.
class FeatureIndex {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;
  void clear();
  void reserve(size_t n);
  uint32_t find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    key = key ? key : 1;
    size_t mask = keys_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return vals_[i];
      if (keys_[i] == 0) return kMissing;
    }
  }
  // Returns the value for key, inserting `value_if_new` when absent.
  uint32_t insert(uint64_t key, uint32_t value_if_new);
  size_t size() const { return size_; }

 private:
  void grow();
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> vals_;
  size_t size_ = 0;
};

class Perceptron {
 public:
  Perceptron() = default;
  explicit Perceptron(uint32_t nclasses) : nclasses_(nclasses) {}
  uint32_t nclasses() const { return nclasses_; }
  void set_nclasses(uint32_t n) { nclasses_ = n; }

  // Adds the weights of `feats` into scores[0..nclasses). Uses the training weights while
  // training and the averaged, compact table after finalize() or load().
  void score(const uint64_t* feats, size_t n, float* scores) const;
  void score(const std::vector<uint64_t>& feats, float* scores) const {
    score(feats.data(), feats.size(), scores);
  }
  // Convenience: argmax over classes where allowed (allowed may be null: all allowed).
  uint32_t predict(const std::vector<uint64_t>& feats, std::vector<float>& scratch,
                   const std::vector<uint8_t>* allowed = nullptr) const;

  // Training: one instance seen (advances the averaging clock).
  void tick() { ++now_; }
  // +1 for truth, -1 for guess, on every feature (no-op when equal).
  void update(const uint64_t* feats, size_t n, uint32_t truth, uint32_t guess);
  void update(const std::vector<uint64_t>& feats, uint32_t truth, uint32_t guess) {
    update(feats.data(), feats.size(), truth, guess);
  }
  void add(const uint64_t* feats, size_t n, uint32_t cls, float delta);

  // Averages the weights, drops entries with |w| < prune, and switches to the compact table.
  void finalize(float prune = 1e-3f);
  bool finalized() const { return finalized_; }
  size_t num_features() const { return finalized_ ? index_.size() : train_index_.size(); }
  size_t num_weights() const { return finalized_ ? cls_.size() : 0; }

  void save(BinWriter& w) const;
  bool load(BinReader& r);

  // Read-only view of the finalized table, for components that build their own compact copy:
  // row r has key finalized_keys()[r] and entries [finalized_offsets()[r], [r + 1]) of
  // finalized_classes() / finalized_weights(). Empty before finalize().
  const std::vector<uint64_t>& finalized_keys() const { return keys_; }
  const std::vector<uint32_t>& finalized_offsets() const { return offset_; }
  const std::vector<uint16_t>& finalized_classes() const { return cls_; }
  const std::vector<float>& finalized_weights() const { return w_; }

 private:
  struct Entry {
    uint32_t cls;
    float w;
    double total;
    uint64_t ts;
  };
  uint32_t nclasses_ = 0;
  bool finalized_ = false;
  uint64_t now_ = 0;
  // training
  FeatureIndex train_index_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<uint64_t> row_keys_;  // feature key of each training row
  // inference
  FeatureIndex index_;            // key -> row number
  std::vector<uint64_t> keys_;    // row -> key (kept for saving)
  std::vector<uint32_t> offset_;  // row -> first entry; size rows+1
  std::vector<uint16_t> cls_;
  std::vector<float> w_;
};

}  // namespace dyad
