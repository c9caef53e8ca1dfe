// The event coder never crashes and keeps its invariants on odd input: empty documents, a Doc
// without trees, random bytes, very long sentences, every offset inside the text.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "pipeline/engine.h"
#include "util/paths.h"

namespace dyad {
namespace {

std::shared_ptr<const Engine> load_engine() {
  auto r = Engine::load(EngineOptions{});
  return r.ok() ? *r : nullptr;
}

void check_invariants(const Doc& d) {
  for (const Event& e : d.events) {
    ASSERT_LT(e.sentence, d.sentences.size());
    EXPECT_LE(e.trigger_start, e.trigger_end);
    EXPECT_LE(e.trigger_end, d.text.size());
    for (const EventActor* a : {&e.source, &e.target, &e.attribution}) {
      if (!a->stated()) continue;
      EXPECT_LE(a->start, a->end);
      EXPECT_LE(a->end, d.text.size());
    }
    EXPECT_FALSE(e.cameo.empty());
    EXPECT_GE(e.quad_class, 1);
    EXPECT_LE(e.quad_class, 4);
    EXPECT_GE(e.confidence, 0.0f);
    EXPECT_LE(e.confidence, 1.0f);
    EXPECT_FALSE(e.provisional);
  }
}

TEST(CoderRobustness, OddInputs) {
  if (!std::filesystem::exists(model_path("nl", "parser")))
    GTEST_SKIP() << "models not found under " << home_dir() << "/models";
  auto engine = load_engine();
  ASSERT_NE(engine, nullptr);
  std::mt19937 rng(7);
  std::vector<std::string> texts = {"",
                                    " ",
                                    "\n\n\n",
                                    ".",
                                    "Iran",
                                    "Iran Iran Iran Iran levert levert aan aan aan.",
                                    "niet geen nooit zou zullen volgens volgens ontkend.",
                                    "Dit wordt ontkend. Dit wordt ontkend.",
                                    "The the the attacked attacked by by by."};
  std::string words[] = {"Rusland", "levert", "aan", "Iran", "niet",   "wapens", "en",
                         "zou",     "door",   "de",  ",",    "aanval", "Russia", "attacked"};
  std::string longest;
  for (int i = 0; i < 3000; ++i) longest += words[rng() % 14] + " ";
  texts.push_back(longest);
  for (int k = 0; k < 20; ++k) {
    std::string junk;
    for (int i = 0; i < 200; ++i) {
      char c = static_cast<char>(rng() % 95 + 32);
      junk += c;
    }
    texts.push_back(junk);
  }
  for (const char* lang : {"nl", "en"}) {
    for (const std::string& t : texts) {
      Doc d;
      d.text = t;
      d.lang = lang;
      Status st = engine->process(d);
      if (!st.ok()) continue;  // an error is fine, a crash is not
      check_invariants(d);
    }
  }
}

TEST(CoderRobustness, DocWithoutTreesCodesNothing) {
  if (!std::filesystem::exists(model_path("nl", "parser")))
    GTEST_SKIP() << "models not found under " << home_dir() << "/models";
  auto engine = load_engine();
  ASSERT_NE(engine, nullptr);
  Doc d;
  d.text = "Iran levert drones aan Rusland.";
  d.lang = "nl";
  ASSERT_TRUE(engine->pipeline().identify(d).ok());
  const EventCoder* coder = engine->coder("nl");
  ASSERT_NE(coder, nullptr);
  EXPECT_TRUE(coder->find(d).empty());  // no tokens, no trees: nothing, no crash
}

}  // namespace
}  // namespace dyad
