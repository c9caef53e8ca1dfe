// Word lists of the enrich stage (lang/<lang>/dates.tsv, numbers.tsv, casualties.tsv,
// places.tsv): lowercased texts of one or more tokens, each with a kind and up to two values,
// matched against the lowercased token forms of a sentence.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad::enrich {

// Unicode lowercase of a UTF-8 string (ICU simple case mapping, code point by code point).
std::string lower(std::string_view s);

struct Phrase {
  std::string kind;
  std::string value;  // second data column ("3", "dead", "Kyiv")
  std::string extra;  // third data column ("at_least") or ""
  int number = 0;     // value as an integer when it is one, else 0
  size_t tokens = 1;  // number of tokens in the text
};

class PhraseTable {
 public:
  // Reads `path` (TSV with columns text, kind and optional value columns named by the caller).
  static Result<PhraseTable> load(const std::string& path, const std::string& value_col,
                                  const std::string& extra_col = "");
  void add(std::string_view text, Phrase p);

  // The longest phrase of `kind` ("" = any) starting at forms[i] and ending before `end`.
  const Phrase* match(const std::vector<std::string>& forms, size_t i, size_t end,
                      std::string_view kind) const;
  // A one-token phrase of `kind`.
  const Phrase* find(std::string_view word, std::string_view kind) const;
  bool empty() const { return map_.empty(); }

 private:
  std::unordered_map<std::string, std::vector<Phrase>> map_;
  size_t max_tokens_ = 1;
};

// A sentence prepared for the finders: lowercased forms and children lists.
struct SentenceView {
  const Doc* doc = nullptr;
  uint32_t index = 0;
  uint32_t first = 0, last = 0;             // token range in Doc::tokens
  std::vector<std::string> lower;           // lowercased forms, indexed by token - first
  std::vector<std::vector<uint32_t>> kids;  // children (doc token indices), by token - first
  std::vector<int32_t> parent;              // head as a doc token index, -1 for the root

  SentenceView(const Doc& d, uint32_t s);
  size_t size() const { return last - first; }
  const std::string& low(uint32_t tok) const { return lower[tok - first]; }
  const TokenData& tok(uint32_t i) const { return doc->tokens[i]; }
  // The deprel without its subtype ("acl:relcl" -> "acl").
  std::string_view rel(uint32_t i) const;
  // The child of `i` with relation `r` (base relation), or -1.
  int32_t child(uint32_t i, std::string_view r) const;
};

}  // namespace dyad::enrich
