#include "lexicon/ontology.h"

#include <algorithm>
#include <cstdlib>

#include "lexicon/tsv.h"
#include "util/paths.h"

namespace dyad {

std::string ontology_dir() {
  return home_dir() + "/ontology";
}

Result<std::shared_ptr<const Ontology>> Ontology::load(const std::string& dir) {
  auto onto = std::make_shared<Ontology>();
  auto cameo = lexicon::read_tsv(dir + "/cameo.tsv");
  if (!cameo.ok()) return cameo.status();
  auto plover = lexicon::read_tsv(dir + "/plover.tsv");
  if (!plover.ok()) return plover.status();

  const auto& pt = *plover;
  int ty = pt.column("type"), mo = pt.column("mode");
  if (ty < 0 || mo < 0)
    return Status(Errc::data, "plover.tsv needs the columns type and mode", {pt.path});
  for (const auto& row : pt.rows) {
    const std::string& t = pt.cell(row, ty);
    auto [it, fresh] = onto->modes_.try_emplace(t);
    if (fresh) onto->types_.push_back(t);
    if (!pt.cell(row, mo).empty()) it->second.push_back(pt.cell(row, mo));
  }

  const auto& ct = *cameo;
  int c_code = ct.column("code"), c_root = ct.column("root"), c_name = ct.column("name"),
      c_gold = ct.column("goldstein"), c_quad = ct.column("quad_class"),
      c_type = ct.column("plover_type"), c_mode = ct.column("plover_mode"),
      c_ctx = ct.column("plover_context");
  if (std::min({c_code, c_root, c_name, c_gold, c_quad, c_type, c_mode, c_ctx}) < 0)
    return Status(Errc::data,
                  "cameo.tsv needs the columns code root name goldstein quad_class plover_type "
                  "plover_mode plover_context",
                  {ct.path});
  for (const auto& row : ct.rows) {
    CameoCode c;
    c.code = ct.cell(row, c_code);
    c.root = ct.cell(row, c_root);
    c.name = ct.cell(row, c_name);
    char* end = nullptr;
    c.goldstein = std::strtod(ct.cell(row, c_gold).c_str(), &end);
    c.quad_class = std::atoi(ct.cell(row, c_quad).c_str());
    c.plover_type = ct.cell(row, c_type);
    c.plover_mode = ct.cell(row, c_mode);
    c.plover_context = ct.cell(row, c_ctx);
    Location where{ct.path, row.line};
    if (c.code.size() < 2 || c.code.size() > 4 || c.code.compare(0, 2, c.root) != 0 ||
        c.quad_class < 1 || c.quad_class > 4)
      return Status(Errc::data, "bad CAMEO row '" + c.code + "'", where);
    if (!c.plover_type.empty() && !onto->is_plover(c.plover_type, c.plover_mode))
      return Status(Errc::data,
                    "unknown PLOVER type/mode '" + c.plover_type + "/" + c.plover_mode + "'",
                    where);
    std::string key = c.code;
    onto->codes_.emplace(std::move(key), std::move(c));
  }
  if (onto->codes_.empty()) return Status(Errc::data, "no CAMEO codes", {ct.path});
  return std::shared_ptr<const Ontology>(std::move(onto));
}

const CameoCode* Ontology::cameo(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

bool Ontology::is_plover(std::string_view type, std::string_view mode) const {
  auto it = modes_.find(type);
  if (it == modes_.end()) return false;
  return mode.empty() || std::find(it->second.begin(), it->second.end(), mode) != it->second.end();
}

std::vector<std::string> Ontology::plover_modes(std::string_view type) const {
  auto it = modes_.find(type);
  return it == modes_.end() ? std::vector<std::string>{} : it->second;
}

std::string_view Ontology::current_plover_type(std::string_view type) {
  if (type == "DEMAND") return "REQUEST";
  if (type == "DISAPPROVE" || type == "INVESTIGATE") return "ACCUSE";
  if (type == "FIGHT") return "ASSAULT";
  return type;
}

}  // namespace dyad
