#include "io/writers.h"

#include <gtest/gtest.h>

#include "io/conllu.h"
#include "io/json.h"
#include "io/reader.h"
#include "test_util.h"

namespace dyad {
namespace {

TEST(WriteDocJsonl, Layout) {
  auto r = read_conllu(
      "# newdoc id = d\"1\n# sent_id = s1\n"
      "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tDo\tdo\tAUX\tVBP\tMood=Ind\t3\taux\t_\t_\n"
      "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
      "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_\n\n",
      "x");
  ASSERT_EQ(r.docs.size(), 1u);
  Doc d = std::move(r.docs[0]);
  d.date = "2022-12";
  d.lang = "en";
  std::string out;
  write_doc_jsonl(d, out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1);  // one line
  json::Value v;
  Status st = json::parse(out, v);
  ASSERT_TRUE(st.ok()) << st.to_string() << "\n" << out;
  EXPECT_EQ(v.find("id")->str, "d\"1");
  EXPECT_EQ(v.find("date")->str, "2022-12");
  EXPECT_EQ(v.find("lang")->str, "en");
  EXPECT_EQ(v.find("text")->str, "Don't go.");
  const json::Value& sents = *v.find("sentences");
  ASSERT_EQ(sents.items.size(), 1u);
  const json::Value& s = sents.items[0];
  EXPECT_EQ(s.find("id")->str, "s1");
  EXPECT_EQ(s.find("start")->number, 0);
  EXPECT_EQ(s.find("end")->number, 9);
  const json::Value& toks = *s.find("tokens");
  ASSERT_EQ(toks.items.size(), 4u);
  const json::Value& t0 = toks.items[0];
  for (auto key : {"id", "form", "lemma", "upos", "xpos", "feats", "head", "deprel", "start", "end",
                   "space_after"})
    EXPECT_NE(t0.find(key), nullptr) << key;
  EXPECT_EQ(t0.find("form")->str, "Do");
  EXPECT_EQ(t0.find("feats")->str, "Mood=Ind");
  EXPECT_EQ(t0.find("head")->number, 3);
  EXPECT_EQ(t0.find("end")->number, 5);  // "Don't": both words span the surface
  EXPECT_TRUE(toks.items[3].find("head")->is_null());
  EXPECT_EQ(toks.items[3].find("deprel")->str, "");
  EXPECT_FALSE(toks.items[2].find("space_after")->boolean);
  const json::Value& mwts = *s.find("mwts");
  ASSERT_EQ(mwts.items.size(), 1u);
  EXPECT_EQ(mwts.items[0].find("first")->number, 1);
  EXPECT_EQ(mwts.items[0].find("last")->number, 2);
  EXPECT_EQ(mwts.items[0].find("form")->str, "Don't");
}

TEST(WriteDocJsonl, TextOnlyDocAndReadBack) {
  // A document without annotations, with characters that need escaping, read back as JSONL.
  Doc d;
  d.id = "a";
  d.text = "Regel \"een\"\n\tTab \xE2\x80\xA8 en \x01.";
  std::string out;
  write_doc_jsonl(d, out);
  auto r = testing::read_string(out, "back.jsonl");
  ASSERT_EQ(r.docs.size(), 1u) << r.errors[0].to_string();
  EXPECT_EQ(r.docs[0].text, d.text);
  EXPECT_EQ(r.docs[0].id, "a");
}

}  // namespace
}  // namespace dyad
