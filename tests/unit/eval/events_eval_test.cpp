// The event scorers' rules on hand-built Docs and events (no coder involved), and the readers of
// the gold files (the real files from ../shared are only read, never scored, and skipped when
// absent).
#include "eval/events_eval.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "eval/plover_records.h"

namespace dyad {
namespace {

std::string shared_dir() {
  const char* env = std::getenv("DYAD_SHARED");
  return env && *env ? env : DYAD_SHARED_DIR;
}

// A Doc whose sentences are the '|'-separated parts of `text` ('|' becomes a space).
Doc make_doc(std::string text) {
  Doc d;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '|') {
      SentenceData s;
      s.start = start;
      s.end = i;
      d.sentences.push_back(s);
      if (i < text.size()) text[i] = ' ';
      start = i + 1;
    }
  }
  d.text = text;
  return d;
}

Event make_event(uint32_t sentence, const std::string& src, const std::string& tgt,
                 const std::string& cameo, const std::string& plover = "") {
  Event e;
  e.sentence = sentence;
  e.source.code = src;
  if (!src.empty()) e.source.text = src;
  e.target.code = tgt;
  if (!tgt.empty()) e.target.text = tgt;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.plover_type = plover;
  return e;
}

// ---------------------------------------------------------------------------------------------
// Seed gold.

const char* kSeedGold =
    R"({"id":"S1","quote":"protesteren tegen Teheran","source":["UKR","---"],"target":["IRN"],"cameo":["14"],"plover":["PROTEST"],"location":"Kyiv","date":"2022-10","core":true}
{"id":"S2","quote":"Dit wordt door Noord-Korea ontkend","source":["PRK"],"target":["RUS","---"],"cameo":["016","12"],"plover":["REJECT"],"core":true}
{"id":"S3","quote":"drie doden","source":["RUS","---"],"target":["UKR","---"],"cameo":["19","18"],"plover":["ASSAULT"],"fatalities":3,"modality":"alleged","attributed_to":["USA"],"core":false}
)";

TEST(SeedGold, Parses) {
  auto g = parse_seed_gold(kSeedGold, "gold");
  ASSERT_TRUE(g.ok()) << g.status().to_string();
  ASSERT_EQ(g->size(), 3u);
  EXPECT_EQ((*g)[0].source, (std::vector<std::string>{"UKR", "---"}));
  EXPECT_EQ((*g)[0].location, "Kyiv");
  EXPECT_EQ((*g)[0].date, "2022-10");
  EXPECT_TRUE((*g)[0].core);
  EXPECT_EQ((*g)[2].fatalities, 3);
  EXPECT_EQ((*g)[2].modality, "alleged");
  EXPECT_FALSE((*g)[2].core);
  EXPECT_FALSE(parse_seed_gold("{\"id\":\"S1\"}\n", "gold").ok());  // no quote
  EXPECT_FALSE(parse_seed_gold("{bad\n", "gold").ok());
}

TEST(SeedGold, CodesByPrefixAndUnstated) {
  EXPECT_TRUE(seed_code_ok({"IRN"}, "IRNMIL"));
  EXPECT_FALSE(seed_code_ok({"IRN"}, "IRQ"));
  EXPECT_FALSE(seed_code_ok({"IRN"}, ""));
  EXPECT_TRUE(seed_code_ok({"IRN", "---"}, ""));
  EXPECT_TRUE(seed_code_ok({"---"}, "---GOV"));
  EXPECT_FALSE(seed_code_ok({"---"}, "USA"));
}

