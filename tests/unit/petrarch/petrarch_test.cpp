// Tests of the PETRARCH dictionary readers, the importer (src/lexicon/petrarch*) and the
// validation-record reader (src/eval/petrarch_eval).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "eval/petrarch_eval.h"
#include "lexicon/actors.h"
#include "lexicon/check.h"
#include "lexicon/petrarch.h"
#include "lexicon/petrarch_import.h"
#include "lexicon/predicates.h"

namespace fs = std::filesystem;
using namespace dyad;
using namespace dyad::lexicon;
using namespace dyad::lexicon::petrarch;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path =
        fs::temp_directory_path() /
        ("dyad-petrarch-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
};

const char* kActors =
    "<!-- a comment\n spanning lines -->\n"
    "ARNOR_  [ARN]\n"
    "GONDOR [GON]\n"
    "+MINAS_TIRITH\n"
    "GOLLUM  # pas\n"
    "+SMEAGOL\n"
    "\t[HOB < 950601]\n"
    "\t[HOBGOV 19950601 - 19990815]\n"
    "\t[HOBREB > 990816]\n"
    "PALESTINIAN [pse]\n"
    "WHITE_HOUSE [USAGOV]\n";

const char* kAgents =
    "!PERSON! = MAN, MEN\n"
    "GOVERNMENT  [~GOV]\n"
    "CONGRESS!PERSON! [~LEG]\n"
    "MSF {}  [NGO~]\n";

const char* kVerbs =
    "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n"
    "--- LEFT  [042:043]  ---\nLEFT\n"
    "--- RESTORE [050] ---\nRESTORE\n- * {&TIETYPES TIES} [080]\n- + * (FROM $) [030]\n"
    "- * BUDGET [---]\n";

}  // namespace

TEST(PetrarchDates, YyAndYyyy) {
  EXPECT_EQ(parse_date("080508"), "2008-05-08");
  EXPECT_EQ(parse_date("950601"), "1995-06-01");
  EXPECT_EQ(parse_date("19950601"), "1995-06-01");
  EXPECT_EQ(parse_date("2004017"), "");
  EXPECT_EQ(parse_date("991399"), "");
}

TEST(PetrarchReaders, Actors) {
  TempDir t;
  Dictionaries d;
  std::vector<Problem> problems;
  ASSERT_TRUE(read_actors(t.write("a.actors.txt", kActors), d, problems).ok());
  ASSERT_EQ(d.actors.size(), 4u);  // PALESTINIAN has no valid code
  EXPECT_TRUE(d.actors[0].names[0].exact);
  EXPECT_EQ(d.actors[1].names[1].text(), "MINAS TIRITH");
  const Actor& g = d.actors[2];
  ASSERT_EQ(g.codes.size(), 3u);
  EXPECT_EQ(g.codes[0].to, "1995-06-01");
  EXPECT_EQ(g.codes[1].from, "1995-06-01");
  EXPECT_EQ(g.codes[1].to, "1999-08-15");
  EXPECT_EQ(g.codes[2].from, "1999-08-16");
  // The bad code is reported at its line, twice (code, then the actor without one).
  int at_line = 0;
  for (const auto& p : problems)
    if (p.line == 11) ++at_line;
  EXPECT_EQ(at_line, 2);
}

TEST(PetrarchReaders, AgentsAndVerbs) {
  TempDir t;
  Dictionaries d;
  std::vector<Problem> problems;
  ASSERT_TRUE(read_agents(t.write("a.agents.txt", kAgents), d, problems).ok());
  ASSERT_EQ(d.agents.size(), 4u);  // CONGRESS!PERSON! expands to two
  EXPECT_EQ(d.agents[1].name.text(), "CONGRESSMAN");
  EXPECT_EQ(d.agents[2].name.text(), "CONGRESSMEN");
  EXPECT_TRUE(d.agents[3].prefix);
  EXPECT_TRUE(d.agents[3].no_plural);
  ASSERT_TRUE(read_verbs(t.write("a.verbs.txt", kVerbs), d, problems).ok());
  ASSERT_EQ(d.synsets.size(), 1u);
  ASSERT_EQ(d.verbs.size(), 2u);
  EXPECT_EQ(d.verbs[0].code, "042");
  EXPECT_EQ(d.verbs[0].code2, "043");
  ASSERT_EQ(d.verbs[1].patterns.size(), 3u);
  const Pattern& p = d.verbs[1].patterns[1];
  ASSERT_EQ(p.pre.size(), 1u);
  EXPECT_EQ(p.pre[0].kind, PatternItem::Kind::target);
  ASSERT_EQ(p.post.size(), 1u);
  EXPECT_EQ(p.post[0].kind, PatternItem::Kind::prep);
  EXPECT_EQ(p.post[0].inside[1].kind, PatternItem::Kind::source);
  EXPECT_TRUE(problems.empty());
}

