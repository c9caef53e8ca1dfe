// dyad eval syntax|segment|actors|events: scores against gold files, one summary line per metric.
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "actors/matcher.h"
#include "commands.h"
#include "common.h"
#include "eval/actors_eval.h"
#include "eval/events_eval.h"
#include "eval/petrarch_eval.h"
#include "eval/segment.h"
#include "eval/syntax_eval.h"
#include "io/conllu.h"
#include "lexicon/petrarch_import.h"
#include "output.h"
#include "pipeline/engine.h"
#include "util/paths.h"

namespace dyad::cli {
namespace {

// A copy of the gold Doc that keeps only what the mode gives the system.
Doc system_input(const Doc& gold, bool raw) {
  Doc d;
  d.id = gold.id;
  d.source = gold.source;
  d.text = gold.text;
  d.date = gold.date;
  if (raw) {
    // Sentence breaks become spaces (same byte length, so offsets stay comparable); paragraph
    // breaks stay.
    for (size_t i = 0; i < d.text.size(); ++i) {
      bool par = (i + 1 < d.text.size() && d.text[i] == '\n' && d.text[i + 1] == '\n') ||
                 (i > 0 && d.text[i] == '\n' && d.text[i - 1] == '\n');
      if (d.text[i] == '\n' && !par) d.text[i] = ' ';
    }
    return d;
  }
  d.sentences = gold.sentences;
  d.tokens.reserve(gold.tokens.size());
  for (const auto& g : gold.tokens) {
    TokenData t;
    t.start = g.start;
    t.end = g.end;
    t.form = g.form;
    t.space_after = g.space_after;
    d.tokens.push_back(std::move(t));
  }
  d.annotations = kTokens | kSentences;
  return d;
}

std::string fmt(double x) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", x);
  return b;
}

int eval_syntax(const Flags& flags) {
  const std::string gold_path = flags.get("gold");
  const std::string mode = flags.get("mode");
  if (gold_path.empty() || (mode != "gold-tok" && mode != "raw")) {
    report("eval syntax: --gold FILE.conllu is required; --mode is gold-tok or raw");
    return kExitUsage;
  }
  auto gold = read_conllu_file(gold_path);
  if (!gold.ok()) {
    report(gold.status());
    return kExitInput;
  }
  for (const auto& s : gold->skipped) report(s);
  for (const auto& w : gold->warnings) report(w);
  auto pipeline = Pipeline::load(pipeline_options(flags));
  if (!pipeline.ok()) {
    report(pipeline.status());
    return kExitInput;
  }
  bool raw = mode == "raw";
  SyntaxCounts counts;
  double seconds = 0;
  for (const Doc& g : gold->docs) {
    Doc sys = system_input(g, raw);
    auto t0 = std::chrono::steady_clock::now();
    Status st = raw ? (*pipeline)->process(sys)
                    : ((*pipeline)->identify(sys).ok() ? (*pipeline)->syntax(sys)
                                                       : (*pipeline)->identify(sys));
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!st.ok()) {
      report(st);
      return kExitInput;
    }
    score_syntax(g, sys, counts);
  }
  std::string out;
  for (const auto& m : syntax_metrics(counts, raw)) {
    std::string name = m.name + ":";
    name.resize(14, ' ');
    if (raw)
      out += name + "P " + fmt(m.precision) + "  R " + fmt(m.recall) + "  F1 " + fmt(m.f1) + "\n";
    else
      out += name + fmt(m.f1) + "  (" + std::to_string(m.correct) + "/" +
             std::to_string(counts.gold_words) + ")\n";
  }
  out += "Words/s:      " +
         std::to_string(static_cast<long>(counts.sys_words / (seconds > 0 ? seconds : 1))) + "\n";
  Out::stdout_().write(out);
  return kExitOk;
}