TEST(SeedGold, RecallOverCoreLinesPrecisionOverAllEvents) {
  Doc d = make_doc(
      "Betogers protesteren tegen Teheran.|Er vielen drie doden.|Dit wordt door Noord-Korea "
      "ontkend.|Iran is groot.");
  auto gold = parse_seed_gold(kSeedGold, "gold");
  ASSERT_TRUE(gold.ok());
  // S1 found (unstated source accepted by "---", CAMEO 141 by prefix 14).
  Event e1 = make_event(0, "", "IRNGOV", "141", "PROTEST");
  e1.date = "2022-10-15";
  e1.place.name = "Kyiv";
  e1.place.country = "UKR";
  e1.place.precision = "city";
  // Non-core S3 found: counts for precision, not recall.
  Event e3 = make_event(1, "RUSMIL", "UKR", "190", "ASSAULT");
  e3.fatalities = 3;
  e3.modality = "reported";
  e3.attribution.code = "USAGOV";
  e3.attribution.text = "x";
  // S2 with the wrong direction: not a match.
  Event e2 = make_event(2, "RUS", "PRK", "012", "REJECT");
  // An event in a sentence without gold: a false positive.
  Event e4 = make_event(3, "IRN", "SYR", "138", "THREATEN");
  d.events = {e1, e3, e2, e4};
  SeedScores s = score_seed(d, *gold, PlaceNames());
  EXPECT_EQ(s.events.gold, 2u);
  EXPECT_EQ(s.events.gold_found, 1u);
  EXPECT_EQ(s.events.system, 4u);
  EXPECT_EQ(s.events.system_correct, 2u);
  EXPECT_EQ(s.lines_found, 2u);
  EXPECT_EQ(s.unmatched, (std::vector<size_t>{2, 3}));
  EXPECT_DOUBLE_EQ(s.events.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.events.precision(), 0.5);
  // Optional fields.
  EXPECT_EQ(s.date.gold, 1u);
  EXPECT_EQ(s.date.ok, 1u);
  EXPECT_EQ(s.location.ok, 1u);
  EXPECT_EQ(s.fatalities.ok, 1u);
  EXPECT_EQ(s.attribution.ok, 1u);
  EXPECT_EQ(s.modality.gold, 1u);
  EXPECT_EQ(s.modality.ok, 0u);  // reported, gold alleged
  bool saw_modality = false;
  for (const auto& c : s.checks)
    if (c.field == "modality") {
      saw_modality = true;
      EXPECT_EQ(c.id, "S3");
      EXPECT_EQ(c.got, "reported");
      EXPECT_TRUE(c.matched);
      EXPECT_FALSE(c.ok);
    }
  EXPECT_TRUE(saw_modality);
}

TEST(SeedGold, QuoteOverlapAcrossSentenceBreak) {
  // The quote spans two of our sentences: an event in either overlaps it.
  Doc d = make_doc("Dit wordt door|Noord-Korea ontkend.");
  auto gold = parse_seed_gold(kSeedGold, "gold");
  ASSERT_TRUE(gold.ok());
  d.events = {make_event(1, "PRKGOV", "", "0161")};
  SeedScores s = score_seed(d, *gold, PlaceNames());
  EXPECT_EQ(s.events.gold_found, 1u);
  EXPECT_EQ(s.events.system_correct, 1u);
}

TEST(SeedGold, DateAgreement) {
  EXPECT_TRUE(date_agrees("2022-10", "2022-10"));
  EXPECT_TRUE(date_agrees("2022-10", "2022-10-15"));
  EXPECT_FALSE(date_agrees("2022-10", "2022"));
  EXPECT_FALSE(date_agrees("2022-10", "2022-12"));
  EXPECT_FALSE(date_agrees("", "2022-12"));
}

// ---------------------------------------------------------------------------------------------
// Places.

TEST(Places, FoldAndMatch) {
  EXPECT_EQ(fold_name("Genève"), "geneve");
  EXPECT_EQ(fold_name("Noord-Korea"), "noordkorea");
  EXPECT_EQ(fold_name("Łódź"), "lodz");
  PlaceNames names;
  names.add_country("Iraq", "IRQ");
  names.add_country("Irak", "IRQ");
  EventPlace basra;
  basra.name = "Basra";
  basra.country = "IRQ";
  basra.precision = "city";
  EXPECT_TRUE(names.matches("Iraq", basra, ""));  // country name, place in that country
  EXPECT_TRUE(names.matches("basra", basra, ""));
  EXPECT_FALSE(names.matches("Iran", basra, ""));
  EventPlace kathmandu;
  kathmandu.name = "Kathmandu";
  kathmandu.country = "NPL";
  kathmandu.precision = "city";
  EXPECT_TRUE(names.matches("Khatmandu", kathmandu, ""));  // within 2 edits
  EventPlace geneve;
  geneve.name = "Genève";
  geneve.country = "CHE";
  geneve.precision = "city";
  EXPECT_TRUE(names.matches("Geneva", geneve, ""));
  EventPlace unknown;
  EXPECT_FALSE(names.matches("Kyiv", unknown, ""));
  EXPECT_TRUE(names.matches("Kyiv", unknown, "Kyiv"));  // the evidence alone
  EventPlace iran;
  iran.name = "Iran";
  iran.country = "IRN";
  iran.precision = "country";
  EXPECT_FALSE(names.matches("Iraq", iran, ""));  // short names: exact only
}

