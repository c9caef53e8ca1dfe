#include "eval/segment.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <string_view>
#include <utility>

#include "doc/doc.h"

namespace dyad {
namespace {

using Span = std::pair<uint32_t, uint32_t>;

struct GoldDoc {
  std::string text;
  std::vector<Span> tokens;
  std::vector<Span> sentences;
};

std::string_view trim(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
    v.remove_suffix(1);
  return v;
}

// "# key = value" -> value when the comment's key is `key`.
bool comment_is(std::string_view line, std::string_view key, std::string_view& value) {
  std::string_view v = trim(line.substr(1));
  if (v.substr(0, key.size()) != key) return false;
  v.remove_prefix(key.size());
  if (!v.empty() && v.front() != ' ' && v.front() != '\t' && v.front() != '=') return false;
  v = trim(v);
  if (v.empty() || v.front() != '=') {  // "# newdoc", "# newpar id = ..."
    value = v;
    return true;
  }
  value = trim(v.substr(1));
  return true;
}

// The paragraph part of a Lassy sent_id ("WR-P-P-H-0000000105.p.6.s.1" -> "WR-...105.p.6").
std::string_view paragraph_key(std::string_view id) {
  size_t s = id.rfind(".s.");
  if (s == std::string_view::npos) return {};
  std::string_view head = id.substr(0, s);
  if (head.rfind(".p.") == std::string_view::npos) return {};
  return head;
}

uint32_t parse_id(std::string_view s) {
  uint32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);  // malformed ids count as 0
  return v;
}

size_t count_matches(std::vector<Span> a, std::vector<Span> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  size_t i = 0, j = 0, m = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++m;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return m;
}

void score_doc(const GoldDoc& g, const Tokenizer& tok, const std::string& lang,
               const SegmentOptions& opts, SegmentScores& sc) {
  if (g.sentences.empty()) return;
  Doc doc;
  doc.text = g.text;
  doc.lang = lang;
  tok.tokenize(doc);
  std::vector<Span> sys_tokens, sys_sents;
  sys_tokens.reserve(doc.tokens.size());
  size_t mi = 0;
  for (size_t k = 0; k < doc.tokens.size();) {
    while (mi < doc.mwts.size() && doc.mwts[mi].first < k) ++mi;
    if (mi < doc.mwts.size() && doc.mwts[mi].first == k && doc.mwts[mi].last > k) {
      const auto& m = doc.mwts[mi];
      sys_tokens.emplace_back(doc.tokens[m.first].start, doc.tokens[m.last - 1].end);
      k = m.last;
    } else {
      sys_tokens.emplace_back(doc.tokens[k].start, doc.tokens[k].end);
      ++k;
    }
  }
  for (const auto& s : doc.sentences) sys_sents.emplace_back(s.start, s.end);
  sc.tokens.gold += g.tokens.size();
  sc.tokens.system += sys_tokens.size();
  sc.tokens.correct += count_matches(g.tokens, sys_tokens);
  sc.sentences.gold += g.sentences.size();
  sc.sentences.system += sys_sents.size();
  sc.sentences.correct += count_matches(g.sentences, sys_sents);
  ++sc.documents;

  if (sc.examples.size() < opts.max_examples) {
    // Gold spans the system missed, shown with their context and the system's spans there.
    std::vector<Span> st = sys_tokens, ss = sys_sents;
    std::sort(st.begin(), st.end());
    std::sort(ss.begin(), ss.end());
    auto show = [&](const char* what, const Span& gs, const std::vector<Span>& sys) {
      uint32_t a = gs.first > 40 ? gs.first - 40 : 0;
      uint32_t b = std::min<uint32_t>(static_cast<uint32_t>(g.text.size()), gs.second + 40);
      const std::string_view text(g.text);
      std::string ex(what);
      ex.append(" gold=[").append(text.substr(gs.first, gs.second - gs.first)).append("] sys=");
      auto it = std::lower_bound(sys.begin(), sys.end(), Span(a, 0));
      for (; it != sys.end() && it->first < b; ++it)
        if (it->second > gs.first && it->first < gs.second)
          ex.append("[").append(text.substr(it->first, it->second - it->first)).append("]");
      ex.append("  ctx: ");
      for (char c : text.substr(a, b - a)) ex.push_back(c == '\n' ? '|' : c);
      sc.examples.push_back(std::move(ex));
    };
    for (const Span& s : g.tokens) {
      if (sc.examples.size() >= opts.max_examples) break;
      if (!std::binary_search(st.begin(), st.end(), s)) show("TOK", s, st);
    }
    for (const Span& s : g.sentences) {
      if (sc.examples.size() >= opts.max_examples) break;
      if (!std::binary_search(ss.begin(), ss.end(), s)) show("SENT", s, ss);
    }
  }
}

}  // namespace

