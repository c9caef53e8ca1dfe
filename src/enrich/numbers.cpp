#include "enrich/numbers.h"

#include <cmath>

namespace dyad::enrich {

namespace {
constexpr double kMax = 1e9;  // larger counts are not casualty or crowd counts

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
}  // namespace

double parse_digits(std::string_view s) {
  if (s.empty() || s.size() > 20 || !is_digit(s[0]) || !is_digit(s.back())) return -1;
  // Groups separated by '.' or ','.
  std::vector<std::string_view> groups;
  std::vector<char> seps;
  size_t b = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.' || c == ',') {
      groups.push_back(s.substr(b, i - b));
      seps.push_back(c);
      b = i + 1;
    } else if (!is_digit(c)) {
      return -1;
    }
  }
  groups.push_back(s.substr(b));
  for (auto g : groups)
    if (g.empty()) return -1;
  auto whole = [](std::string_view g) {
    double v = 0;
    for (char c : g) v = v * 10 + (c - '0');
    return v;
  };
  double v = 0;
  if (groups.size() == 1) {
    v = whole(groups[0]);
  } else {
    bool thousands = groups[0].size() <= 3;
    for (size_t k = 1; k < groups.size(); ++k)
      if (groups[k].size() != 3 || seps[k - 1] != seps[0]) thousands = false;
    if (thousands) {
      for (auto g : groups) v = v * 1000 + whole(g);
    } else if (groups.size() == 2 && groups[1].size() <= 2) {
      v = whole(groups[0]) + whole(groups[1]) / std::pow(10.0, double(groups[1].size()));
    } else {
      return -1;
    }
  }
  return v > kMax ? -1 : v;
}

bool NumberFinder::number_at(const SentenceView& s, uint32_t i, Count& out) const {
  if (i < s.first || i >= s.last) return false;
  const auto& L = s.lower;
  size_t k = i - s.first, n = L.size();
  double v = -1;
  std::string qual = "exact";
  size_t e = k;
  if (double d = parse_digits(L[k]); d >= 0) {
    v = d;
    e = k + 1;
  } else if (const Phrase* p = num_.match(L, k, n, "vague")) {
    v = p->number;
    qual = p->extra.empty() ? "at_least" : p->extra;
    e = k + p->tokens;
  } else if (const Phrase* p2 = num_.match(L, k, n, "cardinal")) {
    v = p2->number;
    if (!p2->extra.empty()) qual = p2->extra;
    e = k + 1;
  } else if (const Phrase* p3 = num_.match(L, k, n, "multiplier")) {
    v = p3->number;
    e = k + 1;
  } else {
    return false;
  }
  // A multiplier after the number ("2 miljoen", "twee duizend").
  if (e < n) {
    if (const Phrase* m = num_.find(L[e], "multiplier"); m && v > 0 && v < 1000) {
      v *= m->number;
      ++e;
    }
  }
  if (v < 0 || v > kMax) return false;
  if (v != std::floor(v)) return false;  // "2,5" without a multiplier is not a count
  // A qualifier just before: "meer dan", "al meer dan", "at least", "about".
  size_t b = k;
  for (int round = 0; round < 2 && b > 0; ++round) {
    const Phrase* best = nullptr;
    size_t start = b;
    for (size_t back = 1; back <= 3 && back <= b; ++back)
      if (const Phrase* q = num_.match(L, b - back, b, "qualifier"); q && q->tokens == back) {
        best = q;
        start = b - back;
      }
    if (!best) break;
    if (qual == "exact" || best->extra == "at_least") qual = best->extra;
    b = start;
  }
  out.value = static_cast<long>(v);
  out.qualifier = qual;
  out.first = s.first + static_cast<uint32_t>(b);
  out.last = s.first + static_cast<uint32_t>(e);
  return true;
}

bool NumberFinder::number_ending_at(const SentenceView& s, uint32_t i, Count& out) const {
  if (i < s.first || i >= s.last) return false;
  // Try starts up to three tokens back ("tens of thousands", "2 miljoen").
  for (uint32_t back = 0; back <= 3 && back <= i - s.first; ++back) {
    Count c;
    if (number_at(s, i - back, c) && c.last == i + 1) {
      out = c;
      return true;
    }
  }
  return false;
}

