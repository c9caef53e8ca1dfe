#include "eval/petrarch_eval.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>

#include "lexicon/tsv.h"

namespace dyad {
namespace {

std::string decode(std::string_view s) {
  std::string r;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> ents[] = {
          {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [e, c] : ents)
        if (s.substr(i, std::strlen(e)) == e) {
          r += c;
          i += std::strlen(e) - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    r += s[i];
  }
  return r;
}

std::string attr(std::string_view tag, std::string_view name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    bool start = p == 0 || std::isspace(static_cast<unsigned char>(tag[p - 1]));
    size_t q = p + name.size();
    while (q < tag.size() && std::isspace(static_cast<unsigned char>(tag[q]))) ++q;
    if (start && q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && std::isspace(static_cast<unsigned char>(tag[q]))) ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {
        char quote = tag[q];
        size_t e = tag.find(quote, q + 1);
        if (e != std::string_view::npos) return decode(tag.substr(q + 1, e - q - 1));
      }
    }
    p += name.size();
  }
  return "";
}

std::string collapse(std::string_view s) {
  std::string r;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !r.empty();
      continue;
    }
    if (space) r += ' ';
    space = false;
    r += c;
  }
  return r;
}

std::string element_text(const std::string& xml, const std::string& name, size_t from, size_t to) {
  size_t b = xml.find("<" + name + ">", from);
  if (b == std::string::npos || b >= to) return "";
  b += name.size() + 2;
  size_t e = xml.find("</" + name + ">", b);
  if (e == std::string::npos || e > to) return "";
  return xml.substr(b, e - b);
}

}  // namespace

Result<PetrarchSuite> read_petrarch_suite(const std::string& path) {
  auto text = lexicon::read_file_text(path);
  if (!text.ok()) return text.status();
  // Comments out first (same length, so line numbers stay).
  std::string xml = *text;
  for (size_t p = 0; (p = xml.find("<!--", p)) != std::string::npos;) {
    size_t e = xml.find("-->", p);
    if (e == std::string::npos) return Status(Errc::parse, "unclosed comment", {path});
    for (size_t i = p; i < e + 3; ++i)
      if (xml[i] != '\n') xml[i] = ' ';
    p = e + 3;
  }
  auto line_of = [&](size_t pos) {
    return static_cast<uint64_t>(std::count(xml.begin(), xml.begin() + pos, '\n') + 1);
  };
  PetrarchSuite s;
  size_t env_end = xml.find("</Environment>");
  if (env_end != std::string::npos) {
    s.verbfile = collapse(element_text(xml, "Verbfile", 0, env_end));
    s.actorfile = collapse(element_text(xml, "Actorfile", 0, env_end));
    s.agentfile = collapse(element_text(xml, "Agentfile", 0, env_end));
    s.discardfile = collapse(element_text(xml, "Discardfile", 0, env_end));
    std::string inc = collapse(element_text(xml, "Include", 0, env_end));
    std::string cur;
    for (char c : inc + " ") {
      if (c == ' ') {
        if (!cur.empty()) s.include.insert(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
  }
  size_t p = 0;
  while ((p = xml.find("<Sentence", p)) != std::string::npos) {
    if (p + 9 < xml.size() && xml[p + 9] == 's') {  // <Sentences>
      p += 10;
      continue;
    }
    size_t tag_end = xml.find('>', p);
    size_t end = xml.find("</Sentence>", p);
    if (tag_end == std::string::npos || end == std::string::npos)
      return Status(Errc::parse, "unclosed <Sentence>", {path, line_of(p)});
    std::string tag = xml.substr(p, tag_end - p);
    PetrarchRecord r;
    r.line = line_of(p);
    r.id = attr(tag, "id");
    r.category = attr(tag, "category");
    std::string d = attr(tag, "date");
    if (d.size() == 8) r.date = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    std::string ev = attr(tag, "evaluate");
    for (char& c : ev) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.evaluate = ev != "false";
    for (size_t q = tag_end; (q = xml.find("<EventCoding", q)) != std::string::npos && q < end;) {
      size_t qe = xml.find('>', q);
      std::string et = xml.substr(q, qe - q);
      std::string ne = attr(et, "noevents");
      for (char& c : ne) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (ne == "true") {
        r.noevents = true;
      } else if (!attr(et, "error").empty()) {
        r.error = attr(et, "error");
      } else {
        PetrarchCoding c{attr(et, "eventcode"), attr(et, "sourcecode"), attr(et, "targetcode")};
        if (c.code.empty())
          return Status(Errc::parse, "<EventCoding> without eventcode", {path, line_of(q)});
        r.expected.push_back(std::move(c));
      }
      q = qe;
    }
    r.text = collapse(decode(element_text(xml, "Text", tag_end, end)));
    std::string parse = element_text(xml, "Parse", tag_end, end);
    // Keep the CoNLL-U lines, without the indentation of the XML.
    std::string conllu;
    size_t a = 0;
    while (a < parse.size()) {
      size_t b = parse.find('\n', a);
      if (b == std::string::npos) b = parse.size();
      std::string ln = parse.substr(a, b - a);
      size_t f = ln.find_first_not_of(" \r");
      if (f != std::string::npos) {
        ln = ln.substr(f);
        while (!ln.empty() && (ln.back() == '\r' || ln.back() == ' ')) ln.pop_back();
        conllu += decode(ln) + "\n";
      }
      a = b + 1;
    }
    r.parse = conllu;
    s.records.push_back(std::move(r));
    p = end + 11;
  }
  if (s.records.empty()) return Status(Errc::parse, "no <Sentence> records", {path});
  return s;
}

bool petrarch_scored(const PetrarchSuite& s, const PetrarchRecord& r, bool all_categories) {
  if (!r.evaluate) return false;
  return all_categories || s.include.empty() || s.include.count(r.category) > 0;
}

std::vector<PetrarchCoding> distinct(std::vector<PetrarchCoding> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

void PetrarchScores::add(const std::vector<PetrarchCoding>& exp,
                         const std::vector<PetrarchCoding>& got_in) {
  std::vector<PetrarchCoding> e = distinct(exp), g = distinct(got_in);
  ++records;
  if (e.empty()) ++no_event_records;
  expected += e.size();
  produced += g.size();
  std::vector<PetrarchCoding> both;
  std::set_intersection(e.begin(), e.end(), g.begin(), g.end(), std::back_inserter(both));
  correct += both.size();
  if (e == g) ++exact;
}

}  // namespace dyad