// ---------------------------------------------------------------------------------------------
// PLOVER records.

const char* kRecords =
    R"({"id":"A","date":"2000-01-01","event":"DEMAND","text":"Iran asked Iraq.","source":[{"actorText":"Iran","code":"IRN"}],"target":[{"actorText":"Iraq","code":"IRQGOV"}],"eventLoc":{"name":"Iraq"},"dead":"2"}
{"id":"B","event":"AGREE","text":"Hungary and Romania agreed.","source":[{"actorText":"Hungary","code":"HUN"},{"actorText":"Romania","code":"ROU"}],"target":""}
{"id":"C","event":"FIGHT","text":"no target here","source":[{"actorText":"x","code":"X"}],"target":null,"dead":4}
{"id":"D","event":"AGREE","text_nl":"Alleen Nederlands."}
)";

TEST(PloverRecords, Reads) {
  auto r = parse_plover_records(kRecords, "en", "gold");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  ASSERT_EQ(r->size(), 3u);  // D has no English text
  EXPECT_EQ((*r)[0].location, "Iraq");
  EXPECT_EQ((*r)[0].dead, 2);
  EXPECT_EQ((*r)[0].targets.size(), 1u);
  EXPECT_EQ((*r)[1].sources.size(), 2u);
  EXPECT_TRUE((*r)[1].targets.empty());
  EXPECT_EQ((*r)[1].skipped, 1u);  // "target": ""
  EXPECT_EQ((*r)[2].skipped, 1u);  // code "X" too short
  EXPECT_EQ((*r)[2].dead, 4);
  EXPECT_EQ((*r)[2].line, 3u);
  auto nl = parse_plover_records(kRecords, "nl", "gold");
  ASSERT_TRUE(nl.ok());
  EXPECT_EQ(nl->size(), 1u);
  EXPECT_FALSE(parse_plover_records("{\"text\":1,\n", "en", "gold").ok());
}

TEST(PloverRecords, Halves) {
  EXPECT_EQ(*parse_half("even"), Half::even);
  EXPECT_FALSE(parse_half("middle").ok());
  size_t first = 0, second = 0, even = 0, odd = 0;
  for (size_t i = 0; i < 7; ++i) {
    first += in_half(i, 7, Half::first);
    second += in_half(i, 7, Half::second);
    even += in_half(i, 7, Half::even);
    odd += in_half(i, 7, Half::odd);
    EXPECT_NE(in_half(i, 7, Half::first), in_half(i, 7, Half::second));
    EXPECT_NE(in_half(i, 7, Half::even), in_half(i, 7, Half::odd));
    EXPECT_TRUE(in_half(i, 7, Half::all));
  }
  EXPECT_EQ(first, 4u);
  EXPECT_EQ(second, 3u);
  EXPECT_EQ(even, 4u);
  EXPECT_EQ(odd, 3u);
}

