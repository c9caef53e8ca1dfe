// CoNLL-U in and out. Reading builds Docs whose text is reconstructed from the word forms
// (multiword tokens by their surface form) and SpaceAfter=No, so byte offsets are exact; the
// syntax stage is skipped for such Docs (they arrive with tags, lemmas and heads as given).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

struct ConlluReadResult {
  std::vector<Doc> docs;
  std::vector<Status> skipped;  // malformed sentences that were skipped, with file and line
};

// Parses CoNLL-U `content`. Sentences are grouped into documents at "# newdoc" comments (one Doc
// for all sentences when there are none). A malformed sentence is skipped and reported; reading
// goes on with the next sentence. `source` names the input in errors.
ConlluReadResult read_conllu(std::string_view content, const std::string& source);

// Reads a CoNLL-U file (plain or gzip is the io layer's business; this takes plain files).
Result<ConlluReadResult> read_conllu_file(const std::string& path);

// Appends the CoNLL-U of `doc` to `out`: "# newdoc id", per sentence "# sent_id" and "# text",
// then the 10 columns. Missing annotations are written as "_".
void write_conllu(const Doc& doc, std::string& out);

}  // namespace dyad
