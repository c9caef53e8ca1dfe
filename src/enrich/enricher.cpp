// The enrich stage: for each event, the date, place and casualty counts its clause states.
//
// Every sentence holding an event is read once: its date expressions (dates.cpp), place names
// (places.cpp, with the gazetteer) and casualty counts (numbers.cpp). Each event then takes
// what lies in its scope, in tiers:
//   0  its clause: the subtree of the trigger's verbal head, without the clauses of other verbs
//      (relative, adverbial, complement clauses, coordinated verbs) — "die op 13 september ...
//      werd gearresteerd" dates the arrest, not "begonnen";
//   1  the clause of the verb it depends on, when the trigger is a noun in a "bij/tijdens/in"
//      phrase or the subject ("Bij een aanval ... waren drie doden gevallen"), a noun naming
//      what the subject goes to do ("return to Geneva for talks"), or an adverbial,
//      complement or coordinated verb;
//   2  the rest of its subtree (an object's relative clause, embedded clauses), and the place
//      of a sentence that opens with a locative ("In Kyiv, ...");
//   3  the rest of the sentence, outside the phrase naming who reported it — only for places
//      after a locative preposition (a last resort, like GDELT's action place), and for counts
//      of material-conflict events.
// The nearest expression in the lowest tier wins; for places a locative preposition beats a
// preposition of direction, which beats a bare city name, and a city beats a country; a city or
// region of the chosen country within the same reach replaces the country.
#include "enrich/enricher.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "enrich/dates.h"
#include "enrich/gazetteer.h"
#include "enrich/numbers.h"
#include "enrich/phrases.h"
#include "enrich/places.h"
#include "lexicon/tsv.h"
#include "util/paths.h"

