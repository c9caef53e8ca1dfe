// dyad export: the store as GDELT 2.0 event-table TSV, PLOVER JSON records, CSV or GraphML,
// streamed to standard output.
#include "store/export.h"
#include "commands.h"
#include "common.h"
#include "output.h"

namespace dyad::cli {

int cmd_export(const Args& args) {
  Flags flags("export", "--db FILE.sqlite [--format gdelt|plover|csv|graphml] [filters]");
  add_filter_flags(flags);
  flags
      .value("format", "gdelt (GDELT 2.0 event table TSV), plover (JSON Lines), csv, graphml",
             "gdelt")
      .toggle("header", "gdelt: write the column names as the first line");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (flags.get("db").empty()) {
    report("export: --db FILE.sqlite is required");
    return kExitUsage;
  }
  store::Filter f;
  if (std::string err = filter_from_flags(flags, f); !err.empty()) {
    report("export: " + err);
    return kExitUsage;
  }
  store::ExportOptions o;
  o.format = flags.get("format");
  if (o.format != "gdelt" && o.format != "plover" && o.format != "csv" && o.format != "graphml") {
    report("export: unknown --format '" + o.format + "' (gdelt, plover, csv, graphml)");
    return kExitUsage;
  }
  // GDELT rows are events (clusters); the other formats default to mentions.
  o.unit = o.format == "gdelt" ? store::Unit::clusters : store::Unit::mentions;
  if (flags.on("mentions")) o.unit = store::Unit::mentions;
  if (flags.on("clusters")) o.unit = store::Unit::clusters;
  o.header = flags.on("header");
  auto st = store::Store::open(flags.get("db"), store::Store::Mode::read);
  if (!st.ok()) {
    report(st.status());
    return kExitInput;
  }
  Status r = store::export_store(**st, f, o, [](std::string_view s) { Out::stdout_().write(s); });
  if (!r.ok()) {
    report(r);
    return kExitInput;
  }
  return kExitOk;
}

}  // namespace dyad::cli
