// Compiling the actor dictionaries and the lexical matching (see matcher.h); the phrase builder
// is in phrases.cpp.
#include "actors/matcher.h"

#include <algorithm>

#include "actors/text_match.h"

namespace dyad {

using lexicon::ActorLexicon;

void ActorMatcher::add(const std::string& text, Entry e) {
  if (text.empty()) return;
  auto it = by_text_.find(std::string_view(text));
  uint32_t id;
  if (it == by_text_.end()) {
    id = static_cast<uint32_t>(forms_.size());
    Form f;
    f.text = text;
    f.lower_first = text[0] >= 'a' && text[0] <= 'z';
    forms_.push_back(std::move(f));
    by_text_.emplace(text, id);
  } else {
    id = it->second;
  }
  forms_[id].entries.push_back(std::move(e));
}

std::shared_ptr<const ActorMatcher> ActorMatcher::build(const ActorLexicon& lex) {
  auto m = std::make_shared<ActorMatcher>();
  m->lang_ = lex.lang;
  m->persons_ = lex.persons;
  for (const auto& c : lex.countries) {
    Entry e;
    e.code = c.code;
    if (c.kind == "capital" || c.kind == "city")  // (a city named like another's capital)
      e.kind = Kind::capital;
    else if (c.kind == "metonym")
      e.kind = Kind::metonym;
    else if (c.kind == "adjective")
      e.kind = Kind::adjective;
    else if (c.kind == "inhabitant")
      e.kind = Kind::inhabitant;
    else
      e.kind = Kind::country;
    if (c.code.size() >= 3) m->country_codes_[c.code.substr(0, 3)] = true;
    m->add(c.text, std::move(e));
  }
  for (const auto& r : lex.regions) {
    Entry e;
    e.kind = Kind::region;
    e.code = r.code;
    for (const auto& x : r.members) {
      if (!e.members.empty()) e.members += ' ';
      e.members += x;
    }
    m->add(r.text, std::move(e));
  }
  for (const auto& o : lex.organizations) {
    Entry e;
    e.kind = o.kind == "media" ? Kind::media : Kind::organization;
    e.code = o.code;
    m->add(o.text, std::move(e));
  }
  for (const auto& a : lex.agents) {
    Entry e;
    e.kind = Kind::agent;
    e.code = a.code;
    m->add(a.text, e);
  }
  // Lemmas of one-word agents, for inflections the file does not list.
  for (const auto& a : lex.agents) {
    if (a.lemma.empty() || a.text.find(' ') != std::string::npos) continue;
    if (m->agent_lemmas_.count(a.lemma)) continue;
    m->agent_lemmas_.emplace(a.lemma, m->by_text_.find(std::string_view(a.text))->second);
  }
  for (size_t p = 0; p < lex.persons.size(); ++p) {
    const auto& pe = lex.persons[p];
    Entry e;
    e.kind = Kind::person;
    e.code = pe.code;
    e.person = static_cast<int>(p);
    m->add(pe.name, e);
    for (const auto& a : pe.aliases)
      if (a != pe.name) m->add(a, e);
  }
  // Index by the lowercased first word; longest text first so the longest match wins.
  char buf[64];
  for (uint32_t i = 0; i < m->forms_.size(); ++i) {
    std::string_view key = match::first_word_key(m->forms_[i].text, buf, sizeof buf);
    if (key.empty()) continue;
    m->by_key_[std::string(key)].push_back(i);
  }
  for (auto& [key, ids] : m->by_key_)
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return m->forms_[a].text.size() > m->forms_[b].text.size();
    });
  return m;
}

Result<std::shared_ptr<const ActorMatcher>> ActorMatcher::load(const std::string& lang_dir) {
  auto lex = lexicon::load_actor_lexicon(lang_dir);
  if (!lex.ok()) return lex.status();
  return build(*lex);
}

bool ActorMatcher::is_country_code(std::string_view c) const {
  return c.size() >= 3 && country_codes_.find(c.substr(0, 3)) != country_codes_.end();
}

