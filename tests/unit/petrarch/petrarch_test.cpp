// Tests of the PETRARCH dictionary readers, the importer (src/lexicon/petrarch*) and the
// validation-record reader (src/eval/petrarch_eval).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "eval/petrarch_eval.h"
#include "io/conllu.h"
#include "lexicon/actors.h"
#include "lexicon/check.h"
#include "lexicon/petrarch.h"
#include "lexicon/petrarch_import.h"
#include "lexicon/predicates.h"
#include "lexicon/tsv.h"
#include "pipeline/engine.h"
#include "util/paths.h"

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

TEST(PetrarchPico, NegationIsTheCodeMinusFFFF) {
  const std::string pico =
      "# PICO\n010:0x1000#Make Public Statement\n011:0x1000-0xFFFF\n050:0x0080#Coop\n"
      "057:0x0087\n110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n120:-0xFFFF#Reject\n"
      "170:0x10086#0x0087+0xFFFF#0x9000#Coerce\n---:0\n";
  auto neg = pico_negations(pico);
  EXPECT_EQ(neg["110"], "050");  // "will not clash"
  EXPECT_EQ(neg["170"], "057");
  EXPECT_EQ(neg["010"], "011");
  EXPECT_EQ(neg.count("050"), 0u);  // no code is 0x0080 - 0xFFFF
  EXPECT_EQ(neg.count("120"), 0u);
  EXPECT_TRUE(is_pico_file("PETR.Internal.Coding.Ontology.txt"));
  EXPECT_FALSE(is_pico_file("PETR_Validate_verbs_2_02.txt"));
}

TEST(PetrarchImport, PatternRowsAndNegations) {
  TempDir t;
  fs::create_directories(t.path / "in");
  std::ofstream(t.path / "in" / "x.verbs.txt")
      << "--- WARN [130] ---\nWARN\n- $ (FOR) *  [164]\n- * THEIR ^ ABOUT + [131]\n\n"
         "--- SIGN [057] ---\nSIGN\n- * PACT [053]\n- * {NEW PROTOCOL} [084]\n\n"
         "--- CLASH [190] ---\nCLASH\n- * (OVER EFFORTS) [110]\n";
  std::ofstream(t.path / "in" / "x.agents.txt") << "MSF {}  [NGO~]\nPOLICE {} [~COP]\n";
  std::ofstream(t.path / "in" / "PETR.Internal.Coding.Ontology.txt")
      << "050:0x0080\n110:0x1007f#0xFFFF+0x0080\n010:0x1000\n011:0x1000-0xFFFF\n";
  auto rep = import_petrarch({(t.path / "in").string()}, (t.path / "out").string(), {});
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  auto events = load_event_lexicon((t.path / "out" / "en").string());
  ASSERT_TRUE(events.ok()) << events.status().message();
  std::vector<const PredicateEntry*> warn, sign;
  for (const auto& p : events->predicates) {
    if (p.lemma == "warn") warn.push_back(&p);
    if (p.lemma == "sign") sign.push_back(&p);
  }
  ASSERT_EQ(warn.size(), 3u);
  // (FOR) before the verb: a for-PP of the verb is required (it no longer matches always).
  ASSERT_EQ(warn[0]->cameo, "164");
  ASSERT_EQ(warn[0]->constraints.size(), 1u);
  EXPECT_EQ(warn[0]->constraints[0].roles[0].prep, "for");
  // ABOUT + : a PP about, whose object is the target; THEIR is not checked.
  ASSERT_EQ(warn[1]->cameo, "131");
  ASSERT_EQ(warn[1]->constraints.size(), 1u);
  EXPECT_EQ(warn[1]->constraints[0].roles[0].prep, "about");
  EXPECT_EQ(warn[1]->target[0].to_string(), "pp:about");
  // {NEW PROTOCOL}: the words in sequence, so it comes before the one-word PACT.
  ASSERT_EQ(sign.size(), 3u);
  EXPECT_EQ(sign[0]->cameo, "084");
  ASSERT_EQ(sign[0]->constraints.size(), 1u);
  ASSERT_EQ(sign[0]->constraints[0].lemmas.size(), 1u);
  EXPECT_EQ(sign[0]->constraints[0].lemmas[0], "new+protocol");
  EXPECT_EQ(sign[1]->cameo, "053");
  EXPECT_EQ(sign[2]->cameo, "057");
  // (OVER EFFORTS): the preposition and its word in sequence, in an over-PP.
  for (const auto& p : events->predicates)
    if (p.lemma == "clash" && p.cameo == "110") {
      ASSERT_EQ(p.constraints.size(), 1u);
      EXPECT_EQ(p.constraints[0].roles[0].prep, "over");
      EXPECT_EQ(p.constraints[0].lemmas[0], "over+efforts/effort");
    }
  // The PICO file beside the dictionaries gives the negation of the codes the verbs use.
  auto text = read_file_text((t.path / "out" / "en" / "petrarch.tsv").string());
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find("negate\t0\t110 050\t"), std::string::npos);
  EXPECT_EQ(text->find("negate\t0\t010 011"), std::string::npos);  // 010 is not used
  // [NGO~] goes before the actor's code; `{}` agents match as written only (no lemma).
  EXPECT_NE(text->find("prefix-agent\t0\tNGO msf"), std::string::npos);
  auto agents = read_file_text((t.path / "out" / "en" / "agents.tsv").string());
  ASSERT_TRUE(agents.ok());
  EXPECT_NE(agents->find("\npolice\t\tCOP\t"), std::string::npos);
}

