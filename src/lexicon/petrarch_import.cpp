#include "lexicon/petrarch_import.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "lexicon/codes.h"
#include "lexicon/ontology.h"
#include "util/paths.h"

namespace fs = std::filesystem;

namespace dyad::lexicon::petrarch {
namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool has_vowel(const std::string& w) {
  for (char c : w)
    if (std::strchr("AEIOUY", c)) return true;
  return false;
}

// "MINAS" -> "Minas", "BARAD-DUR" -> "Barad-Dur"; words with a dot or digit, and words without a
// vowel, keep their capitals (U.N., USSR is handled by the caller).
std::string title_word(const std::string& w) {
  if (w.find('.') != std::string::npos || !has_vowel(w)) return w;
  std::string r;
  bool start = true;
  for (char c : w) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      r += start ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      start = false;
    } else {
      r += c;
      start = c == '-' || c == '\'' || c == '/';
    }
  }
  return r;
}

const std::set<std::string>& small_words() {
  static const std::set<std::string> s = {"OF",  "THE", "AND", "FOR", "IN", "ON",  "AT",  "TO",
                                          "DE",  "DEL", "DU",  "LA",  "LE", "AL",  "EL",  "VON",
                                          "VAN", "DA",  "DI",  "Y",   "ET", "DES", "BIN", "BEN"};
  return s;
}

// The surface forms dyad matches (case-sensitive) for an actor name.
std::vector<std::string> actor_texts(const Phrase& p) {
  std::vector<std::string> words = p.words;
  if (words.size() > 1 && words[0] == "THE") words.erase(words.begin());
  std::vector<std::string> out;
  if (words.empty()) return out;
  std::string t;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (i > 0 && small_words().count(w))
      w = lower(w);
    else if (words.size() == 1 && w.size() <= 3 && w.find('.') == std::string::npos)
      w = w;  // UN, PLO, UAE: an acronym
    else
      w = title_word(w);
    t += (i ? " " : "") + w;
  }
  out.push_back(t);
  if (words.size() == 1 && words[0].size() <= 5 && words[0] != t) out.push_back(words[0]);
  return out;
}

std::string plural(const std::string& w) {
  if (w.empty()) return w;
  char l = w.back();
  if (w.ends_with("S") || w.ends_with("X") || w.ends_with("CH") || w.ends_with("SH"))
    return w + "ES";
  if (l == 'Y' && w.size() > 1 && !std::strchr("AEIOU", w[w.size() - 2]))
    return w.substr(0, w.size() - 1) + "IES";
  if (w.ends_with("MAN")) return w.substr(0, w.size() - 3) + "MEN";
  return w + "S";
}

// A pattern word as a lemma alternative list: FLAGS -> ~flags|~flag.
// The singular lemmas a plural pattern word may have: TIES -> tie, ty; RELATIONS -> relation.
std::vector<std::string> singulars(const std::string& l) {
  std::vector<std::string> r;
  if (l.size() > 3 && l.back() == 's' && !l.ends_with("ss")) {
    r.push_back(l.substr(0, l.size() - 1));
    if (l.ends_with("ies")) r.push_back(l.substr(0, l.size() - 3) + "y");
  }
  return r;
}

std::string lemma_alts(const std::string& w) {
  std::string l = lower(w);
  std::string r = "~" + l;
  for (const auto& s : singulars(l)) r += "|~" + s;
  return r;
}

// Pattern words that only shape the phrase (THEIR, THE): not checked.
bool is_function_word(const std::string& l) {
  static const std::set<std::string> s = {"the", "a",   "an",    "their", "its", "his",
                                          "her", "our", "their", "your",  "my"};
  return s.count(l) > 0;
}

// A bare pattern word that is a preposition (WARN * THEIR ^ ABOUT +) stands for a PP.
bool is_preposition(const std::string& l) {
  static const std::set<std::string> s = {"about",  "against", "at",   "by",   "for",   "from",
                                          "in",     "into",    "of",   "on",   "over",  "to",
                                          "toward", "towards", "with", "upon", "under", "between"};
  return s.count(l) > 0;
}

// PETRARCH synset names may hold digits; dyad word classes are [A-Z_]. AUXVERB1_ -> AUXVERBB_.
std::string class_name(const std::string& n) {
  std::string r;
  for (char c : n) {
    if (c >= '0' && c <= '9')
      r += static_cast<char>('A' + (c - '0'));
    else if ((c >= 'A' && c <= 'Z') || c == '_')
      r += c;
    else
      r += '_';
  }
  return "P_" + r;
}

bool is_particle(const std::string& w) {
  static const std::set<std::string> s = {"UP",   "DOWN", "OFF",     "OUT",   "AWAY",
                                          "BACK", "OVER", "FORWARD", "ASIDE", "APART"};
  return s.count(w) > 0;
}

struct TsvOut {
  std::string text;
  explicit TsvOut(const std::string& header_comments, const std::string& header) {
    text = header_comments + header + "\n";
  }
  void row(std::initializer_list<std::string> cells) {
    bool first = true;
    for (const auto& c : cells) {
      if (!first) text += '\t';
      first = false;
      std::string v = c;
      std::replace(v.begin(), v.end(), '\t', ' ');
      text += v;
    }
    text += '\n';
  }
};

Status write_file(const fs::path& p, const std::string& s) {
  std::ofstream f(p, std::ios::binary);
  if (!f) return Status(Errc::io, "cannot write " + p.string());
  f << s;
  if (!f) return Status(Errc::io, "error writing " + p.string());
  return Status::Ok();
}

// Normalizes a date for persons.tsv (years 1900-2100).
std::string clamp_date(const std::string& d) {
  if (d.empty()) return d;
  if (d < "1900-01-01") return "1900-01-01";
  if (d > "2100-12-31") return "2100-12-31";
  return d;
}

}  // namespace

std::string ImportReport::summary() const {
  size_t err = 0, warn = 0;
  for (const auto& p : problems) (p.is_error() ? err : warn)++;
  return "read " + std::to_string(files.size()) + " files: " + std::to_string(actors) +
         " actors, " + std::to_string(agents) + " agents, " + std::to_string(synsets) +
         " synonym sets, " + std::to_string(verbs) + " verbs, " + std::to_string(patterns) +
         " patterns, " + std::to_string(discards) + " discards, " + std::to_string(issues) +
         " issues\nwrote " + std::to_string(rows_countries) + " country, " +
         std::to_string(rows_organizations) + " organization, " + std::to_string(rows_persons) +
         " dated (persons), " + std::to_string(rows_agents) + " agent, " +
         std::to_string(rows_predicates) + " predicate and " + std::to_string(rows_classes) +
         " word-class rows; " + std::to_string(extra_codes) + " codes declared in codes.tsv, " +
         std::to_string(extra_cameo) + " event codes outside CAMEO 1.1b3\n" + std::to_string(err) +
         " errors (lines not imported), " + std::to_string(warn) +
         " warnings (imported approximately)";
}

