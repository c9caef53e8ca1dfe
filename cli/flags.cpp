#include "flags.h"

#include <cstdlib>

namespace dyad::cli {

Flags& Flags::value(const std::string& name, const std::string& help, const std::string& def) {
  order_.push_back(name);
  specs_[name] = Spec{help, def, 0};
  return *this;
}
Flags& Flags::multi(const std::string& name, const std::string& help) {
  order_.push_back(name);
  specs_[name] = Spec{help, "", 1};
  return *this;
}
Flags& Flags::toggle(const std::string& name, const std::string& help) {
  order_.push_back(name);
  specs_[name] = Spec{help, "", 2};
  return *this;
}

Status Flags::parse(const std::vector<std::string>& args) {
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (only_positional || a.size() < 2 || a[0] != '-' || a == "-") {
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    if (a == "-h" || a == "--help") {
      help_ = true;
      continue;
    }
    std::string name = a.substr(a[1] == '-' ? 2 : 1), val;
    bool has_val = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      val = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_val = true;
    }
    auto it = specs_.find(name);
    if (it == specs_.end())
      return Status(Errc::usage, "unknown option '--" + name + "' for '" + command_ + "'");
    given_[name]++;
    if (it->second.kind == 2) {
      if (has_val) return Status(Errc::usage, "option '--" + name + "' takes no value");
      values_[name] = {"1"};
      continue;
    }
    if (!has_val) {
      if (i + 1 >= args.size()) return Status(Errc::usage, "option '--" + name + "' needs a value");
      val = args[++i];
    }
    if (it->second.kind == 1)
      values_[name].push_back(val);
    else
      values_[name] = {val};
  }
  return Status::Ok();
}

const std::string& Flags::get(const std::string& name) const {
  auto v = values_.find(name);
  if (v != values_.end() && !v->second.empty()) return v->second.back();
  auto s = specs_.find(name);
  static const std::string kEmpty;
  return s == specs_.end() ? kEmpty : s->second.def;
}

const std::vector<std::string>& Flags::all(const std::string& name) const {
  static const std::vector<std::string> kNone;
  auto v = values_.find(name);
  return v == values_.end() ? kNone : v->second;
}

bool Flags::on(const std::string& name) const {
  return values_.count(name) > 0;
}

int Flags::get_int(const std::string& name, int def) const {
  const std::string& v = get(name);
  if (v.empty()) return def;
  char* end = nullptr;
  long x = std::strtol(v.c_str(), &end, 10);
  return (end && *end == 0) ? static_cast<int>(x) : def;
}

double Flags::get_double(const std::string& name, double def) const {
  const std::string& v = get(name);
  if (v.empty()) return def;
  char* end = nullptr;
  double x = std::strtod(v.c_str(), &end);
  return (end && *end == 0) ? x : def;
}

std::string Flags::usage() const {
  std::string u = "usage: dyad " + command_ + " " + synopsis_ + "\n";
  if (!order_.empty()) u += "\noptions:\n";
  for (const auto& n : order_) {
    const Spec& s = specs_.at(n);
    std::string left = "  --" + n + (s.kind == 2 ? "" : " VALUE");
    if (left.size() < 26)
      left.resize(26, ' ');
    else
      left += "  ";
    u += left + s.help;
    if (!s.def.empty()) u += " (default: " + s.def + ")";
    if (s.kind == 1) u += " (repeatable)";
    u += "\n";
  }
  u += "  -h, --help                show this help\n";
  return u;
}

}  // namespace dyad::cli
