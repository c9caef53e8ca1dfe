#include "io/conllu.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "io/reader.h"
#include "test_util.h"

namespace dyad {
namespace {

const char* kSample =
    "# newdoc id = doc1\n"
    "# sent_id = s1\n"
    "# text = Hij zei: \"Ja.\"\n"
    "1\tHij\thij\tPRON\tVNW\tCase=Nom\t2\tnsubj\t_\t_\n"
    "2\tzei\tzeggen\tVERB\tWW\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t:\t:\tPUNCT\tLET\t_\t2\tpunct\t_\t_\n"
    "4\t\"\t\"\tPUNCT\tLET\t_\t5\tpunct\t_\tSpaceAfter=No\n"
    "5\tJa\tja\tINTJ\tTSW\t_\t2\tparataxis\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\tLET\t_\t5\tpunct\t_\tSpaceAfter=No\n"
    "7\t\"\t\"\tPUNCT\tLET\t_\t5\tpunct\t_\tGloss=q\n"
    "\n"
    "# newpar\n"
    "# sent_id = s2\n"
    "# text = Don't go.\n"
    "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3.1\tgone\tgo\tVERB\tVB\t_\t_\t_\t3:x\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = doc2\n"
    "1\tdu\tde\tDET\t_\t_\t0\troot\t_\t_\n"
    "\n";

TEST(Conllu, ReadSample) {
  auto r = read_conllu(kSample, "sample.conllu");
  ASSERT_TRUE(r.skipped.empty()) << r.skipped[0].to_string();
  ASSERT_EQ(r.docs.size(), 2u);
  const Doc& d = r.docs[0];
  EXPECT_EQ(d.id, "doc1");
  EXPECT_TRUE(d.has(kSentences | kTokens | kUpos | kLemmas | kHeads));
  EXPECT_EQ(d.text, "Hij zei: \"Ja.\"\n\nDon't go.");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.sentences[0].id, "s1");
  EXPECT_EQ(d.sentences[1].paragraph, 1u);
  ASSERT_EQ(d.tokens.size(), 11u);
  for (const auto& t : d.tokens) {
    if (d.mwts.empty() || t.start != d.tokens[7].start) {
      EXPECT_EQ(d.slice(t.start, t.end), t.form);
    }
  }
  EXPECT_EQ(d.tokens[0].feats, "Case=Nom");
  EXPECT_EQ(d.tokens[1].head, 0);
  EXPECT_FALSE(d.tokens[1].space_after);
  EXPECT_EQ(d.tokens[6].misc, "Gloss=q");
  // The multiword token: both words span "Don't".
  ASSERT_EQ(d.mwts.size(), 1u);
  EXPECT_EQ(d.mwts[0].first, 7u);
  EXPECT_EQ(d.mwts[0].last, 9u);
  EXPECT_EQ(d.slice(d.tokens[7].start, d.tokens[7].end), "Don't");
  EXPECT_EQ(d.slice(d.tokens[8].start, d.tokens[8].end), "Don't");
  EXPECT_EQ(d.tokens[9].form, "go");  // the empty node 3.1 is skipped
  EXPECT_EQ(r.docs[1].id, "doc2");
  EXPECT_EQ(r.docs[1].text, "du");
}

// The sentence's tokens as comparable tuples.
std::vector<std::string> rows(const Doc& d) {
  std::vector<std::string> out;
  for (const auto& t : d.tokens)
    out.push_back(t.form + "|" + t.lemma + "|" + t.upos + "|" + t.xpos + "|" + t.feats + "|" +
                  std::to_string(t.head) + "|" + t.deprel + "|" + t.misc + "|" +
                  (t.space_after ? "S" : "N"));
  return out;
}

TEST(Conllu, RoundTrip) {
  auto a = read_conllu(kSample, "a");
  std::string out;
  for (const auto& d : a.docs) write_conllu(d, out);
  auto b = read_conllu(out, "b");
  ASSERT_TRUE(b.skipped.empty());
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (size_t k = 0; k < a.docs.size(); ++k) {
    EXPECT_EQ(rows(a.docs[k]), rows(b.docs[k]));
    EXPECT_EQ(a.docs[k].text, b.docs[k].text);
    EXPECT_EQ(a.docs[k].id, b.docs[k].id);
    ASSERT_EQ(a.docs[k].mwts.size(), b.docs[k].mwts.size());
    for (size_t s = 0; s < a.docs[k].sentences.size(); ++s) {
      if (!a.docs[k].sentences[s].id.empty()) {  // else the writer makes one up
        EXPECT_EQ(a.docs[k].sentences[s].id, b.docs[k].sentences[s].id);
      }
      EXPECT_EQ(a.docs[k].sentences[s].paragraph, b.docs[k].sentences[s].paragraph);
    }
  }
  // Writing again gives the same bytes.
  std::string again;
  for (const auto& d : b.docs) write_conllu(d, again);
  EXPECT_EQ(out, again);
}

// Checks what the UD validator checks about "# text": it equals the forms joined by SpaceAfter.
void expect_text_matches_forms(const std::string& conllu) {
  std::string text, built;
  bool space = false;
  size_t pos = 0;
  int sentences = 0;
  while (pos < conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    std::string line = conllu.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.rfind("# text = ", 0) == 0) {
      text = line.substr(9);
      built.clear();
      space = false;
      int skip_to = 0;
      size_t p2 = pos;
      for (;;) {
        size_t e = conllu.find('\n', p2);
        std::string l = conllu.substr(p2, e - p2);
        p2 = e + 1;
        if (l.empty()) break;
        std::vector<std::string> f;
        size_t s = 0;
        for (;;) {
          size_t t = l.find('\t', s);
          f.push_back(l.substr(s, t == std::string::npos ? t : t - s));
          if (t == std::string::npos) break;
          s = t + 1;
        }
        ASSERT_EQ(f.size(), 10u) << l;
        int id = std::atoi(f[0].c_str());
        bool range = f[0].find('-') != std::string::npos;
        if (!range && id <= skip_to) continue;
        if (range) skip_to = std::atoi(f[0].c_str() + f[0].find('-') + 1);
        if (space) built += ' ';
        built += f[1];
        space = f[9].find("SpaceAfter=No") == std::string::npos;
      }
      EXPECT_EQ(text, built);
      ++sentences;
    }
  }
  EXPECT_GT(sentences, 0);
}

