// The foundation issue's checks on the canonical seed article (read from ../shared; skipped
// when it is absent): sentence boundaries around the caption and credit, lemmas of the verbs
// the event coder needs, and the passive agent of "ontkend".
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "io/reader.h"
#include "pipeline/pipeline.h"
#include "util/paths.h"

namespace dyad {
namespace {

std::string shared_dir() {
  const char* env = std::getenv("DYAD_SHARED");
  return env && *env ? env : DYAD_SHARED_DIR;
}

class Seed : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = shared_dir() + "/seed/article-nl-2022-12.txt";
    if (!std::filesystem::exists(path_))
      GTEST_SKIP() << "seed article not found at " << path_ << " (../shared is absent)";
    if (!std::filesystem::exists(model_path("nl", "parser")))
      GTEST_SKIP() << "Dutch models not found under " << home_dir() << "/models";
    auto p = Pipeline::load(PipelineOptions{});
    ASSERT_TRUE(p.ok()) << p.status().to_string();
    auto r = DocReader::open({path_}, ReadOptions{});
    ASSERT_TRUE(r.ok()) << r.status().to_string();
    Status err;
    ASSERT_EQ((*r)->next(doc_, err), DocReader::Next::doc) << err.to_string();
    ASSERT_TRUE((*p)->process(doc_).ok());
  }
  // The sentence index holding the first token whose form is `form`, or -1.
  int sentence_of(const std::string& form) const {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
      for (uint32_t i = doc_.sentences[s].first; i < doc_.sentences[s].last; ++i)
        if (doc_.tokens[i].form == form) return static_cast<int>(s);
    return -1;
  }
  const TokenData* find(const std::string& form) const {
    for (const auto& t : doc_.tokens)
      if (t.form == form) return &t;
    return nullptr;
  }
  std::string path_;
  Doc doc_;
};

TEST_F(Seed, HeaderGivesDateAndLanguage) {
  EXPECT_EQ(doc_.date, "2022-12");
  EXPECT_EQ(doc_.lang, "nl");
}

TEST_F(Seed, CaptionCreditAndBodyAreSeparateSentences) {
  int caption = sentence_of("Demonstranten");
  int attack = sentence_of("aanval");
  int credit = sentence_of("Beeld");
  int body = sentence_of("niveau");
  ASSERT_GE(caption, 0);
  EXPECT_EQ(attack, caption + 1);
  EXPECT_EQ(credit, attack + 1);
  EXPECT_EQ(body, credit + 1);
  const SentenceData& c = doc_.sentences[credit];
  EXPECT_EQ(doc_.slice(c.start, c.end), "Beeld AFP");
  EXPECT_TRUE(c.is_credit);
}

TEST_F(Seed, VerbLemmas) {
  for (auto [form, lemma] : {std::pair{"gekocht", "kopen"},
                             {"getraind", "trainen"},
                             {"geleverd", "leveren"},
                             {"ontkend", "ontkennen"}}) {
    const TokenData* t = find(form);
    ASSERT_NE(t, nullptr) << form;
    EXPECT_EQ(t->lemma, lemma) << form;
  }
}

TEST_F(Seed, PassiveAgentOfOntkend) {
  int s = sentence_of("ontkend");
  ASSERT_GE(s, 0);
  const SentenceData& sd = doc_.sentences[s];
  int ontkend = -1, nk = -1;
  for (uint32_t i = sd.first; i < sd.last; ++i) {
    if (doc_.tokens[i].form == "ontkend") ontkend = static_cast<int>(i - sd.first) + 1;
    if (doc_.tokens[i].form == "Noord-Korea") nk = static_cast<int>(i);
  }
  ASSERT_GT(ontkend, 0);
  ASSERT_GE(nk, 0);
  EXPECT_EQ(doc_.tokens[nk].head, ontkend);
  EXPECT_EQ(doc_.tokens[nk].deprel, "obl:agent");
}

TEST_F(Seed, OffsetsPointIntoTheText) {
  for (const auto& t : doc_.tokens) {
    ASSERT_LE(t.start, t.end);
    ASSERT_LE(t.end, doc_.text.size());
  }
  const TokenData* k = find("Kyiv");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(doc_.slice(k->start, k->end), "Kyiv");
}

}  // namespace
}  // namespace dyad
