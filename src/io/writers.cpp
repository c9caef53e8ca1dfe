#include "io/writers.h"

#include "io/json.h"

namespace dyad {

void write_doc_jsonl(const Doc& doc, std::string& out) {
  json::Writer w(out);
  w.begin_object();
  w.member("id", doc.id).member("source", doc.source).member("date", doc.date);
  w.member("lang", doc.lang).member("text", doc.text);
  w.key("sentences").begin_array();
  size_t m = 0;
  for (const SentenceData& s : doc.sentences) {
    w.begin_object();
    w.member("id", s.id).member("start", s.start).member("end", s.end);
    w.member("paragraph", s.paragraph).member("credit", s.is_credit);
    w.key("tokens").begin_array();
    for (uint32_t i = s.first; i < s.last && i < doc.tokens.size(); ++i) {
      const TokenData& t = doc.tokens[i];
      w.begin_object();
      w.member("id", i - s.first + 1);
      w.member("form", t.form).member("lemma", t.lemma).member("upos", t.upos);
      w.member("xpos", t.xpos).member("feats", t.feats);
      w.key("head");
      if (t.head >= 0)
        w.value(t.head);
      else
        w.null();
      w.member("deprel", t.deprel).member("start", t.start).member("end", t.end);
      w.member("space_after", t.space_after);
      w.end_object();
    }
    w.end_array();
    w.key("mwts").begin_array();
    while (m < doc.mwts.size() && doc.mwts[m].first < s.first) ++m;
    for (; m < doc.mwts.size() && doc.mwts[m].last <= s.last; ++m) {
      const MultiwordToken& mw = doc.mwts[m];
      w.begin_object();
      w.member("first", mw.first - s.first + 1).member("last", mw.last - s.first);
      w.member("form", mw.form);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out += '\n';
}

}  // namespace dyad
