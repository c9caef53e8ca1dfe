// Actor evaluation on PLOVER-style gold records (see actors_eval.h).
#include "eval/actors_eval.h"

#include "eval/plover_records.h"

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
  auto records = read_plover_records(gold_path, lang);
  if (!records.ok()) return records.status();
  ActorEvalCounts c;
  for (const PloverRecord& rec : *records) {
    ++c.records;
    Doc doc;
    doc.id = rec.id;
    doc.date = rec.date;
    doc.text = rec.text;
    doc.lang = lang;
    doc.source = gold_path + ":" + std::to_string(rec.line);
    if (Status st = pipeline.process(doc); !st.ok()) return st;
    std::vector<Mention> ms = matcher.find(doc);

    c.skipped += rec.skipped;
    std::vector<GoldActor> gold;
    for (const auto* list : {&rec.sources, &rec.targets})
      for (const PloverActor& a : *list) {
        GoldActor g;
        g.code = a.code;
        g.text = a.text;
        g.pos = locate(doc.text, g.text);
        gold.push_back(std::move(g));
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
