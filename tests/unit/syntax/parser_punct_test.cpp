#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "io/conllu.h"
#include "syntax/parser_punct.h"

namespace dyad {
namespace {

struct Word {
  const char* form;
  int32_t head;
  const char* rel;
};

// Runs the rule on a sentence whose punctuation all starts on word 1 and returns the heads.
std::vector<int32_t> attach(const std::vector<Word>& words) {
  std::vector<int32_t> heads{0};
  std::vector<std::string_view> forms{""}, rels{""};
  for (const Word& w : words) {
    heads.push_back(std::string_view(w.rel) == "punct" ? 1 : w.head);
    forms.emplace_back(w.form);
    rels.emplace_back(w.rel);
  }
  attach_punct(heads, forms, rels);
  return heads;
}

TEST(PunctRule, CoordinationFrontedClauseAndFinalStop) {
  // Als je komt , zien we appels , peren en bananen .
  auto h = attach({{"Als", 3, "mark"},
                   {"je", 3, "nsubj"},
                   {"komt", 5, "advcl"},
                   {",", 0, "punct"},
                   {"zien", 0, "root"},
                   {"we", 5, "nsubj"},
                   {"appels", 5, "obj"},
                   {",", 0, "punct"},
                   {"peren", 7, "conj"},
                   {"en", 11, "cc"},
                   {"bananen", 7, "conj"},
                   {".", 0, "punct"}});
  EXPECT_EQ(h[4], 3);   // comma after a fronted clause: to the clause
  EXPECT_EQ(h[8], 9);   // separator before a conjunct: to the conjunct
  EXPECT_EQ(h[12], 5);  // final stop: to the root word
}

TEST(PunctRule, BracketsQuotesAndDates) {
  // Hij zei ( volgens de krant ) : " nee " .
  auto h = attach({{"Hij", 2, "nsubj"},
                   {"zei", 0, "root"},
                   {"(", 0, "punct"},
                   {"volgens", 6, "case"},
                   {"de", 6, "det"},
                   {"krant", 2, "obl"},
                   {")", 0, "punct"},
                   {":", 0, "punct"},
                   {"\"", 0, "punct"},
                   {"nee", 2, "parataxis"},
                   {"\"", 0, "punct"},
                   {".", 0, "punct"}});
  EXPECT_EQ(h[3], 6);
  EXPECT_EQ(h[7], 6);
  EXPECT_EQ(h[8], 10);
  EXPECT_EQ(h[9], 10);
  EXPECT_EQ(h[11], 10);
  EXPECT_EQ(h[12], 2);
  // on March 28 , 2005 .
  auto d = attach({{"on", 3, "case"},
                   {"March", 3, "nmod:unmarked"},
                   {"28", 0, "root"},
                   {",", 0, "punct"},
                   {"2005", 3, "nmod:unmarked"},
                   {".", 0, "punct"}});
  EXPECT_EQ(d[4], 3);
  EXPECT_EQ(d[6], 3);
}

TEST(PunctRule, LeavesPunctuationWithDependentsAndBrokenTreesAlone) {
  std::vector<int32_t> heads{0, 0, 1, 2};
  std::vector<std::string_view> forms{"", "a", ",", "b"}, rels{"", "root", "punct", "dep"};
  EXPECT_EQ(attach_punct(heads, forms, rels), 0u);
  EXPECT_EQ(heads, (std::vector<int32_t>{0, 0, 1, 2}));
  std::vector<int32_t> cyclic{0, 3, 3, 1};
  forms = {"", "a", ",", "b"};
  rels = {"", "dep", "punct", "dep"};
  attach_punct(cyclic, forms, rels);  // must terminate
  EXPECT_EQ(cyclic[1], 3);
}

TEST(AgentRule, PassiveDoorObl) {
  auto r = read_conllu(
      "1\tDit\tdit\tPRON\t_\t_\t5\tnsubj:pass\t_\t_\n"
      "2\twordt\tworden\tAUX\t_\t_\t5\taux:pass\t_\t_\n"
      "3\tdoor\tdoor\tADP\t_\t_\t4\tcase\t_\t_\n"
      "4\tKorea\tKorea\tPROPN\t_\t_\t5\tobl\t_\t_\n"
      "5\tontkend\tontkennen\tVERB\t_\t_\t0\troot\t_\t_\n"
      "6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  EXPECT_EQ(finish_parse(d, d.sentences[0]), 2u);
  EXPECT_EQ(d.tokens[3].deprel, "obl:agent");
  EXPECT_EQ(d.tokens[5].head, 5);
  d.tokens[1].deprel = "aux";  // not passive: stays obl
  d.tokens[3].deprel = "obl";
  EXPECT_EQ(mark_agents(d, d.sentences[0]), 0u);
  EXPECT_EQ(d.tokens[3].deprel, "obl");
}

// "Tsjechië heeft de betrekkingen opgewaardeerd" parsed with heeft as the main verb and the
// participle as its object: the participle becomes the head, heeft its aux.
TEST(DutchPerfectRule, ParticipleTakesTheAuxiliarysPlace) {
  auto r = read_conllu(
      "1\tTsjechië\tTsjechië\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\theeft\thebben\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tde\tde\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\tbetrekkingen\tbetrekking\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "5\topgewaardeerd\topwaarderen\tVERB\t_\tVerbForm=Part\t2\tacl:relcl\t_\t_\n"
      "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  EXPECT_EQ(dutch_perfect_aux(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[4].head, 0);
  EXPECT_EQ(d.tokens[4].deprel, "root");
  EXPECT_EQ(d.tokens[1].head, 5);
  EXPECT_EQ(d.tokens[1].deprel, "aux");
  EXPECT_EQ(d.tokens[1].upos, "AUX");
  EXPECT_EQ(d.tokens[0].head, 5);  // subject and object move to the participle
  EXPECT_EQ(d.tokens[3].head, 5);
  EXPECT_EQ(d.tokens[3].deprel, "obj");
  EXPECT_EQ(dutch_perfect_aux(d, d.sentences[0]), 0u);  // nothing left to do
}

// worden: passive auxiliary, its subject becomes nsubj:pass; a relative clause stays.
TEST(DutchPerfectRule, PassiveAndRelativeClause) {
  auto r = read_conllu(
      "1\tZe\tzij\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
      "2\twerden\tworden\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tgisteren\tgisteren\tADV\t_\t_\t2\tadvmod\t_\t_\n"
      "4\tgearresteerd\tarresteren\tVERB\t_\tVerbForm=Part\t2\tccomp\t_\t_\n\n"
      "1\tHet\thet\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
      "2\theeft\thebben\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tmensen\tmens\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "4\tdie\tdie\tPRON\t_\tPronType=Rel\t6\tnsubj\t_\t_\n"
      "5\thet\thet\tPRON\t_\t_\t6\tobj\t_\t_\n"
      "6\tgedaan\tdoen\tVERB\t_\tVerbForm=Part\t2\tacl:relcl\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(dutch_perfect_aux(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[1].deprel, "aux:pass");
  EXPECT_EQ(d.tokens[0].deprel, "nsubj:pass");
  EXPECT_EQ(d.tokens[0].head, 4);
  EXPECT_EQ(d.tokens[2].head, 4);
  EXPECT_EQ(dutch_perfect_aux(d, d.sentences[1]), 0u);  // "die het gedaan": a relative clause
  EXPECT_EQ(d.tokens[5].head, 0);
}

TEST(DutchAdjectiveRule, InfinitiveBesideBereidMovesUnderIt) {
  // "Syrië zegt dat het bereid is troepen terug te trekken": trekken hung on zegt
  auto r = read_conllu(
      "1\tSyrië\tSyrië\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tzegt\tzeggen\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tdat\tdat\tSCONJ\t_\t_\t5\tmark\t_\t_\n"
      "4\thet\thet\tPRON\t_\t_\t5\tnsubj\t_\t_\n"
      "5\tbereid\tbereid\tADJ\t_\t_\t2\tccomp\t_\t_\n"
      "6\tis\tzijn\tAUX\t_\t_\t5\tcop\t_\t_\n"
      "7\ttroepen\ttroep\tNOUN\t_\t_\t10\tobj\t_\t_\n"
      "8\tterug\tterug\tADV\t_\t_\t10\tcompound:prt\t_\t_\n"
      "9\tte\tte\tADP\t_\t_\t10\tmark\t_\t_\n"
      "10\ttrekken\tterug_trekken\tVERB\t_\tVerbForm=Inf\t2\tccomp\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  EXPECT_EQ(dutch_adjective_infinitive(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[9].head, 5);
  EXPECT_EQ(d.tokens[9].deprel, "ccomp");
  EXPECT_EQ(dutch_adjective_infinitive(d, d.sentences[0]), 0u);
}

TEST(DutchStrandedParticiple, ParticipleBeforeABareNounHeadsTheClause) {
  // "De partijen zijn overeengekomen informatie te delen": overeengekomen hung on informatie
  auto r = read_conllu(
      "1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_\n"
      "2\tpartijen\tpartij\tNOUN\t_\t_\t7\tnsubj\t_\t_\n"
      "3\tzijn\tzijn\tAUX\t_\tVerbForm=Fin\t7\taux\t_\t_\n"
      "4\tovereengekomen\tovereen_komen\tVERB\t_\tVerbForm=Part\t5\tamod\t_\t_\n"
      "5\tinformatie\tinformatie\tNOUN\t_\t_\t7\tobj\t_\t_\n"
      "6\tte\tte\tADP\t_\t_\t7\tmark\t_\t_\n"
      "7\tdelen\tdelen\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n"
      "8\t.\t.\tPUNCT\t_\t_\t7\tpunct\t_\t_\n\n"
      "1\tIk\tik\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
      "2\twas\tzijn\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\t_\t_\t4\tcase\t_\t_\n"
      "4\tIndia\tIndia\tPROPN\t_\t_\t2\tobl\t_\t_\n"
      "5\tom\tom\tADP\t_\t_\t9\tmark\t_\t_\n"
      "6\tgeplande\tplannen\tVERB\t_\tVerbForm=Part\t7\tamod\t_\t_\n"
      "7\tprojecten\tproject\tNOUN\t_\t_\t9\tobj\t_\t_\n"
      "8\tte\tte\tADP\t_\t_\t9\tmark\t_\t_\n"
      "9\tbezoeken\tbezoeken\tVERB\t_\tVerbForm=Inf\t2\tadvcl\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(dutch_stranded_participle(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[3].head, 0);
  EXPECT_EQ(d.tokens[3].deprel, "root");
  EXPECT_EQ(d.tokens[2].head, 4);
  EXPECT_EQ(d.tokens[2].deprel, "aux");
  EXPECT_EQ(d.tokens[6].head, 4);
  EXPECT_EQ(d.tokens[6].deprel, "xcomp");
  EXPECT_EQ(d.tokens[1].head, 4);  // the subject moves, the object stays with the infinitive
  EXPECT_EQ(d.tokens[4].head, 7);
  // zijn as the main verb ("was in India") is left alone
  EXPECT_EQ(dutch_stranded_participle(d, d.sentences[1]), 0u);
}

TEST(DutchParticipleOnObject, ReducedRelativeBecomesThePerfect) {
  // "Zuid-Korea heeft de eis afgewezen" with afgewezen an acl of eis and heeft the root
  auto r = read_conllu(
      "1\tZuid-Korea\tZuid-Korea\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\theeft\thebben\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tde\tde\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\teis\teis\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "5\tafgewezen\taf_wijzen\tVERB\t_\tVerbForm=Part\t4\tacl\t_\t_\n"
      "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  EXPECT_EQ(dutch_participle_on_object(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[4].head, 0);
  EXPECT_EQ(d.tokens[4].deprel, "root");
  EXPECT_EQ(d.tokens[1].head, 5);
  EXPECT_EQ(d.tokens[1].deprel, "aux");
  EXPECT_EQ(d.tokens[0].head, 5);
  EXPECT_EQ(d.tokens[3].head, 5);
  EXPECT_EQ(d.tokens[3].deprel, "obj");
  // after a comma it may be a real reduced relative: left alone
  auto c = read_conllu(
      "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
      "2\theeft\thebben\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tde\tde\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\teis\teis\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "5\t,\t,\tPUNCT\t_\t_\t6\tpunct\t_\t_\n"
      "6\tingediend\tin_dienen\tVERB\t_\tVerbForm=Part\t4\tacl\t_\t_\n\n",
      "test");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(dutch_participle_on_object(c.docs[0], c.docs[0].sentences[0]), 0u);
}

TEST(DutchScoreRule, ScoresAreFixedYearRangesAreNot) {
  auto r = read_conllu(
      "1\twon\twinnen\tVERB\t_\t_\t0\troot\t_\t_\n"
      "2\tmet\tmet\tADP\t_\t_\t3\tcase\t_\t_\n"
      "3\t2\t2\tNUM\t_\t_\t1\tobl\t_\t_\n"
      "4\t-\t-\tSYM\t_\t_\t5\tpunct\t_\t_\n"
      "5\t1\t1\tNUM\t_\t_\t3\tconj\t_\t_\n"
      "6\tin\tin\tADP\t_\t_\t7\tcase\t_\t_\n"
      "7\t1940\t1940\tNUM\t_\t_\t1\tobl\t_\t_\n"
      "8\t-\t-\tSYM\t_\t_\t9\tpunct\t_\t_\n"
      "9\t1945\t1945\tNUM\t_\t_\t7\tconj\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  d.lang = "en";
  EXPECT_EQ(dutch_scores(d, d.sentences[0]), 0u);  // Dutch only
  d.lang = "nl";
  EXPECT_EQ(dutch_scores(d, d.sentences[0]), 2u);
  EXPECT_EQ(d.tokens[3].head, 3);
  EXPECT_EQ(d.tokens[3].deprel, "fixed");
  EXPECT_EQ(d.tokens[4].head, 3);
  EXPECT_EQ(d.tokens[4].deprel, "fixed");
  EXPECT_EQ(d.tokens[7].deprel, "punct");  // the year range is a conjunction
  EXPECT_EQ(d.tokens[8].deprel, "conj");
}

// On gold UD 2.16 trees the rule reproduces nearly all punctuation heads.
double gold_match(const std::string& file) {
  auto r = read_conllu_file(file);
  EXPECT_TRUE(r.ok());
  if (!r.ok()) return 0;
  size_t total = 0, same = 0;
  for (Doc& d : r->docs) {
    std::vector<int32_t> gold;
    for (const TokenData& t : d.tokens) gold.push_back(t.head);
    for (const SentenceData& s : d.sentences) {
      int32_t root = 0;  // start all punctuation on the root word
      for (uint32_t i = s.first; i < s.last; ++i)
        if (d.tokens[i].head == 0) root = static_cast<int32_t>(i - s.first + 1);
      for (uint32_t i = s.first; i < s.last; ++i)
        if (d.tokens[i].deprel == "punct" && d.tokens[i].head != 0) d.tokens[i].head = root;
      attach_punct(d, s);
    }
    for (size_t i = 0; i < d.tokens.size(); ++i)
      if (d.tokens[i].deprel == "punct") {
        ++total;
        same += d.tokens[i].head == gold[i];
      }
  }
  return total ? 100.0 * same / total : 0;
}

TEST(DutchParticleToV2Verb, ParticleBeforeAConjunctionGoesBackToItsVerb) {
  // "Berlijn wees oproepen om hulp af en zei ...": af hung on zei, after the conjunction
  auto r = read_conllu(
      "1\tBerlijn\tBerlijn\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\twees\twijzen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\toproepen\toproep\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "4\tom\tom\tADP\t_\t_\t5\tcase\t_\t_\n"
      "5\thulp\thulp\tNOUN\t_\t_\t3\tnmod\t_\t_\n"
      "6\taf\taf\tADP\t_\t_\t8\tcompound:prt\t_\t_\n"
      "7\ten\ten\tCCONJ\t_\t_\t8\tcc\t_\t_\n"
      "8\tzei\tzeggen\tVERB\t_\tVerbForm=Fin\t2\tconj\t_\t_\n"
      "9\tdat\tdat\tSCONJ\t_\t_\t8\tobj\t_\t_\n"
      "10\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      // "Hij zei dat hij het af , en zij het aan wilde zetten": a subordinate clause, left alone
      "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tzei\tzeggen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tdat\tdat\tSCONJ\t_\t_\t7\tmark\t_\t_\n"
      "4\thij\thij\tPRON\t_\t_\t7\tnsubj\t_\t_\n"
      "5\taf\taf\tADP\t_\t_\t7\tcompound:prt\t_\t_\n"
      "6\ten\ten\tCCONJ\t_\t_\t7\tcc\t_\t_\n"
      "7\tzette\tzetten\tVERB\t_\tVerbForm=Fin\t2\tccomp\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(dutch_particle_to_v2_verb(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[5].head, 2);
  EXPECT_EQ(d.tokens[5].deprel, "compound:prt");
  EXPECT_EQ(d.tokens[1].lemma, "af_wijzen");
  EXPECT_EQ(d.tokens[7].lemma, "zeggen");
  EXPECT_EQ(dutch_particle_to_v2_verb(d, d.sentences[0]), 0u);  // nothing left to do
  EXPECT_EQ(dutch_particle_to_v2_verb(d, d.sentences[1]), 0u);
  EXPECT_EQ(d.tokens[10 + 4].head, 7);
}

TEST(DutchDayNameSubject, DayNameBesideASubjectIsObl) {
  // "Rusland zei dinsdag dat ...": dinsdag a second nsubj of zei
  auto r = read_conllu(
      "1\tRusland\tRusland\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tzei\tzeggen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tdinsdag\tdinsdag\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "4\tiets\tiets\tPRON\t_\t_\t2\tobj\t_\t_\n\n"
      // "Dinsdag ontbood de minister de ambassadeur": the day first, the subject read as object
      "1\tDinsdag\tdinsdag\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tontbood\tontbieden\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tde\tde\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\tminister\tminister\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "5\tde\tde\tDET\t_\t_\t6\tdet\t_\t_\n"
      "6\tambassadeur\tambassadeur\tNOUN\t_\t_\t2\tiobj\t_\t_\n\n"
      // "De eerste zondag van augustus is feest": a day with dependents is a real subject
      "1\tDe\tde\tDET\t_\t_\t3\tdet\t_\t_\n"
      "2\teerste\teerste\tADJ\t_\t_\t3\tamod\t_\t_\n"
      "3\tzondag\tzondag\tPROPN\t_\t_\t6\tnsubj\t_\t_\n"
      "4\tis\tzijn\tAUX\t_\tVerbForm=Fin\t6\tcop\t_\t_\n"
      "5\tdan\tdan\tADV\t_\t_\t6\tadvmod\t_\t_\n"
      "6\tfeest\tfeest\tNOUN\t_\t_\t0\troot\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(dutch_day_name_subject(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[2].deprel, "obl");
  EXPECT_EQ(d.tokens[0].deprel, "nsubj");
  EXPECT_EQ(dutch_day_name_subject(d, d.sentences[1]), 1u);
  EXPECT_EQ(d.tokens[4].deprel, "obl");
  EXPECT_EQ(d.tokens[4 + 3].deprel, "nsubj");
  EXPECT_EQ(dutch_day_name_subject(d, d.sentences[2]), 0u);
  EXPECT_EQ(d.tokens[10 + 2].deprel, "nsubj");
}

TEST(DutchParticipleAfterCopula, ParticipleHungOnANounHeadsTheClause) {
  // "Een baas is woensdag opgepakt in Thailand": is the copula of woensdag, opgepakt its acl
  auto r = read_conllu(
      "1\tEen\teen\tDET\t_\t_\t2\tdet\t_\t_\n"
      "2\tbaas\tbaas\tNOUN\t_\t_\t4\tnsubj\t_\t_\n"
      "3\tis\tzijn\tAUX\tWW|pv|tgw|ev\tVerbForm=Fin\t4\tcop\t_\t_\n"
      "4\twoensdag\twoensdag\tPROPN\t_\t_\t0\troot\t_\t_\n"
      "5\topgepakt\top_pakken\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t4\tacl\t_\t_\n"
      "6\tin\tin\tADP\t_\t_\t7\tcase\t_\t_\n"
      "7\tThailand\tThailand\tPROPN\t_\t_\t5\tobl\t_\t_\n"
      "8\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n"
      // "Met de MOU zijn de regering en de SPLM overeengekomen toegang toe te staan"
      "1\tMet\tmet\tADP\t_\t_\t3\tcase\t_\t_\n"
      "2\tde\tde\tDET\t_\t_\t3\tdet\t_\t_\n"
      "3\tMOU\tMOU\tPROPN\t_\t_\t6\tobl\t_\t_\n"
      "4\tzijn\tzijn\tAUX\tWW|pv|tgw|mv\tVerbForm=Fin\t6\tcop\t_\t_\n"
      "5\tde\tde\tDET\t_\t_\t6\tdet\t_\t_\n"
      "6\tregering\tregering\tNOUN\t_\t_\t0\troot\t_\t_\n"
      "7\ten\ten\tCCONJ\t_\t_\t9\tcc\t_\t_\n"
      "8\tde\tde\tDET\t_\t_\t9\tdet\t_\t_\n"
      "9\tSPLM\tSPLM\tPROPN\t_\t_\t6\tconj\t_\t_\n"
      "10\tovereengekomen\tovereen_komen\tVERB\tWW|vd|prenom|zonder\tVerbForm=Part\t11\tamod\t_\t_"
      "\n"
      "11\ttoegang\ttoegang\tNOUN\t_\t_\t14\tobj\t_\t_\n"
      "12\ttoe\ttoe\tADP\t_\t_\t14\tcompound:prt\t_\t_\n"
      "13\tte\tte\tADP\t_\t_\t14\tmark\t_\t_\n"
      "14\tstaan\ttoe_staan\tVERB\t_\tVerbForm=Inf\t6\tacl:relcl\t_\t_\n"
      "15\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\t_\n\n"
      // "Sint-Katelijne-Waver is een gemeente gelegen in de regio": a real copula
      "1\tSint-Katelijne-Waver\tSint-Katelijne-Waver\tPROPN\t_\t_\t4\tnsubj\t_\t_\n"
      "2\tis\tzijn\tAUX\tWW|pv|tgw|ev\tVerbForm=Fin\t4\tcop\t_\t_\n"
      "3\teen\teen\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\tgemeente\tgemeente\tNOUN\t_\t_\t0\troot\t_\t_\n"
      "5\tgelegen\tliggen\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t4\tacl\t_\t_\n"
      "6\tin\tin\tADP\t_\t_\t7\tcase\t_\t_\n"
      "7\tregio\tregio\tNOUN\t_\t_\t5\tobl\t_\t_\n\n"
      // "Dit zijn producten gemaakt in China": a bare plural predicate, a real copula
      "1\tDit\tdit\tPRON\t_\t_\t3\tnsubj\t_\t_\n"
      "2\tzijn\tzijn\tAUX\tWW|pv|tgw|mv\tVerbForm=Fin\t3\tcop\t_\t_\n"
      "3\tproducten\tproduct\tNOUN\t_\t_\t0\troot\t_\t_\n"
      "4\tgemaakt\tmaken\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t3\tacl\t_\t_\n"
      "5\tin\tin\tADP\t_\t_\t6\tcase\t_\t_\n"
      "6\tChina\tChina\tPROPN\t_\t_\t4\tobl\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 4u);
  EXPECT_EQ(dutch_participle_after_copula(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[4].head, 0);
  EXPECT_EQ(d.tokens[4].deprel, "root");
  EXPECT_EQ(d.tokens[2].head, 5);
  EXPECT_EQ(d.tokens[2].deprel, "aux:pass");
  EXPECT_EQ(d.tokens[1].head, 5);
  EXPECT_EQ(d.tokens[1].deprel, "nsubj:pass");
  EXPECT_EQ(d.tokens[3].head, 5);
  EXPECT_EQ(d.tokens[3].deprel, "obl");
  EXPECT_EQ(d.tokens[7].head, 5);  // the punctuation moves
  const uint32_t b = d.sentences[1].first;
  EXPECT_EQ(dutch_participle_after_copula(d, d.sentences[1]), 1u);
  EXPECT_EQ(d.tokens[b + 9].head, 0);
  EXPECT_EQ(d.tokens[b + 3].head, 10);
  EXPECT_EQ(d.tokens[b + 3].deprel, "aux");
  EXPECT_EQ(d.tokens[b + 5].head, 10);
  EXPECT_EQ(d.tokens[b + 5].deprel, "nsubj");
  EXPECT_EQ(d.tokens[b + 8].head, 6);   // the conjunct stays with the subject
  EXPECT_EQ(d.tokens[b + 2].head, 10);  // what stands before zijn moves
  EXPECT_EQ(d.tokens[b + 13].head, 10);
  EXPECT_EQ(d.tokens[b + 13].deprel, "xcomp");
  EXPECT_EQ(d.tokens[b + 10].head, 14);  // the object stays with the infinitive
  EXPECT_EQ(dutch_participle_after_copula(d, d.sentences[2]), 0u);
  EXPECT_EQ(d.tokens[d.sentences[2].first + 4].deprel, "acl");
  EXPECT_EQ(dutch_participle_after_copula(d, d.sentences[3]), 0u);
}

TEST(DutchPossessiveZijnPerfect, PossessiveBeforeAParticipleIsTheAuxiliary) {
  // "De partijen zijn overeengekomen informatie te delen": zijn tagged possessive of informatie
  auto r = read_conllu(
      "1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_\n"
      "2\tpartijen\tpartij\tNOUN\t_\t_\t7\tnsubj\t_\t_\n"
      "3\tzijn\tzijn\tPRON\t_\tPoss=Yes\t5\tnmod:poss\t_\t_\n"
      "4\tovereengekomen\tovereen_komen\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t5\tamod\t_\t_\n"
      "5\tinformatie\tinformatie\tNOUN\t_\t_\t7\tobj\t_\t_\n"
      "6\tte\tte\tADP\t_\t_\t7\tmark\t_\t_\n"
      "7\tdelen\tdelen\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n"
      "8\t.\t.\tPUNCT\t_\t_\t7\tpunct\t_\t_\n\n"
      // "Hij wil zijn verworven rechten te verdedigen": a finite verb, a real possessive
      "1\tHij\thij\tPRON\t_\t_\t7\tnsubj\t_\t_\n"
      "2\twil\twillen\tVERB\t_\tVerbForm=Fin\t7\tcompound\t_\t_\n"
      "3\tzijn\tzijn\tPRON\t_\tPoss=Yes\t5\tnmod:poss\t_\t_\n"
      "4\tverworven\tverwerven\tVERB\tWW|vd|prenom|zonder\tVerbForm=Part\t5\tamod\t_\t_\n"
      "5\trechten\trecht\tNOUN\t_\t_\t7\tobj\t_\t_\n"
      "6\tte\tte\tADP\t_\t_\t7\tmark\t_\t_\n"
      "7\tverdedigen\tverdedigen\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n\n"
      // "Werknemers die zijn aangesloten bij de bond": zijn a possessive of aangesloten
      "1\tWerknemers\twerknemer\tNOUN\t_\t_\t0\troot\t_\t_\n"
      "2\tdie\tdie\tPRON\t_\tPronType=Rel\t4\tnsubj\t_\t_\n"
      "3\tzijn\tzijn\tPRON\t_\tPoss=Yes\t4\tnmod:poss\t_\t_\n"
      "4\taangesloten\taan_sluiten\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t1\tacl:relcl\t_\t_\n"
      "5\tbij\tbij\tADP\t_\t_\t7\tcase\t_\t_\n"
      "6\tde\tde\tDET\t_\t_\t7\tdet\t_\t_\n"
      "7\tbond\tbond\tNOUN\t_\t_\t4\tobl\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(dutch_possessive_zijn_perfect(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[3].head, 0);
  EXPECT_EQ(d.tokens[3].deprel, "root");
  EXPECT_EQ(d.tokens[2].upos, "AUX");
  EXPECT_EQ(d.tokens[2].head, 4);
  EXPECT_EQ(d.tokens[2].deprel, "aux");
  EXPECT_EQ(d.tokens[1].head, 4);
  EXPECT_EQ(d.tokens[6].head, 4);
  EXPECT_EQ(d.tokens[6].deprel, "xcomp");
  EXPECT_EQ(d.tokens[4].head, 7);
  EXPECT_EQ(d.tokens[7].head, 4);
  EXPECT_EQ(dutch_possessive_zijn_perfect(d, d.sentences[1]), 0u);
  const uint32_t b = d.sentences[2].first;
  EXPECT_EQ(dutch_possessive_zijn_perfect(d, d.sentences[2]), 1u);
  EXPECT_EQ(d.tokens[b + 2].upos, "AUX");
  EXPECT_EQ(d.tokens[b + 2].head, 4);
  EXPECT_EQ(d.tokens[b + 2].deprel, "aux:pass");
  EXPECT_EQ(d.tokens[b + 1].deprel, "nsubj:pass");
}

TEST(DutchParticipleAfterObjectPhrase, ParticipleAfterARelativeClauseIsThePerfect) {
  // "Gisteren heeft een vrachtwagen die een kraan vervoerde de brug beschadigd": beschadigd an
  // acl of vrachtwagen, heeft the root
  auto r = read_conllu(
      "1\tGisteren\tgisteren\tADV\t_\t_\t2\tadvmod\t_\t_\n"
      "2\theeft\thebben\tVERB\tWW|pv|tgw|met-t\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\teen\teen\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\tvrachtwagen\tvrachtwagen\tNOUN\t_\t_\t2\tobj\t_\t_\n"
      "5\tdie\tdie\tPRON\t_\tPronType=Rel\t8\tnsubj\t_\t_\n"
      "6\teen\teen\tDET\t_\t_\t7\tdet\t_\t_\n"
      "7\tkraan\tkraan\tNOUN\t_\t_\t8\tobj\t_\t_\n"
      "8\tvervoerde\tvervoeren\tVERB\t_\tVerbForm=Fin\t4\tacl:relcl\t_\t_\n"
      "9\tde\tde\tDET\t_\t_\t10\tdet\t_\t_\n"
      "10\tbrug\tbrug\tNOUN\t_\t_\t11\tobj\t_\t_\n"
      "11\tbeschadigd\tbeschadigen\tVERB\tWW|vd|vrij|zonder\tVerbForm=Part\t4\tacl\t_\t_\n"
      "12\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      // "Hij heeft Yvan, de gewezen burgemeester, ontmoet": gewezen is inside the object
      "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
      "2\theeft\thebben\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n"
      "3\tYvan\tYvan\tPROPN\t_\t_\t2\tobj\t_\t_\n"
      "4\t,\t,\tPUNCT\t_\t_\t7\tpunct\t_\t_\n"
      "5\tde\tde\tDET\t_\t_\t7\tdet\t_\t_\n"
      "6\tgewezen\twijzen\tVERB\tWW|vd|prenom|zonder\tVerbForm=Part\t7\tamod\t_\t_\n"
      "7\tburgemeester\tburgemeester\tNOUN\t_\t_\t3\tappos\t_\t_\n"
      "8\t,\t,\tPUNCT\t_\t_\t7\tpunct\t_\t_\n"
      "9\tvandaag\tvandaag\tADV\t_\t_\t2\tadvmod\t_\t_\n\n",
      "test");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc& d = r.docs[0];
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(dutch_participle_after_object_phrase(d, d.sentences[0]), 1u);
  EXPECT_EQ(d.tokens[10].head, 0);
  EXPECT_EQ(d.tokens[10].deprel, "root");
  EXPECT_EQ(d.tokens[1].head, 11);
  EXPECT_EQ(d.tokens[1].deprel, "aux");
  EXPECT_EQ(d.tokens[3].head, 11);         // hebben's object and adverb move to the participle
  EXPECT_EQ(d.tokens[3].deprel, "nsubj");  // beside the participle's own object: the subject
  EXPECT_EQ(d.tokens[9].deprel, "obj");
  EXPECT_EQ(d.tokens[0].head, 11);
  EXPECT_EQ(d.tokens[7].head, 4);  // the relative clause stays with its noun
  EXPECT_EQ(dutch_participle_after_object_phrase(d, d.sentences[1]), 0u);
  EXPECT_EQ(d.tokens[12 + 5].deprel, "amod");
}

TEST(PunctRule, ReproducesGoldPunctuation) {
  const std::string ud = std::string(DYAD_SHARED_DIR) + "/ud/";
  if (!std::filesystem::exists(ud + "en_ewt-ud2.16/dev.conllu")) GTEST_SKIP() << "no UD data";
  const double nl_alpino = gold_match(ud + "nl_alpino-ud2.16/dev.conllu");
  const double nl_lassy = gold_match(ud + "nl_lassysmall-ud2.16/dev.conllu");
  const double en_ewt = gold_match(ud + "en_ewt-ud2.16/dev.conllu");
  RecordProperty("nl_alpino", std::to_string(nl_alpino));
  RecordProperty("nl_lassysmall", std::to_string(nl_lassy));
  RecordProperty("en_ewt", std::to_string(en_ewt));
  std::printf("punct rule on gold trees: nl_alpino %.2f nl_lassysmall %.2f en_ewt %.2f\n",
              nl_alpino, nl_lassy, en_ewt);
  EXPECT_GT(nl_alpino, 98.5);
  EXPECT_GT(nl_lassy, 97.5);
  EXPECT_GT(en_ewt, 97.0);
}

}  // namespace
}  // namespace dyad
