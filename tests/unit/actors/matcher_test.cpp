// The actor matcher on hand-built Docs (trees set by hand), in Dutch and English: one test per
// construction of the phrase builder, plus the lexical rules (case, hyphens, multi-word forms).
#include <gtest/gtest.h>

#include <chrono>

#include "actors/matcher.h"
#include "actors/text_match.h"
#include "test_doc.h"
#include "util/paths.h"

namespace dyad {
namespace {

using test::find_overlap;
using test::find_text;
using test::make_doc;
using test::S;
using test::T;

const ActorMatcher& nl() {
  static auto m = ActorMatcher::load(lang_dir("nl"));
  EXPECT_TRUE(m.ok()) << m.status().message();
  return **m;
}
const ActorMatcher& en() {
  static auto m = ActorMatcher::load(lang_dir("en"));
  EXPECT_TRUE(m.ok()) << m.status().message();
  return **m;
}

#define EXPECT_CODE(ms, text, want)                                  \
  do {                                                               \
    const Mention* m_ = find_text(ms, text);                         \
    ASSERT_NE(m_, nullptr) << "no mention '" << text << "'";         \
    EXPECT_EQ(m_->code, want) << "'" << text << "' via " << m_->via; \
  } while (0)

TEST(TextMatch, FirstWordKey) {
  char buf[64];
  EXPECT_EQ(match::first_word_key("VS", buf, sizeof buf), "vs");
  EXPECT_EQ(match::first_word_key("vs.", buf, sizeof buf), "vs");
  EXPECT_EQ(match::first_word_key("al-Qaeda", buf, sizeof buf), "al");
  EXPECT_EQ(match::first_word_key("Saoedi’s", buf, sizeof buf), "saoedi");
  EXPECT_EQ(match::first_word_key("Åland", buf, sizeof buf), "åland");
  EXPECT_EQ(match::first_word_key("’s-Hertogenbosch", buf, sizeof buf), "’");
}

TEST(TextMatch, CaseAndSpaces) {
  EXPECT_EQ(match::match_text("de VS zeggen", 3, "VS", false), 5u);
  EXPECT_EQ(match::match_text("Ajax vs. PSV", 5, "VS", false), 0u);
  EXPECT_EQ(match::match_text("Regering", 0, "regering", true), 8u);
  EXPECT_EQ(match::match_text("Iran", 0, "iran", false), 0u);
  EXPECT_EQ(match::match_text("Witte\n Huis.", 0, "Witte Huis", false), 11u);
}

TEST(ActorsNl, AdjectiveAgent) {
  Doc d = make_doc({{{{"Iraanse", "ADJ", 2, "amod"},
                      {"instructeurs", "NOUN", 3, "nsubj"},
                      {"trainen", "VERB", 0, "root"},
                      {"Russische", "ADJ", 5, "amod"},
                      {"troepen", "NOUN", 3, "obj", false},
                      {".", "PUNCT", 3, "punct"}}},
                    {{{"De", "DET", 3, "det"},
                      {"Britse", "ADJ", 3, "amod"},
                      {"regering", "NOUN", 4, "nsubj"},
                      {"waarschuwt", "VERB", 0, "root", false},
                      {".", "PUNCT", 4, "punct"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Iraanse instructeurs", "IRNMIL");
  EXPECT_CODE(ms, "Russische troepen", "RUSMIL");
  EXPECT_CODE(ms, "Britse regering", "GBRGOV");
  const Mention* m = find_text(ms, "Britse regering");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->country, "GBR");
  EXPECT_EQ(m->role, "GOV");
  EXPECT_EQ(m->kind, "agent");
  EXPECT_EQ(d.slice(m->start, m->end), "Britse regering");
  EXPECT_EQ(d.tokens[m->head].form, "regering");
  EXPECT_EQ(find_text(ms, "Iraanse"), nullptr);  // the adjective is part of the phrase
}

TEST(ActorsNl, AdjectiveAgentWithoutTree) {
  Doc d = make_doc({{{{"Iraanse", "ADJ", 2, "amod"},
                      {"piloten", "NOUN", 3, "nsubj"},
                      {"oefenen", "VERB", 0, "root"}}}},
                   "nl", "2022-12", /*tree=*/false);
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Iraanse piloten", "IRNMIL");
}

TEST(ActorsNl, AgentVanCountry) {
  Doc d = make_doc({{{{"De", "DET", 2, "det"},
                      {"regering", "NOUN", 5, "nsubj"},
                      {"van", "ADP", 4, "case"},
                      {"Iran", "PROPN", 2, "nmod"},
                      {"ontkent", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "regering", "IRNGOV");
  EXPECT_CODE(ms, "Iran", "IRN");
}

TEST(ActorsNl, ApposAndDatedPerson) {
  // John Kirby , woordvoerder nationale veiligheid van het Witte Huis , zei
  Doc d = make_doc({{{{"John", "PROPN", 9, "nsubj"},
                      {"Kirby", "PROPN", 1, "flat", false},
                      {",", "PUNCT", 4, "punct"},
                      {"woordvoerder", "NOUN", 1, "appos"},
                      {"van", "ADP", 8, "case"},
                      {"het", "DET", 8, "det"},
                      {"Witte", "ADJ", 8, "amod"},
                      {"Huis", "NOUN", 4, "nmod", false},
                      {",", "PUNCT", 4, "punct"},
                      {"zei", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "John Kirby", "USAGOV");
  EXPECT_CODE(ms, "woordvoerder", "USAGOV");
  EXPECT_CODE(ms, "Witte Huis", "USAGOV");
  EXPECT_EQ(find_text(ms, "Witte Huis")->kind, "metonym");
  // Undated: the most recent role, with a lower confidence.
  d.date.clear();
  ms = nl().find(d);
  const Mention* k = find_text(ms, "John Kirby");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->code, "USAGOV");
  EXPECT_LT(k->confidence, 0.9f);
  EXPECT_NE(k->via.find("latest-role"), std::string::npos);
  // 2021-06: Pentagon spokesman (USAMIL).
  d.date = "2021-06";
  ms = nl().find(d);
  EXPECT_CODE(ms, "John Kirby", "USAMIL");
}

TEST(ActorsNl, UnknownNameInApposition) {
  Doc d = make_doc({{{{"Jan", "PROPN", 9, "nsubj"},
                      {"Verhoeven", "PROPN", 1, "flat", false},
                      {",", "PUNCT", 4, "punct"},
                      {"woordvoerder", "NOUN", 1, "appos"},
                      {"van", "ADP", 8, "case"},
                      {"het", "DET", 8, "det"},
                      {"Witte", "ADJ", 8, "amod"},
                      {"Huis", "NOUN", 4, "nmod", false},
                      {",", "PUNCT", 4, "punct"},
                      {"zei", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Jan Verhoeven", "USAGOV");
}

TEST(ActorsNl, AgentWithPerson) {
  Doc d = make_doc({{{{"De", "DET", 2, "det"},
                      {"regering", "NOUN", 4, "nsubj"},
                      {"Biden", "PROPN", 2, "flat"},
                      {"waarschuwt", "VERB", 0, "root"}}},
                    {{{"Minister", "NOUN", 6, "nsubj"},
                      {"van", "ADP", 4, "case"},
                      {"Buitenlandse", "ADJ", 4, "amod"},
                      {"Zaken", "NOUN", 1, "nmod"},
                      {"James", "PROPN", 1, "appos"},
                      {"Cleverly", "PROPN", 5, "flat"},
                      {"spreekt", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "regering Biden", "USAGOV");
  const Mention* c = find_overlap(d, ms, "James Cleverly", "GBRGOV");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->country, "GBR");
}

TEST(ActorsNl, Coordination) {
  Doc d = make_doc(
      {{{{"Syrië", "PROPN", 0, "root"}, {"en", "CCONJ", 3, "cc"}, {"Irak", "PROPN", 1, "conj"}}},
       {{{"Iraanse", "ADJ", 4, "amod"},
         {"en", "CCONJ", 3, "cc"},
         {"Russische", "ADJ", 1, "conj"},
         {"troepen", "NOUN", 5, "nsubj"},
         {"vechten", "VERB", 0, "root"}}}},
      "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Syrië", "SYR");
  EXPECT_CODE(ms, "Irak", "IRQ");
  int mil = 0;
  bool irn = false, rus = false;
  for (const auto& m : ms)
    if (m.sentence == 1 && m.role == "MIL") {
      ++mil;
      irn |= m.code == "IRNMIL";
      rus |= m.code == "RUSMIL";
    }
  EXPECT_EQ(mil, 2);
  EXPECT_TRUE(irn);
  EXPECT_TRUE(rus);
}

TEST(ActorsNl, MetonymsAndShortForms) {
  Doc d = make_doc(
      {{{{"Teheran", "PROPN", 2, "nsubj"},
         {"steunt", "VERB", 0, "root"},
         {"het", "DET", 4, "det"},
         {"Kremlin", "PROPN", 2, "obj"},
         {"en", "CCONJ", 7, "cc"},
         {"de", "DET", 7, "det"},
         {"VS", "PROPN", 4, "conj"},
         {"niet", "ADV", 2, "advmod"}}},
       {{{"Ajax", "PROPN", 0, "root"}, {"vs.", "X", 1, "dep"}, {"PSV", "PROPN", 1, "flat"}}}},
      "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Teheran", "IRN");
  EXPECT_EQ(find_text(ms, "Teheran")->kind, "capital");
  EXPECT_CODE(ms, "Kremlin", "RUSGOV");
  EXPECT_CODE(ms, "VS", "USA");
  EXPECT_EQ(find_text(ms, "vs."), nullptr);
}

TEST(ActorsNl, ContextCountry) {
  // In Iran controleert de zedenpolitie vrouwen . / Sara Verhoeven werd door de zedenpolitie
  // gearresteerd .
  Doc d = make_doc({{{{"In", "ADP", 2, "case"},
                      {"Iran", "PROPN", 3, "obl"},
                      {"controleert", "VERB", 0, "root"},
                      {"de", "DET", 5, "det"},
                      {"zedenpolitie", "NOUN", 3, "nsubj"},
                      {"vrouwen", "NOUN", 3, "obj", false},
                      {".", "PUNCT", 3, "punct"}}},
                    {{{"Sara", "PROPN", 7, "nsubj:pass"},
                      {"Verhoeven", "PROPN", 1, "flat"},
                      {"werd", "AUX", 7, "aux:pass"},
                      {"door", "ADP", 6, "case"},
                      {"de", "DET", 6, "det"},
                      {"zedenpolitie", "NOUN", 7, "obl:agent"},
                      {"gearresteerd", "VERB", 0, "root", false},
                      {".", "PUNCT", 7, "punct"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  const Mention* p = find_text(ms, "zedenpolitie");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->code, "IRNCOP");
  EXPECT_LT(p->confidence, 0.8f);
  EXPECT_NE(p->via.find("context"), std::string::npos);
  // The second sentence: the document's most recent country.
  int found = 0;
  for (const auto& m : ms)
    if (m.sentence == 1 && m.text == "zedenpolitie") {
      EXPECT_EQ(m.code, "IRNCOP");
      ++found;
    }
  EXPECT_EQ(found, 1);
  const Mention* s = find_text(ms, "Sara Verhoeven");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->code, "IRNCVL");
  EXPECT_EQ(s->kind, "person");
  EXPECT_LT(s->confidence, 0.6f);
}

TEST(ActorsNl, AmbiguousContextLeavesRole) {
  Doc d = make_doc({{{{"Demonstranten", "NOUN", 2, "nsubj"},
                      {"steunen", "VERB", 0, "root"},
                      {"Rusland", "PROPN", 2, "obj"},
                      {"en", "CCONJ", 5, "cc"},
                      {"Iran", "PROPN", 3, "conj"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  const Mention* m = find_text(ms, "Demonstranten");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "CVL");  // two countries, no locative: the bare role
  EXPECT_EQ(m->country, "");
  EXPECT_LT(m->confidence, 0.5f);
}

TEST(ActorsNl, LocativeContext) {
  Doc d = make_doc({{{{"Demonstranten", "NOUN", 2, "nsubj"},
                      {"protesteren", "VERB", 0, "root"},
                      {"in", "ADP", 4, "case"},
                      {"Kyiv", "PROPN", 2, "obl"},
                      {"tegen", "ADP", 6, "case"},
                      {"Teheran", "PROPN", 2, "obl"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  // A locative "in Kyiv" names the place of the protest.
  const Mention* m = find_text(ms, "Demonstranten");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->code, "UKRCVL");
}

TEST(ActorsNl, MediaAndCredits) {
  Doc d = make_doc({{{{"Volgens", "ADP", 3, "case"},
                      {"persbureau", "NOUN", 3, "nmod"},
                      {"AP", "PROPN", 4, "obl"},
                      {"waarschuwt", "VERB", 0, "root"},
                      {"Rusland", "PROPN", 4, "nsubj"}}},
                    {{{"Beeld", "NOUN", 0, "root"}, {"AFP", "PROPN", 1, "flat"}}, true}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  const Mention* ap = find_text(ms, "AP");
  ASSERT_NE(ap, nullptr);
  EXPECT_EQ(ap->kind, "media");
  for (const auto& m : ms) EXPECT_NE(m.sentence, 1u) << m.text;  // the credit yields nothing
}

TEST(ActorsNl, Compounds) {
  Doc d = make_doc({{{{"VN-militairen", "NOUN", 2, "nsubj"},
                      {"helpen", "VERB", 0, "root"},
                      {"Turks-Koerdische", "ADJ", 4, "amod"},
                      {"vluchtelingen", "NOUN", 2, "obj"}}},
                    {{{"Albanese", "ADJ", 2, "amod"},
                      {"rebellen", "NOUN", 3, "nsubj"},
                      {"vechten", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "VN-militairen", "IGOUNO");
  EXPECT_CODE(ms, "Turks-Koerdische vluchtelingen", "TURREF");
  EXPECT_CODE(ms, "Albanese rebellen", "ALBREB");  // not Anthony Albanese
}

TEST(ActorsNl, RegionsAndOrganizations) {
  Doc d = make_doc({{{{"Arabische", "ADJ", 2, "amod"},
                      {"landen", "NOUN", 3, "nsubj"},
                      {"steunen", "VERB", 0, "root"},
                      {"de", "DET", 5, "det"},
                      {"OPEC", "PROPN", 3, "obj"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  const Mention* r = find_text(ms, "Arabische landen");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->kind, "region");
  EXPECT_NE(r->members.find("SAU"), std::string::npos);
  EXPECT_CODE(ms, "OPEC", "IGOOPC");
}

TEST(ActorsEn, AdjectiveAgentGovernmentOf) {
  Doc d = make_doc({{{{"Iranian", "ADJ", 2, "amod"},
                      {"instructors", "NOUN", 3, "nsubj"},
                      {"trained", "VERB", 0, "root"},
                      {"Russian", "ADJ", 5, "amod"},
                      {"troops", "NOUN", 3, "obj"}}},
                    {{{"The", "DET", 3, "det"},
                      {"British", "ADJ", 3, "amod"},
                      {"government", "NOUN", 4, "nsubj"},
                      {"warned", "VERB", 0, "root"},
                      {"the", "DET", 6, "det"},
                      {"government", "NOUN", 4, "obj"},
                      {"of", "ADP", 8, "case"},
                      {"Iran", "PROPN", 6, "nmod"}}}},
                   "en", "2022-12");
  auto ms = en().find(d);
  EXPECT_CODE(ms, "Iranian instructors", "IRNMIL");
  EXPECT_CODE(ms, "Russian troops", "RUSMIL");
  EXPECT_CODE(ms, "British government", "GBRGOV");
  const Mention* g = find_overlap(d, ms, "government of", "IRNGOV");
  EXPECT_NE(g, nullptr);
}

// "Door Vietnam geleide troepen", "troops backed by Iran": the agent is the leader's.
TEST(ActorsNl, LedByACountry) {
  Doc d = make_doc({{{{"Door", "ADP", 2, "case"},
                      {"Vietnam", "PROPN", 5, "obl"},
                      {"geleide", "VERB", 4, "amod", true, "leiden"},
                      {"troepen", "NOUN", 5, "nsubj"},
                      {"vielen", "VERB", 0, "root"},
                      {"aan", "ADP", 5, "compound:prt"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "troepen", "VNMMIL");
  Doc e = make_doc({{{{"Troops", "NOUN", 5, "nsubj"},
                      {"backed", "VERB", 1, "acl", true, "back"},
                      {"by", "ADP", 4, "case"},
                      {"Iran", "PROPN", 2, "obl"},
                      {"attacked", "VERB", 0, "root"}}}},
                   "en", "2022-12");
  auto me = en().find(e);
  EXPECT_CODE(me, "Troops", "IRNMIL");
}

// "Turkish Kurd refugees who lived in Iraq": the role noun in the compound gives its country
// before the sentence's "in Iraq" does.
TEST(ActorsEn, RoleNounOnARoleNounWithACountry) {
  Doc d = make_doc({{{{"Turkey", "PROPN", 2, "nsubj"},
                      {"admitted", "VERB", 0, "root"},
                      {"Turkish", "ADJ", 4, "amod"},
                      {"Kurd", "PROPN", 5, "compound"},
                      {"refugees", "NOUN", 2, "obj"},
                      {"who", "PRON", 7, "nsubj"},
                      {"lived", "VERB", 5, "acl:relcl"},
                      {"in", "ADP", 9, "case"},
                      {"Iraq", "PROPN", 7, "obl"}}}},
                   "en", "2022-12");
  auto ms = en().find(d);
  EXPECT_CODE(ms, "refugees", "TURREF");
}

// "ethnic Albanians in south Serbia", "etnische Albanezen in het zuiden van Servië": the group
// is coded by the country it lives in, named after a part of it.
TEST(ActorsNl, EthnicGroupInAPartOfACountry) {
  Doc d = make_doc({{{{"Etnische", "ADJ", 2, "amod"},
                      {"Albanezen", "NOUN", 8, "nsubj"},
                      {"in", "ADP", 5, "case"},
                      {"het", "DET", 5, "det"},
                      {"zuiden", "NOUN", 2, "nmod"},
                      {"van", "ADP", 7, "case"},
                      {"Servië", "PROPN", 5, "nmod"},
                      {"eisen", "VERB", 0, "root"},
                      {"hulp", "NOUN", 8, "obj"},
                      {"van", "ADP", 12, "case"},
                      {"de", "DET", 12, "det"},
                      {"Bosniërs", "PROPN", 9, "nmod"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Albanezen", "SRB");
}

// "Oost-Beiroet", "Zuid-Libanon": a compass part before a capital or country names a part of
// it; "Noord-Korea" stays a country of its own.
TEST(ActorsNl, CompassPartOfAPlace) {
  Doc d = make_doc({{{{"Oost-Beiroet", "PROPN", 2, "nsubj"},
                      {"en", "CCONJ", 3, "cc"},
                      {"Zuid-Libanon", "PROPN", 1, "conj"},
                      {"en", "CCONJ", 5, "cc"},
                      {"Noord-Korea", "PROPN", 1, "conj"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  EXPECT_CODE(ms, "Oost-Beiroet", "LBN");
  EXPECT_CODE(ms, "Zuid-Libanon", "LBN");
  EXPECT_CODE(ms, "Noord-Korea", "PRK");
}

// "Tripoli": Libya's capital, unless the sentence names Lebanon otherwise ("de Noord-Libanese
// havenstad"); a compass part before an adjective keeps the adjective.
TEST(ActorsNl, PlaceNameOfSeveralCountries) {
  Doc d = make_doc({{{{"milities", "NOUN", 0, "root"},
                      {"in", "ADP", 3, "case"},
                      {"Tripoli", "PROPN", 1, "nmod"},
                      {"en", "CCONJ", 7, "cc"},
                      {"de", "DET", 7, "det"},
                      {"Noord-Libanese", "ADJ", 7, "amod"},
                      {"havenstad", "NOUN", 1, "conj"}}},
                    {{{"Tripoli", "PROPN", 2, "nsubj"}, {"protesteert", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  auto ms = nl().find(d);
  const Mention* a = nullptr;
  const Mention* b = nullptr;
  for (const Mention& m : ms)
    if (m.text == "Tripoli") (a ? b : a) = &m;
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->code, "LBN") << a->via;
  EXPECT_EQ(b->code, "LBY") << b->via;
  EXPECT_CODE(ms, "Noord-Libanese", "LBN");
  // the country itself named, or only as a country: the capital
  Doc e = make_doc({{{{"Tripoli", "PROPN", 2, "nsubj"},
                      {"beschuldigde", "VERB", 0, "root"},
                      {"Libanon", "PROPN", 2, "obj"}}}},
                   "nl", "2022-12");
  auto me = nl().find(e);
  EXPECT_CODE(me, "Tripoli", "LBY");
  // a compass part before a continent or another state's name is no part of that state
  Doc f = make_doc({{{{"Zuid-Amerikaanse", "ADJ", 2, "amod"},
                      {"regeringen", "NOUN", 3, "nsubj"},
                      {"protesteerden", "VERB", 0, "root"}}}},
                   "nl", "2022-12");
  for (const Mention& m : nl().find(f)) EXPECT_NE(m.code.substr(0, 3), "USA") << m.text;
}

TEST(ActorsEn, GenitiveAndAdministration) {
  Doc d = make_doc({{{{"Iran", "PROPN", 3, "nmod:poss", false},
                      {"'s", "PART", 1, "case"},
                      {"government", "NOUN", 4, "nsubj"},
                      {"denied", "VERB", 0, "root"}}},
                    {{{"The", "DET", 3, "det"},
                      {"Biden", "PROPN", 3, "compound"},
                      {"administration", "NOUN", 4, "nsubj"},
                      {"warned", "VERB", 0, "root"}}}},
                   "en", "2022-12");
  auto ms = en().find(d);
  EXPECT_CODE(ms, "government", "IRNGOV");
  EXPECT_CODE(ms, "Biden administration", "USAGOV");
}

TEST(ActorsEn, CaseHyphensCoordination) {
  // "the US told us": only "US" is an actor; "al-Qaeda" is three tokens.
  Doc d = make_doc({{{{"The", "DET", 2, "det"},
                      {"US", "PROPN", 3, "nsubj"},
                      {"told", "VERB", 0, "root"},
                      {"us", "PRON", 3, "obj"},
                      {"about", "ADP", 8, "case"},
                      {"al", "PROPN", 8, "compound", false},
                      {"-", "PUNCT", 6, "punct", false},
                      {"Qaeda", "PROPN", 3, "obl"},
                      {"in", "ADP", 10, "case"},
                      {"Syria", "PROPN", 3, "obl"},
                      {"and", "CCONJ", 12, "cc"},
                      {"Iraq", "PROPN", 10, "conj"}}}},
                   "en", "2022-12");
  auto ms = en().find(d);
  EXPECT_CODE(ms, "US", "USA");
  EXPECT_EQ(find_text(ms, "us"), nullptr);
  const Mention* q = find_text(ms, "al-Qaeda");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->code, "IMGMOSALQ");
  EXPECT_EQ(q->last - q->first, 3u);
  EXPECT_CODE(ms, "Syria", "SYR");
  EXPECT_CODE(ms, "Iraq", "IRQ");
}

TEST(ActorsEn, MetonymsAndPersons) {
  Doc d = make_doc({{{{"The", "DET", 3, "det"},
                      {"White", "ADJ", 3, "amod"},
                      {"House", "PROPN", 4, "nsubj"},
                      {"and", "CCONJ", 6, "cc"},
                      {"James", "PROPN", 3, "conj"},
                      {"Cleverly", "PROPN", 5, "flat"},
                      {"criticized", "VERB", 0, "root"},
                      {"Tehran", "PROPN", 7, "obj"}}}},
                   "en", "2022-12");
  auto ms = en().find(d);
  EXPECT_CODE(ms, "White House", "USAGOV");
  EXPECT_CODE(ms, "James Cleverly", "GBRGOV");
  EXPECT_CODE(ms, "Tehran", "IRN");
}

TEST(ActorsEn, LoadTime) {
  auto lex = lexicon::load_actor_lexicon(lang_dir("en"));
  ASSERT_TRUE(lex.ok());
  auto t0 = std::chrono::steady_clock::now();
  auto m = ActorMatcher::build(*lex);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_NE(m, nullptr);
  RecordProperty("build_ms", std::to_string(ms));
}

}  // namespace
}  // namespace dyad
