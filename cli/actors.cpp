// dyad actors: text -> actor mentions with CAMEO-style codes, one line per mention (JSONL or TSV).
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include "actors/matcher.h"
#include "commands.h"
#include "common.h"
#include "io/json.h"
#include "output.h"
#include "util/paths.h"

namespace dyad::cli {
namespace {

double round2(float x) {
  return std::round(static_cast<double>(x) * 100.0) / 100.0;
}

std::string tsv_cell(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return r;
}

void write_jsonl(const Doc& doc, const Mention& m, std::string& out) {
  json::Writer w(out);
  w.begin_object()
      .member("doc", doc.id)
      .member("sentence", m.sentence)
      .member("text", m.text)
      .member("start", m.start)
      .member("end", m.end)
      .member("code", m.code)
      .member("country", m.country)
      .member("role", m.role)
      .member("kind", m.kind);
  if (!m.members.empty()) w.member("members", m.members);
  w.key("confidence").value(round2(m.confidence));
  w.member("via", m.via).end_object();
  out += '\n';
}

void write_tsv(const Doc& doc, const Mention& m, std::string& out) {
  char conf[16];
  std::snprintf(conf, sizeof conf, "%.2f", round2(m.confidence));
  out += tsv_cell(doc.id) + '\t' + std::to_string(m.sentence) + '\t' + tsv_cell(m.text) + '\t' +
         std::to_string(m.start) + '\t' + std::to_string(m.end) + '\t' + m.code + '\t' + m.country +
         '\t' + m.role + '\t' + m.kind + '\t' + conf + '\t' + tsv_cell(m.via) + '\n';
}

}  // namespace

int cmd_actors(const Args& args) {
  Flags flags("actors", "[options] [FILE|DIR|-]...");
  add_input_flags(flags);
  add_pipeline_flags(flags);
  flags.value("format", "output format: jsonl or tsv", "jsonl");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  const std::string format = flags.get("format");
  if (format != "jsonl" && format != "tsv") {
    report("actors: unknown --format '" + format + "' (jsonl, tsv)");
    return kExitUsage;
  }
  PipelineOptions popts = pipeline_options(flags);
  auto pipeline = Pipeline::load(popts);
  if (!pipeline.ok()) {
    report(pipeline.status());
    return kExitInput;
  }
  std::map<std::string, std::shared_ptr<const ActorMatcher>> matchers;
  for (const auto& lang : popts.langs) {
    auto m = ActorMatcher::load(lang_dir(lang));
    if (!m.ok()) {
      report(m.status());
      return kExitInput;
    }
    matchers[lang] = *m;
  }
  if (format == "tsv")
    Out::stdout_().write(
        "doc\tsentence\ttext\tstart\tend\tcode\tcountry\trole\tkind\tconfidence\tvia\n");
  std::string out;
  return for_each_doc(flags, **pipeline, [&](Doc& doc) {
    auto it = matchers.find(doc.lang);
    if (it == matchers.end())
      return Status(Errc::unsupported, "no actor dictionaries for language '" + doc.lang + "'",
                    {doc.source});
    out.clear();
    for (const Mention& m : it->second->find(doc)) {
      if (format == "tsv")
        write_tsv(doc, m, out);
      else
        write_jsonl(doc, m, out);
    }
    Out::stdout_().write(out);
    return Status::Ok();
  });
}

}  // namespace dyad::cli
