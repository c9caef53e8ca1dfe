#include "io/reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "io/doc_checks.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::read_paths;
using testing::read_string;
using testing::temp_dir;
using testing::write_file;
using testing::write_gz;

// ---- plain text and the seed header ----

TEST(TextReader, PlainDocument) {
  auto r = read_string("Hallo wereld.\r\nTweede regel.", "dir/a.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(r.docs[0].id, "a.txt");
  EXPECT_EQ(r.docs[0].source, "dir/a.txt");
  EXPECT_EQ(r.docs[0].text, "Hallo wereld.\r\nTweede regel.");  // bytes kept, CRLF too
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_TRUE(r.docs[0].tokens.empty());
}

TEST(TextReader, BomStripped) {
  auto r = read_string("\xEF\xBB\xBFTekst.", "a.txt");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Tekst.");
}

TEST(TextReader, SeedHeaderVariants) {
  struct Case {
    std::string in, date, text;
  } cases[] = {
      {" date 2022-12 Demonstranten voor de ambassade.", "2022-12",
       "Demonstranten voor de ambassade."},
      {"date 2022-12 Demonstranten.", "2022-12", "Demonstranten."},
      {"date 2022-12-05 Tekst.", "2022-12-05", "Tekst."},
      {" \tdate 2022-12-05\tTekst.", "2022-12-05", "Tekst."},
      {"date 2022-12\nTekst op regel twee.", "2022-12", "Tekst op regel twee."},
      {"date 2022-12\r\nTekst.", "2022-12", "Tekst."},
      {"date 2024-02-29 Schrikkeldag.", "2024-02-29", "Schrikkeldag."},
      {"\xEF\xBB\xBF date 2022-12 Met BOM.", "2022-12", "Met BOM."},
      {"date 2022-12  Twee spaties.", "2022-12", " Twee spaties."},  // one separator stripped
      // No header: kept as text.
      {"Geen kop. date 2022-12 staat later.", "", "Geen kop. date 2022-12 staat later."},
      {"dated 2022-12 text", "", "dated 2022-12 text"},
      {"date 2022-12x text", "", "date 2022-12x text"},
      {"date 2022 text", "", "date 2022 text"},
      {"Date 2022-12 text", "", "Date 2022-12 text"},
  };
  for (const auto& c : cases) {
    auto r = read_string(c.in, "seed.txt");
    ASSERT_EQ(r.docs.size(), 1u) << c.in;
    EXPECT_EQ(r.docs[0].date, c.date) << c.in;
    EXPECT_EQ(r.docs[0].text, c.text) << c.in;
  }
}

TEST(TextReader, SeedHeaderInvalidDate) {
  for (std::string in : {"date 2022-13 text", "date 2023-02-29 text", "date 2022-00 x"}) {
    auto r = read_string(in, "x.txt");
    EXPECT_TRUE(r.docs.empty()) << in;
    ASSERT_EQ(r.errors.size(), 1u) << in;
    EXPECT_EQ(r.errors[0].code(), Errc::parse);
    EXPECT_EQ(r.errors[0].where().file, "x.txt");
    EXPECT_EQ(r.errors[0].where().byte, 5u);
  }
}

TEST(TextReader, FormatTextIgnoresHeader) {
  ReadOptions o;
  o.format = "text";
  auto r = read_string("date 2022-12 Tekst.", "x.txt", o);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "date 2022-12 Tekst.");
  EXPECT_EQ(r.docs[0].date, "");
}

TEST(TextReader, HeaderOnlyIsEmpty) {
  auto r = read_string(" date 2022-12 \n  ", "x.txt");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::empty_input);
}

TEST(TextReader, Defaults) {
  ReadOptions o;
  o.default_date = "2020-01-02";
  o.default_lang = "nl";
  auto r = read_string("Tekst.", "x.txt", o);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2020-01-02");
  EXPECT_EQ(r.docs[0].lang, "nl");
  r = read_string("date 2021-05 Tekst.", "x.txt", o);
  EXPECT_EQ(r.docs[0].date, "2021-05");  // the document's own date wins
}

