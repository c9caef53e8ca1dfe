// Language identification between Dutch and English.
//
// Method: our own small linear model rather than Debian's CLD2. dyad reads only two languages
// that are easy to tell apart, so a few hundred weighted cues suffice: (1) function words, which
// make up about half of all running text and are nearly disjoint between Dutch and English
// ("de het een van niet" vs "the of and to not"; shared words such as "in", "is", "was", "we",
// "of" carry no weight), and (2) character n-gram cues inside words ("ij", "aa", "oe", "sch" for
// Dutch; "th", "wh", "ght", final "-ing" for English), which decide headlines and fragments that
// lack function words. This costs no extra dependency, needs no model file, and runs in
// microseconds per document (only the first 16 KB are read). CLD2 would add a dependency that
// distinguishes ~80 languages we never need, and is less reliable on very short texts.
//
// Confidence: the winner's share of the total evidence, damped when the evidence is small, so a
// two-word headline gives a hesitant guess and text with no letters gives "" with confidence 0.
#include "text/langid.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace dyad {
namespace {

struct Weights {
  float nl;
  float en;
};

const std::unordered_map<std::string_view, Weights>& function_words() {
  static const std::unordered_map<std::string_view, Weights> m = [] {
    std::unordered_map<std::string_view, Weights> w;
    // Dutch function words (weights reflect how exclusive they are to Dutch).
    for (std::string_view s :
         {"de",      "het",  "een",    "en",     "van",    "dat",    "die",    "niet",    "op",
          "te",      "zijn", "met",    "voor",   "er",     "aan",    "ook",    "als",     "maar",
          "om",      "naar", "bij",    "heeft",  "hebben", "wordt",  "werd",   "worden",  "nog",
          "wel",     "geen", "dit",    "deze",   "zich",   "uit",    "tegen",  "tot",     "hij",
          "zij",     "ze",   "ik",     "je",     "wat",    "wie",    "hoe",    "waar",    "omdat",
          "volgens", "zou",  "zouden", "kan",    "kunnen", "moet",   "moeten", "waren",   "nu",
          "toen",    "dan",  "ook",    "onder",  "meer",   "veel",   "haar",   "hun",     "ons",
          "onze",    "mijn", "jullie", "wij",    "zal",    "zullen", "tussen", "tijdens", "sinds",
          "na",      "daar", "hier",   "waarin", "waarop", "echter", "dus",    "alleen",  "nieuwe",
          "jaar",    "bij",  "vooral", "binnen", "buiten", "zonder"})
      w[s] = {1.0f, 0.0f};
    // English function words.
    for (std::string_view s :
         {"the",     "and",     "to",      "a",       "that",   "for",     "on",     "with",
          "as",      "by",      "at",      "from",    "it",     "be",      "are",    "this",
          "which",   "have",    "has",     "not",     "but",    "or",      "an",     "they",
          "he",      "she",     "his",     "her",     "their",  "will",    "would",  "said",
          "were",    "been",    "who",     "after",   "than",   "its",     "there",  "about",
          "into",    "also",    "can",     "could",   "should", "what",    "when",   "where",
          "why",     "how",     "our",     "you",     "your",   "i",       "my",     "me",
          "him",     "them",    "these",   "those",   "some",   "any",     "no",     "more",
          "other",   "such",    "only",    "new",     "year",   "between", "during", "since",
          "without", "against", "through", "because", "while",  "do",      "does",   "did",
          "is",      "was",     "of"})
      w[s] = {0.0f, 1.0f};
    // Words shared by both languages carry little or no weight.
    w["is"] = {0.3f, 0.3f};
    w["was"] = {0.2f, 0.3f};
    w["of"] = {0.3f, 0.8f};  // Dutch "or", English "of": far more frequent in English
    w["in"] = {0.0f, 0.0f};
    w["we"] = {0.0f, 0.0f};
    w["over"] = {0.2f, 0.2f};
    w["door"] = {1.0f, 0.1f};
    w["had"] = {0.2f, 0.4f};
    w["die"] = {1.0f, 0.1f};
    w["me"] = {0.2f, 0.6f};
    return w;
  }();
  return m;
}

// Character cues inside one lowercased word; returns (nl, en) evidence.
Weights ngram_cues(std::string_view w) {
  Weights r{0, 0};
  const size_t n = w.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    char a = w[i], b = w[i + 1];
    if (a == 'i' && b == 'j')
      r.nl += 0.8f;
    else if (a == 'a' && b == 'a')
      r.nl += 0.5f;
    else if (a == 'u' && b == 'u')
      r.nl += 0.5f;
    else if (a == 'o' && b == 'e')
      r.nl += 0.3f;
    else if (a == 'u' && b == 'i')
      r.nl += 0.3f;
    else if (a == 'e' && b == 'u')
      r.nl += 0.2f;
    else if (a == 'z' && i == 0)
      r.nl += 0.2f;
    else if (a == 't' && b == 'h')
      r.en += 0.6f;
    else if (a == 'w' && b == 'h')
      r.en += 0.6f;
    else if (a == 's' && b == 'h')
      r.en += 0.3f;
    else if (a == 'c' && b == 'k')
      r.en += 0.2f;
    else if (a == 'o' && b == 'u')
      r.en += 0.3f;
    else if (a == 'e' && b == 'a')
      r.en += 0.2f;
    else if (a == 'a' && b == 'y')
      r.en += 0.3f;
  }
  if (n >= 3 && w.substr(0, 3) == "sch") r.nl += 0.5f;
  if (n >= 4 && w.substr(n - 3) == "ing") r.en += 0.5f;
  if (n >= 4 && w.substr(n - 3) == "ght") r.en += 0.6f;
  if (n >= 5 && w.substr(n - 4) == "tion") r.en += 0.5f;
  if (n >= 4 && w.substr(n - 2) == "en") r.nl += 0.3f;
  if (n >= 4 && w.substr(n - 3) == "ijk") r.nl += 0.3f;
  if (n >= 3 && w.back() == 'y') r.en += 0.3f;
  if (n >= 4 && w.substr(n - 2) == "ed") r.en += 0.2f;
  if (n >= 4 && w.substr(n - 2) == "ly") r.en += 0.3f;
  if (n >= 5 && w.substr(n - 4) == "heid") r.nl += 0.6f;
  if (n >= 6 && w.substr(n - 4) == "isch") r.nl += 0.5f;
  if (n >= 7 && w.substr(n - 5) == "ische") r.nl += 0.5f;
  if (n >= 6 && w.substr(0, 2) == "ge") r.nl += 0.2f;
  return r;
}

}  // namespace

