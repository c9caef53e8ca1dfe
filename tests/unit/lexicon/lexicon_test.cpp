// Tests of the language-data loader and validator (src/lexicon/) and of the committed lang/ data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "lexicon/check.h"
#include "lexicon/codes.h"
#include "lexicon/schema.h"
#include "lexicon/tsv.h"
#include "util/paths.h"

namespace fs = std::filesystem;
using namespace dyad;
using namespace dyad::lexicon;

namespace {

const char* kHead = "# source: test\n# licence: test\n";

// A minimal valid language folder: file name -> content.
std::map<std::string, std::string> valid_files() {
  return {
      {"countries.tsv", std::string(kHead) + "code\tkind\ttext\tnotes\n"
                                             "IRN\tname\tIran\t\n"
                                             "IRN\tadjective\tIraanse\t\n"
                                             "USAGOV\tmetonym\tWitte Huis\tde president\n"},
      {"regions.tsv", std::string(kHead) + "text\tcode\tmembers\tnotes\n"
                                           "Golfstaten\tPGS\tSAU ARE KWT QAT BHR OMN\t\n"
                                           "Baltische staten\t\tEST LVA LTU\tgeen CAMEO-code\n"},
      {"organizations.tsv", std::string(kHead) + "text\tcode\tkind\tnotes\n"
                                                 "NAVO\tIGOWSTNAT\tigo\t\n"
                                                 "AFP\tFRAMED\tmedia\t\n"},
      {"agents.tsv", std::string(kHead) + "text\tlemma\tcode\tnotes\n"
                                          "troepen\ttroep\tMIL\t\n"
                                          "defensieminister\tdefensieminister\tGOVMIL\t\n"},
      {"persons.tsv", std::string(kHead) +
                          "name\taliases\tcode\trole\tfrom\tto\tnotes\n"
                          "John Kirby\tKirby\tUSAGOV\twoordvoerder\t2022-05\t2025-01\t\n"
                          "Vladimir Poetin\tPoetin|Putin\tRUSGOV\tpresident\t2012-05-07\t\t\n"},
      {"abbreviations.tsv", std::string(kHead) + "abbreviation\ttype\ndhr.\ttitle\n"},
  };
}

class LangDirs : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("dyad_lexicon_" +
             std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    for (const char* lang : {"nl", "en"}) {
      fs::create_directories(root_ / lang);
      for (const auto& [name, text] : valid_files()) write(lang, name, text);
    }
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& lang, const std::string& name, const std::string& text) {
    std::ofstream out(root_ / lang / name, std::ios::binary);
    out << text;
  }
  std::string path(const std::string& lang, const std::string& name) const {
    return (root_ / lang / name).string();
  }
  CheckReport check(CheckOptions opt = small_options()) {
    return check_lang_dirs({(root_ / "nl").string(), (root_ / "en").string()}, opt);
  }
  static CheckOptions small_options() {
    CheckOptions o;
    o.iso_json = "";
    o.dutch_words = "";
    o.require_all_countries = false;
    return o;
  }
  // True when some error is located at file (suffix) and line and contains `what`.
  static bool has_error(const CheckReport& r, const std::string& file, uint64_t line,
                        const std::string& what) {
    for (const auto& p : r.problems)
      if (p.is_error() && p.line == line && p.file.size() >= file.size() &&
          p.file.compare(p.file.size() - file.size(), file.size(), file) == 0 &&
          p.message.find(what) != std::string::npos)
        return true;
    return false;
  }
  static std::string dump(const CheckReport& r) {
    std::string s;
    for (const auto& p : r.problems) s += p.to_string() + "\n";
    return s;
  }

  fs::path root_;
};

TEST_F(LangDirs, ValidFoldersPass) {
  auto r = check();
  EXPECT_EQ(r.errors(), 0u) << dump(r);
  EXPECT_EQ(r.warnings(), 0u) << dump(r);
  EXPECT_EQ(r.dirs, 2u);
  EXPECT_EQ(r.files, 12u);
}

