#include "enrich/places.h"

#include <algorithm>

namespace dyad::enrich {

namespace {
bool upper_start(const std::string& f) {
  if (f.empty()) return false;
  unsigned char c = static_cast<unsigned char>(f[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // ASCII capital or a non-ASCII letter
}
}  // namespace

int32_t PlaceFinder::lookup(const std::string& name,
                            const std::vector<std::string>& context) const {
  if (auto it = names_.find(name); it != names_.end()) return static_cast<int32_t>(it->second);
  const std::vector<uint32_t>* v = g_->lookup(name);
  if (!v || v->empty()) return -1;
  for (const std::string& c : context)
    for (uint32_t p : *v)
      if (g_->place(p).country == c) return static_cast<int32_t>(p);
  return static_cast<int32_t>((*v)[0]);
}

int PlaceFinder::strength(const SentenceView& s, uint32_t first, uint32_t last,
                          uint32_t head) const {
  // Surface: walk left over determiners, adjectives, adverbs, numbers, nouns and "van"/"of"
  // to a preposition.
  const auto& L = s.lower;
  for (uint32_t steps = 0, t = first; steps < 9 && t > s.first; ++steps) {
    --t;
    size_t k = t - s.first;
    // multi-word prepositions ending at t ("out of")
    for (size_t back : {size_t{2}, size_t{1}}) {
      if (k + 1 < back) continue;
      const Phrase* p = w_.match(L, k + 1 - back, k + 1, "");
      if (!p || p->tokens != back) continue;
      if (p->kind == "at") return 0;
      if (p->kind == "to") return 1;
    }
    if (w_.find(L[k], "of") || w_.find(L[k], "noun")) continue;
    const std::string& up = s.tok(t).upos;
    if (up == "DET" || up == "ADJ" || up == "ADV" || up == "NUM" || up == "NOUN") continue;
    break;
  }
  // Tree: the name's own preposition, or that of the place noun it stands beside.
  for (uint32_t h = head, level = 0; level < 3; ++level) {
    for (uint32_t k : s.kids[h - s.first]) {
      if (s.rel(k) != "case" || k >= first) continue;
      const Phrase* p = w_.find(L[k - s.first], "");
      if (p && p->kind == "at") return 0;
      if (p && p->kind == "to") return 1;
    }
    std::string_view r = s.rel(h);
    int32_t up = s.parent[h - s.first];
    if (up < 0 || !(r == "appos" || r == "flat" || r == "nmod" || r == "compound")) break;
    h = static_cast<uint32_t>(up);
  }
  // A bare city argument without a preposition of its own: "shut down Khatmandu", "de
  // hoofdstad Juba beschoten", "een staking die Kathmandu platlegde" (which the parser may read
  // with Kathmandu as the subject; the enricher skips a place that is the event's own actor).
  std::string_view r = s.rel(head);
  if (s.tok(head).upos == "PROPN" && s.child(head, "case") < 0 &&
      (r == "obj" || r == "obl" || r == "appos" || r == "flat" || r == "nsubj"))
    return 2;
  // The same through a place noun: "attacked the town of Gorazde", "de stad Juba".
  int32_t up = s.parent[head - s.first];
  if (up >= 0 && (r == "nmod" || r == "appos" || r == "flat") &&
      w_.find(L[static_cast<uint32_t>(up) - s.first], "noun")) {
    std::string_view ur = s.rel(static_cast<uint32_t>(up));
    if (s.child(static_cast<uint32_t>(up), "case") < 0 &&
        (ur == "obj" || ur == "obl" || ur == "nsubj" || ur == "nsubj:pass"))
      return 2;
  }
  return 3;
}

std::vector<PlaceMention> PlaceFinder::find(const SentenceView& s, const std::vector<bool>& skip,
                                            const std::vector<std::string>& context) const {
  std::vector<PlaceMention> out;
  size_t n = s.size();
  size_t maxn = std::max<size_t>(g_->max_tokens(), 1);
  std::string key;
  for (size_t k = 0; k < n;) {
    uint32_t tok = s.first + static_cast<uint32_t>(k);
    const std::string& form = s.tok(tok).form;
    if (skip[k] || !upper_start(form) || (k == 0 && s.tok(tok).upos != "PROPN")) {
      ++k;
      continue;
    }
    int32_t found = -1;
    size_t len = 0;
    for (size_t m = std::min(maxn, n - k); m >= 1 && found < 0; --m) {
      bool bad = false;
      key.clear();
      for (size_t j = 0; j < m; ++j) {
        if (skip[k + j]) bad = true;
        if (j) key.push_back(' ');
        key += s.tok(tok + static_cast<uint32_t>(j)).form;
      }
      if (bad) continue;
      found = lookup(key, context);
      if (found >= 0) len = m;
    }
    if (found < 0) {
      // A compass prefix glued to a name: "Oost-Bosnië", "North-Lebanon".
      size_t dash = form.find('-');
      if (dash != std::string::npos && dash + 1 < form.size() &&
          w_.find(lower(form.substr(0, dash + 1)), "prefix")) {
        found = lookup(form.substr(dash + 1), context);
        if (found >= 0) len = 1;
      }
    }
    if (found < 0) {
      ++k;
      continue;
    }
    uint32_t last = tok + static_cast<uint32_t>(len);
    // Part of a longer name ("Esfahan Uranium Conversion Facilities", "Tehran University").
    if (last < s.last && s.tok(last).upos == "PROPN" && upper_start(s.tok(last).form) &&
        lookup(s.tok(last).form, context) < 0 && !w_.find(s.low(last), "stop")) {
      k += len;
      continue;
    }
    // The head of the name: the token whose parent lies outside the name.
    uint32_t head = tok;
    for (uint32_t j = tok; j < last; ++j) {
      int32_t p = s.parent[j - s.first];
      if (p < static_cast<int32_t>(tok) || p >= static_cast<int32_t>(last)) {
        head = j;
        break;
      }
    }
    PlaceMention pm;
    pm.first = tok;
    pm.last = last;
    pm.place = static_cast<uint32_t>(found);
    pm.strength = strength(s, tok, last, head);
    if (pm.strength == 2 && g_->place(pm.place).kind == Place::Kind::country) pm.strength = 3;
    out.push_back(pm);
    k += len;
  }
  return out;
}

}  // namespace dyad::enrich