int eval_segment(const Flags& flags) {
  const std::string gold_path = flags.get("gold");
  std::string lang = flags.get("lang");
  if (gold_path.empty() || lang == "auto") {
    report("eval segment: --gold FILE.conllu and --lang nl|en are required");
    return kExitUsage;
  }
  PipelineOptions popts = pipeline_options(flags);
  popts.syntax = false;
  auto pipeline = Pipeline::load(popts);
  if (!pipeline.ok()) {
    report(pipeline.status());
    return kExitInput;
  }
  SegmentOptions sopts;
  sopts.paragraphs_from_sent_id = flags.on("paragraphs-from-sent-id");
  auto scores = score_segmentation(gold_path, *(*pipeline)->stages(lang)->tokenizer, lang, sopts);
  if (!scores.ok()) {
    report(scores.status());
    return kExitInput;
  }
  std::string out;
  for (auto [name, prf] :
       {std::pair{"Tokens:", scores->tokens}, {"Sentences:", scores->sentences}}) {
    std::string n = name;
    n.resize(14, ' ');
    out += n + "P " + fmt(100 * prf.precision()) + "  R " + fmt(100 * prf.recall()) + "  F1 " +
           fmt(100 * prf.f1()) + "  (gold " + std::to_string(prf.gold) + ", system " +
           std::to_string(prf.system) + ")\n";
  }
  Out::stdout_().write(out);
  return kExitOk;
}

int eval_actors(const Flags& flags) {
  const std::string gold_path = flags.get("gold");
  const std::string lang = flags.get("lang");
  if (gold_path.empty() || (lang != "nl" && lang != "en")) {
    report("eval actors: --gold FILE.jsonl (PLOVER records) and --lang nl|en are required");
    return kExitUsage;
  }
  auto pipeline = Pipeline::load(pipeline_options(flags));
  if (!pipeline.ok()) {
    report(pipeline.status());
    return kExitInput;
  }
  auto matcher = ActorMatcher::load(lang_dir(lang));
  if (!matcher.ok()) {
    report(matcher.status());
    return kExitInput;
  }
  auto c = evaluate_actors(gold_path, lang, **pipeline, **matcher);
  if (!c.ok()) {
    report(c.status());
    return kExitInput;
  }
  std::string out;
  if (flags.on("show-misses"))
    for (const auto& m : c->misses)
      out += "miss\t" + m.id + "\t" + m.text + "\t" + m.code + "\t" +
             (m.located ? "located" : "not-located") + "\t" + m.found + "\n";
  out += "Records:       " + std::to_string(c->records) + "\n";
  out += "Recall:        " + fmt(100 * c->recall()) + "  (" + std::to_string(c->found) + "/" +
         std::to_string(c->gold) + " gold actors with the right country code; " +
         std::to_string(c->located) + " located, " + std::to_string(c->skipped) +
         " gold fields without an actor skipped)\n";
  out += "SpanPrecision: " + fmt(100 * c->span_precision()) + "  (" +
         std::to_string(c->span_mentions_correct) + "/" + std::to_string(c->span_mentions) +
         " mentions on a gold actor)\n";
  out += "Precision:     " + fmt(100 * c->precision()) + "  (" +
         std::to_string(c->mentions_correct) + "/" + std::to_string(c->mentions) +
         " coded mentions; a lower bound, gold marks one event's actors)\n";
  Out::stdout_().write(out);
  return kExitOk;
}

// ---- eval events ----------------------------------------------------------------------------

std::string prf_line(const std::string& name, const EventPrf& p) {
  std::string n = name + ":";
  if (n.size() < 24) n.resize(24, ' ');
  return n + "P " + fmt(100 * p.precision()) + "  R " + fmt(100 * p.recall()) + "  F1 " +
         fmt(100 * p.f1()) + "  (gold " + std::to_string(p.gold_found) + "/" +
         std::to_string(p.gold) + " found; system " + std::to_string(p.system_correct) + "/" +
         std::to_string(p.system) + " right)\n";
}

std::string agreement_line(const std::string& name, const Agreement& a, const std::string& what) {
  std::string n = name + ":";
  if (n.size() < 24) n.resize(24, ' ');
  if (!a.gold) return n + "-  (no gold " + what + ")\n";
  return n + fmt(100 * a.rate()) + "  (" + std::to_string(a.ok) + "/" + std::to_string(a.gold) +
         " " + what + ")\n";
}

std::string label(const std::string& name) {
  std::string n = name + ":";
  if (n.size() < 24) n.resize(24, ' ');
  return n;
}

