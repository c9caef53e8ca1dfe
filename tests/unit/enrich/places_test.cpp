#include <gtest/gtest.h>

#include <chrono>

#include "lexicon/tsv.h"
#include "test_util.h"

namespace dyad {
namespace {

TEST(Gazetteer, LoadsAndFindsNamesInBothLanguages) {
  if (!test::gazetteer_present())
    GTEST_SKIP() << "gazetteer not built at " << enrich::Gazetteer::default_path();
  // Time a fresh read and parse (load() shares one copy per process).
  auto t0 = std::chrono::steady_clock::now();
  auto text = lexicon::read_file_text(enrich::Gazetteer::default_path());
  ASSERT_TRUE(text.ok());
  auto fresh = enrich::Gazetteer::parse(*text, "gazetteer");
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0);
  ASSERT_TRUE(fresh.ok()) << fresh.status().to_string();
  auto g = enrich::Gazetteer::load();
  ASSERT_TRUE(g.ok()) << g.status().to_string();
  std::printf("gazetteer: %zu places, %zu names, loaded in %.1f ms\n", (*g)->size(), (*g)->names(),
              ms.count());
  EXPECT_GT((*g)->size(), 20000u);
  for (const char* name : {"Kyiv", "Kiev", "Kiew"}) {
    auto* v = (*g)->lookup(name);
    ASSERT_TRUE(v) << name;
    const auto& p = (*g)->place((*v)[0]);
    EXPECT_EQ(p.country, "UKR") << name;
    EXPECT_NEAR(p.lat, 50.45, 0.05);
    EXPECT_NEAR(p.lon, 30.52, 0.05);
  }
  for (auto [a, b] :
       {std::pair{"Teheran", "Tehran"}, {"Moskou", "Moscow"}, {"Den Haag", "The Hague"}}) {
    auto* x = (*g)->lookup(a);
    auto* y = (*g)->lookup(b);
    ASSERT_TRUE(x && y) << a << " / " << b;
    EXPECT_EQ((*x)[0], (*y)[0]) << a << " / " << b;
  }
  auto* iran = (*g)->lookup("Iran");
  ASSERT_TRUE(iran);
  EXPECT_STREQ((*g)->place((*iran)[0]).precision(), "country");
  EXPECT_EQ((*g)->lookup("Nowhere-on-earth"), nullptr);
}

TEST(Gazetteer, RejectsMalformedFiles) {
  EXPECT_FALSE(enrich::Gazetteer::parse("", "x").ok());
  EXPECT_FALSE(enrich::Gazetteer::parse("kind\tname\n", "x").ok());
  const char* bad =
      "kind\tname\tcountry\tlat\tlon\tpopulation\taliases\ncity\tX\tNLD\t95\t0\t1\tX\n";
  EXPECT_FALSE(enrich::Gazetteer::parse(bad, "x").ok());
  const char* good =
      "kind\tname\tcountry\tlat\tlon\tpopulation\taliases\ncity\tX\tNLD\t52\t4\t1\tX|Ix\n";
  auto g = enrich::Gazetteer::parse(good, "x");
  ASSERT_TRUE(g.ok());
  EXPECT_TRUE((*g)->lookup("Ix"));
}

struct Case {
  const char* lang;
  const char* text;
  const char* trigger;
  const char* name;  // "" = no place
  const char* country;
  const char* precision;
};

class PlaceCases : public ::testing::TestWithParam<Case> {};

TEST_P(PlaceCases, Locate) {
  DYAD_NEED_MODELS();
  const Case& c = GetParam();
  Doc d = test::parse(c.text, c.lang, "2022-12");
  d.events.push_back(test::event_at(d, c.trigger));
  test::enricher(c.lang)->enrich(d);
  const EventPlace& p = d.events[0].place;
  EXPECT_EQ(p.name, c.name) << c.text;
  EXPECT_EQ(p.country, c.country) << c.text;
  EXPECT_EQ(p.precision, c.precision) << c.text;
  if (p.known()) {
    EXPECT_LT(p.start, p.end);
    EXPECT_LE(p.end, d.text.size());
  }
}

INSTANTIATE_TEST_SUITE_P(
    All, PlaceCases,
    ::testing::Values(
        Case{"nl", "Demonstranten in de Oekraïense hoofdstad Kyiv protesteren tegen Iran.",
             "protesteren", "Kyiv", "UKR", "city"},
        Case{"nl", "Sinds september wordt in Iran massaal gedemonstreerd.", "gedemonstreerd",
             "Iran", "IRN", "country"},
        Case{"nl", "Rusland heeft drones gekocht in Teheran.", "gekocht", "Tehran", "IRN", "city"},
        Case{"nl", "Iran levert wapens van Teheran aan Moskou.", "levert", "", "", ""},
        Case{"nl", "Een journalist is gedood in het christelijke oosten van Beiroet.", "gedood",
             "Beirut", "LBN", "city"},
        Case{"nl", "Servische troepen hebben drie Albanezen gedood in Oost-Bosnië.", "gedood",
             "Bosnia and Herzegovina", "BIH", "country"},
        Case{"en", "British aircraft killed 4 Iraqis in an attack on a weapons supply in Basra.",
             "killed", "Basra", "IRQ", "city"},
        Case{"en", "Negotiators return to Geneva this week.", "return", "Geneva", "CHE", "city"},
        // What the subject goes to do happens where it goes.
        Case{"en", "Negotiators return to Geneva this week for talks.", "talks", "Geneva", "CHE",
             "city"},
        // Last resort: a place after "in" elsewhere in the sentence.
        Case{"nl",
             "De Georgische president trad zondag af toen de oppositie dreigde zijn residentie in "
             "Tbilisi te bestormen.",
             "trad", "Tbilisi", "GEO", "city"},
        // A name after a place noun that is the object; a day name after it is no person's
        // name ("Gorazde Friday").
        Case{"en", "Serbs attacked the town of Gorazde Friday.", "attacked", "Goražde", "BIH",
             "city"},
        // A city of the chosen country is the more precise place.
        Case{"en", "Opposition parties in Nepal organized a strike that shut down Kathmandu.",
             "strike", "Kathmandu", "NPL", "city"},
        Case{"en", "Protesters blocked roads in the capital city of Algiers.", "blocked", "Algiers",
             "DZA", "city"},
        Case{"en", "Iran criticised Israel.", "criticised", "", "", ""},
        // A day name after the place does not make a longer name of it.
        Case{"en",
             "Serb forces killed three ethnic Albanians in a gunbattle in southeastern Serbia "
             "Friday, a political council said.",
             "killed", "Serbia", "SRB", "country"}));

// A sentence that opens with a locative sets the scene for its events, but not for an event a
// speech verb reports (where it was said).
TEST(PlaceScene, OpeningLocative) {
  DYAD_NEED_MODELS();
  Doc d = test::parse(
      "In Kyiv, a missile attack killed three civilians and injured 17 people, according to "
      "Mr. Klitschko, the city's mayor.",
      "en", "2023-03-14");
  d.events.push_back(test::event_at(d, "killed"));
  test::enricher("en")->enrich(d);
  EXPECT_EQ(d.events[0].place.name, "Kyiv");
  Doc w = test::parse("In Washington, officials said Russian troops attacked a village.", "en",
                      "2023-03-14");
  Event e = test::event_at(w, "attacked");
  e.attributed_by_speech = true;
  w.events.push_back(e);
  test::enricher("en")->enrich(w);
  EXPECT_EQ(w.events[0].place.name, "");
}

}  // namespace
}  // namespace dyad
