#include "lexicon/predicates.h"

#include <algorithm>

#include "lexicon/tsv.h"

namespace dyad::lexicon {
namespace {

bool is_upper_class(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || c == '_')) return false;
  return true;
}

}  // namespace

const std::vector<std::string>& cue_kinds() {
  static const std::vector<std::string> k = {"negation",    "future",  "alleged",      "reported",
                                             "attribution", "speech",  "hypothetical", "denial",
                                             "light",       "deontic", "purpose",      "receive",
                                             "condition",   "failure", "naming",       "helping"};
  return k;
}

std::string RoleSpec::to_string() const {
  switch (rel) {
    case Rel::subj:
      return "subj";
    case Rel::obj:
      return "obj";
    case Rel::iobj:
      return "iobj";
    case Rel::pp:
      return "pp:" + prep;
    case Rel::poss:
      return "poss";
    case Rel::amod:
      return "amod";
    case Rel::compound:
      return "compound";
    case Rel::cond:
      return "cond";
    case Rel::any:
      return "any";
  }
  return "?";
}

bool parse_role(std::string_view s, RoleSpec& out) {
  out = RoleSpec{};
  if (s == "subj" || s == "nsubj" || s == "obl:agent") {
    out.rel = RoleSpec::Rel::subj;
  } else if (s == "obj" || s == "nsubj:pass") {
    out.rel = RoleSpec::Rel::obj;
  } else if (s == "iobj") {
    out.rel = RoleSpec::Rel::iobj;
  } else if (s == "poss") {
    out.rel = RoleSpec::Rel::poss;
  } else if (s == "amod") {
    out.rel = RoleSpec::Rel::amod;
  } else if (s == "compound") {
    out.rel = RoleSpec::Rel::compound;
  } else if (s == "cond") {
    out.rel = RoleSpec::Rel::cond;
  } else if (s == "any") {
    out.rel = RoleSpec::Rel::any;
  } else if (s.starts_with("obl:") || s.starts_with("nmod:") || s.starts_with("pp:")) {
    out.rel = RoleSpec::Rel::pp;
    out.prep = std::string(s.substr(s.find(':') + 1));
    for (char& c : out.prep)
      if (c == '_') c = ' ';
    if (out.prep.empty()) return false;
  } else {
    return false;
  }
  return true;
}

