// PETRARCH dictionary readers. The syntax, as the dictionaries' own header comments and the
// TABARI/PETRARCH manuals describe it:
//  - comments: `#` to the end of the line; `<!-- ... -->` blocks (also `<! -- ...`), which may
//    span lines;
//  - actors: a root line `NAME [CODE]`, `+SYNONYM` lines, and code lines `[CODE]`,
//    `[CODE >YYMMDD]` (from), `[CODE <YYMMDD]` (until), `[CODE YYMMDD-YYMMDD]`; an undated code
//    beside dated ones is the default; words joined by `_` or spaces, a trailing `_` = no suffix;
//  - agents: `!SET! = A, B` substitution sets, `PHRASE {PLURALS} [~ROLE]` (`[ROLE~]`: the role
//    goes before the actor's code), `{}` = no regular plural;
//  - verbs: `&SYNSET` + `+MEMBER` lines; `--- NAME [CODE] ---` verb blocks holding verbs
//    (`VERB {FORMS} [OWN CODE]`, `+GO_BY {...}` multiword verbs with the verb marked by `+`) and
//    patterns `- PRE * POST [CODE]` with `{NOUN PHRASE}`, `(PREP ...)`, `&SYNSET`, `$` source,
//    `+` target, `^` skip, `%` compound; `[A:B]` codes the pair A (source->target) and
//    B (target->source); `[---]` = no event;
//  - discards: `PHRASE` (sentence) or `+PHRASE` (story);
//  - issues: `<ISSUE CATEGORY=...>` blocks of `phrase [CODE]` and `~phrase` exclusions.
#include "lexicon/petrarch.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

namespace dyad::lexicon::petrarch {
namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// The lines of a file with comments removed (block comments may span lines).
struct Line {
  uint64_t no = 0;
  std::string text;  // comment-free, right-trimmed; leading white space kept
};

std::vector<Line> clean_lines(const std::string& content) {
  std::vector<Line> out;
  bool in_block = false;
  uint64_t no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string raw = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++no;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string text;
    size_t i = 0;
    while (i < raw.size()) {
      if (in_block) {
        size_t e = raw.find("-->", i);
        if (e == std::string::npos) {
          i = raw.size();
        } else {
          in_block = false;
          i = e + 3;
        }
        continue;
      }
      if (raw.compare(i, 4, "<!--") == 0 || raw.compare(i, 5, "<! --") == 0) {
        in_block = true;
        i += raw[i + 2] == '-' ? 4 : 5;
        continue;
      }
      if (raw[i] == '#') break;
      text += raw[i++];
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    out.push_back({no, std::move(text)});
    if (nl == content.size()) break;
  }
  return out;
}

Phrase parse_phrase(std::string_view s) {
  Phrase p;
  std::string t = trim(s);
  p.exact = !t.empty() && t.back() == '_';
  std::string cur;
  for (char c : t) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!cur.empty()) p.words.push_back(upper(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) p.words.push_back(upper(cur));
  return p;
}

bool code_ok(const std::string& c) {
  if (c == "---") return true;
  if (c.empty()) return false;
  for (char ch : c)
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) return false;
  return true;
}

struct Ctx {
  std::string file;
  std::vector<Problem>& problems;
  void error(uint64_t line, const std::string& msg) {
    problems.push_back({Problem::Severity::error, file, line, msg});
  }
  void warn(uint64_t line, const std::string& msg) {
    problems.push_back({Problem::Severity::warning, file, line, msg});
  }
};

// Parses the inside of one [..] actor code block.
bool parse_dated_code(const std::string& inside, DatedCode& out, std::string& err) {
  std::string s = trim(inside);
  size_t sp = s.find_first_of(" \t<>");
  out = DatedCode{};
  out.code = s.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : trim(s.substr(sp));
  if (!code_ok(out.code)) {
    err = "malformed actor code '" + out.code + "'";
    return false;
  }
  if (rest.empty()) return true;
  auto date = [&](const std::string& d, std::string& dest) {
    dest = parse_date(trim(d));
    if (dest.empty()) err = "bad date '" + trim(d) + "' in [" + s + "] (YYMMDD or YYYYMMDD)";
    return !dest.empty();
  };
  if (rest[0] == '>') return date(rest.substr(1), out.from);
  if (rest[0] == '<') return date(rest.substr(1), out.to);
  size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    err = "bad date restriction '" + rest + "' in [" + s + "]";
    return false;
  }
  return date(rest.substr(0, dash), out.from) && date(rest.substr(dash + 1), out.to);
}