TEST(PetrarchImport, WritesLoadableFolder) {
  TempDir t;
  fs::create_directories(t.path / "in");
  std::ofstream(t.path / "in" / "x.actors.txt") << kActors;
  std::ofstream(t.path / "in" / "x.agents.txt") << kAgents;
  std::ofstream(t.path / "in" / "x.verbs.txt") << kVerbs;
  std::ofstream(t.path / "in" / "x.discards.txt") << "+SOCCER\nYEARS LATER\n";
  auto rep = import_petrarch({(t.path / "in").string()}, (t.path / "out").string(), {});
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  // Problems carry file and line: the lowercase code, and the [---] pattern.
  bool bad_code = false, blocked = false;
  for (const auto& p : rep->problems) {
    bad_code = bad_code || (p.line == 11 && p.file.ends_with("x.actors.txt"));
    blocked = blocked || (p.line == 11 && p.file.ends_with("x.verbs.txt"));
  }
  EXPECT_TRUE(bad_code);
  EXPECT_TRUE(blocked);
  const std::string en = (t.path / "out" / "en").string();
  auto actors = load_actor_lexicon(en);
  ASSERT_TRUE(actors.ok()) << actors.status().message();
  EXPECT_EQ(actors->persons.size(), 3u);
  bool arnor = false, metonym = false;
  for (const auto& c : actors->countries) {
    arnor = arnor || (c.text == "Arnor" && c.code == "ARN");
    metonym = metonym || (c.text == "White House" && c.kind == "metonym");
  }
  EXPECT_TRUE(arnor);
  EXPECT_TRUE(metonym);
  auto events = load_event_lexicon(en);
  ASSERT_TRUE(events.ok()) << events.status().message();
  // RESTORE: two patterns then the default; LEFT: the default.
  ASSERT_EQ(events->predicates.size(), 4u);
  EXPECT_EQ(events->predicates[0].lemma, "left");
  EXPECT_EQ(events->predicates[1].cameo, "080");
  EXPECT_EQ(events->predicates[2].target[0].to_string(), "subj");
  EXPECT_EQ(events->predicates[3].cameo, "050");
  // The imported folder passes `dyad lang check` with its own codes.
  CheckOptions co;
  co.dutch_words = "";
  CheckReport cr = check_lang_dirs({en}, co);
  for (const auto& p : cr.problems) EXPECT_FALSE(p.is_error()) << p.to_string();
  auto extras = PetrarchExtras::load(en);
  ASSERT_TRUE(extras.ok());
  EXPECT_FALSE((*extras)->empty());
}

TEST(PetrarchSuite, ReadsRecords) {
  TempDir t;
  std::string xml =
      "<Validation><Environment><Verbfile>v.txt</Verbfile><Include>DEMO VERB</Include>"
      "</Environment><Sentences>\n"
      "<Sentence category=\"DEMO\" date=\"19950101\" id=\"D-1\" evaluate=\"true\">\n"
      "<!-- <EventCoding eventcode=\"999\" /> -->\n"
      "<EventCoding eventcode=\"050\" sourcecode=\"ARN\" targetcode=\"GON\" />\n"
      "<Text>\nArnor  restores ties\n with Gondor &amp; Rohan.\n</Text>\n"
      "<Parse>\n1\tArnor\tArnor\tPROPN\tNNP\t_\t0\troot\t_\t_\n</Parse></Sentence>\n"
      "<Sentence category=\"ERROR\" date=\"19950101\" id=\"E-1\" evaluate=\"false\">\n"
      "<EventCoding noevents=\"True\" /><Text>x</Text></Sentence>\n"
      "</Sentences></Validation>\n";
  auto s = read_petrarch_suite(t.write("s.xml", xml));
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->records.size(), 2u);
  const auto& r = s->records[0];
  EXPECT_EQ(r.date, "1995-01-01");
  EXPECT_EQ(r.text, "Arnor restores ties with Gondor & Rohan.");
  ASSERT_EQ(r.expected.size(), 1u);
  EXPECT_EQ(r.expected[0].source, "ARN");
  EXPECT_FALSE(r.parse.empty());
  EXPECT_TRUE(petrarch_scored(*s, r, false));
  EXPECT_FALSE(petrarch_scored(*s, s->records[1], true));  // evaluate="false"
  EXPECT_TRUE(s->records[1].noevents);
  PetrarchScores sc;
  sc.add(r.expected, {{"050", "ARN", "GON"}, {"010", "ARN", "GON"}});
  EXPECT_EQ(sc.correct, 1u);
  EXPECT_EQ(sc.produced, 2u);
  EXPECT_EQ(sc.exact, 0u);
}

TEST(PetrarchShared, ValidationDictionariesImport) {
  const fs::path dir = fs::path(DYAD_SHARED_DIR) / "events" / "petrarch" / "validation_dicts";
  if (!fs::exists(dir)) GTEST_SKIP() << "../shared/events/petrarch not present";
  TempDir t;
  ImportOptions o;
  for (const char* f : {"PETR_Validate_actors_2_02.txt", "PETR_Validate_agents_2_02.txt",
                        "PETR_Validate_verbs_2_02.txt", "PETR_Validate_discards_2_02.txt"})
    o.files.push_back((dir / f).string());
  auto rep = import_petrarch({}, t.path.string(), o);
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  EXPECT_GT(rep->rows_predicates, 1000u);
  EXPECT_TRUE(load_actor_lexicon((t.path / "en").string()).ok());
}