TEST(Conllu, WriteFromTokenizedText) {
  // A Doc as the text stage makes it: line breaks and double spaces between tokens.
  Doc d;
  d.id = "t";
  d.text = "Hallo  wereld.\nTab\there";
  auto tok = [&](uint32_t s, uint32_t e, bool space) {
    TokenData t;
    t.start = s;
    t.end = e;
    t.form = d.text.substr(s, e - s);
    t.space_after = space;
    d.tokens.push_back(t);
  };
  tok(0, 5, true);
  tok(7, 13, false);
  tok(13, 14, true);
  tok(15, 18, true);
  tok(19, 23, true);
  d.sentences.push_back({0, 3, 0, 14, 0, "", false});
  d.sentences.push_back({3, 5, 15, 23, 1, "", false});
  std::string out;
  write_conllu(d, out);
  EXPECT_NE(out.find("# text = Hallo wereld.\n"), std::string::npos) << out;
  EXPECT_NE(out.find("# text = Tab here\n"), std::string::npos) << out;
  EXPECT_NE(out.find("# newpar\n"), std::string::npos);
  EXPECT_NE(out.find("2\twereld\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"), std::string::npos) << out;
  EXPECT_NE(out.find("3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"), std::string::npos) << out;
  expect_text_matches_forms(out);
}