Result<std::vector<Line>> load(const std::string& path, Dictionaries& out) {
  auto text = read_file_text(path);
  if (!text.ok()) return text.status();
  out.files.push_back(path);
  return clean_lines(*text);
}

}  // namespace

std::string Phrase::text() const {
  std::string r;
  for (const auto& w : words) r += (r.empty() ? "" : " ") + w;
  return r;
}

std::string parse_date(const std::string& d) {
  if (d.size() != 6 && d.size() != 8) return "";
  for (char c : d)
    if (c < '0' || c > '9') return "";
  std::string y, m, day;
  if (d.size() == 6) {
    int yy = std::stoi(d.substr(0, 2));
    y = (yy < 30 ? "20" : "19") + d.substr(0, 2);
    m = d.substr(2, 2);
    day = d.substr(4, 2);
  } else {
    y = d.substr(0, 4);
    m = d.substr(4, 2);
    day = d.substr(6, 2);
  }
  int mi = std::stoi(m), di = std::stoi(day);
  if (mi < 1 || mi > 12 || di < 1 || di > 31) return "";
  return y + "-" + m + "-" + day;
}

bool is_pico_file(const std::string& file_name) {
  std::string n;
  for (char c : file_name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return n.find("ontology") != std::string::npos &&
         (n.find("coding") != std::string::npos || n.find("pico") != std::string::npos);
}

std::map<std::string, std::string> pico_negations(const std::string& text) {
  std::vector<std::pair<std::string, long long>> codes;  // file order
  size_t a = 0;
  while (a < text.size()) {
    size_t b = text.find('\n', a);
    if (b == std::string::npos) b = text.size();
    std::string ln = text.substr(a, b - a);
    a = b + 1;
    if (size_t h = ln.find('#'); h != std::string::npos) ln.resize(h);
    size_t colon = ln.find(':');
    if (colon == std::string::npos) continue;
    std::string code = trim(ln.substr(0, colon)), expr = trim(ln.substr(colon + 1));
    if (code.empty() || expr.empty() || !std::all_of(code.begin(), code.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c));
        }))
      continue;
    // a sum of signed terms: 0x1000-0xFFFF, -0xFFFF+0x2040+0x300, 0
    long long v = 0;
    bool ok = true;
    size_t i = 0;
    while (i < expr.size() && ok) {
      int sign = 1;
      while (i < expr.size() && (expr[i] == '+' || expr[i] == '-' || expr[i] == ' ')) {
        if (expr[i] == '-') sign = -sign;
        ++i;
      }
      size_t j = i;
      while (j < expr.size() && std::isalnum(static_cast<unsigned char>(expr[j]))) ++j;
      std::string term = expr.substr(i, j - i);
      if (term.empty()) {
        ok = false;
        break;
      }
      char* end = nullptr;
      long long t = std::strtoll(term.c_str(), &end, 0);
      if (!end || *end != '\0') ok = false;
      v += sign * t;
      i = j;
      while (i < expr.size() && expr[i] == ' ') ++i;
    }
    if (ok) codes.push_back({code, v});
  }
  std::map<long long, std::string> by_value;
  for (const auto& [c, v] : codes) by_value.emplace(v, c);  // the first code of a value
  std::map<std::string, std::string> neg;
  for (const auto& [c, v] : codes) {
    auto it = by_value.find(v - 0xFFFF);
    if (it != by_value.end() && it->second != c && !neg.count(c)) neg[c] = it->second;
  }
  return neg;
}

