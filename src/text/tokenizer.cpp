// Tokenizer and sentence splitter for Dutch and English news text.
//
// Design
// ------
// One left-to-right pass over the bytes, decoding UTF-8 with util/utf8.h and classifying code
// points with cheap tables (text/chars.h). Whitespace separates "chunks"; each chunk is cut into
// tokens by a small rule-based scanner:
//   * a word is a run of letters/digits/marks; a few joiners stay inside a word when a word
//     character follows: hyphens (kamikaze-drones, Noord-Korea, 24-jarige), apostrophes between
//     letters (auto's, Saoedi’s, zo'n), periods between alphanumerics (1.000, U.S, d.w.z),
//     commas and colons between digits (3,5  13:30), '&' (AT&T), '_' and '@' (e-mail), '/'
//     (Dutch en/of, t/m; in English only in dates and after one letter, b/c, as in EWT);
//   * a final period stays on the word when word+"." is in lang/<lang>/abbreviations.tsv or the
//     word is a run of initials (J.  U.S.  M.G.); otherwise it is its own token;
//   * URLs (http://, www.) are one token up to trailing punctuation;
//   * "..." and other period runs, "?!" runs, "--", and the Alpino quote tokens ",," and "''"
//     are one token; every other punctuation or symbol character is a token of its own;
//   * Dutch keeps apostrophe plurals and genitives in the word (Dutch UD / Alpino), and makes
//     one token of 's 't 'n and '30; a number and its % stay together in Dutch ("5%"), as in
//     LassySmall, but are split in English ("5 %"), as in EWT;
//   * English splits clitics the EWT way: do|n't ca|n't John|'s I|'m they|'re we|'ve I|'ll
//     he|'d, can|not, gon|na, wan|na, got|ta. Each part keeps its own byte range, and the
//     surface word is recorded as a Doc::mwts multiword token (as EWT's CoNLL-U does).
// Invalid UTF-8 bytes become one-byte symbol tokens with form U+FFFD; control characters are
// whitespace. Tokens longer than kMaxTokenBytes are cut (a 10 MB run without spaces).
//
// Sentences are decided afterwards over the token array (see split_sentences below): after
// . ! ? … (plus closing quotes/brackets glued to them) when the next token can start a sentence;
// after abbreviations according to their type; always at a blank line; at a single newline when
// the next line starts like a sentence and the text is not hard-wrapped; and before/after photo
// credits and bylines from lang/<lang>/credits.tsv, which become sentences with is_credit.
// Sentences longer than kMaxSentenceTokens tokens are cut.
#include "text/tokenizer.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/chars.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace dyad {

using text::CharClass;
using text::classify;

namespace {

constexpr uint32_t kMaxTokenBytes = 512;
constexpr uint32_t kMaxSentenceTokens = 300;
// A period after a word at least this long ends a sentence even before a lowercase word.
constexpr uint32_t kMinWordBeforeLowerBreak = 2;

enum class Abbrev : uint8_t { none, title, inner, number, month, final_, ambiguous };
enum class Credit : uint8_t { none, photo, byline };

struct StrHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct StrEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
template <class V>
using StrMap = std::unordered_map<std::string, V, StrHash, StrEq>;

// How a token behaves for sentence splitting.
enum Kind : uint8_t {
  kWordTok,    // words, numbers, URLs
  kTerm,       // . ! ? and runs like ?! !!
  kEllipsis,   // ... …
  kCloseTok,   // ) ] } ’ ” » ''
  kOpenTok,    // ( [ { ‘ “ „ « ,,
  kQuoteTok,   // straight " ' ` (open or close by context)
  kPunctTok,   // , ; : and other punctuation, dashes
  kSymbolTok,  // symbols, invalid bytes
};

// The first character of a token, for "can this start a sentence".
enum First : uint8_t { kFUpper, kFLower, kFDigit, kFOther };

struct Aux {
  uint8_t nl_before = 0;  // newlines in the whitespace before the token (2 = blank line)
  Kind kind = kWordTok;
  First first = kFOther;
  Abbrev abbrev = Abbrev::none;  // the token ends in an abbreviation period
  bool initials = false;         // the abbreviation is a run of initials (U.S., J.)
};

// Decodes the code point at s[i] and classifies it; `len` receives its byte length.
inline CharClass class_at(std::string_view s, size_t i, char32_t& cp, size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    cp = c;
    len = 1;
    return classify(cp);
  }
  size_t j = i;
  bool valid = true;
  cp = utf8::decode(s, j, &valid);
  len = j - i;
  if (!valid) return text::kInvalid;
  return classify(cp);
}

inline bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019;
}
inline bool is_hyphen(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
inline char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// English prefixes that EWT keeps attached with their hyphen (e-mail, non-human, re-election).
bool is_english_prefix(std::string_view w) {
  static const std::unordered_set<std::string_view> kPrefixes = {
      "e",     "non",    "pre",    "post",  "re",    "anti",  "co",      "semi", "multi",
      "mid",   "ex",     "pro",    "over",  "sub",   "vice",  "counter", "mis",  "un",
      "socio", "psycho", "where",  "inter", "intra", "trans", "ultra",   "mega", "micro",
      "macro", "neo",    "pseudo", "quasi", "bi",    "tri",   "uni",     "mini"};
  if (w.size() > 8) return false;
  char buf[9];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = ascii_lower(w[i]);
  return kPrefixes.count(std::string_view(buf, w.size())) > 0;
}

// Reads a language data TSV: comment lines (#), a header row whose first columns must equal
// `header`, then rows. Calls `row(fields, line_number)`; its Status aborts the reading.
template <class F>
Status read_tsv(const std::string& path, const std::vector<std::string>& header, F&& row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(Errc::io, "cannot open language data file", Location{path});
  std::string line;
  uint64_t n = 0;
  bool have_header = false;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f;
    std::string_view v(line);
    for (;;) {
      size_t t = v.find('\t');
      f.push_back(v.substr(0, t));
      if (t == std::string_view::npos) break;
      v.remove_prefix(t + 1);
    }
    if (!have_header) {
      for (size_t k = 0; k < header.size(); ++k)
        if (k >= f.size() || f[k] != header[k])
          return Status(Errc::data, "bad header row, expected column '" + header[k] + "'",
                        Location{path, n});
      have_header = true;
      continue;
    }
    if (f.size() < header.size())
      return Status(Errc::data, "expected " + std::to_string(header.size()) + " columns",
                    Location{path, n});
    DYAD_RETURN_IF_ERROR(row(f, n));
  }
  if (!have_header) return Status(Errc::data, "missing header row", Location{path, n});
  return Status::Ok();
}

}  // namespace

