#include "syntax/tagger_data.h"

#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "io/conllu.h"
#include "syntax/tagger_text.h"

namespace dyad {

namespace {

std::string sentence_key(const Doc& d, const SentenceData& s) {
  std::string k;
  for (uint32_t i = s.first; i < s.last; ++i) {
    k += d.tokens[i].form;
    k += ' ';
  }
  return k;
}

struct Tally {
  std::unordered_map<std::string, uint32_t> counts;
  std::string best() const {
    uint32_t total = 0, b = 0;
    std::string out;
    for (const auto& [k, n] : counts) {
      total += n;
      if (n > b) {
        b = n;
        out = k;
      }
    }
    return 2 * b > total ? out : std::string();
  }
};

}  // namespace

Status load_training_data(const std::vector<std::string>& files,
                          const std::function<void(const std::string&)>& log, TrainingData& out) {
  std::vector<std::vector<Doc>> per_file;
  for (const auto& f : files) {
    auto r = read_conllu_file(f);
    if (!r.ok()) return r.status();
    per_file.push_back(std::move(r->docs));
  }
  if (per_file.size() >= 2) {
    // Index the last file's sentences by their forms.
    std::unordered_map<std::string, std::pair<const Doc*, const SentenceData*>> newest;
    for (const Doc& d : per_file.back())
      for (const SentenceData& s : d.sentences)
        newest.emplace(sentence_key(d, s), std::make_pair(&d, &s));
    std::unordered_map<std::string, Tally> tag_map, lemma_map;
    size_t aligned = 0;
    for (size_t f = 0; f + 1 < per_file.size(); ++f)
      for (Doc& d : per_file[f])
        for (const SentenceData& s : d.sentences) {
          auto it = newest.find(sentence_key(d, s));
          if (it == newest.end()) continue;
          ++aligned;
          const Doc& nd = *it->second.first;
          const SentenceData& ns = *it->second.second;
          for (uint32_t k = 0; k < s.last - s.first; ++k) {
            const TokenData& o = d.tokens[s.first + k];
            const TokenData& n = nd.tokens[ns.first + k];
            std::string low = syntax_text::lower(o.form);
            ++tag_map[low + "\t" + o.upos + "\t" + o.feats].counts[n.upos + "\t" + n.feats];
            ++lemma_map[o.form + "\t" + o.lemma + "\t" + n.upos].counts[n.lemma];
          }
        }
    // Keep only the conversions that change something.
    std::unordered_map<std::string, std::string> tag_conv, lemma_conv;
    for (const auto& [k, t] : tag_map) {
      std::string b = t.best();
      size_t tab = k.find('\t');
      if (!b.empty() && b != k.substr(tab + 1)) tag_conv[k] = b;
    }
    for (const auto& [k, t] : lemma_map) {
      std::string b = t.best();
      if (!b.empty()) lemma_conv[k] = b;
    }
    size_t dropped = 0, tag_changed = 0, lemma_changed = 0;
    // Conversions of one sentence, applied after its lemmas (keyed by the new UPOS) are done.
    std::vector<std::tuple<uint32_t, std::string, std::string>> new_tags;
    for (size_t f = 0; f + 1 < per_file.size(); ++f)
      for (Doc& d : per_file[f]) {
        std::vector<SentenceData> keep;
        for (const SentenceData& s : d.sentences) {
          if (newest.count(sentence_key(d, s))) {
            ++dropped;
            continue;
          }
          keep.push_back(s);
          new_tags.clear();
          for (uint32_t i = s.first; i < s.last; ++i) {
            TokenData& t = d.tokens[i];
            const std::string key = syntax_text::lower(t.form) + "\t" + t.upos + "\t" + t.feats;
            auto tc = tag_conv.find(key);
            const std::string* to = tc != tag_conv.end() ? &tc->second : nullptr;
            std::string upos = t.upos;
            if (to && *to != key.substr(key.find('\t') + 1)) {
              size_t tab = to->find('\t');
              upos = to->substr(0, tab);
              new_tags.emplace_back(i, upos, to->substr(tab + 1));
              ++tag_changed;
            }
            auto lc = lemma_conv.find(t.form + "\t" + t.lemma + "\t" + upos);
            if (lc != lemma_conv.end() && lc->second != t.lemma) {
              t.lemma = lc->second;
              ++lemma_changed;
            }
          }
          for (auto& [i, upos, feats] : new_tags) {
            d.tokens[i].upos = std::move(upos);
            d.tokens[i].feats = std::move(feats);
          }
        }
        d.sentences = std::move(keep);
      }
    if (log)
      log("training data: " + std::to_string(aligned) +
          " sentences of earlier files found in the last one; learnt " +
          std::to_string(tag_conv.size()) + " tag and " + std::to_string(lemma_conv.size()) +
          " lemma conversions; changed " + std::to_string(tag_changed) + " tags and " +
          std::to_string(lemma_changed) + " lemmas; dropped " + std::to_string(dropped) +
          " duplicate sentences");
  }
  for (size_t f = 0; f < per_file.size(); ++f)
    for (Doc& d : per_file[f]) {
      out.docs.push_back(std::move(d));
      out.newest.push_back(f + 1 == per_file.size());
    }
  return Status::Ok();
}

}  // namespace dyad
