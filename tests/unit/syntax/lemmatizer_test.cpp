#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/lemmatizer_impl.h"
#include "syntax/tagger.h"
#include "test_util.h"
#include "util/paths.h"

namespace dyad {
namespace {

using syntax_test::kTinyNl;
using syntax_test::read_docs;
using syntax_test::slurp;
using syntax_test::spit;
using syntax_test::temp_path;

// One sentence of (form, upos, feats) tokens.
Doc make_doc(const std::vector<std::array<const char*, 3>>& toks) {
  Doc d;
  for (const auto& [form, upos, feats] : toks) {
    TokenData t;
    t.form = form;
    t.upos = upos;
    t.feats = feats;
    d.tokens.push_back(t);
  }
  SentenceData s;
  s.first = 0;
  s.last = static_cast<uint32_t>(d.tokens.size());
  d.sentences.push_back(s);
  return d;
}

class LemmatizerTiny : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string(temp_path("tiny_lemmatizer.bin"));
    TrainOptions o;
    o.lang = "xx";  // no lang/xx/lemma_exceptions.tsv: data only
    o.train_files = {kTinyNl};
    o.out = *path_;
    o.epochs = 10;
    o.log = [](const std::string&) {};
    status_ = new Status(train_lemmatizer(o));
  }
  static void TearDownTestSuite() {
    delete path_;
    delete status_;
  }
  static std::string* path_;
  static Status* status_;
};
std::string* LemmatizerTiny::path_ = nullptr;
Status* LemmatizerTiny::status_ = nullptr;

TEST_F(LemmatizerTiny, LearnsItsTrainingLemmas) {
  ASSERT_TRUE(status_->ok()) << status_->to_string();
  auto lem = Lemmatizer::load(*path_);
  ASSERT_TRUE(lem.ok()) << lem.status().to_string();
  std::vector<Doc> gold = read_docs(kTinyNl);
  std::vector<Doc> pred = gold;
  for (auto& d : pred)
    for (auto& t : d.tokens) t.lemma.clear();
  size_t n = 0, ok = 0;
  for (size_t k = 0; k < pred.size(); ++k) {
    (*lem)->lemmatize(pred[k]);
    EXPECT_TRUE(pred[k].has(kLemmas));
    for (size_t i = 0; i < pred[k].tokens.size(); ++i, ++n) {
      ok += pred[k].tokens[i].lemma == gold[k].tokens[i].lemma;
      EXPECT_EQ(pred[k].tokens[i].lemma, gold[k].tokens[i].lemma)
          << "form " << gold[k].tokens[i].form;
    }
  }
  EXPECT_EQ(ok, n);
}

TEST_F(LemmatizerTiny, GeneralizesEditScriptsToUnseenForms) {
  ASSERT_TRUE(status_->ok());
  auto lem = Lemmatizer::load(*path_);
  ASSERT_TRUE(lem.ok());
  // gewerkt -> werken, gedankt -> danken, geparkt -> parken teach "ge-X-t -> X-en".
  Doc d = make_doc({{"Hij", "PRON", ""},
                    {"heeft", "AUX", "Number=Sing|Tense=Pres|VerbForm=Fin"},
                    {"geplankt", "VERB", "VerbForm=Part"}});
  (*lem)->lemmatize(d);
  EXPECT_EQ(d.tokens[2].lemma, "planken");
  // Casing: a known word at the start of a sentence gets the lexicon's lemma.
  Doc e = make_doc({{"Mannen", "NOUN", "Number=Plur"}});
  (*lem)->lemmatize(e);
  EXPECT_EQ(e.tokens[0].lemma, "man");
}

TEST_F(LemmatizerTiny, LoadRefusesCorruptTruncatedAndForeignFiles) {
  ASSERT_TRUE(status_->ok());
  std::string data = slurp(*path_);
  std::string bad = temp_path("tiny_lemmatizer_bad.bin");
  std::string flipped = data;
  flipped[flipped.size() / 2] ^= 0x33;
  spit(bad, flipped);
  auto r = Lemmatizer::load(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Errc::model);
  EXPECT_NE(r.status().to_string().find(bad), std::string::npos);
  spit(bad, data.substr(0, data.size() / 3));
  EXPECT_EQ(Lemmatizer::load(bad).status().code(), Errc::model);
  // A tagger file is not a lemmatizer file.
  std::string tagger_path = temp_path("tiny_tagger_for_lemma_test.bin");
  TrainOptions o;
  o.lang = "xx";
  o.train_files = {kTinyNl};
  o.out = tagger_path;
  o.epochs = 1;
  ASSERT_TRUE(train_tagger(o).ok());
  auto wrong = Lemmatizer::load(tagger_path);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.status().code(), Errc::model);
  EXPECT_NE(wrong.status().message().find("tagger"), std::string::npos);
}

