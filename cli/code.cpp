// dyad code: text -> events (who did what to whom), one line per event (JSONL or TSV).
#include "commands.h"
#include "common.h"
#include "io/event_writers.h"
#include "output.h"

namespace dyad::cli {

int cmd_code(const Args& args) {
  Flags flags("code", "[options] [FILE|DIR|-]...");
  add_input_flags(flags);
  add_pipeline_flags(flags);
  flags.value("format", "output format: jsonl or tsv", "jsonl");
  flags.toggle("all-events",
               "also events without any coded actor (detection mode: 'two men were arrested')");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  const std::string format = flags.get("format");
  if (format != "jsonl" && format != "tsv") {
    report("code: unknown --format '" + format + "' (jsonl, tsv)");
    return kExitUsage;
  }
  auto engine = Engine::load(engine_options(flags));
  if (!engine.ok()) {
    report(engine.status());
    return kExitInput;
  }
  if (format == "tsv") Out::stdout_().write(event_tsv_header());
  std::string out;
  return for_each_doc(
      flags, [&](Doc& doc) { return (*engine)->process(doc); },
      [&](Doc& doc) {
        out.clear();
        for (const Event& e : doc.events) {
          if (format == "tsv")
            write_event_tsv(doc, e, out);
          else
            write_event_jsonl(doc, e, out);
        }
        Out::stdout_().write(out);
        return Status::Ok();
      });
}

}  // namespace dyad::cli
