#include "events/coder.h"

namespace dyad {

struct EventCoder::Impl {
  std::shared_ptr<const Ontology> ontology;
};

EventCoder::EventCoder() : impl_(std::make_unique<Impl>()) {}
EventCoder::~EventCoder() = default;

Result<std::shared_ptr<const EventCoder>> EventCoder::load(
    const std::string& lang_dir, std::shared_ptr<const Ontology> ontology) {
  auto c = std::make_shared<EventCoder>();
  c->impl_->ontology = std::move(ontology);
  return std::shared_ptr<const EventCoder>(std::move(c));
}

std::vector<Event> EventCoder::find(const Doc& doc) const {
  return {};
}

}  // namespace dyad
