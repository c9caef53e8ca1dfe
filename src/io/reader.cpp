// DocReader: input expansion (files, folders, stdin), format choice, and one handler per format
// (text/seed, JSON Lines, CoNLL-U) reading from a ByteStream (see source.h). The rules are in
// reader.h.
#include "io/reader.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <system_error>

#include "io/conllu.h"
#include "io/doc_checks.h"
#include "io/json.h"
#include "io/source.h"
#include "util/utf8.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using io::ByteStream;
using Next = DocReader::Next;

enum class Format { auto_, text, seed, jsonl, conllu };

bool parse_format(const std::string& s, Format& f) {
  if (s == "auto" || s.empty())
    f = Format::auto_;
  else if (s == "text" || s == "txt")
    f = Format::text;
  else if (s == "seed")
    f = Format::seed;
  else if (s == "jsonl" || s == "json")
    f = Format::jsonl;
  else if (s == "conllu")
    f = Format::conllu;
  else
    return false;
  return true;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t k = 0; k < suffix.size(); ++k) {
    char a = s[s.size() - suffix.size() + k];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != suffix[k]) return false;
  }
  return true;
}

// Format by file name; auto_ when the name says nothing.
Format format_from_name(std::string_view name) {
  for (auto ext : {".jsonl", ".json", ".ndjson"})
    if (ends_with_ci(name, ext)) return Format::jsonl;
  for (auto ext : {".conllu", ".conll"})
    if (ends_with_ci(name, ext)) return Format::conllu;
  for (auto ext : {".txt", ".text"})
    if (ends_with_ci(name, ext)) return Format::seed;
  return Format::auto_;
}