std::string file_kind(const std::string& file_name) {
  std::string n;
  for (char c : file_name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n.find("ontology") != std::string::npos || n.find("preposition") != std::string::npos)
    return "";
  if (n.find("actor") != std::string::npos) return "actors";
  if (n.find("agent") != std::string::npos) return "agents";
  if (n.find("discard") != std::string::npos) return "discards";
  if (n.find("issue") != std::string::npos) return "issues";
  if (n.find("verb") != std::string::npos || n.starts_with("cameo") || n.starts_with("newdict"))
    return "verbs";
  return "";
}

Status read_actors(const std::string& path, Dictionaries& out, std::vector<Problem>& problems) {
  auto lines = load(path, out);
  if (!lines.ok()) return lines.status();
  Ctx ctx{path, problems};
  Actor cur;
  bool open = false;
  auto finish = [&]() {
    if (!open) return;
    open = false;
    if (cur.codes.empty()) {
      ctx.error(cur.line, "actor '" + cur.names[0].text() + "' has no code: skipped");
      return;
    }
    out.actors.push_back(std::move(cur));
  };
  // Splits "NAME [CODE] [CODE]" into the name and its code blocks.
  auto split_codes = [&](const std::string& s, uint64_t no, std::string& name,
                         std::vector<DatedCode>& codes) {
    size_t b = s.find('[');
    name = s.substr(0, b);
    while (b != std::string::npos) {
      size_t e = s.find(']', b);
      if (e == std::string::npos) {
        ctx.error(no, "unclosed '[' in '" + trim(s) + "'");
        return;
      }
      DatedCode dc;
      std::string err;
      if (parse_dated_code(s.substr(b + 1, e - b - 1), dc, err))
        codes.push_back(std::move(dc));
      else
        ctx.error(no, err + ": code skipped");
      b = s.find('[', e);
    }
  };
  for (const Line& l : *lines) {
    std::string t = trim(l.text);
    if (t.empty()) continue;
    std::string name;
    std::vector<DatedCode> codes;
    split_codes(t, l.no, name, codes);
    name = trim(name);
    if (name.empty()) {  // a code line
      if (!open) {
        ctx.error(l.no, "code line without an actor: skipped");
        continue;
      }
      for (auto& c : codes) cur.codes.push_back(std::move(c));
      continue;
    }
    if (name[0] == '+') {
      if (!open) {
        ctx.error(l.no, "synonym '" + name + "' without an actor: skipped");
        continue;
      }
      Phrase p = parse_phrase(name.substr(1));
      if (!p.words.empty()) cur.names.push_back(std::move(p));
      for (auto& c : codes) cur.codes.push_back(std::move(c));
      continue;
    }
    finish();
    cur = Actor{};
    cur.file = path;
    cur.line = l.no;
    cur.names.push_back(parse_phrase(name));
    cur.codes = std::move(codes);
    open = true;
  }
  finish();
  return Status::Ok();
}

