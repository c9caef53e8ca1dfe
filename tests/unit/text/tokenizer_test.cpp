// Tokenization: abbreviations, quotes, apostrophes, hyphens, numbers, URLs, English clitics.
#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad {
namespace {

using testing::forms;
using testing::has_token;
using testing::sentences;
using testing::tokenize;
using V = std::vector<std::string>;

TEST(Tokenizer, LoadErrors) {
  auto bad = Tokenizer::load("/nonexistent/lang/nl", "nl");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Errc::io);
  auto unsupported = Tokenizer::load(lang_dir("nl"), "xx");
  ASSERT_FALSE(unsupported.ok());
  EXPECT_EQ(unsupported.status().code(), Errc::unsupported);
}

TEST(Tokenizer, SetsAnnotations) {
  Doc d = tokenize("nl", "Het regent.");
  EXPECT_TRUE(d.has(kTokens | kSentences));
  EXPECT_EQ(forms(d), (V{"Het", "regent", "."}));
  EXPECT_TRUE(d.tokens[0].space_after);
  EXPECT_FALSE(d.tokens[1].space_after);
  EXPECT_FALSE(d.tokens[2].space_after);  // end of text
}

TEST(Tokenizer, DutchAbbreviations) {
  Doc d = tokenize("nl",
                   "Dhr. Jansen en prof. dr. De Vries zeiden o.a. dat het d.w.z. klopt, bijv. "
                   "in mevr. Smits' huis. Daarna ging hij naar huis.");
  for (const char* a : {"Dhr.", "prof.", "dr.", "o.a.", "d.w.z.", "bijv.", "mevr."})
    EXPECT_TRUE(has_token(d, a)) << a;
  EXPECT_EQ(d.sentences.size(), 2u);
}

TEST(Tokenizer, EnglishAbbreviations) {
  Doc d = tokenize("en", "Mr. Smith met Dr. Jones of the U.S. Senate on Jan. 5. They talked.");
  for (const char* a : {"Mr.", "Dr.", "U.S.", "Jan."}) EXPECT_TRUE(has_token(d, a)) << a;
  EXPECT_EQ(sentences(d),
            (V{"Mr. Smith met Dr. Jones of the U.S. Senate on Jan. 5.", "They talked."}));
}

TEST(Tokenizer, AbbreviationAtSentenceEnd) {
  // "U.S." ends the sentence: the period becomes its own token (as in EWT).
  Doc d = tokenize("en", "He moved to the U.S. The weather is better there.");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(sentences(d)[0], "He moved to the U.S.");
  EXPECT_TRUE(has_token(d, "U.S"));
  // "etc." keeps its period at a sentence end.
  Doc e = tokenize("en", "They sell apples, pears etc. The shop opens at nine.");
  EXPECT_EQ(e.sentences.size(), 2u);
  EXPECT_TRUE(has_token(e, "etc."));
  // Initials do not end a sentence before a name.
  Doc f = tokenize("en", "Bush nominated Jennifer M. Anderson for the post.");
  EXPECT_EQ(f.sentences.size(), 1u);
  EXPECT_TRUE(has_token(f, "M."));
}

TEST(Tokenizer, DutchQuotes) {
  Doc d = tokenize("nl", "Hij noemt het een ‘wanhoopsalliantie’. „Dat klopt”, zei ze.");
  EXPECT_EQ(forms(d), (V{"Hij", "noemt", "het", "een", "‘", "wanhoopsalliantie", "’", ".", "„",
                         "Dat", "klopt", "”", ",", "zei", "ze", "."}));
  EXPECT_EQ(d.sentences.size(), 2u);
  Doc s = tokenize("nl", "Hij zei \"nee\" en 'ja'. “Echt?” vroeg ik.");
  EXPECT_EQ(forms(s), (V{"Hij", "zei", "\"", "nee", "\"", "en", "'", "ja", "'", ".", "“", "Echt",
                         "?", "”", "vroeg", "ik", "."}));
  EXPECT_EQ(s.sentences.size(), 2u);  // "?” vroeg": lowercase after a quote, no break
}

TEST(Tokenizer, AlpinoQuotes) {
  Doc d = tokenize("nl", ",,Het lijkt wel een droom. '' Daarna ging ze naar huis.");
  EXPECT_EQ(forms(d)[0], ",,");
  EXPECT_TRUE(has_token(d, "''"));
  EXPECT_EQ(sentences(d), (V{",,Het lijkt wel een droom. ''", "Daarna ging ze naar huis."}));
}

TEST(Tokenizer, DutchApostrophes) {
  Doc d = tokenize("nl", "De Saoedi’s en Saoedi's kochten auto's en zo'n fiets van Anna's broer.");
  for (const char* w : {"Saoedi’s", "Saoedi's", "auto's", "zo'n", "Anna's"})
    EXPECT_TRUE(has_token(d, w)) << w;
  Doc e = tokenize("nl", "Dat was in de jaren '30 en 's avonds in 's-Hertogenbosch.");
  for (const char* w : {"'30", "'s", "'s-Hertogenbosch"}) EXPECT_TRUE(has_token(e, w)) << w;
}

