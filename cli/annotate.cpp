// dyad annotate: text -> sentences, tokens, tags, lemmas and trees, as CoNLL-U or JSON Lines.
#include "commands.h"
#include "common.h"
#include "io/conllu.h"
#include "io/writers.h"
#include "output.h"

namespace dyad::cli {

int cmd_annotate(const Args& args) {
  Flags flags("annotate", "[options] [FILE|DIR|-]...");
  add_input_flags(flags);
  add_pipeline_flags(flags);
  flags.value("format", "output format: conllu or jsonl", "conllu")
      .toggle("no-syntax", "only split sentences and tokenize (no tags, lemmas or trees)");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  const std::string format = flags.get("format");
  if (format != "conllu" && format != "jsonl") {
    report("annotate: unknown --format '" + format + "' (conllu, jsonl)");
    return kExitUsage;
  }
  PipelineOptions popts = pipeline_options(flags);
  popts.syntax = !flags.on("no-syntax");
  auto pipeline = Pipeline::load(popts);
  if (!pipeline.ok()) {
    report(pipeline.status());
    return kExitInput;
  }
  auto reader = DocReader::open(flags.positional(), read_options(flags));
  if (!reader.ok()) {
    report(reader.status());
    return kExitInput;
  }
  int rc = kExitOk;
  Doc doc;
  Status err;
  std::string out;
  for (;;) {
    auto next = (*reader)->next(doc, err);
    if (next == DocReader::Next::end) break;
    if (next == DocReader::Next::error) {
      report(err);  // the document is skipped; the rest goes on
      rc = kExitInput;
      continue;
    }
    if (Status st = (*pipeline)->process(doc); !st.ok()) {
      report(st);
      rc = kExitInput;
      continue;
    }
    out.clear();
    if (format == "conllu")
      write_conllu(doc, out);
    else
      write_doc_jsonl(doc, out);
    Out::stdout_().write(out);
  }
  return rc;
}

}  // namespace dyad::cli
