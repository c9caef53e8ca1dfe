// CoNLL-U in and out. Reading builds Docs whose text is reconstructed from the word forms
// (multiword tokens by their surface form) and SpaceAfter=No, so byte offsets are exact; the
// syntax stage is skipped for such Docs (they arrive with tags, lemmas and heads as given).
// In the rebuilt text, sentences are separated by "\n" and paragraphs ("# newpar") by "\n\n".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

struct ConlluReadResult {
  std::vector<Doc> docs;
  std::vector<Status> skipped;   // malformed sentences that were skipped, with file and line
  std::vector<Status> warnings;  // sentences read with a repair (a head cycle broken)
};

struct ConlluReadOptions {
  std::string source;       // names the input in errors and in Doc::source
  std::string id_base;      // a document without "# newdoc id" gets "<id_base>#<n>" ("" = source)
  uint64_t first_line = 1;  // line number of content's first line (content = part of a file)
  uint32_t first_doc = 0;   // <n> of the first document without an id
};

// Parses CoNLL-U `content`. Sentences are grouped into documents at "# newdoc" comments (one Doc
// for all sentences when there are none). A malformed sentence is skipped and reported with its
// line (Errc::parse; Errc::invalid_utf8 with the byte offset in the line for malformed UTF-8);
// reading goes on with the next sentence. Checked: 10 columns, word ids in sequence, multiword
// ranges inside the sentence and not overlapping, heads numeric and within the sentence, a
// non-empty FORM. A head cycle does not cost the sentence (LassySmall 2.0 train has three words
// headed by themselves): one head on the cycle is set to -1 (unknown) and a warning is added;
// consumers must accept head -1 anyway ("_" in the HEAD column). Empty nodes (8.1) of the enhanced
// graph are ignored; so are comments other than newdoc, newpar and sent_id (the text is rebuilt
// from the forms and SpaceAfter).
ConlluReadResult read_conllu(std::string_view content, const ConlluReadOptions& opts);
// The same with `source` as the source and id base.
ConlluReadResult read_conllu(std::string_view content, const std::string& source);

// Reads a whole CoNLL-U file, plain or gzip-compressed (by its magic bytes), with no size
// limit (for training data; DocReader streams document by document with limits).
Result<ConlluReadResult> read_conllu_file(const std::string& path);

// Appends the CoNLL-U of `doc` to `out`: "# newdoc id", "# newpar" where a new paragraph
// starts (after the first), per sentence "# sent_id" and "# text", then the 10 columns, then a
// blank line. Missing annotations are written as "_"; a field's tabs and line breaks become
// spaces (a FORM or LEMMA of only spaces or an empty one is written "_"). SpaceAfter=No comes
// from TokenData::space_after (on the multiword token's line for its words), on a sentence's
// last token too (no space before the next sentence). "# text" is built
// from the written forms and SpaceAfter, so it always matches the token lines (as the UD
// validator requires) even when Doc::text has line breaks or several spaces between tokens.
void write_conllu(const Doc& doc, std::string& out);

}  // namespace dyad