struct Tokenizer::Impl {
  std::string lang;
  bool english = false;
  StrMap<Abbrev> abbrev;  // keys end in '.'
  StrMap<Credit> credits;
  std::unordered_set<std::string, StrHash, StrEq> starters;  // lowercase

  Abbrev find_abbrev(std::string_view w) const;
  bool is_starter(std::string_view w) const;

  // Scanning.
  void scan(Doc& doc, std::vector<Aux>& aux) const;
  size_t scan_chunk(Doc& doc, std::vector<Aux>& aux, size_t b, size_t e, uint8_t& nl) const;
  size_t scan_word(std::string_view t, size_t p, size_t e, bool& non_ascii) const;
  void emit(Doc& doc, std::vector<Aux>& aux, size_t s, size_t e, Kind kind, uint8_t& nl,
            bool non_ascii, Abbrev ab = Abbrev::none, bool initials = false) const;
  void emit_word(Doc& doc, std::vector<Aux>& aux, size_t s, size_t e, uint8_t& nl,
                 bool non_ascii) const;

  // Sentences.
  void split_sentences(Doc& doc, std::vector<Aux>& aux) const;
};

Abbrev Tokenizer::Impl::find_abbrev(std::string_view w) const {
  auto it = abbrev.find(w);
  if (it != abbrev.end()) return it->second;
  if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') {
    char buf[32];
    if (w.size() < sizeof buf) {
      std::copy(w.begin(), w.end(), buf);
      buf[0] = static_cast<char>(buf[0] + 32);
      it = abbrev.find(std::string_view(buf, w.size()));
      if (it != abbrev.end()) return it->second;
    }
  }
  return Abbrev::none;
}

bool Tokenizer::Impl::is_starter(std::string_view w) const {
  char buf[32] = {};
  if (w.size() >= sizeof buf) return false;
  for (size_t i = 0; i < w.size(); ++i) buf[i] = ascii_lower(w[i]);
  return starters.count(std::string_view(buf, w.size())) > 0;
}

Result<std::shared_ptr<const Tokenizer>> Tokenizer::load(const std::string& lang_dir,
                                                         const std::string& lang) {
  if (lang != "nl" && lang != "en")
    return Status(Errc::unsupported, "no tokenizer for language '" + lang + "'");
  auto impl = std::make_shared<Impl>();
  impl->lang = lang;
  impl->english = lang == "en";
  Status st = read_tsv(
      lang_dir + "/abbreviations.tsv", {"abbreviation", "type"},
      [&](const std::vector<std::string_view>& f, uint64_t n) -> Status {
        static const std::pair<std::string_view, Abbrev> kTypes[] = {
            {"title", Abbrev::title}, {"inner", Abbrev::inner},  {"number", Abbrev::number},
            {"month", Abbrev::month}, {"final", Abbrev::final_}, {"ambiguous", Abbrev::ambiguous}};
        if (f[0].size() < 2 || f[0].back() != '.' || f[0].size() >= 32)
          return Status(Errc::data, "an abbreviation must end in '.'",
                        Location{lang_dir + "/abbreviations.tsv", n});
        for (auto& [name, type] : kTypes)
          if (f[1] == name) {
            impl->abbrev[std::string(f[0])] = type;
            return Status::Ok();
          }
        return Status(Errc::data, "unknown abbreviation type '" + std::string(f[1]) + "'",
                      Location{lang_dir + "/abbreviations.tsv", n});
      });
  DYAD_RETURN_IF_ERROR(st);
  st = read_tsv(lang_dir + "/credits.tsv", {"word", "type"},
                [&](const std::vector<std::string_view>& f, uint64_t n) -> Status {
                  if (f[1] == "photo")
                    impl->credits[std::string(f[0])] = Credit::photo;
                  else if (f[1] == "byline")
                    impl->credits[std::string(f[0])] = Credit::byline;
                  else
                    return Status(Errc::data, "unknown credit type '" + std::string(f[1]) + "'",
                                  Location{lang_dir + "/credits.tsv", n});
                  return Status::Ok();
                });
  DYAD_RETURN_IF_ERROR(st);
  st = read_tsv(lang_dir + "/sentence_starters.tsv", {"word"},
                [&](const std::vector<std::string_view>& f, uint64_t) -> Status {
                  std::string w(f[0]);
                  for (char& c : w) c = ascii_lower(c);
                  impl->starters.insert(std::move(w));
                  return Status::Ok();
                });
  DYAD_RETURN_IF_ERROR(st);
  auto tok = std::make_shared<Tokenizer>();
  tok->impl = std::move(impl);
  return std::shared_ptr<const Tokenizer>(std::move(tok));
}

void Tokenizer::tokenize(Doc& doc) const {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.mwts.clear();
  if (!impl) return;
  std::vector<Aux> aux;
  impl->scan(doc, aux);
  impl->split_sentences(doc, aux);
  doc.annotations |= kTokens | kSentences;
}

