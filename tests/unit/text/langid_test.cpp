#include "text/langid.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(LangId, DutchSentences) {
  for (const char* t :
       {"Rusland heeft al honderden van deze vliegende bommen gekocht in Teheran.",
        "Dit wordt door Noord-Korea ontkend.",
        "De protesten begonnen na de dood van de 22-jarige Mahsa Amini.",
        "Iran levert drones aan Rusland", "Kabinet wil snel duidelijkheid over stikstof"}) {
    LangGuess g = identify_language(t);
    EXPECT_EQ(g.lang, "nl") << t;
    EXPECT_GT(g.confidence, 0.0) << t;
  }
}

TEST(LangId, EnglishSentences) {
  for (const char* t :
       {"The White House said Russia is providing an unprecedented level of support.",
        "He announced this in January.", "Iran supplies drones to Russia",
        "Thousands march against the government in Tehran", "What do you think they are doing?"}) {
    LangGuess g = identify_language(t);
    EXPECT_EQ(g.lang, "en") << t;
    EXPECT_GT(g.confidence, 0.0) << t;
  }
}

TEST(LangId, LongTextIsConfident) {
  std::string nl, en;
  for (int i = 0; i < 20; ++i) {
    nl += "De regering van het land heeft gezegd dat zij de sancties niet zal opheffen. ";
    en += "The government of the country has said that it will not lift the sanctions. ";
  }
  EXPECT_EQ(identify_language(nl).lang, "nl");
  EXPECT_GT(identify_language(nl).confidence, 0.9);
  EXPECT_EQ(identify_language(en).lang, "en");
  EXPECT_GT(identify_language(en).confidence, 0.9);
}

TEST(LangId, NoEvidence) {
  for (const char* t : {"", "   ", "12345 67.89", "!!! ???", "\xFF\xFE"}) {
    LangGuess g = identify_language(t);
    EXPECT_EQ(g.lang, "") << t;
    EXPECT_LT(g.confidence, 0.1) << t;
  }
}

}  // namespace
}  // namespace dyad