// Content sniffing on the first bytes of the (decompressed) input. Returns auto_ when `head`
// holds only comment lines (the caller may look further).
Format sniff(std::string_view head) {
  size_t i = io::bom_length(head);
  while (i < head.size() &&
         (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
    ++i;
  if (i < head.size() && head[i] == '{') return Format::jsonl;
  // CoNLL-U: the first word line "N\t" or "N-M\t", before any other kind of line; comments
  // ("# ...") may precede it.
  size_t pos = i;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    std::string_view line = head.substr(pos, nl == std::string_view::npos ? head.npos : nl - pos);
    if (line.empty() || line[0] != '#') {
      size_t d = 0;
      while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
      if (d > 0 && d < line.size() && line[d] == '-') {
        ++d;
        while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
      }
      return d > 0 && d < line.size() && line[d] == '\t' ? Format::conllu : Format::seed;
    }
    if (nl == std::string_view::npos) return Format::auto_;
    pos = nl + 1;
  }
  return Format::auto_;
}

std::string lowercase_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

Location loc(const std::string& file, uint64_t line = 0) {
  return Location{file, line};
}
Location loc_byte(const std::string& file, uint64_t line, uint64_t byte) {
  Location l{file, line};
  l.byte = byte;
  l.has_byte = true;
  return l;
}

// One input, as expanded by open().
struct Input {
  std::string path;     // file system path; empty for stdin and in-memory inputs
  std::string display;  // names it in errors and Doc::source: the path, or "<stdin>"
  std::string name;     // for ids and format detection: relative path or basename, "stdin"
  Status error;         // set when the input cannot be used (reported when reached)
  std::unique_ptr<io::Source> source;  // preset source (stdin, string, stream)
};

// Reads the documents of one input.
class Handler {
 public:
  virtual ~Handler() = default;
  virtual Next next(Doc& doc, Status& error) = 0;
};

void apply_defaults(Doc& doc, const ReadOptions& opts) {
  if (doc.date.empty()) doc.date = opts.default_date;
  if (doc.lang.empty()) doc.lang = opts.default_lang;
}

// ---- text and seed: one document per input ----

class TextHandler : public Handler {
 public:
  TextHandler(std::unique_ptr<ByteStream> in, const Input& input, const ReadOptions& opts,
              bool seed, int64_t size)
      : in_(std::move(in)), input_(input), opts_(opts), seed_(seed), size_(size) {}

  Next next(Doc& doc, Status& error) override {
    if (done_) return Next::end;
    done_ = true;
    const std::string& file = input_.display;
    if (size_ >= 0 && static_cast<uint64_t>(size_) > opts_.max_doc_bytes) {
      error = Status(Errc::too_large,
                     "document of " + std::to_string(size_) + " bytes exceeds the limit of " +
                         std::to_string(opts_.max_doc_bytes) + " bytes",
                     loc(file));
      return Next::error;
    }
    std::string raw;
    bool complete = in_->read_up_to(raw, opts_.max_doc_bytes);
    if (!in_->error().ok()) {
      error = Status(in_->error().code(), in_->error().message(), loc_byte(file, 0, raw.size()));
      return Next::error;
    }
    if (!complete) {
      error =
          Status(Errc::too_large,
                 "document exceeds the limit of " + std::to_string(opts_.max_doc_bytes) + " bytes",
                 loc(file));
      return Next::error;
    }
    std::string_view v(raw);
    if (v.size() >= 2 &&
        ((v[0] == '\xFF' && v[1] == '\xFE') || (v[0] == '\xFE' && v[1] == '\xFF'))) {
      error = Status(Errc::invalid_utf8, "UTF-16 input (byte order mark); dyad reads UTF-8",
                     loc_byte(file, 0, 0));
      return Next::error;
    }
    size_t skip = io::bom_length(v);
    // Binary and UTF-8 checks run on the whole file so that offsets are the file's.
    Status st = io::check_text(v.substr(skip));
    if (!st.ok() && st.code() != Errc::empty_input) {
      error = Status(st.code(), st.message(), loc_byte(file, 0, st.where().byte + skip));
      return Next::error;
    }
    std::string date;
    if (seed_) {
      auto h = io::parse_seed_header(v.substr(skip));
      if (!h.ok()) {
        error = Status(h.status().code(), h.status().message(),
                       loc_byte(file, 1, h.status().where().byte + skip));
        return Next::error;
      }
      date = h->date;
      skip += h->length;
    }
    if (io::is_blank(v.substr(skip))) {
      error = Status(Errc::empty_input, "empty document (no text)", loc(file));
      return Next::error;
    }
    doc = Doc();
    doc.id = input_.name;
    doc.source = file;
    doc.date = std::move(date);
    raw.erase(0, skip);
    doc.text = std::move(raw);
    apply_defaults(doc, opts_);
    return Next::doc;
  }

 private:
  std::unique_ptr<ByteStream> in_;
  const Input& input_;
  const ReadOptions& opts_;
  bool seed_;
  int64_t size_;
  bool done_ = false;
};

// ---- JSON Lines ----

class JsonlHandler : public Handler {
 public:
  JsonlHandler(std::unique_ptr<ByteStream> in, const Input& input, const ReadOptions& opts)
      : in_(std::move(in)), input_(input), opts_(opts) {
    // A line may be longer than its text (escapes, other keys); beyond this it is refused
    // unread.
    max_line_ = opts.max_doc_bytes > (SIZE_MAX - (1u << 20)) / 2
                    ? SIZE_MAX
                    : 2 * opts.max_doc_bytes + (1u << 20);
  }

  Next next(Doc& doc, Status& error) override {
    static constexpr std::string_view kKeys[] = {"text", "id", "date", "lang"};
    const std::string& file = input_.display;
    for (;;) {
      bool too_long = false;
      if (!in_->read_line(line_, max_line_, &too_long)) {
        if (!in_->error().ok() && !reported_) {
          reported_ = true;
          error = Status(in_->error().code(), in_->error().message(), loc(file, lineno_ + 1));
          return Next::error;
        }
        return Next::end;
      }
      ++lineno_;
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      std::string_view v(line_);
      size_t bom = lineno_ == 1 ? io::bom_length(v) : 0;
      v.remove_prefix(bom);
      if (too_long) {
        error = Status(Errc::too_large, "line longer than " + std::to_string(max_line_) + " bytes",
                       loc(file, lineno_));
        return Next::error;
      }
      if (io::is_blank(v)) continue;
      if (size_t bad = utf8::find_invalid(v); bad != std::string_view::npos) {
        error = Status(Errc::invalid_utf8, "malformed UTF-8", loc_byte(file, lineno_, bad + bom));
        return Next::error;
      }
      json::Value f[4];
      Status st = json::parse_object_fields(v, kKeys, f);
      if (!st.ok()) {
        error = Status(Errc::parse, "bad JSON: " + st.message(),
                       loc_byte(file, lineno_, st.where().byte + bom));
        return Next::error;
      }
      const json::Value &text = f[0], &id = f[1], &date = f[2], &lang = f[3];
      if (!text.is_string()) {
        error =
            Status(Errc::parse, text.is_null() ? "missing \"text\"" : "\"text\" is not a string",
                   loc(file, lineno_));
        return Next::error;
      }
      if (!(id.is_null() || id.is_string() || id.is_number()) ||
          !(date.is_null() || date.is_string()) || !(lang.is_null() || lang.is_string())) {
        error = Status(Errc::parse, "\"id\", \"date\" and \"lang\" must be strings",
                       loc(file, lineno_));
        return Next::error;
      }
      if (date.is_string() && !date.str.empty() && !io::valid_date(date.str)) {
        error =
            Status(Errc::parse, "invalid \"date\" '" + date.str + "' (YYYY, YYYY-MM or YYYY-MM-DD)",
                   loc(file, lineno_));
        return Next::error;
      }
      if (text.str.size() > opts_.max_doc_bytes) {
        error =
            Status(Errc::too_large,
                   "text of " + std::to_string(text.str.size()) + " bytes exceeds the limit of " +
                       std::to_string(opts_.max_doc_bytes) + " bytes",
                   loc(file, lineno_));
        return Next::error;
      }
      // The decoded text is valid UTF-8 (checked line, strict escapes); check the rest. Offsets
      // inside the decoded text do not map to the line, so they are not given.
      if (Status c = io::check_text(text.str, false); !c.ok()) {
        error = Status(c.code(), c.message(), loc(file, lineno_));
        return Next::error;
      }
      doc = Doc();
      doc.id =
          id.is_null() || id.str.empty() ? input_.name + ":" + std::to_string(lineno_) : id.str;
      doc.source = file + ":" + std::to_string(lineno_);
      doc.text = std::move(f[0].str);
      if (date.is_string()) doc.date = date.str;
      if (lang.is_string()) doc.lang = lowercase_ascii(lang.str);
      apply_defaults(doc, opts_);
      return Next::doc;
    }
  }

 private:
  std::unique_ptr<ByteStream> in_;
  const Input& input_;
  const ReadOptions& opts_;
  size_t max_line_;
  std::string line_;
  uint64_t lineno_ = 0;
  bool reported_ = false;
};

// ---- CoNLL-U: read block by block ("# newdoc" at a sentence boundary starts a block) ----

class ConlluHandler : public Handler {
 public:
  ConlluHandler(std::unique_ptr<ByteStream> in, const Input& input, const ReadOptions& opts)
      : in_(std::move(in)), input_(input), opts_(opts) {
    // CoNLL-U is several times larger than the text it holds.
    max_block_ = opts.max_doc_bytes > SIZE_MAX / 16 ? SIZE_MAX : 16 * opts.max_doc_bytes;
  }

  Next next(Doc& doc, Status& error) override {
    for (;;) {
      if (!errors_.empty()) {
        error = std::move(errors_.front());
        errors_.pop_front();
        return Next::error;
      }
      if (!docs_.empty()) {
        doc = std::move(docs_.front());
        docs_.pop_front();
        return Next::doc;
      }
      if (eof_) return Next::end;
      read_block();
    }
  }

 private:
  static bool is_newdoc(std::string_view line) {
    if (line.substr(0, 1) != "#") return false;
    line.remove_prefix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    return line.substr(0, 6) == "newdoc" &&
           (line.size() == 6 || line[6] == ' ' || line[6] == '=' || line[6] == '\t');
  }

  // Reads lines up to the next "# newdoc" that starts a new document, and parses them.
  void read_block() {
    const std::string& file = input_.display;
    block_.clear();
    uint64_t first_line = lineno_ + 1;
    bool has_words = false, at_boundary = true, oversized = false;
    if (!pending_.empty()) {  // the "# newdoc" line that ended the previous block
      block_ = pending_;
      block_ += '\n';
      pending_.clear();
      first_line = lineno_;
    }
    for (;;) {
      bool too_long = false;
      if (!in_->read_line(line_, max_block_, &too_long)) {
        eof_ = true;
        if (!in_->error().ok())
          errors_.push_back(
              Status(in_->error().code(), in_->error().message(), loc(file, lineno_ + 1)));
        break;
      }
      ++lineno_;
      std::string_view v(line_);
      if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
      bool blank = v.find_first_not_of(" \t") == std::string_view::npos;
      if (!blank && at_boundary && has_words && is_newdoc(v)) {
        pending_ = line_;
        break;
      }
      if (blank) {
        at_boundary = true;
      } else {
        at_boundary = false;
        if (v[0] != '#') has_words = true;
      }
      if (oversized) continue;
      if (too_long || block_.size() + line_.size() + 1 > max_block_) {
        oversized = true;
        errors_.push_back(Status(
            Errc::too_large,
            "CoNLL-U document longer than " + std::to_string(max_block_) + " bytes (skipped)",
            loc(file, first_line)));
        block_.clear();
        continue;
      }
      block_ += line_;
      block_ += '\n';
    }
    if (oversized || block_.empty()) return;
    ConlluReadOptions o;
    o.source = file;
    o.id_base = input_.name;
    o.first_line = first_line;
    o.first_doc = doc_count_;
    ConlluReadResult r = read_conllu(block_, o);
    for (auto& st : r.skipped) errors_.push_back(std::move(st));
    for (auto& d : r.docs) {
      ++doc_count_;
      if (d.text.size() > opts_.max_doc_bytes) {
        errors_.push_back(Status(Errc::too_large,
                                 "document '" + d.id + "' exceeds the limit of " +
                                     std::to_string(opts_.max_doc_bytes) + " bytes",
                                 loc(file, first_line)));
        continue;
      }
      apply_defaults(d, opts_);
      docs_.push_back(std::move(d));
    }
  }

  std::unique_ptr<ByteStream> in_;
  const Input& input_;
  const ReadOptions& opts_;
  size_t max_block_;
  std::string line_, block_, pending_;
  uint64_t lineno_ = 0;
  uint32_t doc_count_ = 0;
  bool eof_ = false;
  std::deque<Doc> docs_;
  std::deque<Status> errors_;
};

// ---- the reader ----

class MultiReader : public DocReader {
 public:
  MultiReader(std::vector<Input> inputs, ReadOptions opts, Format format)
      : inputs_(std::move(inputs)), opts_(std::move(opts)), format_(format) {}

  Next next(Doc& doc, Status& error) override {
    for (;;) {
      if (cur_) {
        Next r = cur_->next(doc, error);
        if (r != Next::end) return r;
        cur_.reset();
      }
      if (next_input_ >= inputs_.size()) return Next::end;
      Input& in = inputs_[next_input_++];
      if (!in.error.ok()) {
        error = in.error;
        return Next::error;
      }
      Status st = start(in);
      if (!st.ok()) {
        error = std::move(st);
        return Next::error;
      }
    }
  }

 private:
  Status start(Input& in) {
    int64_t size = -1;
    std::unique_ptr<io::Source> src;
    if (in.source) {
      src = std::move(in.source);
    } else {
      auto r = io::open_file_source(in.path, &size);
      if (!r.ok()) return Status(r.status().code(), r.status().message(), loc(in.display));
      src = std::move(r.value());
    }
    auto stream = std::make_unique<ByteStream>(std::move(src));
    std::string_view name = in.name;
    if (io::is_gzip_magic(stream->peek(2))) {
      stream = std::make_unique<ByteStream>(io::gzip_source(std::move(stream)));
      size = -1;  // the decompressed size is not known
      if (ends_with_ci(name, ".gz")) name.remove_suffix(3);
    }
    Format f = format_;
    if (f == Format::auto_) f = format_from_name(name);
    // Sniff a small window first (a pipe need not be read far before the first document).
    if (f == Format::auto_) f = sniff(stream->peek(4096));
    if (f == Format::auto_) f = sniff(stream->peek(256 * 1024));
    if (f == Format::auto_) f = Format::seed;
    if (!stream->error().ok())
      return Status(stream->error().code(), stream->error().message(), loc(in.display));
    switch (f) {
      case Format::jsonl: {
        std::string_view head = stream->peek(4096);
        size_t i = io::bom_length(head);
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
          ++i;
        if (i < head.size() && head[i] == '[')
          return Status(Errc::unsupported,
                        "a JSON array; dyad reads JSON Lines (one object per line)",
                        loc(in.display, 1));
        cur_ = std::make_unique<JsonlHandler>(std::move(stream), in, opts_);
        break;
      }
      case Format::conllu:
        cur_ = std::make_unique<ConlluHandler>(std::move(stream), in, opts_);
        break;
      case Format::text:
      case Format::seed:
      case Format::auto_:
        cur_ = std::make_unique<TextHandler>(std::move(stream), in, opts_, f != Format::text, size);
        break;
    }
    return Status::Ok();
  }

  std::vector<Input> inputs_;
  ReadOptions opts_;
  Format format_;
  size_t next_input_ = 0;
  std::unique_ptr<Handler> cur_;
};

bool hidden(const fs::path& p) {
  std::string n = p.filename().string();
  return !n.empty() && n[0] == '.';
}

// Adds the files under `dir`, sorted by path, skipping hidden files and folders.
void expand_folder(const std::string& dir, std::vector<Input>& out) {
  std::vector<std::string> rel;
  std::error_code ec;
  fs::path root(dir);
  auto it = fs::recursive_directory_iterator(root, fs::directory_options::none, ec);
  if (ec) {
    Input bad;
    bad.display = dir;
    bad.error = Status(Errc::io, "cannot list folder: " + ec.message(), loc(dir));
    out.push_back(std::move(bad));
    return;
  }
  for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
    if (ec) {
      Input bad;
      bad.display = dir;
      bad.error = Status(Errc::io, "cannot list folder: " + ec.message(), loc(dir));
      out.push_back(std::move(bad));
      return;
    }
    const fs::path& p = it->path();
    if (hidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) continue;
    // Regular files and symlinks to them; sockets, fifos etc. are skipped.
    if (!it->is_regular_file(ec)) continue;
    rel.push_back(p.lexically_relative(root).generic_string());
  }
  std::sort(rel.begin(), rel.end());
  for (auto& r : rel) {
    Input in;
    in.path = (root / r).string();
    in.display = in.path;
    in.name = r;
    out.push_back(std::move(in));
  }
}