TEST_F(LangDirs, WrongHeaderIsAnError) {
  write("nl", "agents.tsv", std::string(kHead) + "text\tcode\nsoldaten\tMIL\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "nl/agents.tsv", 3, "expected 'text\\tlemma\\tcode\\tnotes'"))
      << dump(r);
  // The two folders now also disagree on the columns of agents.tsv.
  EXPECT_TRUE(has_error(r, "agents.tsv", 0, "differs from")) << dump(r);
}

TEST_F(LangDirs, TooManyCellsIsAnError) {
  write("en", "organizations.tsv",
        std::string(kHead) + "text\tcode\tkind\tnotes\nNATO\tIGOWSTNAT\tigo\t\textra\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "en/organizations.tsv", 4, "5 cells but the header has 4")) << dump(r);
}

TEST_F(LangDirs, RequiredCellMissing) {
  write("nl", "countries.tsv", std::string(kHead) + "code\tkind\ttext\tnotes\nIRN\tname\t\t\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "nl/countries.tsv", 4, "required column 'text' is empty")) << dump(r);
}

TEST_F(LangDirs, DuplicateEntry) {
  write("nl", "organizations.tsv",
        std::string(kHead) +
            "text\tcode\tkind\tnotes\nNAVO\tIGOWSTNAT\tigo\t\nAFP\tFRAMED\tmedia\t\n"
            "NAVO\tIGOWSTNAT\tigo\tnog eens\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "nl/organizations.tsv", 6, "duplicate entry")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/organizations.tsv", 6, "line 4")) << dump(r);
}

TEST_F(LangDirs, UnknownCodes) {
  write("nl", "countries.tsv",
        std::string(kHead) +
            "code\tkind\ttext\tnotes\nXYZ\tname\tNergensland\t\n"
            "IRNFOO\tmetonym\tIets\t\nIRN\tnoun\tIran\t\nIRNGOV\tname\tIran\t\n");
  write("nl", "agents.tsv",
        std::string(kHead) + "text\tlemma\tcode\tnotes\nsoldaten\tsoldaat\tSOL\t\n");
  write("nl", "regions.tsv",
        std::string(kHead) +
            "text\tcode\tmembers\tnotes\nWesten\tXXX\t\t\n"
            "Golf\t\tSAU QQQ\t\nNiets\t\t\t\n");
  write("nl", "organizations.tsv",
        std::string(kHead) +
            "text\tcode\tkind\tnotes\nNAVO\tigownat\tigo\t\n"
            "X\tZZZNAT\tigo\t\nY\tIGOX\tclub\t\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "nl/countries.tsv", 4, "unknown country code 'XYZ'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/countries.tsv", 5, "unknown role code 'FOO'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/countries.tsv", 6, "unknown kind 'noun'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/countries.tsv", 7, "takes a bare country code")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/agents.tsv", 4, "unknown role code 'SOL'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/regions.tsv", 4, "unknown region code 'XXX'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/regions.tsv", 5, "unknown country code 'QQQ' in members"))
      << dump(r);
  EXPECT_TRUE(has_error(r, "nl/regions.tsv", 6, "needs a code or members")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/organizations.tsv", 4, "malformed code 'igownat'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/organizations.tsv", 5, "must start with a country")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/organizations.tsv", 6, "malformed code 'IGOX'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/organizations.tsv", 6, "unknown kind 'club'")) << dump(r);
}

TEST_F(LangDirs, FormerAndDisputedStatesAreKnown) {
  write("en", "countries.tsv",
        std::string(kHead) +
            "code\tkind\ttext\tnotes\nSUN\tname\tSoviet Union\t\n"
            "YUG\tname\tYugoslavia\t\nKSV\tname\tKosovo\t\nPSE\tname\tPalestine\t\n"
            "TWN\tname\tTaiwan\t\nESH\tname\tWestern Sahara\t\n");
  auto r = check();
  EXPECT_EQ(r.errors(), 0u) << dump(r);
}

TEST_F(LangDirs, BadDates) {
  write("nl", "persons.tsv",
        std::string(kHead) +
            "name\taliases\tcode\trole\tfrom\tto\tnotes\n"
            "A\t\tUSAGOV\tx\t2022-13\t\t\n"
            "B\t\tUSAGOV\tx\t2022-02-30\t\t\n"
            "C\t\tUSAGOV\tx\t22-05\t\t\n"
            "D\t\tUSAGOV\tx\t2023-11\t2022-09\t\n"
            "E\t\tUSAGOV\tx\t2022-05-10\t2022-05\t\n"
            "F\t\tUSAGOV\tx\t2024\t2024-02-29\t\n"
            "G\t\tUSA\tx\t2020\t\t\n"
            "H\tH||HH\tUSAGOV\tx\t2020\t\t\n"
            "I\t\tIGOUNO\tx\t2020\t\t\n"
            "J\t\tFOOBAR\tx\t2020\t\t\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 4, "bad date '2022-13'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 5, "bad date '2022-02-30'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 6, "bad date '22-05'")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 7, "'from' 2023-11 is after 'to' 2022-09")) << dump(r);
  // Same month at different precision is fine; a leap day in a leap year is fine.
  EXPECT_FALSE(has_error(r, "nl/persons.tsv", 8, "")) << dump(r);
  EXPECT_FALSE(has_error(r, "nl/persons.tsv", 9, "")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 10, "needs a role")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 11, "repeats the name")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 11, "empty alias")) << dump(r);
  // People of international organisations carry the organisation's code.
  EXPECT_FALSE(has_error(r, "nl/persons.tsv", 12, "")) << dump(r);
  EXPECT_TRUE(has_error(r, "nl/persons.tsv", 13, "must start with a country")) << dump(r);
}

