#include "io/conllu.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <memory>

#include "io/source.h"
#include "util/utf8.h"

namespace dyad {
namespace {

constexpr size_t kColumns = 10;

// Splits a line at tabs into at most kColumns fields; returns the number of fields found
// (counting on past kColumns so that the error can say how many there were).
size_t split_tabs(std::string_view line, std::array<std::string_view, kColumns>& f) {
  size_t n = 0, start = 0;
  for (;;) {
    size_t t = line.find('\t', start);
    std::string_view piece =
        line.substr(start, t == std::string_view::npos ? std::string_view::npos : t - start);
    if (n < kColumns) f[n] = piece;
    ++n;
    if (t == std::string_view::npos) return n;
    start = t + 1;
  }
}

bool parse_uint(std::string_view s, uint32_t& v) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

template <class F>
void for_each_misc_item(std::string_view misc, F&& f) {
  size_t p = 0;
  for (;;) {
    size_t bar = misc.find('|', p);
    f(misc.substr(p, bar == std::string_view::npos ? std::string_view::npos : bar - p));
    if (bar == std::string_view::npos) break;
    p = bar + 1;
  }
}

bool has_space_after_no(std::string_view misc) {
  if (misc.find("SpaceAfter=No") == std::string_view::npos) return false;  // fast path
  bool found = false;
  for_each_misc_item(misc, [&](std::string_view item) { found |= item == "SpaceAfter=No"; });
  return found;
}

// MISC without SpaceAfter=No (it is recomputed from TokenData::space_after when writing).
std::string strip_space_after(std::string_view misc) {
  if (misc == "_" || misc.empty()) return "";
  if (misc.find("SpaceAfter=No") == std::string_view::npos) return std::string(misc);
  std::string out;
  for_each_misc_item(misc, [&](std::string_view item) {
    if (item.empty() || item == "SpaceAfter=No") return;
    if (!out.empty()) out += '|';
    out += item;
  });
  return out;
}

std::string field(std::string_view s) {
  return s == "_" ? std::string() : std::string(s);
}

bool is_blank_line(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
  return true;
}

// The value of a "# key = value" comment ("" when there is no '=').
std::string comment_value(std::string_view line) {
  size_t eq = line.find('=');
  if (eq == std::string_view::npos) return "";
  std::string_view v = line.substr(eq + 1);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return std::string(v);
}

// "# newdoc", "# newdoc id = x" (also without spaces around '=').
bool is_comment(std::string_view line, std::string_view key) {
  if (line.size() < 1 || line[0] != '#') return false;
  line.remove_prefix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.substr(0, key.size()) != key) return false;
  line.remove_prefix(key.size());
  return line.empty() || line.front() == ' ' || line.front() == '=' || line.front() == '\t';
}

// Every word must reach the root (head 0) without a cycle. Heads of -1 (unknown) end a walk.
// `heads[w]` is word w+1's head. Returns the 0-based index of a word on a cycle, or -1.
int find_cycle(const std::vector<int32_t>& heads) {
  const size_t n = heads.size();
  std::vector<uint8_t> state(n, 0);  // 0 new, 1 on the current walk, 2 known to end well
  for (size_t w = 0; w < n; ++w) {
    if (state[w] != 0) continue;
    for (size_t v = w;;) {
      state[v] = 1;
      int32_t h = heads[v];
      if (h <= 0) break;
      size_t u = static_cast<size_t>(h - 1);
      if (state[u] == 1) return static_cast<int>(u);
      if (state[u] == 2) break;
      v = u;
    }
    for (size_t v = w; state[v] == 1;) {
      state[v] = 2;
      int32_t h = heads[v];
      if (h <= 0) break;
      v = static_cast<size_t>(h - 1);
    }
  }
  return -1;
}

}  // namespace

