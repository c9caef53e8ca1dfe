// The must-show cases on the seed article (../shared; skipped when absent), with events
// built by hand on the parsed article so the checks do not depend on the event coder.
#include <gtest/gtest.h>

#include "io/reader.h"
#include "test_util.h"

namespace dyad {
namespace {

class SeedEnrich : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = test::shared_dir() + "/seed/article-nl-2022-12.txt";
    if (!std::filesystem::exists(path))
      GTEST_SKIP() << "seed article not found at " << path << " (../shared is absent)";
    DYAD_NEED_MODELS();
    auto r = DocReader::open({path}, ReadOptions{});
    ASSERT_TRUE(r.ok()) << r.status().to_string();
    Status err;
    ASSERT_EQ((*r)->next(doc_, err), DocReader::Next::doc) << err.to_string();
    ASSERT_TRUE(test::syntax_engine()->process(doc_).ok());
  }
  const Event& enrich_at(const std::string& trigger, int quad = 0,
                         const std::string& modality = "asserted") {
    doc_.events = {test::event_at(doc_, trigger, quad, modality)};
    doc_.annotations &= ~kEnriched;
    test::enricher("nl")->enrich(doc_);
    return doc_.events[0];
  }
  Doc doc_;
};

TEST_F(SeedEnrich, KyivProtest) {
  const Event& e = enrich_at("protesteren", 3);
  EXPECT_EQ(e.place.name, "Kyiv");
  EXPECT_EQ(e.place.country, "UKR");
  EXPECT_EQ(e.place.precision, "city");
  EXPECT_NEAR(e.place.lat, 50.45, 0.05);
  EXPECT_NEAR(e.place.lon, 30.52, 0.05);
  EXPECT_EQ(doc_.slice(e.place.start, e.place.end), "Kyiv");
  EXPECT_EQ(e.date, "2022-10");
  EXPECT_EQ(e.date_precision, "month");
}

TEST_F(SeedEnrich, ArrestOfMahsaAmini) {
  const Event& e = enrich_at("gearresteerd", 4);
  EXPECT_EQ(e.date, "2022-09-13");
  EXPECT_EQ(e.date_precision, "day");
  EXPECT_FALSE(e.date_future);
}

TEST_F(SeedEnrich, ProtestsInIranSinceSeptember) {
  const Event& e = enrich_at("gedemonstreerd", 3);
  EXPECT_EQ(e.place.name, "Iran");
  EXPECT_EQ(e.place.country, "IRN");
  EXPECT_EQ(e.place.precision, "country");
  EXPECT_EQ(e.date, "2022-09");
  EXPECT_EQ(e.date_precision, "month");
  EXPECT_EQ(e.date_end, "2022-12-31");
}

TEST_F(SeedEnrich, DroneAttackFatalities) {
  const Event& e = enrich_at("aanval", 4);
  EXPECT_EQ(e.fatalities, 3);
  EXPECT_EQ(e.fatalities_qualifier, "exact");
}

TEST_F(SeedEnrich, ProtestDeathsAtLeast470) {
  const Event& e = enrich_at("gedood", 4, "alleged");
  EXPECT_EQ(e.fatalities, 470);
  EXPECT_EQ(e.fatalities_qualifier, "at_least");
}

TEST_F(SeedEnrich, JetsDeliveryFutureWindow) {
  const Event& e = enrich_at("geleverd", 1, "future");
  EXPECT_TRUE(e.date_future);
  EXPECT_EQ(e.date_end, "2023-12-31");
}

TEST_F(SeedEnrich, PlacesOfOtherEvents) {
  EXPECT_EQ(enrich_at("gekocht").place.name, "Tehran");
  EXPECT_EQ(enrich_at("wapenleveranties").place.name, "");  // "van Teheran" is the source
  EXPECT_EQ(enrich_at("getraind").date_end, "");            // the window is the delivery's
}

}  // namespace
}  // namespace dyad
