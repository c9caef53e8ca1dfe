// Flags shared by the commands that read documents and run the pipeline (defined once here).
#pragma once

#include <functional>

#include "commands.h"
#include "flags.h"
#include "io/reader.h"
#include "pipeline/engine.h"
#include "pipeline/pipeline.h"

namespace dyad::cli {

void add_input_flags(Flags& flags);
void add_pipeline_flags(Flags& flags);
ReadOptions read_options(const Flags& flags);
PipelineOptions pipeline_options(const Flags& flags);
EngineOptions engine_options(const Flags& flags);
// Reads every document named by the positional arguments, runs the pipeline on it and hands it
// to `emit`. A bad document (or an error from `emit`) is reported and skipped; the rest goes on.
// Returns kExitOk, or kExitInput when anything was skipped.
int for_each_doc(const Flags& flags, const Pipeline& pipeline,
                 const std::function<Status(Doc&)>& emit);
// The same with any processing step (e.g. Engine::process).
int for_each_doc(const Flags& flags, const std::function<Status(Doc&)>& process,
                 const std::function<Status(Doc&)>& emit);

// Prints the usage error and returns kExitUsage, or returns -1 when parsing succeeded and the
// command should go on (0 after printing help).
int parse_or_usage(Flags& flags, const Args& args);

}  // namespace dyad::cli
