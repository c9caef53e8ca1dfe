#include <gtest/gtest.h>

#include "enrich/dates.h"
#include "test_util.h"

namespace dyad {
namespace {

using enrich::Day;
using enrich::parse_date;

TEST(Dates, ParseAndCalendar) {
  EXPECT_EQ(parse_date("2022-12").precision, "month");
  EXPECT_EQ(parse_date("2022-12-05").str(), "2022-12-05");
  EXPECT_EQ(parse_date("1988").str(), "1988");
  EXPECT_FALSE(parse_date("2022-02-31").known());
  EXPECT_FALSE(parse_date("2022-13").known());
  EXPECT_FALSE(parse_date("").known());
  EXPECT_FALSE(parse_date("99999999999").known());
  EXPECT_EQ(parse_date("2024-02").last_day().str(), "2024-02-29");
  EXPECT_EQ(enrich::from_days(enrich::to_days(2022, 12, 31) + 1).str(), "2023-01-01");
  EXPECT_EQ(enrich::from_days(enrich::to_days(1970, 1, 1)).str(), "1970-01-01");
}

struct Case {
  const char* lang;
  const char* doc_date;
  const char* text;
  const char* trigger;
  const char* modality;
  const char* date;
  const char* precision;
  const char* end;
  bool future;
};

class DateCases : public ::testing::TestWithParam<Case> {};

TEST_P(DateCases, Resolve) {
  DYAD_NEED_MODELS();
  const Case& c = GetParam();
  Doc d = test::parse(c.text, c.lang, c.doc_date);
  d.events.push_back(test::event_at(d, c.trigger, 0, c.modality));
  test::enricher(c.lang)->enrich(d);
  const Event& e = d.events[0];
  EXPECT_EQ(e.date, c.date) << c.text;
  EXPECT_EQ(e.date_precision, c.precision) << c.text;
  EXPECT_EQ(e.date_end, c.end) << c.text;
  EXPECT_EQ(e.date_future, c.future) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    All, DateCases,
    ::testing::Values(
        // 2022-12-07 is a Wednesday.
        Case{"nl", "2022-12-07", "De politie arresteerde op 13 september de vrouw.", "arresteerde",
             "asserted", "2022-09-13", "day", "", false},
        Case{"nl", "2022-12", "Demonstranten protesteren half oktober tegen de regering.",
             "protesteren", "asserted", "2022-10", "month", "", false},
        Case{"nl", "2022-12", "Sinds september wordt in Iran gedemonstreerd.", "gedemonstreerd",
             "asserted", "2022-09", "month", "2022-12-31", false},
        Case{"nl", "2022-12-07", "De minister bezocht vorige week Kyiv.", "bezocht", "asserted",
             "2022-11-28", "week", "", false},
        Case{"nl", "2022-12-07", "De minister bezocht dinsdag Kyiv.", "bezocht", "asserted",
             "2022-12-06", "day", "", false},
        Case{"nl", "2022-12-07", "De minister bezocht woensdag Kyiv.", "bezocht", "asserted",
             "2022-11-30", "day", "", false},
        Case{"nl", "2022-12-07", "De minister bezocht zondagavond Kyiv.", "bezocht", "asserted",
             "2022-12-04", "day", "", false},
        Case{"nl", "2022-12", "Er zullen binnen een jaar vliegtuigen worden geleverd.", "geleverd",
             "future", "2022-12", "month", "2023-12-31", true},
        Case{"nl", "2022-12-07", "De minister bezocht op 31 februari Kyiv.", "bezocht", "asserted",
             "2022-02", "month", "", false},
        Case{"nl", "2023-02-10", "In november vielen de troepen aan.", "vielen", "asserted",
             "2022-11", "month", "", false},
        Case{"en", "2022-12-07", "Rebels attacked the town on Thursday.", "attacked", "asserted",
             "2022-12-01", "day", "", false},
        Case{"en", "2022-12-07", "Rebels attacked the town last month.", "attacked", "asserted",
             "2022-11", "month", "", false},
        Case{"en", "2000-01-01", "Libya blew up a plane in 1988.", "blew", "asserted", "1988",
             "year", "", false},
        Case{"en", "2022-12-07", "The talks will resume next week.", "resume", "future",
             "2022-12-12", "week", "", true},
        Case{"en", "2022-12-07", "Police arrested him three days ago.", "arrested", "asserted",
             "2022-12-04", "day", "", false},
        Case{"en", "2022-12-07", "Police arrested him on September 13, 2021.", "arrested",
             "asserted", "2021-09-13", "day", "", false},
        Case{"en", "2022-12-07", "Police arrested the protesters.", "arrested", "asserted",
             "2022-12-07", "day", "", false},
        Case{"en", "", "Police arrested the protesters yesterday.", "arrested", "asserted", "", "",
             "", false}));

// A date in a relative clause belongs to that clause's verb, not to the main verb.
TEST(Dates, EmbeddedClauseKeepsItsDate) {
  DYAD_NEED_MODELS();
  Doc d = test::parse(
      "De protesten begonnen met de dood van Mahsa Amini die op 13 september door de "
      "zedenpolitie werd gearresteerd.",
      "nl", "2022-12");
  d.events.push_back(test::event_at(d, "begonnen"));
  d.events.push_back(test::event_at(d, "gearresteerd"));
  test::enricher("nl")->enrich(d);
  EXPECT_EQ(d.events[0].date, "2022-12");
  EXPECT_EQ(d.events[1].date, "2022-09-13");
  EXPECT_EQ(d.events[1].date_precision, "day");
}

}  // namespace
}  // namespace dyad