ConlluReadResult read_conllu(std::string_view content, const ConlluReadOptions& opts) {
  ConlluReadResult res;
  const std::string& source = opts.source;
  const std::string& id_base = opts.id_base.empty() ? opts.source : opts.id_base;
  Doc doc;
  doc.source = source;
  uint32_t doc_count = opts.first_doc;

  // The sentence being read.
  std::vector<TokenData> words;
  std::vector<uint64_t> word_lines;
  std::vector<MultiwordToken> mwts;
  std::vector<std::pair<uint32_t, uint32_t>> mwt_ranges;  // 1-based word ids [a, b]
  uint64_t last_mwt_line = 0;
  std::string sent_id;
  Status error;  // the first problem of the current sentence
  uint32_t paragraph = 0;
  bool new_par = false;

  auto fail = [&](Errc code, std::string msg, uint64_t line, int64_t byte = -1) {
    if (!error.ok()) return;
    Location l{source, line};
    if (byte >= 0) {
      l.byte = static_cast<uint64_t>(byte);
      l.has_byte = true;
    }
    error = Status(code, std::move(msg), std::move(l));
  };

  auto finish_doc = [&]() {
    if (!doc.sentences.empty()) {
      if (doc.id.empty()) doc.id = id_base + "#" + std::to_string(doc_count);
      // A column counts as given when any word has a value in it: a file with only tokens
      // (or tokens and tags) gets the missing stages run by the pipeline.
      doc.annotations = kSentences | kTokens;
      for (const TokenData& t : doc.tokens) {
        if (!t.upos.empty()) doc.annotations |= kUpos | kFeats;
        if (!t.xpos.empty()) doc.annotations |= kXpos;
        if (!t.lemma.empty()) doc.annotations |= kLemmas;
        if (t.head >= 0) doc.annotations |= kHeads;
      }
      res.docs.push_back(std::move(doc));
      ++doc_count;
    }
    doc = Doc();
    doc.source = source;
    paragraph = 0;
  };

  auto finish_sentence = [&]() {
    // Checks that need the whole sentence.
    if (error.ok() && words.empty() && !mwt_ranges.empty())
      fail(Errc::parse, "multiword token without words", last_mwt_line);
    if (error.ok() && !words.empty()) {
      const uint32_t n = static_cast<uint32_t>(words.size());
      if (!mwt_ranges.empty() && mwt_ranges.back().second > n)
        fail(Errc::parse,
             "multiword token range " + std::to_string(mwt_ranges.back().first) + "-" +
                 std::to_string(mwt_ranges.back().second) + " goes past the last word",
             last_mwt_line);
      std::vector<int32_t> heads(n);
      for (uint32_t w = 0; w < n && error.ok(); ++w) {
        heads[w] = words[w].head;
        if (words[w].head > static_cast<int32_t>(n))
          fail(Errc::parse, "head " + std::to_string(words[w].head) + " outside the sentence",
               word_lines[w]);
      }
      // A cycle (treebanks have a few, e.g. a word headed by itself) does not cost the sentence:
      // the head of a word on the cycle becomes unknown (-1) and a warning says so.
      for (int c; error.ok() && (c = find_cycle(heads)) >= 0;) {
        res.warnings.push_back(Status(
            Errc::parse,
            "head cycle through word " + std::to_string(c + 1) + " (its head is set to unknown)",
            Location{source, word_lines[static_cast<size_t>(c)]}));
        heads[static_cast<size_t>(c)] = -1;
        words[static_cast<size_t>(c)].head = -1;
      }
    }
    if (!error.ok()) {
      res.skipped.push_back(std::move(error));
      error = Status();
    } else if (!words.empty()) {
      if (!doc.text.empty()) doc.text += new_par ? "\n\n" : "\n";
      if (new_par && !doc.sentences.empty()) ++paragraph;
      SentenceData s;
      s.first = static_cast<uint32_t>(doc.tokens.size());
      s.start = static_cast<uint32_t>(doc.text.size());
      s.paragraph = paragraph;
      s.id = std::move(sent_id);
      size_t m = 0;
      for (size_t w = 0; w < words.size(); ++w) {
        // A multiword token starting here contributes its surface form once; its words all
        // span that surface.
        if (m < mwt_ranges.size() && mwt_ranges[m].first == w + 1) {
          uint32_t a = mwt_ranges[m].first - 1, b = mwt_ranges[m].second;  // words [a, b)
          uint32_t st = static_cast<uint32_t>(doc.text.size());
          doc.text += mwts[m].form;
          uint32_t en = static_cast<uint32_t>(doc.text.size());
          bool space = !has_space_after_no(mwts[m].misc);
          for (uint32_t k = a; k < b; ++k) {
            TokenData t = std::move(words[k]);
            t.start = st;
            t.end = en;
            t.space_after = (k + 1 == b) ? space : false;
            doc.tokens.push_back(std::move(t));
          }
          MultiwordToken mw = std::move(mwts[m]);
          mw.first = s.first + a;
          mw.last = s.first + b;
          mw.misc = strip_space_after(mw.misc);
          doc.mwts.push_back(std::move(mw));
          if (space && b < words.size()) doc.text += ' ';
          w = b - 1;
          ++m;
          continue;
        }
        TokenData& src = words[w];
        src.start = static_cast<uint32_t>(doc.text.size());
        doc.text += src.form;
        src.end = static_cast<uint32_t>(doc.text.size());
        if (src.space_after && w + 1 < words.size()) doc.text += ' ';
        doc.tokens.push_back(std::move(src));
      }
      s.last = static_cast<uint32_t>(doc.tokens.size());
      s.end = static_cast<uint32_t>(doc.text.size());
      doc.sentences.push_back(std::move(s));
      new_par = false;
    }
    words.clear();
    word_lines.clear();
    mwts.clear();
    mwt_ranges.clear();
    sent_id.clear();
  };

  std::array<std::string_view, kColumns> f;
  uint64_t lineno = opts.first_line - 1;
  size_t pos = 0;
  if (opts.first_line == 1 && content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // BOM
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line =
        content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || is_blank_line(line)) {
      finish_sentence();
      continue;
    }
    if (!error.ok()) continue;  // skip the rest of a bad sentence
    if (size_t bad = utf8::find_invalid(line); bad != std::string_view::npos) {
      fail(Errc::invalid_utf8, "malformed UTF-8", lineno, static_cast<int64_t>(bad));
      continue;
    }
    if (line[0] == '#') {
      if (!words.empty()) continue;  // a comment inside a sentence: tolerated, ignored
      if (is_comment(line, "newdoc")) {
        finish_doc();
        doc.id = comment_value(line);
      } else if (is_comment(line, "newpar")) {
        new_par = true;
      } else if (is_comment(line, "sent_id")) {
        sent_id = comment_value(line);
      }
      continue;
    }
    size_t nf = split_tabs(line, f);
    if (nf != kColumns) {
      fail(Errc::parse, "expected 10 tab-separated columns, found " + std::to_string(nf), lineno);
      continue;
    }
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node (enhanced graph)
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      uint32_t a = 0, b = 0;
      if (!parse_uint(id.substr(0, dash), a) || !parse_uint(id.substr(dash + 1), b) ||
          a != words.size() + 1 || b <= a) {
        fail(Errc::parse, "bad multiword token range '" + std::string(id) + "'", lineno);
      } else if (!mwt_ranges.empty() && mwt_ranges.back().second >= a) {
        fail(Errc::parse, "overlapping multiword token range '" + std::string(id) + "'", lineno);
      } else if (f[1].empty()) {
        fail(Errc::parse, "empty FORM", lineno);
      } else {
        MultiwordToken mw;
        mw.form = std::string(f[1]);
        mw.misc = std::string(f[9]);
        mwts.push_back(std::move(mw));
        mwt_ranges.emplace_back(a, b);
        last_mwt_line = lineno;
      }
      continue;
    }
    uint32_t wid = 0;
    if (!parse_uint(id, wid) || wid != words.size() + 1) {
      fail(Errc::parse, "word id '" + std::string(id) + "' out of sequence", lineno);
      continue;
    }
    if (f[1].empty()) {
      fail(Errc::parse, "empty FORM", lineno);
      continue;
    }
    TokenData t;
    t.form = std::string(f[1]);
    t.lemma = f[2] == "_" && f[1] != "_" ? std::string() : std::string(f[2]);
    t.upos = field(f[3]);
    t.xpos = field(f[4]);
    t.feats = field(f[5]);
    uint32_t h = 0;
    if (f[6] == "_") {
      t.head = -1;
    } else if (parse_uint(f[6], h) && h <= (1u << 30)) {
      t.head = static_cast<int32_t>(h);
    } else {
      fail(Errc::parse, "bad head '" + std::string(f[6]) + "'", lineno);
      continue;
    }
    t.deprel = field(f[7]);
    t.space_after = !has_space_after_no(f[9]);
    t.misc = strip_space_after(f[9]);
    words.push_back(std::move(t));
    word_lines.push_back(lineno);
  }
  finish_sentence();
  finish_doc();
  return res;
}

