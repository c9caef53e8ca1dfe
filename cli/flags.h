// Command-line flags, each defined once with its help text (ripgrep's model).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "doc/status.h"

namespace dyad::cli {

class Flags {
 public:
  Flags(std::string command, std::string synopsis)
      : command_(std::move(command)), synopsis_(std::move(synopsis)) {}
  // A flag with a value: --name VALUE or --name=VALUE.
  Flags& value(const std::string& name, const std::string& help, const std::string& def = "");
  // A repeatable flag with a value.
  Flags& multi(const std::string& name, const std::string& help);
  // A switch: --name.
  Flags& toggle(const std::string& name, const std::string& help);

  // Parses args (after the subcommand). Unknown flags and missing values are usage errors.
  Status parse(const std::vector<std::string>& args);

  const std::string& get(const std::string& name) const;
  const std::vector<std::string>& all(const std::string& name) const;
  bool on(const std::string& name) const;
  bool given(const std::string& name) const { return given_.count(name) > 0; }
  int get_int(const std::string& name, int def) const;
  double get_double(const std::string& name, double def) const;
  const std::vector<std::string>& positional() const { return positional_; }
  bool help_requested() const { return help_; }
  std::string usage() const;

 private:
  struct Spec {
    std::string help, def;
    int kind;  // 0 value, 1 multi, 2 toggle
  };
  std::string command_, synopsis_;
  std::vector<std::string> order_;
  std::map<std::string, Spec> specs_;
  std::map<std::string, std::vector<std::string>> values_;
  std::map<std::string, int> given_;
  std::vector<std::string> positional_;
  bool help_ = false;
};

}  // namespace dyad::cli
