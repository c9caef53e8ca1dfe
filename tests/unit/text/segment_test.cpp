#include "eval/segment.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

const char* kGold =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\t_\t_\t1\taux\t_\t_\n"
    "3\tn't\tnot\tPART\t_\t_\t1\tadvmod\t_\tSpaceAfter=No\n"
    "4\tknow\tknow\tVERB\t_\t_\t1\tdep\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "# text = Mr. Smith agreed.\n"
    "1\tMr.\tMr.\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tSmith\tSmith\tPROPN\t_\t_\t3\tnsubj\t_\t_\n"
    "3\tagreed\tagree\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = 3\n"
    "# text = Headline without stop\n"
    "1\tHeadline\theadline\tNOUN\t_\t_\t0\troot\t_\t_\n"
    "2\twithout\twithout\tADP\t_\t_\t3\tcase\t_\t_\n"
    "3\tstop\tstop\tNOUN\t_\t_\t1\tnmod\t_\t_\n"
    "\n";

TEST(Segment, PerfectOnSimpleGold) {
  auto r = score_segmentation_text(kGold, "inline", testing::tokenizer("en"), "en");
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(r->documents, 1u);
  EXPECT_EQ(r->tokens.gold, 11u);  // "don't" counts once (a multiword token)
  EXPECT_EQ(r->tokens.correct, 11u);
  EXPECT_DOUBLE_EQ(r->tokens.f1(), 1.0);
  EXPECT_EQ(r->sentences.gold, 3u);
  EXPECT_DOUBLE_EQ(r->sentences.f1(), 1.0);
}

TEST(Segment, CountsErrors) {
  // Without the newpar the headline runs into nothing; make the gold disagree instead: a gold
  // file that splits "Mr." into two tokens cannot be matched exactly.
  std::string gold = kGold;
  gold.replace(gold.find("1\tMr.\tMr."), 9, "1\tMr\tMr");
  gold.replace(gold.find("2\tSmith"), 7, "2\t.\t.\t_\t_\t_\t0\t_\t_\tSpaceAfter=No\n3\tSmith");
  auto r = score_segmentation_text(gold, "inline", testing::tokenizer("en"), "en");
  ASSERT_TRUE(r.ok());
  EXPECT_LT(r->tokens.f1(), 1.0);
  EXPECT_EQ(r->tokens.gold, 12u);
}

TEST(Segment, NoTextLines) {
  auto r = score_segmentation_text("1\tHallo\thallo\tINTJ\t_\t_\t0\troot\t_\t_\n\n", "inline",
                                   testing::tokenizer("nl"), "nl");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Errc::parse);
  auto missing = score_segmentation("/nonexistent.conllu", testing::tokenizer("nl"), "nl");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Errc::io);
}

}  // namespace
}  // namespace dyad
