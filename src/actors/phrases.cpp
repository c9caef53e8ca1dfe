// The phrase builder of the actor matcher (see matcher.h): lexical matches of a sentence become
// actor mentions, combined over the UD tree (with adjacency as a fallback for poor parses).
#include <algorithm>

#include "actors/matcher.h"
#include "util/calendar.h"

namespace dyad {
namespace {

using Kind = ActorMatcher::Kind;

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::country:
      return "country";
    case Kind::capital:
      return "capital";
    case Kind::metonym:
      return "metonym";
    case Kind::adjective:
      return "adjective";
    case Kind::inhabitant:
      return "inhabitant";
    case Kind::region:
      return "region";
    case Kind::organization:
      return "organization";
    case Kind::media:
      return "media";
    case Kind::agent:
      return "agent";
    case Kind::person:
      return "person";
  }
  return "";
}

bool is_countryish(Kind k) {
  return k == Kind::country || k == Kind::capital || k == Kind::metonym || k == Kind::inhabitant;
}

// A mention being built.
struct Item {
  uint32_t first = 0, last = 0, head = 0;
  Kind kind = Kind::country;
  std::string code, members, via;
  float conf = 0.9f;
  bool dropped = false;
  bool resolved = true;  // agents: a country or organisation was found
  int64_t form = -1;     // the matched form (for a place name several countries share)
};

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

bool is_word(const TokenData& t, std::initializer_list<const char*> words) {
  std::string l = lower_ascii(t.form);
  for (const char* w : words)
    if (l == w) return true;
  return false;
}

// A capitalized alphabetic word that may be part of a person's name ("Mahsa", "Amini"); not a
// day or month name ("Gorazde Friday", "Kabul maandag").
bool name_like(const TokenData& t) {
  const std::string& f = t.form;
  if (f.size() < 2 || !(f[0] >= 'A' && f[0] <= 'Z')) return false;
  const std::string low = lower_ascii(f);
  if (calendar::is_day_name(low) || calendar::is_month_name(low)) return false;
  bool lower = false;
  for (size_t i = 1; i < f.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(f[i]);
    if (c >= 'a' && c <= 'z')
      lower = true;
    else if (c == '-' || c == '\'' || c >= 0x80)
      continue;
    else if (c >= 'A' && c <= 'Z')
      continue;
    else
      return false;  // digits, dots
  }
  return lower;
}