TEST(Conllu, MalformedSentencesSkippedWithLine) {
  std::string in =
      "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n"      // 1
      "\n"                                     // 2
      "1\tB\tb\tX\t_\t_\t0\troot\t_\n"         // 3: 9 columns
      "2\tC\tc\tX\t_\t_\t1\tdep\t_\t_\n"       // 4
      "\n"                                     // 5
      "1\tD\td\tX\t_\t_\t0\troot\t_\t_\n"      // 6
      "3\tE\te\tX\t_\t_\t1\tdep\t_\t_\n"       // 7: out of sequence
      "\n"                                     // 8
      "1\tF\tf\tX\t_\t_\t0\troot\t_\t_\n"      // 9
      "2\tG\tg\tX\t_\t_\t5\tdep\t_\t_\n"       // 10: head outside
      "\n"                                     // 11
      "1\tH\th\tX\t_\t_\t2\tdep\t_\t_\n"       // 12: cycle 1->2->1: read, warned
      "2\tI\ti\tX\t_\t_\t1\tdep\t_\t_\n"       // 13
      "\n"                                     // 14
      "1\tJ\tj\tX\t_\t_\tx\tdep\t_\t_\n"       // 15: bad head
      "\n"                                     // 16
      "1-3\tKL\t_\t_\t_\t_\t_\t_\t_\t_\n"      // 17: range past the end
      "1\tK\tk\tX\t_\t_\t0\troot\t_\t_\n"      // 18
      "2\tL\tl\tX\t_\t_\t1\tdep\t_\t_\n"       // 19
      "\n"                                     // 20
      "1\tM\xFF\tm\tX\t_\t_\t0\troot\t_\t_\n"  // 21: invalid UTF-8 at byte 3
      "\n"                                     // 22
      "1\t\tn\tX\t_\t_\t0\troot\t_\t_\n"       // 23: empty form
      "\n"                                     // 24
      "1\tO\to\tX\t_\t_\t1\troot\t_\t_\n"      // 25: self loop: read, head set to -1
      "\n"                                     // 26
      "1\tZ\tz\tX\t_\t_\t0\troot\t_\t_\n";     // 27, no final blank line
  auto r = read_conllu(in, "bad.conllu");
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.docs[0].sentences.size(), 4u);
  EXPECT_EQ(r.docs[0].text, "A\nH I\nO\nZ");
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0].where().line, 12u);  // word 1 (line 12) is where the walk closes
  EXPECT_EQ(r.warnings[1].where().line, 25u);
  EXPECT_EQ(r.docs[0].tokens[1].head, -1);  // H
  EXPECT_EQ(r.docs[0].tokens[2].head, 1);   // I
  EXPECT_EQ(r.docs[0].tokens[3].head, -1);  // O
  std::vector<uint64_t> lines;
  for (const auto& s : r.skipped) {
    EXPECT_EQ(s.where().file, "bad.conllu");
    lines.push_back(s.where().line);
  }
  std::vector<uint64_t> want = {3, 7, 10, 15, 17, 21, 23};
  EXPECT_EQ(lines, want);
  EXPECT_EQ(r.skipped[5].code(), Errc::invalid_utf8);
  EXPECT_EQ(r.skipped[5].where().byte, 3u);
}

TEST(Conllu, ReaderWithLineNumbersAcrossDocuments) {
  // Through DocReader, documents are parsed block by block; lines stay the file's.
  std::string in =
      "# newdoc id = a\n"                   // 1
      "1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n"   // 2
      "\n"                                  // 3
      "# newdoc id = b\n"                   // 4
      "1\tB\tb\tX\t_\t_\t0\troot\t_\n"      // 5: bad
      "\n"                                  // 6
      "1\tC\tc\tX\t_\t_\t0\troot\t_\t_\n"   // 7
      "\n"                                  // 8
      "# newdoc\n"                          // 9
      "1\tD\td\tX\t_\t_\t0\troot\t_\t_\n";  // 10
  auto r = testing::read_string(in, "x.conllu");
  std::vector<std::string> want = {"D:a", "E:parse", "D:b", "D:x.conllu#2"};
  EXPECT_EQ(r.order, want);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].where().line, 5u);
  EXPECT_EQ(r.errors[0].where().file, "x.conllu");
  EXPECT_EQ(r.docs[1].text, "C");
}

TEST(Conllu, ReadFilePlainAndGzip) {
  std::string dir = testing::temp_dir("conllu_file");
  testing::write_file(dir + "/a.conllu", kSample);
  testing::write_gz(dir + "/a.conllu.gz", kSample);
  auto a = read_conllu_file(dir + "/a.conllu");
  auto b = read_conllu_file(dir + "/a.conllu.gz");
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->docs.size(), 2u);
  ASSERT_EQ(b->docs.size(), 2u);
  EXPECT_EQ(rows(a->docs[0]), rows(b->docs[0]));
  auto c = read_conllu_file(dir + "/missing.conllu");
  EXPECT_EQ(c.status().code(), Errc::io);
}

TEST(Conllu, CrlfBomAndBlankLines) {
  std::string in = "\xEF\xBB\xBF# sent_id = 1\r\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\r\n  \r\n";
  auto r = read_conllu(in, "x");
  EXPECT_TRUE(r.skipped.empty());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].tokens[0].misc, "");
  EXPECT_EQ(r.docs[0].sentences[0].id, "1");
}

// ---- the UD treebanks in ../shared: every sentence read, nothing skipped, and fast ----