// ---------------------------------------------------------------------------------------------
// Scanning

void Tokenizer::Impl::scan(Doc& doc, std::vector<Aux>& aux) const {
  const std::string_view t = doc.text;
  const size_t n = std::min<size_t>(t.size(), UINT32_MAX - 1);  // offsets are 32-bit
  doc.tokens.reserve(n / 5 + 16);
  aux.reserve(n / 5 + 16);
  uint8_t nl = 0;  // newlines seen since the last token (capped at 2)
  size_t i = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    // Whitespace.
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (c == '\n' || i + 1 >= n || t[i + 1] != '\n') nl = nl < 2 ? nl + 1 : 2;  // \r\n once
      ++i;
      continue;
    }
    char32_t cp;
    size_t len;
    CharClass cls = class_at(t, i, cp, len);
    if (cls == text::kSpace) {
      i += len;
      continue;
    }
    if (cls == text::kNewline) {
      if (nl < 2) ++nl;
      i += len;
      continue;
    }
    if (cls == text::kParagraph) {
      nl = 2;
      i += len;
      continue;
    }
    // A chunk: up to the next whitespace.
    size_t e = i + len;
    while (e < n) {
      unsigned char d = static_cast<unsigned char>(t[e]);
      if (d < 0x80) {
        if (d <= ' ' || d == 0x7F) break;
        ++e;
        continue;
      }
      char32_t cp2;
      size_t len2;
      CharClass c2 = class_at(t, e, cp2, len2);
      if (text::is_space_class(c2)) break;
      e += len2;
    }
    scan_chunk(doc, aux, i, e, nl);
    i = e;
  }
}

