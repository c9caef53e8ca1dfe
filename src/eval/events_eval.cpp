// Event scorers: seed gold, PLOVER records, EventDNA (see events_eval.h and README.md).
#include "eval/events_eval.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "io/json.h"
#include "lexicon/ontology.h"
#include "util/utf8.h"

namespace dyad {
namespace {

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(Errc::io, "cannot read " + path);
  return ss.str();
}

// Calls fn(lineno, line) for every non-blank line; stops at the first error.
template <class F>
Status for_each_line(std::string_view content, F fn) {
  size_t lineno = 0, pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    DYAD_RETURN_IF_ERROR(fn(lineno, line));
  }
  return Status::Ok();
}

std::string prefix3(const std::string& code) {
  return code.substr(0, 3);
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

bool any_prefix(const std::vector<std::string>& prefixes, const std::string& code) {
  for (const auto& p : prefixes)
    if (!code.empty() && starts_with(code, p)) return true;
  return false;
}

std::vector<std::string> strings_of(const json::Value* v) {
  std::vector<std::string> out;
  if (!v) return out;
  if (v->is_string()) out.push_back(v->str);
  if (v->is_array())
    for (const auto& x : v->items)
      if (x.is_string()) out.push_back(x.str);
  return out;
}

std::string string_of(const json::Value* v) {
  return v && v->is_string() ? v->str : std::string();
}

bool overlaps(size_t a0, size_t a1, size_t b0, size_t b1) {
  return a0 < b1 && b0 < a1;
}

std::pair<uint32_t, uint32_t> sentence_range(const Doc& doc, const Event& e) {
  if (e.sentence < doc.sentences.size())
    return {doc.sentences[e.sentence].start, doc.sentences[e.sentence].end};
  return {e.trigger_start, e.trigger_end};
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool names_close(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  return a.size() >= 6 && b.size() >= 6 && edit_distance(a, b) <= 2;
}

// Base letters of U+00C0..U+00FF and U+0100..U+017F ('_' = dropped).
constexpr std::string_view kLatin1 =
    "aaaaaaaceeeeiiiidnooooo_ouuuuy_saaaaaaaceeeeiiiidnooooo_ouuuuy_y";
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

std::string join(const std::vector<std::string>& v, const char* sep = " ") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

// ------------------------------------------------------------------------------------------
// Places.

std::string fold_name(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp = utf8::decode(s, i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    } else if (cp >= 0xC0 && cp < 0x100) {
      char c = kLatin1[cp - 0xC0];
      if (c != '_') out += c;
    } else if (cp >= 0x100 && cp < 0x100 + kLatinExtA.size()) {
      out += kLatinExtA[cp - 0x100];
    } else if (cp >= 0x180 && cp != 0xFFFD) {
      utf8::append(out, cp);  // other scripts are kept as they are
    }
  }
  return out;
}

Result<PlaceNames> PlaceNames::load(const std::vector<std::string>& countries_tsv) {
  PlaceNames names;
  for (const auto& path : countries_tsv) {
    auto content = slurp(path);
    if (!content.ok()) return content.status();
    bool header = true;
    Status st = for_each_line(*content, [&](size_t, std::string_view line) {
      if (line[0] == '#') return Status::Ok();
      if (header) {  // code kind text [notes]
        header = false;
        return Status::Ok();
      }
      size_t t1 = line.find('\t');
      size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
      if (t2 == std::string_view::npos) return Status::Ok();
      size_t t3 = line.find('\t', t2 + 1);
      std::string_view code = line.substr(0, t1), kind = line.substr(t1 + 1, t2 - t1 - 1);
      std::string_view text = line.substr(t2 + 1, t3 == std::string_view::npos ? t3 : t3 - t2 - 1);
      if (kind == "name") names.add_country(text, code);
      return Status::Ok();
    });
    if (!st.ok()) return st;
  }
  return names;
}

void PlaceNames::add_country(std::string_view name, std::string_view code) {
  std::string f = fold_name(name);
  if (!f.empty()) countries_.emplace(std::move(f), std::string(code));
}

std::string PlaceNames::country_of(std::string_view name) const {
  auto it = countries_.find(fold_name(name));
  return it == countries_.end() ? std::string() : it->second;
}

bool PlaceNames::matches(const std::string& gold_name, const EventPlace& place,
                         std::string_view evidence) const {
  if (!place.known() && evidence.empty()) return false;
  const std::string g = fold_name(gold_name);
  if (names_close(g, fold_name(place.name)) || names_close(g, fold_name(evidence))) return true;
  const std::string country = country_of(gold_name);
  return !country.empty() && country == place.country;
}

// ------------------------------------------------------------------------------------------
// 1. Seed gold.

Result<std::vector<SeedGold>> parse_seed_gold(std::string_view content, const std::string& name) {
  std::vector<SeedGold> out;
  Status st = for_each_line(content, [&](size_t lineno, std::string_view line) {
    json::Value v;
    if (Status p = json::parse(line, v); !p.ok() || !v.is_object())
      return Status(Errc::parse, name + ":" + std::to_string(lineno) + ": " +
                                     (p.ok() ? std::string("not a JSON object") : p.message()));
    SeedGold g;
    g.id = string_of(v.find("id"));
    g.quote = string_of(v.find("quote"));
    if (g.quote.empty())
      return Status(Errc::parse, name + ":" + std::to_string(lineno) + ": no quote");
    g.source = strings_of(v.find("source"));
    g.target = strings_of(v.find("target"));
    g.cameo = strings_of(v.find("cameo"));
    g.plover = strings_of(v.find("plover"));
    g.modality = string_of(v.find("modality"));
    g.attributed_to = strings_of(v.find("attributed_to"));
    g.date = string_of(v.find("date"));
    g.location = string_of(v.find("location"));
    if (const json::Value* f = v.find("fatalities"); f && f->is_number())
      g.fatalities = static_cast<int>(f->number);
    if (const json::Value* c = v.find("core"); c && c->is_bool()) g.core = c->boolean;
    out.push_back(std::move(g));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<SeedGold>> read_seed_gold(const std::string& path) {
  auto content = slurp(path);
  if (!content.ok()) return content.status();
  return parse_seed_gold(*content, path);
}

bool seed_code_ok(const std::vector<std::string>& codes, const std::string& code) {
  for (const auto& c : codes) {
    if (c == "---") {
      if (code.empty() || starts_with(code, "---")) return true;
    } else if (!code.empty() && starts_with(code, c)) {
      return true;
    }
  }
  return false;
}

bool seed_event_matches(const Doc& doc, const Event& e, const SeedGold& g, size_t qstart,
                        size_t qend) {
  auto [s0, s1] = sentence_range(doc, e);
  return overlaps(s0, s1, qstart, qend) && seed_code_ok(g.source, e.source.code) &&
         seed_code_ok(g.target, e.target.code) && any_prefix(g.cameo, e.cameo);
}

bool date_agrees(const std::string& gold, const std::string& event_date) {
  return !gold.empty() && starts_with(event_date, gold);
}

SeedScores score_seed(const Doc& doc, const std::vector<SeedGold>& gold, const PlaceNames& places) {
  SeedScores s;
  s.events.system = doc.events.size();
  std::vector<bool> event_matched(doc.events.size(), false);
  for (const SeedGold& g : gold) {
    SeedLine line;
    line.id = g.id;
    line.core = g.core;
    size_t q = doc.text.find(g.quote);
    line.located = q != std::string::npos;
    if (line.located)
      for (size_t i = 0; i < doc.events.size(); ++i)
        if (seed_event_matches(doc, doc.events[i], g, q, q + g.quote.size())) {
          line.events.push_back(i);
          event_matched[i] = true;
        }
    const bool found = !line.events.empty();
    ++s.lines;
    if (found) ++s.lines_found;
    if (g.core) {
      ++s.events.gold;
      if (found) ++s.events.gold_found;
    }
    // Checks of the optional fields on the matching events.
    auto check = [&](const char* field, const std::string& want, Agreement& agg, auto value_of,
                     auto agrees) {
      SeedCheck c;
      c.id = g.id;
      c.field = field;
      c.want = want;
      c.core = g.core;
      c.matched = found;
      std::vector<std::string> got;
      for (size_t i : line.events) {
        const Event& e = doc.events[i];
        got.push_back(value_of(e));
        if (agrees(e)) c.ok = true;
      }
      c.got = join(got, ", ");
      ++agg.gold;
      if (c.ok) ++agg.ok;
      s.checks.push_back(std::move(c));
    };
    if (!g.modality.empty())
      check(
          "modality", g.modality, s.modality, [](const Event& e) { return e.modality; },
          [&](const Event& e) { return e.modality == g.modality; });
    if (!g.attributed_to.empty())
      check(
          "attributed_to", join(g.attributed_to), s.attribution,
          [](const Event& e) { return e.attribution.code.empty() ? "-" : e.attribution.code; },
          [&](const Event& e) { return any_prefix(g.attributed_to, e.attribution.code); });
    if (!g.date.empty())
      check(
          "date", g.date, s.date, [](const Event& e) { return e.date.empty() ? "-" : e.date; },
          [&](const Event& e) { return date_agrees(g.date, e.date); });
    if (!g.location.empty())
      check(
          "location", g.location, s.location,
          [](const Event& e) {
            return e.place.known() ? e.place.name + "/" + e.place.country : std::string("-");
          },
          [&](const Event& e) {
            return places.matches(g.location, e.place, doc.slice(e.place.start, e.place.end));
          });
    if (g.fatalities >= 0)
      check(
          "fatalities", std::to_string(g.fatalities), s.fatalities,
          [](const Event& e) { return e.fatalities < 0 ? "-" : std::to_string(e.fatalities); },
          [&](const Event& e) { return e.fatalities == g.fatalities; });
    s.lines_detail.push_back(std::move(line));
  }
  for (size_t i = 0; i < doc.events.size(); ++i) {
    if (event_matched[i])
      ++s.events.system_correct;
    else
      s.unmatched.push_back(i);
  }
  return s;
}

// ------------------------------------------------------------------------------------------
// 2. PLOVER records.

namespace {

std::string describe(const Event& e) {
  std::string d = (e.plover_type.empty() ? "-" : e.plover_type) + "(" + e.cameo + ") " +
                  (e.source.code.empty() ? "-" : e.source.code) + ">" +
                  (e.target.code.empty() ? "-" : e.target.code);
  if (e.place.known()) d += " @" + e.place.name;
  if (e.fatalities >= 0) d += " dead=" + std::to_string(e.fatalities);
  if (e.injured >= 0) d += " injured=" + std::to_string(e.injured);
  return d;
}

}  // namespace

void score_plover_record(const PloverRecord& rec, const Doc& doc, const PlaceNames& places,
                         PloverScores& s) {
  PloverRecordScore r;
  r.id = rec.id;
  r.type = std::string(Ontology::current_plover_type(rec.event));
  // Older CAMEO country codes in the records (JAP, VTN) compare as their ISO codes.
  auto country = [](const std::string& code) {
    std::string c = prefix3(code);
    if (c == "JAP") return std::string("JPN");
    if (c == "VTN") return std::string("VNM");
    return c;
  };
  std::vector<std::string> src, tgt;
  for (const auto& a : rec.sources) src.push_back(country(a.code));
  for (const auto& a : rec.targets) tgt.push_back(country(a.code));
  auto in = [&](const std::vector<std::string>& set, const std::string& code) {
    return code.size() >= 3 && std::find(set.begin(), set.end(), country(code)) != set.end();
  };
  ++s.records;
  ++s.type.gold;
  std::vector<std::string> produced;
  for (const Event& e : doc.events) {
    ++s.type.system;
    produced.push_back(describe(e));
    if (Ontology::current_plover_type(e.plover_type) != r.type) continue;
    ++s.type.system_correct;
    r.type_found = true;
    if (!in(src, e.source.code)) continue;
    r.type_source = true;
    bool target_ok =
        tgt.empty() ? (e.target.code.empty() || in(src, e.target.code)) : in(tgt, e.target.code);
    if (target_ok) r.all_right = true;
  }
  r.produced = join(produced, "; ");
  if (r.type_found) ++s.type.gold_found;
  if (r.type_source) ++s.type_source;
  if (r.all_right) ++s.all_right;
  Agreement& bt = s.by_type[r.type];
  ++bt.gold;
  if (r.all_right) ++bt.ok;
  // Place and counts: any produced event of the record.
  auto judge = [&](bool in_gold, Agreement& agg, auto found) {
    if (!in_gold) return -1;
    ++agg.gold;
    for (const Event& e : doc.events)
      if (found(e)) {
        ++agg.ok;
        return 1;
      }
    return 0;
  };
  r.location = judge(!rec.location.empty(), s.location, [&](const Event& e) {
    return places.matches(rec.location, e.place, doc.slice(e.place.start, e.place.end));
  });
  r.dead = judge(rec.dead >= 0, s.dead, [&](const Event& e) { return e.fatalities == rec.dead; });
  r.injured =
      judge(rec.injured >= 0, s.injured, [&](const Event& e) { return e.injured == rec.injured; });
  s.details.push_back(std::move(r));
}

// ------------------------------------------------------------------------------------------
// 3. EventDNA.

const std::vector<EventDnaCategory>& eventdna_categories() {
  static const std::vector<EventDnaCategory> k = {
      {"Conflict/Attack",
       {"Conflict/Attack"},
       {"ASSAULT"},
       {"18", "190", "193", "194", "195", "196", "20"},
       false},
      {"Conflict/Demonstrate", {"Conflict/Demonstrate"}, {"PROTEST"}, {"14"}, false},
      {"Justice/ArrestJail", {"Justice/ArrestJail"}, {}, {"173"}, false},
      {"Life/Die", {"Life/Die"}, {}, {"1823", "186", "202"}, true},
      {"Contact/Meet", {"Contact/Meet"}, {"CONSULT"}, {"04"}, false},
      {"Transaction", {"Transaction/*"}, {"AID", "COOPERATE"}, {"06", "07"}, false},
  };
  return k;
}

int eventdna_category_of(std::string_view ere) {
  const auto& cats = eventdna_categories();
  for (size_t i = 0; i < cats.size(); ++i)
    for (const auto& pattern : cats[i].ere) {
      if (pattern == ere) return static_cast<int>(i);
      if (pattern.size() > 1 && pattern.back() == '*' &&
          starts_with(ere, std::string_view(pattern).substr(0, pattern.size() - 1)))
        return static_cast<int>(i);
    }
  return -1;
}

bool eventdna_agrees(const EventDnaCategory& c, const Event& e) {
  const std::string_view type = Ontology::current_plover_type(e.plover_type);
  for (const auto& t : c.plover_types)
    if (type == t) return true;
  if (any_prefix(c.cameo, e.cameo)) return true;
  return c.fatal_assault && type == "ASSAULT" && e.fatalities >= 1;
}

std::vector<uint32_t> codepoint_to_byte(std::string_view text) {
  std::vector<uint32_t> map;
  size_t i = 0;
  while (i < text.size()) {
    map.push_back(static_cast<uint32_t>(i));
    utf8::decode(text, i);
  }
  map.push_back(static_cast<uint32_t>(text.size()));
  return map;
}

Result<std::vector<EventDnaDoc>> parse_eventdna(std::string_view content, const std::string& name) {
  std::vector<EventDnaDoc> out;
  static constexpr std::string_view kKeys[] = {"doc_id", "text", "events", "sentences"};
  Status st = for_each_line(content, [&](size_t lineno, std::string_view line) {
    auto err = [&](const std::string& m) {
      return Status(Errc::parse, name + ":" + std::to_string(lineno) + ": " + m);
    };
    json::Value v[4];
    if (Status p = json::parse_object_fields(line, kKeys, v); !p.ok()) return err(p.message());
    if (!v[1].is_string()) return err("no text");
    EventDnaDoc d;
    d.id = v[0].is_string() ? v[0].str : v[0].is_number() ? v[0].str : std::to_string(lineno);
    d.text = std::move(v[1].str);
    const std::vector<uint32_t> bytes = codepoint_to_byte(d.text);
    const size_t n_cp = bytes.size() - 1;
    // The conversion joined each article's title to its text with a space ("... vervolgd
    // worden De Amerikaanse grensbewaking ..."); in the article the title is a line of its own.
    // When the first sentence ends without punctuation, that space becomes a line break (same
    // length: no offset moves), as a reader of the original article would see it.
    if (v[3].is_array() && !v[3].items.empty()) {
      const json::Value* cs = v[3].items[0].find("char_span");
      if (cs && cs->is_array() && cs->items.size() == 2 && cs->items[1].is_number()) {
        double b = cs->items[1].number;
        if (b > 0 && b < static_cast<double>(n_cp)) {
          uint32_t end = bytes[static_cast<size_t>(b)];
          char last = d.text[end - 1];
          if (d.text[end] == ' ' &&
              std::string_view(".!?:;\"')").find(last) == std::string_view::npos)
            d.text[end] = '\n';
        }
      }
    }
    for (const json::Value& ev : v[2].items) {
      EventDnaEvent e;
      e.id = string_of(ev.find("id"));
      e.ere = string_of(ev.find("type")) + "/" + string_of(ev.find("subtype"));
      e.category = eventdna_category_of(e.ere);
      const json::Value* span = ev.find("trigger_span");
      const json::Value* ch = span ? span->find("char") : nullptr;
      if (!ch || !ch->is_array() || ch->items.size() != 2 || !ch->items[0].is_number() ||
          !ch->items[1].is_number())
        return err("event " + e.id + " has no trigger_span.char");
      double a = ch->items[0].number, b = ch->items[1].number;
      if (a < 0 || b < a || b > static_cast<double>(n_cp))
        return err("event " + e.id + " has a trigger span outside the text");
      e.start = bytes[static_cast<size_t>(a)];
      e.end = bytes[static_cast<size_t>(b)];
      e.text = d.text.substr(e.start, e.end - e.start);
      d.events.push_back(std::move(e));
    }
    out.push_back(std::move(d));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<EventDnaDoc>> read_eventdna(const std::string& path) {
  auto content = slurp(path);
  if (!content.ok()) return content.status();
  return parse_eventdna(*content, path);
}

std::pair<uint32_t, uint32_t> event_trigger_range(const Doc& doc, const Event& e) {
  if (e.trigger_end > e.trigger_start) return {e.trigger_start, e.trigger_end};
  return sentence_range(doc, e);
}

void score_eventdna_doc(const EventDnaDoc& gold, const Doc& doc, EventDnaScores& s) {
  const auto& cats = eventdna_categories();
  s.by_category.resize(cats.size());
  ++s.docs;
  // agree[i][c]: produced event i agrees with category c.
  std::vector<std::vector<bool>> agree(doc.events.size(), std::vector<bool>(cats.size()));
  for (size_t i = 0; i < doc.events.size(); ++i)
    for (size_t c = 0; c < cats.size(); ++c) agree[i][c] = eventdna_agrees(cats[c], doc.events[i]);

  for (int level = 0; level < 2; ++level) {  // 0: trigger overlap, 1: sentence
    EventPrf& prf = level == 0 ? s.trigger : s.sentence;
    auto range = [&](const Event& e) {
      return level == 0 ? event_trigger_range(doc, e) : sentence_range(doc, e);
    };
    auto hit = [&](size_t i, const EventDnaEvent& g) {
      auto [a, b] = range(doc.events[i]);
      return g.category >= 0 && agree[i][static_cast<size_t>(g.category)] &&
             overlaps(a, b, g.start, g.end);
    };
    for (const EventDnaEvent& g : gold.events) {
      if (g.category < 0) continue;
      ++prf.gold;
      bool found = false;
      for (size_t i = 0; i < doc.events.size() && !found; ++i) found = hit(i, g);
      if (found) ++prf.gold_found;
      if (level == 0) {
        EventPrf& cp = s.by_category[static_cast<size_t>(g.category)];
        ++cp.gold;
        if (found)
          ++cp.gold_found;
        else
          s.errors.push_back(
              {gold.id, "miss", cats[static_cast<size_t>(g.category)].name, g.text.substr(0, 160)});
      }
    }
    for (size_t i = 0; i < doc.events.size(); ++i) {
      bool mapped = false;
      for (size_t c = 0; c < cats.size(); ++c) mapped = mapped || agree[i][c];
      if (!mapped) continue;
      ++prf.system;
      bool correct = false;
      for (const EventDnaEvent& g : gold.events) correct = correct || hit(i, g);
      if (correct) ++prf.system_correct;
      if (level != 0) continue;
      for (size_t c = 0; c < cats.size(); ++c) {
        if (!agree[i][c]) continue;
        EventPrf& cp = s.by_category[c];
        ++cp.system;
        bool ok = false;
        for (const EventDnaEvent& g : gold.events)
          ok = ok || (g.category == static_cast<int>(c) && hit(i, g));
        if (ok) ++cp.system_correct;
      }
      if (!correct) {
        const Event& e = doc.events[i];
        std::string cats_of;
        for (size_t c = 0; c < cats.size(); ++c)
          if (agree[i][c]) cats_of += (cats_of.empty() ? "" : ",") + cats[c].name;
        auto [a, b] = sentence_range(doc, e);
        s.errors.push_back({gold.id, "false", cats_of,
                            describe(e) + " [" + e.trigger_text + "] " +
                                std::string(doc.slice(a, b)).substr(0, 160)});
      }
    }
  }
}

}  // namespace dyad