Result<Dictionaries> read_petrarch(const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& files,
                                   std::vector<Problem>& problems) {
  std::vector<std::string> paths = files;
  if (paths.empty()) {
    for (const auto& in : inputs) {
      std::error_code ec;
      if (fs::is_regular_file(in, ec)) {
        paths.push_back(in);
        continue;
      }
      if (!fs::is_directory(in, ec)) return Status(Errc::not_found, "not found", Location{in});
      std::vector<std::string> found;
      for (const auto& e : fs::directory_iterator(in, ec))
        if (e.is_regular_file()) found.push_back(e.path().string());
      std::sort(found.begin(), found.end());
      for (const auto& f : found) {
        if (file_kind(fs::path(f).filename().string()).empty()) {
          problems.push_back({Problem::Severity::warning, f, 0,
                              "not a PETRARCH actor/agent/verb/discard/issue file: not read"});
          continue;
        }
        paths.push_back(f);
      }
    }
  }
  Dictionaries d;
  for (const auto& p : paths) {
    std::string kind = file_kind(fs::path(p).filename().string());
    Status st;
    if (kind == "actors")
      st = read_actors(p, d, problems);
    else if (kind == "agents")
      st = read_agents(p, d, problems);
    else if (kind == "verbs")
      st = read_verbs(p, d, problems);
    else if (kind == "discards")
      st = read_discards(p, d, problems);
    else if (kind == "issues")
      st = read_issues(p, d, problems);
    else
      st = Status(Errc::usage, "cannot tell the kind of PETRARCH file from its name", {p});
    if (!st.ok()) return st;
  }
  return d;
}

