// The subcommands of `dyad`. Each lives in its own file in cli/ and returns the process exit
// code: 0 ok, 1 input or data error, 2 usage error.
#pragma once

#include <string>
#include <vector>

namespace dyad::cli {

using Args = std::vector<std::string>;

int cmd_version(const Args& args);
int cmd_annotate(const Args& args);
int cmd_eval(const Args& args);
int cmd_train(const Args& args);
int cmd_lang(const Args& args);
int cmd_actors(const Args& args);
int cmd_code(const Args& args);

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInput = 1;
inline constexpr int kExitUsage = 2;

}  // namespace dyad::cli