void Tokenizer::Impl::emit(Doc& doc, std::vector<Aux>& aux, size_t s, size_t e, Kind kind,
                           uint8_t& nl, bool non_ascii, Abbrev ab, bool initials) const {
  const std::string_view t = doc.text;
  // Cut overlong tokens at code point boundaries.
  while (e - s > kMaxTokenBytes) {
    size_t cut = s + kMaxTokenBytes;
    while (cut > s + 1 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    emit(doc, aux, s, cut, kind, nl, non_ascii);
    s = cut;
  }
  TokenData& tok = doc.tokens.emplace_back();
  tok.start = static_cast<uint32_t>(s);
  tok.end = static_cast<uint32_t>(e);
  std::string_view surface = t.substr(s, e - s);
  if (!non_ascii) {
    tok.form.assign(surface);
  } else if (e - s == 1 && static_cast<unsigned char>(t[s]) >= 0x80) {
    tok.form = "\xEF\xBF\xBD";  // an invalid byte
    kind = kSymbolTok;
  } else {
    tok.form = is_nfc_quick(surface) ? std::string(surface) : nfc(surface);
  }
  tok.space_after = false;  // fixed up by the caller of scan_chunk (see below)
  Aux& a = aux.emplace_back();
  a.nl_before = nl;
  nl = 0;
  a.kind = kind;
  a.abbrev = ab;
  a.initials = initials;
  unsigned char c = static_cast<unsigned char>(t[s]);
  if (c >= 'A' && c <= 'Z')
    a.first = kFUpper;
  else if (c >= 'a' && c <= 'z')
    a.first = kFLower;
  else if (c >= '0' && c <= '9')
    a.first = kFDigit;
  else if (c >= 0x80) {
    char32_t cp;
    size_t len;
    CharClass cls = class_at(t, s, cp, len);
    a.first = cls == text::kUpper || cls == text::kLetter ? kFUpper
              : cls == text::kLower                       ? kFLower
              : cls == text::kDigit                       ? kFDigit
                                                          : kFOther;
  }
}

// Emits a word, splitting English clitics (recorded as multiword tokens).
void Tokenizer::Impl::emit_word(Doc& doc, std::vector<Aux>& aux, size_t s, size_t e, uint8_t& nl,
                                bool non_ascii) const {
  if (english && e - s >= 3) {
    const std::string_view w = std::string_view(doc.text).substr(s, e - s);
    size_t cut = 0;  // length of the first part, 0 = no split
    // Apostrophe: ' (1 byte) or ’ (3 bytes).
    auto apos_at = [&](size_t k) -> size_t {  // byte length of an apostrophe at w[k], or 0
      if (k < w.size() && w[k] == '\'') return 1;
      if (k + 2 < w.size() && w.compare(k, 3, "\xE2\x80\x99") == 0) return 3;
      return 0;
    };
    for (size_t a : {size_t(1), size_t(3)}) {
      // n't
      if (w.size() > a + 2 && (w[w.size() - 1] == 't' || w[w.size() - 1] == 'T') &&
          apos_at(w.size() - 1 - a) == a &&
          (w[w.size() - 2 - a] == 'n' || w[w.size() - 2 - a] == 'N') && w.size() - 2 - a >= 1) {
        cut = w.size() - 2 - a;
        break;
      }
      // 's 'm 'd
      if (w.size() > a + 1 && apos_at(w.size() - 1 - a) == a) {
        char l = ascii_lower(w.back());
        if (l == 's' || l == 'm' || l == 'd') {
          cut = w.size() - 1 - a;
          break;
        }
      }
      // 're 've 'll
      if (w.size() > a + 2 && apos_at(w.size() - 2 - a) == a) {
        std::string_view tail = w.substr(w.size() - 2);
        if (iequals_ascii(tail, "re") || iequals_ascii(tail, "ve") || iequals_ascii(tail, "ll")) {
          cut = w.size() - 2 - a;
          break;
        }
      }
    }
    if (cut == 0 && w.size() >= 5 && w.size() <= 6) {
      if (iequals_ascii(w, "cannot"))
        cut = 3;
      else if (iequals_ascii(w, "gonna") || iequals_ascii(w, "wanna") || iequals_ascii(w, "gotta"))
        cut = 3;
    }
    if (cut > 0 && cut < w.size()) {
      MultiwordToken m;
      m.first = static_cast<uint32_t>(doc.tokens.size());
      m.form = non_ascii ? nfc(w) : std::string(w);
      emit(doc, aux, s, s + cut, kWordTok, nl, non_ascii);
      emit(doc, aux, s + cut, e, kWordTok, nl, non_ascii);
      m.last = static_cast<uint32_t>(doc.tokens.size());
      doc.mwts.push_back(std::move(m));
      return;
    }
  }
  emit(doc, aux, s, e, kWordTok, nl, non_ascii);
}

// Scans a word starting at t[p] (a word character, or '#'/'@' before one); returns its end.
size_t Tokenizer::Impl::scan_word(std::string_view t, size_t p, size_t e, bool& non_ascii) const {
  size_t q = p;
  CharClass prev = text::kSymbol;
  size_t seg_start = p;  // start of the current '/'-separated segment
  int slashes = 0;
  int digit_hyphens = 0;
  while (q < e) {
    char32_t cp;
    size_t len;
    CharClass cls = class_at(t, q, cp, len);
    if (len > 1 || cp >= 0x80) non_ascii = true;
    if (text::is_word_class(cls) || (q == p && (cp == '#' || cp == '@'))) {
      prev = cls;
      q += len;
      continue;
    }
    // A joiner? Look at the character after it.
    if (q + len >= e || (is_hyphen(cp) && t[q + len] == ',')) {
      // Chunk ends: a trailing hyphen stays on a letter word ("land- en tuinbouw",
      // "darm-, hart- en vaatziekten"), English "w/" likewise.
      if (!english && is_hyphen(cp) && text::is_letter_class(prev) && q - p >= 2) return q + len;
      break;
    }
    char32_t ncp;
    size_t nlen;
    CharClass next = class_at(t, q + len, ncp, nlen);
    const bool pw = text::is_word_class(prev);
    const bool nw = text::is_word_class(next);
    const bool pd = prev == text::kDigit, nd = next == text::kDigit;
    bool join = false;
    if (is_hyphen(cp)) {
      // Dutch (Alpino) keeps hyphenated compounds whole; English EWT splits them into
      // part - part except after a prefix (e-mail, non-human, re-election) and between digits
      // (phone numbers, 11-20-2000).
      join = pw && nw;
      if (join && english) {
        if (pd && nd) {
          // Digits: phone numbers and dates stay (713-853-3989, 853-3242, 11-20-2000), ranges
          // split (13 - 17, 1998 - 30): join when 4+ digits follow (not after a 4-digit year)
          // or another hyphen follows the digits.
          size_t r = q + len;
          while (r < e && t[r] >= '0' && t[r] <= '9') ++r;
          const size_t after = r - (q + len), before = q - seg_start;
          join = digit_hyphens > 0 || (after >= 4 && before != 4) ||
                 (r + 1 < e && t[r] == '-' && t[r + 1] >= '0' && t[r + 1] <= '9');
          if (join) ++digit_hyphens;
        } else {
          join = is_english_prefix(t.substr(seg_start, q - seg_start));
        }
      }
      if (join) seg_start = q + len;
    } else if (is_apostrophe(cp))
      join = pw && text::is_letter_class(next);
    else if (cp == '.') {
      join = pw && nw;
      // An abbreviation in a compound: St.-Janstraat, O.L.V.-college.
      if (!join && pw && next == text::kDash && ncp == '-' && q + len + 1 < e &&
          text::is_word_class(classify(static_cast<unsigned char>(t[q + len + 1]))) &&
          static_cast<unsigned char>(t[q + len + 1]) < 0x80) {
        q += 2;
        prev = text::kDash;
        continue;
      }
    } else if (cp == ',' || cp == ':')
      join = pd && nd;
    else if (cp == '&' || cp == '_')
      join = pw && nw;
    else if (cp == '@')
      join = pw && nw;
    else if (cp == '/') {
      if (!english) {
        join = pw && nw;
      } else if (pd && nd) {
        // EWT keeps dates (08/16/2000) but splits 24 / 7: join when a second slash follows.
        size_t r = q + 1;
        while (r < e && t[r] >= '0' && t[r] <= '9') ++r;
        join = slashes > 0 ||
               (r < e && t[r] == '/' && r + 1 < e && t[r + 1] >= '0' && t[r + 1] <= '9');
      } else {
        // b/c, w/o, n/a, c/o stay one token (EWT); A / C, and / or split.
        join = false;
        if (pw && nw && q - seg_start == 1 && q + 2 <= e &&
            (q + 2 == e || !text::is_word_class(classify(static_cast<unsigned char>(t[q + 2]))))) {
          const char a = ascii_lower(t[q - 1]), b = ascii_lower(t[q + 1]);
          join = (a == 'b' && b == 'c') || (a == 'w' && b == 'o') || (a == 'n' && b == 'a') ||
                 (a == 'c' && b == 'o') || (a == 'w' && b == 'e');
        }
      }
      if (join) {
        ++slashes;
        seg_start = q + 1;
      }
    }
    if (!join) break;
    if (len > 1) non_ascii = true;
    q += len;
    prev = next;
    if (nlen > 1 || ncp >= 0x80) non_ascii = true;
    q += nlen;
  }
  return q;
}

// Cuts the chunk t[b, e) into tokens. `nl` carries the newline count for the first token.
size_t Tokenizer::Impl::scan_chunk(Doc& doc, std::vector<Aux>& aux, size_t b, size_t e,
                                   uint8_t& nl) const {
  const std::string_view t = doc.text;
  const size_t first_tok = doc.tokens.size();
  size_t p = b;
  while (p < e) {
    char32_t cp;
    size_t len;
    CharClass cls = class_at(t, p, cp, len);
    // URLs.
    if ((cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W' || cp == 'f') && e - p > 6) {
      std::string_view rest = t.substr(p, e - p);
      auto starts = [&](std::string_view pre) {
        return rest.size() > pre.size() && iequals_ascii(rest.substr(0, pre.size()), pre);
      };
      if (starts("http://") || starts("https://") || starts("ftp://") || starts("www.")) {
        size_t q = e;
        bool na = false;
        for (size_t k = p; k < e; ++k) na |= static_cast<unsigned char>(t[k]) >= 0x80;
        // Trailing punctuation is not part of the URL.
        while (q > p + 4) {
          char d = t[q - 1];
          if (d == '.' || d == ',' || d == ';' || d == ':' || d == '!' || d == '?' || d == ')' ||
              d == '"' || d == '\'' || d == ']' || d == '>') {
            --q;
          } else if (q - p > 7 && static_cast<unsigned char>(d) >= 0x80) {
            // closing curly quotes ’ ” (3 bytes) after a URL
            if (t.compare(q - 3, 3, "\xE2\x80\x99") == 0 ||
                t.compare(q - 3, 3, "\xE2\x80\x9D") == 0)
              q -= 3;
            else
              break;
          } else {
            break;
          }
        }
        emit(doc, aux, p, q, kWordTok, nl, na);
        p = q;
        continue;
      }
    }
    bool tag = false;  // #hashtag, @mention
    if ((cp == '#' || cp == '@') && p + 1 < e) {
      char32_t cp2;
      size_t len2;
      CharClass c2 = class_at(t, p + 1, cp2, len2);
      tag = text::is_letter_class(c2);  // #tag, @name; but "#1" is # + 1 (EWT)
    }
    if (text::is_word_class(cls) || tag) {
      bool na = false;
      size_t q = scan_word(t, p, e, na);
      // A final period: an abbreviation or initials keep it.
      if (q < e && t[q] == '.' && (q + 1 >= e || t[q + 1] != '.')) {
        std::string_view w = t.substr(p, q + 1 - p);
        Abbrev ab = w.size() < 32 ? find_abbrev(w) : Abbrev::none;
        bool initials = false;
        if (w.size() < 32) {
          // Initials: single letters separated by periods (J.  U.S.  M.G.  e.v.), ASCII only.
          bool ok = true;
          int letters = 0;
          for (size_t k = 0; k + 1 < w.size(); k += 2) {
            char a = w[k];
            if (!((a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z')) || w[k + 1] != '.') {
              ok = false;
              break;
            }
            ++letters;
          }
          ok = ok && (w.size() % 2 == 0);
          if (ok && (letters >= 2 || (w[0] >= 'A' && w[0] <= 'Z'))) {
            initials = true;
            if (ab == Abbrev::none) ab = Abbrev::ambiguous;
          } else if (ok && letters == 1 && ab == Abbrev::none) {
            // One lowercase letter ("v.", "a."): an abbreviation when a lowercase word or a
            // number follows.
            size_t r = q + 1;
            while (r < t.size() && (t[r] == ' ' || t[r] == '\t')) ++r;
            if (r > q + 1 && r < t.size() &&
                ((t[r] >= 'a' && t[r] <= 'z') || (t[r] >= '0' && t[r] <= '9')))
              ab = Abbrev::inner;
          }
        }
        if (ab != Abbrev::none) {
          emit(doc, aux, p, q + 1, kWordTok, nl, na, ab, initials);
          p = q + 1;
          continue;
        }
      }
      // Dutch: a number keeps its percent sign ("5%", "57,8%").
      if (!english && q < e && t[q] == '%' && t[p] >= '0' && t[p] <= '9') ++q;
      // English (EWT): a number and its unit are two tokens (375 mm, 70 k, 24 hrs), but
      // ordinals (29th) and decades (1990s) are one.
      if (english && t[p] >= '0' && t[p] <= '9') {
        size_t d = p;
        while (d < q && ((t[d] >= '0' && t[d] <= '9') || t[d] == '.' || t[d] == ',')) ++d;
        size_t l = d;
        while (l < q && ((t[l] >= 'a' && t[l] <= 'z') || (t[l] >= 'A' && t[l] <= 'Z'))) ++l;
        if (d > p && d < q && l == q && t[d - 1] >= '0' && t[d - 1] <= '9') {
          std::string_view unit = t.substr(d, q - d);
          const bool keep = iequals_ascii(unit, "st") || iequals_ascii(unit, "nd") ||
                            iequals_ascii(unit, "rd") || iequals_ascii(unit, "th") ||
                            iequals_ascii(unit, "s") || iequals_ascii(unit, "d");
          if (!keep) {
            emit(doc, aux, p, d, kWordTok, nl, false);
            emit(doc, aux, d, q, kWordTok, nl, false);
            p = q;
            continue;
          }
        }
      }
      emit_word(doc, aux, p, q, nl, na);
      p = q;
      continue;
    }
    if (cls == text::kInvalid) {
      emit(doc, aux, p, p + 1, kSymbolTok, nl, true);
      p += 1;
      continue;
    }
    // Dutch elisions: 's 't 'n 'k 'm 'r (and 's-Hertogenbosch), '30 (jaren '30).
    if (!english && is_apostrophe(cp) && p + len < e) {
      size_t a = p + len;
      char l = ascii_lower(t[a]);
      const bool at_start = p == b || aux.size() == first_tok || aux.back().kind == kOpenTok ||
                            aux.back().kind == kQuoteTok;
      if (at_start && (l == 's' || l == 't' || l == 'n' || l == 'k' || l == 'm' || l == 'r')) {
        size_t after = a + 1;
        bool end_ok = after >= e;
        if (!end_ok) {
          char32_t c2;
          size_t l2;
          CharClass k2 = class_at(t, after, c2, l2);
          end_ok = !text::is_word_class(k2);
          if (is_hyphen(c2) && after + l2 < e) {  // 's-Hertogenbosch
            bool na = true;
            size_t q = scan_word(t, a, e, na);
            emit(doc, aux, p, q, kWordTok, nl, true);
            p = q;
            continue;
          }
        }
        if (end_ok) {
          emit(doc, aux, p, a + 1, kWordTok, nl, len > 1);
          p = a + 1;
          continue;
        }
      }
      if (at_start && t[a] >= '0' && t[a] <= '9' && a + 1 < e && t[a + 1] >= '0' &&
          t[a + 1] <= '9' && (a + 2 >= e || !(t[a + 2] >= '0' && t[a + 2] <= '9'))) {
        emit(doc, aux, p, a + 2, kWordTok, nl, len > 1);
        p = a + 2;
        continue;
      }
    }
    // Multi-character punctuation.
    if (cp == '.' || cp == '!' || cp == '?') {
      // One token for a run: "..." "?!" "!!!" and the web's ".?" "!." "..?"
      size_t q = p + 1;
      bool periods_only = cp == '.';
      while (q < e && (t[q] == '.' || t[q] == '!' || t[q] == '?')) periods_only &= t[q++] == '.';
      emit(doc, aux, p, q, periods_only && q - p >= 2 ? kEllipsis : kTerm, nl, false);
      p = q;
      continue;
    }
    // Emoticons: :) :-) :( ;) :P :D (one token when they stand at the end of a chunk).
    if ((cp == ':' || cp == ';') && p + 1 < e) {
      size_t q = p + 1;
      if (t[q] == '-' && q + 1 < e) ++q;
      const char m = t[q];
      if ((m == ')' || m == '(' || m == 'P' || m == 'D' || m == 'p' || m == '/') &&
          (q + 1 == e || t[q + 1] == ')' || t[q + 1] == '(') && (m != 'D' || q + 1 == e)) {
        while (q + 1 < e && t[q + 1] == m) ++q;
        emit(doc, aux, p, q + 1, kSymbolTok, nl, false);
        p = q + 1;
        continue;
      }
    }
    if (cp == 0x2026) {  // …
      emit(doc, aux, p, p + len, kEllipsis, nl, true);
      p += len;
      continue;
    }
    if (cp == ',' && p + 2 < e && t[p + 1] == ',' && t[p + 2] == ',') {
      emit(doc, aux, p, p + 1, kPunctTok, nl, false);  // ",,," = "," + ",,"
      p += 1;
      continue;
    }
    if (!english && cp == '-' && e - p == 3 && t.compare(p, 3, "-ie") == 0) {
      emit(doc, aux, p, e, kWordTok, nl, false);  // Dutch clitic: "krijgt -ie"
      p = e;
      continue;
    }
    if ((cp == ',' || cp == '\'' || cp == '`') && p + 1 < e && t[p + 1] == static_cast<char>(cp)) {
      // ,, (Dutch opening quote), '' and `` (quotes)
      emit(doc, aux, p, p + 2, cp == ',' ? kOpenTok : cp == '`' ? kOpenTok : kQuoteTok, nl, false);
      p += 2;
      continue;
    }
    if ((cp == '-' || cp == '*' || cp == '=' || cp == '~' || cp == '+' || cp == '_' || cp == '#' ||
         cp == '>' || cp == '<' || cp == '/' || cp == '\\' || cp == '$') &&
        p + 1 < e && t[p + 1] == static_cast<char>(cp)) {
      size_t q = p + 1;  // runs: -- *** === >>>
      while (q < e && t[q] == static_cast<char>(cp)) ++q;
      emit(doc, aux, p, q, kPunctTok, nl, false);
      p = q;
      continue;
    }
    // Single characters.
    Kind kind = kPunctTok;
    switch (cls) {
      case text::kOpen:
        kind = kOpenTok;
        break;
      case text::kClose:
        kind = kCloseTok;
        break;
      case text::kQuote:
        kind = kQuoteTok;
        break;
      case text::kSymbol:
        kind = kSymbolTok;
        break;
      default:
        break;
    }
    emit(doc, aux, p, p + len, kind, nl, len > 1);
    p += len;
  }
  // space_after: tokens inside the chunk are glued; the last one is followed by whitespace
  // (or the end of the text).
  for (size_t k = first_tok; k + 1 < doc.tokens.size(); ++k) doc.tokens[k].space_after = false;
  if (doc.tokens.size() > first_tok) doc.tokens.back().space_after = e < t.size();
  return p;
}

// ---------------------------------------------------------------------------------------------
// Sentences

void Tokenizer::Impl::split_sentences(Doc& doc, std::vector<Aux>& aux) const {
  const size_t n = doc.tokens.size();
  if (n == 0) return;
  const std::string_view t = doc.text;
  auto& toks = doc.tokens;
  auto glued = [&](size_t k) { return k > 0 && toks[k - 1].end == toks[k].start; };
  auto form = [&](size_t k) { return t.substr(toks[k].start, toks[k].end - toks[k].start); };
  auto line_end_after = [&](size_t k) { return k + 1 >= n || aux[k + 1].nl_before > 0; };
  // When an abbreviation ends a sentence, initials (U.S.) and number/month abbreviations give
  // their period to the sentence ("U.S" + ".", as EWT does); etc., Inc. and the like keep it.
  auto gives_up_period = [&](size_t k) -> uint8_t {
    const Aux& a = aux[k];
    return a.initials || a.abbrev == Abbrev::number || a.abbrev == Abbrev::month;
  };
  // Can token k start a sentence?
  auto can_start = [&](size_t k) {
    const Aux& a = aux[k];
    if (a.first == kFUpper || a.first == kFDigit) return true;
    if (a.kind == kOpenTok) return true;
    if (a.kind == kQuoteTok || a.kind == kSymbolTok) return true;  // "Quote", €5
    if (a.kind == kPunctTok) {
      std::string_view f = form(k);
      return f == "-" || f == "\xE2\x80\x93" || f == "\xE2\x80\x94" || f == "\xE2\x80\xA2" ||
             f == "*";
    }
    if (a.kind == kWordTok && a.first == kFOther) return true;  // '30, 's Avonds, #tag
    return false;
  };

  // Hard-wrapped text (lines of similar length broken mid-sentence): single newlines are then
  // not sentence breaks. Detected from the lines that end in a single newline.
  bool hard_wrapped = false;
  {
    size_t lines = 0, wrapped = 0, line_start = 0;
    for (size_t k = 1; k < n; ++k) {
      if (aux[k].nl_before == 0) continue;
      if (aux[k].nl_before == 1) {
        ++lines;
        size_t bytes = toks[k - 1].end - toks[line_start].start;
        if (bytes >= 40 && bytes <= 120 && aux[k - 1].kind != kTerm && aux[k - 1].kind != kCloseTok)
          ++wrapped;
      }
      line_start = k;
    }
    hard_wrapped = lines >= 4 && wrapped * 10 >= lines * 6;
  }

  // brk[k]: a sentence ends after token k. split_period[k]: token k's final period becomes a
  // token of its own (an abbreviation that ends the sentence: "U.S" + ".").
  std::vector<uint8_t> brk(n, 0), split_period(n, 0), credit(n, 0);
  // quote_open[k]: an odd number of straight double quotes precede token k in its paragraph.
  std::vector<uint8_t> quote_open(n, 0);
  {
    uint8_t open = 0;
    for (size_t k = 0; k < n; ++k) {
      if (aux[k].nl_before >= 2) open = 0;
      quote_open[k] = open;
      if (aux[k].kind == kQuoteTok && form(k) == "\"") open ^= 1;
    }
  }
  for (size_t k = 0; k + 1 < n; ++k) {
    const size_t nx = k + 1;
    if (aux[nx].nl_before >= 2) {
      brk[k] = 1;
      split_period[k] = gives_up_period(k);
      continue;
    }
    const Aux& a = aux[k];
    if (a.kind == kTerm || a.kind == kEllipsis) {
      // Glue closing quotes and brackets that follow without space.
      size_t m = k;
      while (m + 1 < n && aux[m + 1].nl_before == 0 && glued(m + 1) &&
             (aux[m + 1].kind == kCloseTok || aux[m + 1].kind == kQuoteTok ||
              aux[m + 1].kind == kTerm))
        ++m;
      // A straight double quote after a space closes the sentence's quotation when one is open
      // in this paragraph ("... Europa! " (Metro, 2005)) and is followed by a space.
      // Likewise the closing quotes '' ” » after a space (Alpino writes ,,Ja. '').
      if (m + 1 < n && aux[m + 1].nl_before == 0 && !glued(m + 1) &&
          (m + 2 >= n || !glued(m + 2))) {
        std::string_view q = form(m + 1);
        if ((q == "\"" && quote_open[m + 1]) || q == "''" || q == "\xE2\x80\x9D" || q == "\xC2\xBB")
          ++m;
      }
      if (m + 1 >= n) {
        k = m;
        break;
      }
      if (aux[m + 1].nl_before >= 1 || can_start(m + 1)) {
        // "?" and "!" before a lowercase word do not end a sentence (handled by can_start);
        // an ellipsis ends one only before a capital.
        if (a.kind != kEllipsis || aux[m + 1].first == kFUpper || aux[m + 1].nl_before >= 1)
          brk[m] = 1;
      } else if (aux[m + 1].first == kFLower && aux[m + 1].kind == kWordTok && m == k &&
                 a.kind == kTerm) {
        // Before a lowercase word (web text, chat): after ? and ! a break; after a period only
        // when the word before it is long enough not to be an unlisted abbreviation.
        std::string_view f = form(k);
        if (f[0] != '.') {
          brk[m] = 1;
        } else if (k > 0 && aux[k - 1].kind == kWordTok && glued(k) &&
                   toks[k - 1].end - toks[k - 1].start >= kMinWordBeforeLowerBreak) {
          bool letters = true;
          for (char c : form(k - 1)) letters &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
          if (letters) brk[m] = 1;
        }
      }
      k = m;
      continue;
    }
    if (a.abbrev != Abbrev::none) {
      bool end = false;
      switch (a.abbrev) {
        case Abbrev::title:
        case Abbrev::inner:
          break;
        case Abbrev::number:
        case Abbrev::month:
          end = aux[nx].first != kFDigit && aux[nx].first == kFUpper && is_starter(form(nx));
          break;
        case Abbrev::final_:
          end = can_start(nx) && aux[nx].first != kFDigit;
          break;
        case Abbrev::ambiguous:
          end = (aux[nx].first == kFUpper && is_starter(form(nx))) ||
                (aux[nx].nl_before >= 1 && can_start(nx));
          break;
        case Abbrev::none:
          break;
      }
      if (end) {
        brk[k] = 1;
        split_period[k] = gives_up_period(k);
      }
      continue;
    }
    if (aux[nx].nl_before == 1 && !hard_wrapped && can_start(nx)) {
      // A single newline: a break unless the line ends in the middle of a clause.
      std::string_view f = form(k);
      bool continues =
          f == "," || f == ";" || (a.kind == kPunctTok && f == "-") || a.kind == kOpenTok;
      if (!continues) brk[k] = 1;
    }
  }
  // The last token: an ambiguous abbreviation at the very end gives up its period.
  split_period[n - 1] = gives_up_period(n - 1);

  // Credits: "Beeld AFP", "Foto: ANP / Robin Utrecht", "(AP Photo/Evan Vucci)", "Door Jan Smit".
  for (size_t k = 0; k < n; ++k) {
    const bool line_start = k == 0 || aux[k].nl_before > 0;
    const bool after_term =
        k > 0 && (brk[k - 1] || aux[k - 1].kind == kTerm || aux[k - 1].kind == kCloseTok);
    if (!line_start && !after_term) continue;
    size_t s = k;
    bool paren = false;
    if (aux[k].kind == kOpenTok && form(k) == "(" && k + 1 < n && aux[k + 1].first == kFUpper) {
      paren = true;
    } else if (aux[k].first != kFUpper || aux[k].kind != kWordTok) {
      continue;
    }
    // The rest of the line, at most 12 tokens.
    size_t e = k;
    while (!line_end_after(e) && e - k < 12) ++e;
    if (!line_end_after(e)) continue;
    if (paren) {
      if (form(e) != ")") continue;
      bool has_kw = false;
      for (size_t j = k + 1; j < e; ++j) {
        std::string_view f = form(j);
        auto it = credits.find(f);
        if (it != credits.end() && it->second == Credit::photo) has_kw = true;
      }
      if (!has_kw) continue;
    } else {
      auto it = credits.find(form(k));
      if (it == credits.end()) continue;
      if (it->second == Credit::byline && !line_start) continue;
      size_t j = k + 1;
      if (j <= e && form(j) == ":") ++j;
      if (j > e) continue;  // the keyword alone is not a credit
      bool ok = true, has_name = false;
      for (; j <= e && ok; ++j) {
        const Aux& b = aux[j];
        std::string_view f = form(j);
        if (b.kind == kWordTok) {
          if (b.first == kFUpper || b.first == kFDigit) {
            has_name = true;
          } else {
            static const std::unordered_set<std::string_view> kParticles = {
                "van",           "de",        "der",          "den",   "het",      "ter",  "ten",
                "von",           "da",        "di",           "du",    "le",       "la",   "en",
                "and",           "&",         "voor",         "for",   "via",      "onze", "our",
                "correspondent", "redacteur", "verslaggever", "staff", "reporter", "in"};
            ok = kParticles.count(f) > 0;
          }
        } else if (!(f == "/" || f == "|" || f == "," || f == "&" || f == "-" || f == ";" ||
                     f == "." || f == "(" || f == ")" || f == "\xE2\x80\x93")) {
          ok = false;
        }
      }
      if (!ok || !has_name) continue;
      // A byline must be short and end without sentence punctuation (else it is running text).
      if (it->second == Credit::byline && (e - k > 8 || aux[e].kind == kTerm)) continue;
    }
    if (s > 0) brk[s - 1] = 1;
    brk[e] = 1;
    credit[s] = 1;
    k = e;
  }

  // Cap sentence length.
  {
    size_t len = 0;
    for (size_t k = 0; k < n; ++k) {
      ++len;
      if (brk[k])
        len = 0;
      else if (len >= kMaxSentenceTokens) {
        brk[k] = 1;
        len = 0;
      }
    }
  }

  // Apply period splits (one rebuild of the token array when there are any).
  size_t splits = 0;
  for (size_t k = 0; k < n; ++k) {
    if (split_period[k] &&
        (!brk[k] || toks[k].end - toks[k].start < 2 || t[toks[k].end - 1] != '.'))
      split_period[k] = 0;  // only at a sentence end, and only a real trailing period
    splits += split_period[k];
  }
  std::vector<uint32_t> new_index;  // old token index -> new index
  if (splits > 0) {
    std::vector<TokenData> out;
    std::vector<Aux> out_aux;
    std::vector<uint8_t> out_brk, out_credit;
    out.reserve(n + splits);
    new_index.resize(n + 1);
    for (size_t k = 0; k < n; ++k) {
      new_index[k] = static_cast<uint32_t>(out.size());
      if (!split_period[k]) {
        out.push_back(std::move(toks[k]));
        out_aux.push_back(aux[k]);
        out_brk.push_back(brk[k]);
        out_credit.push_back(credit[k]);
        continue;
      }
      TokenData word = std::move(toks[k]);
      TokenData dot;
      dot.start = word.end - 1;
      dot.end = word.end;
      dot.form = ".";
      dot.space_after = word.space_after;
      word.end -= 1;
      word.form.pop_back();
      word.space_after = false;
      Aux wa = aux[k];
      wa.abbrev = Abbrev::none;
      Aux da;
      da.kind = kTerm;
      out.push_back(std::move(word));
      out_aux.push_back(wa);
      out_brk.push_back(0);
      out_credit.push_back(credit[k]);
      out.push_back(std::move(dot));
      out_aux.push_back(da);
      out_brk.push_back(brk[k]);
      out_credit.push_back(0);
    }
    new_index[n] = static_cast<uint32_t>(out.size());
    toks.swap(out);
    aux.swap(out_aux);
    brk.swap(out_brk);
    credit.swap(out_credit);
    for (auto& m : doc.mwts) {
      m.first = new_index[m.first];
      m.last = new_index[m.last];
    }
  }

  // Build the sentences.
  const size_t nt = toks.size();
  uint32_t paragraph = 0;
  size_t first = 0;
  for (size_t k = 0; k < nt; ++k) {
    if (k == first && k > 0 && aux[k].nl_before >= 2) ++paragraph;
    if (brk[k] || k + 1 == nt) {
      SentenceData& s = doc.sentences.emplace_back();
      s.first = static_cast<uint32_t>(first);
      s.last = static_cast<uint32_t>(k + 1);
      s.start = toks[first].start;
      s.end = toks[k].end;
      s.paragraph = paragraph;
      s.is_credit = credit[first] != 0;
      first = k + 1;
    }
  }
}

}  // namespace dyad