TEST(TextReader, InvalidUtf8Offset) {
  // Offsets are relative to the file, BOM and header included.
  auto r = read_string(
      "\xEF\xBB\xBF"
      "date 2022-12 abc\xC3(def",
      "x.txt");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::invalid_utf8);
  EXPECT_TRUE(r.errors[0].where().has_byte);
  EXPECT_EQ(r.errors[0].where().byte, 3u + 13u + 3u);
  EXPECT_EQ(r.errors[0].where().file, "x.txt");
  // Overlong encoding, surrogate, truncated sequence at the end.
  for (auto [in, at] : std::vector<std::pair<std::string, size_t>>{
           {"ab\xC0\xAF", 2}, {"x\xED\xA0\x80", 1}, {"abc\xE2\x82", 3}, {"\xFF", 0}}) {
    auto e = read_string(in, "y.txt");
    ASSERT_EQ(e.errors.size(), 1u);
    EXPECT_EQ(e.errors[0].code(), Errc::invalid_utf8);
    EXPECT_EQ(e.errors[0].where().byte, at);
  }
}

TEST(TextReader, Utf16IsRefused) {
  auto r = read_string(std::string("\xFF\xFEh\0i\0", 6), "x.txt");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::invalid_utf8);
  EXPECT_NE(r.errors[0].message().find("UTF-16"), std::string::npos);
}

TEST(TextReader, Binary) {
  auto r = read_string(std::string("abc\0def", 7), "x.bin");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::binary_input);
  EXPECT_EQ(r.errors[0].where().byte, 3u);
  r = read_string("a\x01\x02\x03\x04\x05\x06xyz", "x.txt");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::binary_input);
  // A stray control character in real text is not binary.
  r = read_string("Een tekst met een \x1b escape maar verder gewoon.", "x.txt");
  EXPECT_EQ(r.docs.size(), 1u);
}

TEST(TextReader, Empty) {
  for (std::string in : {"", "   \n\t\r\n", "\xEF\xBB\xBF", "\xC2\xA0\xE3\x80\x80\n"}) {
    auto r = read_string(in, "x.txt");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].code(), Errc::empty_input);
  }
}

TEST(TextReader, TooLarge) {
  ReadOptions o;
  o.max_doc_bytes = 10;
  auto r = read_string("0123456789", "x.txt", o);
  EXPECT_EQ(r.docs.size(), 1u);
  r = read_string("0123456789A", "x.txt", o);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::too_large);
  // A file is refused by its size, unread.
  std::string dir = temp_dir("too_large");
  write_file(dir + "/big.txt", std::string(1000, 'a'));
  r = read_paths({dir + "/big.txt"}, o);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::too_large);
  EXPECT_EQ(r.errors[0].where().file, dir + "/big.txt");
}

TEST(TextReader, MissingFileIsReportedAndReadingGoesOn) {
  std::string dir = temp_dir("missing");
  write_file(dir + "/ok.txt", "Tekst.");
  auto r = read_paths({dir + "/nope.txt", dir + "/ok.txt"});
  ASSERT_EQ(r.order.size(), 2u);
  EXPECT_EQ(r.order[0], "E:io");
  EXPECT_EQ(r.errors[0].where().file, dir + "/nope.txt");
  EXPECT_EQ(r.order[1], "D:ok.txt");
}

TEST(TextReader, BadOptions) {
  ReadOptions o;
  o.format = "xml";
  EXPECT_EQ(DocReader::open({}, o).status().code(), Errc::usage);
  o = {};
  o.default_date = "2022-2";
  EXPECT_EQ(DocReader::from_string("", "x", o).status().code(), Errc::usage);
}

// ---- folders ----

TEST(FolderReader, RecursiveSortedSkippingHidden) {
  std::string dir = temp_dir("folder");
  write_file(dir + "/b.txt", "B.");
  write_file(dir + "/a/z.txt", "AZ.");
  write_file(dir + "/a/b/c.txt", "ABC.");
  write_file(dir + "/a.txt", "A.");
  write_file(dir + "/.hidden.txt", "H.");
  write_file(dir + "/.git/x.txt", "G.");
  write_file(dir + "/c.jsonl", "{\"text\":\"J1\"}\n{\"text\":\"J2\",\"id\":\"j2\"}\n");
  write_file(dir + "/d.conllu", "1\tHoi\thoi\tINTJ\t_\t_\t0\troot\t_\t_\n\n");
  write_file(dir + "/e.txt", "");  // an error in the middle
  write_file(dir + "/f.txt", "F.");
  auto r = read_paths({dir});
  std::vector<std::string> want = {"D:a.txt",      "D:a/b/c.txt",   "D:a/z.txt",
                                   "D:b.txt",      "D:c.jsonl:1",   "D:j2",
                                   "D:d.conllu#0", "E:empty_input", "D:f.txt"};
  EXPECT_EQ(r.order, want);
  ASSERT_EQ(r.docs.size(), 8u);
  EXPECT_EQ(r.docs[1].text, "ABC.");
  EXPECT_EQ(r.docs[1].source, dir + "/a/b/c.txt");
  EXPECT_EQ(r.docs[4].source, dir + "/c.jsonl:1");
  EXPECT_TRUE(r.docs[6].has(kHeads));
  EXPECT_EQ(r.errors[0].where().file, dir + "/e.txt");
}

