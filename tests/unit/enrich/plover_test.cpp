// Measures how many gold locations and dead/injured counts of the PLOVER records' dev halves
// (../shared/events/plover-gsr/dev.{en,nl}.jsonl; skipped when absent) the enrich stage finds:
//   engine: on the events the full Engine codes (depends on the event coder's recall);
//   clause: on one event whose trigger is the first word of the gold EVT span of the record's
//           markup (the sentence's root when not found): the enrich stage alone, given the
//           right trigger; this one must reach 80 %.
// A location counts as found when the event's place is the gold place (same gazetteer entry,
// same country for a country name, or a spelling variant: Algers/Algiers); a count when the value
// is equal.
#include <gtest/gtest.h>

#include <fstream>

#include "io/json.h"
#include "lexicon/tsv.h"
#include "test_util.h"

namespace dyad {
namespace {

struct Tally {
  int loc_gold = 0, loc_found = 0, num_gold = 0, num_found = 0;
};

class Plover : public ::testing::TestWithParam<const char*> {};

const Engine* full_engine() {
  static std::shared_ptr<const Engine> e = [] {
    auto r = Engine::load(EngineOptions{});
    return r.ok() ? *r : nullptr;
  }();
  return e.get();
}

TEST_P(Plover, GoldLocationsAndCountsFound) {
  const std::string lang = GetParam();
  std::string path = test::shared_dir() + "/events/plover-gsr/dev." + lang + ".jsonl";
  if (!std::filesystem::exists(path))
    GTEST_SKIP() << "PLOVER records not found at " << path << " (../shared is absent)";
  DYAD_NEED_MODELS();
  ASSERT_NE(full_engine(), nullptr);
  auto g = enrich::Gazetteer::load();
  ASSERT_TRUE(g.ok());
  // Country names of both languages -> code, to read gold names like "Macedonia".
  std::map<std::string, std::string> country_of;
  for (const char* l : {"en", "nl"}) {
    auto t = lexicon::read_tsv(lang_dir(l) + "/countries.tsv");
    ASSERT_TRUE(t.ok());
    for (const auto& row : t->rows)
      if (t->cell(row, t->column("kind")) == "name")
        country_of[t->cell(row, t->column("text"))] = t->cell(row, t->column("code"));
  }
  // Optimal string alignment distance (spelling variants of gold names).
  auto distance = [](const std::string& a, const std::string& b) {
    std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
      for (size_t j = 1; j <= b.size(); ++j) {
        d[i][j] = std::min(
            {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[a.size()][b.size()];
  };
  auto place_matches = [&](const EventPlace& p, const std::string& gold) {
    if (!p.known()) return false;
    if (p.name == gold) return true;
    if (gold.size() >= 5 && p.name[0] == gold[0] && distance(p.name, gold) <= 2) return true;
    if (auto* v = (*g)->lookup(gold))
      for (uint32_t i : *v) {
        const auto& gp = (*g)->place(i);
        if (gp.name == p.name && gp.country == p.country) return true;
        if (gp.kind == enrich::Place::Kind::country && gp.country == p.country) return true;
      }
    auto it = country_of.find(gold);
    return it != country_of.end() && it->second == p.country;
  };

  std::ifstream in(path);
  std::string line;
  Tally engine, clause;
  while (std::getline(in, line)) {
    json::Value r;
    ASSERT_TRUE(json::parse(line, r).ok());
    const json::Value* text = r.find(lang == "nl" ? "text_nl" : "text");
    ASSERT_TRUE(text && text->is_string());
    std::string gold_loc;
    if (const json::Value* loc = r.find("eventLoc"); loc && loc->is_object())
      if (const json::Value* n = loc->find("name"); n && n->is_string()) gold_loc = n->str;
    std::vector<std::pair<std::string, int>> gold_num;
    for (const char* k : {"dead", "injured"})
      if (const json::Value* v = r.find(k); v && (v->is_string() || v->is_number()))
        gold_num.push_back({k, std::atoi(v->str.c_str())});
    if (gold_loc.empty() && gold_num.empty()) continue;

    Doc d;
    d.text = text->str;
    d.lang = lang;
    if (const json::Value* dt = r.find("date"); dt && dt->is_string()) d.date = dt->str;
    ASSERT_TRUE(full_engine()->process(d).ok());
    std::vector<Event> coded = d.events;
    // One event on the gold trigger.
    std::string markup;
    if (const json::Value* m = r.find("markup_nl"); m && m->is_string()) markup = m->str;
    if (const json::Value* ti = r.find("textInfo"); ti && ti->is_object())
      if (const json::Value* m = ti->find("markup"); m && m->is_string()) markup = m->str;
    std::string evt;
    if (size_t p = markup.find("(EVT: "); p != std::string::npos) {
      evt = markup.substr(p + 6);
      evt = evt.substr(0, evt.find_first_of(" )"));
    }
    Doc c = d;
    c.events.clear();
    int32_t trig = evt.empty() ? -1 : test::find_token(c, evt);
    for (uint32_t i = 0; trig < 0 && i < c.tokens.size(); ++i)
      if (c.tokens[i].head == 0) trig = static_cast<int32_t>(i);
    if (trig >= 0) {
      Event e;
      e.trigger_first = e.trigger_last = static_cast<uint32_t>(trig);
      for (uint32_t s = 0; s < c.sentences.size(); ++s)
        if (c.sentences[s].first <= e.trigger_first && e.trigger_first < c.sentences[s].last)
          e.sentence = s;
      e.quad_class = 4;
      c.events.push_back(e);
    }
    test::enricher(lang)->enrich(c);

    auto tally = [&](const std::vector<Event>& evs, Tally& t, const char* what) {
      if (!gold_loc.empty()) {
        ++t.loc_gold;
        bool ok = false;
        std::string got;
        for (const Event& e : evs) {
          ok = ok || place_matches(e.place, gold_loc);
          if (e.place.known()) got += e.place.name + " ";
        }
        t.loc_found += ok;
        if (!ok && std::string(what) == "clause")
          std::printf("  [%s] location miss: gold %s, got '%s' | %s\n", lang.c_str(),
                      gold_loc.c_str(), got.c_str(), d.text.substr(0, 90).c_str());
      }
      for (auto [k, v] : gold_num) {
        ++t.num_gold;
        bool ok = false;
        for (const Event& e : evs)
          ok = ok || (std::string(k) == "dead" ? e.fatalities : e.injured) == v;
        t.num_found += ok;
        if (!ok && std::string(what) == "clause")
          std::printf("  [%s] %s miss: gold %d | %s\n", lang.c_str(), k.c_str(), v,
                      d.text.substr(0, 90).c_str());
      }
    };
    tally(coded, engine, "engine");
    tally(c.events, clause, "clause");
  }
  std::printf("PLOVER dev.%s engine events: locations %d/%d, dead/injured %d/%d\n", lang.c_str(),
              engine.loc_found, engine.loc_gold, engine.num_found, engine.num_gold);
  std::printf("PLOVER dev.%s root clause:   locations %d/%d, dead/injured %d/%d\n", lang.c_str(),
              clause.loc_found, clause.loc_gold, clause.num_found, clause.num_gold);
  ASSERT_GT(clause.loc_gold, 0);
  ASSERT_GT(clause.num_gold, 0);
  EXPECT_GE(clause.loc_found * 100, clause.loc_gold * 80);
  EXPECT_GE(clause.num_found * 100, clause.num_gold * 80);
}

INSTANTIATE_TEST_SUITE_P(Dev, Plover, ::testing::Values("en", "nl"));

}  // namespace
}  // namespace dyad
