// The tokenizer must not crash, loop or produce inconsistent offsets on any input.
#include <gtest/gtest.h>

#include <random>

#include "test_util.h"

namespace dyad {
namespace {

using testing::tokenize;

// Checks the invariants every tokenization must satisfy.
void check_invariants(const Doc& d, size_t max_sentence = 300) {
  uint32_t prev_end = 0;
  for (const auto& t : d.tokens) {
    ASSERT_LE(prev_end, t.start);
    ASSERT_LT(t.start, t.end);
    ASSERT_LE(t.end, d.text.size());
    ASSERT_FALSE(t.form.empty());
    ASSERT_LE(t.end - t.start, 512u);
    prev_end = t.end;
  }
  uint32_t next = 0;
  for (const auto& s : d.sentences) {
    ASSERT_EQ(s.first, next);
    ASSERT_LT(s.first, s.last);
    ASSERT_LE(s.last - s.first, max_sentence);
    next = s.last;
  }
  ASSERT_EQ(next, d.tokens.size());
  for (const auto& m : d.mwts) {
    ASSERT_LT(m.first, m.last);
    ASSERT_LE(m.last, d.tokens.size());
  }
}

TEST(Robustness, Empty) {
  for (const char* lang : {"nl", "en"}) {
    Doc d = tokenize(lang, "");
    EXPECT_TRUE(d.tokens.empty());
    EXPECT_TRUE(d.sentences.empty());
    EXPECT_TRUE(d.has(kTokens));
    Doc w = tokenize(lang, " \n\n\t \r\n ");
    EXPECT_TRUE(w.tokens.empty());
    EXPECT_TRUE(w.sentences.empty());
  }
}

TEST(Robustness, InvalidUtf8) {
  // Each invalid byte is a one-byte symbol token with form U+FFFD; valid text around it survives.
  std::string text = "Goed\xFF\xFEtekst \xC3( en \xE2\x82 eind.";
  Doc d = tokenize("nl", text);
  check_invariants(d);
  int bad = 0;
  for (const auto& t : d.tokens)
    if (t.form == "\xEF\xBF\xBD") {
      ++bad;
      EXPECT_EQ(t.end - t.start, 1u);
    }
  EXPECT_EQ(bad, 5);
  EXPECT_EQ(d.tokens.front().form, "Goed");
  EXPECT_EQ(d.tokens.back().form, ".");
}

TEST(Robustness, ControlCharactersAndAllBytes) {
  std::string text;
  for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i));
  static const char kControls[] = "\0\0\x01\x1b[31m rood\x7f.";
  text += std::string(kControls, sizeof kControls - 1);
  for (const char* lang : {"nl", "en"}) {
    Doc d = tokenize(lang, text);
    check_invariants(d);
    EXPECT_FALSE(d.tokens.empty());
  }
}

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(12345);
  const std::string alphabet = "aZ9 .,'’-\n\"“„”‘()!?:/@€%\xC3\xA9\xFF\xE2";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int len = static_cast<int>(rng() % 200);
    for (int i = 0; i < len; ++i) {
      if (rng() % 4 == 0)
        text.push_back(static_cast<char>(rng() % 256));
      else
        text.push_back(alphabet[rng() % alphabet.size()]);
    }
    Doc d = tokenize(round % 2 ? "en" : "nl", text);
    check_invariants(d);
  }
}

TEST(Robustness, HugeWithoutSpaces) {
  std::string text(10u << 20, 'a');  // 10 MB, one "word"
  Doc d = tokenize("nl", text);
  check_invariants(d);
  EXPECT_EQ(d.tokens.size(), (10u << 20) / 512);
}

TEST(Robustness, HugeWithoutPunctuation) {
  std::string text;
  while (text.size() < (10u << 20)) text += "woord en nog een woord ";
  Doc d = tokenize("nl", text);
  check_invariants(d);
  EXPECT_GT(d.sentences.size(), text.size() / 6 / 300);  // cut at 300 tokens
}

TEST(Robustness, HugePunctuationRuns) {
  std::string text(1u << 20, '.');
  text += std::string(1u << 20, '!') + std::string(1u << 20, '-') + "U.S.U.S.U.S.";
  Doc d = tokenize("en", text);
  check_invariants(d);
}

}  // namespace
}  // namespace dyad
