// Reading PLOVER-style gold records (see plover_records.h).
#include "eval/plover_records.h"

#include <fstream>
#include <sstream>

#include "io/json.h"

namespace dyad {
namespace {

// A count given as a number or a string of digits; -1 otherwise.
int count_of(const json::Value* v) {
  if (!v) return -1;
  if (v->is_number() && v->number >= 0 && v->number < 1e9) return static_cast<int>(v->number);
  if (v->is_string() && !v->str.empty() && v->str.size() < 10) {
    int n = 0;
    for (char c : v->str) {
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  return -1;
}

}  // namespace

Result<std::vector<PloverRecord>> parse_plover_records(std::string_view content,
                                                       const std::string& lang,
                                                       const std::string& name) {
  const std::string text_key = lang == "nl" ? "text_nl" : "text";
  const std::string actor_key = lang == "nl" ? "actorText_nl" : "actorText";
  std::vector<PloverRecord> out;
  size_t lineno = 0, pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    json::Value rec;
    if (Status st = json::parse(line, rec); !st.ok())
      return Status(Errc::parse, name + ":" + std::to_string(lineno) + ": " + st.message());
    const json::Value* tv = rec.find(text_key);
    if (!tv || !tv->is_string()) continue;
    PloverRecord r;
    r.line = lineno;
    r.text = tv->str;
    if (const json::Value* v = rec.find("id"); v && v->is_string()) r.id = v->str;
    if (const json::Value* v = rec.find("date"); v && v->is_string()) r.date = v->str;
    if (const json::Value* v = rec.find("event"); v && v->is_string()) r.event = v->str;
    if (const json::Value* v = rec.find("mode"); v && v->is_string()) r.mode = v->str;
    for (const char* field : {"source", "target"}) {
      const json::Value* v = rec.find(field);
      if (!v || v->is_null()) continue;
      if (!v->is_array()) {  // e.g. "target": "diplomatic"
        ++r.skipped;
        continue;
      }
      auto& list = field[0] == 's' ? r.sources : r.targets;
      for (const auto& a : v->items) {
        const json::Value* code = a.find("code");
        const json::Value* text = a.find(actor_key);
        if (!code || !code->is_string() || code->str.size() < 3) {
          ++r.skipped;
          continue;
        }
        PloverActor pa;
        pa.code = code->str;
        if (text && text->is_string()) pa.text = text->str;
        list.push_back(std::move(pa));
      }
    }
    if (const json::Value* loc = rec.find("eventLoc"); loc && loc->is_object())
      if (const json::Value* n = loc->find("name"); n && n->is_string()) r.location = n->str;
    r.dead = count_of(rec.find("dead"));
    r.injured = count_of(rec.find("injured"));
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<PloverRecord>> read_plover_records(const std::string& path,
                                                      const std::string& lang) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_plover_records(ss.str(), lang, path);
}

Result<Half> parse_half(std::string_view s) {
  if (s == "all" || s.empty()) return Half::all;
  if (s == "first") return Half::first;
  if (s == "second") return Half::second;
  if (s == "even") return Half::even;
  if (s == "odd") return Half::odd;
  return Status(Errc::usage,
                "--half must be all, first, second, even or odd, not '" + std::string(s) + "'");
}

bool in_half(size_t index, size_t n, Half half) {
  switch (half) {
    case Half::all:
      return true;
    case Half::first:
      return index < (n + 1) / 2;
    case Half::second:
      return index >= (n + 1) / 2 && index < n;
    case Half::even:
      return index % 2 == 0;
    case Half::odd:
      return index % 2 == 1;
  }
  return true;
}

}  // namespace dyad
