#include "syntax/tagger.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "syntax/tagger_impl.h"
#include "util/binio.h"
#include "util/calendar.h"

namespace dyad {

using namespace tagger_features;

namespace {

void split_class(const std::string& c, bool joint_xpos, std::string& upos, std::string& xpos,
                 std::string& feats) {
  size_t a = c.find('\t');
  upos = c.substr(0, a);
  if (a == std::string::npos) return;
  if (joint_xpos) {
    size_t b = c.find('\t', a + 1);
    xpos = c.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
    if (b != std::string::npos) feats = c.substr(b + 1);
  } else {
    feats = c.substr(a + 1);
  }
}

void build_index(FeatureIndex& idx, const std::vector<uint64_t>& keys,
                 const std::vector<uint32_t>& vals) {
  idx.clear();
  idx.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) idx.insert(keys[i], vals[i]);
}

}  // namespace

void Tagger::Impl::save(BinWriter& w) const {
  w.str(lang);
  w.u8(joint_xpos ? 1 : 0);
  std::vector<std::string> classes(upos.size());
  for (size_t c = 0; c < upos.size(); ++c)
    classes[c] =
        joint_xpos ? upos[c] + "\t" + xpos[c] + "\t" + feats[c] : upos[c] + "\t" + feats[c];
  w.str_vec(classes);
  model.save(w);
  put_vec(w, tagdict_keys);
  put_vec(w, tagdict_vals);
  put_vec(w, dict);
  w.u8(has_xpos_model ? 1 : 0);
  if (has_xpos_model) {
    w.str_vec(xpos_names);
    xpos_model.save(w);
    put_vec(w, xposdict_keys);
    put_vec(w, xposdict_vals);
  }
}

bool Tagger::Impl::load(BinReader& r) {
  lang = r.str();
  joint_xpos = r.u8() != 0;
  std::vector<std::string> classes = r.str_vec();
  if (!r.ok() || classes.empty()) return false;
  upos.assign(classes.size(), "");
  xpos.assign(classes.size(), "");
  feats.assign(classes.size(), "");
  for (size_t c = 0; c < classes.size(); ++c)
    split_class(classes[c], joint_xpos, upos[c], xpos[c], feats[c]);
  if (!model.load(r) || model.nclasses() != classes.size()) return false;
  second_pass = has_second_pass(model);
  tagdict_keys = get_vec<uint64_t>(r);
  tagdict_vals = get_vec<uint32_t>(r);
  if (!r.ok() || tagdict_keys.size() != tagdict_vals.size()) return false;
  for (uint32_t v : tagdict_vals)
    if (v >= classes.size()) return false;
  build_index(tagdict, tagdict_keys, tagdict_vals);
  dict = get_vec<uint32_t>(r);
  if (!r.ok() || !std::is_sorted(dict.begin(), dict.end())) return false;
  has_xpos_model = r.u8() != 0;
  if (has_xpos_model) {
    xpos_names = r.str_vec();
    if (!r.ok() || !xpos_model.load(r) || xpos_model.nclasses() != xpos_names.size()) return false;
    xposdict_keys = get_vec<uint64_t>(r);
    xposdict_vals = get_vec<uint32_t>(r);
    if (!r.ok() || xposdict_keys.size() != xposdict_vals.size()) return false;
    for (uint32_t v : xposdict_vals)
      if (v >= xpos_names.size()) return false;
    build_index(xposdict, xposdict_keys, xposdict_vals);
  }
  return r.ok() && r.at_end();
}

Result<std::shared_ptr<const Tagger>> Tagger::load(const std::string& path) {
  auto r = BinReader::open(path, "tagger", kTaggerVersion);
  if (!r.ok()) return r.status();
  auto impl = std::make_shared<Impl>();
  if (!impl->load(*r)) return Status(Errc::model, "corrupt or inconsistent tagger model", {path});
  auto t = std::make_shared<Tagger>();
  t->impl = std::move(impl);
  return std::shared_ptr<const Tagger>(std::move(t));
}

bool Tagger::in_word_list(std::string_view word) const {
  return impl && in_dict(impl->dict, word);
}

bool Tagger::has_word_list() const {
  return impl && !impl->dict.empty();
}

namespace {

bool has_verbform(const std::string& feats, std::string_view form) {
  size_t p = feats.find("VerbForm=");
  return p != std::string::npos && feats.compare(p + 9, form.size(), form) == 0;
}

// Dutch "hebben" is an auxiliary only beside a participle or infinitive (UD 2.16: it is never a
// copula); the tagger sometimes calls it AUX in "Iran heeft in het Westen een slechte naam". A
// form of hebben tagged AUX becomes VERB when the sentence has no other verb that could be its
// complement: an infinitive, or a participle that does not stand before a noun or adjective
// ("een belabberde naam" is attributive).
void hebben_without_verb(Doc& doc, const SentenceData& sent) {
  static const std::unordered_set<std::string> kForms = {"heb", "hebt",   "heeft", "hebben",
                                                         "had", "hadden", "gehad", "hebbende"};
  std::string low;
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    if (t.upos != "AUX") continue;
    low.clear();
    syntax_text::to_lower(t.form, low);
    if (!kForms.count(low)) continue;
    bool complement = false;
    for (uint32_t j = sent.first; j < sent.last && !complement; ++j) {
      const TokenData& u = doc.tokens[j];
      if (j == i || (u.upos != "VERB" && u.upos != "AUX")) continue;
      if (has_verbform(u.feats, "Inf")) complement = true;
      if (has_verbform(u.feats, "Part")) {
        const std::string* next = j + 1 < sent.last ? &doc.tokens[j + 1].upos : nullptr;
        complement = !next || !(*next == "NOUN" || *next == "ADJ" || *next == "PROPN");
      }
    }
    if (!complement) t.upos = "VERB";
  }
}