PlaceNames place_names() {
  auto p = PlaceNames::load({lang_dir("en") + "/countries.tsv", lang_dir("nl") + "/countries.tsv"});
  if (!p.ok()) {
    report(p.status());  // place names then match by name only
    return PlaceNames();
  }
  return std::move(*p);
}

int eval_events_seed(const Flags& flags, const Engine& engine, const PlaceNames& places) {
  if (flags.positional().size() != 2) {
    report("eval events: --seed-gold needs the article as argument (seed format)");
    return kExitUsage;
  }
  auto gold = read_seed_gold(flags.get("seed-gold"));
  if (!gold.ok()) {
    report(gold.status());
    return kExitInput;
  }
  ReadOptions ro;
  ro.format = "seed";
  auto reader = DocReader::open({flags.positional()[1]}, ro);
  if (!reader.ok()) {
    report(reader.status());
    return kExitInput;
  }
  Doc doc;
  Status err;
  if ((*reader)->next(doc, err) != DocReader::Next::doc) {
    report(err.ok() ? Status(Errc::empty_input, "no document in " + flags.positional()[1]) : err);
    return kExitInput;
  }
  if (flags.get("lang") != "auto") doc.lang = flags.get("lang");
  if (Status st = engine.process(doc); !st.ok()) {
    report(st);
    return kExitInput;
  }
  SeedScores s = score_seed(doc, *gold, places);
  std::string out;
  if (flags.on("errors")) {
    for (const SeedLine& l : s.lines_detail) {
      out += std::string(l.events.empty() ? "miss" : "found") + "\t" + l.id +
             (l.core ? "\tcore" : "\tnon-core") + (l.located ? "" : "\tquote-not-in-text");
      for (size_t i : l.events)
        out += "\t" + doc.events[i].cameo + " " + doc.events[i].source.code + ">" +
               doc.events[i].target.code + " [" + doc.events[i].trigger_text + "]";
      out += "\n";
    }
    for (size_t i : s.unmatched) {
      const Event& e = doc.events[i];
      const auto& sent = doc.sentences[e.sentence < doc.sentences.size() ? e.sentence : 0];
      out += "false\t" + e.cameo + " " + (e.plover_type.empty() ? "-" : e.plover_type) + " " +
             (e.source.code.empty() ? "-" : e.source.code) + ">" +
             (e.target.code.empty() ? "-" : e.target.code) + " [" + e.trigger_text + "] " +
             e.modality + "\t" +
             (doc.sentences.empty() ? std::string() : std::string(doc.slice(sent.start, sent.end)))
                 .substr(0, 200) +
             "\n";
    }
  }
  std::string missed;
  for (const SeedLine& l : s.lines_detail)
    if (l.core && l.events.empty()) missed += (missed.empty() ? "" : " ") + l.id;
  out += label("Seed recall") + fmt(100 * s.events.recall()) + "  (" +
         std::to_string(s.events.gold_found) + "/" + std::to_string(s.events.gold) +
         " core gold events found; " + std::to_string(s.lines_found) + "/" +
         std::to_string(s.lines) + " lines with non-core)\n";
  out += label("Seed precision") + fmt(100 * s.events.precision()) + "  (" +
         std::to_string(s.events.system_correct) + "/" + std::to_string(s.events.system) +
         " produced events match a gold line)\n";
  out += label("Seed F1") + fmt(100 * s.events.f1()) + "\n";
  out += label("Seed core missed") + (missed.empty() ? "-" : missed) + "\n";
  out += agreement_line("Seed modality", s.modality, "gold lines with a modality");
  out += agreement_line("Seed attribution", s.attribution, "gold lines with attributed_to");
  out += agreement_line("Seed date", s.date, "gold lines with a date");
  out += agreement_line("Seed location", s.location, "gold lines with a location");
  out += agreement_line("Seed fatalities", s.fatalities, "gold lines with fatalities");
  for (const SeedCheck& c : s.checks)
    out += "check " + c.id + " " + c.field + " " + c.want + ": " + (c.ok ? "ok" : "NO") +
           (c.matched ? "  (got " + (c.got.empty() ? std::string("-") : c.got) + ")"
                      : "  (event not found)") +
           (c.core ? "" : "  [non-core]") + "\n";
  Out::stdout_().write(out);
  return kExitOk;
}