Result<ImportReport> import_petrarch(const std::vector<std::string>& inputs,
                                     const std::string& out_dir, const ImportOptions& opts) {
  ImportReport rep;
  auto dicts = read_petrarch(inputs, opts.files, rep.problems);
  if (!dicts.ok()) return dicts.status();
  const Dictionaries& d = *dicts;
  rep.files = d.files;
  rep.actors = d.actors.size();
  rep.agents = d.agents.size();
  rep.synsets = d.synsets.size();
  rep.discards = d.discards.size();
  rep.issues = d.issues.size();
  for (const auto& vb : d.verbs) {
    rep.verbs += vb.verbs.size();
    rep.patterns += vb.patterns.size();
  }
  auto err = [&](const std::string& file, uint64_t line, const std::string& m) {
    rep.problems.push_back({Problem::Severity::error, file, line, m});
  };
  auto warn = [&](const std::string& file, uint64_t line, const std::string& m) {
    rep.problems.push_back({Problem::Severity::warning, file, line, m});
  };

  const fs::path dir = fs::path(out_dir) / opts.lang;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status(Errc::io, "cannot create " + dir.string() + ": " + ec.message());

  std::string src = "# source: imported by `dyad lang import-petrarch` from";
  for (const auto& f : d.files) src += " " + fs::path(f).filename().string();
  const std::string head =
      src + "\n# licence: as the PETRARCH dictionaries read (see their headers)\n";

  // ---- codes: which 3-letter segments are new ----
  const CodeSets& builtin = builtin_codes();
  std::map<std::string, std::set<std::string>> extra;  // code -> kinds
  auto declare = [&](const std::string& c, const std::string& kind) {
    if (kind == "country" &&
        (builtin.countries.count(c) || builtin.regions.count(c) || builtin.sectors.count(c)))
      return;
    if (kind == "role" && builtin.roles.count(c)) return;
    extra[c].insert(kind);
  };
  auto is_role = [&](const std::string& c) {
    return builtin.roles.count(c) || (extra.count(c) && extra[c].count("role"));
  };

  // ---- agents ----
  TsvOut agents(head +
                    "# PETRARCH agents: [~ROLE]; [ROLE~] (the role before the actor) is kept "
                    "as a role\n",
                "text\tlemma\tcode\tnotes");
  std::set<std::pair<std::string, std::string>> agent_seen;
  std::vector<std::pair<std::string, std::string>> prefix_agents;  // [NGO~]: code, words
  for (const Agent& a : d.agents) {
    std::vector<std::string> seg;
    if (!split_code(a.code, &seg)) {
      err(a.file, a.line, "agent code '" + a.code + "' is not a run of 3-letter codes: skipped");
      continue;
    }
    for (const auto& s : seg) declare(s, "role");
    if (a.prefix) {
      warn(a.file, a.line,
           "[" + a.code + "~] (role before the actor's code) imported as the role " + a.code +
               "; petrarch.tsv puts it before the code of the actor next to it");
      prefix_agents.push_back({a.code, lower(a.name.text())});
    }
    std::vector<std::string> forms = {a.name.text()};
    if (!a.no_plural) {
      if (!a.plurals.empty()) {
        for (const auto& p : a.plurals) {
          std::string t = p;
          std::replace(t.begin(), t.end(), '_', ' ');
          forms.push_back(t);
        }
      } else {
        std::vector<std::string> w = a.name.words;
        w.back() = plural(w.back());
        std::string t;
        for (const auto& x : w) t += (t.empty() ? "" : " ") + x;
        forms.push_back(t);
      }
    }
    const std::string lemma = lower(a.name.words.back());
    for (const auto& f : forms) {
      std::vector<std::string> variants = {lower(f)};
      if (f.find(' ') != std::string::npos) {  // "Foreign Minister" as a title
        std::string t, w;
        for (char c : f + " ") {
          if (c == ' ') {
            // small words stay lowercase inside a title: "Minister of Silly Walks"
            static const std::set<std::string> small = {"of", "the", "for", "and", "on",
                                                        "in", "to",  "a",   "an"};
            t += (t.empty() ? "" : " ") +
                 (!t.empty() && small.count(lower(w)) ? lower(w) : title_word(w));
            w.clear();
          } else {
            w += c;
          }
        }
        variants.push_back(t);
      }
      for (const auto& v : variants) {
        if (!agent_seen.insert({v, a.code}).second) continue;
        // `{}` (no plural): only the forms written match, not other forms of the lemma
        agents.row({v, a.no_plural ? "" : lemma, a.code,
                    fs::path(a.file).filename().string() + ":" + std::to_string(a.line)});
        ++rep.rows_agents;
      }
    }
  }

  // ---- actors ----
  TsvOut countries(head, "code\tkind\ttext\tnotes");
  TsvOut regions(head, "text\tcode\tmembers\tnotes");
  TsvOut orgs(head, "text\tcode\tkind\tnotes");
  TsvOut persons(head + "# PETRARCH actors with date-restricted codes: one row per restriction\n",
                 "name\taliases\tcode\trole\tfrom\tto\tnotes");
  std::set<std::string> country_seen, org_seen, region_seen;
  std::set<std::string> person_seen;
  // First pass: declare the first segment of every actor code as a country when unknown, so that
  // roles declared by agents are known before actor codes are classified.
  for (const Actor& a : d.actors) {
    bool dated = std::any_of(a.codes.begin(), a.codes.end(),
                             [](const DatedCode& c) { return c.restricted(); });
    for (const auto& c : a.codes) {
      std::vector<std::string> seg;
      if (c.code == "---" || !split_code(c.code, &seg)) continue;
      declare(seg[0], "country");
      // persons.tsv takes a country + roles: the later segments of a dated code become roles.
      if (dated)
        for (size_t i = 1; i < seg.size(); ++i) declare(seg[i], "role");
    }
  }
  for (const Actor& a : d.actors) {
    const std::string where = fs::path(a.file).filename().string() + ":" + std::to_string(a.line);
    std::vector<DatedCode> codes;
    for (const auto& c : a.codes) {
      std::vector<std::string> seg;
      if (c.code == "---") {
        warn(a.file, a.line,
             std::string("null code [---]") + (c.restricted() ? " with a date restriction" : "") +
                 " for '" + a.names[0].text() +
                 "': dyad cannot mark a name as not coded; "
                 "the entry is left out for that period");
        continue;
      }
      if (!split_code(c.code, &seg)) {
        err(a.file, a.line, "actor code '" + c.code + "' is not a run of 3-letter codes: skipped");
        continue;
      }
      codes.push_back(c);
    }
    if (codes.empty()) continue;
    std::vector<std::string> texts;
    for (const auto& n : a.names)
      for (const auto& t : actor_texts(n))
        if (std::find(texts.begin(), texts.end(), t) == texts.end()) texts.push_back(t);
    if (texts.empty()) continue;
    bool dated =
        std::any_of(codes.begin(), codes.end(), [](const DatedCode& c) { return c.restricted(); });
    if (dated) {
      std::vector<DatedCode> order;
      for (const auto& c : codes)
        if (c.restricted()) order.push_back(c);
      int defaults = 0;
      for (const auto& c : codes)
        if (!c.restricted() && defaults++ == 0) order.push_back(c);
      if (defaults > 1)
        warn(a.file, a.line, "several undated codes: the first is the default, others ignored");
      std::string aliases;
      for (size_t i = 1; i < texts.size(); ++i) aliases += (aliases.empty() ? "" : "|") + texts[i];
      for (const auto& c : order) {
        std::string from = c.from.empty() ? "1900-01-01" : clamp_date(c.from);
        std::string to = clamp_date(c.to);
        if (!to.empty() && to < from) {
          err(a.file, a.line, "date range of [" + c.code + "] ends before it starts: skipped");
          continue;
        }
        // persons.tsv's key is name+code+role+from: the role names the PETRARCH entry.
        std::string key = texts[0] + "\t" + c.code + "\t" + where + "\t" + from;
        if (!person_seen.insert(key).second) {
          warn(a.file, a.line, "[" + c.code + "] from " + from + " given twice: the first is kept");
          continue;
        }
        persons.row({texts[0], aliases, c.code, "PETRARCH actor " + where, from, to,
                     c.restricted() ? "" : "default code"});
        ++rep.rows_persons;
      }
      continue;
    }
    if (codes.size() > 1)
      warn(a.file, a.line,
           "several undated codes for '" + a.names[0].text() + "': the first (" + codes[0].code +
               ") is used");
    const std::string& code = codes[0].code;
    std::vector<std::string> seg;
    split_code(code, &seg);
    bool region = seg.size() == 1 && builtin.regions.count(code);
    bool all_roles = true;
    for (size_t i = 1; i < seg.size(); ++i) all_roles = all_roles && is_role(seg[i]);
    bool country_start = !builtin.regions.count(seg[0]) && !builtin.sectors.count(seg[0]);
    for (const auto& t : texts) {
      if (region) {
        if (!region_seen.insert(t).second) continue;
        regions.row({t, code, "", where});
        ++rep.rows_countries;
      } else if (country_start && all_roles) {
        std::string kind = seg.size() == 1 ? "name" : "metonym";
        if (!country_seen.insert(code + "\t" + kind + "\t" + t).second) continue;
        countries.row({code, kind, t, where});
        ++rep.rows_countries;
      } else {
        if (!org_seen.insert(t + "\t" + code).second) continue;
        std::string kind =
            seg[0] == "IGO"                      ? "igo"
            : seg[0] == "NGO" || seg[0] == "NGM" ? "ngo"
            : seg[0] == "MNC"                    ? "company"
            : seg[0] == "IMG" || seg[0] == "REB" || seg[0] == "UAF" || seg[0] == "CRM"
                ? "armed-group"
                : "state";
        orgs.row({t, code, kind, where});
        ++rep.rows_organizations;
      }
    }
  }

  // ---- synonym sets -> word classes ----
  std::map<std::string, const Synset*> synsets;
  for (const auto& s : d.synsets) {
    if (synsets.count(s.name))
      warn(s.file, s.line, "synonym set &" + s.name + " defined again: the sets are merged");
    synsets.emplace(s.name, &s);
  }
  std::map<std::string, std::set<std::string>> class_members;  // class -> lemmas
  for (const auto& s : d.synsets) {
    auto& m = class_members[class_name(s.name)];
    std::vector<std::string> stack = {s.name};
    std::set<std::string> seen;
    while (!stack.empty()) {
      std::string n = stack.back();
      stack.pop_back();
      if (!seen.insert(n).second) continue;
      auto it = synsets.find(n);
      if (it == synsets.end()) {
        err(s.file, s.line, "synonym set &" + s.name + " names unknown set &" + n);
        continue;
      }
      for (const auto& ss : d.synsets) {
        if (ss.name != n) continue;
        for (const auto& p : ss.members) {
          // A multiword member is written with its words ("total boycott"): the coder matches
          // its last word with the others among that word's modifiers (their order unchecked).
          if (p.words.size() > 1 && n == s.name)
            warn(ss.file, ss.line,
                 "synonym '" + p.text() + "' of &" + ss.name +
                     " is matched as its last word with the others as its modifiers");
          std::string before;
          for (size_t k = 0; k + 1 < p.words.size(); ++k) before += lower(p.words[k]) + " ";
          std::string l = lower(p.words.back());
          m.insert(before + l);
          for (const auto& sg : singulars(l)) m.insert(before + sg);
        }
        for (const auto& x : ss.nested) stack.push_back(x);
      }
    }
  }

  // ---- verbs -> predicates ----
  TsvOut preds(head +
                   "# PETRARCH verb patterns: one row per verb and pattern, then the verb's "
                   "default code\n",
               "lemma\tparticle\tpos\trequires\tsource\ttarget\tcameo\tmode\texample");
  TsvOut extras(head +
                    "# PETRARCH behaviours the coder has no field for, applied after coding\n"
                    "# kind: pair (second code of [A:B], target -> source), compound (% "
                    "pattern), discard, discard-story, negate (value: code and the code it takes "
                    "when negated, from PETRARCH's internal coding ontology), prefix-agent "
                    "(value: role code and words of a [ROLE~] agent)\n",
                "kind\tline\tvalue\tnotes");
  for (const auto& [code, words] : prefix_agents)
    extras.row({"prefix-agent", "0", code + " " + words, ""});
  std::set<std::string> used_cameo;
  const std::string default_target =
      "obj|iobj|obl:with|obl:to|obl:against|obl:on|obl:for|obl:from|obl:at|obl:in|obl:into|"
      "obl:over|obl:near|obl:toward|obl:towards|obl:upon|obl:about|obl:between|obl:among|"
      "nmod:with|nmod:to|nmod:of";
  uint64_t pred_line = 0;
  {
    // header comment lines + header row
    for (char c : preds.text)
      if (c == '\n') ++pred_line;
  }
  std::set<std::string> used_classes;
  std::set<std::string> bad_code_notes;
  auto emit = [&](const std::string& lemma, const std::string& particle, const std::string& reqs,
                  const std::string& source, const std::string& target, const std::string& code,
                  const std::string& code2, bool compound, const std::string& note) {
    auto shaped = [](const std::string& c) {
      if (c.size() < 2 || c.size() > 4 || !std::isdigit(static_cast<unsigned char>(c[0])) ||
          !std::isdigit(static_cast<unsigned char>(c[1])))
        return false;
      return std::all_of(c.begin(), c.end(),
                         [](char x) { return std::isalnum(static_cast<unsigned char>(x)); });
    };
    if (!shaped(code)) {
      if (!bad_code_notes.insert(note).second) return;
      err(note, 0, "event code '" + code + "' is not a CAMEO-style code: row not imported");
      return;
    }
    std::string c2 = shaped(code2) ? code2 : "";
    if (!code2.empty() && code2 != "---" && c2.empty())
      err(note, 0, "second event code '" + code2 + "' is not a CAMEO-style code: dropped");
    used_cameo.insert(code);
    preds.row({lemma, particle, "VERB", reqs, source, target, code, "", note});
    ++pred_line;
    ++rep.rows_predicates;
    if (!c2.empty()) {
      used_cameo.insert(c2);
      extras.row({"pair", std::to_string(pred_line), c2, note});
    }
    if (compound) extras.row({"compound", std::to_string(pred_line), "", note});
  };

  for (const VerbBlock& vb : d.verbs) {
    // The rows of each pattern (independent of the verb).
    struct Row {
      std::string reqs, source, target, code, code2;
      bool compound = false;
      std::string note;
    };
    std::vector<Row> rows;
    for (const Pattern& p : vb.patterns) {
      const std::string note = fs::path(p.file).filename().string() + ":" + std::to_string(p.line);
      if (p.code == "---") {
        warn(p.file, p.line,
             "pattern with [---] (no event) cannot be expressed: dyad has no blocking rows; "
             "the verb's default code applies there");
        continue;
      }
      Row r;
      r.code = p.code;
      r.code2 = p.code2 == "---" ? "" : p.code2;
      std::vector<std::string> req;
      std::string src_role, tgt_role;
      bool approx = false;
      auto simple_req = [&](const PatternItem& it, const std::string& role) -> std::string {
        if (it.kind == PatternItem::Kind::word) return role + "=" + lemma_alts(it.text);
        if (it.kind == PatternItem::Kind::synset) {
          if (!synsets.count(it.text)) {
            err(p.file, p.line, "unknown synonym set &" + it.text + ": pattern skipped");
            r.code.clear();
            return "";
          }
          used_classes.insert(class_name(it.text));
          return role + "=" + class_name(it.text);
        }
        return "";
      };
      // A word sequence as one constraint value: ~w1+w2+...+head, each element a word (with
      // its singulars after /) or a word class. The coder (PETRARCH mode) checks the words
      // right before the role's word, in order ("new economic relations").
      auto seq_elem = [&](const PatternItem& x) -> std::string {
        if (x.kind == PatternItem::Kind::word) {
          std::string w = lower(x.text), e = w;
          if (e.find_first_of("+/|=~ ") != std::string::npos) return "";
          for (const auto& sg : singulars(w)) e += "/" + sg;
          return e;
        }
        if (x.kind == PatternItem::Kind::synset && synsets.count(x.text)) {
          used_classes.insert(class_name(x.text));
          return class_name(x.text);
        }
        return "";
      };
      auto seq_of = [&](const std::vector<PatternItem>& items) -> std::string {
        std::string q;
        for (const auto& x : items) {
          // articles are skipped in the text, so not part of the sequence ({A MESSAGE})
          if (x.kind == PatternItem::Kind::word &&
              (lower(x.text) == "a" || lower(x.text) == "an" || lower(x.text) == "the"))
            continue;
          std::string e = seq_elem(x);
          if (e.empty()) return "";
          q += (q.empty() ? "" : "+") + e;
        }
        return q;
      };
      auto word_req = [&](const PatternItem& it, const std::string& role) -> std::string {
        if (it.kind != PatternItem::Kind::phrase) return simple_req(it, role);
        // {DIPLOMATIC TIES}: the words in sequence, the last in the role
        if (it.inside.size() > 1) {
          std::string q = seq_of(it.inside);
          if (!q.empty()) return role + "=~" + q;
        }
        // else the head (last word) in the role, each modifier a word of the phrase
        const PatternItem* head = nullptr;
        for (const auto& x : it.inside)
          if (x.kind == PatternItem::Kind::word || x.kind == PatternItem::Kind::synset) head = &x;
        if (!head) return "";
        if (it.inside.size() > 1) approx = true;
        std::string q = simple_req(*head, role);
        for (const auto& x : it.inside) {
          if (&x == head || q.empty()) continue;
          if (x.kind == PatternItem::Kind::word && is_function_word(lower(x.text))) continue;
          if (x.kind != PatternItem::Kind::word && x.kind != PatternItem::Kind::synset) continue;
          std::string m = simple_req(x, "any");
          if (!m.empty()) q += " " + m;
        }
        return q;
      };
      // (PREP ...): a PP of the verb with that preposition, its head word checked; $ or +
      // inside make its object the source or target.
      auto prep_req = [&](const PatternItem& it) {
        if (it.inside.empty() || it.inside[0].kind != PatternItem::Kind::word) {
          err(p.file, p.line, "(...) without a preposition: pattern skipped");
          r.code.clear();
          return;
        }
        std::string prep = lower(it.inside[0].text);
        std::string role = "obl:" + prep + "|nmod:" + prep;
        const PatternItem* head = nullptr;
        for (size_t k = 1; k < it.inside.size(); ++k) {
          const auto& x = it.inside[k];
          if (x.kind == PatternItem::Kind::source)
            src_role = "obl:" + prep;
          else if (x.kind == PatternItem::Kind::target)
            tgt_role = "obl:" + prep;
          else if (x.kind == PatternItem::Kind::word || x.kind == PatternItem::Kind::synset ||
                   x.kind == PatternItem::Kind::phrase)
            head = head ? head : &x;
          else if (x.kind == PatternItem::Kind::prep)
            approx = true;
        }
        if (it.inside.size() > 2) approx = true;
        if (prep.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
          err(p.file, p.line, "preposition '" + prep + "' cannot be named: pattern skipped");
          r.code.clear();
          return;
        }
        if (head) {
          // (FOR ASYLUM): the preposition and the words right after it
          std::vector<PatternItem> items = {it.inside[0]};
          if (head->kind == PatternItem::Kind::phrase)
            items.insert(items.end(), head->inside.begin(), head->inside.end());
          else
            items.push_back(*head);
          std::string sq = seq_of(items);
          std::string q = sq.empty() ? word_req(*head, role) : role + "=~" + sq;
          if (!q.empty()) req.push_back(q);
        } else {
          req.push_back(role + "=*");
        }
      };
      for (const auto& it : p.pre) {
        switch (it.kind) {
          case PatternItem::Kind::source:
            src_role = "subj";
            break;
          case PatternItem::Kind::target:
            tgt_role = "subj";
            break;
          case PatternItem::Kind::compound:
            r.compound = true;
            break;
          case PatternItem::Kind::skip:
            break;
          case PatternItem::Kind::prep: {
            prep_req(it);  // before the verb: checked as any PP of the verb
            approx = true;
            break;
          }
          default: {
            if (it.kind == PatternItem::Kind::word && is_function_word(lower(it.text))) break;
            std::string q = word_req(it, "any");
            if (!q.empty()) req.push_back(q);
            approx = true;  // words before the verb: any dependent, not their position
          }
        }
      }
      bool after_object = false;
      std::string bare_prep;  // the preposition word right before (ABOUT +)
      bool after_pp = false;  // (IN ^) +: the target follows a PP, so it is no direct object
      for (const auto& it : p.post) {
        std::string prev_prep = bare_prep;
        bare_prep.clear();
        const bool prev_pp = after_pp;
        after_pp = it.kind == PatternItem::Kind::prep;
        switch (it.kind) {
          case PatternItem::Kind::source:
            src_role = !prev_prep.empty() ? "obl:" + prev_prep + "|nmod:" + prev_prep
                       : after_object     ? "obl:from|iobj|obj"
                                          : "obj|iobj";
            break;
          case PatternItem::Kind::target:
            tgt_role = !prev_prep.empty() ? "obl:" + prev_prep + "|nmod:" + prev_prep
                       : prev_pp          ? "iobj|obl:to|obl:with"
                       : after_object     ? "iobj|obl:to|obl:with|obj"
                                          : "obj|iobj";
            break;
          case PatternItem::Kind::compound:
            r.compound = true;
            break;
          case PatternItem::Kind::skip:
            approx = true;
            bare_prep = prev_prep;  // ABOUT ^ +
            break;
          case PatternItem::Kind::prep: {
            prep_req(it);
            after_object = true;
            break;
          }
          default: {
            if (it.kind == PatternItem::Kind::word) {
              std::string l = lower(it.text);
              if (is_function_word(l)) break;
              if (is_preposition(l)) {
                req.push_back("obl:" + l + "|nmod:" + l + "=*");
                bare_prep = l;
                after_object = true;
                break;
              }
            }
            std::string q = word_req(it, "any");
            if (!q.empty()) req.push_back(q);
            after_object = true;
          }
        }
      }
      if (r.code.empty()) continue;
      r.source = src_role.empty() ? (tgt_role == "subj" ? "obj|obl:by" : "subj") : src_role;
      r.target = tgt_role.empty()
                     ? (src_role == "subj" || src_role.empty() ? default_target : "subj")
                     : tgt_role;
      for (const auto& q : req) r.reqs += (r.reqs.empty() ? "" : " ") + q;
      r.note = note;
      if (r.reqs.empty() && !r.compound && src_role.empty() && tgt_role.empty() &&
          !(p.pre.empty() && p.post.empty())) {
        // nothing left to check: the row would always win over the verb's default
        warn(p.file, p.line, "pattern has nothing dyad can check: skipped");
        continue;
      }
      if (approx)
        warn(p.file, p.line,
             "pattern imported approximately (the order of the words around the verb and the "
             "place of words before it are not checked)");
      rows.push_back(std::move(r));
    }
    // PETRARCH prefers the longest pattern that matches; dyad takes the first row that
    // holds, so the rows with more words to check come first (in file order otherwise).
    // A compound (%) pattern asks for a coordinated subject too: it goes before the same
    // words without it (the coordination itself is checked after coding).
    auto checks = [](const Row& r) {
      long n = r.reqs.empty() ? 0
                              : 1 + std::count(r.reqs.begin(), r.reqs.end(), ' ') +
                                    std::count(r.reqs.begin(), r.reqs.end(), '+');
      return 2 * n + (r.compound ? 1 : 0);
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const Row& a, const Row& b) { return checks(a) > checks(b); });
    for (const Verb& v : vb.verbs) {
      std::string lemma = lower(v.words[v.main]);
      std::string particle;
      std::string vreq;
      for (size_t k = 0; k < v.words.size(); ++k) {
        if (static_cast<int>(k) == v.main) continue;
        const std::string& w = v.words[k];
        if (static_cast<int>(k) == v.main + 1 && is_particle(w) && particle.empty()) {
          particle = lower(w);
          lemma += " " + particle;
        } else if (static_cast<int>(k) > v.main && k == static_cast<size_t>(v.main) + 1) {
          // GO_THROUGH, CALL_FOR: a preposition after the verb
          vreq += (vreq.empty() ? "" : " ") + ("obl:" + lower(w) + "|any=" + lemma_alts(w));
        } else {
          vreq += (vreq.empty() ? "" : " ") + ("any=" + lemma_alts(w));
        }
      }
      if (lemma.find_first_not_of("abcdefghijklmnopqrstuvwxyz- ") != std::string::npos) {
        err(vb.file, v.line, "verb '" + lemma + "' is not a word: skipped");
        continue;
      }
      // obl:X|any=... is not a valid role list for an alternative of two roles with values; use
      // the obl role alone.
      std::string fixed;
      {
        std::string cur;
        for (char c : vreq + " ") {
          if (c == ' ') {
            if (cur.empty()) continue;
            size_t bar = cur.find("|any=");
            if (cur.starts_with("obl:") && bar != std::string::npos)
              cur = cur.substr(0, bar) + "=*";
            fixed += (fixed.empty() ? "" : " ") + cur;
            cur.clear();
          } else {
            cur += c;
          }
        }
      }
      vreq = fixed;
      for (const Row& r : rows) {
        std::string req = vreq.empty() ? r.reqs : (r.reqs.empty() ? vreq : vreq + " " + r.reqs);
        emit(lemma, particle, req, r.source, r.target, r.code, r.code2, r.compound, r.note);
      }
      std::string code = vb.code, code2 = vb.code2;
      if (!v.code.empty()) {
        size_t c = v.code.find(':');
        code = v.code.substr(0, c);
        code2 = c == std::string::npos ? "" : v.code.substr(c + 1);
      }
      if (code != "---")
        emit(lemma, particle, vreq, "subj", default_target, code, code2 == "---" ? "" : code2,
             false, fs::path(vb.file).filename().string() + ":" + std::to_string(v.line));
    }
  }

  TsvOut classes(head, "class\tlemma");
  for (const auto& [c, members] : class_members) {
    if (!used_classes.count(c)) continue;
    for (const auto& m : members) {
      if (m.empty()) continue;
      classes.row({c, m});
      ++rep.rows_classes;
    }
  }
  // An empty class still needs a row for predicates that name it.
  for (const auto& c : used_classes)
    if (!class_members.count(c) || class_members[c].empty()) {
      classes.row({c, "-"});
      ++rep.rows_classes;
    }

  for (const auto& dsc : d.discards) {
    std::string t;
    for (const auto& w : dsc.phrase.words) t += (t.empty() ? "" : " ") + lower(w);
    extras.row({dsc.story ? "discard-story" : "discard", "0", t,
                fs::path(dsc.file).filename().string() + ":" + std::to_string(dsc.line)});
  }

  // PETRARCH's internal coding ontology (PICO), when the input folders hold one: the code a
  // negated verb takes ("will not clash" -> 050).
  {
    std::vector<std::string> dirs;
    for (const auto& in : inputs)
      dirs.push_back(fs::is_directory(in, ec) ? in : fs::path(in).parent_path().string());
    for (const auto& f : opts.files) dirs.push_back(fs::path(f).parent_path().string());
    std::vector<std::string> picos;
    for (const auto& dir : dirs) {
      if (dir.empty() || !fs::is_directory(dir, ec)) continue;
      for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && is_pico_file(e.path().filename().string()))
          picos.push_back(e.path().string());
    }
    std::sort(picos.begin(), picos.end());
    picos.erase(std::unique(picos.begin(), picos.end()), picos.end());
    if (!picos.empty()) {
      auto text = read_file_text(picos[0]);
      if (!text.ok()) return text.status();
      std::set<std::string> coded = used_cameo;
      for (const auto& [code, neg] : pico_negations(*text)) {
        if (!coded.count(code)) continue;  // only the codes the verbs use
        used_cameo.insert(neg);
        extras.row({"negate", "0", code + " " + neg, fs::path(picos[0]).filename().string()});
      }
      rep.files.push_back(picos[0]);
    }
  }

  TsvOut issues(head + "# PETRARCH issue phrases; not used by the coder\n",
                "text\tcode\tcategory\tnegative");
  for (const auto& is : d.issues)
    issues.row({is.text, is.code, is.category, is.negative ? "yes" : ""});

  // ---- event codes outside the built-in ontology ----
  auto onto = Ontology::load(ontology_dir());
  if (!onto.ok()) return onto.status();
  std::vector<std::string> new_cameo;
  for (const auto& c : used_cameo)
    if (!(*onto)->cameo(c)) new_cameo.push_back(c);
  if (!new_cameo.empty()) {
    const fs::path od = fs::path(out_dir) / "ontology";
    fs::create_directories(od, ec);
    auto cam = read_file_text(ontology_dir() + "/cameo.tsv");
    auto plo = read_file_text(ontology_dir() + "/plover.tsv");
    if (!cam.ok()) return cam.status();
    if (!plo.ok()) return plo.status();
    std::string text = *cam;
    if (!text.empty() && text.back() != '\n') text += '\n';
    for (const auto& c : new_cameo) {
      bool ok = c.size() >= 3 && c.size() <= 4 && std::isdigit(static_cast<unsigned char>(c[0])) &&
                std::isdigit(static_cast<unsigned char>(c[1]));
      if (!ok) {
        err("", 0, "event code '" + c + "' is not CAMEO-shaped: its rows will not load");
        continue;
      }
      const CameoCode* root = (*onto)->cameo(c.substr(0, 2));
      text += c + "\t" + c.substr(0, 2) + "\tPETRARCH dictionary code (not in CAMEO 1.1b3)\t0.0\t" +
              std::to_string(root ? root->quad_class : 1) + "\t\t\t\tpetrarch import\n";
      ++rep.extra_cameo;
      warn("", 0,
           "event code " + c + " is not in CAMEO 1.1b3: declared in " +
               (od / "cameo.tsv").string() + " without a PLOVER type");
    }
    if (Status st = write_file(od / "cameo.tsv", text); !st.ok()) return st;
    if (Status st = write_file(od / "plover.tsv", *plo); !st.ok()) return st;
  }

  TsvOut codes(head + "# codes the imported dictionaries use beyond ISO 3166-1 and CAMEO\n",
               "code\tkind\tnotes");
  for (const auto& [c, kinds] : extra)
    for (const auto& k : kinds) {
      codes.row({c, k, "PETRARCH"});
      ++rep.extra_codes;
    }

  std::string cues_path =
      (opts.cues_from.empty() ? lang_dir(opts.lang) : opts.cues_from) + "/cues.tsv";
  auto cues = read_file_text(cues_path);
  if (!cues.ok()) return cues.status();

  const std::vector<std::pair<std::string, const std::string*>> files = {
      {"countries.tsv", &countries.text},
      {"regions.tsv", &regions.text},
      {"organizations.tsv", &orgs.text},
      {"agents.tsv", &agents.text},
      {"persons.tsv", &persons.text},
      {"codes.tsv", &codes.text},
      {"predicates.tsv", &preds.text},
      {"wordclasses.tsv", &classes.text},
      {"cues.tsv", &*cues},
      {"petrarch.tsv", &extras.text},
      {"issues.tsv", &issues.text}};
  for (const auto& [name, text] : files)
    if (Status st = write_file(dir / name, *text); !st.ok()) return st;

  std::string report = rep.summary() + "\n\n";
  for (const auto& p : rep.problems) report += p.to_string() + "\n";
  if (Status st = write_file(fs::path(out_dir) / "import-report.txt", report); !st.ok()) return st;
  return rep;
}