Result<SegmentScores> score_segmentation_text(const std::string& conllu, const std::string& source,
                                              const Tokenizer& tok, const std::string& lang,
                                              const SegmentOptions& opts) {
  SegmentScores sc;
  GoldDoc doc;
  bool pending_par = false;
  std::string last_par_key;
  // The current sentence.
  std::string_view text;
  bool have_text = false, in_sentence = false;
  std::vector<std::string_view> forms;
  uint64_t line_no = 0, texts = 0;
  uint32_t skip_until = 0;  // words covered by a multiword token

  auto finish_sentence = [&]() {
    if (!in_sentence) return;
    in_sentence = false;
    if (!have_text) {
      ++sc.gold_sentences_without_text;
      forms.clear();
      return;
    }
    if (!doc.text.empty()) doc.text += pending_par ? "\n\n" : " ";
    pending_par = false;
    const uint32_t base = static_cast<uint32_t>(doc.text.size());
    doc.text.append(text);
    doc.sentences.emplace_back(base, base + static_cast<uint32_t>(text.size()));
    size_t pos = 0;
    for (std::string_view f : forms) {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
      size_t at = text.compare(pos, f.size(), f) == 0 ? pos : text.find(f, pos);
      if (at == std::string_view::npos || at > pos + 8) {
        ++sc.unaligned_gold_tokens;
        continue;
      }
      doc.tokens.emplace_back(base + at, base + at + f.size());
      pos = at + f.size();
    }
    forms.clear();
    have_text = false;
  };
  auto finish_doc = [&]() {
    finish_sentence();
    score_doc(doc, tok, lang, opts, sc);
    doc = GoldDoc();
    pending_par = false;
  };

  std::string_view all(conllu);
  while (!all.empty()) {
    size_t nl = all.find('\n');
    std::string_view line = all.substr(0, nl);
    all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) {
      finish_sentence();
      continue;
    }
    if (line[0] == '#') {
      std::string_view v;
      if (comment_is(line, "newdoc", v)) finish_doc();
      in_sentence = true;
      if (false) {
      } else if (comment_is(line, "newpar", v)) {
        pending_par = true;
      } else if (comment_is(line, "text", v)) {
        text = v;
        have_text = true;
        ++texts;
      } else if (opts.paragraphs_from_sent_id && comment_is(line, "sent_id", v)) {
        std::string_view key = paragraph_key(v);
        if (!key.empty()) {
          if (!last_par_key.empty() && key != last_par_key) pending_par = true;
          last_par_key = std::string(key);
        }
      }
      continue;
    }
    in_sentence = true;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view id = line.substr(0, tab);
    std::string_view rest = line.substr(tab + 1);
    std::string_view form = rest.substr(0, rest.find('\t'));
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      forms.push_back(form);
      skip_until = parse_id(id.substr(dash + 1));
      continue;
    }
    uint32_t word = parse_id(id);
    if (word <= skip_until && word > 0 && skip_until > 0) {
      if (word == skip_until) skip_until = 0;
      continue;
    }
    skip_until = 0;
    forms.push_back(form);
  }
  finish_doc();
  if (texts == 0)
    return Status(Errc::parse, "no '# text' lines: cannot rebuild the raw text", Location{source});
  return sc;
}

Result<SegmentScores> score_segmentation(const std::string& gold_conllu_path, const Tokenizer& tok,
                                         const std::string& lang, const SegmentOptions& opts) {
  std::ifstream in(gold_conllu_path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open gold file", Location{gold_conllu_path});
  std::ostringstream ss;
  ss << in.rdbuf();
  return score_segmentation_text(ss.str(), gold_conllu_path, tok, lang, opts);
}

}  // namespace dyad
