// Trainer of the tagger: greedy left-to-right averaged perceptron trained on its own
// predictions, with a tag dictionary for frequent unambiguous words and, when the training data
// lacks XPOS on some tokens, a second perceptron for XPOS.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <random>
#include <unordered_map>

#include "io/conllu.h"
#include "syntax/tagger.h"
#include "syntax/tagger_data.h"
#include "syntax/tagger_impl.h"
#include "util/paths.h"

namespace dyad {

using namespace tagger_features;

namespace {

struct Sent {
  const Doc* doc;
  uint32_t first, last;
};

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

Status read_all(const std::vector<std::string>& files, std::vector<Doc>& docs) {
  for (const auto& f : files) {
    auto r = read_conllu_file(f);
    if (!r.ok()) return r.status();
    for (auto& d : r->docs) docs.push_back(std::move(d));
  }
  return Status::Ok();
}

// Hyperparameters (documented in the model cards).
constexpr int kDefaultEpochs = 10;
constexpr uint32_t kDictMinCount = 20;
constexpr double kDictMinShare = 0.995;
constexpr float kPrune = 0.05f;
// Sentences of the last --train file (the newest annotation guidelines) are seen this often.
constexpr int kNewestWeight = 3;

std::vector<Doc> strip_copy(const std::vector<Doc>& gold) {
  std::vector<Doc> out = gold;
  for (auto& d : out)
    for (auto& t : d.tokens) {
      t.upos.clear();
      t.xpos.clear();
      t.feats.clear();
    }
  return out;
}

}  // namespace

TagScores score_tags(const std::vector<Doc>& gold, const std::vector<Doc>& pred) {
  TagScores s;
  uint64_t n = 0, up = 0, xp = 0, xn = 0, uf = 0, all = 0, lem = 0;
  for (size_t d = 0; d < gold.size() && d < pred.size(); ++d) {
    const auto& g = gold[d].tokens;
    const auto& p = pred[d].tokens;
    for (size_t i = 0; i < g.size() && i < p.size(); ++i) {
      ++n;
      bool u = g[i].upos == p[i].upos;
      bool f = g[i].feats == p[i].feats;
      bool x = g[i].xpos.empty() || g[i].xpos == p[i].xpos;
      if (!g[i].xpos.empty()) {
        ++xn;
        xp += g[i].xpos == p[i].xpos;
      }
      up += u;
      uf += f;
      all += u && f && x;
      lem += g[i].lemma == p[i].lemma;
    }
  }
  s.tokens = n;
  if (n) {
    s.upos = 100.0 * up / n;
    s.ufeats = 100.0 * uf / n;
    s.alltags = 100.0 * all / n;
    s.lemma = 100.0 * lem / n;
  }
  if (xn) s.xpos = 100.0 * xp / xn;
  return s;
}

Status train_tagger(const TrainOptions& opts) {
  using clock = std::chrono::steady_clock;
  TrainingData data;
  std::vector<Doc> dev;
  DYAD_RETURN_IF_ERROR(load_training_data(opts.train_files, opts.log, data));
  DYAD_RETURN_IF_ERROR(read_all(opts.dev_files, dev));
  std::vector<Sent> sents;
  size_t ntok = 0, nxpos = 0;
  for (size_t di = 0; di < data.docs.size(); ++di)
    for (const auto& s : data.docs[di].sentences) {
      const Doc& d = data.docs[di];
      if (s.last <= s.first) continue;
      const bool weighted = data.newest[di] && opts.train_files.size() > 1;
      for (int rep = 0; rep < (weighted ? kNewestWeight : 1); ++rep)
        sents.push_back({&d, s.first, s.last});
      for (uint32_t i = s.first; i < s.last; ++i) {
        ++ntok;
        nxpos += !d.tokens[i].xpos.empty();
      }
    }
  if (sents.empty()) return Status(Errc::usage, "train tagger: no training sentences");

  auto impl = std::make_shared<Tagger::Impl>();
  Tagger::Impl& m = *impl;
  m.lang = opts.lang;
  m.joint_xpos = nxpos == ntok;
  m.has_xpos_model = !m.joint_xpos && nxpos > 0;
  // The second pass (right context) helps where XPOS has its own classifier, which then sees
  // the classes of the next words (Dutch: UPOS +0.27, XPOS +0.8 on nl_alpino dev); with joint
  // classes (English) it changed nothing beyond noise and cost 10 % speed, so it is left out.
  m.second_pass = !m.joint_xpos;
  opts.log("tagger: " + std::to_string(sents.size()) + " sentences, " + std::to_string(ntok) +
           " tokens, " + std::to_string(nxpos) + " with XPOS; " +
           (m.joint_xpos ? "joint UPOS+XPOS+FEATS classes"
                         : "UPOS+FEATS classes + separate XPOS classifier"));

  // A system word list (Debian wdutch / wamerican), when installed, gives "known word" features.
  {
    std::string wl = opts.lang == "nl"   ? "/usr/share/dict/dutch"
                     : opts.lang == "en" ? "/usr/share/dict/american-english"
                                         : "";
    std::ifstream in(wl);
    std::string word;
    while (in && std::getline(in, word))
      if (!word.empty()) m.dict.push_back(dict_key(word));
    const size_t nwords = m.dict.size();
    // Irregular verb forms (facts of grammar) give a "known verb form" feature: strong past
    // tenses missing from the data (hief) are verbs, not unknown adverbs.
    const std::string exc_path = lang_dir(opts.lang) + "/lemma_exceptions.tsv";
    std::ifstream exc(exc_path);
    size_t nexc = 0;
    while (nwords > 0 && exc && std::getline(exc, word)) {
      if (word.empty() || word[0] == '#') continue;
      size_t tab = word.find('\t');
      if (tab == std::string::npos || word.compare(0, tab, "form") == 0) continue;
      // Forms that are mostly nouns or adjectives (verdachten, betrokken) give no feature.
      if (word.find("\tnot-for-tagger") != std::string::npos) continue;
      m.dict.push_back(exc_key(syntax_text::lower(std::string_view(word).substr(0, tab))));
      ++nexc;
    }
    std::sort(m.dict.begin(), m.dict.end());
    m.dict.erase(std::unique(m.dict.begin(), m.dict.end()), m.dict.end());
    opts.log("tagger: word list " + (wl.empty() ? std::string("(none)") : wl) + ": " +
             std::to_string(nwords) + " words; " + std::to_string(nexc) + " verb forms from " +
             exc_path);
  }

  // Class inventory.
  std::unordered_map<std::string, uint32_t> class_id, xpos_id;
  std::vector<std::vector<uint32_t>> gold(sents.size());
  std::vector<std::vector<uint32_t>> gold_x(sents.size());
  std::unordered_map<uint64_t, std::unordered_map<uint32_t, uint32_t>> form_counts;
  std::unordered_map<uint64_t, std::unordered_map<uint32_t, uint32_t>> xform_counts;
  std::string low;
  for (size_t k = 0; k < sents.size(); ++k) {
    const Sent& s = sents[k];
    for (uint32_t i = s.first; i < s.last; ++i) {
      const TokenData& t = s.doc->tokens[i];
      std::string key =
          m.joint_xpos ? t.upos + "\t" + t.xpos + "\t" + t.feats : t.upos + "\t" + t.feats;
      auto it = class_id.emplace(key, static_cast<uint32_t>(class_id.size())).first;
      if (it->second == m.upos.size()) {
        m.upos.push_back(t.upos);
        m.xpos.push_back(m.joint_xpos ? t.xpos : "");
        m.feats.push_back(t.feats);
      }
      gold[k].push_back(it->second);
      ++form_counts[hash_bytes(t.form)][it->second];
      uint32_t x = FeatureIndex::kMissing;
      if (m.has_xpos_model && !t.xpos.empty()) {
        auto xi = xpos_id.emplace(t.xpos, static_cast<uint32_t>(xpos_id.size())).first;
        if (xi->second == m.xpos_names.size()) m.xpos_names.push_back(t.xpos);
        x = xi->second;
        low.clear();
        syntax_text::to_lower(t.form, low);
        ++xform_counts[xposdict_key(hash_bytes(low), it->second)][x];
      }
      gold_x[k].push_back(x);
    }
  }
  if (m.upos.size() > 65535) return Status(Errc::data, "train tagger: too many tag classes");
  opts.log("tagger: " + std::to_string(m.upos.size()) + " classes" +
           (m.has_xpos_model ? ", " + std::to_string(m.xpos_names.size()) + " XPOS tags" : ""));

  // Tag dictionaries: keys seen at least `min_count` times with one class in `min_share` of them.
  auto build_dict = [](const auto& counts_by_key, uint32_t min_count, double min_share,
                       std::vector<uint64_t>& keys, std::vector<uint32_t>& vals) {
    for (const auto& [key, counts] : counts_by_key) {
      uint32_t total = 0, best = 0, best_c = 0;
      for (auto [c, n] : counts) {
        total += n;
        if (n > best) {
          best = n;
          best_c = c;
        }
      }
      if (total >= min_count && best >= min_share * total) {
        keys.push_back(key);
        vals.push_back(best_c);
      }
    }
  };
  build_dict(form_counts, kDictMinCount, kDictMinShare, m.tagdict_keys, m.tagdict_vals);
  build_dict(xform_counts, 5, 0.99, m.xposdict_keys, m.xposdict_vals);
  {
    m.tagdict.reserve(m.tagdict_keys.size());
    for (size_t i = 0; i < m.tagdict_keys.size(); ++i)
      m.tagdict.insert(m.tagdict_keys[i], m.tagdict_vals[i]);
    m.xposdict.reserve(m.xposdict_keys.size());
    for (size_t i = 0; i < m.xposdict_keys.size(); ++i)
      m.xposdict.insert(m.xposdict_keys[i], m.xposdict_vals[i]);
  }
  opts.log("tagger: tag dictionary " + std::to_string(m.tagdict_keys.size()) + " words");

  const int epochs = opts.epochs > 0 ? opts.epochs : kDefaultEpochs;
  Perceptron model(static_cast<uint32_t>(m.upos.size()));
  Perceptron xmodel(static_cast<uint32_t>(m.xpos_names.size()));
  std::vector<size_t> order(sents.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(opts.seed);
  std::vector<TokInfo> info;
  std::vector<uint64_t> feats;
  std::vector<float> scores(m.upos.size()), base(m.upos.size()), xscores(m.xpos_names.size());
  std::vector<uint32_t> cls, cls2;
  std::string tmp;
  std::vector<Doc> dev_pred;
  double best_score = -1;
  TagWeights best_model, best_xmodel;
  int best_epoch = 0;
  auto argmax = [](const std::vector<float>& v) {
    uint32_t b = 0;
    for (uint32_t k = 1; k < v.size(); ++k)
      if (v[k] > v[b]) b = k;
    return b;
  };
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    auto t0 = clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    uint64_t seen = 0, right = 0;
    for (size_t k : order) {
      const Sent& s = sents[k];
      prepare(s.doc->tokens, s.first, s.last, m.dict, info, low, tmp, m.second_pass);
      const size_t n = info.size();
      cls.assign(n, 0);
      // Joint-class models (no second pass): beam search with early update.
      if (!m.second_pass) {
        const size_t beam_w = kTagBeam;
        struct Item {
          std::vector<uint32_t> c;
          float sc;
          bool gold;
        };
        const std::vector<uint32_t>& g = gold[k];
        std::vector<Item> beam{{{}, 0.0f, true}}, next;
        std::vector<uint32_t> top;
        size_t upto = n;  // early update position (exclusive)
        for (size_t i = 0; i < n; ++i) {
          next.clear();
          uint32_t d = m.tagdict.find(info[i].form);
          for (const Item& it : beam) {
            if (d != FeatureIndex::kMissing) {
              next.push_back(it);
              next.back().c.push_back(d);
              next.back().gold = it.gold && d == g[i];
              continue;
            }
            if (&it == &beam[0]) {
              feats.clear();
              extract_static(info, i, feats, kOff);
              std::fill(base.begin(), base.end(), 0.0f);
              model.score(feats.data(), feats.size(), base.data());
            }
            feats.clear();
            extract_history(info, i, prev1(it.c, i), prev2(it.c, i), feats, kOff);
            scores = base;
            model.score(feats.data(), feats.size(), scores.data());
            top.clear();
            for (uint32_t c = 0; c < scores.size(); ++c) {
              top.push_back(c);
              for (size_t z = top.size() - 1; z > 0 && scores[top[z]] > scores[top[z - 1]]; --z)
                std::swap(top[z], top[z - 1]);
              if (top.size() > beam_w) top.pop_back();
            }
            for (uint32_t c : top) {
              next.push_back(it);
              next.back().c.push_back(c);
              next.back().sc += scores[c];
              next.back().gold = it.gold && c == g[i];
            }
          }
          std::stable_sort(next.begin(), next.end(),
                           [](const Item& a, const Item& b) { return a.sc > b.sc; });
          beam.clear();
          for (Item& it : next) {
            bool dup = false;
            for (const Item& b : beam)
              if (b.c.back() == it.c.back() && (i == 0 || b.c[i - 1] == it.c[i - 1])) dup = true;
            if (dup) continue;
            beam.push_back(std::move(it));
            if (beam.size() >= beam_w) break;
          }
          model.tick();
          bool any_gold = false;
          for (const Item& b : beam) any_gold |= b.gold;
          if (!any_gold) {
            upto = i + 1;
            break;
          }
        }
        const Item& best = beam[0];
        ++seen;
        if (!best.gold) {
          for (size_t j = 0; j < upto; ++j) {
            if (m.tagdict.find(info[j].form) != FeatureIndex::kMissing) continue;
            extract(info, j, prev1(g, j), prev2(g, j), feats, kOff);
            model.add(feats.data(), feats.size(), g[j], 1.0f);
            extract(info, j, prev1(best.c, j), prev2(best.c, j), feats, kOff);
            model.add(feats.data(), feats.size(), best.c[j], -1.0f);
          }
        } else {
          ++right;
        }
        continue;
      }
      for (size_t i = 0; i < n; ++i) {
        uint32_t truth = gold[k][i];
        uint32_t c = m.tagdict.find(info[i].form);
        if (c == FeatureIndex::kMissing) {
          extract(info, i, prev1(cls, i), prev2(cls, i), feats, m.second_pass ? kNoRight : kOff);
          std::fill(scores.begin(), scores.end(), 0.0f);
          model.score(feats.data(), feats.size(), scores.data());
          c = argmax(scores);
          model.tick();
          model.update(feats, truth, c);
        }
        if (!m.second_pass) {
          ++seen;
          right += c == truth;
        }
        cls[i] = c;
      }
      // Second pass: every classified token again, with the first pass's right context.
      cls2.assign(n, 0);
      for (size_t i = 0; m.second_pass && i < n; ++i) {
        uint32_t truth = gold[k][i];
        uint32_t c = m.tagdict.find(info[i].form);
        if (c == FeatureIndex::kMissing) {
          extract(info, i, prev1(cls2, i), prev2(cls2, i), feats,
                  tagger_features::right(cls, i + 1), tagger_features::right(cls, i + 2));
          std::fill(scores.begin(), scores.end(), 0.0f);
          model.score(feats.data(), feats.size(), scores.data());
          c = argmax(scores);
          model.tick();
          model.update(feats, truth, c);
        }
        ++seen;
        right += c == truth;
        cls2[i] = c;
      }
      if (m.has_xpos_model) {
        // XPOS from gold context classes (the tagger's errors are not modelled here).
        for (size_t i = 0; i < n; ++i) {
          uint32_t tx = gold_x[k][i];
          if (tx == FeatureIndex::kMissing) continue;
          const std::vector<uint32_t>& g = gold[k];
          if (m.xposdict.find(xposdict_key(info[i].lower, g[i])) != FeatureIndex::kMissing)
            continue;
          extract(info, i, prev1(g, i), prev2(g, i), feats,
                  m.second_pass ? tagger_features::right(g, i + 1) : kOff,
                  tagger_features::right(g, i + 2));
          extract_xpos_extra(info, i, g[i], feats);
          std::fill(xscores.begin(), xscores.end(), 0.0f);
          xmodel.score(feats.data(), feats.size(), xscores.data());
          uint32_t x = argmax(xscores);
          xmodel.tick();
          xmodel.update(feats, tx, x);
        }
      }
    }
    double secs = std::chrono::duration<double>(clock::now() - t0).count();
    // (the beam path counts whole sentences tagged right, the greedy path tokens)
    std::string line = "epoch " + std::to_string(epoch) +
                       (m.second_pass ? ": train acc " : ": train sentences right ") +
                       fmt(100.0 * right / std::max<uint64_t>(seen, 1)) + ", " +
                       std::to_string(model.num_features()) + " features, " + fmt(secs) + " s";
    bool last = epoch == epochs;
    if (!dev.empty()) {
      {
        Perceptron fin = model;
        fin.finalize(kPrune);
        m.model.build(fin);
      }
      if (m.has_xpos_model) {
        Perceptron xfin = xmodel;
        xfin.finalize(kPrune);
        m.xpos_model.build(xfin);
      }
      Tagger tagger;
      tagger.impl = impl;
      dev_pred = strip_copy(dev);
      auto d0 = clock::now();
      size_t dtok = 0;
      for (auto& d : dev_pred) {
        tagger.tag(d);
        dtok += d.tokens.size();
      }
      double dsecs = std::chrono::duration<double>(clock::now() - d0).count();
      TagScores sc = score_tags(dev, dev_pred);
      line += "; dev UPOS " + fmt(sc.upos) + " XPOS " + fmt(sc.xpos) + " UFeats " + fmt(sc.ufeats) +
              " AllTags " + fmt(sc.alltags) + " (" +
              std::to_string(static_cast<long long>(dtok / std::max(dsecs, 1e-9))) + " tokens/s)";
      double score = sc.upos + sc.ufeats + sc.xpos;
      if (score > best_score) {
        best_score = score;
        best_epoch = epoch;
        best_model = m.model;
        best_xmodel = m.xpos_model;
      }
    } else if (last) {
      best_epoch = epoch;
    }
    opts.log(line);
  }
  if (dev.empty()) {
    model.finalize(kPrune);
    best_model.build(model);
    if (m.has_xpos_model) {
      xmodel.finalize(kPrune);
      best_xmodel.build(xmodel);
    }
  }
  m.model = std::move(best_model);
  m.xpos_model = std::move(best_xmodel);
  opts.log("tagger: keeping epoch " + std::to_string(best_epoch) + " (" +
           std::to_string(m.model.num_features()) + " features, " +
           std::to_string(m.model.num_weights()) + " weights)");
  BinWriter w;
  m.save(w);
  DYAD_RETURN_IF_ERROR(w.save(opts.out, "tagger", kTaggerVersion));
  opts.log("tagger: wrote " + opts.out + " (" + std::to_string(w.buffer().size()) + " bytes)");
  return Status::Ok();
}

}  // namespace dyad