namespace {
// A coded Doc by hand: one sentence of `words`, mentions and events as given.
Doc hand_doc(const std::vector<std::string>& words) {
  Doc d;
  uint32_t at = 0;
  for (const auto& w : words) {
    TokenData t;
    t.form = t.lemma = w;
    t.start = at;
    t.end = at + static_cast<uint32_t>(w.size());
    at = t.end + 1;
    d.text += w + " ";
    d.tokens.push_back(t);
  }
  SentenceData s;
  s.first = 0;
  s.last = static_cast<uint32_t>(words.size());
  s.end = at;
  d.sentences.push_back(s);
  return d;
}
Mention hand_mention(uint32_t first, uint32_t last, const std::string& code,
                     const std::string& country, const std::string& role, const std::string& kind,
                     const std::string& via = "") {
  Mention m;
  m.first = first;
  m.last = last;
  m.head = last - 1;
  m.code = code;
  m.country = country;
  m.role = role;
  m.kind = kind;
  m.via = via;
  return m;
}
EventActor hand_actor(const Doc& d, int32_t mention, const std::string& code) {
  EventActor a;
  a.mention = mention;
  a.code = code;
  a.token = mention >= 0 ? static_cast<int32_t>(d.mentions[mention].head) : 0;
  return a;
}
}  // namespace

TEST(PetrarchExtras, NegationAgentJoinsAndBareAgents) {
  TempDir t;
  t.write("petrarch.tsv", "kind\tline\tvalue\tnotes\nnegate\t0\t110 050\tpico\n");
  auto x = PetrarchExtras::load(t.path.string());
  ASSERT_TRUE(x.ok()) << x.status().message();
  //              0      1        2         3           4      5      6      7       8
  Doc d = hand_doc({"Bree", "Prime", "Minister", "Romendacil", "will", "not", "clash", "official",
                    "said", "Arnor", "President", "Umbardacil"});
  d.mentions = {hand_mention(0, 1, "BRE", "BRE", "", "country"),
                hand_mention(1, 3, "GOV", "", "GOV", "agent", "agent without country"),
                hand_mention(3, 4, "BRE", "BRE", "", "country"),
                hand_mention(7, 8, "GOV", "", "GOV", "agent", "agent without country"),
                hand_mention(9, 10, "ARN", "ARN", "", "country"),
                // a country guessed from the sentence: the phrase's actor wins
                hand_mention(10, 11, "GONGOV", "GON", "GOV", "agent", "context:in GON")};
  Event clash;
  clash.cameo = "110";
  clash.negated = true;
  clash.source = hand_actor(d, 2, "BRE");
  clash.target = hand_actor(d, -1, "ERI");
  Event said;
  said.cameo = "010";
  said.source = hand_actor(d, 3, "GOV");
  said.target = hand_actor(d, -1, "ARN");
  Event pres;
  pres.cameo = "042";
  pres.source = hand_actor(d, 5, "GONGOV");
  pres.target = hand_actor(d, -1, "GON");
  d.events = {clash, said, pres};
  (*x)->apply(d);
  ASSERT_EQ(d.events.size(), 3u);
  EXPECT_EQ(d.events[0].cameo, "050");  // "will not clash": 110 negated
  EXPECT_EQ(d.events[0].source.code, "BREGOV");
  EXPECT_TRUE(d.events[1].source.code.empty());  // "a senior official said": no actor
  EXPECT_EQ(d.events[2].source.code, "ARNGOV");
}

