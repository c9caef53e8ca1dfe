#include "io/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace dyad {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t start = 0;
  for (;;) {
    size_t t = line.find('\t', start);
    if (t == std::string_view::npos) {
      f.push_back(line.substr(start));
      break;
    }
    f.push_back(line.substr(start, t - start));
    start = t + 1;
  }
  return f;
}

bool parse_uint(std::string_view s, uint32_t& v) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool has_space_after_no(std::string_view misc) {
  size_t p = 0;
  while (p <= misc.size()) {
    size_t bar = misc.find('|', p);
    std::string_view item = misc.substr(p, bar == std::string_view::npos ? misc.npos : bar - p);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    p = bar + 1;
  }
  return false;
}

// MISC without SpaceAfter=No (we recompute it from offsets when writing).
std::string strip_space_after(std::string_view misc) {
  if (misc == "_") return "";
  std::string out;
  size_t p = 0;
  while (p <= misc.size()) {
    size_t bar = misc.find('|', p);
    std::string_view item = misc.substr(p, bar == std::string_view::npos ? misc.npos : bar - p);
    if (!item.empty() && item != "SpaceAfter=No") {
      if (!out.empty()) out += '|';
      out += item;
    }
    if (bar == std::string_view::npos) break;
    p = bar + 1;
  }
  return out;
}

std::string field(std::string_view s) { return s == "_" ? std::string() : std::string(s); }

struct PendingWord {
  TokenData t;
};

}  // namespace

ConlluReadResult read_conllu(std::string_view content, const std::string& source) {
  ConlluReadResult res;
  Doc doc;
  doc.source = source;
  bool doc_started = false;
  uint32_t doc_count = 0;

  std::vector<TokenData> words;
  std::vector<MultiwordToken> mwts;
  std::vector<std::pair<uint32_t, uint32_t>> mwt_ranges;  // 1-based word ids
  std::string sent_id, error;
  uint64_t sent_line = 0, error_line = 0;
  uint32_t paragraph = 0;
  bool new_par = false;

  auto finish_doc = [&]() {
    if (doc_started && !doc.sentences.empty()) {
      if (doc.id.empty()) doc.id = source + "#" + std::to_string(doc_count);
      doc.annotations = kSentences | kTokens | kUpos | kXpos | kFeats | kLemmas | kHeads;
      res.docs.push_back(std::move(doc));
      ++doc_count;
    }
    doc = Doc();
    doc.source = source;
    doc_started = false;
    paragraph = 0;
  };

  auto finish_sentence = [&]() {
    if (!error.empty()) {
      res.skipped.push_back(Status(Errc::parse, error, {source, error_line}));
    } else if (!words.empty()) {
      doc_started = true;
      if (!doc.text.empty()) doc.text += new_par ? "\n\n" : "\n";
      if (new_par && !doc.sentences.empty()) ++paragraph;
      SentenceData s;
      s.first = static_cast<uint32_t>(doc.tokens.size());
      s.start = static_cast<uint32_t>(doc.text.size());
      s.paragraph = paragraph;
      s.id = sent_id;
      size_t m = 0;
      for (size_t w = 0; w < words.size(); ++w) {
        // A multiword token starting here contributes its surface form once.
        if (m < mwt_ranges.size() && mwt_ranges[m].first == w + 1) {
          uint32_t a = mwt_ranges[m].first - 1, b = mwt_ranges[m].second;  // [a, b)
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
          MultiwordToken mw = mwts[m];
          mw.first = s.first + a;
          mw.last = s.first + b;
          mw.misc = strip_space_after(mw.misc);
          doc.mwts.push_back(std::move(mw));
          if (space && b < words.size()) doc.text += ' ';
          w = b - 1;
          ++m;
          continue;
        }
        TokenData t = std::move(words[w]);
        t.start = static_cast<uint32_t>(doc.text.size());
        doc.text += t.form;
        t.end = static_cast<uint32_t>(doc.text.size());
        if (t.space_after && w + 1 < words.size()) doc.text += ' ';
        doc.tokens.push_back(std::move(t));
      }
      s.last = static_cast<uint32_t>(doc.tokens.size());
      s.end = static_cast<uint32_t>(doc.text.size());
      doc.sentences.push_back(std::move(s));
      new_par = false;
    }
    words.clear();
    mwts.clear();
    mwt_ranges.clear();
    sent_id.clear();
    error.clear();
    sent_line = 0;
  };

  uint64_t lineno = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line =
        content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish_sentence();
    } else if (line[0] == '#') {
      if (!words.empty()) {
        // A comment inside a sentence: tolerated and ignored.
      } else if (line.rfind("# newdoc", 0) == 0) {
        finish_doc();
        size_t eq = line.find("id =");
        if (eq != std::string_view::npos) doc.id = std::string(line.substr(eq + 4));
        while (!doc.id.empty() && doc.id.front() == ' ') doc.id.erase(0, 1);
      } else if (line.rfind("# newpar", 0) == 0) {
        new_par = true;
      } else if (line.rfind("# sent_id", 0) == 0) {
        size_t eq = line.find('=');
        if (eq != std::string_view::npos) {
          std::string_view v = line.substr(eq + 1);
          while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
          sent_id = std::string(v);
        }
      }
    } else if (error.empty()) {
      if (!sent_line) sent_line = lineno;
      auto f = split_tabs(line);
      if (f.size() != 10) {
        error = "expected 10 tab-separated columns, found " + std::to_string(f.size());
        error_line = lineno;
      } else if (f[0].find('.') != std::string_view::npos) {
        // Empty node of the enhanced graph: not part of the basic tree.
      } else if (size_t dash = f[0].find('-'); dash != std::string_view::npos) {
        uint32_t a = 0, b = 0;
        if (!parse_uint(f[0].substr(0, dash), a) || !parse_uint(f[0].substr(dash + 1), b) ||
            a != words.size() + 1 || b < a) {
          error = "bad multiword token range '" + std::string(f[0]) + "'";
          error_line = lineno;
        } else {
          MultiwordToken mw;
          mw.form = std::string(f[1]);
          mw.misc = std::string(f[9]);
          mwts.push_back(std::move(mw));
          mwt_ranges.emplace_back(a, b);
        }
      } else {
        uint32_t id = 0;
        if (!parse_uint(f[0], id) || id != words.size() + 1) {
          error = "word id '" + std::string(f[0]) + "' out of sequence";
          error_line = lineno;
        } else {
          TokenData t;
          t.form = std::string(f[1]);
          t.lemma = f[2] == "_" && f[1] != "_" ? std::string() : std::string(f[2]);
          t.upos = field(f[3]);
          t.xpos = field(f[4]);
          t.feats = field(f[5]);
          uint32_t h = 0;
          if (f[6] == "_") {
            t.head = -1;
          } else if (parse_uint(f[6], h)) {
            t.head = static_cast<int32_t>(h);
          } else {
            error = "bad head '" + std::string(f[6]) + "'";
            error_line = lineno;
          }
          t.deprel = field(f[7]);
          t.space_after = !has_space_after_no(f[9]);
          t.misc = strip_space_after(f[9]);
          if (t.form.empty()) {
            error = "empty FORM";
            error_line = lineno;
          }
          words.push_back(std::move(t));
        }
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  finish_sentence();
  // Validate heads now that sentence sizes are known.
  finish_doc();
  for (auto& d : res.docs) {
    for (auto& s : d.sentences) {
      int32_t n = static_cast<int32_t>(s.last - s.first);
      for (uint32_t i = s.first; i < s.last; ++i)
        if (d.tokens[i].head > n) d.tokens[i].head = -1;
    }
  }
  return res;
}

Result<ConlluReadResult> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open file", {path});
  std::stringstream ss;
  ss << in.rdbuf();
  return read_conllu(ss.str(), path);
}

