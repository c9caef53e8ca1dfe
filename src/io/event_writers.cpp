#include "io/event_writers.h"

#include <cmath>
#include <cstdio>

#include "io/json.h"

namespace dyad {
namespace {

double round_to(double x, double unit) {
  double scale = std::round(1.0 / unit);
  return std::round(x * scale) / scale;
}

void actor(json::Writer& w, std::string_view key, const EventActor& a) {
  w.key(key);
  if (!a.stated()) {
    w.null();
    return;
  }
  w.begin_object()
      .member("text", a.text)
      .member("code", a.code)
      .member("start", a.start)
      .member("end", a.end)
      .end_object();
}

std::string cell(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return r;
}

std::string num(double x, const char* fmt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, x);
  return buf;
}

}  // namespace

std::string_view event_evidence(const Doc& doc, const Event& e) {
  if (e.sentence >= doc.sentences.size()) return {};
  const SentenceData& s = doc.sentences[e.sentence];
  return doc.slice(s.start, s.end);
}

void write_event_jsonl(const Doc& doc, const Event& e, std::string& out) {
  json::Writer w(out);
  w.begin_object()
      .member("doc", doc.id)
      .member("sentence", e.sentence)
      .member("evidence", event_evidence(doc, e))
      .member("lang", doc.lang);
  actor(w, "source", e.source);
  actor(w, "target", e.target);
  w.member("cameo", e.cameo).member("root", e.root).member("quad_class", e.quad_class);
  w.key("goldstein").value(round_to(e.goldstein, 0.1));
  w.key("plover").begin_object();
  w.key("type").string_or_null(e.plover_type);
  w.key("mode").string_or_null(e.plover_mode);
  w.end_object();
  w.key("trigger")
      .begin_object()
      .member("text", e.trigger_text)
      .member("start", e.trigger_start)
      .member("end", e.trigger_end)
      .end_object();
  w.member("negated", e.negated).member("modality", e.modality);
  w.key("attribution");
  if (!e.attribution.stated())
    w.null();
  else
    w.begin_object()
        .member("text", e.attribution.text)
        .member("code", e.attribution.code)
        .member("start", e.attribution.start)
        .member("end", e.attribution.end)
        .end_object();
  w.key("date").string_or_null(e.date);
  w.key("date_precision").string_or_null(e.date_precision);
  w.key("date_end").string_or_null(e.date_end);
  w.member("date_future", e.date_future);
  w.key("place");
  if (!e.place.known())
    w.null();
  else
    w.begin_object()
        .member("name", e.place.name)
        .member("country", e.place.country)
        .member("lat", round_to(e.place.lat, 0.0001))
        .member("lon", round_to(e.place.lon, 0.0001))
        .member("precision", e.place.precision)
        .member("start", e.place.start)
        .member("end", e.place.end)
        .end_object();
  w.key("fatalities");
  if (e.fatalities < 0)
    w.null();
  else
    w.value(e.fatalities);
  w.key("fatalities_qualifier");
  if (e.fatalities < 0)
    w.null();
  else
    w.value(e.fatalities_qualifier);
  w.key("injured");
  if (e.injured < 0)
    w.null();
  else
    w.value(e.injured);
  w.key("injured_qualifier");
  if (e.injured < 0)
    w.null();
  else
    w.value(e.injured_qualifier);
  w.key("confidence").value(round_to(e.confidence, 0.01));
  w.member("why", e.why);
  w.end_object();
  out += '\n';
}

const std::string& event_tsv_header() {
  static const std::string h =
      "doc\tsentence\tlang\tsource_text\tsource_code\tsource_start\tsource_end\ttarget_text\t"
      "target_code\ttarget_start\ttarget_end\tcameo\troot\tquad_class\tgoldstein\tplover_type\t"
      "plover_mode\ttrigger_text\ttrigger_start\ttrigger_end\tnegated\tmodality\t"
      "attribution_text\tattribution_code\tdate\tdate_precision\tdate_end\tdate_future\t"
      "place_name\tplace_country\tplace_lat\tplace_lon\tplace_precision\tfatalities\t"
      "fatalities_qualifier\tinjured\tinjured_qualifier\tconfidence\tevidence\n";
  return h;
}

void write_event_tsv(const Doc& doc, const Event& e, std::string& out) {
  auto act = [&](const EventActor& a) {
    if (!a.stated()) return std::string("\t\t\t");
    return cell(a.text) + '\t' + a.code + '\t' + std::to_string(a.start) + '\t' +
           std::to_string(a.end);
  };
  out += cell(doc.id) + '\t' + std::to_string(e.sentence) + '\t' + doc.lang + '\t';
  out += act(e.source) + '\t' + act(e.target) + '\t';
  out += e.cameo + '\t' + e.root + '\t' + std::to_string(e.quad_class) + '\t' +
         num(round_to(e.goldstein, 0.1), "%.1f") + '\t' + e.plover_type + '\t' + e.plover_mode +
         '\t';
  out += cell(e.trigger_text) + '\t' + std::to_string(e.trigger_start) + '\t' +
         std::to_string(e.trigger_end) + '\t' + (e.negated ? "true" : "false") + '\t' + e.modality +
         '\t';
  out += cell(e.attribution.text) + '\t' + e.attribution.code + '\t';
  out += e.date + '\t' + e.date_precision + '\t' + e.date_end + '\t' +
         (e.date_future ? "true" : "false") + '\t';
  if (e.place.known())
    out += cell(e.place.name) + '\t' + e.place.country + '\t' + num(e.place.lat, "%.4f") + '\t' +
           num(e.place.lon, "%.4f") + '\t' + e.place.precision + '\t';
  else
    out += "\t\t\t\t\t";
  out += (e.fatalities < 0 ? "" : std::to_string(e.fatalities)) + '\t' +
         (e.fatalities < 0 ? "" : e.fatalities_qualifier) + '\t';
  out += (e.injured < 0 ? "" : std::to_string(e.injured)) + '\t' +
         (e.injured < 0 ? "" : e.injured_qualifier) + '\t';
  out += num(round_to(e.confidence, 0.01), "%.2f") + '\t' + cell(event_evidence(doc, e)) + '\n';
}

}  // namespace dyad