// ---- PetrarchExtras ----

Result<std::shared_ptr<const PetrarchExtras>> PetrarchExtras::load(const std::string& lang_dir) {
  auto x = std::make_shared<PetrarchExtras>();
  const std::string path = lang_dir + "/petrarch.tsv";
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::shared_ptr<const PetrarchExtras>(x);
  x->found_ = true;
  auto t = read_tsv(path);
  if (!t.ok()) return t.status();
  int ck = t->column("kind"), cl = t->column("line"), cv = t->column("value");
  if (ck < 0 || cl < 0 || cv < 0)
    return Status(Errc::data, "petrarch.tsv needs columns kind line value", {path});
  for (const auto& row : t->rows) {
    const std::string& k = t->cell(row, ck);
    uint64_t line = std::strtoull(t->cell(row, cl).c_str(), nullptr, 10);
    const std::string& v = t->cell(row, cv);
    if (k == "pair") {
      x->pairs_[line] = v;
    } else if (k == "compound") {
      x->compound_[line] = true;
    } else if (k == "prefix-agent") {
      size_t sp = v.find(' ');
      if (sp == std::string::npos || sp == 0 || sp + 1 >= v.size())
        return Status(Errc::data, "prefix-agent needs 'ROLE words'", {path, row.line});
      x->prefix_agents_[v.substr(sp + 1)] = v.substr(0, sp);
    } else if (k == "negate") {
      size_t sp = v.find(' ');
      if (sp == std::string::npos || sp == 0 || sp + 1 >= v.size())
        return Status(Errc::data, "negate needs 'CODE NEGATED'", {path, row.line});
      x->negations_[v.substr(0, sp)] = v.substr(sp + 1);
    } else if (k == "discard" || k == "discard-story") {
      Disc dsc;
      std::string cur;
      for (char c : v + " ") {
        if (c == ' ') {
          if (!cur.empty()) dsc.words.push_back(cur);
          cur.clear();
        } else {
          cur += c;
        }
      }
      dsc.story = k == "discard-story";
      if (!dsc.words.empty()) x->discards_.push_back(std::move(dsc));
    } else {
      return Status(Errc::data, "unknown kind '" + k + "'", {path, row.line});
    }
  }
  return std::shared_ptr<const PetrarchExtras>(x);
}

