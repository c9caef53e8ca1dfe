#include <gtest/gtest.h>

#include "enrich/numbers.h"
#include "test_util.h"

namespace dyad {
namespace {

TEST(Numbers, Digits) {
  EXPECT_EQ(enrich::parse_digits("470"), 470);
  EXPECT_EQ(enrich::parse_digits("1.000"), 1000);
  EXPECT_EQ(enrich::parse_digits("1,000"), 1000);
  EXPECT_EQ(enrich::parse_digits("500.000"), 500000);
  EXPECT_DOUBLE_EQ(enrich::parse_digits("2,5"), 2.5);
  EXPECT_EQ(enrich::parse_digits("99999999999999999999"), -1);  // too large
  EXPECT_EQ(enrich::parse_digits("1.00.0"), -1);
  EXPECT_EQ(enrich::parse_digits("SU35"), -1);
  EXPECT_EQ(enrich::parse_digits(""), -1);
}

struct Case {
  const char* lang;
  const char* text;
  const char* trigger;
  int quad;
  int dead;
  const char* dead_q;
  int injured;
  const char* injured_q;
};

class CountCases : public ::testing::TestWithParam<Case> {};

TEST_P(CountCases, Read) {
  DYAD_NEED_MODELS();
  const Case& c = GetParam();
  Doc d = test::parse(c.text, c.lang, "2022-12");
  d.events.push_back(test::event_at(d, c.trigger, c.quad));
  test::enricher(c.lang)->enrich(d);
  const Event& e = d.events[0];
  EXPECT_EQ(e.fatalities, c.dead) << c.text;
  EXPECT_EQ(e.fatalities_qualifier, c.dead_q) << c.text;
  EXPECT_EQ(e.injured, c.injured) << c.text;
  EXPECT_EQ(e.injured_qualifier, c.injured_q) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    All, CountCases,
    ::testing::Values(
        Case{"nl", "Bij een aanval met Iraanse kamikaze-drones waren toen drie doden gevallen.",
             "aanval", 4, 3, "exact", -1, ""},
        Case{"nl", "Bij de protesten zouden al meer dan 470 mensen zijn gedood.", "gedood", 4, 470,
             "at_least", -1, ""},
        Case{"nl", "Bij de aanslag vielen tientallen gewonden en twee doden.", "aanslag", 4, 2,
             "exact", 20, "at_least"},
        Case{"nl", "Servische troepen hebben vrijdag drie etnische Albanezen gedood.", "gedood", 4,
             3, "exact", -1, ""},
        Case{"en", "Two suicide bombers killed 23 people in Tel Aviv.", "killed", 4, 23, "exact",
             -1, ""},
        Case{"en", "Rebels shelled the city, killing about 20 people.", "shelled", 4, 20,
             "approximate", -1, ""},
        Case{"en", "A prominent journalist has been killed in a car bomb explosion.", "killed", 4,
             1, "exact", -1, ""},
        Case{"en", "The army killed 126 people and wounded dozens of others.", "killed", 4, 126,
             "exact", 24, "at_least"},
        Case{"en", "Russia bought hundreds of drones.", "bought", 2, -1, "", -1, ""},
        Case{"en", "The rebels killed 99999999999999999999 people.", "killed", 4, -1, "", -1, ""}));

}  // namespace
}  // namespace dyad