Result<EventLexicon> load_event_lexicon(const std::string& lang_dir,
                                        const std::function<bool(std::string_view)>& valid_cameo,
                                        std::vector<Problem>* problems) {
  EventLexicon lex;
  auto fail = [&](const std::string& file, uint64_t line, const std::string& msg) -> Status {
    if (problems) {
      problems->push_back({Problem::Severity::error, file, line, msg});
      return Status::Ok();
    }
    return Status(Errc::data, msg, {file, line});
  };

  // wordclasses.tsv
  {
    auto t = read_tsv(lang_dir + "/wordclasses.tsv", problems);
    if (!t.ok()) return t.status();
    int cc = t->column("class"), cl = t->column("lemma");
    if (cc < 0 || cl < 0) return Status(Errc::data, "needs columns class, lemma", {t->path});
    for (const auto& row : t->rows) {
      const std::string& c = t->cell(row, cc);
      const std::string& l = t->cell(row, cl);
      if (!is_upper_class(c) || l.empty()) {
        if (Status st = fail(t->path, row.line, "class must be UPPERCASE and lemma non-empty");
            !st.ok())
          return st;
        continue;
      }
      lex.word_classes.emplace_back(c, l);
    }
  }
  // cues.tsv
  {
    auto t = read_tsv(lang_dir + "/cues.tsv", problems);
    if (!t.ok()) return t.status();
    int cl = t->column("lemma"), ck = t->column("kind"), cf = t->column("feats");
    if (cl < 0 || ck < 0) return Status(Errc::data, "needs columns lemma, kind", {t->path});
    for (const auto& row : t->rows) {
      CueEntry c{t->cell(row, cl), t->cell(row, ck), t->cell(row, cf)};
      const auto& kinds = cue_kinds();
      if (c.lemma.empty() || std::find(kinds.begin(), kinds.end(), c.kind) == kinds.end()) {
        if (Status st = fail(t->path, row.line, "unknown cue kind '" + c.kind + "'"); !st.ok())
          return st;
        continue;
      }
      lex.cues.push_back(std::move(c));
    }
  }
  // predicates.tsv
  {
    auto t = read_tsv(lang_dir + "/predicates.tsv", problems);
    if (!t.ok()) return t.status();
    int c_lemma = t->column("lemma"), c_part = t->column("particle"), c_pos = t->column("pos"),
        c_req = t->column("requires"), c_src = t->column("source"), c_tgt = t->column("target"),
        c_cameo = t->column("cameo"), c_mode = t->column("mode"), c_ex = t->column("example");
    if (std::min({c_lemma, c_part, c_pos, c_req, c_src, c_tgt, c_cameo}) < 0)
      return Status(Errc::data,
                    "needs columns lemma particle pos requires source target cameo (mode example)",
                    {t->path});
    for (const auto& row : t->rows) {
      PredicateEntry p;
      p.line = row.line;
      p.lemma = t->cell(row, c_lemma);
      p.particle = t->cell(row, c_part);
      const std::string& pos = t->cell(row, c_pos);
      p.cameo = t->cell(row, c_cameo);
      p.mode = t->cell(row, c_mode);
      p.example = t->cell(row, c_ex);
      std::string err;
      if (p.lemma.empty()) err = "empty lemma";
      if (pos == "NOUN")
        p.noun = true;
      else if (pos != "VERB")
        err = "pos must be VERB or NOUN, not '" + pos + "'";
      // "---": a blocking row (PETRARCH's [---]): the pattern is recognized and codes nothing
      if (err.empty() && valid_cameo && p.cameo != "---" && !valid_cameo(p.cameo))
        err = "unknown CAMEO code '" + p.cameo + "'";
      // A multiword lemma ("in beslag nemen", "excuses aanbieden"): the last word is looked up,
      // the others must be dependents of it.
      auto words = split_nonempty(p.lemma, ' ');
      p.key = p.lemma;
      if (words.size() > 1 && err.empty()) {
        bool english_particle = !p.particle.empty() && words.back() == p.particle;
        if (english_particle) {
          p.key = p.lemma;  // "crack down": the coder joins verb + particle
        } else {
          p.key = words.back();
          for (size_t i = 0; i + 1 < words.size(); ++i) {
            if (words[i] == "in" || words[i] == "op" || words[i] == "aan" || words[i] == "de" ||
                words[i] == "het" || words[i] == "een")
              continue;  // prepositions and articles of the phrase are not checked
            Constraint c;
            c.roles.push_back(RoleSpec{RoleSpec::Rel::any, ""});
            c.lemmas.push_back(words[i]);
            p.constraints.push_back(std::move(c));
          }
        }
      }
      if (err.empty() && !p.particle.empty() && p.lemma.find(p.particle) == std::string::npos)
        err = "particle '" + p.particle + "' is not part of lemma '" + p.lemma + "'";
      for (const std::string& item : split_nonempty(t->cell(row, c_req), ' ')) {
        if (!err.empty()) break;
        size_t eq = item.find('=');
        if (eq == std::string::npos) {
          err = "constraint '" + item + "' needs role=CLASS, role=~lemma or role=*";
          break;
        }
        Constraint c;
        for (const std::string& r : split_nonempty(item.substr(0, eq), '|')) {
          RoleSpec rs;
          if (!parse_role(r, rs)) err = "unknown role '" + r + "'";
          c.roles.push_back(rs);
        }
        std::string val = item.substr(eq + 1);
        if (val == "*") {
          c.anything = true;
        } else {
          for (const std::string& alt : split_nonempty(val, '|')) {
            if (alt.size() >= 2 && alt[0] == '~') {
              c.lemmas.push_back(alt.substr(1));
            } else if (is_upper_class(alt)) {
              bool known = false;
              for (const auto& wc : lex.word_classes) known = known || wc.first == alt;
              if (!known) err = "unknown word class '" + alt + "'";
              c.classes.push_back(alt);
            } else {
              err = "bad constraint alternative '" + alt + "' (CLASS, ~lemma or *)";
            }
          }
          if (c.lemmas.empty() && c.classes.empty() && err.empty())
            err = "empty constraint value in '" + item + "'";
        }
        p.constraints.push_back(std::move(c));
      }
      for (auto [col, dest] : {std::pair{c_src, &p.source}, std::pair{c_tgt, &p.target}}) {
        const std::string& v = t->cell(row, col);
        if (v == "-" || v.empty()) continue;
        for (const std::string& r : split_nonempty(v, '|')) {
          RoleSpec rs;
          if (!parse_role(r, rs) || rs.rel == RoleSpec::Rel::any) err = "unknown role '" + r + "'";
          dest->push_back(rs);
        }
      }
      if (!err.empty()) {
        if (Status st = fail(t->path, row.line, err); !st.ok()) return st;
        continue;
      }
      lex.predicates.push_back(std::move(p));
    }
  }
  return lex;
}

}  // namespace dyad::lexicon
