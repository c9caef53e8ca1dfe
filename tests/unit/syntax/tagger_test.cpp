#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/conllu.h"
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

std::vector<Doc> without_tags(std::vector<Doc> docs) {
  for (auto& d : docs) {
    for (auto& t : d.tokens) {
      t.upos.clear();
      t.xpos.clear();
      t.feats.clear();
    }
    d.annotations = kSentences | kTokens;
  }
  return docs;
}

// Trains a tagger on the tiny file once for all tests of this suite.
class TaggerTiny : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string(temp_path("tiny_tagger.bin"));
    TrainOptions o;
    o.lang = "xx";
    o.train_files = {kTinyNl};
    o.out = *path_;
    o.epochs = 8;
    o.log = [](const std::string& line) { log_ += line + "\n"; };
    status_ = new Status(train_tagger(o));
  }
  static void TearDownTestSuite() {
    delete path_;
    delete status_;
  }
  static std::string* path_;
  static Status* status_;
  static std::string log_;
};
std::string* TaggerTiny::path_ = nullptr;
Status* TaggerTiny::status_ = nullptr;
std::string TaggerTiny::log_;

TEST_F(TaggerTiny, LearnsItsTrainingSentences) {
  ASSERT_TRUE(status_->ok()) << status_->to_string();
  EXPECT_NE(log_.find("epoch 8"), std::string::npos) << log_;
  auto tagger = Tagger::load(*path_);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  std::vector<Doc> gold = read_docs(kTinyNl);
  std::vector<Doc> pred = without_tags(gold);
  for (auto& d : pred) (*tagger)->tag(d);
  ASSERT_EQ(pred.size(), gold.size());
  EXPECT_TRUE(pred[0].has(kUpos | kXpos | kFeats));
  TagScores s = score_tags(gold, pred);
  EXPECT_GT(s.tokens, 50u);
  EXPECT_GE(s.upos, 97.0);
  EXPECT_GE(s.xpos, 97.0);
  EXPECT_GE(s.ufeats, 97.0);
  // A spot check: the participle and its features.
  const TokenData& t = pred[0].tokens[3];
  EXPECT_EQ(t.form, "gewerkt");
  EXPECT_EQ(t.upos, "VERB");
  EXPECT_EQ(t.feats, "VerbForm=Part");
}

TEST_F(TaggerTiny, TagsUnseenSentenceFromContext) {
  ASSERT_TRUE(status_->ok());
  auto tagger = Tagger::load(*path_);
  ASSERT_TRUE(tagger.ok());
  // "De vrouw woont in Amsterdam ." is not in the training data as such.
  Doc d;
  for (const char* w : {"De", "vrouw", "woont", "in", "Amsterdam", "."}) {
    TokenData t;
    t.form = w;
    d.tokens.push_back(t);
  }
  SentenceData s;
  s.first = 0;
  s.last = static_cast<uint32_t>(d.tokens.size());
  d.sentences.push_back(s);
  (*tagger)->tag(d);
  EXPECT_EQ(d.tokens[0].upos, "DET");
  EXPECT_EQ(d.tokens[1].upos, "NOUN");
  EXPECT_EQ(d.tokens[2].upos, "VERB");
  EXPECT_EQ(d.tokens[3].upos, "ADP");
  EXPECT_EQ(d.tokens[5].upos, "PUNCT");
}

TEST_F(TaggerTiny, SaveLoadRoundTripIsDeterministic) {
  ASSERT_TRUE(status_->ok());
  auto a = Tagger::load(*path_);
  // A byte-identical copy loads and tags the same way.
  std::string copy = temp_path("tiny_tagger_copy.bin");
  spit(copy, slurp(*path_));
  auto b = Tagger::load(copy);
  ASSERT_TRUE(a.ok() && b.ok());
  std::vector<Doc> x = without_tags(read_docs(kTinyNl)), y = x;
  for (auto& d : x) (*a)->tag(d);
  for (auto& d : y) (*b)->tag(d);
  for (size_t k = 0; k < x.size(); ++k)
    for (size_t i = 0; i < x[k].tokens.size(); ++i) {
      EXPECT_EQ(x[k].tokens[i].upos, y[k].tokens[i].upos);
      EXPECT_EQ(x[k].tokens[i].xpos, y[k].tokens[i].xpos);
      EXPECT_EQ(x[k].tokens[i].feats, y[k].tokens[i].feats);
    }
}