TEST(PloverScore, AllRightTypeSourceTarget) {
  auto recs = parse_plover_records(kRecords, "en", "gold");
  ASSERT_TRUE(recs.ok());
  PlaceNames names;
  names.add_country("Iraq", "IRQ");
  PloverScores s;
  // A: old name DEMAND = REQUEST; source IRNGOV ok; target IRQ ok; place in Iraq; dead 2.
  Doc a = make_doc("Iran asked Iraq.");
  Event ea = make_event(0, "IRNGOV", "IRQ", "020", "REQUEST");
  ea.place.name = "Baghdad";
  ea.place.country = "IRQ";
  ea.place.precision = "city";
  ea.fatalities = 2;
  a.events = {make_event(0, "IRN", "IRQ", "111", "ACCUSE"), ea};
  score_plover_record((*recs)[0], a, names, s);
  // B: no gold target: a target among the gold sources (compound actor) is right.
  Doc b = make_doc("Hungary and Romania agreed.");
  b.events = {make_event(0, "HUN", "ROUGOV", "030", "AGREE")};
  score_plover_record((*recs)[1], b, names, s);
  // C: FIGHT = ASSAULT, but the source is wrong; no gold target; dead missed.
  Doc c = make_doc("no target here");
  c.events = {make_event(0, "SYR", "", "190", "ASSAULT")};
  score_plover_record((*recs)[2], c, names, s);
  EXPECT_EQ(s.records, 3u);
  EXPECT_EQ(s.all_right, 2u);
  EXPECT_EQ(s.type_source, 2u);
  EXPECT_EQ(s.type.gold, 3u);
  EXPECT_EQ(s.type.gold_found, 3u);
  EXPECT_EQ(s.type.system, 4u);
  EXPECT_EQ(s.type.system_correct, 3u);
  EXPECT_EQ(s.location.gold, 1u);
  EXPECT_EQ(s.location.ok, 1u);
  EXPECT_EQ(s.dead.gold, 2u);
  EXPECT_EQ(s.dead.ok, 1u);
  EXPECT_EQ(s.by_type["REQUEST"].ok, 1u);
  EXPECT_EQ(s.by_type["ASSAULT"].ok, 0u);
  ASSERT_EQ(s.details.size(), 3u);
  EXPECT_EQ(s.details[2].type, "ASSAULT");
  EXPECT_TRUE(s.details[2].type_found);
  EXPECT_FALSE(s.details[2].type_source);
}

TEST(PloverScore, TargetRules) {
  auto recs = parse_plover_records(kRecords, "en", "gold");
  ASSERT_TRUE(recs.ok());
  PlaceNames names;
  PloverScores s;
  Doc a = make_doc("Iran asked Iraq.");
  a.events = {make_event(0, "IRN", "", "020", "REQUEST")};  // gold has a target: unstated is wrong
  score_plover_record((*recs)[0], a, names, s);
  Doc b = make_doc("Hungary and Romania agreed.");
  b.events = {make_event(0, "ROU", "", "030", "AGREE")};  // no gold target: unstated is right
  score_plover_record((*recs)[1], b, names, s);
  Doc b2 = make_doc("Hungary and Romania agreed.");
  b2.events = {make_event(0, "ROU", "USA", "030", "AGREE")};  // a target outside the sources
  score_plover_record((*recs)[1], b2, names, s);
  EXPECT_EQ(s.all_right, 1u);
  EXPECT_FALSE(s.details[0].all_right);
  EXPECT_TRUE(s.details[1].all_right);
  EXPECT_FALSE(s.details[2].all_right);
  EXPECT_TRUE(s.details[2].type_source);
}

// ---------------------------------------------------------------------------------------------
// EventDNA.

TEST(EventDna, Categories) {
  EXPECT_EQ(
      eventdna_categories()[static_cast<size_t>(eventdna_category_of("Conflict/Attack"))].name,
      "Conflict/Attack");
  EXPECT_EQ(eventdna_category_of("Transaction/TransferMoney"),
            eventdna_category_of("Transaction/Transaction"));
  EXPECT_GE(eventdna_category_of("Transaction/TransferOwnership"), 0);
  EXPECT_EQ(eventdna_category_of("Contact/Broadcast"), -1);
  EXPECT_EQ(eventdna_category_of("Unknown/Unknown"), -1);
  const auto& cats = eventdna_categories();
  auto cat = [&](const char* n) { return cats[static_cast<size_t>(eventdna_category_of(n))]; };
  EXPECT_TRUE(eventdna_agrees(cat("Conflict/Attack"), make_event(0, "", "", "193", "ASSAULT")));
  EXPECT_TRUE(eventdna_agrees(cat("Conflict/Attack"), make_event(0, "", "", "190", "")));
  EXPECT_FALSE(eventdna_agrees(cat("Conflict/Attack"), make_event(0, "", "", "192", "COERCE")));
  EXPECT_TRUE(eventdna_agrees(cat("Justice/ArrestJail"), make_event(0, "", "", "173", "COERCE")));
  EXPECT_FALSE(eventdna_agrees(cat("Justice/ArrestJail"), make_event(0, "", "", "172", "COERCE")));
  EXPECT_TRUE(
      eventdna_agrees(cat("Conflict/Demonstrate"), make_event(0, "", "", "141", "PROTEST")));
  EXPECT_TRUE(eventdna_agrees(cat("Contact/Meet"), make_event(0, "", "", "042", "CONSULT")));
  EXPECT_TRUE(
      eventdna_agrees(cat("Transaction/TransferMoney"), make_event(0, "", "", "071", "AID")));
  Event kill = make_event(0, "", "", "190", "ASSAULT");
  EXPECT_FALSE(eventdna_agrees(cat("Life/Die"), kill));
  kill.fatalities = 2;
  EXPECT_TRUE(eventdna_agrees(cat("Life/Die"), kill));
  EXPECT_TRUE(eventdna_agrees(cat("Life/Die"), make_event(0, "", "", "186", "ASSAULT")));
  EXPECT_TRUE(eventdna_agrees(cat("Conflict/Attack"), make_event(0, "", "", "190", "FIGHT")));
}

