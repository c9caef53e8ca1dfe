// The subcommands of `dyad`. Each lives in its own file in cli/ and returns the process exit
// code: 0 ok, 1 input or data error, 2 usage error.
#pragma once

#include <string>
#include <vector>

namespace dyad::store {
struct Filter;
}

namespace dyad::cli {

using Args = std::vector<std::string>;

int cmd_version(const Args& args);
int cmd_annotate(const Args& args);
int cmd_eval(const Args& args);
int cmd_train(const Args& args);
int cmd_lang(const Args& args);
int cmd_actors(const Args& args);
int cmd_code(const Args& args);
int cmd_ingest(const Args& args);
int cmd_query(const Args& args);
int cmd_export(const Args& args);

// The store's filter flags, defined once in query.cpp and shared with export.cpp.
class Flags;
void add_filter_flags(Flags& flags);
// Fills `filter` from the flags; returns an error message, or "" when they are valid.
std::string filter_from_flags(const Flags& flags, store::Filter& filter);

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInput = 1;
inline constexpr int kExitUsage = 2;

}  // namespace dyad::cli