// Whether date a (YYYY[-MM[-DD]]) is before the period starting at b, comparing the common prefix.
int cmp_date(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  int c = a.substr(0, n).compare(b.substr(0, n));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

class SentenceBuilder {
 public:
  SentenceBuilder(const ActorMatcher& m, const Doc& doc, uint32_t s, std::string& doc_country)
      : m_(m), doc_(doc), sd_(doc.sentences[s]), s_(s), doc_country_(doc_country) {}

  void run(std::vector<ActorMatcher::Match>& matches, std::vector<Mention>& out) {
    matches.clear();
    m_.match_sentence(doc_, s_, matches);
    at_.assign(sd_.last - sd_.first, -1);
    items_.clear();
    items_.reserve(matches.size() + 2);
    for (const auto& mt : matches) add_item(mt);
    // A region word that begins a longer proper name ("West Darfur", "Oost Timor") is no actor.
    for (auto& it : items_)
      if (it.kind == Kind::region && it.last < sd_.last && item_at(it.last) < 0 &&
          tok(it.last).upos == "PROPN" && name_like(tok(it.last)))
        it.dropped = true;
    shared_place_names();
    ethnic();
    for (auto& it : items_)
      if (it.kind == Kind::agent && !it.resolved) resolve_agent(it);
    unknown_names();
    finish(out);
  }

 private:
  int item_at(uint32_t t) const {
    if (t < sd_.first || t >= sd_.last) return -1;
    return at_[t - sd_.first];
  }
  const TokenData& tok(uint32_t t) const { return doc_.tokens[t]; }
  // The head of token t as a Doc index, or -1 (root or no tree).
  int64_t head_of(uint32_t t) const {
    int32_t h = tok(t).head;
    if (h <= 0) return -1;
    int64_t g = static_cast<int64_t>(sd_.first) + h - 1;
    return g < sd_.last ? g : -1;
  }
  bool has_tree() const { return doc_.has(kHeads); }

  void add_item(const ActorMatcher::Match& mt) {
    const auto& form = m_.form(mt.form);
    Item it;
    it.first = mt.first;
    it.last = mt.last;
    // The entry: a person's role if the form names a person, else the first entry.
    const ActorMatcher::Entry* e = &form.entries[0];
    bool person = false, other = false;
    for (const auto& x : form.entries) {
      if (x.kind == Kind::person)
        person = true;
      else if (!other) {
        other = true;
        e = &x;
      }
    }
    // A form that is both a name and something else ("Albanese": the Australian premier and the
    // Dutch adjective): the name only as a proper noun not followed by a noun.
    if (person && other) {
      bool noun_next = mt.last < sd_.last && tok(mt.last).upos == "NOUN";
      person = tok(mt.first).upos == "PROPN" && !noun_next;
    }
    it.kind = person ? Kind::person : e->kind;
    it.form = mt.form;
    if (person) {
      resolve_person(form, it);
    } else {
      it.code = e->code;
      it.members = e->members;
      it.via = std::string("lexicon:") + kind_name(e->kind);
      if (it.kind == Kind::agent) it.resolved = false;
    }
    if (mt.compound) {
      it.via = std::string("compound:") + kind_name(e->kind);
      if (mt.suffix >= 0) {
        // "VN-militairen" = IGOUNO; "VS-troepen" = USAMIL.
        const std::string& role = m_.form(static_cast<uint32_t>(mt.suffix)).entries[0].code;
        bool country = m_.is_country_code(e->code) && e->kind != Kind::organization;
        if (country || e->kind == Kind::organization) {
          it.code = country ? e->code.substr(0, 3) + role : e->code;
          it.kind = Kind::agent;
          it.via = "compound:" + std::string(kind_name(e->kind)) + "+agent";
          it.conf = 0.8f;
        }
      } else if (e->kind == Kind::adjective || e->kind == Kind::country) {
        it.kind = Kind::adjective;  // "Turks-Koerdische" modifies like an adjective
      }
    }
    // Head: the token whose head lies outside the span (first token without a tree).
    it.head = it.first;
    if (has_tree())
      for (uint32_t t = it.first; t < it.last; ++t) {
        int64_t h = head_of(t);
        if (h < it.first || h >= it.last) {
          it.head = t;
          break;
        }
      }
    int idx = static_cast<int>(items_.size());
    for (uint32_t t = it.first; t < it.last; ++t) at_[t - sd_.first] = idx;
    items_.push_back(std::move(it));
  }

  // The role of a person on the Doc's date; undated: the most recent role (lower confidence).
  void resolve_person(const ActorMatcher::Form& form, Item& it) {
    const std::string& date = doc_.date;
    const lexicon::PersonEntry* best = nullptr;
    const char* how = "";
    float conf = 0.9f;
    if (!date.empty()) {
      for (const auto& x : form.entries)
        if (x.person >= 0 && m_.persons()[x.person].active_on(date)) {
          const auto& p = m_.persons()[x.person];
          if (!best || p.from > best->from) best = &p;
        }
      how = "person:dated";
    }
    if (!best) {
      // Undated, or no role on that date: the latest role that began before the date (else the
      // earliest role), with a lower confidence.
      for (const auto& x : form.entries) {
        if (x.person < 0) continue;
        const auto& p = m_.persons()[x.person];
        bool before = date.empty() || cmp_date(p.from, date) <= 0;
        if (!best) {
          best = &p;
          continue;
        }
        bool best_before = date.empty() || cmp_date(best->from, date) <= 0;
        if (before && (!best_before || p.from > best->from))
          best = &p;
        else if (!before && !best_before && p.from < best->from)
          best = &p;
      }
      how = date.empty() ? "person:latest-role" : "person:nearest-role";
      conf = date.empty() ? 0.7f : 0.5f;
    }
    if (!best) return;
    it.code = best->code;
    it.conf = conf;
    it.via = std::string(how) + " " + best->role + " " + best->from + ".." + best->to;
  }

  std::string country_of(const Item& it) const {
    if (it.kind == Kind::region || it.kind == Kind::media) return "";
    if (it.kind == Kind::agent && !it.resolved) return "";
    return m_.is_country_code(it.code) ? it.code.substr(0, 3) : "";
  }

  // Joins an agent with a modifier item: an organisation gives its code, a person its code, a
  // country its country code + the agent's role.
  std::string join(const std::string& role, const Item& mod) const {
    if (mod.kind == Kind::organization || mod.kind == Kind::person) return mod.code;
    // A metonym's own role gives way to the agent's: "woordvoerder van het Witte Huis" = USA + GOV,
    // "spionnen van het Kremlin" = RUS + SPY.
    return mod.code.substr(0, 3) + role;
  }

  bool modifier_ok(const Item& m) const {
    if (m.dropped) return false;
    if (is_countryish(m.kind) || m.kind == Kind::adjective) return m_.is_country_code(m.code);
    if (m.kind == Kind::organization) return true;
    if (m.kind == Kind::person) return !m.code.empty();
    return false;
  }

  void resolve_agent(Item& a) {
    const std::string role = a.code;
    const uint32_t n = sd_.last;
    // (a) Country adjectives: tree (amod + their conjuncts) and adjacency on the left.
    std::vector<int> adjs;
    auto add_adj = [&](int i) {
      if (i >= 0 && items_[i].kind == Kind::adjective && !items_[i].dropped &&
          m_.is_country_code(items_[i].code) &&
          std::find(adjs.begin(), adjs.end(), i) == adjs.end())
        adjs.push_back(i);
    };
    if (has_tree()) {
      for (uint32_t t = sd_.first; t < n; ++t) {
        if (head_of(t) != a.head || (t >= a.first && t < a.last)) continue;
        int i = item_at(t);
        if (i < 0 || items_[i].kind != Kind::adjective || items_[i].head != t) continue;
        if (tok(t).deprel.rfind("amod", 0) != 0 && tok(t).deprel != "compound" &&
            tok(t).deprel != "nmod")
          continue;
        add_adj(i);
        for (uint32_t c = sd_.first; c < n; ++c)
          if (head_of(c) == t && tok(c).deprel.rfind("conj", 0) == 0) add_adj(item_at(c));
      }
    }
    for (int64_t t = static_cast<int64_t>(a.first) - 1, steps = 0;
         t >= static_cast<int64_t>(sd_.first) && steps < 6; ++steps) {
      int i = item_at(static_cast<uint32_t>(t));
      const TokenData& tk = tok(static_cast<uint32_t>(t));
      if (i >= 0 && items_[i].kind == Kind::adjective) {
        add_adj(i);
        t = static_cast<int64_t>(items_[i].first) - 1;
        continue;
      }
      if (i >= 0) break;
      bool sep = is_word(tk, {"en", "and", "of", "or", ","}) || tk.upos == "CCONJ";
      // Other adjectives may stand between ("Iraanse militaire instructeurs") until the first
      // country adjective is found; after it only separators continue the coordination.
      bool adj = tk.upos == "ADJ" && adjs.empty();
      if (sep && adjs.empty()) break;  // "en troepen": no adjective yet
      if (!(sep || adj)) break;
      --t;
    }
    if (!adjs.empty()) {
      std::sort(adjs.begin(), adjs.end());
      // The first adjective heads the phrase; each further coordinated one makes its own mention.
      for (size_t k = 0; k < adjs.size(); ++k) {
        Item& adj = items_[adjs[k]];
        adj.dropped = true;
        if (k == 0) continue;
        Item extra = a;
        extra.first = adj.first;
        extra.code = join(role, adj);
        extra.kind = Kind::agent;
        extra.resolved = true;
        extra.conf = 0.85f;
        extra.via = "adjective+agent (coordinated)";
        pending_.push_back(std::move(extra));
      }
      Item& adj = items_[adjs[0]];
      a.first = std::min(a.first, adj.first);
      a.code = join(role, adj);
      a.resolved = true;
      a.conf = 0.85f;
      a.via = "adjective+agent";
      return;
    }
    // (b) A person beside the agent: "de regering Biden", "the Biden administration",
    // "minister van Buitenlandse Zaken James Cleverly".
    int person = -1;
    if (has_tree())
      for (uint32_t t = sd_.first; t < n && person < 0; ++t) {
        int i = item_at(t);
        if (i < 0 || items_[i].kind != Kind::person || items_[i].dropped) continue;
        const std::string& d = tok(items_[i].head).deprel;
        bool child = head_of(items_[i].head) == a.head &&
                     (d == "flat" || d == "flat:name" || d == "appos" || d == "compound" ||
                      d == "nmod" || d == "nmod:poss");
        bool parent = head_of(a.head) == items_[i].head &&
                      (tok(a.head).deprel == "appos" || tok(a.head).deprel == "compound");
        // An appositive agent of a person ("John Kirby, woordvoerder ...") keeps its own code;
        // only a title directly before the name is merged.
        if (parent && items_[i].first < a.first && tok(a.head).deprel == "appos") parent = false;
        if ((child || parent) && (items_[i].first == a.last || items_[i].last == a.first))
          person = i;
      }
    if (person < 0) {
      int r = item_at(a.last), l = a.first > sd_.first ? item_at(a.first - 1) : -1;
      if (r >= 0 && items_[r].kind == Kind::person && !items_[r].dropped)
        person = r;
      else if (l >= 0 && items_[l].kind == Kind::person && !items_[l].dropped && m_.lang() == "en")
        person = l;
    }
    if (person >= 0 && !items_[person].code.empty()) {
      Item& p = items_[person];
      p.dropped = true;
      a.first = std::min(a.first, p.first);
      a.last = std::max(a.last, p.last);
      a.code = p.code;
      // "minister van Buitenlandse Zaken James Cleverly" is a person; "de regering Biden" and
      // "the Biden administration" (a surname beside a body) stay agents.
      a.kind = p.first > a.first && p.last - p.first >= 2 ? Kind::person : Kind::agent;
      a.resolved = true;
      a.conf = std::min(p.conf, 0.9f);
      a.via = "agent+" + p.via;
      return;
    }
    // (c) Agent + "van"/"of" + country or organisation, or a genitive ("Iran's government").
    int mod = -1;
    std::string how;
    if (has_tree()) {
      // Children and grandchildren over nmod ("woordvoerder nationale veiligheid van het Witte
      // Huis").
      for (int depth = 0; depth < 2 && mod < 0; ++depth)
        for (uint32_t t = sd_.first; t < n && mod < 0; ++t) {
          int i = item_at(t);
          if (i < 0 || items_[i].head != t || !modifier_ok(items_[i])) continue;
          const std::string& d = tok(t).deprel;
          if (d.rfind("nmod", 0) != 0 && d != "obl" && d != "compound") continue;
          int64_t h = head_of(t);
          if (depth == 1 && h >= 0) {
            if (tok(static_cast<uint32_t>(h)).deprel.rfind("nmod", 0) != 0 &&
                tok(static_cast<uint32_t>(h)).deprel != "flat" &&
                tok(static_cast<uint32_t>(h)).deprel != "amod")
              continue;
            h = head_of(static_cast<uint32_t>(h));
          }
          if (h != a.head) continue;
          if (d == "obl") continue;
          mod = i;
          how = d == "nmod:poss" ? "agent+genitive" : "agent+nmod";
        }
    }
    // A role noun on a role noun with a country ("Turkish Kurd refugees", "Koerdische
    // rebellenleiders" split in two) takes that country, before any context.
    if (mod < 0 && has_tree())
      for (uint32_t t = sd_.first; t < a.first; ++t) {
        int i = item_at(t);
        if (i < 0 || items_[i].head != t || items_[i].kind != Kind::agent) continue;
        if (tok(t).deprel != "compound" || head_of(t) != static_cast<int64_t>(a.head)) continue;
        std::string c = country_of(items_[i]);
        if (c.empty()) continue;
        a.code = c + role;
        a.resolved = true;
        a.conf = 0.75f;
        a.via = "agent+compound agent " +
                std::string(doc_.slice(tok(items_[i].first).start, tok(items_[i].last - 1).end));
        return;
      }
    if (mod < 0) {
      // Adjacency: "van"/"of" within a few tokens to the right, then an optional article.
      for (uint32_t t = a.last, steps = 0; t + 1 < n && steps < 5; ++t, ++steps) {
        const TokenData& tk = tok(t);
        if (tk.upos == "PUNCT" || tk.upos == "VERB" || tk.upos == "AUX") break;
        if (item_at(t) >= 0) break;
        if (!is_word(tk, {"van", "of"})) continue;
        uint32_t u = t + 1;
        if (u < n && is_word(tok(u), {"de", "het", "the", "den", "der"})) ++u;
        int i = item_at(u);
        if (i >= 0 && items_[i].first == u && modifier_ok(items_[i])) {
          mod = i;
          how = "agent+van";
        }
        break;
      }
      // Led or backed by a country: "door Vietnam geleide troepen", "troops led by Vietnam",
      // "forces backed by Iran" (read linearly: the parser rarely hangs "door" on the
      // participle).
      auto leader_verb = [&](const TokenData& tk) {
        const std::string& l = tk.lemma;
        return tk.upos == "VERB" &&
               (l == "leiden" || l == "steunen" || l == "aanvoeren" || l == "bewapenen" ||
                l == "lead" || l == "back" || l == "support" || l == "arm");
      };
      if (mod < 0 && a.first >= sd_.first + 3 && leader_verb(tok(a.first - 1))) {
        int i = item_at(a.first - 2);
        if (i >= 0 && items_[i].first > sd_.first && modifier_ok(items_[i]) &&
            is_word(tok(items_[i].first - 1), {"door", "Door"})) {
          mod = i;
          how = "agent+door (led)";
        }
      }
      if (mod < 0 && a.last + 2 < n && leader_verb(tok(a.last)) &&
          is_word(tok(a.last + 1), {"by"})) {
        uint32_t u = a.last + 2;
        if (u < n && is_word(tok(u), {"the"})) ++u;
        int i = item_at(u);
        if (i >= 0 && items_[i].first == u && modifier_ok(items_[i])) {
          mod = i;
          how = "agent+by (led)";
        }
      }
      // English genitive: "Iran's government".
      if (mod < 0 && a.first >= sd_.first + 2 && is_word(tok(a.first - 1), {"'s", "’s", "'"})) {
        int i = item_at(a.first - 2);
        if (i >= 0 && modifier_ok(items_[i])) {
          mod = i;
          how = "agent+genitive";
        }
      }
    }
    if (mod >= 0) {
      a.code = join(role, items_[mod]);
      a.resolved = true;
      a.conf = 0.8f;
      a.via = how + " " +
              std::string(doc_.slice(tok(items_[mod].first).start, tok(items_[mod].last - 1).end));
      return;
    }
    // (d) A role that is a sector by itself ("mensenrechtengroep" = NGOHRI).
    for (const char* sector : {"IGO", "NGO", "NGM", "IMG", "MNC"})
      if (role.rfind(sector, 0) == 0) {
        a.resolved = true;
        a.conf = 0.7f;
        a.via = "agent:sector";
        return;
      }
    // (e) Context: a locative "in X", the only country of the sentence, or the document's most
    // recent country.
    std::string via;
    std::string c = context_country(via);
    if (!c.empty()) {
      a.code = c + role;
      a.resolved = true;
      a.conf = via == "context:document" ? 0.5f : 0.6f;
      a.via = via + " " + c;
      return;
    }
    a.conf = 0.3f;
    a.via = "agent without country";
  }

  // A place name of several countries ("Tripoli": the capital of Libya, a city in Lebanon; rows
  // of kind `city` in countries.tsv) is the one whose country the sentence names otherwise
  // ("de Noord-Libanese havenstad"); else the first row (the capital).
  void shared_place_names() {
    for (auto& it : items_) {
      if (it.form < 0 || it.kind != Kind::capital) continue;
      const auto& entries = m_.form(static_cast<uint32_t>(it.form)).entries;
      if (entries.size() < 2) continue;
      // (only when the capital's own country is not named too, and the other country is named
      // by an adjective, as a place is described: "Tripoli accused Lebanon" stays Libya's)
      auto named = [&](const std::string& c, bool adjective_only) {
        for (const auto& o : items_)
          if (&o != &it && o.kind != Kind::agent && country_of(o) == c &&
              (!adjective_only || o.kind == Kind::adjective))
            return true;
        return false;
      };
      if (named(it.code.substr(0, 3), false)) continue;
      for (const auto& e : entries) {
        if (e.kind != Kind::capital || e.code == it.code) continue;
        const std::string c = e.code.substr(0, 3);
        if (!named(c, true)) continue;
        it.code = e.code;
        it.via = "lexicon:city (" + c + " named in the sentence)";
        break;
      }
    }
  }

  // Whether a locative "in" governs the item starting at `first`: "in Irak", also across a
  // part of the country or an adjective ("in south Serbia", "in het zuiden van Servië", "in
  // northern Iraq", "in het christelijke Oost-Beiroet").
  bool after_in(uint32_t first) const {
    for (uint32_t t = first, steps = 0; t > sd_.first && steps < 5; ++steps) {
      const TokenData& p = tok(--t);
      if (is_word(p, {"in"})) return true;
      if (p.upos == "ADJ") continue;  // "in het christelijke Oost-Beiroet"
      if (!is_word(p, {"the",      "de",      "het",       "van",        "of",        "south",
                       "north",    "east",    "west",      "southern",   "northern",  "eastern",
                       "western",  "central", "zuiden",    "noorden",    "oosten",    "westen",
                       "midden",   "centrum", "zuidelijk", "noordelijk", "oostelijk", "westelijk",
                       "zuid",     "noord",   "oost",      "southeast",  "southwest", "northeast",
                       "northwest"}))
        return false;
    }
    return false;
  }

  // "etnische Albanezen", "ethnic Turks in Sweden": an ethnic group is coded by the country it
  // lives in when the sentence names one other country (a locative "in X" first); otherwise the
  // adjective keeps its own country.
  void ethnic() {
    for (auto& it : items_) {
      if (it.kind != Kind::adjective && it.kind != Kind::inhabitant) continue;
      if (it.first == sd_.first || !is_word(tok(it.first - 1), {"ethnic", "etnische", "etnisch"}))
        continue;
      std::string own = country_of(it), loc, other;
      bool several = false;
      for (const auto& o : items_) {
        std::string c = country_of(o);
        if (&o == &it || c.empty() || c == own || o.kind == Kind::agent) continue;
        if (after_in(o.first) && loc.empty()) loc = c;
        if (other.empty())
          other = c;
        else if (other != c)
          several = true;
      }
      std::string c = !loc.empty() ? loc : several ? "" : other;
      if (c.empty()) continue;
      it.code = c;
      it.conf = 0.6f;
      it.via = "ethnic+context " + c;
    }
  }

  // The country of the sentence's context, or "".
  std::string context_country(std::string& via) {
    if (context_done_) {
      via = context_via_;
      return context_;
    }
    context_done_ = true;
    std::string only;
    bool several = false;
    for (const auto& it : items_) {
      if (it.kind == Kind::agent) continue;
      std::string c = country_of(it);
      if (c.empty()) continue;
      if (after_in(it.first) && (it.kind == Kind::country || it.kind == Kind::capital)) {
        context_ = c;
        context_via_ = "context:in";
        via = context_via_;
        return context_;
      }
      if (only.empty())
        only = c;
      else if (only != c)
        several = true;
    }
    if (!only.empty() && !several) {
      context_ = only;
      context_via_ = "context:sentence";
    } else if (only.empty() && !doc_country_.empty()) {
      context_ = doc_country_;
      context_via_ = "context:document";
    }
    via = context_via_;
    return context_;
  }

  // Names not in the dictionaries ("Sara Verhoeven werd gearresteerd"): two or three capitalized
  // proper nouns. A title or appositive agent with a country gives the code; a title without one
  // ("minister van Justitie X") gives nothing; else a name that undergoes the action (nsubj:pass,
  // obj, iobj, or through a relative clause) is a private person of the sentence's country, or
  // of the country of a state agent acting in the sentence (CVL, low confidence); any other name
  // gets the sentence's country alone (confidence 0.3). Without a country nothing is produced.
  void unknown_names() {
    if (!doc_.has(kUpos)) return;
    const uint32_t n = sd_.last;
    for (uint32_t t = sd_.first; t < n;) {
      uint32_t e = t;
      while (e < n && e - t < 4 && item_at(e) < 0 && tok(e).upos == "PROPN" && name_like(tok(e)))
        ++e;
      if (e - t < 2 || e - t > 3 || (e < n && tok(e).upos == "PROPN")) {
        t = std::max(e, t + 1);
        continue;
      }
      Item it;
      it.first = t;
      it.last = e;
      it.kind = Kind::person;
      it.head = t;
      if (has_tree())
        for (uint32_t k = t; k < e; ++k) {
          int64_t h = head_of(k);
          if (h < t || h >= e) {
            it.head = k;
            break;
          }
        }
      // A resolved agent directly before the name ("de Iraanse minister X") or in apposition.
      int agent = -1;
      bool titled = false;  // a title without a country ("minister van Justitie X")
      if (t > sd_.first) {
        int i = item_at(t - 1);
        if (i >= 0 && items_[i].kind == Kind::agent) {
          if (items_[i].resolved)
            agent = i;
          else
            titled = true;
        }
      }
      if (titled) {
        t = e;
        continue;
      }
      if (agent < 0 && has_tree())
        for (uint32_t k = sd_.first; k < n && agent < 0; ++k) {
          int i = item_at(k);
          if (i >= 0 && items_[i].kind == Kind::agent && items_[i].resolved &&
              items_[i].head == k && tok(k).deprel == "appos" && head_of(k) == it.head)
            agent = i;
        }
      if (agent >= 0) {
        it.code = items_[agent].code;
        it.conf = 0.6f;
        it.via = "name+agent";
      } else {
        // Only a name that undergoes the action (arrested, killed, detained: the passive subject
        // or the object) is taken for a private person of the context's country.
        std::string via;
        const bool undergoes = patient(it.head) || patient_by_relative(e);
        std::string c = undergoes ? patient_country(via) : context_country(via);
        if (c.empty() || (!undergoes && via == "context:document")) {
          t = e;
          continue;
        }
        // A private person (CVL) when the name undergoes the action; otherwise only the country
        // of the sentence, with a lower confidence.
        it.code = undergoes ? c + "CVL" : c;
        it.conf = undergoes ? 0.4f : 0.3f;
        it.via = "name+" + via + " " + c;
      }
      pending_.push_back(std::move(it));
      t = e;
    }
  }

  // Whether token h undergoes the action: a passive subject or an object, directly or through a
  // relative clause ("Mahsa Amini, die ... werd gearresteerd").
  bool patient(uint32_t h) const {
    auto is_patient = [](const std::string& d) {
      return d == "nsubj:pass" || d == "obj" || d == "iobj";
    };
    if (is_patient(tok(h).deprel)) return true;
    for (uint32_t c = sd_.first; c < sd_.last; ++c) {
      if (head_of(c) != h || tok(c).deprel.rfind("acl", 0) != 0) continue;
      for (uint32_t r = sd_.first; r < sd_.last; ++r)
        if (head_of(r) == c && tok(r).upos == "PRON" && is_patient(tok(r).deprel)) return true;
    }
    return false;
  }

  // The same for a name followed by a relative pronoun whose clause is passive, whatever the
  // clause is attached to (parsers often attach it to the wrong noun).
  bool patient_by_relative(uint32_t name_last) const {
    if (name_last >= sd_.last) return false;
    const TokenData& r = tok(name_last);
    if (r.upos != "PRON" || !is_word(r, {"die", "dat", "who", "whom"})) return false;
    if (r.deprel == "nsubj:pass" || r.deprel == "obj") return true;
    int64_t v = head_of(name_last);
    if (v < 0) return false;
    for (uint32_t c = sd_.first; c < sd_.last; ++c)
      if (head_of(c) == v && tok(c).deprel == "aux:pass") return true;
    return false;
  }

  // The country of a private person who undergoes the action: a locative or the only country of
  // the sentence, else the country of a state agent acting in it ("door de zedenpolitie
  // gearresteerd", the police resolved from the document's context).
  std::string patient_country(std::string& via) {
    std::string c = context_country(via);
    if (!c.empty() && via != "context:document") return c;
    for (const auto& a : items_) {
      if (a.kind != Kind::agent || !a.resolved || !m_.is_country_code(a.code)) continue;
      std::string role = a.code.substr(3);
      for (const char* r : {"COP", "MIL", "GOV", "JUD", "SPY"})
        if (role.rfind(r, 0) == 0) {
          via = "agent-in-sentence";
          return a.code.substr(0, 3);
        }
    }
    return "";
  }

  void finish(std::vector<Mention>& out) {
    for (auto& p : pending_) items_.push_back(std::move(p));
    pending_.clear();
    std::sort(items_.begin(), items_.end(), [](const Item& x, const Item& y) {
      return x.first != y.first ? x.first < y.first : x.last > y.last;
    });
    std::string last_country;
    for (const auto& it : items_) {
      if (it.dropped) continue;
      Mention m;
      m.sentence = s_;
      m.first = it.first;
      m.last = it.last;
      m.start = tok(it.first).start;
      m.end = tok(it.last - 1).end;
      m.head = it.head;
      m.text = std::string(doc_.slice(m.start, m.end));
      m.code = it.code;
      m.kind = kind_name(it.kind);
      m.members = it.members;
      m.confidence = it.conf;
      m.via = it.via;
      if (it.kind != Kind::region && !(it.kind == Kind::agent && !it.resolved) &&
          m_.is_country_code(it.code)) {
        m.country = it.code.substr(0, 3);
        m.role = it.code.substr(3);
        if (it.kind != Kind::agent && it.kind != Kind::media && it.conf >= 0.8f)
          last_country = m.country;
      } else if (it.kind == Kind::agent && !it.resolved) {
        m.role = it.code;
      } else if (it.code.size() >= 3) {
        m.role = it.code.substr(0, 3);
      }
      out.push_back(std::move(m));
    }
    if (!last_country.empty()) doc_country_ = last_country;
  }

  const ActorMatcher& m_;
  const Doc& doc_;
  const SentenceData& sd_;
  uint32_t s_;
  std::string& doc_country_;
  std::vector<int> at_;
  std::vector<Item> items_;
  std::vector<Item> pending_;
  bool context_done_ = false;
  std::string context_, context_via_;
};

}  // namespace

std::vector<Mention> ActorMatcher::find(const Doc& doc) const {
  std::vector<Mention> out;
  std::vector<Match> matches;
  std::string doc_country;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].is_credit) continue;
    SentenceBuilder b(*this, doc, s, doc_country);
    b.run(matches, out);
  }
  return out;
}

}  // namespace dyad