int eval_events_plover(const Flags& flags, const Engine& engine, const PlaceNames& places,
                       Half half, int max_docs) {
  const std::string path = flags.get("plover");
  std::string lang = flags.get("lang");
  Result<std::vector<PloverRecord>> recs = std::vector<PloverRecord>{};
  if (lang == "auto") {  // English records have "text", Dutch ones "text_nl"
    recs = read_plover_records(path, "en");
    lang = "en";
    if (recs.ok() && recs->empty()) {
      recs = read_plover_records(path, "nl");
      lang = "nl";
    }
  } else {
    recs = read_plover_records(path, lang);
  }
  if (!recs.ok()) {
    report(recs.status());
    return kExitInput;
  }
  PloverScores s;
  size_t n = recs->size(), used = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!in_half(k, n, half)) continue;
    if (max_docs > 0 && used >= static_cast<size_t>(max_docs)) break;
    ++used;
    const PloverRecord& r = (*recs)[k];
    Doc doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.text = r.text;
    doc.lang = lang;
    doc.source = path + ":" + std::to_string(r.line);
    if (Status st = engine.process(doc); !st.ok()) {
      report(st);
      return kExitInput;
    }
    score_plover_record(r, doc, places, s);
  }
  std::string out;
  if (flags.on("errors")) {
    for (const auto& d : s.details) {
      if (d.all_right && d.location != 0 && d.dead != 0 && d.injured != 0) continue;
      out += std::string(d.all_right     ? "ok"
                         : d.type_source ? "target"
                         : d.type_found  ? "source"
                                         : "type") +
             "\t" + d.id + "\t" + d.type + (d.location == 0 ? "\tlocation-missed" : "") +
             (d.dead == 0 ? "\tdead-missed" : "") + (d.injured == 0 ? "\tinjured-missed" : "") +
             "\t" + (d.produced.empty() ? "(no events)" : d.produced) + "\n";
    }
    for (const auto& [type, a] : s.by_type)
      out += "type\t" + type + "\t" + std::to_string(a.ok) + "/" + std::to_string(a.gold) + "\n";
  }
  std::string name =
      path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  out += label("PLOVER records") + std::to_string(s.records) + "  (" + name + ", " + lang +
         ", half " + flags.get("half") + ")\n";
  out += label("PLOVER all right") + fmt(s.records ? 100.0 * s.all_right / s.records : 0) + "  (" +
         std::to_string(s.all_right) + "/" + std::to_string(s.records) +
         " records: type + source country + target country)\n";
  out += label("PLOVER type+source") + fmt(s.records ? 100.0 * s.type_source / s.records : 0) +
         "  (" + std::to_string(s.type_source) + "/" + std::to_string(s.records) + ")\n";
  out += prf_line("PLOVER type", s.type);
  out += agreement_line("PLOVER location", s.location, "records with eventLoc");
  out += agreement_line("PLOVER dead", s.dead, "records with dead");
  out += agreement_line("PLOVER injured", s.injured, "records with injured");
  Out::stdout_().write(out);
  return kExitOk;
}

int eval_events_eventdna(const Flags& flags, const Engine& engine, Half half, int max_docs) {
  auto docs = read_eventdna(flags.get("eventdna"));
  if (!docs.ok()) {
    report(docs.status());
    return kExitInput;
  }
  EventDnaScores s;
  size_t n = docs->size(), used = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!in_half(k, n, half)) continue;
    if (max_docs > 0 && used >= static_cast<size_t>(max_docs)) break;
    ++used;
    const EventDnaDoc& g = (*docs)[k];
    Doc doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.lang = flags.get("lang") == "auto" ? "nl" : flags.get("lang");
    doc.source = flags.get("eventdna") + ":" + std::to_string(k + 1);
    if (Status st = engine.process(doc); !st.ok()) {
      report(st);  // a bad document is skipped
      continue;
    }
    score_eventdna_doc(g, doc, s);
  }
  std::string out;
  if (flags.on("errors"))
    for (const auto& e : s.errors)
      out += e.kind + "\t" + e.doc + "\t" + e.category + "\t" + e.text + "\n";
  out += label("EventDNA docs") + std::to_string(s.docs) + "  (half " + flags.get("half") + ")\n";
  out += prf_line("EventDNA detection", s.trigger);
  out += prf_line("EventDNA sentence", s.sentence);
  const auto& cats = eventdna_categories();
  for (size_t c = 0; c < cats.size() && c < s.by_category.size(); ++c)
    out += prf_line("  " + cats[c].name, s.by_category[c]);
  Out::stdout_().write(out);
  return kExitOk;
}