TEST_F(TaggerTiny, LoadRefusesCorruptTruncatedAndForeignFiles) {
  ASSERT_TRUE(status_->ok());
  std::string data = slurp(*path_);
  ASSERT_GT(data.size(), 100u);
  std::string bad = temp_path("tiny_tagger_bad.bin");

  std::string flipped = data;
  flipped[flipped.size() / 2] ^= 0x5A;
  spit(bad, flipped);
  auto r1 = Tagger::load(bad);
  ASSERT_FALSE(r1.ok());
  EXPECT_EQ(r1.status().code(), Errc::model);
  EXPECT_NE(r1.status().to_string().find(bad), std::string::npos) << r1.status().to_string();

  spit(bad, data.substr(0, data.size() - 20));
  auto r2 = Tagger::load(bad);
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().code(), Errc::model);

  spit(bad, "not a model at all");
  EXPECT_EQ(Tagger::load(bad).status().code(), Errc::model);
  EXPECT_EQ(Tagger::load(bad + ".missing").status().code(), Errc::model);
}

TEST(Tagger, TrainRefusesMissingData) {
  TrainOptions o;
  o.lang = "xx";
  o.train_files = {std::string(DYAD_TEST_DATA) + "/syntax/does-not-exist.conllu"};
  o.out = temp_path("never.bin");
  Status st = train_tagger(o);
  EXPECT_FALSE(st.ok());
}

