// Jackknifed tags for parser training. At run time the parser sees tags predicted by the tagger,
// with its errors; training on gold tags only makes it trust them too much. The training data is
// split into k folds and each fold is re-tagged by a small greedy perceptron tagger trained on
// the other folds. The tagger predicts UPOS, XPOS and the FEATS the parser uses as one class.
// It exists only for training the parser: the real tagger is syntax/tagger.
#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>

#include "syntax/parser_impl.h"
#include "syntax/parser_trainer.h"
#include "syntax/perceptron.h"
#include "util/hash.h"

namespace dyad {

namespace {

struct WordRef {
  uint32_t doc, token;
};
using Sentence = std::vector<WordRef>;

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

std::string shape(std::string_view s) {
  std::string r;
  for (char c : s) {
    char k = (c >= 'A' && c <= 'Z')                 ? 'X'
             : (c >= 'a' && c <= 'z')               ? 'x'
             : (c >= '0' && c <= '9')               ? 'd'
             : static_cast<unsigned char>(c) >= 128 ? 'u'
                                                    : c;
    if (r.empty() || r.back() != k) r.push_back(k);
    if (r.size() >= 8) break;
  }
  return r;
}

// The FEATS the parser looks at (see parser_detail::morph_hash).
std::string parser_feats(std::string_view feats) {
  std::string out;
  parser_detail::for_each_parser_feat(feats, [&](std::string_view item) {
    if (!out.empty()) out += '|';
    out += item;
  });
  return out.empty() ? "_" : out;
}

class MiniTagger {
 public:
  MiniTagger(const std::vector<Doc>& docs, const std::vector<std::string>& classes)
      : docs_(docs), classes_(classes) {}

  void train(const std::vector<const Sentence*>& sents, const std::vector<uint32_t>& gold_of,
             const std::vector<std::vector<uint32_t>>& gold, int epochs, uint64_t seed) {
    model_ = Perceptron(static_cast<uint32_t>(classes_.size()));
    std::vector<size_t> order(sents.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(seed);
    std::vector<uint64_t> f;
    std::vector<float> scores;
    std::vector<uint32_t> pred;
    for (int e = 0; e < epochs; ++e) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t oi : order) {
        const Sentence& s = *sents[oi];
        const std::vector<uint32_t>& g = gold[gold_of[oi]];
        pred.assign(s.size(), 0);
        for (size_t i = 0; i < s.size(); ++i) {
          features(s, i, pred, f);
          uint32_t y = model_.predict(f, scores);
          model_.tick();
          model_.update(f, g[i], y);
          pred[i] = y;  // predicted history, as at tagging time
        }
      }
    }
    model_.finalize(1e-3f);
  }

  void share_model(const MiniTagger& other) { model_ = other.model_; }

  void tag(const Sentence& s, std::vector<uint32_t>& pred) const {
    std::vector<uint64_t> f;
    std::vector<float> scores;
    pred.assign(s.size(), 0);
    for (size_t i = 0; i < s.size(); ++i) {
      features(s, i, pred, f);
      pred[i] = model_.predict(f, scores);
    }
  }

 private:
  void features(const Sentence& s, size_t i, const std::vector<uint32_t>& pred,
                std::vector<uint64_t>& f) const {
    f.clear();
    auto form = [&](long j) -> std::string {
      if (j < 0) return "<s>";
      if (j >= static_cast<long>(s.size())) return "</s>";
      return lower(docs_[s[j].doc].tokens[s[j].token].form);
    };
    auto add = [&](uint64_t t, std::string_view v) {
      f.push_back(hash_combine(t * 0x9e3779b97f4a7c15ULL, hash_bytes(v)));
    };
    const long k = static_cast<long>(i);
    const std::string w = form(k), raw = docs_[s[i].doc].tokens[s[i].token].form;
    const std::string n1 = form(k + 1);
    add(1, "bias");
    add(2, w);
    add(3, form(k - 1));
    add(4, n1);
    add(5, form(k - 2));
    add(6, form(k + 2));
    for (size_t len = 1; len <= 4; ++len)
      if (w.size() >= len) {
        add(10 + len, w.substr(w.size() - len));
        add(20 + len, w.substr(0, len));
      }
    add(30, shape(raw));
    add(31, i == 0 ? "first" : "other");
    const std::string p1 = i >= 1 ? classes_[pred[i - 1]] : "<s>";
    const std::string p2 = i >= 2 ? classes_[pred[i - 2]] : "<s>";
    add(40, p1);
    add(41, p1 + "|" + p2);
    add(42, p1 + "|" + w);
    add(43, n1 + "|" + w);
    if (n1.size() >= 3) add(44, n1.substr(n1.size() - 3));
  }