TEST_F(LangDirs, InvalidUtf8) {
  write("en", "agents.tsv",
        std::string(kHead) +
            "text\tlemma\tcode\tnotes\ntroops\ttroop\tMIL\t\n"
            "sold\xC3\x28iers\tsoldier\tMIL\t\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "en/agents.tsv", 5, "invalid UTF-8 at byte 4")) << dump(r);
}

TEST_F(LangDirs, StraySpacesAndCrlf) {
  write("en", "agents.tsv",
        std::string(kHead) +
            "text\tlemma\tcode\tnotes\ntroops \ttroop\tMIL\t\n"
            "army\tarmy\tMIL\t\r\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "en/agents.tsv", 4, "leading or trailing space")) << dump(r);
  EXPECT_TRUE(has_error(r, "en/agents.tsv", 5, "carriage return")) << dump(r);
}

TEST_F(LangDirs, MissingSourceOrLicence) {
  write("en", "abbreviations.tsv", "# licence: test\nabbreviation\ttype\nMr.\ttitle\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "en/abbreviations.tsv", 1, "# source:")) << dump(r);
}

TEST_F(LangDirs, FileNamesDifferAcrossLanguages) {
  write("nl", "predicates.tsv", std::string(kHead) + "lemma\tcode\n");
  fs::remove(root_ / "en" / "persons.tsv");
  auto r = check();
  EXPECT_TRUE(has_error(r, "en/predicates.tsv", 0, "missing (present in")) << dump(r);
  EXPECT_TRUE(has_error(r, "en/persons.tsv", 0, "missing (present in")) << dump(r);
}

TEST_F(LangDirs, GenericFileHeadersDifferAcrossLanguages) {
  write("en", "abbreviations.tsv", std::string(kHead) + "abbreviation\tkind\nMr.\ttitle\n");
  auto r = check();
  EXPECT_TRUE(has_error(r, "abbreviations.tsv", 0, "differs from")) << dump(r);
}

TEST_F(LangDirs, AmbiguousTextIsAWarning) {
  write("en", "countries.tsv",
        std::string(kHead) + "code\tkind\ttext\tnotes\nCOD\tname\tCongo\t\nCOG\tname\tCongo\t\n");
  auto r = check();
  EXPECT_EQ(r.errors(), 0u) << dump(r);
  ASSERT_EQ(r.warnings(), 1u) << dump(r);
  EXPECT_NE(r.problems[0].message.find("several codes (COD COG)"), std::string::npos);
}

TEST_F(LangDirs, EveryIsoCountryMustBeNamed) {
  CheckOptions o = small_options();
  o.require_all_countries = true;
  auto r = check(o);
  EXPECT_TRUE(has_error(r, "nl/countries.tsv", 0, "ISO 3166-1 country NLD has no 'name' entry"))
      << dump(r);
  EXPECT_FALSE(has_error(r, "nl/countries.tsv", 0, "country IRN has")) << dump(r);
}

TEST_F(LangDirs, DutchWordListGivesWarnings) {
  fs::path words = root_ / "words.txt";
  {
    std::ofstream out(words);
    out << "Iraans\nRussen\n";
  }
  write("nl", "countries.tsv",
        std::string(kHead) +
            "code\tkind\ttext\tnotes\nIRN\tname\tIran\t\nIRN\tadjective\tIraans\t\n"
            "IRN\tadjective\tIraanse\t\nRUS\tinhabitant\tRussen\t\n");
  CheckOptions o = small_options();
  o.dutch_words = words.string();
  auto r = check(o);
  EXPECT_EQ(r.errors(), 0u) << dump(r);
  ASSERT_EQ(r.warnings(), 1u) << dump(r);
  EXPECT_EQ(r.problems[0].line, 6u);
  EXPECT_NE(r.problems[0].message.find("'Iraanse' is not in the Dutch word list"),
            std::string::npos);
}

TEST_F(LangDirs, LoaderReadsEntries) {
  auto lex = load_actor_lexicon((root_ / "nl").string());
  ASSERT_TRUE(lex.ok()) << lex.status().to_string();
  EXPECT_EQ(lex->lang, "nl");
  ASSERT_EQ(lex->countries.size(), 3u);
  EXPECT_EQ(lex->countries[2].code, "USAGOV");
  EXPECT_EQ(lex->countries[2].text, "Witte Huis");
  EXPECT_EQ(lex->countries[2].line, 6u);
  ASSERT_EQ(lex->regions.size(), 2u);
  EXPECT_EQ(lex->regions[0].members.size(), 6u);
  EXPECT_EQ(lex->regions[1].code, "");
  ASSERT_EQ(lex->persons.size(), 2u);
  EXPECT_EQ(lex->persons[1].aliases, (std::vector<std::string>{"Poetin", "Putin"}));
  EXPECT_TRUE(lex->persons[0].active_on("2022-12"));
  EXPECT_TRUE(lex->persons[0].active_on("2022-05-01"));
  EXPECT_TRUE(lex->persons[0].active_on("2025-01-31"));
  EXPECT_FALSE(lex->persons[0].active_on("2025-02"));
  EXPECT_FALSE(lex->persons[0].active_on("2022-04-30"));
  EXPECT_TRUE(lex->persons[1].active_on("2030"));
  EXPECT_FALSE(lex->persons[1].active_on("not a date"));
}

TEST_F(LangDirs, LoaderFailsWithFileAndLine) {
  write("nl", "agents.tsv",
        std::string(kHead) +
            "text\tlemma\tcode\tnotes\ntroepen\ttroep\tMIL\t\n"
            "soldaten\tsoldaat\tSOLDIER\t\n");
  auto lex = load_actor_lexicon((root_ / "nl").string());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), Errc::data);
  EXPECT_EQ(lex.status().where().line, 5u);
  EXPECT_NE(lex.status().where().file.find("agents.tsv"), std::string::npos);

  fs::remove(root_ / "en" / "regions.tsv");
  auto en = load_actor_lexicon((root_ / "en").string());
  ASSERT_FALSE(en.ok());
  EXPECT_EQ(en.status().code(), Errc::io);
}

TEST(Tsv, StrictParseStopsAtFirstProblem) {
  auto t = parse_tsv("# source: x\na\tb\n1\t2\n1\t2\t3\n\xFF\n", "f.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().where().line, 4u);
  auto u = parse_tsv("a\tb\n\xFF\n", "g.tsv");
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.status().code(), Errc::invalid_utf8);
  EXPECT_EQ(u.status().where().line, 2u);
  auto none = parse_tsv("# only comments\n", "h.tsv");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("no header"), std::string::npos);
}