// The committed models on the UD dev sets (a sanity check of the shipped files, not the
// evaluation: dyad's model cards hold the scores).
void check_committed(const std::string& lang, const std::string& dev, double min_upos) {
  std::string model = model_path(lang, "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  std::string gold_path = std::string(DYAD_SHARED_DIR) + "/ud/" + dev;
  if (!std::filesystem::exists(gold_path))
    GTEST_SKIP() << "shared UD data not found at " << gold_path;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  std::vector<Doc> gold = read_docs(gold_path);
  std::vector<Doc> pred = without_tags(gold);
  for (auto& d : pred) (*tagger)->tag(d);
  TagScores s = score_tags(gold, pred);
  EXPECT_GE(s.upos, min_upos) << lang << " UPOS on " << dev;
  EXPECT_GE(s.ufeats, min_upos - 2) << lang << " UFeats on " << dev;
}

TEST(TaggerCommitted, DutchOnAlpinoDev) {
  check_committed("nl", "nl_alpino-ud2.16/dev.conllu", 92.0);
}

TEST(TaggerCommitted, EnglishOnEwtDev) {
  check_committed("en", "en_ewt-ud2.16/dev.conllu", 93.5);
}

// One sentence of space-separated words, tagged.
Doc tag_words(const Tagger& tagger, const char* text) {
  Doc d;
  std::istringstream words(text);
  for (std::string w; words >> w;) {
    TokenData t;
    t.form = w;
    d.tokens.push_back(t);
  }
  d.sentences.push_back(SentenceData{});
  d.sentences[0].first = 0;
  d.sentences[0].last = static_cast<uint32_t>(d.tokens.size());
  tagger.tag(d);
  return d;
}

// Newswire sentences that open with capitalized words (issue 2): the English tagger must find
// the main verb. (These sentences were tagged all PROPN/X because language identification sent
// them to the Dutch tagger; see tests/unit/pipeline/news_lang_test.cpp.)
TEST(TaggerCommitted, EnglishNewsSentencesKeepTheirVerb) {
  std::string model = model_path("en", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  const std::pair<const char*, size_t> cases[] = {
      {"Police attacked Serb civilians .", 1},
      {"Croatian police attacked Serb civilians .", 2},
      {"Croatian extremists attacked Serb civilians .", 2},
      {"Two Palestinian suicide bombers killed 23 people in Tel Aviv .", 4},
      {"Serbian militants attacked Croatian villages .", 2},
      {"Rebels shelled the capital on Monday .", 1},
  };
  for (const auto& [text, verb] : cases) {
    Doc d = tag_words(**tagger, text);
    EXPECT_EQ(d.tokens[verb].upos, "VERB") << text;
    EXPECT_NE(d.tokens[0].upos, "PROPN") << text;
  }
}

// Dutch "hebben" is AUX only beside a participle or infinitive; without one it is the main verb.
TEST(TaggerCommitted, DutchHebbenWithoutVerbIsTheMainVerb) {
  std::string model = model_path("nl", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  auto tag = [&](const char* text) { return tag_words(**tagger, text); };
  EXPECT_EQ(tag("Iran heeft in het Westen een slechte naam , vanwege het bewind .").tokens[1].upos,
            "VERB");
  EXPECT_EQ(tag("Iran heeft in het Westen een belabberde naam .").tokens[1].upos, "VERB");
  EXPECT_EQ(tag("Iran heeft drones aan Rusland geleverd .").tokens[1].upos, "AUX");
  EXPECT_EQ(tag("Hij zei dat Iran drones geleverd heeft .").tokens[6].upos, "AUX");
}

// Dutch "bereid" before "te" + verb (or "om", "tot") is the adjective "willing".
TEST(TaggerCommitted, DutchBereidBeforeAnInfinitiveIsAnAdjective) {
  std::string model = model_path("nl", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  auto tag = [&](const char* text) { return tag_words(**tagger, text); };
  EXPECT_EQ(tag("Noorwegen is bereid materieel te sturen .").tokens[2].upos, "ADJ");
  EXPECT_EQ(tag("Syrië zei dat het bereid is om troepen terug te trekken .").tokens[4].upos, "ADJ");
  // an acronym compound is a noun, never an adjective
  Doc a = tag("VN-secretaris-generaal Kofi Annan kondigde maandag aan dat hij vertrekt .");
  EXPECT_EQ(a.tokens[0].upos, "NOUN");
}

// Dutch: a day or month name is never a verb; the word closing a clause of hebben that looks
// like a participle is one; a capitalized verb inside a name is a name part.
TEST(TaggerCommitted, DutchDayNameParticipleAfterHebbenAndNamePart) {
  std::string model = model_path("nl", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  auto tag = [&](const char* text) { return tag_words(**tagger, text); };
  Doc d = tag("Dat zei de minister van Binnenlandse Zaken Alfonso Navarrete maandag .");
  EXPECT_EQ(d.tokens[9].upos, "PROPN");
  Doc p =
      tag("Islamitische hackers hebben de afgelopen maand bijna 3.000 Deense websites beklad , "
          "zeiden waarnemers .");
  EXPECT_EQ(p.tokens[10].upos, "VERB");
  EXPECT_EQ(p.tokens[10].feats, "VerbForm=Part");
  // a plural noun after an adjective or possessive stays a noun
  EXPECT_EQ(tag("Iran heeft zo zijn eigen belangen .").tokens[5].upos, "NOUN");
  Doc n = tag("Het Moro Islamitisch Bevrijdingsfront en de Verenigde Naties maken zich schuldig .");
  EXPECT_EQ(n.tokens[3].upos, "PROPN");
  EXPECT_EQ(n.tokens[6].upos, "PROPN");
  // a word in capitals is no name part
  EXPECT_NE(tag("MAY SNAPT HET NIET .").tokens[1].upos, "PROPN");
}

// English: a sentence without a finite verb gets one, from a participle after its subject.
TEST(TaggerCommitted, EnglishPastTenseWhenNoFiniteVerb) {
  std::string model = model_path("en", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  Doc d = tag_words(**tagger, "Syrian officers today ended mediation efforts in Tripoli .");
  EXPECT_EQ(d.tokens[3].xpos, "VBD");
  EXPECT_NE(d.tokens[3].feats.find("VerbForm=Fin"), std::string::npos) << d.tokens[3].feats;
  EXPECT_NE(d.tokens[3].feats.find("Number=Plur"), std::string::npos) << d.tokens[3].feats;
  // A participle after a determiner, or beside an auxiliary, stays one.
  Doc a = tag_words(**tagger, "The proposed changes were rejected .");
  EXPECT_EQ(a.tokens[1].xpos == "VBD", false);
  EXPECT_EQ(a.tokens[4].xpos, "VBN");
}

// Dutch: a first clause without a finite verb gets one, from a participle-like past after its
// subject that takes an object or a day name ("verwierpen woensdag een oproep").
TEST(TaggerCommitted, DutchPastTenseWhenNoFiniteVerb) {
  std::string model = model_path("nl", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  Doc d = tag_words(**tagger,
                    "Rebellen in Ivoorkust verwierpen woensdag een oproep van president Laurent "
                    "Gbagbo , en zeiden dat ze doorvechten .");
  EXPECT_EQ(d.tokens[3].upos, "VERB");
  EXPECT_EQ(d.tokens[3].feats, "Number=Plur|Tense=Past|VerbForm=Fin");
  EXPECT_EQ(d.tokens[3].xpos, "WW|pv|verl|mv");
  // a participle beside an auxiliary, or a separable participle in a headline, stays one
  Doc a = tag_words(**tagger, "De Rebellen hebben woensdag een oproep verworpen .");
  EXPECT_EQ(a.tokens[6].feats.find("VerbForm=Fin"), std::string::npos) << a.tokens[6].feats;
  Doc h = tag_words(**tagger, "Tsunami-alarm in VS afgeblazen De aardbeving was zwaar .");
  EXPECT_EQ(h.tokens[3].feats.find("VerbForm=Fin"), std::string::npos) << h.tokens[3].feats;
}

// English: a clause opening with its subject and without a finite verb (before a closing
// report) gets one from the word the model, decoded again, finds most likely as a finite verb.
TEST(TaggerCommitted, EnglishFiniteVerbBeforeAReport) {
  std::string model = model_path("en", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  Doc d = tag_words(**tagger,
                    "The Palestinians reject proposed Israeli changes to the deal , a negotiator "
                    "said .");
  EXPECT_EQ(d.tokens[2].upos, "VERB");
  EXPECT_EQ(d.tokens[2].xpos, "VBP");
  EXPECT_EQ(d.tokens[3].xpos, "VBN");  // (the participle before its noun stays one)
  // The clause of a later finite verb ("as ... and the toll rose") is not the main clause.
  Doc c = tag_words(**tagger,
                    "Syrian officers today ended mediation efforts in Tripoli as shells continued "
                    "crashing and the death toll rose .");
  EXPECT_EQ(c.tokens[3].xpos, "VBD");
  // A sentence that does not open with its subject is left alone.
  Doc a = tag_words(**tagger, "After the talks , changes to the deal , a negotiator said .");
  EXPECT_EQ(a.tokens[4].upos, "NOUN");
}

// English: an -s word read as a verb between a modifier and a finite verb is a plural noun.
TEST(TaggerCommitted, EnglishPluralNounBeforeItsVerb) {
  std::string model = model_path("en", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  Doc d = tag_words(**tagger, "Rwandan rebels announced that they would agree to talks .");
  EXPECT_EQ(d.tokens[1].upos, "NOUN");
  EXPECT_EQ(d.tokens[1].xpos, "NNS");
  EXPECT_EQ(d.tokens[2].xpos, "VBD");
  // A verb before a participle or gerund stays a verb.
  Doc a = tag_words(**tagger, "Google risks losing a huge chunk of its customers .");
  EXPECT_EQ(a.tokens[1].xpos, "VBZ");
}

// English news: a closing report's verb read as a participle becomes the past tense; an -s verb
// after a parenthetical ("Greece, like ..., plans") and a noun read as a present verb right after
// the finite verb that takes it ("sought refuge") are repaired.
TEST(TaggerCommitted, EnglishNewsVerbAndNounRepairs) {
  std::string model = model_path("en", "tagger");
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no committed model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  Doc r = tag_words(**tagger,
                    "Croatian authorities are failing to uphold the property rights of Croatian "
                    "Serb refugees , a human rights group protested here Wednesday .");
  EXPECT_EQ(r.tokens[18].xpos, "VBD");
  EXPECT_NE(r.tokens[18].feats.find("VerbForm=Fin"), std::string::npos) << r.tokens[18].feats;
  Doc p = tag_words(**tagger,
                    "Greece , like most other existing members , plans to impose restrictions on "
                    "its labour market .");
  EXPECT_EQ(p.tokens[8].upos, "VERB");
  EXPECT_EQ(p.tokens[8].xpos, "VBZ");
  Doc o = tag_words(**tagger, "Some 800,000 Iraqi Kurds sought refuge in Germany last month .");
  EXPECT_EQ(o.tokens[4].xpos, "VBD");
  EXPECT_EQ(o.tokens[5].upos, "NOUN");
  // A sentence with a finite verb keeps its plural noun after a parenthetical.
  Doc a = tag_words(**tagger, "Greece , like other members , plans changes that were rejected .");
  EXPECT_EQ(a.tokens[6].upos, "NOUN");
}

}  // namespace
}  // namespace dyad