TEST(FolderReader, FileAndFolderInputs) {
  std::string dir = temp_dir("mixed");
  write_file(dir + "/in/x.txt", "X.");
  write_file(dir + "/y.txt", "Y.");
  auto r = read_paths({dir + "/y.txt", dir + "/in"});
  std::vector<std::string> want = {"D:y.txt", "D:x.txt"};
  EXPECT_EQ(r.order, want);
}

// ---- JSON Lines ----

TEST(JsonlReader, FieldsAndIds) {
  std::string in =
      "{\"id\": \"d1\", \"date\": \"2022-12-05\", \"lang\": \"NL\", \"text\": \"Eerste.\", "
      "\"extra\": [1, {\"x\": null}]}\n"
      "\n"
      "   \n"
      "{\"text\": \"Tweede \\u00e9\\n.\", \"id\": 42, \"date\": null}\r\n"
      "{\"text\": \"Derde.\", \"date\": \"2022\"}";  // no final newline
  auto r = read_string(in, "path/to/news.jsonl");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].to_string();
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "d1");
  EXPECT_EQ(r.docs[0].date, "2022-12-05");
  EXPECT_EQ(r.docs[0].lang, "nl");
  EXPECT_EQ(r.docs[0].text, "Eerste.");
  EXPECT_EQ(r.docs[0].source, "path/to/news.jsonl:1");
  EXPECT_EQ(r.docs[1].id, "42");
  EXPECT_EQ(r.docs[1].text, "Tweede \xC3\xA9\n.");
  EXPECT_EQ(r.docs[1].date, "");
  EXPECT_EQ(r.docs[2].id, "news.jsonl:5");
  EXPECT_EQ(r.docs[2].source, "path/to/news.jsonl:5");
  EXPECT_EQ(r.docs[2].date, "2022");
}

TEST(JsonlReader, BadLinesInTheMiddle) {
  std::string in =
      "{\"text\": \"een\"}\n"
      "{\"text\": \"twee\",}\n"                    // 2: trailing comma
      "{\"id\": \"x\"}\n"                          // 3: no text
      "{\"text\": 5}\n"                            // 4: text not a string
      "{\"text\": \"a\", \"date\": \"2022-2\"}\n"  // 5: bad date
      "{\"text\": \"\\u0000\"}\n"                  // 6: binary
      "{\"text\": \" \\n \"}\n"                    // 7: empty
      "{\"text\": \"a\xFF\"}\n"                    // 8: invalid UTF-8
      "[1, 2]\n"                                   // 9: not an object
      "{\"text\": \"drie\"}\n";
  auto r = read_string(in, "x.jsonl");
  std::vector<std::string> want = {
      "D:x.jsonl:1",    "E:parse",       "E:parse",        "E:parse", "E:parse",
      "E:binary_input", "E:empty_input", "E:invalid_utf8", "E:parse", "D:x.jsonl:10"};
  EXPECT_EQ(r.order, want);
  ASSERT_EQ(r.errors.size(), 8u);
  for (size_t k = 0; k < r.errors.size(); ++k) {
    EXPECT_EQ(r.errors[k].where().file, "x.jsonl");
    EXPECT_EQ(r.errors[k].where().line, k + 2) << r.errors[k].to_string();
  }
  EXPECT_EQ(r.errors[0].where().byte, 16u);  // the '}' after the comma
  EXPECT_EQ(r.errors[6].where().byte, 11u);  // the 0xFF byte in line 8
  EXPECT_EQ(r.docs[1].text, "drie");
}

