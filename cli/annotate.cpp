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
      .toggle("no-syntax", "only split sentences and tokenize (no tags, lemmas or trees)")
      .toggle("retag",
              "CoNLL-U input: tag and lemmatize again with dyad's models and keep the file's "
              "trees (e.g. jackknifed training data for the parser)")
      .toggle("reparse",
              "CoNLL-U input: tag, lemmatize and parse the file's tokens again with dyad's models "
              "(gold tokenization)");
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
  if (flags.on("retag") && flags.on("reparse")) {
    report("annotate: --retag keeps the file's trees, --reparse redoes them: give one");
    return kExitUsage;
  }
  uint32_t redo = 0;
  if (flags.on("retag")) redo = kUpos | kXpos | kFeats | kLemmas;
  if (flags.on("reparse")) redo = kUpos | kXpos | kFeats | kLemmas | kHeads;
  const Pipeline& pl = **pipeline;
  auto process = [&](Doc& doc) {
    doc.annotations &= ~redo;
    return pl.process(doc);
  };
  std::string out;
  return for_each_doc(flags, process, [&](Doc& doc) {
    out.clear();
    if (format == "conllu")
      write_conllu(doc, out);
    else
      write_doc_jsonl(doc, out);
    Out::stdout_().write(out);
    return Status::Ok();
  });
}

}  // namespace dyad::cli