namespace {
uint64_t predicate_line(const Event& e) {
  size_t p = e.why.find("predicates.tsv:");
  if (p == std::string::npos) return 0;
  return std::strtoull(e.why.c_str() + p + 15, nullptr, 10);
}
}  // namespace

namespace {
// PETRARCH codes a noun phrase as its actor followed by its agents: "Bree Prime Minister
// Romendacil" = BRE + GOV. The phrase here: the mentions next to each other (no token between)
// around the event's mention. An agent with no actor in its phrase is no actor ("a senior
// official said"): its code is cleared, so the event counts as having no such participant.
// The first mention of the sentence of mention `m`.
size_t lo0(const std::vector<Mention>& ms, size_t m) {
  while (m > 0 && ms[m - 1].sentence == ms[m].sentence) --m;
  return m;
}

void join_agents(const Doc& doc, EventActor& side,
                 const std::unordered_map<std::string, std::string>& prefix_agents) {
  if (side.mention < 0 || static_cast<size_t>(side.mention) >= doc.mentions.size()) return;
  const auto& ms = doc.mentions;
  // an agent with no actor of its own: no country (a bare agent), or one guessed from the
  // context ("President ... in Gondor"), which an actor of its phrase overrides
  auto bare = [](const Mention& m) {
    return m.kind == "agent" && !m.role.empty() && m.country.empty() && m.code == m.role;
  };
  auto joinable = [&](const Mention& m) {
    return bare(m) || (m.kind == "agent" && !m.role.empty() && m.via.starts_with("context:"));
  };
  const size_t own = static_cast<size_t>(side.mention);
  size_t lo = own, hi = own;
  while (lo > 0 && ms[lo - 1].sentence == ms[lo].sentence && ms[lo - 1].last == ms[lo].first) --lo;
  while (hi + 1 < ms.size() && ms[hi + 1].sentence == ms[hi].sentence &&
         ms[hi].last == ms[hi + 1].first)
    ++hi;
  // [ROLE~] agents of the phrase (MSF Arnor: NGO + ARN), a mention or the word before it
  auto prefix_of = [&](const std::string& text) -> std::string {
    auto it = prefix_agents.find(lower(text));
    return it == prefix_agents.end() ? "" : it->second;
  };
  // the actor of the phrase: the event's own mention unless it is an agent to join, else the
  // nearest actor of the phrase
  int64_t actor = joinable(ms[own]) ? -1 : static_cast<int64_t>(own);
  for (size_t d = 1; actor < 0 && d <= hi - lo; ++d) {
    auto usable = [&](size_t m) {
      return !joinable(ms[m]) && !ms[m].code.empty() && prefix_of(ms[m].text).empty();
    };
    if (own + d <= hi && usable(own + d))
      actor = static_cast<int64_t>(own + d);
    else if (own >= lo + d && usable(own - d))
      actor = static_cast<int64_t>(own - d);
  }
  std::string prefix;
  for (size_t m = lo; m <= hi && prefix.empty(); ++m)
    if (static_cast<int64_t>(m) != actor) prefix = prefix_of(ms[m].text);
  if (prefix.empty() && ms[lo].first > 0 &&
      ms[lo].first - 1 >= doc.sentences[ms[lo].sentence].first)
    prefix = prefix_of(doc.tokens[ms[lo].first - 1].form);
  if (actor < 0 && ms[own].kind == "agent" && ms[own].sentence < doc.sentences.size()) {
    // an agent coordinated with another agent takes what stands before that one: "the
    // Danish Islamist media and government" -> DNK MUS + GOV
    const TokenData& ht = doc.tokens[ms[own].head];
    const int64_t parent =
        ht.deprel.starts_with("conj") && ht.head > 0
            ? static_cast<int64_t>(doc.sentences[ms[own].sentence].first) + ht.head - 1
            : -1;
    for (size_t n = lo0(ms, own); parent >= 0 && n < own; ++n) {
      if (static_cast<int64_t>(ms[n].head) != parent || ms[n].kind != "agent") continue;
      size_t a = n;
      while (a > 0 && ms[a - 1].sentence == ms[a].sentence && ms[a - 1].last == ms[a].first) --a;
      std::string code, roles;
      for (size_t k = a; k < n; ++k) {
        if (!joinable(ms[k]) && !ms[k].code.empty() && code.empty())
          code = ms[k].code;
        else if (joinable(ms[k]))
          roles += ms[k].role;
      }
      if (!code.empty()) {
        side.code = code + roles + ms[own].role;
        return;
      }
    }
  }
  if (actor < 0) {
    if (bare(ms[own]) && side.code == ms[own].code) side.code.clear();
    return;
  }
  std::string code = ms[actor].code, roles;
  for (size_t m = lo; m <= hi; ++m) {
    if (static_cast<int64_t>(m) == actor || !joinable(ms[m])) continue;
    const std::string& r = ms[m].role;
    if (code.size() >= r.size() && code.compare(code.size() - r.size(), r.size(), r) == 0)
      continue;  // already there
    code += r;
    roles += r;
  }
  if (!prefix.empty() && prefix_of(ms[actor].text).empty() && !code.starts_with(prefix)) {
    code = prefix + code;
    roles += prefix;
  }
  if (!roles.empty() || joinable(ms[own])) side.code = code;
}

// The codes of an agent whose country came from its PP ("Lawmakers in Arnor", ARNLEG) for the
// countries coordinated with that one ("... and Gondor": GONLEG).
std::vector<std::string> agent_conjuncts(const Doc& doc, const EventActor& side) {
  std::vector<std::string> out;
  if (side.mention < 0 || static_cast<size_t>(side.mention) >= doc.mentions.size()) return out;
  const Mention& m = doc.mentions[side.mention];
  if (m.kind != "agent" || !(m.via.starts_with("agent+nmod") || m.via.starts_with("context:in")) ||
      m.country.empty() || !side.code.starts_with(m.country) || m.sentence >= doc.sentences.size())
    return out;
  const std::string suffix = side.code.substr(m.country.size());
  const uint32_t first = doc.sentences[m.sentence].first;
  auto head_of = [&](uint32_t t) -> int64_t {
    int32_t h = doc.tokens[t].head;
    return h > 0 ? static_cast<int64_t>(first) + h - 1 : -1;
  };
  // the country mention the agent took its country from: the nearest one after it
  const Mention* c = nullptr;
  for (const Mention& x : doc.mentions)
    if (x.sentence == m.sentence && x.first >= m.last && x.kind != "agent" &&
        x.country == m.country) {
      c = &x;
      break;
    }
  if (!c) return out;
  for (const Mention& x : doc.mentions) {
    if (&x == c || x.sentence != m.sentence || x.country.empty() || x.country == m.country ||
        x.kind == "agent")
      continue;
    const std::string& rel = doc.tokens[x.head].deprel;
    if (rel.substr(0, rel.find(':')) == "conj" && head_of(x.head) == c->head)
      out.push_back(x.country + suffix);
  }
  return out;
}
}  // namespace