// Removing the participle prefix "ge" also removes the diaeresis that separated it from the
// stem, as a prefix or as an infix after a particle.
TEST(Lemmatizer, EditScriptDropsDiaeresisAfterGe) {
  EditScript s;
  s.lower = true;
  s.pre_del = "ge";
  s.suf_del = "t";
  s.suf_add = "en";
  std::string tmp, out;
  ASSERT_TRUE(s.apply("geëist", tmp, out));
  EXPECT_EQ(out, "eisen");
  EditScript inf;
  inf.lower = true;
  inf.ge_pos = 2;
  inf.suf_del = "t";
  inf.suf_add = "ten";
  ASSERT_TRUE(inf.apply("ingeënt", tmp, out));
  EXPECT_EQ(out, "inenten");
  // Elsewhere a diaeresis stays (beïnvloed has no prefix "ge").
  EditScript be;
  be.lower = true;
  be.suf_add = "en";
  ASSERT_TRUE(be.apply("beïnvloed", tmp, out));
  EXPECT_EQ(out, "beïnvloeden");
}

TEST(Lemmatizer, LemmaWithoutMarks) {
  EXPECT_EQ(lemma_without_marks("aan_kloppen"), "aankloppen");
  EXPECT_EQ(lemma_without_marks("derde_ronde_partij"), "derderondepartij");
  EXPECT_EQ(lemma_without_marks("kopen"), "kopen");
  EXPECT_EQ(lemma_without_marks("_"), "_");
}

// The committed models: the seed article's verbs, and a few more facts of Dutch.
TEST(LemmatizerCommitted, DutchSeedVerbs) {
  std::string model = model_path("nl", "lemmatizer");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto lem = Lemmatizer::load(model);
  ASSERT_TRUE(lem.ok()) << lem.status().to_string();
  const char* part = "VerbForm=Part";
  struct Case {
    const char* form;
    const char* lemma;
  };
  for (Case c :
       {Case{"gekocht", "kopen"}, Case{"getraind", "trainen"}, Case{"geleverd", "leveren"},
        Case{"ontkend", "ontkennen"}, Case{"getroffen", "treffen"}, Case{"gedood", "doden"},
        Case{"gearresteerd", "arresteren"}, Case{"overleden", "overlijden"}}) {
    Doc d = make_doc({{"Dat", "PRON", ""}, {"is", "AUX", ""}, {c.form, "VERB", part}});
    (*lem)->lemmatize(d);
    EXPECT_EQ(d.tokens[2].lemma, c.lemma) << c.form;
  }
  // Separable verbs carry UD 2.16's particle mark; without it they are the plain infinitive.
  for (Case c : {Case{"aangeklopt", "aankloppen"}, Case{"meegenomen", "meenemen"}}) {
    Doc d = make_doc({{"Dat", "PRON", ""}, {"is", "AUX", ""}, {c.form, "VERB", part}});
    (*lem)->lemmatize(d);
    EXPECT_EQ(lemma_without_marks(d.tokens[2].lemma), c.lemma) << c.form;
    EXPECT_NE(d.tokens[2].lemma.find('_'), std::string::npos) << c.form;
  }
}

// News-text verbs: an annotation error of the UD 2.0 data (hielden -> hielen) loses to
// lemma_exceptions.tsv, the diaeresis goes with the participle prefix, strong participles of
// separable verbs get the particle mark.
TEST(LemmatizerCommitted, DutchNewsVerbs) {
  std::string model = model_path("nl", "lemmatizer");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto lem = Lemmatizer::load(model);
  ASSERT_TRUE(lem.ok()) << lem.status().to_string();
  struct Case {
    const char* form;
    const char* feats;
    const char* lemma;
  };
  const char* part = "VerbForm=Part";
  const char* past_pl = "Number=Plur|Tense=Past|VerbForm=Fin";
  for (Case c :
       {Case{"hielden", past_pl, "houden"}, Case{"geëist", part, "eisen"},
        Case{"geïnformeerd", part, "informeren"}, Case{"doodgeschoten", part, "dood_schieten"},
        Case{"neergeschoten", part, "neer_schieten"}, Case{"aangehouden", part, "aan_houden"},
        Case{"opgeheven", part, "op_heffen"}, Case{"teruggetrokken", part, "terug_trekken"},
        Case{"vrijgelaten", part, "vrij_laten"}}) {
    Doc d = make_doc({{"Zij", "PRON", ""}, {c.form, "VERB", c.feats}});
    (*lem)->lemmatize(d);
    EXPECT_EQ(d.tokens[1].lemma, c.lemma) << c.form;
  }
}

