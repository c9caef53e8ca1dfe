// Shared fixtures of the enrich tests: the Engine (syntax + actors, no coder) and the Enricher,
// loaded once; hand-built events on parsed sentences.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "doc/doc.h"
#include "enrich/enricher.h"
#include "enrich/gazetteer.h"
#include "pipeline/engine.h"
#include "util/paths.h"

namespace dyad::test {

inline std::string shared_dir() {
  const char* env = std::getenv("DYAD_SHARED");
  return env && *env ? env : DYAD_SHARED_DIR;
}

inline bool models_present() {
  return std::filesystem::exists(model_path("nl", "parser")) &&
         std::filesystem::exists(model_path("en", "parser"));
}

inline bool gazetteer_present() {
  return std::filesystem::exists(enrich::Gazetteer::default_path());
}

// Syntax and actors only: events are built by hand in the tests.
inline const Engine* syntax_engine() {
  static std::shared_ptr<const Engine> e = [] {
    EngineOptions o;
    o.events = false;
    auto r = Engine::load(o);
    return r.ok() ? *r : nullptr;
  }();
  return e.get();
}

inline const Enricher* enricher(const std::string& lang) {
  static std::shared_ptr<const Enricher> nl = [] {
    auto r = Enricher::load("nl");
    return r.ok() ? *r : nullptr;
  }();
  static std::shared_ptr<const Enricher> en = [] {
    auto r = Enricher::load("en");
    return r.ok() ? *r : nullptr;
  }();
  return lang == "nl" ? nl.get() : en.get();
}

inline Doc parse(const std::string& text, const std::string& lang, const std::string& date) {
  Doc d;
  d.text = text;
  d.lang = lang;
  d.date = date;
  const Engine* e = syntax_engine();
  if (e) {
    Status st = e->process(d);
    EXPECT_TRUE(st.ok()) << st.to_string();
  }
  return d;
}

// The first token whose form is `form` (from token `from` on), or -1.
inline int32_t find_token(const Doc& d, const std::string& form, uint32_t from = 0) {
  for (uint32_t i = from; i < d.tokens.size(); ++i)
    if (d.tokens[i].form == form) return static_cast<int32_t>(i);
  return -1;
}

// An event with its trigger on the token `form`, in that token's sentence.
inline Event event_at(const Doc& d, const std::string& form, int quad = 0,
                      const std::string& modality = "asserted") {
  Event e;
  int32_t t = find_token(d, form);
  EXPECT_GE(t, 0) << "no token '" << form << "'";
  if (t < 0) return e;
  e.trigger_first = e.trigger_last = static_cast<uint32_t>(t);
  for (uint32_t s = 0; s < d.sentences.size(); ++s)
    if (d.sentences[s].first <= static_cast<uint32_t>(t) &&
        static_cast<uint32_t>(t) < d.sentences[s].last)
      e.sentence = s;
  e.quad_class = quad;
  e.modality = modality;
  return e;
}

#define DYAD_NEED_MODELS()                                                                  \
  do {                                                                                      \
    if (!dyad::test::models_present())                                                      \
      GTEST_SKIP() << "models not found under " << dyad::home_dir() << "/models";           \
    if (!dyad::test::gazetteer_present())                                                   \
      GTEST_SKIP() << "gazetteer not built at " << dyad::enrich::Gazetteer::default_path(); \
    ASSERT_NE(dyad::test::syntax_engine(), nullptr);                                        \
    ASSERT_NE(dyad::test::enricher("nl"), nullptr);                                         \
  } while (0)

}  // namespace dyad::test
