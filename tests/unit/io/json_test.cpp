#include "io/json.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dyad::json {
namespace {

TEST(JsonParse, Scalars) {
  Value v;
  ASSERT_TRUE(parse("true", v).ok());
  EXPECT_TRUE(v.is_bool());
  EXPECT_TRUE(v.boolean);
  ASSERT_TRUE(parse(" false ", v).ok());
  EXPECT_FALSE(v.boolean);
  ASSERT_TRUE(parse("null", v).ok());
  EXPECT_TRUE(v.is_null());
  ASSERT_TRUE(parse("-12.5e2", v).ok());
  EXPECT_TRUE(v.is_number());
  EXPECT_DOUBLE_EQ(v.number, -1250.0);
  EXPECT_EQ(v.str, "-12.5e2");
  ASSERT_TRUE(parse("0", v).ok());
  EXPECT_EQ(v.number, 0);
}

TEST(JsonParse, StringEscapes) {
  Value v;
  ASSERT_TRUE(parse(R"("a\"b\\c\/d\b\f\n\r\t")", v).ok());
  EXPECT_EQ(v.str, "a\"b\\c/d\b\f\n\r\t");
  ASSERT_TRUE(parse(R"("\u00e9\u20AC")", v).ok());
  EXPECT_EQ(v.str, "\xC3\xA9\xE2\x82\xAC");         // é €
  ASSERT_TRUE(parse(R"("\ud83d\ude00")", v).ok());  // surrogate pair: U+1F600
  EXPECT_EQ(v.str, "\xF0\x9F\x98\x80");
  ASSERT_TRUE(parse("\"caf\xC3\xA9\"", v).ok());  // raw UTF-8 kept
  EXPECT_EQ(v.str, "caf\xC3\xA9");
  ASSERT_TRUE(parse(R"("\u0000")", v).ok());
  EXPECT_EQ(v.str, std::string(1, '\0'));
}

TEST(JsonParse, NestedAndLookup) {
  Value v;
  ASSERT_TRUE(parse(R"({"a": [1, {"b": null}, []], "c": {}, "a": "last"})", v).ok());
  ASSERT_TRUE(v.is_object());
  ASSERT_EQ(v.members.size(), 3u);
  EXPECT_TRUE(v.members[0].second.is_array());
  EXPECT_EQ(v.members[0].second.items.size(), 3u);
  ASSERT_NE(v.find("a"), nullptr);
  EXPECT_EQ(v.find("a")->str, "last");
  EXPECT_EQ(v.find("zz"), nullptr);
}

// Each bad input fails with a parse error at the given byte.
TEST(JsonParse, ErrorsWithOffsets) {
  struct Case {
    const char* in;
    size_t at;
  } cases[] = {
      {"{\"a\":1,}", 7},   // trailing comma: a name expected at '}'
      {"{\"a\" 1}", 5},    // missing ':'
      {"[1 2]", 3},        // missing ','
      {"\"abc", 0},        // unterminated string
      {"\"a\tb\"", 2},     // raw control character
      {"\"\\x\"", 1},      // bad escape
      {"\"\\ud800\"", 1},  // lone high surrogate
      {"\"\\udc00\"", 1},  // lone low surrogate
      {"\"\\u12g4\"", 5},  // bad hex digit
      {"01", 0},           // leading zero
      {"1.", 0},           // no digits after '.'
      {"tru", 0},          // bad literal
      {"{} x", 3},         // trailing data
      {"", 0},             // nothing
      {"\"\xC3(\"", 1},    // invalid UTF-8 in a string
      {"NaN", 0},
      {"'a'", 0},
  };
  for (const auto& c : cases) {
    Value v;
    Status st = parse(c.in, v);
    EXPECT_FALSE(st.ok()) << c.in;
    EXPECT_EQ(st.code(), Errc::parse) << c.in;
    EXPECT_TRUE(st.where().has_byte) << c.in;
    EXPECT_EQ(st.where().byte, c.at) << c.in << ": " << st.message();
  }
}

TEST(JsonParse, DepthLimit) {
  std::string deep(100, '[');
  deep += std::string(100, ']');
  Value v;
  EXPECT_FALSE(parse(deep, v).ok());
  EXPECT_TRUE(parse(deep, v, 200).ok());
}

TEST(JsonParse, ObjectFields) {
  std::string_view keys[] = {"text", "id"};
  Value out[2];
  Status st = parse_object_fields(
      R"({"meta": {"x": [1, 2, {"y": "z"}]}, "id": 7, "text": "hallo", "more": [true]})", keys,
      out);
  ASSERT_TRUE(st.ok()) << st.to_string();
  EXPECT_EQ(out[0].str, "hallo");
  EXPECT_TRUE(out[1].is_number());
  EXPECT_EQ(out[1].str, "7");
  // Skipped members are still validated.
  st = parse_object_fields(R"({"meta": [1,,2], "text": "x"})", keys, out);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.where().byte, 12u);
  // Not an object.
  EXPECT_FALSE(parse_object_fields("[1]", keys, out).ok());
  EXPECT_FALSE(parse_object_fields("  ", keys, out).ok());
}

TEST(JsonWrite, Escaping) {
  EXPECT_EQ(quote("plain"), "\"plain\"");
  EXPECT_EQ(quote("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(quote("\n\t\r\b\f"), R"("\n\t\r\b\f")");
  EXPECT_EQ(quote(std::string("\x01\x1f", 2)), R"("\u0001\u001f")");
  EXPECT_EQ(quote(std::string(1, '\0')), R"("\u0000")");
  EXPECT_EQ(quote("caf\xC3\xA9"), "\"caf\xC3\xA9\"");
  EXPECT_EQ(quote("\xE2\x80\xA8"), R"("\u2028")");
  // Invalid UTF-8 bytes become U+FFFD, so the output is always valid.
  EXPECT_EQ(quote("a\xFF"
                  "b\xC3"),
            "\"a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\"");
}

TEST(JsonWrite, WriterRoundTrip) {
  std::string out;
  Writer w(out);
  w.begin_object();
  w.member("s", "x\"y").member("i", -3).member("u", uint64_t{18446744073709551615ull});
  w.member("d", 0.1).member("b", true);
  w.key("n").null();
  w.key("nan").value(std::nan(""));
  w.key("a").begin_array().value(1).value("two").begin_object().end_object().end_array();
  w.key("e").begin_array().end_array();
  w.key("r").raw("[1,2]");
  w.end_object();
  EXPECT_EQ(out, R"({"s":"x\"y","i":-3,"u":18446744073709551615,"d":0.1,"b":true,"n":null,)"
                 R"("nan":null,"a":[1,"two",{}],"e":[],"r":[1,2]})");
  Value v;
  ASSERT_TRUE(parse(out, v).ok());
  EXPECT_EQ(v.find("s")->str, "x\"y");
  EXPECT_EQ(v.find("a")->items[1].str, "two");
}

TEST(JsonWrite, AnyBytesRoundTrip) {
  // Every byte string survives writing and parsing (modulo invalid UTF-8 → U+FFFD).
  std::string s;
  for (int c = 1; c < 128; ++c) s += static_cast<char>(c);
  s += "\xC3\xA9\xF0\x9F\x98\x80";
  Value v;
  ASSERT_TRUE(parse(quote(s), v).ok());
  EXPECT_EQ(v.str, s);
}

}  // namespace
}  // namespace dyad::json