int eval_events(const Flags& flags) {
  const bool seed = !flags.get("seed-gold").empty(), plover = !flags.get("plover").empty(),
             edna = !flags.get("eventdna").empty();
  if (!seed && !plover && !edna) {
    report(
        "eval events: give --seed-gold FILE ARTICLE, --plover FILE.jsonl and/or --eventdna "
        "FILE.jsonl");
    return kExitUsage;
  }
  auto half = parse_half(flags.get("half"));
  if (!half.ok()) {
    report(half.status());
    return kExitUsage;
  }
  const int max_docs = flags.get_int("max-docs", 0);
  auto engine = Engine::load(engine_options(flags));
  if (!engine.ok()) {
    report(engine.status());
    return kExitInput;
  }
  const PlaceNames places = place_names();
  int rc = kExitOk;
  if (seed) rc = std::max(rc, eval_events_seed(flags, **engine, places));
  if (plover) rc = std::max(rc, eval_events_plover(flags, **engine, places, *half, max_docs));
  if (edna) {
    // EventDNA scores event detection: events count without a coded actor (detection mode).
    EngineOptions det = engine_options(flags);
    det.all_events = true;
    auto detector = Engine::load(det);
    if (!detector.ok()) {
      report(detector.status());
      return kExitInput;
    }
    rc = std::max(rc, eval_events_eventdna(flags, **detector, *half, max_docs));
  }
  return rc;
}

// ---- eval petrarch ----

// UD 1 relations (the suite's parses) as UD 2 names, which the coder's roles use.
void ud1_to_ud2(Doc& doc) {
  for (auto& t : doc.tokens) {
    std::string& r = t.deprel;
    if (r == "dobj")
      r = "obj";
    else if (r == "nsubjpass")
      r = "nsubj:pass";
    else if (r == "csubjpass")
      r = "csubj:pass";
    else if (r == "auxpass")
      r = "aux:pass";
    else if (r == "name")
      r = "flat";
    else if (r == "mwe")
      r = "fixed";
    else if (r == "neg")
      r = "advmod";
  }
  // nmod on a verb or adjective is obl in UD 2.
  for (const auto& s : doc.sentences)
    for (uint32_t i = s.first; i < s.last; ++i) {
      auto& t = doc.tokens[i];
      if (t.head <= 0 || !(t.deprel == "nmod" || t.deprel.starts_with("nmod:")) ||
          t.deprel == "nmod:poss")
        continue;
      const auto& h = doc.tokens[s.first + t.head - 1];
      if (h.upos == "VERB" || h.upos == "ADJ" || h.upos == "AUX")
        t.deprel = t.deprel == "nmod" ? "obl" : "obl:" + t.deprel.substr(5);
    }
}