Status read_agents(const std::string& path, Dictionaries& out, std::vector<Problem>& problems) {
  auto lines = load(path, out);
  if (!lines.ok()) return lines.status();
  Ctx ctx{path, problems};
  std::map<std::string, std::vector<std::string>> sets;  // !PERSON! -> MAN, MEN ...
  for (const Line& l : *lines) {
    std::string t = trim(l.text);
    if (t.empty()) continue;
    if (t[0] == '!' && t.find('=') != std::string::npos) {
      size_t eq = t.find('=');
      std::string name = trim(t.substr(0, eq));
      std::vector<std::string> vals;
      std::string rest = t.substr(eq + 1), cur;
      for (char c : rest + ",") {
        if (c == ',') {
          if (!trim(cur).empty()) vals.push_back(upper(trim(cur)));
          cur.clear();
        } else {
          cur += c;
        }
      }
      sets[name] = vals;
      continue;
    }
    size_t b = t.find('['), e = t.find(']');
    if (b == std::string::npos || e == std::string::npos || e < b) {
      ctx.error(l.no, "agent without a [code]: '" + t + "' skipped");
      continue;
    }
    std::string code = trim(t.substr(b + 1, e - b - 1));
    std::string head = t.substr(0, b);
    Agent a;
    a.file = path;
    a.line = l.no;
    if (!code.empty() && code[0] == '~') {
      a.code = trim(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      a.code = trim(code.substr(0, code.size() - 1));
      a.prefix = true;
    } else {
      ctx.error(l.no, "agent code '" + code + "' has no '~' (expected [~ROLE] or [ROLE~])");
      continue;
    }
    if (!code_ok(a.code) || a.code == "---") {
      ctx.error(l.no, "malformed agent code '" + code + "'");
      continue;
    }
    // Plurals in braces.
    size_t pb = head.find('{');
    std::vector<std::string> plurals;
    if (pb != std::string::npos) {
      size_t pe = head.find('}', pb);
      if (pe == std::string::npos) {
        ctx.error(l.no, "unclosed '{' in agent line");
        continue;
      }
      std::string inside = trim(head.substr(pb + 1, pe - pb - 1));
      if (inside.empty()) a.no_plural = true;
      std::string cur;
      for (char c : inside + " ") {
        if (c == ' ' || c == '\t') {
          if (!cur.empty()) plurals.push_back(upper(cur));
          cur.clear();
        } else {
          cur += c;
        }
      }
      head = head.substr(0, pb) + head.substr(pe + 1);
    }
    a.plurals = plurals;
    // Expand substitution sets (each !SET! occurrence by each of its values).
    std::vector<std::string> texts = {trim(head)};
    for (bool changed = true; changed;) {
      changed = false;
      std::vector<std::string> next;
      for (const auto& s : texts) {
        size_t x = s.find('!');
        size_t y = x == std::string::npos ? x : s.find('!', x + 1);
        if (y == std::string::npos) {
          next.push_back(s);
          continue;
        }
        std::string name = s.substr(x, y - x + 1);
        auto it = sets.find(name);
        if (it == sets.end()) {
          ctx.error(l.no, "unknown substitution set " + name);
          continue;
        }
        changed = true;
        for (const auto& v : it->second) next.push_back(s.substr(0, x) + v + s.substr(y + 1));
      }
      texts = std::move(next);
    }
    for (const auto& s : texts) {
      Agent x = a;
      x.name = parse_phrase(s);
      if (x.name.words.empty()) {
        ctx.error(l.no, "empty agent phrase");
        continue;
      }
      out.agents.push_back(std::move(x));
    }
  }
  return Status::Ok();
}

namespace {

// Tokenizes a pattern's text (after the leading '-', without the [code]).
bool parse_items(const std::string& s, size_t& i, char close, std::vector<PatternItem>& out,
                 std::string& err) {
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (c == close) {
      ++i;
      return true;
    }
    if (c == '{' || c == '(') {
      ++i;
      PatternItem it;
      it.kind = c == '{' ? PatternItem::Kind::phrase : PatternItem::Kind::prep;
      if (!parse_items(s, i, c == '{' ? '}' : ')', it.inside, err)) return false;
      out.push_back(std::move(it));
      continue;
    }
    if (c == '}' || c == ')') {
      err = std::string("unbalanced '") + c + "'";
      return false;
    }
    size_t e = i;
    while (e < s.size() && !std::isspace(static_cast<unsigned char>(s[e])) && s[e] != '{' &&
           s[e] != '(' && s[e] != '}' && s[e] != ')')
      ++e;
    std::string w = s.substr(i, e - i);
    i = e;
    PatternItem it;
    if (w == "*") {
      it.kind = PatternItem::Kind::verb;
    } else if (w == "$") {
      it.kind = PatternItem::Kind::source;
    } else if (w == "+") {
      it.kind = PatternItem::Kind::target;
    } else if (w == "^") {
      it.kind = PatternItem::Kind::skip;
    } else if (w == "%") {
      it.kind = PatternItem::Kind::compound;
    } else if (w[0] == '&') {
      it.kind = PatternItem::Kind::synset;
      it.text = upper(w.substr(1));
    } else {
      it.kind = PatternItem::Kind::word;
      it.text = upper(w);
    }
    out.push_back(std::move(it));
  }
  if (close) {
    err = std::string("missing '") + close + "'";
    return false;
  }
  return true;
}

bool parse_event_code(const std::string& inside, std::string& a, std::string& b) {
  std::string s = trim(inside);
  size_t colon = s.find(':');
  a = trim(s.substr(0, colon));
  b = colon == std::string::npos ? "" : trim(s.substr(colon + 1));
  auto ok = [](const std::string& c) {
    if (c == "---") return true;
    if (c.empty() || c.size() > 4) return false;
    for (char ch : c)
      if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
    return true;
  };
  return ok(a) && (b.empty() || ok(b));
}

}  // namespace

