// The canonical seed article: caption, credit and body sentences come out separately.
#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

TEST(Seed, ArticleSentences) {
  const std::string shared = testing::shared_dir();
  if (shared.empty())
    GTEST_SKIP() << "../shared is absent (set DYAD_SHARED to the shared folder to run this test)";
  std::string text = testing::read_file(shared + "/seed/article-nl-2022-12.txt");
  if (text.empty()) GTEST_SKIP() << "seed article missing in " << shared;
  // The io layer strips the header " date 2022-12 "; do the same here.
  const std::string header = " date 2022-12 ";
  ASSERT_EQ(text.compare(0, header.size(), header), 0);
  text.erase(0, header.size());
  Doc d = testing::tokenize("nl", text);
  auto s = testing::sentences(d);
  ASSERT_GE(s.size(), 6u);
  EXPECT_EQ(s[0],
            "Demonstranten voor de Iraanse ambassade in de Oekraïense hoofdstad Kyiv protesteren "
            "half oktober tegen de wapenleveranties van Teheran aan Moskou.");
  EXPECT_EQ(s[1], "Bij een aanval met Iraanse kamikaze-drones waren toen drie doden gevallen.");
  EXPECT_EQ(s[2], "Beeld AFP");
  EXPECT_TRUE(d.sentences[2].is_credit);
  EXPECT_EQ(d.sentences[2].paragraph, 0u);
  EXPECT_EQ(d.sentences[3].paragraph, 1u);
  int credits = 0;
  for (const auto& x : d.sentences) credits += x.is_credit;
  EXPECT_EQ(credits, 1);
  // Headlines are sentences of their own.
  EXPECT_NE(std::find(s.begin(), s.end(), "Arabische landen"), s.end());
  EXPECT_NE(std::find(s.begin(), s.end(), "Noord-Korea"), s.end());
  EXPECT_NE(std::find(s.begin(), s.end(), "Dit wordt door Noord-Korea ontkend."), s.end());
  EXPECT_NE(std::find(s.begin(), s.end(),
                      "Iraanse instructeurs zijn naar Rusland, en naar "
                      "verluidt ook naar Oekraïne gekomen om Russische "
                      "troepen te trainen ."),
            s.end());
  EXPECT_EQ(s.size(), 28u);
  EXPECT_TRUE(testing::has_token(d, "Saoedi’s"));
  EXPECT_TRUE(testing::has_token(d, "kamikaze-drones"));
  // ‘wanhoopsalliantie’ -> ‘ + wanhoopsalliantie + ’
  bool found = false;
  for (size_t k = 1; k + 1 < d.tokens.size(); ++k)
    if (d.tokens[k].form == "wanhoopsalliantie")
      found = d.tokens[k - 1].form == "‘" && d.tokens[k + 1].form == "’";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace dyad