// Dutch "bereid" (willing) looks like the participle of "bereiden" (to prepare food), and the
// treebanks have it only four times; news writes "is bereid ... te sturen", "het bereid is om".
// Followed later in the sentence by "te" + verb, or at once by "om", "tot" or "te", it is the
// adjective.
void bereid_adjective(Doc& doc, const SentenceData& sent) {
  std::string low;
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    low.clear();
    syntax_text::to_lower(t.form, low);
    if (low != "bereid" || t.upos == "ADJ") continue;
    bool willing = false;
    for (uint32_t j = i + 1; j < sent.last && !willing; ++j) {
      low.clear();
      syntax_text::to_lower(doc.tokens[j].form, low);
      if (j == i + 1 && (low == "om" || low == "tot")) willing = true;
      if (low == "te" && (j + 1 == sent.last || doc.tokens[j + 1].upos == "VERB" ||
                          doc.tokens[j + 1].upos == "AUX"))
        willing = true;
    }
    if (!willing) continue;
    t.upos = "ADJ";
    t.feats = "Degree=Pos";
    t.xpos = "ADJ|vrij|basis|zonder";  // (predicative, as UD Alpino tags "bereid")
  }
}

// Dutch compounds with an acronym first part ("VN-secretaris-generaal", "NAVO-top") are nouns
// or names in the treebanks (63 NOUN, 10 PROPN, no ADJ); the tagger sometimes calls an unknown
// one an adjective. Tagged ADJ, not ending in -e (an inflected "EU-brede" stays), it becomes
// NOUN.
void acronym_compound_noun(Doc& doc, const SentenceData& sent) {
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    if (t.upos != "ADJ" || t.form.size() < 4 || t.form.back() == 'e') continue;
    size_t caps = 0;
    while (caps < t.form.size() && t.form[caps] >= 'A' && t.form[caps] <= 'Z') ++caps;
    if (caps < 2 || caps + 1 >= t.form.size() || t.form[caps] != '-') continue;
    const char next = t.form[caps + 1];
    if (next < 'a' || next > 'z') continue;
    // (a plural compound ends in -en or -s: "NAVO-lidstaten", "EU-landen")
    const bool plural = t.form.ends_with("en") || t.form.ends_with('s');
    t.upos = "NOUN";
    t.feats = plural ? "Number=Plur" : "Number=Sing";
    t.xpos = plural ? "N|soort|mv|basis" : "N|soort|ev|basis|zijd|stan";
  }
}

// Dutch past tense: a main clause needs a finite verb, and the tagger takes an unknown strong or
// weak past of a news verb for a participle ("Rebellen in Ivoorkust verwierpen woensdag een
// oproep"). In a first clause (up to the first comma, colon, semicolon or conjunction) with no
// finite verb and no auxiliary, a participle that does not begin with ge- (or a separable
// particle and ge-: "afgeblazen" in a headline), ends in -en, -de or
// -te, follows a noun, name or pronoun and is followed by what opens a noun phrase (determiner,
// pronoun, number: an object, which a participle without auxiliary cannot have) or by a day
// name becomes the finite past, plural when it ends in -en. On the gold tags of the Dutch
// treebanks (9,600 sentences) the condition holds for no participle; without the noun-phrase
// condition it fired once in their re-tagged text, wrongly ("dichtbundels verschenen in de
// periode").
void dutch_past_without_finite(Doc& doc, const SentenceData& sent) {
  uint32_t end = sent.first;
  for (; end < sent.last; ++end) {
    const TokenData& t = doc.tokens[end];
    if (t.form == "," || t.form == ";" || t.form == ":" || t.upos == "CCONJ" || t.upos == "SCONJ")
      break;
    if (t.upos == "AUX" || has_verbform(t.feats, "Fin")) return;
  }
  std::string low;
  for (uint32_t i = sent.first + 1; i + 1 < end; ++i) {
    TokenData& t = doc.tokens[i];
    if (t.upos != "VERB" || !has_verbform(t.feats, "Part")) continue;
    low.clear();
    syntax_text::to_lower(t.form, low);
    // (a separable particle + ge-: "afgeblazen"; a finite verb in second place leaves its
    // particle at the clause end)
    static const std::string_view kParticles[] = {
        "",     "aan",  "af",    "bij", "door",  "in",    "mee",   "na",
        "neer", "om",   "onder", "op",  "over",  "terug", "toe",   "uit",
        "vast", "voor", "voort", "weg", "samen", "los",   "tegen", "achter"};
    bool participle = false;
    for (std::string_view p : kParticles)
      participle = participle || (low.starts_with(p) && low.compare(p.size(), 2, "ge") == 0);
    if (participle) continue;
    const bool plural = low.ends_with("en");
    if (!plural && !low.ends_with("de") && !low.ends_with("te")) continue;
    const std::string& prev = doc.tokens[i - 1].upos;
    if (prev != "NOUN" && prev != "PROPN" && prev != "PRON") continue;
    const TokenData& next = doc.tokens[i + 1];
    low.clear();
    syntax_text::to_lower(next.form, low);
    if (next.upos != "DET" && next.upos != "PRON" && next.upos != "NUM" &&
        !calendar::is_day_name(low))
      continue;
    t.feats =
        plural ? "Number=Plur|Tense=Past|VerbForm=Fin" : "Number=Sing|Tense=Past|VerbForm=Fin";
    t.xpos = plural ? "WW|pv|verl|mv" : "WW|pv|verl|ev";
    return;
  }
}