ConlluReadResult read_conllu(std::string_view content, const std::string& source) {
  ConlluReadOptions o;
  o.source = source;
  return read_conllu(content, o);
}

Result<ConlluReadResult> read_conllu_file(const std::string& path) {
  auto src = io::open_file_source(path);
  if (!src.ok()) return src.status();
  auto in = std::make_unique<io::ByteStream>(std::move(src.value()));
  if (io::is_gzip_magic(in->peek(2)))
    in = std::make_unique<io::ByteStream>(io::gzip_source(std::move(in)));
  std::string content;
  in->read_up_to(content, SIZE_MAX);
  if (!in->error().ok()) return Status(in->error().code(), in->error().message(), {path});
  return read_conllu(content, path);
}

namespace {

// A field value on one line: tabs and line breaks become spaces; empty or blank becomes "_".
std::string column(std::string_view v) {
  std::string s(v);
  bool blank = true;
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c != ' ') blank = false;
  }
  return blank ? "_" : s;
}

// A comment value on one line.
std::string one_line(std::string_view v) {
  std::string s(v);
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

void write_conllu(const Doc& doc, std::string& out) {
  if (!doc.id.empty()) out += "# newdoc id = " + one_line(doc.id) + "\n";
  size_t m = 0;
  std::string text, lines;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceData& s = doc.sentences[si];
    if (si > 0 && s.paragraph != doc.sentences[si - 1].paragraph) out += "# newpar\n";
    out += "# sent_id = ";
    out += s.id.empty() ? (doc.id.empty() ? "" : one_line(doc.id) + "-") + std::to_string(si + 1)
                        : one_line(s.id);
    out += '\n';
    text.clear();
    lines.clear();
    for (uint32_t i = s.first; i < s.last; ++i) {
      while (m < doc.mwts.size() && doc.mwts[m].last <= i) ++m;
      bool in_mwt = m < doc.mwts.size() && doc.mwts[m].first <= i && i < doc.mwts[m].last;
      const bool last_word = i + 1 == s.last;
      if (in_mwt && doc.mwts[m].first == i) {
        const auto& mw = doc.mwts[m];
        bool space = doc.tokens[mw.last - 1].space_after;
        std::string form = column(mw.form);
        text += form;
        if (space && mw.last < s.last) text += ' ';
        lines += std::to_string(mw.first - s.first + 1) + "-" + std::to_string(mw.last - s.first) +
                 "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t";
        std::string misc = mw.misc;
        if (!space) misc = misc.empty() ? "SpaceAfter=No" : misc + "|SpaceAfter=No";
        lines += column(misc);
        lines += '\n';
      }
      const TokenData& t = doc.tokens[i];
      std::string form = column(t.form);
      if (!in_mwt) {
        text += form;
        if (t.space_after && !last_word) text += ' ';
      }
      lines += std::to_string(i - s.first + 1);
      lines += '\t';
      lines += form;
      lines += '\t';
      // A lemma "_" of the form "_" is kept; an empty lemma is written "_".
      lines += column(t.lemma);
      lines += '\t';
      lines += column(t.upos);
      lines += '\t';
      lines += column(t.xpos);
      lines += '\t';
      lines += column(t.feats);
      lines += '\t';
      lines += t.head >= 0 ? std::to_string(t.head) : "_";
      lines += '\t';
      lines += column(t.deprel);
      lines += "\t_\t";
      std::string misc = t.misc;
      if (!in_mwt && !t.space_after)
        misc = misc.empty() ? "SpaceAfter=No" : misc + "|SpaceAfter=No";
      lines += column(misc);
      lines += '\n';
    }
    out += "# text = ";
    out += text;
    out += '\n';
    out += lines;
    out += '\n';
  }
}

}  // namespace dyad
