// The Engine codes an event's missing target from the place its clause names.
#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

const Engine* full_engine() {
  static std::shared_ptr<const Engine> e = [] {
    auto r = Engine::load(EngineOptions{});
    return r.ok() ? *r : nullptr;
  }();
  return e.get();
}

Doc code(const std::string& text, const std::string& lang) {
  Doc d;
  d.text = text;
  d.lang = lang;
  d.date = "2000-01-07";
  EXPECT_TRUE(full_engine()->process(d).ok());
  return d;
}

const Event* find_root(const Doc& d, const std::string& root) {
  for (const Event& e : d.events)
    if (e.root == root) return &e;
  return nullptr;
}

TEST(TargetFromPlace, UnstatedTargetTakesThePlacesCountry) {
  DYAD_NEED_MODELS();
  Doc d = code("Afghan guerillas blew up three power lines on Friday in Kabul.", "en");
  const Event* e = find_root(d, "17");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.code.substr(0, 3), "AFG");
  EXPECT_EQ(e->target.code, "AFG");
  EXPECT_EQ(e->target.text, "lines");  // stated but uncoded: keeps its words, takes the code
  EXPECT_NE(e->why.find("target coded from the place"), std::string::npos) << e->why;
}

TEST(TargetFromPlace, StatedTargetKeepsItsCodeAndUncodedGetsOne) {
  DYAD_NEED_MODELS();
  // A coded target is never replaced by the place.
  Doc a = code("Russian troops attacked Ukrainian soldiers in Belarus.", "en");
  const Event* e = find_root(a, "19");
  if (e == nullptr) e = find_root(a, "18");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target.code.substr(0, 3), "UKR");
  // No place: the target stays empty.
  Doc b = code("Israel reimposed blockades on Friday.", "en");
  const Event* f = find_root(b, "19");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->target.code, "");
}

TEST(TargetFromPlace, ALastResortPlaceCodesNoTarget) {
  DYAD_NEED_MODELS();
  // "in Oekraïne" belongs to the invasion's clause; the persuading takes it only as a last
  // resort, and then it does not make Ukraine the target.
  Doc d = code(
      "Door de Iraanse dreiging rechtstreeks aan de Russische invasie in Oekraïne te koppelen, "
      "willen de VS Arabische landen overhalen zich bij anti-Russische sancties aan te sluiten.",
      "nl");
  const Event* e = find_root(d, "02");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.code, "USA");
  EXPECT_NE(e->target.code, "UKR") << e->why;
  EXPECT_EQ(e->place.country, "UKR");
  EXPECT_TRUE(e->place.from_sentence);
}

}  // namespace
}  // namespace dyad