// Dutch day and month names are proper nouns in UD Dutch (all 220 in the gold trees of nl_alpino
// and nl_lassysmall dev and the Alpino 2.1 train part are PROPN), but the tagger reads one in an
// unseen context as a verb ("Dick Cheney zaterdag", "Navarrete maandag bekendgemaakt"). A day
// or month name tagged VERB or AUX becomes PROPN. (Tagged ADJ, NOUN or ADV it is left alone: as
// PROPN, "zijn overeengekomen vrijdag informatie te delen" was parsed worse and lost a PLOVER
// record.)
void dutch_calendar_name(Doc& doc, const SentenceData& sent) {
  std::string low;
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    if (t.upos != "VERB" && t.upos != "AUX") continue;
    low.clear();
    syntax_text::to_lower(t.form, low);
    if (!calendar::is_day_name(low) && !calendar::is_month_name(low)) continue;
    t.upos = "PROPN";
    t.feats = "Gender=Com|Number=Sing";
    t.xpos = "N|eigen|ev|basis|zijd|stan";
  }
}

// Dutch "hebben" is never a copula, so the word that closes its clause is a participle when it
// looks like one: an inseparable prefix (be-, ge-, er-, her-, ont-, ver-) and the ending -d, -t
// or -en ("hebben ... bijna 3.000 Deense websites beklad", tagged ADJ). A word so written and
// tagged ADJ or NOUN, before punctuation or the sentence end, with a form of hebben earlier in
// its clause (no verb, conjunction, relative pronoun or comma between) and not right after a
// determiner, preposition, adjective or possessive ("bij het ontbijt", "zijn eigen belangen"),
// becomes the participle. In the gold trees of nl_alpino and nl_lassysmall dev and the Alpino
// 2.1 train part the condition holds 64 times, every time for a VERB.
void dutch_participle_after_hebben(Doc& doc, const SentenceData& sent) {
  static const std::unordered_set<std::string> kHebben = {"heb",    "hebt", "heeft",
                                                          "hebben", "had",  "hadden"};
  static const std::string_view kPrefixes[] = {"be", "ge", "er", "her", "ont", "ver"};
  std::string low;
  for (uint32_t i = sent.first + 2; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    if (t.upos != "ADJ" && t.upos != "NOUN") continue;
    if (i + 1 < sent.last && doc.tokens[i + 1].upos != "PUNCT") continue;
    const TokenData& prev = doc.tokens[i - 1];
    if (prev.upos == "DET" || prev.upos == "ADP" || prev.upos == "ADJ" ||
        prev.xpos.starts_with("VNW|bez"))
      continue;
    low.clear();
    syntax_text::to_lower(t.form, low);
    if (!(low.ends_with('d') || low.ends_with('t') || low.ends_with("en"))) continue;
    bool prefixed = false;
    for (std::string_view p : kPrefixes)
      prefixed = prefixed || (low.starts_with(p) && low.size() >= p.size() + 3);
    if (!prefixed ||
        !std::all_of(low.begin(), low.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    bool hebben = false;
    for (uint32_t j = i; j-- > sent.first;) {
      const TokenData& u = doc.tokens[j];
      low.clear();
      syntax_text::to_lower(u.form, low);
      if (kHebben.count(low)) {
        hebben = u.upos == "VERB" || u.upos == "AUX";
        break;
      }
      // (an attributive participle is no verb of the clause: "de afgelopen maand")
      const bool verb =
          (u.upos == "VERB" || u.upos == "AUX") && u.xpos.find("|prenom") == std::string::npos;
      if (u.form == "," || u.form == ";" || u.form == ":" || verb || u.upos == "SCONJ" ||
          u.upos == "CCONJ" || u.xpos.starts_with("VNW|betr"))
        break;
    }
    if (!hebben) continue;
    t.upos = "VERB";
    t.feats = "VerbForm=Part";
    t.xpos = "WW|vd|vrij|zonder";
  }
}

// Inside a Dutch sentence, a capitalized word next to another capitalized word is part of a
// name: in the gold trees of nl_alpino and nl_lassysmall dev and the Alpino 2.1 train part
// (not counting a sentence's first word, a word after a quote, colon, dash or parenthesis, or a
// word in capitals) it
// is PROPN 1,364 times, and a verb twice ("Door Vrijheid Ontstaan", a quoted title). The tagger
// reads an unseen name part as a verb ("de Verenigde Naties", "het Moro Islamitisch
// Bevrijdingsfront"). A word so placed and tagged VERB becomes PROPN, a name part.
bool name_capital(const Doc& doc, const SentenceData& sent, uint32_t i) {
  if (i <= sent.first || i >= sent.last) return false;
  const std::string& form = doc.tokens[i].form;
  size_t at = 0;
  if (form.empty() || !syntax_text::is_upper_cp(utf8::decode(form, at))) return false;
  // (a word in capitals is a headline's or an acronym, not a name part: "MAY SNAPT HET NIET")
  if (!std::any_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  const std::string& prev = doc.tokens[i - 1].form;
  return !(prev == "\"" || prev == "'" || prev == ":" || prev == "(" || prev == "-" ||
           prev == ",," || prev == "\u2018" || prev == "\u201c" || prev == "\u00ab");
}

void dutch_verb_in_name(Doc& doc, const SentenceData& sent) {
  for (uint32_t i = sent.first + 1; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    if (t.upos != "VERB" || !name_capital(doc, sent, i)) continue;
    if (!name_capital(doc, sent, i + 1) && !(i >= sent.first + 2 && name_capital(doc, sent, i - 1)))
      continue;
    t.upos = "PROPN";
    t.feats.clear();
    t.xpos = "SPEC|deeleigen";
  }
}

// English past tense: a clause needs a finite verb, and the tagger (trained on web text) often
// takes the verb of a news sentence for a participle when a noun follows it: "Syrian officers
// today ended mediation efforts", "Kenzo Oshima, the UN relief coordinator, demanded parties
// to ...". In a sentence with no finite verb at all, the first VBN that no auxiliary precedes
// and that follows a nominal or adverb (not a determiner, adjective or preposition: "the
// proposed changes", "of the banned party") becomes VBD, finite, in the person and number of
// the nearest nominal before it.
bool time_word(std::string_view low) {
  return low == "today" || low == "yesterday" || low == "tonight" || low == "tomorrow" ||
         calendar::is_day_name(low);
}

void past_without_finite(Doc& doc, const SentenceData& sent) {
  if (sent.last - sent.first < 3) return;
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    const TokenData& t = doc.tokens[i];
    if (t.upos == "AUX" || has_verbform(t.feats, "Fin") || t.xpos == "VBD" || t.xpos == "VBZ" ||
        t.xpos == "VBP" || t.xpos == "MD")
      return;
  }
  // (news puts the day between subject and verb: "Russia Monday denied", "officers today ended")
  int32_t subject = -1;
  std::string low;
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    TokenData& t = doc.tokens[i];
    low.clear();
    syntax_text::to_lower(t.form, low);
    if ((t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON") && !time_word(low))
      subject = static_cast<int32_t>(i);
    if (t.xpos != "VBN" || t.upos != "VERB" || i == sent.first || subject < 0) continue;
    const std::string& prev = doc.tokens[i - 1].upos;
    if (prev == "DET" || prev == "ADJ" || prev == "ADP" || prev == "NUM" || prev == "CCONJ" ||
        prev == "PART")
      return;
    const TokenData& s = doc.tokens[static_cast<uint32_t>(subject)];
    low.clear();
    syntax_text::to_lower(s.form, low);
    const char* person = "3";
    if (low == "i" || low == "we") person = "1";
    if (low == "you") person = "2";
    bool plural =
        s.xpos == "NNS" || s.xpos == "NNPS" || s.feats.find("Number=Plur") != std::string::npos;
    t.xpos = "VBD";
    t.feats = std::string("Mood=Ind|Number=") + (plural ? "Plur" : "Sing") + "|Person=" + person +
              "|Tense=Past|VerbForm=Fin";
    return;
  }
}

// English news sets a parenthetical between a singular subject and its verb ("Greece, like most
// other existing members, plans to impose ..."), and the web-text model reads the -s verb after
// the closing comma as a plural noun, leaving the sentence without a finite verb. In a sentence
// with no finite verb or auxiliary at all that opens with a noun phrase ending in a singular noun
// or name, then a comma, a preposition, a noun phrase (participles allowed) and a comma, a
// lowercase NNS ending in -s right after that comma and not followed by another nominal becomes
// the present (VBZ) of the subject.
void verb_after_parenthetical(Doc& doc, const SentenceData& sent) {
  if (sent.last - sent.first < 6) return;
  for (uint32_t i = sent.first; i < sent.last; ++i) {
    const TokenData& t = doc.tokens[i];
    if (t.upos == "AUX" || has_verbform(t.feats, "Fin") || t.xpos == "VBD" || t.xpos == "VBZ" ||
        t.xpos == "VBP" || t.xpos == "MD")
      return;
  }
  auto nominal = [](const TokenData& t) {
    return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON";
  };
  auto modifier = [](const TokenData& t) {
    return t.upos == "DET" || t.upos == "ADJ" || t.upos == "NUM";
  };
  uint32_t i = sent.first;
  while (i < sent.last && (modifier(doc.tokens[i]) || nominal(doc.tokens[i]))) ++i;
  if (i == sent.first || i + 1 >= sent.last || doc.tokens[i].xpos != ",") return;
  const TokenData& subject = doc.tokens[i - 1];
  if (subject.xpos != "NN" && subject.xpos != "NNP") return;
  if (doc.tokens[++i].upos != "ADP") return;
  bool noun = false;
  for (++i; i < sent.last && doc.tokens[i].xpos != ","; ++i) {
    const TokenData& t = doc.tokens[i];
    if (nominal(t)) {
      noun = true;
    } else if (!modifier(t) && !(t.upos == "VERB" && (t.xpos == "VBG" || t.xpos == "VBN"))) {
      return;
    }
  }
  if (!noun || i + 2 >= sent.last) return;
  TokenData& v = doc.tokens[i + 1];
  if (v.upos != "NOUN" || v.xpos != "NNS" || v.form.size() < 3 || v.form.back() != 's' ||
      v.form[0] < 'a' || v.form[0] > 'z' || nominal(doc.tokens[i + 2]))
    return;
  v.upos = "VERB";
  v.xpos = "VBZ";
  v.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
}

// Beam search over the joint classes (kTagBeam hypotheses, recombined on the last two
// classes; hypotheses more than kTagBeamMargin below the best are dropped, so that most tokens
// cost one hypothesis). The features that do not depend on the previous classes are scored once per
// token. With `allowed` (one flag per class), token `at` may only take an allowed class; the
// best path's score is returned (-INFINITY when no allowed class is possible there).
float beam_tag(const Tagger::Impl& m, const std::vector<TokInfo>& info, std::vector<uint32_t>& cls,
               const std::vector<uint8_t>* allowed = nullptr, size_t at = SIZE_MAX) {
  struct Hyp {
    float sc;
    uint32_t c, c1;  // class, previous class
    int32_t parent;  // index into hyps, -1 at the start
  };
  thread_local std::vector<Hyp> hyps, cand;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<float> base, scores, prev1_scores;
  const size_t nc = m.model.nclasses();
  prev1_scores.resize(kTagBeam * nc);
  base.resize(nc);
  scores.resize(nc);
  const size_t n = info.size();
  hyps.clear();
  size_t from = 0, to = 0;  // the previous step's hypotheses: hyps[from, to)
  uint32_t top[kTagBeam];
  for (size_t i = 0; i < n; ++i) {
    cand.clear();
    const uint32_t d = m.tagdict.find(info[i].form);
    const size_t nprev = i == 0 ? 1 : to - from;
    for (size_t h = 0; h < nprev; ++h) {
      const float sc0 = i == 0 ? 0.0f : hyps[from + h].sc;
      const uint64_t t1 = i == 0 ? kBos : hyps[from + h].c;
      const uint64_t t2 = i == 0 ? kBos : hyps[from + h].c1;
      const int32_t parent = i == 0 ? -1 : static_cast<int32_t>(from + h);
      if (d != FeatureIndex::kMissing) {
        if (i == at && !(*allowed)[d]) continue;
        cand.push_back({sc0, d, static_cast<uint32_t>(t1), parent});
        continue;
      }
      if (h == 0) {
        feats.clear();
        extract_static(info, i, feats, kOff);
        std::fill(base.begin(), base.end(), 0.0f);
        m.model.score(feats.data(), feats.size(), base.data());
      }
      // Hypotheses that share the previous class share the scores of its features.
      size_t same = h;
      for (size_t j = 0; j < h && same == h; ++j)
        if (hyps[from + j].c == t1) same = j;
      float* p1 = prev1_scores.data() + h * nc;
      if (same == h) {
        feats.clear();
        extract_prev1(info, i, t1, feats, kOff);
        std::copy(base.begin(), base.end(), p1);
        m.model.score(feats.data(), feats.size(), p1);
      } else {
        p1 = prev1_scores.data() + same * nc;  // (the first hypothesis with that class)
      }
      feats.clear();
      extract_prev2(t1, t2, feats);
      std::copy(p1, p1 + nc, scores.begin());
      m.model.score(feats.data(), feats.size(), scores.data());
      size_t k = 0;
      for (uint32_t c = 0; c < nc; ++c) {
        if (i == at && !(*allowed)[c]) continue;
        if (k == kTagBeam && scores[c] <= scores[top[k - 1]]) continue;
        size_t z = k < kTagBeam ? k++ : k - 1;
        while (z > 0 && scores[c] > scores[top[z - 1]]) {
          top[z] = top[z - 1];
          --z;
        }
        top[z] = c;
      }
      for (size_t j = 0; j < k; ++j)
        cand.push_back({sc0 + scores[top[j]], top[j], static_cast<uint32_t>(t1), parent});
    }
    if (cand.empty()) return -INFINITY;
    std::stable_sort(cand.begin(), cand.end(),
                     [](const Hyp& a, const Hyp& b) { return a.sc > b.sc; });
    from = hyps.size();
    for (const Hyp& c : cand) {
      if (c.sc < cand[0].sc - kTagBeamMargin) break;
      bool dup = false;
      for (size_t j = from; j < hyps.size() && !dup; ++j)
        dup = hyps[j].c == c.c && hyps[j].c1 == c.c1;
      if (dup) continue;
      hyps.push_back(c);
      if (hyps.size() - from >= kTagBeam) break;
    }
    to = hyps.size();
  }
  cls.assign(n, 0);
  int32_t h = static_cast<int32_t>(from);  // the best final hypothesis (sorted first)
  for (size_t i = n; i-- > 0;) {
    cls[i] = hyps[static_cast<size_t>(h)].c;
    h = hyps[static_cast<size_t>(h)].parent;
  }
  return n == 0 ? 0.0f : hyps[from].sc;
}

// English news sentences the web-text model reads as one noun phrase ("The Palestinians reject
// proposed changes ...", "Rwandan rebels announced that ..."): the beam is decoded again with
// one word constrained, and the constrained tagging is kept when the model scores it close to
// its first choice.
bool finite_class(const Tagger::Impl& m, uint32_t c) {
  const std::string& x = m.xpos[c];
  return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" || has_verbform(m.feats[c], "Fin");
}

bool nominal_class(const Tagger::Impl& m, uint32_t c) {
  const std::string& u = m.upos[c];
  return u == "NOUN" || u == "PROPN" || u == "PRON";
}

bool time_token(const Doc& doc, const SentenceData& sent, size_t i) {
  std::string low;
  syntax_text::to_lower(doc.tokens[sent.first + i].form, low);
  return time_word(low) || calendar::is_month_name(low);
}

// Where the main clause of a sentence that opens with its subject ends: before a closing report
// (the last comma when only a noun phrase stands between it and a finite verb or a participle:
// ", chief Palestinian negotiator Saeb Erakat said."), and before the conjunction, preposition
// or wh-word that opens the clause of the first finite verb when only its subject stands between
// them ("... as shells continued crashing into the port and the death toll rose", "... and said
// it was", "... after a coup toppled").
size_t main_clause_end(const Tagger::Impl& m, const std::vector<uint32_t>& cls) {
  const size_t n = cls.size();
  size_t end = n;
  for (size_t p = n; p-- > 0;) {
    if (m.upos[cls[p]] != "PUNCT" || m.xpos[cls[p]] != ",") continue;
    size_t j = p + 1;
    bool noun = false;
    while (j < n && (m.upos[cls[j]] == "DET" || m.upos[cls[j]] == "ADJ" ||
                     m.upos[cls[j]] == "NUM" || nominal_class(m, cls[j]))) {
      noun |= nominal_class(m, cls[j]);
      ++j;
    }
    if (noun && j < n && m.upos[cls[j]] == "VERB" &&
        (finite_class(m, cls[j]) || m.xpos[cls[j]] == "VBN"))
      end = p;
    break;
  }
  size_t f = 0;
  while (f < end && !(finite_class(m, cls[f]) || m.upos[cls[f]] == "AUX")) ++f;
  if (f == end) return end;
  size_t j = f;
  while (j > 0) {
    const uint32_t c = cls[j - 1];
    const std::string& u = m.upos[c];
    if (!nominal_class(m, c) && u != "DET" && u != "ADJ" && u != "NUM" && u != "ADV") break;
    --j;
  }
  if (j == 0) return end;
  const uint32_t c = cls[j - 1];
  const std::string& x = m.xpos[c];
  if (m.upos[c] == "SCONJ" || m.upos[c] == "CCONJ" || x == "IN" || x == "WDT" || x == "WP" ||
      x == "WP$" || x == "WRB")
    return j - 1;
  return end;
}

// A sentence that opens with its subject and has no finite verb in its main clause ("The
// Palestinians reject proposed Israeli changes ..., a negotiator said."): each word of the
// opening noun phrase after its first nominal, and the word right after it, that follows a
// nominal, an adverb or a comma and is in the word list, is tried as a finite verb (VBD, VBP,
// VBZ); the best such tagging is kept when it scores at most kFiniteMargin below the model's
// first choice (perceptron units; "reject" costs 13, wrong candidates on en_ewt dev mostly 20 and
// more).
inline constexpr float kFiniteMargin = 15.0f;

void finite_verb_by_beam(const Tagger::Impl& m, const std::vector<TokInfo>& info,
                         std::vector<uint32_t>& cls, const Doc& doc, const SentenceData& sent) {
  const size_t n = cls.size();
  if (n < 4) return;
  const size_t end = main_clause_end(m, cls);
  size_t subject = SIZE_MAX;
  for (size_t i = 0; i < end; ++i) {
    if (finite_class(m, cls[i]) || m.upos[cls[i]] == "AUX") return;
    if (subject == SIZE_MAX && nominal_class(m, cls[i])) subject = i;
  }
  if (subject == SIZE_MAX) return;
  // The sentence opens with its subject: nothing but determiners, adjectives and numbers before
  // the first nominal; the candidates are the words of that noun phrase (names, nouns,
  // adjectives, adverbs, determiners, numbers, commas, a preposition before a day word) after
  // the first nominal, and the word right after it.
  for (size_t i = 0; i < subject; ++i) {
    const std::string& u = m.upos[cls[i]];
    if (u != "DET" && u != "ADJ" && u != "NUM") return;
  }
  size_t last = subject + 1;
  while (last < end) {
    const uint32_t c = cls[last];
    const std::string& u = m.upos[c];
    if (u == "ADP" && last + 1 < end && time_token(doc, sent, last + 1)) {
      last += 2;
      continue;
    }
    if (!nominal_class(m, c) && u != "ADJ" && u != "ADV" && u != "DET" && u != "NUM" &&
        m.xpos[c] != ",")
      break;
    ++last;
  }
  if (last < end) ++last;
  // (a sentence without any finite verb but with a participle after a nominal is left to
  // past_without_finite)
  bool finite = false;
  for (size_t i = 0; i < n && !finite; ++i)
    finite = finite_class(m, cls[i]) || m.upos[cls[i]] == "AUX";
  if (!finite)
    for (size_t i = subject + 1; i < n; ++i)
      if (m.xpos[cls[i]] == "VBN" && m.upos[cls[i]] == "VERB" &&
          (nominal_class(m, cls[i - 1]) || m.upos[cls[i - 1]] == "ADV"))
        return;
  const size_t nc = m.upos.size();
  std::vector<uint8_t> allowed(nc);
  for (size_t c = 0; c < nc; ++c)
    allowed[c] =
        m.upos[c] == "VERB" && (m.xpos[c] == "VBD" || m.xpos[c] == "VBP" || m.xpos[c] == "VBZ");
  std::vector<uint32_t> tmp, best_cls;
  const float base = beam_tag(m, info, tmp);
  float best = -INFINITY;
  for (size_t i = subject + 1; i < last; ++i) {
    const std::string& form = doc.tokens[sent.first + i].form;
    if (form.empty() || form[0] < 'a' || form[0] > 'z') continue;
    // (a verb follows its subject, an adverb or an apposition's comma: not "the proposed")
    const uint32_t p = cls[i - 1];
    if (!nominal_class(m, p) && m.upos[p] != "ADV" && m.xpos[p] != ",") continue;
    // (only a word of the tagger's word list: a misspelling or foreign word keeps its tag)
    if (!m.dict.empty() && info[i].dict == 0) continue;
    const float sc = beam_tag(m, info, tmp, &allowed, i);
    if (sc > best) {
      best = sc;
      best_cls = tmp;
    }
  }
  if (best == -INFINITY) return;
  if (base - best <= kFiniteMargin) cls = best_cls;
}

// A plural noun read as a verb after its modifier, before the sentence's verb: "Rwandan rebels
// announced that ...". A lowercase VBZ/VBP word ending in -s right after an adjective or a name
// and right before a finite verb is decoded again as a plural noun (NNS), kept when the model
// scores that at most kPluralMargin below its first choice ("rebels" costs 8).
inline constexpr float kPluralMargin = 10.0f;

void plural_noun_by_beam(const Tagger::Impl& m, const std::vector<TokInfo>& info,
                         std::vector<uint32_t>& cls, const Doc& doc, const SentenceData& sent) {
  const size_t n = cls.size();
  const size_t nc = m.upos.size();
  std::vector<uint8_t> allowed;
  std::vector<uint32_t> tmp;
  for (size_t i = 1; i + 1 < n; ++i) {
    const uint32_t c = cls[i];
    if (m.upos[c] != "VERB" || (m.xpos[c] != "VBZ" && m.xpos[c] != "VBP")) continue;
    const std::string& form = doc.tokens[sent.first + i].form;
    if (form.size() < 3 || form.back() != 's' || form[0] < 'a' || form[0] > 'z') continue;
    const std::string& prev = m.upos[cls[i - 1]];
    if (prev != "ADJ" && prev != "PROPN") continue;
    // (two finite verbs in a row, "rebels announced"; not "Hamas remains targeted", nor "that
    // the United States admits are detained")
    const uint32_t next = cls[i + 1];
    if (m.upos[next] != "VERB" || !finite_class(m, next)) continue;
    if (allowed.empty()) {
      allowed.resize(nc);
      for (size_t k = 0; k < nc; ++k) allowed[k] = m.upos[k] == "NOUN" && m.xpos[k] == "NNS";
    }
    const float base = beam_tag(m, info, tmp);
    const float sc = beam_tag(m, info, tmp, &allowed, i);
    if (sc == -INFINITY) continue;
    if (base - sc <= kPluralMargin) cls = tmp;
  }
}

// A closing report whose verb the web-text model reads as a participle ("Croatian authorities are
// failing to ..., a human rights group protested here Wednesday."): after the last comma of a
// sentence with a finite verb before it, a noun phrase, a VBN without auxiliary, and then only
// adverbs, day words (with their preposition) and punctuation to the end: the VBN is decoded
// again as a finite past (VBD), kept when the model scores that at most kFiniteMargin below its
// first choice.
void closing_report_past_by_beam(const Tagger::Impl& m, const std::vector<TokInfo>& info,
                                 std::vector<uint32_t>& cls, const Doc& doc,
                                 const SentenceData& sent) {
  const size_t n = cls.size();
  if (n < 6) return;
  size_t p = n;
  while (p-- > 0)
    if (m.xpos[cls[p]] == ",") break;
  if (p >= n || p < 2) return;
  bool finite = false;
  for (size_t i = 0; i < p && !finite; ++i)
    finite = finite_class(m, cls[i]) || m.upos[cls[i]] == "AUX";
  if (!finite) return;
  size_t j = p + 1;
  bool noun = false;
  while (j < n && (m.upos[cls[j]] == "DET" || m.upos[cls[j]] == "ADJ" || m.upos[cls[j]] == "NUM" ||
                   nominal_class(m, cls[j]))) {
    noun |= nominal_class(m, cls[j]);
    ++j;
  }
  if (!noun || j >= n || m.upos[cls[j]] != "VERB" || m.xpos[cls[j]] != "VBN") return;
  const size_t verb = j;
  for (size_t k = verb + 1; k < n; ++k) {
    const std::string& u = m.upos[cls[k]];
    if (u == "ADV" || u == "PUNCT" || time_token(doc, sent, k)) continue;
    if (u == "ADP" && k + 1 < n && time_token(doc, sent, k + 1)) continue;
    return;
  }
  const size_t nc = m.upos.size();
  std::vector<uint8_t> allowed(nc);
  for (size_t c = 0; c < nc; ++c) allowed[c] = m.upos[c] == "VERB" && m.xpos[c] == "VBD";
  std::vector<uint32_t> tmp, best_cls;
  const float base = beam_tag(m, info, tmp);
  const float sc = beam_tag(m, info, best_cls, &allowed, verb);
  if (sc == -INFINITY) return;
  if (base - sc <= kFiniteMargin) {
    cls = best_cls;
  }
}

// A noun read as a present-tense verb right after the finite verb that takes it as object ("Some
// 800,000 Iraqi Kurds sought refuge in Germany"): a main verb (VBD, VBZ, VBP) followed at once by
// a VBP main verb is rare in English (en_ewt train: 6 times, dev: never; "the tests they recommend
// are ..."). A lowercase VBP word of the word list right after a finite main verb is decoded
// again as a common noun (NN, NNS), kept when the model scores that at most kObjectNounMargin
// below its first choice.
inline constexpr float kObjectNounMargin = 10.0f;

void object_noun_by_beam(const Tagger::Impl& m, const std::vector<TokInfo>& info,
                         std::vector<uint32_t>& cls, const Doc& doc, const SentenceData& sent) {
  const size_t n = cls.size();
  const size_t nc = m.upos.size();
  std::vector<uint8_t> allowed;
  std::vector<uint32_t> tmp;
  for (size_t i = 1; i < n; ++i) {
    const uint32_t c = cls[i], p = cls[i - 1];
    if (m.upos[c] != "VERB" || m.xpos[c] != "VBP") continue;
    if (m.upos[p] != "VERB" || (m.xpos[p] != "VBD" && m.xpos[p] != "VBZ" && m.xpos[p] != "VBP"))
      continue;
    const std::string& form = doc.tokens[sent.first + i].form;
    if (form.empty() || form[0] < 'a' || form[0] > 'z') continue;
    if (!m.dict.empty() && info[i].dict == 0) continue;
    if (allowed.empty()) {
      allowed.resize(nc);
      for (size_t k = 0; k < nc; ++k)
        allowed[k] = m.upos[k] == "NOUN" && (m.xpos[k] == "NN" || m.xpos[k] == "NNS");
    }
    const float base = beam_tag(m, info, tmp);
    const float sc = beam_tag(m, info, tmp, &allowed, i);
    if (sc == -INFINITY || base - sc > kObjectNounMargin) continue;
    cls = tmp;
  }
}

}  // namespace

void Tagger::tag(Doc& doc) const {
  if (!impl) return;
  const Impl& m = *impl;
  std::vector<TokInfo> info;
  std::vector<uint64_t> feats;
  feats.reserve(64);
  std::vector<float> scores(m.model.nclasses());
  std::vector<float> xscores(m.has_xpos_model ? m.xpos_model.nclasses() : 0);
  std::vector<uint32_t> cls;
  std::vector<uint8_t> unsure;
  std::string low, tmp;
  for (const SentenceData& sent : doc.sentences) {
    if (sent.last <= sent.first) continue;
    prepare(doc.tokens, sent.first, sent.last, m.dict, info, low, tmp, m.second_pass);
    const size_t n = info.size();
    cls.assign(n, 0);
    unsure.assign(n, 0);
    bool any_unsure = false;
    if (!m.second_pass) {
      beam_tag(m, info, cls);
    } else
      for (size_t i = 0; i < n; ++i) {
        uint32_t c = m.tagdict.find(info[i].form);
        if (c == FeatureIndex::kMissing) {
          extract(info, i, prev1(cls, i), prev2(cls, i), feats, kNoRight);
          std::fill(scores.begin(), scores.end(), 0.0f);
          m.model.score(feats.data(), feats.size(), scores.data());
          c = 0;
          float best = -INFINITY, second = -INFINITY;
          for (uint32_t k = 0; k < scores.size(); ++k)
            if (scores[k] > best) {
              second = best;
              best = scores[k];
              c = k;
            } else if (scores[k] > second) {
              second = scores[k];
            }
          if (best - second < kSecondPassMargin) unsure[i] = any_unsure = true;
        }
        cls[i] = c;
      }
    // Second pass over the unsure tokens, left to right: the left context is the second
    // pass's, the right context the first pass's.
    for (size_t i = 0; any_unsure && i < n; ++i) {
      if (!unsure[i]) continue;
      extract(info, i, prev1(cls, i), prev2(cls, i), feats, right(cls, i + 1), right(cls, i + 2));
      std::fill(scores.begin(), scores.end(), 0.0f);
      m.model.score(feats.data(), feats.size(), scores.data());
      uint32_t c = 0;
      float best = -INFINITY;
      for (uint32_t k = 0; k < scores.size(); ++k)
        if (scores[k] > best) {
          best = scores[k];
          c = k;
        }
      cls[i] = c;
    }
    if (m.lang == "en" && !m.second_pass) plural_noun_by_beam(m, info, cls, doc, sent);
    if (m.lang == "en" && !m.second_pass) object_noun_by_beam(m, info, cls, doc, sent);
    if (m.lang == "en" && !m.second_pass) finite_verb_by_beam(m, info, cls, doc, sent);
    if (m.lang == "en" && !m.second_pass) closing_report_past_by_beam(m, info, cls, doc, sent);
    for (size_t i = 0; i < n; ++i) {
      TokenData& t = doc.tokens[sent.first + i];
      uint32_t c = cls[i];
      t.upos = m.upos[c];
      t.feats = m.feats[c];
      if (m.joint_xpos) {
        t.xpos = m.xpos[c];
      } else if (m.has_xpos_model) {
        uint32_t x = m.xposdict.find(xposdict_key(info[i].lower, c));
        if (x == FeatureIndex::kMissing) {
          extract(info, i, prev1(cls, i), prev2(cls, i), feats,
                  m.second_pass ? right(cls, i + 1) : kOff, right(cls, i + 2));
          extract_xpos_extra(info, i, c, feats);
          std::fill(xscores.begin(), xscores.end(), 0.0f);
          m.xpos_model.score(feats.data(), feats.size(), xscores.data());
          x = 0;
          float best = -INFINITY;
          for (uint32_t k = 0; k < xscores.size(); ++k)
            if (xscores[k] > best) {
              best = xscores[k];
              x = k;
            }
        }
        t.xpos = m.xpos_names[x];
      } else {
        t.xpos.clear();
      }
    }
    if (m.lang == "nl") dutch_participle_after_hebben(doc, sent);
    if (m.lang == "nl") hebben_without_verb(doc, sent);
    if (m.lang == "nl") bereid_adjective(doc, sent);
    if (m.lang == "nl") acronym_compound_noun(doc, sent);
    if (m.lang == "nl") dutch_past_without_finite(doc, sent);
    if (m.lang == "nl") dutch_calendar_name(doc, sent);
    if (m.lang == "nl") dutch_verb_in_name(doc, sent);
    if (m.lang == "en") past_without_finite(doc, sent);
    if (m.lang == "en") verb_after_parenthetical(doc, sent);
  }
  doc.annotations |= kUpos | kXpos | kFeats;
}

}  // namespace dyad
