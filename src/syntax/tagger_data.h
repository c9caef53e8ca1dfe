// Training data for the tagger and lemmatizer trainers. Treebanks of one language released
// under older UD guidelines (nl_lassysmall 2.0, nl_alpino 2.1) annotate some words differently
// from the newest release (possessives DET -> PRON Poss=Yes, ordinals NUM -> ADJ, compound
// lemmas with underscores). When a sentence occurs both in an earlier --train file and in the
// last one, the pairs teach a conversion (lowercased form + old UPOS/FEATS -> new UPOS/FEATS;
// form + old lemma -> new lemma) that is applied to every earlier file; the older copies of
// such sentences are dropped.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

struct TrainingData {
  std::vector<Doc> docs;
  std::vector<bool> newest;  // per doc: from the last training file
};

Status load_training_data(const std::vector<std::string>& files,
                          const std::function<void(const std::string&)>& log, TrainingData& out);

}  // namespace dyad
