#include "doc/doc.h"

namespace dyad {

void Doc::clear_annotations() {
  tokens.clear();
  sentences.clear();
  mwts.clear();
  mentions.clear();
  events.clear();
  annotations = 0;
}

}  // namespace dyad
