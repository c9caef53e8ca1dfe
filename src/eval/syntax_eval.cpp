#include "eval/syntax_eval.h"

#include <map>
#include <utility>

namespace dyad {
namespace {

std::string_view universal(std::string_view deprel) {
  size_t c = deprel.find(':');
  return c == std::string_view::npos ? deprel : deprel.substr(0, c);
}

// Doc-global index of the head word of token i (or -1 for the root / unparsed).
long head_index(const Doc& d, const std::vector<uint32_t>& sent_of, uint32_t i) {
  int32_t h = d.tokens[i].head;
  if (h <= 0) return -1;
  return static_cast<long>(d.sentences[sent_of[i]].first) + h - 1;
}

std::vector<uint32_t> sentence_of(const Doc& d) {
  std::vector<uint32_t> s(d.tokens.size(), 0);
  for (uint32_t k = 0; k < d.sentences.size(); ++k)
    for (uint32_t i = d.sentences[k].first; i < d.sentences[k].last; ++i) s[i] = k;
  return s;
}

}  // namespace

void SyntaxCounts::add(const SyntaxCounts& o) {
  gold_words += o.gold_words;
  sys_words += o.sys_words;
  aligned += o.aligned;
  gold_sents += o.gold_sents;
  sys_sents += o.sys_sents;
  matched_sents += o.matched_sents;
  upos += o.upos;
  xpos += o.xpos;
  feats += o.feats;
  alltags += o.alltags;
  lemma += o.lemma;
  uas += o.uas;
  las += o.las;
  las_full += o.las_full;
}

void score_syntax(const Doc& gold, const Doc& sys, SyntaxCounts& c) {
  c.gold_words += gold.tokens.size();
  c.sys_words += sys.tokens.size();
  c.gold_sents += gold.sentences.size();
  c.sys_sents += sys.sentences.size();
  {
    std::map<std::pair<uint32_t, uint32_t>, int> spans;
    for (const auto& s : gold.sentences) spans[{s.start, s.end}]++;
    for (const auto& s : sys.sentences) {
      auto it = spans.find({s.start, s.end});
      if (it != spans.end() && it->second > 0) {
        --it->second;
        ++c.matched_sents;
      }
    }
  }
  // Align words by byte span; words sharing a span (multiword tokens) align in order.
  std::vector<long> g2s(gold.tokens.size(), -1), s2g(sys.tokens.size(), -1);
  size_t gi = 0, si = 0;
  while (gi < gold.tokens.size() && si < sys.tokens.size()) {
    const auto& g = gold.tokens[gi];
    const auto& s = sys.tokens[si];
    if (g.start == s.start && g.end == s.end) {
      g2s[gi] = static_cast<long>(si);
      s2g[si] = static_cast<long>(gi);
      ++gi;
      ++si;
    } else if (g.start < s.start || (g.start == s.start && g.end < s.end)) {
      ++gi;
    } else {
      ++si;
    }
  }
  auto gsent = sentence_of(gold), ssent = sentence_of(sys);
  for (size_t i = 0; i < gold.tokens.size(); ++i) {
    long j = g2s[i];
    if (j < 0) continue;
    ++c.aligned;
    const TokenData& g = gold.tokens[i];
    const TokenData& s = sys.tokens[static_cast<size_t>(j)];
    auto feats_eq = [](const std::string& a, const std::string& b) {
      return (a.empty() || a == "_") ? (b.empty() || b == "_") : a == b;
    };
    bool up = g.upos == s.upos, xp = g.xpos == s.xpos, fe = feats_eq(g.feats, s.feats);
    c.upos += up;
    c.xpos += xp;
    c.feats += fe;
    c.alltags += up && xp && fe;
    c.lemma += g.lemma == s.lemma;
    long gh = head_index(gold, gsent, static_cast<uint32_t>(i));
    long sh = head_index(sys, ssent, static_cast<uint32_t>(j));
    bool head_ok = (gh < 0 && sh < 0 && s.head == 0 && g.head == 0) ||
                   (gh >= 0 && sh >= 0 && s2g[static_cast<size_t>(sh)] == gh);
    if (head_ok) {
      ++c.uas;
      if (universal(g.deprel) == universal(s.deprel)) ++c.las;
      if (g.deprel == s.deprel) ++c.las_full;
    }
  }
}

std::vector<MetricLine> syntax_metrics(const SyntaxCounts& c, bool raw_mode) {
  auto line = [&](const std::string& name, size_t correct, size_t gold, size_t sys) {
    double p = sys ? 100.0 * correct / sys : 0, r = gold ? 100.0 * correct / gold : 0;
    double f = (p + r) > 0 ? 2 * p * r / (p + r) : 0;
    return MetricLine{name, p, r, f, correct};
  };
  std::vector<MetricLine> out;
  if (raw_mode) {
    out.push_back(line("Tokens", c.aligned, c.gold_words, c.sys_words));
    out.push_back(line("Sentences", c.matched_sents, c.gold_sents, c.sys_sents));
  }
  size_t g = c.gold_words, s = c.sys_words;
  out.push_back(line("UPOS", c.upos, g, s));
  out.push_back(line("XPOS", c.xpos, g, s));
  out.push_back(line("UFeats", c.feats, g, s));
  out.push_back(line("AllTags", c.alltags, g, s));
  out.push_back(line("Lemmas", c.lemma, g, s));
  out.push_back(line("UAS", c.uas, g, s));
  out.push_back(line("LAS", c.las, g, s));
  out.push_back(line("LAS-subtypes", c.las_full, g, s));
  return out;
}

}  // namespace dyad
