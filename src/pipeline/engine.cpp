#include "pipeline/engine.h"

#include <filesystem>

#include "util/paths.h"

namespace dyad {

namespace {

// An event whose target is unstated or uncoded but whose clause names where it happened takes
// the place's country as its target ("reimposed blockades in the West Bank" -> PSE, "shelled
// the town in Yemen" -> YEM), as event coders do: the target is what lies in that place.
void target_from_place(const Doc& doc, Event& e) {
  if (!e.target.code.empty() || !e.place.known() || e.place.country.size() != 3 ||
      e.place.from_sentence)
    return;
  if (e.target.stated()) {
    e.target.code = e.place.country;
  } else {
    e.target.text = std::string(doc.slice(e.place.start, e.place.end));
    e.target.start = e.place.start;
    e.target.end = e.place.end;
    e.target.code = e.place.country;
  }
  e.why += "; target coded from the place " + e.place.name;
}

}  // namespace

Result<std::shared_ptr<const Engine>> Engine::load(const EngineOptions& opts) {
  auto e = std::make_shared<Engine>();
  e->opts_ = opts;
  auto p = Pipeline::load(opts.pipeline);
  if (!p.ok()) return p.status();
  e->pipeline_ = *p;
  // A dictionary set may bring its own ontology (codes beyond CAMEO 1.1b3, from an import).
  std::string odir = opts.ontology_dir;
  if (odir.empty() && !opts.dicts_dir.empty() &&
      std::filesystem::exists(opts.dicts_dir + "/ontology/cameo.tsv"))
    odir = opts.dicts_dir + "/ontology";
  auto onto = Ontology::load(odir.empty() ? ontology_dir() : odir);
  if (!onto.ok()) return onto.status();
  e->ontology_ = *onto;
  for (const std::string& lang : opts.pipeline.langs) {
    Lang l;
    const std::string dir = opts.dicts_dir.empty() ? lang_dir(lang) : opts.dicts_dir + "/" + lang;
    auto m = ActorMatcher::load(dir);
    if (!m.ok()) return m.status();
    l.actors = *m;
    if (opts.events) {
      EventCoderOptions co;
      co.require_coded_actor = !opts.all_events;
      auto c = EventCoder::load(dir, e->ontology_, co);
      if (!c.ok()) return c.status();
      l.coder = *c;
      if (opts.enrich) {
        auto en = Enricher::load(lang);
        if (!en.ok()) return en.status();
        l.enricher = *en;
      }
    }
    e->langs_[lang] = std::move(l);
  }
  return std::shared_ptr<const Engine>(std::move(e));
}

const ActorMatcher* Engine::actors(const std::string& lang) const {
  auto it = langs_.find(lang);
  return it == langs_.end() ? nullptr : it->second.actors.get();
}

const EventCoder* Engine::coder(const std::string& lang) const {
  auto it = langs_.find(lang);
  return it == langs_.end() ? nullptr : it->second.coder.get();
}

Status Engine::process(Doc& doc) const {
  if (Status st = pipeline_->process(doc); !st.ok()) return st;
  auto it = langs_.find(doc.lang);
  if (it == langs_.end())
    return Status(Errc::unsupported, "no dictionaries loaded for language '" + doc.lang + "'",
                  {doc.source});
  const Lang& l = it->second;
  if (!doc.has(kMentions)) l.actors->assign(doc);
  if (l.coder && !doc.has(kEvents)) l.coder->assign(doc);
  if (l.enricher && !doc.has(kEnriched)) l.enricher->enrich(doc);
  // A violent event without a coded actor stays only with a casualty count; a protest only
  // with a place of its own (its protesters are then that place's civilians).
  auto protest = [](const Event& e) { return e.root == "14"; };
  std::erase_if(doc.events, [&](const Event& e) {
    if (!e.provisional) return false;
    if (protest(e)) return !e.place.known() || e.place.from_sentence || e.place.country.size() != 3;
    return e.fatalities < 0 && e.injured < 0;
  });
  for (Event& e : doc.events) {
    if (e.provisional && protest(e)) {
      e.provisional = false;
      e.source.code = e.place.country + "CVL";
      if (!e.source.stated()) {
        e.source.text = std::string(doc.slice(e.place.start, e.place.end));
        e.source.start = e.place.start;
        e.source.end = e.place.end;
      }
      e.why += "; source coded as the civilians of the place " + e.place.name;
    } else if (e.provisional) {
      e.provisional = false;
      e.why += "; kept without a coded actor for its casualty count";
    }
    target_from_place(doc, e);
  }
  return Status::Ok();
}

}  // namespace dyad