void write_conllu(const Doc& doc, std::string& out) {
  if (!doc.id.empty()) out += "# newdoc id = " + doc.id + "\n";
  size_t m = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceData& s = doc.sentences[si];
    out += "# sent_id = ";
    out += s.id.empty() ? (doc.id.empty() ? "" : doc.id + "-") + std::to_string(si + 1) : s.id;
    out += "\n# text = ";
    for (char c : doc.slice(s.start, s.end)) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    out += '\n';
    for (uint32_t i = s.first; i < s.last; ++i) {
      while (m < doc.mwts.size() && doc.mwts[m].last <= i) ++m;
      if (m < doc.mwts.size() && doc.mwts[m].first == i) {
        const auto& mw = doc.mwts[m];
        out += std::to_string(mw.first - s.first + 1) + "-" + std::to_string(mw.last - s.first) +
               "\t" + mw.form + "\t_\t_\t_\t_\t_\t_\t_\t";
        bool space = doc.tokens[mw.last - 1].space_after;
        std::string misc = mw.misc;
        if (!space) misc = misc.empty() ? "SpaceAfter=No" : misc + "|SpaceAfter=No";
        out += misc.empty() ? "_" : misc;
        out += '\n';
      }
      const TokenData& t = doc.tokens[i];
      auto col = [&](const std::string& v) {
        out += v.empty() ? "_" : v;
        out += '\t';
      };
      out += std::to_string(i - s.first + 1);
      out += '\t';
      // A form never contains tabs or newlines in CoNLL-U.
      std::string form = t.form;
      for (char& c : form)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
      col(form);
      col(t.lemma);
      col(t.upos);
      col(t.xpos);
      col(t.feats);
      out += t.head >= 0 ? std::to_string(t.head) : "_";
      out += '\t';
      col(t.deprel);
      out += "_\t";
      bool in_mwt = m < doc.mwts.size() && doc.mwts[m].first <= i && i < doc.mwts[m].last;
      std::string misc = t.misc;
      if (!in_mwt && i + 1 < s.last && !t.space_after)
        misc = misc.empty() ? "SpaceAfter=No" : misc + "|SpaceAfter=No";
      out += misc.empty() ? "_" : misc;
      out += '\n';
    }
    out += '\n';
  }
}

}  // namespace dyad
