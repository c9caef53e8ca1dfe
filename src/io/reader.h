// Document readers: plain text, the seed format ("date YYYY-MM[-DD]" header), JSON Lines
// ({"id","date","lang","text"} per line), CoNLL-U, folders of files, gzip, stdin. A bad document
// (malformed UTF-8, binary, empty, too large, bad JSON) yields an error naming file, line or byte,
// and reading goes on with the next document.
//
// Inputs. A file; a folder (read recursively, files in byte-wise sorted order of their path,
// hidden files and folders skipped); "-" or an empty list: standard input. Each file is read by
// its own format.
//
// Formats ("auto"). Gzip is recognised by its magic bytes and decompressed while streaming; the
// inner format then comes from the name without ".gz" (x.jsonl.gz). By extension: .jsonl .json
// .ndjson = JSON Lines, .conllu .conll = CoNLL-U, .txt .text = text (with the seed header). Any
// other name, stdin and from_string/from_stream without a known extension are sniffed: first
// non-blank byte '{' = JSON Lines; a line "N<TAB>" (or a "#" comment line followed by one) =
// CoNLL-U; else text. format = "text" reads text with no seed header detection, "seed" text with
// it; "jsonl" and "conllu" force those.
//
// Text: one document per file; a UTF-8 BOM is stripped; a seed header
// (" date 2022-12 " / "date 2022-12-05\n") sets Doc::date and is stripped with its one
// following separator. Doc::text is exactly the bytes after BOM and header, so all offsets are
// relative to the text after the header (error byte offsets, however, are relative to the file).
// Bytes are kept as they are (no CRLF normalisation). max_doc_bytes applies to the file size.
//
// JSON Lines: one object per line, "text" (string) required; "id" (string or number), "date"
// ("YYYY", "YYYY-MM", "YYYY-MM-DD", validated), "lang" optional (null or "" = absent); other keys
// are ignored, blank lines skipped. Error byte offsets are relative to the line.
//
// CoNLL-U: read_conllu() per "# newdoc" block; Docs arrive with tokens, tags, lemmas and heads.
// A malformed sentence is an error (the rest of its document is kept); read_conllu's warnings
// (a broken head cycle) are not reported here.
//
// Ids and sources. Text: Doc::id = the path relative to the folder given (the basename for a
// file given directly), Doc::source = the path. JSON Lines: "id", or "<name>:<line>"; source
// "<path>:<line>". CoNLL-U: "# newdoc id", or "<name>#<n>". Standard input: name "stdin",
// path "<stdin>". ReadOptions::default_date/default_lang fill in what a document lacks.
//
// Errors (Next::error, then reading goes on): Errc::io (cannot open/read; a folder that cannot
// be listed), Errc::invalid_utf8 (byte offset of the first bad byte), Errc::binary_input (NUL
// byte or >10% control characters), Errc::empty_input (empty or whitespace only),
// Errc::too_large (over max_doc_bytes; the rest is not read into memory), Errc::parse (bad JSON,
// bad date, malformed CoNLL-U sentence (skipped), corrupt gzip), Errc::unsupported (a .json
// file holding a JSON array instead of JSON Lines).
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"

namespace dyad {

struct ReadOptions {
  std::string format = "auto";       // auto | text | seed | jsonl | conllu (see above)
  size_t max_doc_bytes = 32u << 20;  // a larger document is refused with Errc::too_large
  std::string default_date;          // used when a document has none
  std::string default_lang;          // used when a document has none ("" = identify later)
};

class DocReader {
 public:
  // `inputs`: paths of files or folders; "-" or an empty list means standard input.
  // Fails only for bad options (Errc::usage); a missing or unreadable input is reported by
  // next() when it is reached, so that the other inputs are still read.
  static Result<std::unique_ptr<DocReader>> open(const std::vector<std::string>& inputs,
                                                 const ReadOptions& opts);
  // Reads `content` as if it were a file called `name` ("x.jsonl", "a.txt.gz", "stdin"...):
  // the name chooses the format (with "auto") and the ids; errors name it.
  static Result<std::unique_ptr<DocReader>> from_string(std::string content,
                                                        const std::string& name,
                                                        const ReadOptions& opts);
  // The same for a stream, read lazily; `in` must outlive the reader.
  static Result<std::unique_ptr<DocReader>> from_stream(std::istream& in, const std::string& name,
                                                        const ReadOptions& opts);
  virtual ~DocReader() = default;
  enum class Next { doc, error, end };
  // Fills `doc` (Next::doc), or reports one bad document or input in `error` (Next::error;
  // the caller may go on calling next), or says there is nothing more (Next::end).
  virtual Next next(Doc& doc, Status& error) = 0;
};

}  // namespace dyad
