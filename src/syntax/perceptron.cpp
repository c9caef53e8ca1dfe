#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dyad {

void FeatureIndex::clear() {
  keys_.clear();
  vals_.clear();
  size_ = 0;
}

void FeatureIndex::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  if (cap <= keys_.size()) return;
  std::vector<uint64_t> ok = std::move(keys_);
  std::vector<uint32_t> ov = std::move(vals_);
  keys_.assign(cap, 0);
  vals_.assign(cap, kMissing);
  size_ = 0;
  for (size_t i = 0; i < ok.size(); ++i)
    if (ok[i]) insert(ok[i], ov[i]);
}

void FeatureIndex::grow() {
  reserve(keys_.empty() ? 8 : keys_.size());
}

uint32_t FeatureIndex::insert(uint64_t key, uint32_t value_if_new) {
  if ((size_ + 1) * 2 > keys_.size()) grow();
  key = key ? key : 1;
  size_t mask = keys_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) return vals_[i];
    if (keys_[i] == 0) {
      keys_[i] = key;
      vals_[i] = value_if_new;
      ++size_;
      return value_if_new;
    }
  }
}

void Perceptron::score(const uint64_t* feats, size_t n, float* scores) const {
  if (finalized_) {
    for (size_t k = 0; k < n; ++k) {
      uint32_t row = index_.find(feats[k]);
      if (row == FeatureIndex::kMissing) continue;
      for (uint32_t e = offset_[row], end = offset_[row + 1]; e < end; ++e)
        scores[cls_[e]] += w_[e];
    }
  } else {
    for (size_t k = 0; k < n; ++k) {
      uint32_t row = train_index_.find(feats[k]);
      if (row == FeatureIndex::kMissing) continue;
      for (const Entry& e : rows_[row]) scores[e.cls] += e.w;
    }
  }
}

uint32_t Perceptron::predict(const std::vector<uint64_t>& feats, std::vector<float>& scratch,
                             const std::vector<uint8_t>* allowed) const {
  scratch.assign(nclasses_, 0.0f);
  score(feats, scratch.data());
  uint32_t best = 0;
  float best_score = -INFINITY;
  for (uint32_t c = 0; c < nclasses_; ++c) {
    if (allowed && !(*allowed)[c]) continue;
    if (scratch[c] > best_score) {
      best_score = scratch[c];
      best = c;
    }
  }
  return best;
}

void Perceptron::add(const uint64_t* feats, size_t n, uint32_t cls, float delta) {
  for (size_t k = 0; k < n; ++k) {
    uint32_t row = train_index_.insert(feats[k], static_cast<uint32_t>(rows_.size()));
    if (row == rows_.size()) {
      rows_.emplace_back();
      row_keys_.push_back(feats[k]);
    }
    auto& r = rows_[row];
    Entry* e = nullptr;
    for (auto& x : r)
      if (x.cls == cls) {
        e = &x;
        break;
      }
    if (!e) {
      r.push_back(Entry{cls, 0.0f, 0.0, now_});
      e = &r.back();
    }
    e->total += static_cast<double>(now_ - e->ts) * e->w;
    e->ts = now_;
    e->w += delta;
  }
}

void Perceptron::update(const uint64_t* feats, size_t n, uint32_t truth, uint32_t guess) {
  if (truth == guess) return;
  add(feats, n, truth, 1.0f);
  add(feats, n, guess, -1.0f);
}

void Perceptron::finalize(float prune) {
  if (finalized_) return;
  std::vector<uint32_t> offset;
  std::vector<uint16_t> cls;
  std::vector<float> w;
  FeatureIndex index;
  index.reserve(rows_.size());
  offset.push_back(0);
  double T = std::max<uint64_t>(now_, 1);
  uint32_t nrows = 0;
  for (size_t row = 0; row < rows_.size(); ++row) {
    auto& r = rows_[row];
    std::sort(r.begin(), r.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    size_t before = cls.size();
    for (const Entry& e : r) {
      double total = e.total + static_cast<double>(now_ - e.ts) * e.w;
      float avg = static_cast<float>(total / T);
      if (std::fabs(avg) < prune) continue;
      cls.push_back(static_cast<uint16_t>(e.cls));
      w.push_back(avg);
    }
    if (cls.size() == before) continue;
    index.insert(row_keys_[row], nrows++);
    keys_.push_back(row_keys_[row]);
    offset.push_back(static_cast<uint32_t>(cls.size()));
  }
  index_ = std::move(index);
  offset_ = std::move(offset);
  cls_ = std::move(cls);
  w_ = std::move(w);
  rows_.clear();
  rows_.shrink_to_fit();
  row_keys_.clear();
  row_keys_.shrink_to_fit();
  train_index_.clear();
  finalized_ = true;
}

}  // namespace dyad

namespace dyad {

void Perceptron::save(BinWriter& out) const {
  // Only a finalized model is saved; callers finalize first.
  out.u32(nclasses_);
  out.pod_vec(keys_);
  out.pod_vec(offset_);
  out.pod_vec(cls_);
  out.pod_vec(w_);
}

bool Perceptron::load(BinReader& in) {
  nclasses_ = in.u32();
  keys_ = in.pod_vec<uint64_t>();
  offset_ = in.pod_vec<uint32_t>();
  cls_ = in.pod_vec<uint16_t>();
  w_ = in.pod_vec<float>();
  if (!in.ok() || offset_.size() != keys_.size() + 1 || cls_.size() != w_.size() ||
      offset_.back() != cls_.size())
    return false;
  for (uint16_t c : cls_)
    if (c >= nclasses_) return false;
  for (size_t i = 0; i + 1 < offset_.size(); ++i)
    if (offset_[i] > offset_[i + 1]) return false;
  index_.clear();
  index_.reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) index_.insert(keys_[i], static_cast<uint32_t>(i));
  finalized_ = true;
  return true;
}

}  // namespace dyad
