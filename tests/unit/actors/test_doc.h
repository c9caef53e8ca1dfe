// Hand-built Docs for the actor tests: tokens with tags and trees set by hand, so the phrase
// rules are tested on the UD conventions, not on whatever the current parser model produces.
#pragma once

#include <string>
#include <vector>

#include "actors/matcher.h"
#include "doc/doc.h"

namespace dyad::test {

struct T {
  std::string form;
  std::string upos;
  int head = 0;  // sentence-local, 0 = root
  std::string deprel;
  bool space_after = true;
  std::string lemma = "";
};

struct S {
  std::vector<T> tokens;
  bool credit = false;
};

// Builds the text from the forms (a space after each token unless space_after is false) and
// sets the offsets, tags and trees. `tree` false leaves heads unset (no kHeads).
inline Doc make_doc(const std::vector<S>& sents, const std::string& lang,
                    const std::string& date = "", bool tree = true) {
  Doc d;
  d.id = "test";
  d.lang = lang;
  d.date = date;
  for (const auto& s : sents) {
    SentenceData sd;
    sd.first = static_cast<uint32_t>(d.tokens.size());
    sd.start = static_cast<uint32_t>(d.text.size());
    sd.is_credit = s.credit;
    for (const auto& t : s.tokens) {
      TokenData td;
      td.start = static_cast<uint32_t>(d.text.size());
      d.text += t.form;
      td.end = static_cast<uint32_t>(d.text.size());
      td.form = t.form;
      td.lemma = t.lemma;
      td.upos = t.upos;
      td.head = tree ? t.head : -1;
      td.deprel = tree ? t.deprel : "";
      td.space_after = t.space_after;
      if (t.space_after) d.text += ' ';
      d.tokens.push_back(std::move(td));
    }
    sd.last = static_cast<uint32_t>(d.tokens.size());
    sd.end = d.tokens.empty() ? sd.start : d.tokens.back().end;
    d.text += '\n';
    d.sentences.push_back(sd);
  }
  d.annotations = kTokens | kSentences | kUpos | kLemmas | (tree ? kHeads : 0u);
  return d;
}

// The first mention whose text is `text`, or nullptr.
inline const Mention* find_text(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms)
    if (m.text == text) return &m;
  return nullptr;
}

// The first mention overlapping the first occurrence of `text` in the Doc, or nullptr.
inline const Mention* find_overlap(const Doc& d, const std::vector<Mention>& ms,
                                   const std::string& text, const std::string& code) {
  for (size_t pos = d.text.find(text); pos != std::string::npos; pos = d.text.find(text, pos + 1))
    for (const auto& m : ms)
      if (m.start < pos + text.size() && m.end > pos && (code.empty() || m.code == code)) return &m;
  return nullptr;
}

}  // namespace dyad::test