TEST(EventDna, CodepointOffsetsBecomeBytes) {
  // "Één" has 3 code points and 5 bytes; "ø" 2 bytes.
  auto m = codepoint_to_byte("Één ø");
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(m[0], 0u);
  EXPECT_EQ(m[1], 2u);
  EXPECT_EQ(m[3], 5u);
  EXPECT_EQ(m[4], 6u);
  EXPECT_EQ(m[5], 8u);
  const std::string line =
      R"({"doc_id":"d1","text":"Één man is doodgeschoten .","events":[{"id":"event_1","type":"Conflict/Attack","subtype":"x","trigger_span":{"char":[11,24],"text":"doodgeschoten"}},{"id":"event_2","type":"Life","subtype":"Die","trigger_span":{"char":[0,24]}}]})";
  auto docs = parse_eventdna(line + "\n", "edna");
  ASSERT_TRUE(docs.ok()) << docs.status().to_string();
  ASSERT_EQ(docs->size(), 1u);
  const auto& ev = (*docs)[0].events;
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].text, "doodgeschoten");
  EXPECT_EQ(ev[0].category, -1);  // type "Conflict/Attack" + subtype "x" is no mapped type
  EXPECT_EQ(ev[1].ere, "Life/Die");
  EXPECT_EQ(ev[1].start, 0u);
  EXPECT_EQ(ev[1].end, 26u);
  EXPECT_FALSE(
      parse_eventdna(
          R"({"doc_id":"d","text":"ab","events":[{"id":"e","type":"A","subtype":"B","trigger_span":{"char":[0,9]}}]})",
          "edna")
          .ok());
}

TEST(EventDna, TitleWithoutPunctuationIsALineOfItsOwn) {
  const std::string line =
      R"({"doc_id":"d2","text":"Één man gedood Een man is gisteren doodgeschoten .","events":[],"sentences":[{"char_span":[0,14]},{"char_span":[15,50]}]})";
  auto docs = parse_eventdna(line + "\n", "edna");
  ASSERT_TRUE(docs.ok()) << docs.status().to_string();
  EXPECT_EQ((*docs)[0].text, "Één man gedood\nEen man is gisteren doodgeschoten .");
  // A title that ends with punctuation is left as it is.
  const std::string dot =
      R"({"doc_id":"d3","text":"Man gedood. Een man is gisteren doodgeschoten .","events":[],"sentences":[{"char_span":[0,11]}]})";
  auto d3 = parse_eventdna(dot + "\n", "edna");
  ASSERT_TRUE(d3.ok());
  EXPECT_EQ((*d3)[0].text, "Man gedood. Een man is gisteren doodgeschoten .");
}