Result<Format> check_options(const ReadOptions& opts) {
  Format f;
  if (!parse_format(opts.format, f))
    return Status(Errc::usage,
                  "unknown input format '" + opts.format + "' (auto, text, seed, jsonl, conllu)");
  if (opts.max_doc_bytes == 0) return Status(Errc::usage, "max_doc_bytes must be positive");
  if (!opts.default_date.empty() && !io::valid_date(opts.default_date))
    return Status(Errc::usage,
                  "invalid default date '" + opts.default_date + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
  return f;
}

std::string base_name(const std::string& path) {
  std::string n = fs::path(path).filename().string();
  return n.empty() ? path : n;
}

}  // namespace

Result<std::unique_ptr<DocReader>> DocReader::open(const std::vector<std::string>& inputs,
                                                   const ReadOptions& opts) {
  auto f = check_options(opts);
  if (!f.ok()) return f.status();
  std::vector<Input> list;
  bool stdin_used = false;
  auto add_stdin = [&]() {
    if (stdin_used) return;  // stdin can be read once
    stdin_used = true;
    Input in;
    in.display = "<stdin>";
    in.name = "stdin";
    in.source = io::file_source(stdin, false);
    list.push_back(std::move(in));
  };
  if (inputs.empty()) add_stdin();
  for (const auto& p : inputs) {
    if (p == "-") {
      add_stdin();
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      expand_folder(p, list);
      continue;
    }
    Input in;
    in.path = p;
    in.display = p;
    in.name = base_name(p);
    list.push_back(std::move(in));
  }
  return std::unique_ptr<DocReader>(
      std::make_unique<MultiReader>(std::move(list), opts, f.value()));
}

Result<std::unique_ptr<DocReader>> DocReader::from_string(std::string content,
                                                          const std::string& name,
                                                          const ReadOptions& opts) {
  auto f = check_options(opts);
  if (!f.ok()) return f.status();
  std::vector<Input> list(1);
  list[0].display = name;
  list[0].name = base_name(name);
  list[0].source = io::string_source(std::move(content));
  return std::unique_ptr<DocReader>(
      std::make_unique<MultiReader>(std::move(list), opts, f.value()));
}

Result<std::unique_ptr<DocReader>> DocReader::from_stream(std::istream& in, const std::string& name,
                                                          const ReadOptions& opts) {
  auto f = check_options(opts);
  if (!f.ok()) return f.status();
  std::vector<Input> list(1);
  list[0].display = name;
  list[0].name = base_name(name);
  list[0].source = io::istream_source(in);
  return std::unique_ptr<DocReader>(
      std::make_unique<MultiReader>(std::move(list), opts, f.value()));
}

}  // namespace dyad