namespace dyad {

using namespace enrich;

struct Enricher::Impl {
  std::string lang;
  std::optional<DateFinder> dates;
  std::optional<NumberFinder> numbers;
  std::optional<PlaceFinder> places;
};

Enricher::Enricher() : impl_(std::make_unique<Impl>()) {}
Enricher::~Enricher() = default;

namespace {

// Language names for gazetteer places: countries.tsv (name, short, capital rows) and the
// `name` rows of places.tsv.
Status language_names(const std::string& dir, const Gazetteer& g,
                      std::unordered_map<std::string, uint32_t>& out) {
  std::unordered_map<std::string, uint32_t> capital_of;
  for (uint32_t i = 0; i < g.size(); ++i)
    if (g.place(i).kind == Place::Kind::capital) capital_of.emplace(g.place(i).country, i);
  auto countries = lexicon::read_tsv(dir + "/countries.tsv");
  if (countries.ok()) {
    int code = countries->column("code"), kind = countries->column("kind"),
        text = countries->column("text");
    for (const auto& row : countries->rows) {
      const std::string& k = countries->cell(row, kind);
      const std::string& c = countries->cell(row, code);
      const std::string& t = countries->cell(row, text);
      if (t.empty() || c.size() != 3) continue;
      if (k == "name" || k == "short") {
        if (int32_t p = g.country(c); p >= 0) out.emplace(t, static_cast<uint32_t>(p));
      } else if (k == "capital") {
        if (g.lookup(t)) continue;  // the gazetteer knows it
        if (auto it = capital_of.find(c); it != capital_of.end()) out.emplace(t, it->second);
      }
    }
  }
  auto places = lexicon::read_tsv(dir + "/places.tsv");
  if (!places.ok()) return places.status();
  int kind = places->column("kind"), text = places->column("text"), value = places->column("value");
  for (const auto& row : places->rows) {
    if (places->cell(row, kind) != "name") continue;
    const auto* v = g.lookup(places->cell(row, value));
    if (v && !v->empty()) out.emplace(places->cell(row, text), (*v)[0]);
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const Enricher>> Enricher::load(const std::string& lang) {
  auto e = std::make_shared<Enricher>();
  e->impl_->lang = lang;
  std::string dir = lang_dir(lang);
  auto dates = PhraseTable::load(dir + "/dates.tsv", "value");
  if (!dates.ok()) return dates.status();
  auto nums = PhraseTable::load(dir + "/numbers.tsv", "value", "qualifier");
  if (!nums.ok()) return nums.status();
  auto cas = PhraseTable::load(dir + "/casualties.tsv", "type");
  if (!cas.ok()) return cas.status();
  auto words = PhraseTable::load(dir + "/places.tsv", "value");
  if (!words.ok()) return words.status();
  auto g = Gazetteer::load();
  if (!g.ok()) return g.status();
  std::unordered_map<std::string, uint32_t> names;
  if (Status st = language_names(dir, **g, names); !st.ok()) return st;
  e->impl_->dates.emplace(std::move(*dates), *nums);
  e->impl_->numbers.emplace(std::move(*nums), std::move(*cas));
  e->impl_->places.emplace(*g, std::move(*words), std::move(names));
  return std::shared_ptr<const Enricher>(std::move(e));
}

namespace {

constexpr uint8_t kOut = 255;

struct SentenceInfo {
  SentenceView view;
  std::vector<DateMention> dates, future_dates;
  bool have_future = false;
  std::vector<PlaceMention> places;
  std::vector<Casualties> counts;
  SentenceInfo(const Doc& d, uint32_t s) : view(d, s) {}
};

bool verbal(const TokenData& t) {
  return t.upos == "VERB" || t.upos == "AUX";
}

bool clause_boundary(const SentenceView& s, uint32_t k) {
  std::string_view r = s.rel(k);
  if (r == "ccomp" || r == "advcl" || r == "acl" || r == "parataxis" || r == "csubj") return true;
  if (r == "conj" && verbal(s.tok(k))) return true;
  return false;
}
bool report_boundary(const SentenceView& s, uint32_t k) {
  std::string_view r = s.rel(k);
  return r == "ccomp" || r == "parataxis" || r == "csubj";
}

// Marks the subtree of `root` with `tier` (where not marked lower), not descending into
// children for which `stop` holds.
template <class Stop>
void mark(const SentenceView& s, uint32_t root, uint8_t tier, std::vector<uint8_t>& tiers,
          Stop stop) {
  std::vector<uint32_t> stack{root};
  std::vector<bool> seen(s.size(), false);
  while (!stack.empty()) {
    uint32_t t = stack.back();
    stack.pop_back();
    size_t k = t - s.first;
    if (seen[k]) continue;
    seen[k] = true;
    if (tiers[k] > tier) tiers[k] = tier;
    for (uint32_t c : s.kids[k])
      if (!stop(c)) stack.push_back(c);
  }
}

int32_t verbal_ancestor(const SentenceView& s, uint32_t t) {
  int32_t p = s.parent[t - s.first];
  for (size_t steps = 0; p >= 0 && steps < s.size(); ++steps) {
    if (verbal(s.tok(static_cast<uint32_t>(p)))) return p;
    p = s.parent[p - s.first];
  }
  return -1;
}

// The tier of every token of the sentence for this event: 0 its clause, 1 the clause it depends
// on (inherited), 2 the rest of its subtree (embedded clauses), 3 the rest of the sentence,
// kOut the phrase naming who reported it.
// `topic` tells whether the trigger is a noun that is the topic of a preposition ("protesteren
// tegen de wapenleveranties"): such an event takes no place from the rest of the sentence.
std::vector<uint8_t> scope(const SentenceView& s, const Event& e, bool& topic) {
  topic = false;
  std::vector<uint8_t> tiers(s.size(), 3);
  uint32_t a0 = std::clamp<uint32_t>(e.trigger_first, s.first, s.last - 1);
  uint32_t a1 = std::clamp<uint32_t>(e.trigger_last, a0, s.last - 1);
  uint32_t anchor = a0;
  for (uint32_t t = a0; t <= a1; ++t) {
    int32_t p = s.parent[t - s.first];
    if (p < static_cast<int32_t>(a0) || p > static_cast<int32_t>(a1)) {
      anchor = t;
      break;
    }
  }
  // An auxiliary or copula stands for the clause of its head ("hebben ... gezocht").
  for (int guard = 0; guard < 3; ++guard) {
    std::string_view ar = s.rel(anchor);
    int32_t p = s.parent[anchor - s.first];
    if (p < 0 || !(ar == "aux" || ar == "cop" || ar == "mark")) break;
    anchor = static_cast<uint32_t>(p);
  }
  auto in_clause = [&](uint32_t c) { return clause_boundary(s, c); };
  auto in_report = [&](uint32_t c) { return report_boundary(s, c); };
  mark(s, anchor, 2, tiers, in_report);
  mark(s, anchor, 0, tiers, in_clause);
  std::string_view r = s.rel(anchor);
  int32_t parent = s.parent[anchor - s.first];
  // A relative clause of a place: "de oorlog in Yemen, waar zij de partijen steunen".
  if (r == "acl" && parent >= 0)
    for (uint32_t c : s.kids[anchor - s.first])
      if (s.low(c) == "waar" || s.low(c) == "where") {
        tiers[parent - s.first] = 0;
        for (uint32_t k : s.kids[parent - s.first])
          if (s.rel(k) == "flat" || s.rel(k) == "case") tiers[k - s.first] = 0;
      }
  // The clause the trigger depends on.
  int32_t head = verbal_ancestor(s, anchor);
  bool inherit = false;
  if (!verbal(s.tok(anchor))) {
    // An event noun takes the clause of its verb ("hun toevlucht gezocht in Duitsland", "Bij
    // een aanval ... waren drie doden gevallen"), unless it is the topic of a preposition
    // ("protesteren tegen de wapenleveranties": the deliveries are not in Kyiv).
    inherit = true;
    int32_t c = s.child(anchor, "case");
    if (c >= 0) {
      const std::string& w = s.low(static_cast<uint32_t>(c));
      inherit = w == "bij" || w == "tijdens" || w == "during" || w == "in" || w == "at" ||
                w == "na" || w == "after" || w == "amid" || w == "te" || w == "on" || w == "op" ||
                // what the subject goes to do: "return to Geneva for talks"
                ((w == "for" || w == "voor") &&
                 (s.rel(anchor).starts_with("obl") ||
                  (s.rel(anchor) == "nmod" && parent >= 0 && s.rel(parent).starts_with("obl"))));
      topic = !inherit;
    }
  } else if (r == "advcl" || r == "xcomp" || r == "conj") {
    inherit = true;
  }
  if (inherit && head >= 0) {
    std::vector<uint8_t> h(s.size(), 3);
    mark(s, static_cast<uint32_t>(head), 0, h, in_clause);
    for (size_t k = 0; k < s.size(); ++k)
      if (h[k] == 0 && tiers[k] > 1) tiers[k] = 1;
  }
  // Whoever the report is attributed to, and where they are, is not the event's.
  if (e.attribution.token >= static_cast<int32_t>(s.first) &&
      e.attribution.token < static_cast<int32_t>(s.last)) {
    std::vector<uint8_t> h(s.size(), 3);
    mark(s, static_cast<uint32_t>(e.attribution.token), 0, h, [](uint32_t) { return false; });
    for (size_t k = 0; k < s.size(); ++k)
      if (h[k] == 0) tiers[k] = kOut;
  }
  return tiers;
}

// Only a preposition, articles and adjectives come before token `first` in its sentence.
bool opens_sentence(const SentenceView& s, uint32_t first) {
  if (first == s.first || first - s.first > 4) return false;
  if (s.tok(s.first).upos != "ADP") return false;
  for (uint32_t k = s.first + 1; k < first; ++k) {
    const std::string& up = s.tok(k).upos;
    if (up != "DET" && up != "ADJ" && up != "NOUN") return false;
  }
  return true;
}

uint32_t distance(uint32_t a, uint32_t b) {
  return a > b ? a - b : b - a;
}

const char* precision_of(const std::string& date) {
  switch (date.size()) {
    case 10:
      return "day";
    case 7:
      return "month";
    case 4:
      return "year";
    default:
      return "";
  }
}

}  // namespace

void Enricher::enrich(Doc& doc) const {
  const Impl& im = *impl_;
  Day ref = parse_date(doc.date);
  std::map<uint32_t, SentenceInfo> info;
  // Country context for ambiguous place names: the document's mentioned countries.
  std::vector<std::string> doc_countries;
  for (const Mention& m : doc.mentions)
    if (!m.country.empty() &&
        std::find(doc_countries.begin(), doc_countries.end(), m.country) == doc_countries.end())
      doc_countries.push_back(m.country);

  for (Event& e : doc.events) {
    e.date.clear();
    e.date_precision.clear();
    e.date_end.clear();
    e.date_future = false;
    e.place = EventPlace{};
    e.fatalities = e.injured = -1;
    e.fatalities_qualifier.clear();
    e.injured_qualifier.clear();
    if (e.sentence >= doc.sentences.size() ||
        doc.sentences[e.sentence].first >= doc.sentences[e.sentence].last ||
        doc.sentences[e.sentence].last > doc.tokens.size()) {
      e.date = ref.known() ? doc.date : "";
      e.date_precision = precision_of(e.date);
      continue;
    }
    auto it = info.find(e.sentence);
    if (it == info.end()) {
      it = info.emplace(e.sentence, SentenceInfo(doc, e.sentence)).first;
      SentenceInfo& si = it->second;
      const SentenceView& s = si.view;
      si.dates = im.dates->find(s, ref, false);
      std::vector<bool> skip(s.size(), false);
      for (const DateMention& d : si.dates)
        for (uint32_t t = d.first; t < d.last && t < s.last; ++t) skip[t - s.first] = true;
      si.counts = im.numbers->find(s, skip);
      std::vector<bool> pskip = skip;
      std::vector<std::string> context;
      for (const Mention& m : doc.mentions) {
        if (m.sentence != e.sentence) continue;
        if (!m.country.empty()) context.push_back(m.country);
        if (m.kind == "person" || m.kind == "organization" || m.kind == "media" ||
            m.kind == "agent")
          for (uint32_t t = m.first; t < m.last && t < s.last; ++t)
            if (t >= s.first) pskip[t - s.first] = true;
      }
      context.insert(context.end(), doc_countries.begin(), doc_countries.end());
      si.places = im.places->find(s, pskip, context);
    }
    SentenceInfo& si = it->second;
    const SentenceView& s = si.view;
    bool topic = false;
    std::vector<uint8_t> tiers = scope(s, e, topic);
    uint32_t anchor = std::clamp<uint32_t>(e.trigger_first, s.first, s.last - 1);
    auto tier_of = [&](uint32_t first, uint32_t last) {
      uint8_t t = 0;
      for (uint32_t k = first; k < last && k < s.last; ++k)
        if (k >= s.first) t = std::max(t, tiers[k - s.first]);
      return t;
    };

    // Date.
    bool future_ctx = e.modality == "future";
    if (future_ctx && !si.have_future) {
      si.future_dates = im.dates->find(s, ref, true);
      si.have_future = true;
    }
    const auto& dates = future_ctx ? si.future_dates : si.dates;
    const DateMention* best = nullptr;
    std::pair<int, uint32_t> best_key{99, 0};
    for (const DateMention& d : dates) {
      if (!d.date.known()) continue;
      int t = tier_of(d.first, d.last);
      if (t > 1) continue;
      std::pair<int, uint32_t> key{t, distance(d.first, anchor)};
      if (!best || key < best_key) {
        best = &d;
        best_key = key;
      }
    }
    if (best && best->date.known()) {
      e.date = best->date.str();
      e.date_precision = best->date.precision;
      e.date_end = best->end;
      e.date_future = best->future;
    } else if (ref.known()) {
      e.date = doc.date;
      e.date_precision = ref.precision;
      e.date_future = future_ctx;
    }

    // Place.
    const PlaceMention* bp = nullptr;
    std::tuple<int, int, int, uint32_t> bkey{99, 9, 9, 0};
    const Gazetteer& g = im.places->gazetteer();
    for (const PlaceMention& p : si.places) {
      int t = tier_of(p.first, p.last);
      // A sentence that opens with a locative sets the scene for all its events ("In Kyiv, a
      // missile attack killed ..."), unless a speech verb reports the event: "In Washington,
      // officials said Russia attacked ..." is where it was said ("according to" says nothing
      // of a place).
      if (t == 3 && p.strength == 0 && opens_sentence(s, p.first) && !e.attributed_by_speech) t = 2;
      // Last resort, as GDELT's action place: a place named after "in"/"at" elsewhere in the
      // sentence ("de oppositie dreigde zijn residentie in Tbilisi te bestormen" for the
      // resignation), never in the phrase naming who reported the event, nor for an event a
      // speech verb reports or a noun that is the topic of a preposition.
      if (t > 3 || p.strength >= 3 ||
          (t == 3 && (p.strength != 0 || topic || e.attributed_by_speech)))
        continue;
      // A country that is the event's source or target is a place only after "in"/"at", and a
      // city only with a preposition ("Kyiv said ...").
      bool actor = false;
      for (const EventActor* a : {&e.source, &e.target})
        if (a->token >= static_cast<int32_t>(p.first) && a->token < static_cast<int32_t>(p.last))
          actor = true;
      if (actor && p.strength != 0 &&
          (g.place(p.place).kind == Place::Kind::country || p.strength == 2))
        continue;
      std::tuple<int, int, int, uint32_t> key{t, p.strength, g.place(p.place).rank(),
                                              distance(p.first, anchor)};
      if (!bp || key < bkey) {
        bp = &p;
        bkey = key;
      }
    }
    // A city or region of the chosen country named within the event's reach (its clauses and
    // subtree) is the more precise place: "oppositiepartijen in Nepal ... een staking die
    // Kathmandu platlegde".
    // (The last resort is a place found only at tier 3.)
    bool last_resort = bp && std::get<0>(bkey) == 3;
    if (bp && g.place(bp->place).kind == Place::Kind::country) {
      const PlaceMention* finer = nullptr;
      for (const PlaceMention& p : si.places) {
        const Place& pl = g.place(p.place);
        if (pl.kind == Place::Kind::country || pl.country != g.place(bp->place).country ||
            p.strength >= 3 || tier_of(p.first, p.last) > 2)
          continue;
        if (!finer || distance(p.first, anchor) < distance(finer->first, anchor)) finer = &p;
      }
      if (finer) {
        bp = finer;
        last_resort = false;
      }
    }
    if (bp) {
      const Place& pl = g.place(bp->place);
      e.place.name = pl.name;
      e.place.country = pl.country;
      e.place.lat = pl.lat;
      e.place.lon = pl.lon;
      e.place.precision = pl.precision();
      e.place.start = doc.tokens[bp->first].start;
      e.place.end = doc.tokens[bp->last - 1].end;
      e.place.from_sentence = last_resort;
    }

    // Counts.
    int max_tier = e.quad_class == 4 ? 3 : 2;
    for (const char* type : {"dead", "injured"}) {
      const Casualties* bc = nullptr;
      std::pair<int, uint32_t> ckey{99, 0};
      for (const Casualties& c : si.counts) {
        if (c.type != type) continue;
        int t = tier_of(c.anchor, c.anchor + 1);
        if (t > max_tier) continue;
        std::pair<int, uint32_t> key{t, distance(c.anchor, anchor)};
        if (!bc || key < ckey) {
          bc = &c;
          ckey = key;
        }
      }
      if (!bc) continue;
      int32_t v = static_cast<int32_t>(std::min<long>(bc->count.value, INT32_MAX));
      if (std::string_view(type) == "dead") {
        e.fatalities = v;
        e.fatalities_qualifier = bc->count.qualifier;
      } else {
        e.injured = v;
        e.injured_qualifier = bc->count.qualifier;
      }
    }
  }
  doc.annotations |= kEnriched;
}

}  // namespace dyad