LangGuess identify_language(std::string_view text) {
  constexpr size_t kMaxBytes = 16 * 1024;
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  const auto& fw = function_words();
  double nl = 0, en = 0;
  std::string word;
  word.reserve(32);
  auto flush = [&] {
    if (word.empty()) return;
    auto it = fw.find(word);
    if (it != fw.end()) {
      nl += 2.0 * it->second.nl;
      en += 2.0 * it->second.en;
    } else if (word.size() >= 2) {
      Weights c = ngram_cues(word);
      nl += c.nl;
      en += c.en;
    }
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c + 32));
    } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
      word.push_back(static_cast<char>(c));  // non-ASCII bytes stay inside the word
    } else {
      flush();
    }
    if (word.size() > 40) word.clear();  // not a word (a hash, a run of letters)
  }
  flush();
  const double total = nl + en;
  if (total < 0.5 || nl == en) return {"", 0.0};
  const double share = std::max(nl, en) / total;  // 0.5..1
  const double strength = 1.0 - std::exp(-std::fabs(nl - en) / 3.0);
  const double conf = std::clamp((share - 0.5) * 2.0 * strength, 0.0, 1.0);
  if (conf < 0.05) return {"", conf};
  return {nl > en ? "nl" : "en", conf};
}

}  // namespace dyad