// With the committed tagger: a strong past tense the treebanks lack is a verb, and its
// separated particle joins the lemma.
TEST(LemmatizerCommitted, DutchStrongPastWithSeparatedParticle) {
  std::string lm = model_path("nl", "lemmatizer"), tm = model_path("nl", "tagger");
  if (!std::filesystem::exists(lm) || !std::filesystem::exists(tm))
    GTEST_SKIP() << "no committed Dutch tagger/lemmatizer under " << home_dir();
  auto lem = Lemmatizer::load(lm);
  auto tag = Tagger::load(tm);
  ASSERT_TRUE(lem.ok() && tag.ok());
  Doc d = make_doc({{"De", "", ""},
                    {"regering", "", ""},
                    {"hief", "", ""},
                    {"de", "", ""},
                    {"sancties", "", ""},
                    {"op", "", ""},
                    {".", "", ""}});
  (*tag)->tag(d);
  (*lem)->lemmatize(d);
  EXPECT_EQ(d.tokens[2].upos, "VERB");
  EXPECT_EQ(d.tokens[2].lemma, "op_heffen");
}

// A plural noun tagged as a verb gets a noun lemma; a Dutch verb's lemma ends in -n, so the word
// is a plural noun ("had ontmoetingen met", "voerden dinsdag gesprekken").
TEST(LemmatizerCommitted, DutchPluralNounTaggedAsVerb) {
  std::string lm = model_path("nl", "lemmatizer");
  if (!std::filesystem::exists(lm))
    GTEST_SKIP() << "no committed Dutch lemmatizer under " << home_dir();
  auto lem = Lemmatizer::load(lm);
  ASSERT_TRUE(lem.ok());
  Doc d = make_doc({{"Ze", "", ""},
                    {"hadden", "", ""},
                    {"ontmoetingen", "", ""},
                    {"met", "", ""},
                    {"diplomaten", "", ""},
                    {".", "", ""}});
  const char* tags[] = {"PRON", "VERB", "VERB", "ADP", "NOUN", "PUNCT"};
  for (size_t i = 0; i < 6; ++i) d.tokens[i].upos = tags[i];
  d.tokens[1].feats = d.tokens[2].feats = "Number=Plur|Tense=Past|VerbForm=Fin";
  (*lem)->lemmatize(d);
  EXPECT_EQ(d.tokens[2].lemma, "ontmoeting");
  EXPECT_EQ(d.tokens[2].upos, "NOUN");
  EXPECT_EQ(d.tokens[2].feats, "Number=Plur");
  EXPECT_EQ(d.tokens[1].upos, "VERB");  // hebben
}

// A particle before "te" + infinitive belongs to the infinitive when they make a verb
// ("stond toe te kijken": toekijken), else to the finite verb ("bood aan te onderhandelen").
TEST(LemmatizerCommitted, DutchParticleBeforeTeInfinitive) {
  std::string lm = model_path("nl", "lemmatizer"), tm = model_path("nl", "tagger");
  if (!std::filesystem::exists(lm) || !std::filesystem::exists(tm))
    GTEST_SKIP() << "no committed Dutch tagger/lemmatizer under " << home_dir();
  auto lem = Lemmatizer::load(lm);
  auto tag = Tagger::load(tm);
  ASSERT_TRUE(lem.ok() && tag.ok());
  Doc d = make_doc({{"Ze", "", ""},
                    {"stond", "", ""},
                    {"toe", "", ""},
                    {"te", "", ""},
                    {"kijken", "", ""},
                    {".", "", ""}});
  (*tag)->tag(d);
  (*lem)->lemmatize(d);
  EXPECT_EQ(d.tokens[1].lemma, "staan");
  Doc e = make_doc({{"Poetin", "", ""},
                    {"bood", "", ""},
                    {"aan", "", ""},
                    {"te", "", ""},
                    {"onderhandelen", "", ""},
                    {".", "", ""}});
  (*tag)->tag(e);
  (*lem)->lemmatize(e);
  EXPECT_EQ(e.tokens[1].lemma, "aan_bieden");
  // not after a verb that is no verb of posture ("riep Iran op te stoppen": oproepen)
  Doc f = make_doc({{"Frankrijk", "", ""},
                    {"riep", "", ""},
                    {"Iran", "", ""},
                    {"op", "", ""},
                    {"te", "", ""},
                    {"stoppen", "", ""},
                    {".", "", ""}});
  (*tag)->tag(f);
  (*lem)->lemmatize(f);
  EXPECT_EQ(f.tokens[1].lemma, "op_roepen");
}