bool NumberFinder::victim_count(const SentenceView& s, uint32_t verb, bool intransitive,
                                const std::vector<bool>& skip, Count& out) const {
  auto skipped = [&](uint32_t t) { return t >= s.first && t < s.last && skip[t - s.first]; };
  auto count_in = [&](uint32_t head) -> bool {
    // The head itself a number ("killing or wounding 50"), or a number modifying it.
    Count c;
    if (!skipped(head) && number_ending_at(s, head, c)) {
      out = c;
      return true;
    }
    for (uint32_t k : s.kids[head - s.first]) {
      std::string_view r = s.rel(k);
      if ((r == "nummod" || r == "det" || r == "amod" || r == "nmod") && !skipped(k) && k < head &&
          number_at(s, k, c)) {
        out = c;
        return true;
      }
    }
    // Surface: a number right before the head, over adjectives ("4 Iraqis", "drie etnische
    // Albanezen").
    for (uint32_t back = 1; back <= 3 && head >= s.first + back; ++back) {
      uint32_t t = head - back;
      if (skipped(t)) break;
      if (number_ending_at(s, t, c)) {
        out = c;
        return true;
      }
      const std::string& up = s.tok(t).upos;
      if (up != "ADJ" && up != "ADV" && up != "DET" && s.low(t) != "of" && s.low(t) != "van") break;
    }
    // One person: "a journalist has been killed", "Een Palestijnse gevangene is overleden".
    const TokenData& h = s.tok(head);
    if ((h.upos == "NOUN") && h.feats.find("Number=Sing") != std::string::npos) {
      int32_t det = s.child(head, "det");
      if (det >= 0) {
        const std::string& d = s.low(static_cast<uint32_t>(det));
        if (d == "een" || d == "a" || d == "an") {
          out.value = 1;
          out.qualifier = "exact";
          out.first = static_cast<uint32_t>(det);
          out.last = head + 1;
          return true;
        }
      }
    }
    return false;
  };
  // The victim: the object or passive subject of "doden"/"kill", the subject of "overlijden"/
  // "die". An active transitive subject is the killer: its words are never the count.
  bool passive = false;
  for (uint32_t k : s.kids[verb - s.first])
    if (s.tok(k).deprel == "aux:pass" || s.tok(k).deprel == "nsubj:pass") passive = true;
  std::vector<bool> agent(s.size(), false);
  for (const char* r : {"obj", "nsubj"}) {
    for (uint32_t k : s.kids[verb - s.first]) {
      if (s.rel(k) != r) continue;
      bool subject = std::string_view(r) == "nsubj";
      if (subject && !intransitive && !passive) {
        // mark the killer's phrase (its subtree, as a token range) so the fallback skips it
        uint32_t lo = k, hi = k;
        std::vector<uint32_t> st{k};
        for (size_t guard = 0; !st.empty() && guard < s.size(); ++guard) {
          uint32_t t = st.back();
          st.pop_back();
          lo = std::min(lo, t);
          hi = std::max(hi, t);
          for (uint32_t c : s.kids[t - s.first]) st.push_back(c);
        }
        for (uint32_t t = lo; t <= hi; ++t) agent[t - s.first] = true;
        continue;
      }
      if (count_in(k)) return true;
    }
  }
  // Auxiliary heads: "zijn gedood" may hang the subject on the auxiliary or the participle's
  // parent; also try the verb's parent when the verb is a participle in a chain (xcomp, conj).
  // Surface fallback: the nearest number within five tokens, not across punctuation.
  for (uint32_t dist = 1; dist <= 5; ++dist) {
    for (int dir : {-1, 1}) {
      long t = static_cast<long>(verb) + dir * static_cast<long>(dist);
      if (t < s.first || t >= s.last) continue;
      bool blocked = false;
      for (long u = std::min<long>(t, verb) + 1; u < std::max<long>(t, verb); ++u)
        if (s.tok(static_cast<uint32_t>(u)).upos == "PUNCT") blocked = true;
      if (blocked || skipped(static_cast<uint32_t>(t)) || agent[t - s.first]) continue;
      Count c;
      if (number_at(s, static_cast<uint32_t>(t), c)) {
        // The number must count people or stand alone, not a date or a quantity of things
        // counted elsewhere: accept it before a noun/adjective/verb or at the clause's end.
        uint32_t after = c.last;
        bool ok = after >= s.last || s.tok(after).upos != "NUM";
        if (ok) {
          out = c;
          return true;
        }
      }
    }
  }
  return false;
}

std::vector<Casualties> NumberFinder::find(const SentenceView& s,
                                           const std::vector<bool>& skip) const {
  std::vector<Casualties> out;
  const auto& L = s.lower;
  size_t n = L.size();
  std::vector<bool> used(n, false);
  auto skipped = [&](uint32_t t) { return t >= s.first && t < s.last && skip[t - s.first]; };
  // Nouns and tolls first: their numbers are adjacent.
  for (size_t k = 0; k < n; ++k) {
    uint32_t tok = s.first + static_cast<uint32_t>(k);
    if (skipped(tok)) continue;
    if (const Phrase* p = cas_.match(L, k, n, "noun")) {
      // number right before, over adjectives and "of"/"van": "drie doden", "dozens of wounded"
      for (uint32_t back = 1; back <= 3 && tok >= s.first + back; ++back) {
        uint32_t t = tok - back;
        if (skipped(t)) break;
        Count c;
        if (number_ending_at(s, t, c)) {
          out.push_back({tok, p->value, c});
          for (uint32_t u = c.first; u < tok + p->tokens; ++u) used[u - s.first] = true;
          break;
        }
        const std::string& up = s.tok(t).upos;
        if (up != "ADJ" && up != "ADV" && L[t - s.first] != "of" && L[t - s.first] != "van") break;
      }
      // "20 dead" is covered; "the dead numbered 20" is not.
    }
    if (const Phrase* p = cas_.match(L, k, n, "toll")) {
      for (uint32_t t = tok + static_cast<uint32_t>(p->tokens); t < s.last && t < tok + 9; ++t) {
        if (skipped(t)) continue;
        if (s.tok(t).upos == "PUNCT" && L[t - s.first] != "-") break;
        Count c;
        if (number_at(s, t, c)) {
          out.push_back({tok, p->value, c});
          for (uint32_t u = c.first; u < c.last; ++u) used[u - s.first] = true;
          break;
        }
      }
    }
  }
  // Verbs: their victim's count.
  for (size_t k = 0; k < n; ++k) {
    uint32_t tok = s.first + static_cast<uint32_t>(k);
    if (used[k] || skipped(tok)) continue;
    const Phrase* p = cas_.match(L, k, n, "verb");
    bool intransitive = false;
    if (!p) {
      p = cas_.match(L, k, n, "died");
      intransitive = true;
    }
    if (!p) continue;
    Count c;
    std::vector<bool> skip2 = skip;
    for (size_t u = 0; u < n; ++u)
      if (used[u]) skip2[u] = true;
    if (victim_count(s, tok, intransitive, skip2, c)) {
      out.push_back({tok, p->value, c});
      for (uint32_t u = c.first; u < c.last; ++u) used[u - s.first] = true;
    }
  }
  return out;
}

}  // namespace dyad::enrich