TEST(PetrarchExtras, PrefixAgentsAndCoordination) {
  TempDir t;
  t.write("petrarch.tsv", "kind\tline\tvalue\tnotes\nprefix-agent\t0\tNGO msf\t\n");
  auto x = PetrarchExtras::load(t.path.string());
  ASSERT_TRUE(x.ok()) << x.status().message();
  //                 0      1        2     3            4     5       6      7
  Doc d = hand_doc({"MSF", "Arnor", "x", "Lawmakers", "in", "Arnor", "and", "Gondor",
                    //  8      9         10       11     12            13
                    "x", "Danish", "media", "and", "government", "x"});
  // "Lawmakers in Arnor and Gondor": Gondor (7) is a conjunct of Arnor (5)
  d.tokens[5].head = 4;
  d.tokens[5].deprel = "nmod";
  d.tokens[7].head = 6;
  d.tokens[7].deprel = "conj";
  // "Danish media and government": government (12) is a conjunct of media (10)
  d.tokens[10].head = 14;
  d.tokens[12].head = 11;
  d.tokens[12].deprel = "conj";
  d.mentions = {hand_mention(0, 1, "NGOHLHMSF", "", "NGO", "organization"),
                hand_mention(1, 2, "ARN", "ARN", "", "country"),
                hand_mention(3, 4, "ARNLEG", "ARN", "LEG", "agent", "agent+nmod Arnor"),
                hand_mention(5, 6, "ARN", "ARN", "", "country"),
                hand_mention(7, 8, "GON", "GON", "", "country"),
                hand_mention(9, 10, "DNK", "DNK", "", "country"),
                hand_mention(10, 11, "MED", "", "MED", "agent", "agent without country"),
                hand_mention(12, 13, "DNKGOV", "DNK", "GOV", "agent", "context:sentence DNK")};
  Event msf;
  msf.cameo = "050";
  msf.source = hand_actor(d, 1, "ARN");
  msf.target = hand_actor(d, -1, "GON");
  Event law;
  law.cameo = "050";
  law.source = hand_actor(d, 2, "ARNLEG");
  law.target = hand_actor(d, -1, "ERI");
  Event gov;
  gov.cameo = "130";
  gov.source = hand_actor(d, 7, "GOV");
  gov.target = hand_actor(d, -1, "DOL");
  d.events = {msf, law, gov};
  for (Mention& m : d.mentions) m.text = d.tokens[m.first].form;
  (*x)->apply(d);
  std::set<std::string> got;
  for (const Event& e : d.events) got.insert(e.source.code);
  EXPECT_TRUE(got.count("NGOARN"));  // MSF Arnor
  EXPECT_TRUE(got.count("ARNLEG"));
  EXPECT_TRUE(got.count("GONLEG"));  // the lawmakers of the coordinated country
  EXPECT_TRUE(got.count("DNKGOV"));  // Danish (media and) government
  EXPECT_FALSE(got.count("GOV"));
}