void PetrarchExtras::apply(Doc& doc) const {
  if (empty() || doc.events.empty()) return;
  // Discards: a phrase matched on lowercased token forms, as whole words.
  if (!discards_.empty()) {
    std::vector<bool> drop(doc.sentences.size(), false);
    bool story = false;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const auto& sd = doc.sentences[s];
      std::vector<std::string> forms;
      for (uint32_t t = sd.first; t < sd.last; ++t) forms.push_back(lower(doc.tokens[t].form));
      for (const auto& dsc : discards_) {
        for (size_t i = 0; i + dsc.words.size() <= forms.size(); ++i) {
          bool ok = true;
          for (size_t k = 0; k < dsc.words.size() && ok; ++k) ok = forms[i + k] == dsc.words[k];
          if (ok) {
            drop[s] = true;
            story = story || dsc.story;
            break;
          }
        }
      }
    }
    std::erase_if(doc.events, [&](const Event& e) {
      return story || (e.sentence < drop.size() && drop[e.sentence]);
    });
  }
  // Negation: the code PETRARCH's internal coding ontology gives the negated verb.
  for (Event& e : doc.events) {
    if (!e.negated) continue;
    auto it = negations_.find(e.cameo);
    if (it == negations_.end()) continue;
    e.why += "; PETRARCH negation: " + e.cameo + " -> " + it->second;
    e.cameo = it->second;
    e.root = e.cameo.substr(0, 2);
    e.negated = false;
  }
  if (found_) {
    for (Event& e : doc.events) {
      join_agents(doc, e.source, prefix_agents_);
      join_agents(doc, e.target, prefix_agents_);
    }
    // "Lawmakers in Arnor and Gondor": the agent of each coordinated country.
    std::vector<Event> more;
    for (const Event& e : doc.events)
      for (bool src : {true, false})
        for (std::string& code : agent_conjuncts(doc, src ? e.source : e.target)) {
          Event c = e;
          (src ? c.source : c.target).code = std::move(code);
          c.why += "; PETRARCH: agent of a coordinated country";
          more.push_back(std::move(c));
        }
    for (auto& c : more) doc.events.push_back(std::move(c));
  }
  std::vector<Event> added;
  // Compound patterns: coordinated sources act on each other (a target named there is not
  // used: PETRARCH codes the compound as both source and target).
  if (!compound_.empty()) {
    std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> groups;  // trigger -> events
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      if (compound_.count(predicate_line(e)) && !e.source.code.empty())
        groups[{e.sentence, e.trigger_start}].push_back(i);
    }
    std::vector<bool> remove(doc.events.size(), false);
    for (const auto& [k, idx] : groups) {
      if (idx.size() < 2) continue;
      for (size_t a : idx) {
        remove[a] = true;
        for (size_t b : idx) {
          if (a == b || doc.events[a].source.code == doc.events[b].source.code) continue;
          Event e = doc.events[a];
          e.target = doc.events[b].source;
          e.why += "; PETRARCH compound (%): coordinated actors act on each other";
          added.push_back(std::move(e));
        }
      }
    }
    std::vector<Event> kept;
    for (size_t i = 0; i < doc.events.size(); ++i)
      if (!remove[i]) kept.push_back(std::move(doc.events[i]));
    doc.events = std::move(kept);
  }
  for (auto& e : added) doc.events.push_back(std::move(e));
  // Paired codes: [A:B] adds B from the target to the source.
  if (!pairs_.empty()) {
    size_t n = doc.events.size();
    for (size_t i = 0; i < n; ++i) {
      auto it = pairs_.find(predicate_line(doc.events[i]));
      if (it == pairs_.end()) continue;
      const Event& e = doc.events[i];
      if (!e.target.stated() || e.target.code.empty()) continue;
      Event r = e;
      std::swap(r.source, r.target);
      r.cameo = it->second;
      r.root = r.cameo.substr(0, 2);
      r.why += "; PETRARCH paired code: " + e.cameo + ":" + it->second;
      doc.events.push_back(std::move(r));
    }
  }
  std::stable_sort(doc.events.begin(), doc.events.end(),
                   [](const Event& a, const Event& b) { return a.sentence < b.sentence; });
}

}  // namespace dyad::lexicon::petrarch