TEST(JsonlReader, TooLarge) {
  ReadOptions o;
  o.max_doc_bytes = 8;
  auto r = read_string("{\"text\": \"123456789\"}\n{\"text\": \"12345678\"}\n", "x.jsonl", o);
  std::vector<std::string> want = {"E:too_large", "D:x.jsonl:2"};
  EXPECT_EQ(r.order, want);
  // A line far longer than any allowed document is refused without keeping it.
  o.max_doc_bytes = 1;
  std::string huge = "{\"text\": \"" + std::string(3 << 20, 'a') + "\"}\n{\"text\":\"b\"}\n";
  r = read_string(huge, "x.jsonl", o);
  want = {"E:too_large", "D:x.jsonl:2"};
  EXPECT_EQ(r.order, want);
}

TEST(JsonlReader, JsonArrayIsRefused) {
  auto r = read_string("[{\"text\": \"a\"}]", "x.json");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::unsupported);
}

// ---- gzip ----

TEST(GzipReader, InnerFormats) {
  std::string dir = temp_dir("gzip");
  write_gz(dir + "/a.txt.gz", " date 2022-12 Gecomprimeerd.");
  write_gz(dir + "/b.jsonl.gz", "{\"text\":\"een\"}\n{\"text\":\"twee\"}\n");
  write_gz(dir + "/c.conllu.gz", "1\tHoi\thoi\tINTJ\t_\t_\t0\troot\t_\t_\n\n");
  write_gz(dir + "/d.gz", "{\"text\":\"gesnuffeld\"}\n");  // no inner extension: sniffed
  auto r = read_paths({dir});
  std::vector<std::string> want = {"D:a.txt.gz", "D:b.jsonl.gz:1", "D:b.jsonl.gz:2",
                                   "D:c.conllu.gz#0", "D:d.gz:1"};
  EXPECT_EQ(r.order, want);
  ASSERT_EQ(r.docs.size(), 5u);
  EXPECT_EQ(r.docs[0].date, "2022-12");
  EXPECT_EQ(r.docs[0].text, "Gecomprimeerd.");
  EXPECT_EQ(r.docs[2].text, "twee");
  EXPECT_EQ(r.docs[3].tokens.size(), 1u);
  EXPECT_EQ(r.docs[4].text, "gesnuffeld");
}

TEST(GzipReader, LargeStreaming) {
  // Several buffers' worth of lines through inflate.
  std::string dir = temp_dir("gzip_large");
  std::string content;
  for (int i = 0; i < 50000; ++i)
    content += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Zin nummer " + std::to_string(i) +
               ".\"}\n";
  write_gz(dir + "/big.jsonl.gz", content);
  auto r = read_paths({dir + "/big.jsonl.gz"});
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.docs.size(), 50000u);
  EXPECT_EQ(r.docs[49999].id, "n49999");
  EXPECT_EQ(r.docs[49999].text, "Zin nummer 49999.");
}

TEST(GzipReader, DecompressionBombIsBounded) {
  // 64 MB of zeros compress to ~64 KB; only max_doc_bytes + 1 of it are ever inflated.
  std::string dir = temp_dir("gzip_bomb");
  write_gz(dir + "/bomb.txt.gz", std::string(64u << 20, 'a'));
  ReadOptions o;
  o.max_doc_bytes = 1 << 20;
  auto r = read_paths({dir + "/bomb.txt.gz"}, o);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), Errc::too_large);
}

TEST(GzipReader, CorruptAndTruncated) {
  std::string dir = temp_dir("gzip_bad");
  // Pseudo-random words, so that a damaged byte cannot decode to the same output.
  std::string text;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1103515245u + 12345u;
    text += static_cast<char>('a' + (x >> 16) % 26);
    if ((x >> 8) % 7 == 0) text += ' ';
  }
  write_gz(dir + "/a.txt.gz", text);
  std::string gz;
  {
    std::ifstream f(dir + "/a.txt.gz", std::ios::binary);
    gz.assign(std::istreambuf_iterator<char>(f), {});
  }
  write_file(dir + "/t.txt.gz", gz.substr(0, gz.size() / 2));  // truncated
  std::string bad = gz;
  bad[gz.size() / 2] ^= 0x55;
  bad[gz.size() / 2 + 1] ^= 0x55;
  write_file(dir + "/c.txt.gz", bad);  // corrupt (or a CRC error)
  write_file(dir + "/z.txt", "Daarna.");
  auto r = read_paths({dir + "/t.txt.gz", dir + "/c.txt.gz", dir + "/z.txt"});
  std::vector<std::string> want = {"E:parse", "E:parse", "D:z.txt"};
  EXPECT_EQ(r.order, want);
  for (auto& e : r.errors) EXPECT_NE(e.message().find("gzip"), std::string::npos);
}

