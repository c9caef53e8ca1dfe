// Helpers of the store tests: documents with hand-built events, and a tiny "coder" that reads
// events from the text itself ("IRN 072 RUS" = IRN provides military aid to RUS), so ingest can
// be tested without models.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "doc/status.h"
#include "store/store.h"

namespace dyad::store::test {

// A fresh temporary directory, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-store-XXXXXX").string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    char* p = mkdtemp(buf.data());
    path_ = p ? p : "";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline EventActor actor(const std::string& code, uint32_t start = 0) {
  EventActor a;
  a.code = code;
  a.text = code;
  a.start = start;
  a.end = start + static_cast<uint32_t>(code.size());
  a.token = 0;
  return a;
}

inline Event event(const std::string& src, const std::string& cameo, const std::string& tgt,
                   const std::string& date) {
  Event e;
  if (!src.empty()) e.source = actor(src);
  if (!tgt.empty()) e.target = actor(tgt);
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.quad_class = cameo < "06" ? 1 : cameo < "09" ? 2 : cameo < "14" ? 3 : 4;
  e.goldstein = cameo == "072" ? 8.3 : cameo == "190" ? -10 : 1.0;
  e.plover_type = cameo == "072" ? "AID" : cameo == "190" ? "ASSAULT" : "CONSULT";
  e.plover_mode = cameo == "072" ? "military" : "";
  e.trigger_text = "verb";
  e.date = date;
  e.date_precision = date.size() == 10 ? "day" : date.size() == 7 ? "month" : "year";
  e.confidence = 0.5f;
  e.why = "test";
  e.predicate = "test VERB " + cameo;
  return e;
}

// A document whose text is one sentence.
inline Doc doc(const std::string& id, const std::string& text, const std::string& date,
               std::vector<Event> events = {}, const std::string& lang = "en") {
  Doc d;
  d.id = id;
  d.source = "test:" + id;
  d.text = text;
  d.date = date;
  d.lang = lang;
  SentenceData s;
  s.start = 0;
  s.end = static_cast<uint32_t>(text.size());
  d.sentences.push_back(s);
  d.events = std::move(events);
  return d;
}

// The test coder: every line "SRC CAMEO TGT [@place|country] [+YYYY-MM-DD]" of the text is an
// event; a text containing "FAIL" is an error. Sets one sentence per line and one token per word.
inline Status fake_process(Doc& d) {
  if (d.text.find("FAIL") != std::string::npos)
    return Status(Errc::data, "the test coder refuses this document");
  std::istringstream in(d.text);
  std::string line;
  uint32_t at = 0;
  while (std::getline(in, line)) {
    SentenceData s;
    s.start = at;
    s.end = at + static_cast<uint32_t>(line.size());
    s.paragraph = static_cast<uint32_t>(d.sentences.size());
    uint32_t sentence = static_cast<uint32_t>(d.sentences.size());
    d.sentences.push_back(s);
    std::istringstream words(line);
    std::vector<std::string> w;
    std::string x;
    while (words >> x) {
      w.push_back(x);
      TokenData t;
      t.form = x;
      d.tokens.push_back(t);
    }
    if (w.size() >= 3 && w[1].size() >= 2 && isdigit(static_cast<unsigned char>(w[1][0]))) {
      Event e = event(w[0] == "-" ? "" : w[0], w[1], w[2] == "-" ? "" : w[2], d.date);
      e.sentence = sentence;
      for (size_t k = 3; k < w.size(); ++k) {
        if (w[k][0] == '@') {
          size_t bar = w[k].find('|');
          e.place.name = w[k].substr(1, bar - 1);
          e.place.country = bar == std::string::npos ? "" : w[k].substr(bar + 1);
          e.place.precision = "city";
          e.place.lat = 50.45;
          e.place.lon = 30.52;
        } else if (w[k][0] == '+') {
          e.date = w[k].substr(1);
          e.date_precision = "day";
        } else if (w[k] == "not") {
          e.negated = true;
        }
      }
      d.events.push_back(e);
    }
    at += static_cast<uint32_t>(line.size()) + 1;
  }
  d.annotations |= kSentences | kTokens | kEvents;
  return Status::Ok();
}

}  // namespace dyad::store::test
