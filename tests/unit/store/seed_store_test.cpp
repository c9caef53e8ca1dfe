// The check on the seed article (read from ../shared; skipped when it is absent): ingested
// with the whole engine, `--dyad RUS,IRN` lists the arms-supply events (CAMEO 07) with their
// evidence, and the GDELT export of that store has 61 columns of the codebook's types.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "io/reader.h"
#include "pipeline/engine.h"
#include "store/export.h"
#include "store/ingest.h"
#include "store/query.h"
#include "store_test_util.h"
#include "util/paths.h"

namespace dyad::store {
namespace {

std::string shared_dir() {
  const char* env = std::getenv("DYAD_SHARED");
  return env && *env ? env : DYAD_SHARED_DIR;
}

TEST(SeedStore, DyadQueryListsArmsSupplyAndGdeltExportHasTheLayout) {
  const std::string seed = shared_dir() + "/seed/article-nl-2022-12.txt";
  if (!std::filesystem::exists(seed))
    GTEST_SKIP() << "seed article not found at " << seed << " (../shared is absent)";
  if (!std::filesystem::exists(model_path("nl", "parser")))
    GTEST_SKIP() << "Dutch models not found under " << home_dir() << "/models";
  auto engine = Engine::load(EngineOptions{});
  ASSERT_TRUE(engine.ok()) << engine.status().to_string();
  test::TempDir dir;
  const std::string path = dir.file("seed.sqlite");
  {
    auto s = Store::open(path, Store::Mode::write);
    ASSERT_TRUE(s.ok()) << s.status().to_string();
    auto reader = DocReader::open({seed}, ReadOptions{});
    ASSERT_TRUE(reader.ok());
    IngestOptions o;
    o.threads = 2;
    auto st = ingest(
        **s, **reader, [&](Doc& d) { return (*engine)->process(d); }, o);
    ASSERT_TRUE(st.ok()) << st.status().to_string();
    EXPECT_EQ(st->added, 1);
    EXPECT_EQ(st->errors, 0);
  }
  auto s = Store::open(path, Store::Mode::read);
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  Filter f;
  f.dyad = {"RUS", "IRN"};
  int supply = 0;
  ASSERT_TRUE(for_each_event(**s, f, Unit::mentions, [&](const EventRow& r) {
                const Event& e = r.event;
                EXPECT_FALSE(r.doc.text.empty());
                bool ab = e.source.code.rfind("RUS", 0) == 0 && e.target.code.rfind("IRN", 0) == 0;
                bool ba = e.source.code.rfind("IRN", 0) == 0 && e.target.code.rfind("RUS", 0) == 0;
                EXPECT_TRUE(ab || ba) << e.source.code << " -> " << e.target.code;
                if (e.root == "07" && r.doc.text.find(e.trigger_text) != std::string::npos)
                  ++supply;
              }).ok());
  EXPECT_GE(supply, 1) << "no arms-supply (CAMEO 07) event between Russia and Iran";

  std::string out;
  ExportOptions o;
  ASSERT_TRUE(export_store(**s, {}, o, [&](std::string_view x) { out += x; }).ok());
  const auto& cols = gdelt_columns();
  const std::regex integer("-?[0-9]+"), real("-?[0-9]+(\\.[0-9]+)?");
  size_t lines = 0;
  for (size_t at = 0; at < out.size(); ++lines) {
    size_t nl = out.find('\n', at);
    std::string line = out.substr(at, nl - at);
    at = nl + 1;
    std::vector<std::string> c;
    for (size_t p = 0;;) {
      size_t t = line.find('\t', p);
      c.push_back(line.substr(p, t - p));
      if (t == std::string::npos) break;
      p = t + 1;
    }
    ASSERT_EQ(c.size(), 61u);
    for (size_t k = 0; k < 61; ++k) {
      if (c[k].empty()) continue;
      if (cols[k].type == std::string("INTEGER")) {
        EXPECT_TRUE(std::regex_match(c[k], integer)) << cols[k].name << "=" << c[k];
      } else if (cols[k].type == std::string("FLOAT")) {
        EXPECT_TRUE(std::regex_match(c[k], real)) << cols[k].name << "=" << c[k];
      }
    }
    EXPECT_EQ(c[3], "2022");
  }
  EXPECT_GE(lines, 1u);
}

}  // namespace
}  // namespace dyad::store