int eval_petrarch(const Flags& flags) {
  namespace fs = std::filesystem;
  if (flags.positional().size() != 2 || flags.get("dicts").empty()) {
    report("eval petrarch: usage: dyad eval petrarch FILE.xml --dicts DIR [--use-parse]");
    return kExitUsage;
  }
  const std::string xml = flags.positional()[1];
  auto suite = read_petrarch_suite(xml);
  if (!suite.ok()) {
    report(suite.status());
    return kExitInput;
  }
  // --dicts: a dyad folder (<DIR>/en/predicates.tsv) or the PETRARCH files themselves, which are
  // imported into a temporary folder first (the files the XML's <Environment> names when
  // present there, else every PETRARCH file of DIR).
  std::string dicts = flags.get("dicts");
  std::string tmp;
  const auto t_load0 = std::chrono::steady_clock::now();
  if (!fs::exists(fs::path(dicts) / "en" / "predicates.tsv")) {
    std::vector<std::string> files;
    for (const std::string* f :
         {&suite->verbfile, &suite->actorfile, &suite->agentfile, &suite->discardfile})
      if (!f->empty() && fs::exists(fs::path(dicts) / *f))
        files.push_back((fs::path(dicts) / *f).string());
    tmp = (fs::temp_directory_path() / ("dyad-petrarch-" + std::to_string(getpid()))).string();
    lexicon::petrarch::ImportOptions io;
    io.files = files;
    auto rep = lexicon::petrarch::import_petrarch({dicts}, tmp, io);
    if (!rep.ok()) {
      report(rep.status());
      return kExitInput;
    }
    std::fputs(
        std::string("imported " + dicts + " into " + tmp + ": " + rep->summary() + "\n").c_str(),
        stderr);
    dicts = tmp;
  }
  EngineOptions eo = engine_options(flags);
  eo.pipeline.langs = {"en"};
  eo.pipeline.lang = "en";
  eo.dicts_dir = dicts;
  eo.enrich = false;
  if (fs::exists(fs::path(dicts) / "ontology" / "cameo.tsv"))
    eo.ontology_dir = (fs::path(dicts) / "ontology").string();
  auto engine = Engine::load(eo);
  if (!engine.ok()) {
    report(engine.status());
    return kExitInput;
  }
  auto extras = lexicon::petrarch::PetrarchExtras::load(dicts + "/en");
  if (!extras.ok()) {
    report(extras.status());
    return kExitInput;
  }
  const double load_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t_load0).count();
  const bool use_parse = flags.on("use-parse"), all_cat = flags.on("all-categories");
  const int repeat = std::max(1, flags.get_int("repeat", 1));
  PetrarchScores sc;
  std::string errors;
  double code_s = 0;
  size_t coded = 0;
  for (const PetrarchRecord& r : suite->records) {
    if (!r.evaluate) {
      ++sc.bypassed;
      continue;
    }
    if (!petrarch_scored(*suite, r, all_cat)) {
      ++sc.not_included;
      continue;
    }
    Doc input;
    if (use_parse) {
      if (r.parse.empty()) {
        report(Status(Errc::parse, "record " + r.id + " has no <Parse>", {xml, r.line}));
        continue;
      }
      auto cr = read_conllu(r.parse, xml + ":" + std::to_string(r.line));
      if (cr.docs.empty()) {
        for (const auto& st : cr.skipped) report(st);
        continue;
      }
      input = std::move(cr.docs[0]);
      ud1_to_ud2(input);
    } else {
      input.text = r.text;
    }
    input.id = r.id;
    input.date = r.date;
    input.lang = "en";
    input.source = xml + ":" + std::to_string(r.line);
    Doc doc;
    const auto t0 = std::chrono::steady_clock::now();
    Status st;
    for (int k = 0; k < repeat; ++k) {
      doc = input;
      st = (*engine)->process(doc);
      if (!st.ok()) break;
      (*extras)->apply(doc);
      ++coded;
    }
    code_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!st.ok()) {
      report(st);
      continue;
    }
    std::vector<PetrarchCoding> got;
    for (const Event& e : doc.events)
      if (!e.source.code.empty() && !e.target.code.empty())
        got.push_back({e.cameo, e.source.code, e.target.code});
    got = distinct(got);
    std::vector<PetrarchCoding> exp = distinct(r.expected);
    sc.add(exp, got);
    if (flags.on("errors") && got != exp) {
      auto list = [](const std::vector<PetrarchCoding>& v) {
        std::string s;
        for (const auto& c : v) s += " " + c.code + ":" + c.source + ">" + c.target;
        return s.empty() ? std::string(" none") : s;
      };
      errors += r.id + "\t" + r.category + "\texpected" + list(exp) + "\tgot" + list(got) + "\t" +
                r.text + "\n";
    }
  }
  if (!tmp.empty()) {
    std::error_code ec;
    fs::remove_all(tmp, ec);
  }
  auto pct = [](size_t a, size_t b) { return fmt(b ? 100.0 * a / b : 0.0); };
  std::string out = errors;
  out += "PETRARCH records  " + std::to_string(sc.records) + " scored (" +
         std::to_string(sc.no_event_records) + " expecting no event), " +
         std::to_string(sc.bypassed) + " bypassed (evaluate=\"false\"), " +
         std::to_string(sc.not_included) + " not in <Include>" +
         (use_parse ? "; parses from <Parse>" : "; parsed by dyad") + "\n";
  out += "PETRARCH exact    " + pct(sc.exact, sc.records) + "  (" + std::to_string(sc.exact) + "/" +
         std::to_string(sc.records) + " records exactly right)\n";
  double f1 = sc.precision() + sc.recall() > 0
                  ? 2 * sc.precision() * sc.recall() / (sc.precision() + sc.recall())
                  : 0;
  out += "PETRARCH events   P " + fmt(sc.precision()) + "  R " + fmt(sc.recall()) + "  F1 " +
         fmt(f1) + "  (correct " + std::to_string(sc.correct) + ", produced " +
         std::to_string(sc.produced) + ", expected " + std::to_string(sc.expected) + ")\n";
  out += "PETRARCH speed    load " + fmt(load_s) + " s; coded " + std::to_string(coded) +
         " records in " + fmt(code_s) + " s = " + fmt(code_s > 0 ? coded / code_s : 0) +
         " sentences/s\n";
  Out::stdout_().write(out);
  return kExitOk;
}

}  // namespace

