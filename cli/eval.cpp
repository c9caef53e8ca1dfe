// dyad eval syntax|segment: scores against gold CoNLL-U, one summary line per metric.
#include <chrono>
#include <cstdio>

#include "actors/matcher.h"
#include "commands.h"
#include "common.h"
#include "eval/actors_eval.h"
#include "eval/segment.h"
#include "eval/syntax_eval.h"
#include "io/conllu.h"
#include "output.h"
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

}  // namespace

int cmd_eval(const Args& args) {
  Flags flags("eval", "syntax|segment|actors --gold FILE [options]");
  add_pipeline_flags(flags);
  flags.value("gold", "gold CoNLL-U file")
      .value("mode", "syntax: gold-tok (gold tokenization) or raw (from the raw text)", "gold-tok")
      .toggle("paragraphs-from-sent-id",
              "segment: take paragraph breaks from Lassy-style sent_ids (...p.N.s.M)")
      .toggle("show-misses", "actors: list the gold actors not found");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (flags.positional().size() != 1) {
    report("eval: name what to score: syntax, segment or actors");
    return kExitUsage;
  }
  const std::string what = flags.positional()[0];
  if (what == "syntax") return eval_syntax(flags);
  if (what == "segment") return eval_segment(flags);
  if (what == "actors") return eval_actors(flags);
  report("eval: unknown '" + what + "' (syntax, segment, actors)");
  return kExitUsage;
}

}  // namespace dyad::cli