void read_treebank(const std::string& rel) {
  std::string p = testing::shared_file(rel);
  if (p.empty()) GTEST_SKIP() << "../shared/" << rel << " not found (set DYAD_SHARED)";
  std::string content;
  {
    FILE* f = std::fopen(p.c_str(), "rb");
    ASSERT_NE(f, nullptr);
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) content.append(buf, n);
    std::fclose(f);
  }
  // Count sentences independently: runs of word lines.
  size_t expected = 0, words = 0;
  size_t pos = 0;
  bool in_sentence = false;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    bool word_line = !line.empty() && line[0] >= '0' && line[0] <= '9';
    if (word_line && !in_sentence) ++expected;
    if (!line.empty() && line[0] != '#') in_sentence = word_line;
    if (line.empty()) in_sentence = false;
    if (word_line) {
      size_t tab = line.find('\t');
      std::string_view id = line.substr(0, tab);
      if (id.find('-') == id.npos && id.find('.') == id.npos) ++words;
    }
    pos = nl + 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = read_conllu(content, p);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t sentences = 0, tokens = 0;
  for (const auto& d : r.docs) {
    sentences += d.sentences.size();
    tokens += d.tokens.size();
  }
  EXPECT_TRUE(r.skipped.empty()) << r.skipped[0].to_string();
  for (const auto& w : r.warnings) std::printf("[ warning  ] %s\n", w.to_string().c_str());
  EXPECT_EQ(sentences, expected);
  EXPECT_EQ(tokens, words);
  // Measured, not asserted (timings depend on the machine and its load).
  std::printf("[ measure  ] %s: %zu sentences, %zu words, %.1f MB in %.3f s = %.0f MB/s\n",
              rel.c_str(), sentences, tokens, content.size() / 1e6, secs,
              content.size() / 1e6 / secs);
  // Round trip: write and read again gives the same tokens, heads and labels.
  std::string out;
  for (const auto& d : r.docs) write_conllu(d, out);
  auto again = read_conllu(out, "again");
  EXPECT_TRUE(again.skipped.empty());
  ASSERT_EQ(again.docs.size(), r.docs.size());
  for (size_t k = 0; k < r.docs.size(); ++k) {
    ASSERT_EQ(rows(again.docs[k]), rows(r.docs[k]));
    EXPECT_EQ(again.docs[k].text, r.docs[k].text);
  }
  expect_text_matches_forms(out);
}

TEST(ConlluTreebanks, EnEwtTrain) {
  read_treebank("ud/en_ewt-ud2.16/train.conllu");
}
TEST(ConlluTreebanks, NlLassySmallTrain) {
  read_treebank("ud/nl_lassysmall-ud2.0/train.conllu");
}
TEST(ConlluTreebanks, NlAlpinoDev) {
  read_treebank("ud/nl_alpino-ud2.16/dev.conllu");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Only the columns that have values count as given, so the pipeline runs the missing stages
// (a tokenized-only file gets tagged and parsed; a tagged file keeps its tags and gets parsed).
TEST(Conllu, AnnotationsFollowTheColumnsGiven) {
  auto full = read_conllu(kSample, "full.conllu");
  ASSERT_FALSE(full.docs.empty());
  EXPECT_TRUE(full.docs[0].has(kTokens | kUpos | kXpos | kLemmas | kHeads));

  auto tokens_only = read_conllu(
      "1\tRusland\t_\t_\t_\t_\t_\t_\t_\t_\n2\tlevert\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "tok.conllu");
  ASSERT_EQ(tokens_only.docs.size(), 1u);
  const Doc& t = tokens_only.docs[0];
  EXPECT_TRUE(t.has(kTokens | kSentences));
  EXPECT_FALSE(t.has(kUpos));
  EXPECT_FALSE(t.has(kLemmas));
  EXPECT_FALSE(t.has(kHeads));

  auto tagged = read_conllu(
      "1\tRusland\tRusland\tPROPN\t_\t_\t_\t_\t_\t_\n2\tlevert\tleveren\tVERB\t_\t_\t_\t_\t_\t_"
      "\n\n",
      "tagged.conllu");
  ASSERT_EQ(tagged.docs.size(), 1u);
  EXPECT_TRUE(tagged.docs[0].has(kUpos | kLemmas));
  EXPECT_FALSE(tagged.docs[0].has(kHeads));
}

}  // namespace
}  // namespace dyad
