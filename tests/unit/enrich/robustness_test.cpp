// Odd input never crashes the enrich stage: events pointing outside the document, empty and
// malformed dates, huge numbers, trees with cycles.
#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

TEST(EnrichRobustness, OddEventsAndDates) {
  if (!test::gazetteer_present())
    GTEST_SKIP() << "gazetteer not built at " << enrich::Gazetteer::default_path();
  auto en = Enricher::load("nl");
  ASSERT_TRUE(en.ok()) << en.status().to_string();
  Doc d;
  d.text = "Op 31 februari 99999999999999999999 doden in Kyiv .";
  d.lang = "nl";
  d.date = "2022-13-45";  // malformed
  uint32_t pos = 0;
  const std::vector<std::string> forms = {"Op",    "31", "februari", "99999999999999999999",
                                          "doden", "in", "Kyiv",     "."};
  for (const std::string& f : forms) {
    TokenData t;
    t.form = f;
    t.start = pos;
    t.end = pos + static_cast<uint32_t>(t.form.size());
    pos = t.end + 1;
    t.upos.push_back('X');
    t.head = static_cast<int32_t>(d.tokens.size() + 2) % 9;  // cycles and out-of-range heads
    d.tokens.push_back(t);
  }
  d.sentences.push_back({0, static_cast<uint32_t>(d.tokens.size()), 0, pos, 0, "", false});
  Event ok;
  ok.trigger_first = 4;
  ok.trigger_last = 4;
  Event bad_sentence;
  bad_sentence.sentence = 7;
  Event bad_trigger;
  bad_trigger.trigger_first = 100;
  bad_trigger.trigger_last = 3;
  d.events = {ok, bad_sentence, bad_trigger};
  (*en)->enrich(d);
  EXPECT_TRUE(d.has(kEnriched));
  EXPECT_EQ(d.events[0].date, "");        // no usable article date, "31 februari" has no year
  EXPECT_EQ(d.events[0].fatalities, -1);  // too large to be a count
  Doc empty;
  empty.events.push_back(Event{});
  (*en)->enrich(empty);
  EXPECT_EQ(empty.events[0].date, "");
}

TEST(EnrichRobustness, UnknownLanguageIsAnError) {
  auto en = Enricher::load("xx");
  EXPECT_FALSE(en.ok());
}

}  // namespace
}  // namespace dyad