int cmd_eval(const Args& args) {
  Flags flags("eval",
              "syntax|segment|actors --gold FILE [options]\n"
              "       events --seed-gold FILE ARTICLE | --plover FILE | --eventdna FILE\n"
              "       petrarch FILE.xml --dicts DIR [--use-parse]");
  add_pipeline_flags(flags);
  flags.value("gold", "gold CoNLL-U file")
      .value("mode", "syntax: gold-tok (gold tokenization) or raw (from the raw text)", "gold-tok")
      .toggle("paragraphs-from-sent-id",
              "segment: take paragraph breaks from Lassy-style sent_ids (...p.N.s.M)")
      .toggle("show-misses", "actors: list the gold actors not found")
      .value("seed-gold", "events: seed gold lines (JSON Lines); the article is the argument")
      .value("plover", "events: PLOVER records (JSON Lines, English or Dutch)")
      .value("eventdna", "events: EventDNA documents (JSON Lines)")
      .value("half", "events: records or documents to score: all, first, second, even, odd", "all")
      .value("max-docs", "events: score at most this many records or documents (0 = all)", "0")
      .toggle("errors", "events: print misses and false positives")
      .value("dicts",
             "petrarch: a dictionary folder (from 'dyad lang import-petrarch') or the "
             "PETRARCH dictionary files, imported on the fly")
      .toggle("use-parse",
              "petrarch: code from each record's <Parse> (CoNLL-U) instead of its text")
      .toggle("all-categories", "petrarch: also score records whose category is not in <Include>")
      .value("repeat", "petrarch: code each record this many times (for timing)", "1")
      .toggle("all-events",
              "events: keep events without a coded actor (EventDNA always scores this way)");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (flags.positional().size() != 1) {
    if (flags.positional().size() == 2 && flags.positional()[0] == "events")
      return eval_events(flags);
    if (flags.positional().size() == 2 && flags.positional()[0] == "petrarch")
      return eval_petrarch(flags);
    report("eval: name what to score: syntax, segment, actors, events or petrarch FILE.xml");
    return kExitUsage;
  }
  const std::string what = flags.positional()[0];
  if (what == "syntax") return eval_syntax(flags);
  if (what == "segment") return eval_segment(flags);
  if (what == "actors") return eval_actors(flags);
  if (what == "events") return eval_events(flags);
  if (what == "petrarch") return eval_petrarch(flags);  // reports the missing file
  report("eval: unknown '" + what + "' (syntax, segment, actors, events, petrarch)");
  return kExitUsage;
}

}  // namespace dyad::cli
