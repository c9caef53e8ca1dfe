#include "enrich/phrases.h"

#include <unicode/uchar.h>

#include <charconv>

#include "lexicon/tsv.h"
#include "util/utf8.h"

namespace dyad::enrich {

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp = utf8::decode(s, i);
    utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  }
  return out;
}

Result<PhraseTable> PhraseTable::load(const std::string& path, const std::string& value_col,
                                      const std::string& extra_col) {
  auto t = lexicon::read_tsv(path);
  if (!t.ok()) return t.status();
  int text = t->column("text"), kind = t->column("kind"), value = t->column(value_col);
  int extra = extra_col.empty() ? -1 : t->column(extra_col);
  if (text < 0 || kind < 0 || value < 0 || (!extra_col.empty() && extra < 0))
    return Status(Errc::data, "missing column (need text, kind, " + value_col + ")", {path});
  PhraseTable out;
  for (const auto& row : t->rows) {
    Phrase p;
    p.kind = t->cell(row, kind);
    p.value = t->cell(row, value);
    if (extra >= 0) p.extra = t->cell(row, extra);
    const std::string& tx = t->cell(row, text);
    if (tx.empty() || p.kind.empty()) continue;
    out.add(tx, std::move(p));
  }
  return out;
}

void PhraseTable::add(std::string_view text, Phrase p) {
  std::string key = lower(text);
  p.tokens = 1;
  for (char c : key)
    if (c == ' ') ++p.tokens;
  int n = 0;
  const char* b = p.value.data();
  const char* e = b + p.value.size();
  if (!p.value.empty() && p.value[0] == '+') ++b;
  auto r = std::from_chars(b, e, n);
  if (r.ec == std::errc() && r.ptr == e) p.number = n;
  max_tokens_ = std::max(max_tokens_, p.tokens);
  map_[key].push_back(std::move(p));
}

const Phrase* PhraseTable::match(const std::vector<std::string>& forms, size_t i, size_t end,
                                 std::string_view kind) const {
  if (i >= end || end > forms.size()) return nullptr;
  std::string key;
  for (size_t n = std::min(max_tokens_, end - i); n >= 1; --n) {
    key.clear();
    for (size_t k = 0; k < n; ++k) {
      if (k) key.push_back(' ');
      key += forms[i + k];
    }
    auto it = map_.find(key);
    if (it == map_.end()) continue;
    for (const Phrase& p : it->second)
      if (kind.empty() || p.kind == kind) return &p;
  }
  return nullptr;
}

const Phrase* PhraseTable::find(std::string_view word, std::string_view kind) const {
  auto it = map_.find(std::string(word));
  if (it == map_.end()) return nullptr;
  for (const Phrase& p : it->second)
    if (p.tokens == 1 && (kind.empty() || p.kind == kind)) return &p;
  return nullptr;
}

SentenceView::SentenceView(const Doc& d, uint32_t s) : doc(&d), index(s) {
  const SentenceData& sd = d.sentences[s];
  first = sd.first;
  last = std::min<uint32_t>(sd.last, static_cast<uint32_t>(d.tokens.size()));
  if (first > last) first = last;
  lower.reserve(last - first);
  kids.assign(last - first, {});
  parent.assign(last - first, -1);
  for (uint32_t i = first; i < last; ++i) {
    lower.push_back(enrich::lower(d.tokens[i].form));
    int32_t h = d.tokens[i].head;
    if (h > 0 && static_cast<uint32_t>(h) <= last - first && first + h - 1 != i) {
      parent[i - first] = static_cast<int32_t>(first + h - 1);
      kids[h - 1].push_back(i);
    }
  }
  // Guard against cycles in a malformed tree: a token whose head chain does not reach a root
  // within the sentence length loses its parent.
  for (uint32_t i = 0; i < parent.size(); ++i) {
    int32_t p = parent[i];
    size_t steps = 0;
    while (p >= 0 && steps <= parent.size()) {
      p = parent[p - first];
      ++steps;
    }
    if (steps > parent.size()) parent[i] = -1;
  }
}

std::string_view SentenceView::rel(uint32_t i) const {
  std::string_view r = doc->tokens[i].deprel;
  return r.substr(0, r.find(':'));
}

int32_t SentenceView::child(uint32_t i, std::string_view r) const {
  if (i < first || i >= last) return -1;
  for (uint32_t c : kids[i - first])
    if (rel(c) == r) return static_cast<int32_t>(c);
  return -1;
}

}  // namespace dyad::enrich
