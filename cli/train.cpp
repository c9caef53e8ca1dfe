// dyad train tagger|lemmatizer|parser: trains a model from CoNLL-U files.
#include <cstdio>

#include "commands.h"
#include "common.h"
#include "flags.h"
#include "output.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/parser_trainer.h"
#include "syntax/tagger.h"
#include "util/paths.h"

namespace dyad::cli {

int cmd_train(const Args& args) {
  Flags flags("train", "tagger|lemmatizer|parser --lang nl|en --train FILE.conllu... [options]");
  flags.value("lang", "language of the model (nl or en)")
      .multi("train", "training data, CoNLL-U")
      .multi("dev", "development data for model selection and scores, CoNLL-U")
      .value("out", "model file to write (default: models/<lang>/<stage>.bin under DYAD_HOME)")
      .value("epochs", "training epochs (0 = the stage's default)", "0")
      .value("seed", "random seed for shuffling", "1")
      .value("jackknife-folds",
             "parser: k-fold jackknifed training tags from the internal tagger, trained on "
             "together with the gold tags (0 = gold tags only, e.g. when the --train files "
             "already include copies with predicted tags)",
             "5")
      .value("max-model-mb",
             "parser: prune the weights until the model file is at most this many MB", "11.5")
      .value("amb-min-count",
             "parser: ambiguity-class features for forms seen at least this often (models with "
             "XPOS; 0 = off)",
             "0")
      .toggle("punct-rule",
              "parser: re-attach the punctuation of UD 2.0 Dutch training files with the rule "
              "applied after parsing instead of the older projective re-attachment");
  if (int rc = parse_or_usage(flags, args); rc >= 0) return rc;
  if (flags.positional().size() != 1) {
    report("train: name one stage: tagger, lemmatizer or parser");
    return kExitUsage;
  }
  const std::string stage = flags.positional()[0];
  TrainOptions opts;
  opts.lang = flags.get("lang");
  opts.train_files = flags.all("train");
  opts.dev_files = flags.all("dev");
  opts.epochs = flags.get_int("epochs", 0);
  opts.seed = static_cast<uint64_t>(flags.get_int("seed", 1));
  if (opts.lang.empty() || opts.train_files.empty()) {
    report("train: --lang and at least one --train file are required");
    return kExitUsage;
  }
  opts.out = flags.given("out") ? flags.get("out") : model_path(opts.lang, stage);
  opts.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  Status st;
  if (stage == "tagger") {
    st = train_tagger(opts);
  } else if (stage == "lemmatizer") {
    st = train_lemmatizer(opts);
  } else if (stage == "parser") {
    ParserTrainConfig cfg;
    cfg.jackknife_folds = flags.get_int("jackknife-folds", cfg.jackknife_folds);
    cfg.punct_rule_conversion = flags.on("punct-rule");
    cfg.max_model_bytes = flags.get_double("max-model-mb", 11.5) * 1e6;
    cfg.amb_min_count = flags.get_int("amb-min-count", cfg.amb_min_count);
    st = train_parser(opts, cfg);
  } else {
    report("train: unknown stage '" + stage + "' (tagger, lemmatizer, parser)");
    return kExitUsage;
  }
  if (!st.ok()) {
    report(st);
    return st.code() == Errc::usage ? kExitUsage : kExitInput;
  }
  std::fprintf(stderr, "wrote %s\n", opts.out.c_str());
  return kExitOk;
}

}  // namespace dyad::cli
