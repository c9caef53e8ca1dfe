// Document writers. CoNLL-U is in conllu.h; JSON building blocks in json.h.
#pragma once

#include <string>

#include "doc/doc.h"

namespace dyad {

// Appends one line of JSON (ending in '\n') describing `doc`. The layout is stable (keys are
// only ever added, never renamed or removed) and every key is always present:
//
//   {"id": str, "source": str, "date": str, "lang": str, "text": str,
//    "sentences": [
//      {"id": str, "start": int, "end": int, "paragraph": int, "credit": bool,
//       "tokens": [
//         {"id": int, "form": str, "lemma": str, "upos": str, "xpos": str, "feats": str,
//          "head": int|null, "deprel": str, "start": int, "end": int, "space_after": bool}
//       ],
//       "mwts": [{"first": int, "last": int, "form": str}]
//      }
//    ]}
//
// Unknown values are "" (strings) and null (head). start/end are byte offsets into "text"
// (UTF-8, end exclusive). A token's "id" is its 1-based number in the sentence, as in CoNLL-U,
// and "head" refers to those numbers (0 = root). A multiword token covers the sentence's tokens
// first..last (1-based, inclusive), as the CoNLL-U range "first-last".
void write_doc_jsonl(const Doc& doc, std::string& out);

}  // namespace dyad