void ActorMatcher::match_sentence(const Doc& doc, uint32_t s, std::vector<Match>& out) const {
  const SentenceData& sd = doc.sentences[s];
  char buf[64];
  for (uint32_t i = sd.first; i < sd.last;) {
    const TokenData& t = doc.tokens[i];
    std::string_view key = match::first_word_key(t.form, buf, sizeof buf);
    bool found = false;
    if (!key.empty()) {
      auto it = by_key_.find(key);
      if (it != by_key_.end()) {
        for (uint32_t id : it->second) {
          const Form& f = forms_[id];
          uint32_t end = match::match_text(doc.text, t.start, f.text, f.lower_first);
          if (end == 0) continue;
          // The match must end on a token boundary.
          uint32_t j = i;
          while (j < sd.last && doc.tokens[j].end < end) ++j;
          if (j == sd.last || doc.tokens[j].end != end) continue;
          out.push_back(Match{i, j + 1, id});
          i = j + 1;
          found = true;
          break;
        }
      }
    }
    if (found) continue;
    if (match_compound(doc, i, out)) {
      ++i;
      continue;
    }
    if (!t.lemma.empty() && (t.upos.empty() || t.upos == "NOUN")) {
      auto it = agent_lemmas_.find(std::string_view(t.lemma));
      if (it != agent_lemmas_.end()) out.push_back(Match{i, i + 1, it->second});
    }
    ++i;
  }
}

// "VN-militairen", "NAVO-vredestroepen", "Turks-Koerdische": a hyphenated token whose part
// before the first hyphen is a country, organisation or region (not an agent or a person).
bool ActorMatcher::match_compound(const Doc& doc, uint32_t i, std::vector<Match>& out) const {
  const TokenData& t = doc.tokens[i];
  std::string_view text = doc.slice(t.start, t.end);
  size_t hy = text.find('-');
  if (hy == std::string_view::npos || hy == 0 || hy + 1 >= text.size()) return false;
  // A compass part before a place ("Oost-Beiroet", "Zuid-Libanon", "Noord-Irak") names a part
  // of that place, coded as the place itself, and before an adjective ("Noord-Libanese") the
  // adjective (names like "Noord-Korea" match whole before).
  static constexpr std::string_view kCompass[] = {
      "Oost",  "West",  "Noord",     "Zuid",      "Midden",   "Centraal", "East",
      "North", "South", "Noordoost", "Noordwest", "Zuidoost", "Zuidwest"};
  const std::string_view first = text.substr(0, hy);
  // (not a continent or a name whose compass compounds are other states: Zuid-Amerikaans,
  // Noord-Iers (British), Zuid-Soedanees, Noord-Koreaans when not listed whole)
  static constexpr std::string_view kNotParts[] = {
      "Amerika", "America", "Ierland", "Iers",  "Ireland", "Irish", "Korea", "Soedan",
      "Sudan",   "Afrika",  "Africa",  "Europ", "Azi",     "Asia",  "Aziat", "Vietnam"};
  for (std::string_view c : kCompass) {
    if (first != c) continue;
    const std::string_view rest = text.substr(hy + 1);
    bool excluded = false;
    for (std::string_view x : kNotParts) excluded = excluded || rest.starts_with(x);
    if (excluded) break;
    auto f = by_text_.find(rest);
    if (f == by_text_.end()) break;
    const Kind k = forms_[f->second].entries[0].kind;
    if (k != Kind::country && k != Kind::capital && k != Kind::adjective) break;
    out.push_back(Match{i, i + 1, f->second});
    return true;
  }
  char buf[64];
  std::string_view key = match::first_word_key(first, buf, sizeof buf);
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return false;
  for (uint32_t id : it->second) {
    const Form& f = forms_[id];
    const Kind k = f.entries[0].kind;
    if (k == Kind::agent || k == Kind::person || k == Kind::media) continue;
    uint32_t end = match::match_text(doc.text, t.start, f.text, false);
    if (end != t.start + hy) continue;
    Match m{i, i + 1, id, true, -1};
    // The agent named by the rest: the longest tail of it that is an agent form (at least 4
    // bytes): "militairen", "vredestroepen" -> "troepen", "secretaris-generaal".
    std::string_view rest = text.substr(hy + 1);
    std::string low;
    for (size_t k2 = 0; k2 + 4 <= rest.size() && m.suffix < 0; ++k2) {
      unsigned char c = static_cast<unsigned char>(rest[k2]);
      if ((c & 0xC0) == 0x80) continue;  // inside a UTF-8 character
      std::string_view tail = rest.substr(k2);
      auto f2 = by_text_.find(tail);
      if (f2 == by_text_.end() && tail[0] >= 'A' && tail[0] <= 'Z') {
        low.assign(tail);
        low[0] = static_cast<char>(low[0] + 32);
        f2 = by_text_.find(std::string_view(low));
      }
      if (f2 != by_text_.end() && forms_[f2->second].entries[0].kind == Kind::agent)
        m.suffix = static_cast<int32_t>(f2->second);
    }
    out.push_back(m);
    return true;
  }
  return false;
}

}  // namespace dyad
