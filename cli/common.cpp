#include "common.h"

#include <cstdio>

#include "commands.h"
#include "output.h"

namespace dyad::cli {

void add_input_flags(Flags& flags) {
  flags.value("input-format", "input format: auto, text, seed, jsonl, conllu", "auto")
      .value("date", "date for documents that have none (YYYY, YYYY-MM or YYYY-MM-DD)")
      .value("max-doc-bytes", "refuse documents larger than this", "33554432");
}

void add_pipeline_flags(Flags& flags) {
  flags.value("lang", "language of every document: nl, en, or auto (identify per document)", "auto")
      .value("models",
             "folder with <lang>/{tagger,lemmatizer,parser}.bin (default: DYAD_HOME/models)")
      .value("lang-dir",
             "folder with <lang>/ actor and event dictionaries to use instead of the built-in "
             "ones (e.g. from 'dyad lang import-petrarch')");
}

ReadOptions read_options(const Flags& flags) {
  ReadOptions r;
  r.format = flags.get("input-format");
  r.default_date = flags.get("date");
  std::string lang = flags.get("lang");
  if (lang != "auto") r.default_lang = lang;
  double max = flags.get_double("max-doc-bytes", static_cast<double>(r.max_doc_bytes));
  if (max > 0) r.max_doc_bytes = static_cast<size_t>(max);
  return r;
}

EngineOptions engine_options(const Flags& flags) {
  EngineOptions e;
  e.pipeline = pipeline_options(flags);
  e.all_events = flags.on("all-events");
  e.dicts_dir = flags.get("lang-dir");
  return e;
}

PipelineOptions pipeline_options(const Flags& flags) {
  PipelineOptions p;
  std::string lang = flags.get("lang");
  if (lang != "auto" && !lang.empty()) {
    p.lang = lang;
    p.langs = {lang};
  }
  p.models_dir = flags.get("models");
  return p;
}

int for_each_doc(const Flags& flags, const Pipeline& pipeline,
                 const std::function<Status(Doc&)>& emit) {
  return for_each_doc(
      flags, [&](Doc& doc) { return pipeline.process(doc); }, emit);
}

int for_each_doc(const Flags& flags, const std::function<Status(Doc&)>& process,
                 const std::function<Status(Doc&)>& emit) {
  auto reader = DocReader::open(flags.positional(), read_options(flags));
  if (!reader.ok()) {
    report(reader.status());
    return kExitInput;
  }
  int rc = kExitOk;
  Doc doc;
  Status err;
  for (;;) {
    auto next = (*reader)->next(doc, err);
    if (next == DocReader::Next::end) break;
    Status st = next == DocReader::Next::error ? err : process(doc);
    if (st.ok()) st = emit(doc);
    if (!st.ok()) {
      report(st);  // this document is skipped; the rest goes on
      rc = kExitInput;
    }
  }
  return rc;
}

int parse_or_usage(Flags& flags, const Args& args) {
  if (Status st = flags.parse(args); !st.ok()) {
    report(st);
    std::fputs(flags.usage().c_str(), stderr);
    return kExitUsage;
  }
  if (flags.help_requested()) {
    Out::stdout_().write(flags.usage());
    return kExitOk;
  }
  std::string lang = flags.get("lang");
  if (!lang.empty() && lang != "auto" && lang != "nl" && lang != "en") {
    report("unsupported --lang '" + lang + "' (nl, en or auto)");
    return kExitUsage;
  }
  return -1;
}

}  // namespace dyad::cli