TEST(PetrarchCoder, FormsTargetsInWordOrder) {
  if (!fs::exists(model_path("en", "parser")))
    GTEST_SKIP() << "models not found under " << home_dir() << "/models";
  TempDir t;
  fs::create_directories(t.path / "in");
  std::ofstream(t.path / "in" / "x.actors.txt")
      << "ARNOR [ARN]\nGONDOR [GON]\nAUSTRALIA [AUS]\nLIBYA [LBY]\n";
  std::ofstream(t.path / "in" / "x.verbs.txt")
      << "--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [042:043] ---\nLEFT\n\n"
         "--- CONTRIBUTE [070] ---\nCONTRIBUTE\n\n--- ACT [100] ---\nACT\n"
         "- * (ON RESOLUTION) [057]\n\n--- CRITICIZE [111] ---\nCRITICIZE\n";
  auto rep = import_petrarch({(t.path / "in").string()}, (t.path / "out").string(), {});
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  EngineOptions eo;
  eo.pipeline.langs = {"en"};
  eo.pipeline.lang = "en";
  eo.dicts_dir = (t.path / "out").string();
  eo.enrich = false;
  auto engine = Engine::load(eo);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  auto code = [&](const std::string& conllu) {
    auto cr = read_conllu(conllu, std::string("test"));
    EXPECT_FALSE(cr.docs.empty());
    Doc d = cr.docs.empty() ? Doc{} : cr.docs[0];
    d.lang = "en";
    d.date = "2020-01-01";
    EXPECT_TRUE((*engine)->process(d).ok());
    std::vector<std::string> r;
    for (const Event& e : d.events)
      r.push_back(e.cameo + ":" + e.source.code + ">" + e.target.code);
    return r;
  };
  // LEFT is a verb of its own beside LEAVE: the word as written comes first.
  auto left = code(
      "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_"
      "\n"
      "3\tfor\tfor\tADP\tIN\t_\t4\tcase\t_\t_\n4\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n");
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0], "042:ARN>GON");
  // The target is the first actor after the verb: not the uncoded object.
  auto contrib = code(
      "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcontributed\tcontribute\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tmoney\tmoney\tNOUN\tNN\t_\t2\tobj\t_\t_\n4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tAustralia\tAustralia\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n");
  ASSERT_EQ(contrib.size(), 1u);
  EXPECT_EQ(contrib[0], "070:ARN>AUS");
  // ... also inside that phrase ("acted on a resolution with Libya").
  auto act = code(
      "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tacted\tact\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n4\tresolution\tresolution\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n6\tLibya\tLibya\tPROPN\tNNP\t_\t4\tnmod\t_\t_"
      "\n\n");
  ASSERT_EQ(act.size(), 1u);
  EXPECT_EQ(act[0], "057:ARN>LBY");
  // A passive without its agent: the first actor after the verb is the source.
  auto passive = code(
      "1\tGondor\tGondor\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
      "3\tcriticized\tcriticize\tVERB\tVBN\tVerbForm=Part|Voice=Pass\t0\troot\t_\t_\n"
      "4\tover\tover\tADP\tIN\t_\t5\tcase\t_\t_\n5\tdispute\tdispute\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
      "6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n7\tLibya\tLibya\tPROPN\tNNP\t_\t5\tnmod\t_\t_"
      "\n\n");
  ASSERT_EQ(passive.size(), 1u);
  EXPECT_EQ(passive[0], "111:LBY>GON");
}

TEST(PetrarchCoder, WordSequences) {
  if (!fs::exists(model_path("en", "parser")))
    GTEST_SKIP() << "models not found under " << home_dir() << "/models";
  TempDir t;
  fs::create_directories(t.path / "in");
  std::ofstream(t.path / "in" / "x.actors.txt") << "ARNOR [ARN]\nGONDOR [GON]\n";
  std::ofstream(t.path / "in" / "x.verbs.txt")
      << "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [1121] ---\nABANDON\n"
         "- * {NEW &TIETYPES RELATIONS} [1951]\n";
  auto rep = import_petrarch({(t.path / "in").string()}, (t.path / "out").string(), {});
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  EngineOptions eo;
  eo.pipeline.langs = {"en"};
  eo.pipeline.lang = "en";
  eo.dicts_dir = (t.path / "out").string();
  eo.enrich = false;
  auto engine = Engine::load(eo);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  // "Arnor abandoned <words> relations with Gondor"
  auto code = [&](const std::vector<std::string>& mods) {
    std::string c =
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\tabandoned\tabandon\tVERB\tVBD\t_\t0\troot\t_\t_\n";
    size_t n = 3, rel = 3 + mods.size();
    for (const auto& m : mods)
      c += std::to_string(n++) + "\t" + m + "\t" + m + "\tADJ\tJJ\t_\t" + std::to_string(rel) +
           "\tamod\t_\t_\n";
    c += std::to_string(n++) + "\trelations\trelation\tNOUN\tNNS\t_\t2\tobj\t_\t_\n";
    c +=
        std::to_string(n) + "\twith\twith\tADP\tIN\t_\t" + std::to_string(n + 1) + "\tcase\t_\t_\n";
    c += std::to_string(n + 1) + "\tGondor\tGondor\tPROPN\tNNP\t_\t" + std::to_string(rel) +
         "\tnmod\t_\t_\n\n";
    auto cr = read_conllu(c, std::string("test"));
    Doc d = cr.docs.empty() ? Doc{} : cr.docs[0];
    d.lang = "en";
    d.date = "2020-01-01";
    EXPECT_TRUE((*engine)->process(d).ok());
    return d.events.empty() ? std::string("none") : d.events[0].cameo;
  };
  EXPECT_EQ(code({"new", "economic"}), "1951");
  EXPECT_EQ(code({"new", "global", "economic"}), "1951");  // a word between the first ones
  EXPECT_EQ(code({"new", "economic", "trade"}), "1121");   // not right before the last
  EXPECT_EQ(code({"economic"}), "1121");                   // NEW missing
}