  const std::vector<Doc>& docs_;
  const std::vector<std::string>& classes_;
  Perceptron model_;
};

}  // namespace

namespace {

struct TagData {
  std::vector<Sentence> sents;
  std::vector<std::vector<uint32_t>> gold;
};

std::string class_key(const TokenData& t) {
  return t.upos + "\t" + t.xpos + "\t" + parser_feats(t.feats);
}

void collect(const std::vector<Doc>& docs, std::vector<std::string>& classes,
             std::unordered_map<std::string, uint32_t>& class_id, TagData& out) {
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (const SentenceData& s : docs[d].sentences) {
      if (s.last == s.first) continue;
      Sentence sent;
      std::vector<uint32_t> g;
      for (uint32_t i = s.first; i < s.last; ++i) {
        std::string key = class_key(docs[d].tokens[i]);
        auto it = class_id.find(key);
        if (it == class_id.end()) {
          it = class_id.emplace(key, static_cast<uint32_t>(classes.size())).first;
          classes.push_back(key);
        }
        sent.push_back(WordRef{d, i});
        g.push_back(it->second);
      }
      out.sents.push_back(std::move(sent));
      out.gold.push_back(std::move(g));
    }
}

// Writes predicted classes into the tokens; returns UPOS accuracy against the old tags (%).
double apply_tags(std::vector<Doc>& docs, const std::vector<Sentence>& sents,
                  const std::vector<std::vector<uint32_t>>& predicted,
                  const std::vector<std::string>& classes) {
  uint64_t words = 0, correct = 0;
  for (size_t i = 0; i < sents.size(); ++i)
    for (size_t k = 0; k < sents[i].size() && k < predicted[i].size(); ++k) {
      const std::string& c = classes[predicted[i][k]];
      TokenData& t = docs[sents[i][k].doc].tokens[sents[i][k].token];
      size_t a = c.find('\t'), b = c.find('\t', a + 1);
      std::string upos = c.substr(0, a);
      ++words;
      correct += upos == t.upos;
      t.upos = std::move(upos);
      t.xpos = c.substr(a + 1, b - a - 1);
      t.feats = c.substr(b + 1);
    }
  return words ? 100.0 * correct / words : 100.0;
}

}  // namespace

double jackknife_tags(std::vector<Doc>& docs, int folds, uint64_t seed) {
  if (folds < 2) return 100.0;
  std::vector<std::string> classes;
  std::unordered_map<std::string, uint32_t> class_id;
  TagData data;
  collect(docs, classes, class_id, data);
  const auto& sents = data.sents;
  if (sents.size() < static_cast<size_t>(folds)) return 100.0;
  std::vector<std::vector<uint32_t>> predicted(sents.size());
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<const Sentence*> train;
    std::vector<uint32_t> gold_of;
    for (size_t i = 0; i < sents.size(); ++i)
      if (static_cast<int>(i % folds) != fold) {
        train.push_back(&sents[i]);
        gold_of.push_back(static_cast<uint32_t>(i));
      }
    MiniTagger tagger(docs, classes);
    tagger.train(train, gold_of, data.gold, 5, seed + fold);
    for (size_t i = fold; i < sents.size(); i += folds) tagger.tag(sents[i], predicted[i]);
  }
  return apply_tags(docs, sents, predicted, classes);
}

double mini_tag(const std::vector<Doc>& train, std::vector<Doc>& target, uint64_t seed) {
  std::vector<std::string> classes;
  std::unordered_map<std::string, uint32_t> class_id;
  TagData tr, te;
  collect(train, classes, class_id, tr);
  collect(target, classes, class_id, te);  // unseen dev classes are never predicted
  std::vector<const Sentence*> sents;
  std::vector<uint32_t> gold_of;
  for (size_t i = 0; i < tr.sents.size(); ++i) {
    sents.push_back(&tr.sents[i]);
    gold_of.push_back(static_cast<uint32_t>(i));
  }
  MiniTagger tagger(train, classes);
  tagger.train(sents, gold_of, tr.gold, 5, seed);
  // The tagger reads forms through its own doc vector: tag the target through a second one.
  MiniTagger view(target, classes);
  view.share_model(tagger);
  std::vector<std::vector<uint32_t>> predicted(te.sents.size());
  for (size_t i = 0; i < te.sents.size(); ++i) view.tag(te.sents[i], predicted[i]);
  return apply_tags(target, te.sents, predicted, classes);
}

}  // namespace dyad
