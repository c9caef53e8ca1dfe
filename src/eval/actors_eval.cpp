// Actor evaluation on PLOVER-style gold records (see actors_eval.h).
#include "eval/actors_eval.h"

#include <fstream>

#include "io/json.h"

namespace dyad {
namespace {

std::string prefix3(const std::string& code) {
  return code.substr(0, 3);
}

// Byte offset of `needle` in `hay`: exact, else ASCII-case-insensitive; npos when absent.
size_t locate(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return std::string::npos;
  size_t p = hay.find(needle);
  if (p != std::string::npos) return p;
  auto low = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
  };
  return low(hay).find(low(needle));
}

bool counts_as_answer(const Mention& m) {
  // An agent without a country or organisation keeps its bare role (code == role).
  return m.kind != "media" && m.code.size() >= 3 && !(m.kind == "agent" && m.code == m.role);
}

struct GoldActor {
  std::string text, code;
  size_t pos = std::string::npos;
};

}  // namespace

Result<ActorEvalCounts> evaluate_actors(const std::string& gold_path, const std::string& lang,
                                        const Pipeline& pipeline, const ActorMatcher& matcher) {
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open " + gold_path);
  const std::string text_key = lang == "nl" ? "text_nl" : "text";
  const std::string actor_key = lang == "nl" ? "actorText_nl" : "actorText";
  ActorEvalCounts c;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    json::Value rec;
    if (Status st = json::parse(line, rec); !st.ok())
      return Status(Errc::parse, gold_path + ":" + std::to_string(lineno) + ": " + st.message());
    const json::Value* tv = rec.find(text_key);
    if (!tv || !tv->is_string()) continue;
    ++c.records;
    Doc doc;
    if (const json::Value* id = rec.find("id"); id && id->is_string()) doc.id = id->str;
    if (const json::Value* d = rec.find("date"); d && d->is_string()) doc.date = d->str;
    doc.text = tv->str;
    doc.lang = lang;
    doc.source = gold_path + ":" + std::to_string(lineno);
    if (Status st = pipeline.process(doc); !st.ok()) return st;
    std::vector<Mention> ms = matcher.find(doc);

    std::vector<GoldActor> gold;
    for (const char* field : {"source", "target"}) {
      const json::Value* v = rec.find(field);
      if (!v || v->is_null()) continue;
      if (!v->is_array()) {  // e.g. "target": "diplomatic"
        ++c.skipped;
        continue;
      }
      for (const auto& a : v->items) {
        const json::Value* code = a.find("code");
        const json::Value* text = a.find(actor_key);
        if (!code || !code->is_string() || code->str.size() < 3) {
          ++c.skipped;
          continue;
        }
        GoldActor g;
        g.code = code->str;
        if (text && text->is_string()) g.text = text->str;
        g.pos = locate(doc.text, g.text);
        gold.push_back(std::move(g));
      }
    }
    for (const auto& g : gold) {
      ++c.gold;
      bool ok = false;
      std::string found;
      const std::string want = prefix3(g.code);
      if (g.pos != std::string::npos) {
        ++c.located;
        size_t gend = g.pos + g.text.size();
        for (const auto& m : ms) {
          if (m.end <= g.pos || m.start >= gend || !counts_as_answer(m)) continue;
          found += (found.empty() ? "" : " ") + m.code;
          if (prefix3(m.code) == want) ok = true;
        }
      } else {
        for (const auto& m : ms) {
          if (!counts_as_answer(m)) continue;
          found += (found.empty() ? "" : " ") + m.code;
          if (prefix3(m.code) == want) ok = true;
        }
      }
      if (ok)
        ++c.found;
      else
        c.misses.push_back(
            ActorEvalMiss{doc.id, g.text, g.code, found, g.pos != std::string::npos});
    }
    for (const auto& m : ms) {
      if (!counts_as_answer(m)) continue;
      ++c.mentions;
      bool on_gold = false, right = false;
      for (const auto& g : gold) {
        bool same = prefix3(m.code) == prefix3(g.code);
        if (g.pos == std::string::npos) {
          if (same) right = true;
          continue;
        }
        if (m.end <= g.pos || m.start >= g.pos + g.text.size()) continue;
        on_gold = true;
        if (same) right = true;
      }
      if (right) ++c.mentions_correct;
      if (on_gold) {
        ++c.span_mentions;
        if (right) ++c.span_mentions_correct;
      }
    }
  }
  return c;
}

}  // namespace dyad