TEST(EventDna, TriggerOverlapAndSentenceLevel) {
  // Gold: an attack on "beschoten" (bytes 13..22), a demonstration in sentence 2, a meeting
  // that nobody finds.
  EventDnaDoc g;
  g.id = "d";
  g.text = "Het leger heeft beschoten.|Duizenden betogen.|Zij ontmoetten elkaar.";
  auto add = [&](const char* ere, const std::string& words) {
    EventDnaEvent e;
    e.ere = ere;
    e.category = eventdna_category_of(ere);
    e.start = static_cast<uint32_t>(g.text.find(words));
    e.end = e.start + static_cast<uint32_t>(words.size());
    e.text = words;
    g.events.push_back(e);
  };
  add("Conflict/Attack", "beschoten");
  add("Conflict/Demonstrate", "betogen");
  add("Contact/Meet", "ontmoetten");
  add("Contact/Broadcast", "Zij");  // unmapped: ignored
  Doc d = make_doc(g.text);
  g.text = d.text;
  // Attack trigger on "leger" (outside the gold trigger, same sentence): sentence-level only.
  Event attack = make_event(0, "", "", "190", "ASSAULT");
  attack.trigger_start = 4;
  attack.trigger_end = 9;
  // Protest with its trigger on "betogen": found.
  Event protest = make_event(1, "", "", "141", "PROTEST");
  protest.trigger_start = static_cast<uint32_t>(g.text.find("betogen"));
  protest.trigger_end = protest.trigger_start + 7;
  // An unmapped type (REQUEST) is not scored; an AID event in sentence 2 is a false positive.
  Event request = make_event(2, "", "", "020", "REQUEST");
  Event aid = make_event(2, "", "", "070", "AID");  // no trigger: its sentence is used
  d.events = {attack, protest, request, aid};
  EventDnaScores s;
  score_eventdna_doc(g, d, s);
  EXPECT_EQ(s.docs, 1u);
  EXPECT_EQ(s.trigger.gold, 3u);
  EXPECT_EQ(s.trigger.gold_found, 1u);
  EXPECT_EQ(s.trigger.system, 3u);
  EXPECT_EQ(s.trigger.system_correct, 1u);
  EXPECT_EQ(s.sentence.gold_found, 2u);
  EXPECT_EQ(s.sentence.system_correct, 2u);
  const auto& by = s.by_category;
  EXPECT_EQ(by[static_cast<size_t>(eventdna_category_of("Conflict/Demonstrate"))].system_correct,
            1u);
  EXPECT_EQ(by[static_cast<size_t>(eventdna_category_of("Conflict/Attack"))].gold_found, 0u);
  EXPECT_EQ(by[static_cast<size_t>(eventdna_category_of("Transaction/Transaction"))].system, 1u);
  size_t misses = 0, falses = 0;
  for (const auto& e : s.errors) (e.kind == "miss" ? misses : falses) += 1;
  EXPECT_EQ(misses, 2u);
  EXPECT_EQ(falses, 2u);
}

// ---------------------------------------------------------------------------------------------
// The real gold files parse (read only; skipped when ../shared is absent).

TEST(SharedGold, FilesParse) {
  const std::string dir = shared_dir();
  const std::string seed = dir + "/gold/seed/events.jsonl";
  const std::string en = dir + "/events/plover-gsr/dev.en.jsonl";
  const std::string nl = dir + "/events/plover-gsr/dev.nl.jsonl";
  const std::string edna = dir + "/events/eventdna-nl/dev.jsonl";
  if (!std::filesystem::exists(seed) || !std::filesystem::exists(en) ||
      !std::filesystem::exists(nl) || !std::filesystem::exists(edna))
    GTEST_SKIP() << "gold event files not found under " << dir << " (../shared is absent)";
  auto s = read_seed_gold(seed);
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  EXPECT_GT(s->size(), 10u);
  auto e = read_plover_records(en, "en");
  ASSERT_TRUE(e.ok()) << e.status().to_string();
  auto n = read_plover_records(nl, "nl");
  ASSERT_TRUE(n.ok()) << n.status().to_string();
  EXPECT_EQ(e->size(), n->size());
  auto d = read_eventdna(edna);
  ASSERT_TRUE(d.ok()) << d.status().to_string();
  EXPECT_GT(d->size(), 1000u);
  for (const auto& doc : *d)
    for (const auto& ev : doc.events) ASSERT_LE(ev.end, doc.text.size());
}

}  // namespace
}  // namespace dyad