TEST(Tokenizer, EnglishClitics) {
  const std::string text = "I don't think John's car can't go; I'm sure they're here.";
  Doc d = tokenize("en", text);
  EXPECT_EQ(forms(d), (V{"I", "do", "n't", "think", "John", "'s", "car", "ca", "n't", "go", ";",
                         "I", "'m", "sure", "they", "'re", "here", "."}));
  // Each part has the byte range of its own part; the surface word is a multiword token.
  ASSERT_EQ(d.mwts.size(), 5u);
  EXPECT_EQ(d.mwts[0].form, "don't");
  EXPECT_EQ(d.mwts[0].first, 1u);
  EXPECT_EQ(d.mwts[0].last, 3u);
  EXPECT_EQ(d.slice(d.tokens[1].start, d.tokens[1].end), "do");
  EXPECT_EQ(d.slice(d.tokens[2].start, d.tokens[2].end), "n't");
  EXPECT_FALSE(d.tokens[1].space_after);
  EXPECT_EQ(d.mwts[2].form, "can't");
  // Curly apostrophes and "cannot".
  Doc c = tokenize("en", "She’s sure we cannot win.");
  EXPECT_EQ(forms(c), (V{"She", "’s", "sure", "we", "can", "not", "win", "."}));
  // Dutch does not split.
  Doc n = tokenize("nl", "It's John's auto.");
  EXPECT_TRUE(has_token(n, "It's"));
  EXPECT_TRUE(n.mwts.empty());
}

TEST(Tokenizer, Hyphens) {
  Doc d = tokenize("nl",
                   "Iraanse kamikaze-drones, Noord-Korea, anti-Russische sancties, Saoedi-Arabië "
                   "en de SU35 van de 22-jarige; land- en tuinbouw.");
  for (const char* w : {"kamikaze-drones", "Noord-Korea", "anti-Russische", "Saoedi-Arabië", "SU35",
                        "22-jarige", "land-"})
    EXPECT_TRUE(has_token(d, w)) << w;
  // English follows EWT: compounds split, prefixes stay.
  Doc e = tokenize("en", "A two-state solution by e-mail, non-human and re-election.");
  EXPECT_EQ(forms(e), (V{"A", "two", "-", "state", "solution", "by", "e-mail", ",", "non-human",
                         "and", "re-election", "."}));
}

TEST(Tokenizer, Numbers) {
  Doc d =
      tokenize("nl", "Er waren 1.000 man, 3,5 procent, 470 doden, 2022-12, om 13:30, 10% en €5.");
  for (const char* w : {"1.000", "3,5", "470", "2022-12", "13:30", "10%", "€", "5"})
    EXPECT_TRUE(has_token(d, w)) << w;
  EXPECT_EQ(forms(d).back(), ".");
  Doc e = tokenize("en", "It rose 10% to $5,000 on 08/16/2000, 24/7.");
  EXPECT_EQ(forms(e), (V{"It", "rose", "10", "%", "to", "$", "5,000", "on", "08/16/2000", ",", "24",
                         "/", "7", "."}));
}

TEST(Tokenizer, UrlsEmailsEllipsis) {
  Doc d = tokenize(
      "nl", "Zie https://nos.nl/artikel/123?a=b. Mail info@example.com of www.nu.nl... Klaar!");
  for (const char* w : {"https://nos.nl/artikel/123?a=b", "info@example.com", "www.nu.nl", "..."})
    EXPECT_TRUE(has_token(d, w)) << w;
  EXPECT_EQ(d.sentences.size(), 3u);
}

TEST(Tokenizer, Paragraphs) {
  Doc d =
      tokenize("nl", "Arabische landen\n\nDe waarschuwing is gericht. Iran zwijgt.\r\n\r\nEinde");
  EXPECT_EQ(sentences(d),
            (V{"Arabische landen", "De waarschuwing is gericht.", "Iran zwijgt.", "Einde"}));
  ASSERT_EQ(d.sentences.size(), 4u);
  EXPECT_EQ(d.sentences[0].paragraph, 0u);
  EXPECT_EQ(d.sentences[1].paragraph, 1u);
  EXPECT_EQ(d.sentences[2].paragraph, 1u);
  EXPECT_EQ(d.sentences[3].paragraph, 2u);
}

TEST(Tokenizer, SingleNewlines) {
  // A headline line without final punctuation followed by an uppercase line is a sentence.
  Doc d = tokenize("nl", "Iran levert drones aan Rusland\nRusland heeft honderden drones gekocht.");
  EXPECT_EQ(d.sentences.size(), 2u);
  // A line ending in a comma, or followed by a lowercase line, continues the sentence.
  Doc e = tokenize("nl", "Rusland heeft drones gekocht,\nen gebruikt ze in\nde oorlog.");
  EXPECT_EQ(e.sentences.size(), 1u);
  EXPECT_EQ(e.sentences[0].paragraph, 0u);
}