TEST(GzipReader, ConcatenatedMembers) {
  std::string dir = temp_dir("gzip_cat");
  write_gz(dir + "/1.gz", "{\"text\":\"een\"}\n");
  write_gz(dir + "/2.gz", "{\"text\":\"twee\"}\n");
  std::string both;
  for (auto n : {"/1.gz", "/2.gz"}) {
    std::ifstream f(dir + n, std::ios::binary);
    both.append(std::istreambuf_iterator<char>(f), {});
  }
  auto r = read_string(both, "both.jsonl.gz");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].text, "twee");
  // Zero padding after the last member is ignored.
  r = read_string(both + std::string(512, '\0'), "padded.jsonl.gz");
  EXPECT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.errors.empty());
}

// ---- stdin-like input: sniffing ----

TEST(Sniffing, StreamFormats) {
  ReadOptions o;
  {
    std::istringstream in("\n  {\"text\": \"json\"}\n{\"text\": \"twee\"}\n");
    auto r = DocReader::from_stream(in, "stdin", o);
    ASSERT_TRUE(r.ok());
    auto all = testing::read_all(**r);
    ASSERT_EQ(all.docs.size(), 2u);
    EXPECT_EQ(all.docs[0].id, "stdin:2");
  }
  {
    std::istringstream in(
        "# newdoc id = d\n# sent_id = 1\n1\tHoi\thoi\tINTJ\t_\t_\t0\troot\t_\t_\n\n");
    auto r = DocReader::from_stream(in, "stdin", o);
    auto all = testing::read_all(**r);
    ASSERT_EQ(all.docs.size(), 1u);
    EXPECT_EQ(all.docs[0].id, "d");
    EXPECT_EQ(all.docs[0].tokens.size(), 1u);
  }
  {
    std::istringstream in(" date 2022-12 # Kop\n1\tniet conllu\n");
    auto r = DocReader::from_stream(in, "stdin", o);
    auto all = testing::read_all(**r);
    ASSERT_EQ(all.docs.size(), 1u);
    EXPECT_EQ(all.docs[0].id, "stdin");
    EXPECT_EQ(all.docs[0].date, "2022-12");
  }
  {
    // A Markdown-like heading does not make CoNLL-U.
    auto all = read_string("# Titel\n\nTekst van het artikel.\n", "stdin");
    ASSERT_EQ(all.docs.size(), 1u);
    EXPECT_EQ(all.docs[0].text, "# Titel\n\nTekst van het artikel.\n");
  }
}

TEST(Sniffing, ForcedFormat) {
  ReadOptions o;
  o.format = "jsonl";
  auto r = read_string("{\"text\":\"a\"}\n", "whatever.txt", o);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "a");
}

// ---- the seed article in ../shared ----

TEST(SharedData, SeedArticle) {
  std::string p = testing::shared_file("seed/article-nl-2022-12.txt");
  if (p.empty())
    GTEST_SKIP() << "../shared/seed/article-nl-2022-12.txt not found (set DYAD_SHARED)";
  auto r = read_paths({p});
  ASSERT_EQ(r.docs.size(), 1u);
  const Doc& d = r.docs[0];
  EXPECT_EQ(d.date, "2022-12");
  EXPECT_EQ(d.id, "article-nl-2022-12.txt");
  EXPECT_EQ(d.text.rfind("Demonstranten voor de Iraanse ambassade", 0), 0u) << d.text.substr(0, 60);
}

TEST(SharedData, BenchJsonl) {
  for (std::string name : {"bench/nl-news.jsonl", "bench/en-news.jsonl"}) {
    std::string p = testing::shared_file(name);
    if (p.empty()) GTEST_SKIP() << "../shared/" << name << " not found (set DYAD_SHARED)";
    auto r = read_paths({p});
    EXPECT_TRUE(r.errors.empty()) << r.errors[0].to_string();
    EXPECT_GT(r.docs.size(), 200u);
    for (const auto& d : r.docs) EXPECT_FALSE(d.text.empty());
  }
}

}  // namespace
}  // namespace dyad