TEST(LemmatizerCommitted, DutchWithTaggerOnSeedSentence) {
  std::string lm = model_path("nl", "lemmatizer"), tm = model_path("nl", "tagger");
  if (!std::filesystem::exists(lm) || !std::filesystem::exists(tm))
    GTEST_SKIP() << "no committed Dutch tagger/lemmatizer under " << home_dir();
  auto lem = Lemmatizer::load(lm);
  auto tag = Tagger::load(tm);
  ASSERT_TRUE(lem.ok() && tag.ok());
  Doc d = make_doc({{"Dit", "", ""},
                    {"wordt", "", ""},
                    {"door", "", ""},
                    {"Noord-Korea", "", ""},
                    {"ontkend", "", ""},
                    {".", "", ""}});
  (*tag)->tag(d);
  (*lem)->lemmatize(d);
  EXPECT_EQ(d.tokens[1].lemma, "worden");
  EXPECT_EQ(d.tokens[4].lemma, "ontkennen");
  EXPECT_EQ(d.tokens[3].lemma, "Noord-Korea");
}

TEST(LemmatizerCommitted, EnglishIrregulars) {
  std::string model = model_path("en", "lemmatizer");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto lem = Lemmatizer::load(model);
  ASSERT_TRUE(lem.ok()) << lem.status().to_string();
  Doc d = make_doc({{"Russia", "PROPN", "Number=Sing"},
                    {"bought", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"},
                    {"drones", "NOUN", "Number=Plur"},
                    {"and", "CCONJ", ""},
                    {"was", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"},
                    {"accused", "VERB", "Tense=Past|VerbForm=Part|Voice=Pass"}});
  (*lem)->lemmatize(d);
  EXPECT_EQ(d.tokens[0].lemma, "Russia");
  EXPECT_EQ(d.tokens[1].lemma, "buy");
  EXPECT_EQ(d.tokens[2].lemma, "drone");
  EXPECT_EQ(d.tokens[4].lemma, "be");
  EXPECT_EQ(d.tokens[5].lemma, "accuse");
}

// Lemma accuracy of the committed models with their own tags on the UD dev sets (a sanity
// check of the shipped files; the scores are in the model cards).
void check_dev(const std::string& lang, const std::string& dev, double min_lemma) {
  std::string lm = model_path(lang, "lemmatizer"), tm = model_path(lang, "tagger");
  if (!std::filesystem::exists(lm) || !std::filesystem::exists(tm))
    GTEST_SKIP() << "no committed models for " << lang;
  std::string gold_path = std::string(DYAD_SHARED_DIR) + "/ud/" + dev;
  if (!std::filesystem::exists(gold_path))
    GTEST_SKIP() << "shared UD data not found at " << gold_path;
  auto lem = Lemmatizer::load(lm);
  auto tag = Tagger::load(tm);
  ASSERT_TRUE(lem.ok() && tag.ok());
  std::vector<Doc> gold = read_docs(gold_path);
  std::vector<Doc> pred = gold;
  for (auto& d : pred) {
    for (auto& t : d.tokens) {
      t.lemma.clear();
      t.upos.clear();
      t.feats.clear();
    }
    (*tag)->tag(d);
    (*lem)->lemmatize(d);
  }
  EXPECT_GE(score_tags(gold, pred).lemma, min_lemma) << lang;
}

TEST(LemmatizerCommitted, DutchOnAlpinoDev) {
  check_dev("nl", "nl_alpino-ud2.16/dev.conllu", 93.0);
}
TEST(LemmatizerCommitted, EnglishOnEwtDev) {
  check_dev("en", "en_ewt-ud2.16/dev.conllu", 96.0);
}

}  // namespace
}  // namespace dyad