TEST(Tsv, ParsesCommentsHeaderAndShortRows) {
  auto t = parse_tsv("# source: me\n# Licence: you\n\na\tb\tc\nx\ty\n# between\nz\t\t\n", "f.tsv");
  ASSERT_TRUE(t.ok()) << t.status().to_string();
  EXPECT_EQ(t->comment_value("source"), "me");
  EXPECT_EQ(t->comment_value("licence"), "you");
  EXPECT_EQ(t->header_line, 4u);
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0].cells, (std::vector<std::string>{"x", "y", ""}));
  EXPECT_EQ(t->rows[1].line, 7u);
}

TEST(Codes, Patterns) {
  const auto& c = builtin_codes();
  EXPECT_EQ(check_code("USAGOV", CodePattern::country_role, c), "");
  EXPECT_EQ(check_code("GBRGOVMIL", CodePattern::country_role, c), "");
  EXPECT_NE(check_code("GOVUSA", CodePattern::country_role, c), "");
  EXPECT_NE(check_code("USAGO", CodePattern::country_role, c), "");
  EXPECT_EQ(check_code("GOVMIL", CodePattern::role, c), "");
  EXPECT_EQ(check_code("IGOWSTNAT", CodePattern::organization, c), "");
  EXPECT_EQ(check_code("PSEREB", CodePattern::organization, c), "");
  EXPECT_EQ(check_code("WST", CodePattern::region, c), "");
  EXPECT_NE(check_code("ARB", CodePattern::region, c), "");
  EXPECT_EQ(c.iso.size(), 249u);
}

TEST(Dates, ValidAndRanges) {
  EXPECT_TRUE(valid_date("2022-05"));
  EXPECT_TRUE(valid_date("2024-02-29"));
  EXPECT_TRUE(valid_date("1998"));
  EXPECT_FALSE(valid_date("2023-02-29"));
  EXPECT_FALSE(valid_date("2022-5"));
  EXPECT_FALSE(valid_date("2022/05"));
  EXPECT_EQ(date_end("2022-02"), "2022-02-28");
  EXPECT_EQ(date_start("2022"), "2022-01-01");
}

