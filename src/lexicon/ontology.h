// The event ontology (ontology/ at the data root): CAMEO codes with their Goldstein score and
// QuadClass, and the PLOVER type, mode and context each code converts to (ontology/README.md).
//
//   auto onto = Ontology::load(ontology_dir());
//   const CameoCode* c = (*onto)->cameo("072");  // Provide military aid, 8.3, Q2, AID
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/status.h"

namespace dyad {

struct CameoCode {
  std::string code;  // "072"
  std::string root;  // "07"
  std::string name;  // "Provide military aid"
  double goldstein = 0;
  int quad_class = 0;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
                       // 4 material conflict
  std::string plover_type, plover_mode, plover_context;  // type "" when PLOVER dropped the code
};

class Ontology {
 public:
  // Reads <dir>/cameo.tsv and <dir>/plover.tsv.
  static Result<std::shared_ptr<const Ontology>> load(const std::string& dir);

  // The entry of a code, or nullptr when CAMEO has no such code.
  const CameoCode* cameo(std::string_view code) const;
  // True when `type` is a PLOVER type and `mode` ("" allowed) one of its modes.
  bool is_plover(std::string_view type, std::string_view mode = "") const;
  // The PLOVER types in manual order (AGREE ... ASSAULT).
  const std::vector<std::string>& plover_types() const { return types_; }
  // The modes of a type (without the empty one).
  std::vector<std::string> plover_modes(std::string_view type) const;
  const std::map<std::string, CameoCode, std::less<>>& codes() const { return codes_; }

  // Older PLOVER type names (as in the PLOVER gold standard records) mapped to the current
  // ones: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE.
  // Other names are returned unchanged.
  static std::string_view current_plover_type(std::string_view type);

 private:
  std::map<std::string, CameoCode, std::less<>> codes_;
  std::map<std::string, std::vector<std::string>, std::less<>> modes_;  // type -> modes
  std::vector<std::string> types_;
};

// <home>/ontology
std::string ontology_dir();

}  // namespace dyad