Status read_verbs(const std::string& path, Dictionaries& out, std::vector<Problem>& problems) {
  auto lines = load(path, out);
  if (!lines.ok()) return lines.status();
  Ctx ctx{path, problems};
  enum class Mode { none, synset, block } mode = Mode::none;
  for (const Line& l : *lines) {
    std::string t = trim(l.text);
    if (t.empty()) continue;
    if (t.starts_with("---")) {  // --- NAME [code] ---
      std::string s = trim(t.substr(3));
      while (s.size() >= 3 && s.ends_with("---")) s = trim(s.substr(0, s.size() - 3));
      VerbBlock vb;
      vb.file = path;
      vb.line = l.no;
      size_t b = s.find('['), e = s.find(']');
      vb.name = upper(trim(s.substr(0, b)));
      if (b == std::string::npos || e == std::string::npos ||
          !parse_event_code(s.substr(b + 1, e - b - 1), vb.code, vb.code2)) {
        ctx.error(l.no, "verb block header without a valid [code]: '" + t + "'");
        vb.code = "---";
      }
      out.verbs.push_back(std::move(vb));
      mode = Mode::block;
      continue;
    }
    if (t[0] == '&') {
      Synset ss;
      ss.name = upper(trim(t.substr(1)));
      ss.file = path;
      ss.line = l.no;
      out.synsets.push_back(std::move(ss));
      mode = Mode::synset;
      continue;
    }
    if (mode == Mode::synset && t[0] == '+') {
      std::string m = trim(t.substr(1));
      if (!m.empty() && m[0] == '&') {
        out.synsets.back().nested.push_back(upper(trim(m.substr(1))));
        continue;
      }
      if (m.size() >= 2 && m.front() == '(' && m.back() == ')') m = m.substr(1, m.size() - 2);
      Phrase p = parse_phrase(m);
      if (p.words.empty())
        ctx.error(l.no, "empty synonym set member");
      else
        out.synsets.back().members.push_back(std::move(p));
      continue;
    }
    if (mode != Mode::block) {
      ctx.error(l.no, "line outside a synonym set or verb block: '" + t + "' skipped");
      continue;
    }
    VerbBlock& vb = out.verbs.back();
    if (t[0] == '-' || t[0] == '*') {  // a pattern (a missing '-' is accepted with a warning)
      if (t[0] == '*') ctx.warn(l.no, "pattern without a leading '-'");
      Pattern p;
      p.file = path;
      p.line = l.no;
      std::string s = t[0] == '-' ? t.substr(1) : t;
      size_t b = s.rfind('['), e = s.rfind(']');
      if (b == std::string::npos || e == std::string::npos || e < b ||
          !parse_event_code(s.substr(b + 1, e - b - 1), p.code, p.code2)) {
        ctx.error(l.no, "pattern without a valid [code]: skipped");
        continue;
      }
      std::string body = s.substr(0, b);
      std::vector<PatternItem> items;
      std::string err;
      size_t i = 0;
      if (!parse_items(body, i, 0, items, err)) {
        ctx.error(l.no, "pattern: " + err + ": skipped");
        continue;
      }
      auto star = std::find_if(items.begin(), items.end(), [](const PatternItem& x) {
        return x.kind == PatternItem::Kind::verb;
      });
      if (star == items.end()) {
        ctx.error(l.no, "pattern without '*' (the verb): skipped");
        continue;
      }
      p.pre.assign(items.begin(), star);
      p.post.assign(star + 1, items.end());
      vb.patterns.push_back(std::move(p));
      continue;
    }
    // A verb: VERB {FORMS} [CODE], or a multiword +GO_BY {...} / WIRE_+TAP.
    Verb v;
    v.line = l.no;
    std::string s = t;
    size_t cb = s.find('[');
    if (cb != std::string::npos) {
      size_t ce = s.find(']', cb);
      std::string c2;
      if (ce == std::string::npos || !parse_event_code(s.substr(cb + 1, ce - cb - 1), v.code, c2))
        ctx.error(l.no, "bad verb code in '" + t + "': the block's code is used");
      if (!c2.empty()) v.code += ":" + c2;
      s = s.substr(0, cb);
    }
    size_t fb = s.find('{');
    if (fb != std::string::npos) {
      size_t fe = s.find('}', fb);
      std::string inside =
          s.substr(fb + 1, fe == std::string::npos ? std::string::npos : fe - fb - 1);
      for (auto& w : parse_phrase(inside).words) {
        std::string f = w;
        f.erase(std::remove(f.begin(), f.end(), '+'), f.end());
        v.forms.push_back(f);
      }
      s = s.substr(0, fb);
    }
    Phrase p = parse_phrase(s);
    if (p.words.empty()) {
      ctx.error(l.no, "empty verb line");
      continue;
    }
    for (size_t k = 0; k < p.words.size(); ++k) {
      std::string w = p.words[k];
      if (!w.empty() && w[0] == '+') {
        v.main = static_cast<int>(k);
        w = w.substr(1);
      }
      v.words.push_back(w);
    }
    vb.verbs.push_back(std::move(v));
  }
  return Status::Ok();
}

