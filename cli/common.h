// Flags shared by the commands that read documents and run the pipeline (defined once here).
#pragma once

#include "commands.h"
#include "flags.h"
#include "io/reader.h"
#include "pipeline/pipeline.h"

namespace dyad::cli {

void add_input_flags(Flags& flags);
void add_pipeline_flags(Flags& flags);
ReadOptions read_options(const Flags& flags);
PipelineOptions pipeline_options(const Flags& flags);
// Prints the usage error and returns kExitUsage, or returns -1 when parsing succeeded and the
// command should go on (0 after printing help).
int parse_or_usage(Flags& flags, const Args& args);

}  // namespace dyad::cli