TEST(Tokenizer, HardWrappedText) {
  // Lines of similar length broken mid-sentence: single newlines are not sentence breaks.
  Doc d = tokenize("en",
                   "The White House said on Friday that Russia was providing Iran with\n"
                   "an unprecedented level of military and technical support, which it\n"
                   "described as turning Iran into a full defence partner of Moscow and\n"
                   "Tehran. Officials in Washington did not say which weapons Russia had\n"
                   "delivered or when Iranian pilots would begin their training in Russia.\n");
  EXPECT_EQ(d.sentences.size(), 2u);
}

TEST(Tokenizer, EnglishWebConventions) {
  Doc d = tokenize("en", "Great :) see you at 5pm on the 29th, b/c the A/C is 375mm wide!!");
  EXPECT_EQ(forms(d), (V{"Great", ":)",  "see", "you", "at", "5",  "pm",  "on", "the",  "29th", ",",
                         "b/c",   "the", "A",   "/",   "C",  "is", "375", "mm", "wide", "!!"}));
}

TEST(Tokenizer, Credits) {
  Doc d = tokenize("nl",
                   "Demonstranten protesteren in Kyiv. Bij een aanval vielen doden. Beeld AFP\n\n"
                   "Het niveau van steun stijgt.");
  ASSERT_EQ(d.sentences.size(), 4u);
  EXPECT_EQ(sentences(d)[2], "Beeld AFP");
  EXPECT_TRUE(d.sentences[2].is_credit);
  EXPECT_FALSE(d.sentences[1].is_credit);
  EXPECT_FALSE(d.sentences[3].is_credit);
  Doc f = tokenize("nl", "De minister in Den Haag. Foto: ANP / Robin van Lonkhuijsen\nHij sprak.");
  ASSERT_EQ(f.sentences.size(), 3u);
  EXPECT_TRUE(f.sentences[1].is_credit);
  Doc e = tokenize("en",
                   "President Biden speaks in Washington. (AP Photo/Evan Vucci)\n\nHe said more. "
                   "Photo: Reuters\n\nBy Jane Smith\n\nThe talks began.");
  std::vector<std::string> credits;
  for (const auto& s : e.sentences)
    if (s.is_credit) credits.emplace_back(e.slice(s.start, s.end));
  EXPECT_EQ(credits, (V{"(AP Photo/Evan Vucci)", "Photo: Reuters", "By Jane Smith"}));
  Doc b =
      tokenize("nl", "Iran levert drones\n\nDoor onze correspondent Jan de Vries\n\nHet nieuws.");
  ASSERT_EQ(b.sentences.size(), 3u);
  EXPECT_TRUE(b.sentences[1].is_credit);
  EXPECT_FALSE(b.sentences[0].is_credit);
  // Running text that starts with a keyword is not a credit.
  Doc r = tokenize("nl", "Foto's van de ramp gingen de wereld rond.");
  EXPECT_FALSE(r.sentences[0].is_credit);
}

TEST(Tokenizer, OffsetsConsistent) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"nl", "De Saoedi’s (en ‘anderen’) kochten 1.000 drones à €5,- per stuk... Zie www.x.nl!"},
      {"en", "I can't believe it's 5 p.m. already -- Mr. O'Brien's \"plan\" failed (again)."},
      {"nl", "\t  Kop\n\n\n  Tekst\u00a0met\u2009rare spaties.\u2029Nieuwe alinea. "},
      {"en", "Emoji 🙂 and math ∑x² and CJK 北京 and Arabic مرحبا."},
  };
  for (const auto& [lang, text] : cases) {
    Doc d = tokenize(lang, text);
    uint32_t prev_end = 0;
    for (size_t k = 0; k < d.tokens.size(); ++k) {
      const auto& t = d.tokens[k];
      ASSERT_LE(prev_end, t.start) << text;
      ASSERT_LT(t.start, t.end) << text;
      ASSERT_LE(t.end, d.text.size());
      EXPECT_EQ(d.slice(t.start, t.end), t.form) << text;  // the texts are NFC
      // space_after says whether whitespace (or nothing) follows.
      bool glued = k + 1 < d.tokens.size() && d.tokens[k + 1].start == t.end;
      EXPECT_EQ(t.space_after, !glued && t.end < d.text.size()) << t.form << " in " << text;
      prev_end = t.end;
    }
    // Sentences tile the tokens.
    uint32_t next = 0;
    for (const auto& s : d.sentences) {
      EXPECT_EQ(s.first, next);
      EXPECT_LT(s.first, s.last);
      EXPECT_EQ(s.start, d.tokens[s.first].start);
      EXPECT_EQ(s.end, d.tokens[s.last - 1].end);
      next = s.last;
    }
    EXPECT_EQ(next, d.tokens.size());
  }
}

TEST(Tokenizer, NfcForms) {
  // "e" + combining acute: the form is NFC, the offsets still cover the original bytes.
  Doc d = tokenize("nl", "Het cafe\u0301 is open.");
  ASSERT_GE(d.tokens.size(), 2u);
  EXPECT_EQ(d.tokens[1].form, "café");
  EXPECT_EQ(d.slice(d.tokens[1].start, d.tokens[1].end), "cafe\u0301");
}

}  // namespace
}  // namespace dyad
