#include <gtest/gtest.h>
#include <unistd.h>

#include "syntax/perceptron.h"
#include "util/binio.h"
#include "util/hash.h"
#include "util/utf8.h"

namespace dyad {
namespace {

TEST(Perceptron, LearnsSeparableDataAndRoundTrips) {
  // Class = which of three marker features is present.
  Perceptron p(3);
  std::vector<std::vector<uint64_t>> xs = {{hash_bytes("a"), hash_bytes("bias")},
                                           {hash_bytes("b"), hash_bytes("bias")},
                                           {hash_bytes("c"), hash_bytes("bias")}};
  std::vector<float> scores;
  for (int epoch = 0; epoch < 5; ++epoch)
    for (uint32_t y = 0; y < 3; ++y) {
      p.tick();
      p.update(xs[y], y, p.predict(xs[y], scores));
    }
  p.finalize(0.0f);
  for (uint32_t y = 0; y < 3; ++y) EXPECT_EQ(p.predict(xs[y], scores), y);
  BinWriter w;
  p.save(w);
  BinReader r(w.buffer());
  Perceptron q;
  ASSERT_TRUE(q.load(r));
  for (uint32_t y = 0; y < 3; ++y) EXPECT_EQ(q.predict(xs[y], scores), y);
}

TEST(Perceptron, LoadRejectsTruncatedData) {
  Perceptron p(2);
  std::vector<uint64_t> x = {7, 9};
  p.tick();
  p.update(x, 1, 0);
  p.finalize(0.0f);
  BinWriter w;
  p.save(w);
  std::string data = w.buffer();
  data.resize(data.size() / 2);
  BinReader r(data);
  Perceptron q;
  EXPECT_FALSE(q.load(r));
}

TEST(ModelFile, RefusesUnknownKindAndCorruption) {
  std::string path = ::testing::TempDir() + "/dyad-" + std::to_string(getpid()) + "-m.bin";
  BinWriter w;
  w.str("payload");
  ASSERT_TRUE(w.save(path, "tagger", 1).ok());
  auto ok = BinReader::open(path, "tagger", 1);
  ASSERT_TRUE(ok.ok()) << ok.status().to_string();
  EXPECT_EQ(ok->str(), "payload");
  EXPECT_EQ(BinReader::open(path, "parser", 1).status().code(), Errc::model);
  ASSERT_TRUE(w.save(path, "tagger", 2).ok());
  EXPECT_EQ(BinReader::open(path, "tagger", 1).status().code(), Errc::model);
  EXPECT_EQ(BinReader::open(path + ".missing", "tagger", 1).status().code(), Errc::model);
}

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(utf8::find_invalid("Oekra\xc3\xafne"), std::string_view::npos);
  EXPECT_EQ(utf8::find_invalid("ab\xff"
                               "cd"),
            2u);
  EXPECT_EQ(utf8::find_invalid("ab\xc3"), 2u);        // truncated sequence
  EXPECT_EQ(utf8::find_invalid("\xed\xa0\x80"), 0u);  // surrogate
  EXPECT_EQ(utf8::length("Oekra\xc3\xafne"), 8u);
}

}  // namespace
}  // namespace dyad