// The committed language data passes `dyad lang check` with zero errors.
TEST(CommittedLang, ChecksWithoutErrors) {
  std::string root = home_dir() + "/lang";
  auto dirs = list_lang_dirs(root);
  ASSERT_GE(dirs.size(), 2u) << "no language folders under " << root;
  auto r = check_lang_dirs(dirs);
  std::string errors;
  for (const auto& p : r.problems)
    if (p.is_error()) errors += p.to_string() + "\n";
  EXPECT_EQ(r.errors(), 0u) << errors;
  EXPECT_GT(r.entries, 3000u);
}

TEST(CommittedLang, SeedArticleActorsAreInTheDutchData) {
  auto lex = load_actor_lexicon(lang_dir("nl"));
  ASSERT_TRUE(lex.ok()) << lex.status().to_string();
  auto code_of = [&](const std::string& text) {
    for (const auto& e : lex->countries)
      if (e.text == text) return e.code;
    for (const auto& e : lex->organizations)
      if (e.text == text) return e.code;
    for (const auto& e : lex->agents)
      if (e.text == text) return e.code;
    return std::string("-");
  };
  EXPECT_EQ(code_of("Iraanse"), "IRN");
  EXPECT_EQ(code_of("Oekraïense"), "UKR");
  EXPECT_EQ(code_of("Kyiv"), "UKR");
  EXPECT_EQ(code_of("Teheran"), "IRN");
  EXPECT_EQ(code_of("Moskou"), "RUS");
  EXPECT_EQ(code_of("Witte Huis"), "USAGOV");
  EXPECT_EQ(code_of("Amerikaanse"), "USA");
  EXPECT_EQ(code_of("Russische"), "RUS");
  EXPECT_EQ(code_of("VS"), "USA");
  EXPECT_EQ(code_of("Saoedi’s"), "SAU");
  EXPECT_EQ(code_of("Saoedi-Arabië"), "SAU");
  EXPECT_EQ(code_of("Syrië"), "SYR");
  EXPECT_EQ(code_of("Irak"), "IRQ");
  EXPECT_EQ(code_of("Yemen"), "YEM");
  EXPECT_EQ(code_of("Britse"), "GBR");
  EXPECT_EQ(code_of("Noord-Korea"), "PRK");
  EXPECT_EQ(code_of("OPEC"), "IGOOPC");
  EXPECT_EQ(code_of("AFP"), "FRAMED");
  EXPECT_EQ(code_of("instructeurs"), "MIL");
  EXPECT_EQ(code_of("piloten"), "MIL");
  EXPECT_EQ(code_of("troepen"), "MIL");
  EXPECT_EQ(code_of("inlichtingendiensten"), "SPY");
  EXPECT_EQ(code_of("zedenpolitie"), "COP");
  EXPECT_EQ(code_of("regering"), "GOV");
  EXPECT_EQ(code_of("ayatollahs"), "REL");
  bool arab = false;
  for (const auto& r : lex->regions) arab |= r.text == "Arabische landen" && r.members.size() > 20;
  EXPECT_TRUE(arab);

  auto person_code = [&](const std::string& name, const std::string& date) {
    for (const auto& p : lex->persons)
      if (p.name == name && p.active_on(date)) return p.code;
    return std::string("-");
  };
  EXPECT_EQ(person_code("John Kirby", "2022-12"), "USAGOV");
  EXPECT_EQ(person_code("James Cleverly", "2022-12"), "GBRGOV");
  EXPECT_EQ(person_code("James Cleverly", "2024-01"), "-");
  EXPECT_EQ(person_code("Mahsa Amini", "2022-12"), "IRNCVL");
  EXPECT_EQ(person_code("Vladimir Poetin", "2022-12"), "RUSGOV");
}

TEST(CommittedLang, SameEntriesCountsAreClose) {
  // Both languages cover the same persons and organisations (names differ, roles do not).
  auto nl = load_actor_lexicon(lang_dir("nl"));
  auto en = load_actor_lexicon(lang_dir("en"));
  ASSERT_TRUE(nl.ok()) << nl.status().to_string();
  ASSERT_TRUE(en.ok()) << en.status().to_string();
  ASSERT_EQ(nl->persons.size(), en->persons.size());
  for (size_t i = 0; i < nl->persons.size(); ++i) {
    EXPECT_EQ(nl->persons[i].code, en->persons[i].code) << nl->persons[i].name;
    EXPECT_EQ(nl->persons[i].from, en->persons[i].from) << nl->persons[i].name;
    EXPECT_EQ(nl->persons[i].to, en->persons[i].to) << nl->persons[i].name;
  }
}

}  // namespace
