// Document readers: plain text, the seed format ("date YYYY-MM[-DD]" header), JSON Lines
// ({"id","date","lang","text"} per line), CoNLL-U, folders of files, gzip, stdin. A bad document
// (malformed UTF-8, binary, empty, too large, bad JSON) yields an error naming file, line or byte,
// and reading goes on with the next document.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

struct ReadOptions {
  std::string format = "auto";  // auto | text | seed | jsonl | conllu
  size_t max_doc_bytes = 32u << 20;  // a larger document is refused with Errc::too_large
  std::string default_date;          // used when a document has none
  std::string default_lang;          // used when a document has none ("" = identify later)
};

class DocReader {
 public:
  // `inputs`: paths of files or folders; "-" or an empty list means standard input.
  static Result<std::unique_ptr<DocReader>> open(const std::vector<std::string>& inputs,
                                                 const ReadOptions& opts);
  virtual ~DocReader() = default;
  enum class Next { doc, error, end };
  // Fills `doc` (Next::doc), or reports one bad document or input in `error` (Next::error;
  // the caller may go on calling next), or says there is nothing more (Next::end).
  virtual Next next(Doc& doc, Status& error) = 0;
};

}  // namespace dyad