Status read_discards(const std::string& path, Dictionaries& out, std::vector<Problem>& problems) {
  auto lines = load(path, out);
  if (!lines.ok()) return lines.status();
  (void)problems;
  for (const Line& l : *lines) {
    std::string t = trim(l.text);
    size_t semi = t.find(';');  // a trailing "; coder note"
    if (semi != std::string::npos) t = trim(t.substr(0, semi));
    if (t.empty()) continue;
    Discard d;
    d.file = path;
    d.line = l.no;
    d.story = t[0] == '+';
    d.phrase = parse_phrase(d.story ? t.substr(1) : t);
    if (!d.phrase.words.empty()) out.discards.push_back(std::move(d));
  }
  return Status::Ok();
}

Status read_issues(const std::string& path, Dictionaries& out, std::vector<Problem>& problems) {
  auto lines = load(path, out);
  if (!lines.ok()) return lines.status();
  Ctx ctx{path, problems};
  std::string category;
  for (const Line& l : *lines) {
    std::string t = trim(l.text);
    if (t.empty()) continue;
    if (t.starts_with("<ISSUE")) {
      size_t q = t.find("CATEGORY=\"");
      if (q != std::string::npos) {
        size_t e = t.find('"', q + 10);
        category = t.substr(q + 10, e == std::string::npos ? std::string::npos : e - q - 10);
      }
      continue;
    }
    if (t.starts_with("</ISSUE")) {
      category.clear();
      continue;
    }
    Issue is;
    is.file = path;
    is.line = l.no;
    is.category = category;
    if (t[0] == '~') {
      is.negative = true;
      is.text = trim(t.substr(1));
    } else {
      size_t b = t.find('['), e = t.find(']');
      if (b == std::string::npos || e == std::string::npos) {
        ctx.error(l.no, "issue phrase without a [CODE]: '" + t + "' skipped");
        continue;
      }
      is.text = trim(t.substr(0, b));
      is.code = trim(t.substr(b + 1, e - b - 1));
    }
    out.issues.push_back(std::move(is));
  }
  return Status::Ok();
}

}  // namespace dyad::lexicon::petrarch
