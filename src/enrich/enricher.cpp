#include "enrich/enricher.h"

namespace dyad {

struct Enricher::Impl {
  std::string lang;
};

Enricher::Enricher() : impl_(std::make_unique<Impl>()) {}
Enricher::~Enricher() = default;

Result<std::shared_ptr<const Enricher>> Enricher::load(const std::string& lang) {
  auto e = std::make_shared<Enricher>();
  e->impl_->lang = lang;
  return std::shared_ptr<const Enricher>(std::move(e));
}

namespace {
const char* precision_of(const std::string& date) {
  switch (date.size()) {
    case 10:
      return "day";
    case 7:
      return "month";
    case 4:
      return "year";
    default:
      return "";
  }
}
}  // namespace

void Enricher::enrich(Doc& doc) const {
  for (Event& e : doc.events) {
    if (e.date.empty()) {
      e.date = doc.date;
      e.date_precision = precision_of(doc.date);
    }
  }
  doc.annotations |= kEnriched;
}

}  // namespace dyad
