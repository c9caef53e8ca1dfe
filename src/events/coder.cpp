// The event coder. For every sentence:
//  1. each content word is looked up in the predicate dictionary by its lemma (with its separable
//     particle; a Dutch compound noun also by its last part: wapen_leverantie -> leverantie);
//  2. its dependents are normalized into roles (passives: the subject is the object, the
//     door/by-agent the subject), and missing roles are inherited: control and purpose clauses
//     (gekomen om troepen te trainen), coordinated verbs, relative clauses (die ... werd
//     gearresteerd), light verbs carrying an event noun (de steun dat Rusland aan Iran biedt);
//  3. the first dictionary entry whose constraints hold (obj=WEAPON ...) gives the CAMEO code and
//     says which roles hold the source and the target; an argument is resolved to actor mentions
//     (coordination gives one event per actor, a pronoun the latest subject before it);
//  4. negation, modality (future, alleged, reported, hypothetical, denied) and attribution
//     (volgens X, a speech verb above the clause) are read from the clause and its governors.
// Each event carries a confidence built from how its parts were found, explained in `why`.
// One SentenceCoder per sentence runs the steps: find_predicates (1-3), code_events (3-4),
// reported_demands ("X said Y must ...") and denials ("Dit wordt ... ontkend").
#include "events/coder.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/predicates.h"
#include "syntax/lemmatizer.h"
#include "util/calendar.h"

namespace dyad {

using lexicon::Constraint;
using lexicon::PredicateEntry;
using lexicon::RoleSpec;

namespace {

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

// Demonstratives by their form, for when the tagger took one for a conjunction ("waarop dat
// protesten ... neerslaat": dat tagged SCONJ).
bool is_demonstrative(const std::string& form) {
  std::string f = lower_ascii(form);
  return f == "dat" || f == "dit" || f == "die" || f == "deze" || f == "that" || f == "this";
}

// Does a dictionary entry name an object (as source, target or in a constraint)?
bool takes_object(const PredicateEntry& e) {
  for (const auto* v : {&e.source, &e.target})
    for (const RoleSpec& r : *v)
      if (r.rel == RoleSpec::Rel::obj) return true;
  for (const auto& c : e.constraints)
    for (const RoleSpec& r : c.roles)
      if (r.rel == RoleSpec::Rel::obj) return true;
  return false;
}

std::string_view base_rel(std::string_view deprel) {
  size_t c = deprel.find(':');
  return c == std::string_view::npos ? deprel : deprel.substr(0, c);
}

bool has_feat(std::string_view feats, std::string_view fv) {
  if (fv.empty()) return true;
  size_t p = 0;
  while ((p = feats.find(fv, p)) != std::string_view::npos) {
    bool start_ok = p == 0 || feats[p - 1] == '|';
    size_t e = p + fv.size();
    bool end_ok = e == feats.size() || feats[e] == '|';
    if (start_ok && end_ok) return true;
    p = e;
  }
  return false;
}

// Which argument-taking relations stop the search for an actor inside a phrase.
bool is_clausal(std::string_view rel) {
  return rel == "acl" || rel == "advcl" || rel == "ccomp" || rel == "xcomp" || rel == "parataxis" ||
         rel == "csubj" || rel == "conj" || rel == "list" || rel == "orphan" ||
         rel == "dislocated" || rel == "vocative" || rel == "reparandum";
}

struct Arg {
  int32_t token = -1;  // the token that fills the role
  std::string prefix;  // a Dutch compound's first part standing in for the role (wapen)
  bool inherited = false;
  std::string how;  // "subj", "subj<-xcomp", "pp:aan<-light bieden"
};

// Roles of one predicate occurrence: role key ("subj", "obj", "pp:aan", ...) -> fillers.
struct Roles {
  std::vector<std::pair<std::string, Arg>> items;
  const Arg* first(const std::string& key) const {
    for (const auto& [k, a] : items)
      if (k == key) return &a;
    return nullptr;
  }
  std::vector<const Arg*> all(const std::string& key) const {
    std::vector<const Arg*> r;
    for (const auto& [k, a] : items)
      if (k == key) r.push_back(&a);
    return r;
  }
  bool has(const std::string& key) const { return first(key) != nullptr; }
  void add(std::string key, Arg a) { items.emplace_back(std::move(key), std::move(a)); }
};

std::string role_key(const RoleSpec& r) {
  return r.to_string();
}

}  // namespace

struct EventCoder::Impl {
  std::shared_ptr<const Ontology> ontology;
  EventCoderOptions options;
  lexicon::EventLexicon lex;
  bool dutch = false;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;      // lookup key -> entries
  std::unordered_map<std::string, std::vector<std::string>> classes;  // lemma -> classes
  std::unordered_set<std::string> required_lemmas;  // the ~lemma alternatives of constraints
  // multiword class members ("total boycott"): last word -> class and the words before it
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::vector<std::string>>>>
      multi_classes;
  std::unordered_map<std::string, std::vector<const lexicon::CueEntry*>> cues;
  std::unordered_set<std::string> object_control = {
      "overhalen", "dwingen", "vragen", "verzoeken", "oproepen", "aansporen", "persuade",
      "force",     "ask",     "urge",   "call",      "pressure", "convince",  "order"};

  // ---- lexicon helpers ----
  bool cue(std::string_view lemma, std::string_view kind, std::string_view feats = {}) const {
    auto it = cues.find(std::string(lemma));
    if (it == cues.end()) return false;
    for (const auto* c : it->second)
      if (c->kind == kind && has_feat(feats, c->feats)) return true;
    return false;
  }
  // The classes of a lemma; a Dutch compound lemma (artillerie_granaat) also by its last part.
  // With parts = false only the word itself (and its plural) counts, not a compound's last part
  // or a class word it ends in (QUANTITY: "oppositiepartij" is no partij of something).
  bool in_class(const std::string& raw_lemma, const std::string& cls, bool parts = true) const {
    auto check = [&](const std::string& l) {
      auto it = classes.find(l);
      if (it == classes.end()) return false;
      return std::find(it->second.begin(), it->second.end(), cls) != it->second.end();
    };
    std::string plain = lower_ascii(lemma_without_marks(raw_lemma));
    if (check(plain)) return true;
    // A plural the lemmatizer left alone (wapens, drones, raketten, granaten, missiles).
    if (plain.size() > 4) {
      if (plain.ends_with("s") && check(plain.substr(0, plain.size() - 1))) return true;
      if (plain.ends_with("en")) {
        std::string stem = plain.substr(0, plain.size() - 2);
        if (check(stem)) return true;
        size_t n = stem.size();
        if (n > 2 && stem[n - 1] == stem[n - 2] && check(stem.substr(0, n - 1))) return true;
        if (n > 2 && std::strchr("aeou", stem[n - 2]) &&
            check(stem.substr(0, n - 1) + stem[n - 2] + stem.substr(n - 1)))
          return true;
      }
      if (plain.ends_with("ies") && check(plain.substr(0, plain.size() - 3) + "y")) return true;
    }
    if (!parts) return false;
    size_t us = raw_lemma.rfind('_');
    // (the last part with the same plural handling: NAVO_vredestroepen -> vredestroep)
    if (us != std::string::npos && us + 1 < raw_lemma.size() &&
        in_class(raw_lemma.substr(us + 1), cls, false))
      return true;
    if (dutch && us != std::string::npos) {
      // UD lemmas drop the linking s of compounds (oorlog_schip): put it back (oorlogsschip).
      std::string with_s;
      for (char ch : raw_lemma) with_s += ch == '_' ? 's' : ch;
      if (in_class(with_s, cls, false)) return true;
    }
    if (dutch) {
      // Unmarked compounds: a known class word of 4+ letters at the end (kamikazedrone).
      for (const auto& [lemma, cls_list] : classes) {
        if (lemma.size() >= 4 && plain.size() > lemma.size() + 2 && plain.ends_with(lemma) &&
            std::find(cls_list.begin(), cls_list.end(), cls) != cls_list.end())
          return true;
      }
    }
    // Hyphenated compounds (kamikaze-drone, anti-tank-raket)
    size_t hy = plain.rfind('-');
    if (hy != std::string::npos && hy + 1 < plain.size() && check(plain.substr(hy + 1)))
      return true;
    return false;
  }
  // A noun of the dictionaries (a word class member or a constraint's lemma), also in the plural:
  // for nouns the tagger took for adverbs ("heeft inspecteurs gestuurd").
  bool known_noun(const std::string& form) const {
    std::string f = lower_ascii(form);
    auto known = [&](const std::string& w) { return classes.count(w) || required_lemmas.count(w); };
    if (known(f)) return true;
    if (f.size() > 4 && f.ends_with("s") && known(f.substr(0, f.size() - 1))) return true;
    if (f.size() > 4 && f.ends_with("en") && known(f.substr(0, f.size() - 2))) return true;
    return false;
  }
  bool lemma_is(const std::string& raw_lemma, const std::string& want) const {
    std::string plain = lower_ascii(lemma_without_marks(raw_lemma));
    if (plain == want) return true;
    // a plural the lemmatizer left as it is (a noun tagged as another word class)
    if (plain.size() == want.size() + 1 && plain.ends_with("s") && plain.starts_with(want))
      return true;
    size_t us = raw_lemma.rfind('_');
    if (us != std::string::npos) return lower_ascii(raw_lemma.substr(us + 1)) == want;
    // a Dutch compound the lemmatizer did not split, a name too ("Vriendschapsbrug")
    return dutch && want.size() >= 4 && plain.size() >= want.size() + 3 && plain.ends_with(want);
  }

  std::vector<Event> find(const Doc& doc) const;
  bool language_adjective(const Doc& doc, const Mention& m) const;
};

EventCoder::EventCoder() : impl_(std::make_unique<Impl>()) {}
EventCoder::~EventCoder() = default;

Result<std::shared_ptr<const EventCoder>> EventCoder::load(const std::string& lang_dir,
                                                           std::shared_ptr<const Ontology> ontology,
                                                           EventCoderOptions options) {
  if (!ontology) return Status(Errc::usage, "EventCoder::load needs an ontology");
  const Ontology* onto = ontology.get();
  auto lex = lexicon::load_event_lexicon(
      lang_dir, [onto](std::string_view code) { return onto->cameo(code) != nullptr; });
  if (!lex.ok()) return lex.status();
  auto c = std::make_shared<EventCoder>();
  Impl& m = *c->impl_;
  m.ontology = std::move(ontology);
  m.options = options;
  if (std::filesystem::exists(lang_dir + "/petrarch.tsv")) m.options.petrarch = true;
  m.lex = std::move(*lex);
  std::string lang = lang_dir;
  while (!lang.empty() && lang.back() == '/') lang.pop_back();
  lang = lang.substr(lang.rfind('/') + 1);
  m.dutch = lang == "nl";
  m.lex.lang = lang;
  for (uint32_t i = 0; i < m.lex.predicates.size(); ++i) {
    m.by_key[m.lex.predicates[i].key].push_back(i);
    for (const Constraint& c : m.lex.predicates[i].constraints)
      for (const std::string& l : c.lemmas) m.required_lemmas.insert(lower_ascii(l));
  }
  for (const auto& [cls, lemma] : m.lex.word_classes) {
    std::string l = lower_ascii(lemma);
    size_t sp = l.rfind(' ');
    if (sp == std::string::npos) {
      m.classes[l].push_back(cls);
      continue;
    }
    std::vector<std::string> before;
    std::string w;
    for (char ch : l.substr(0, sp) + " ") {
      if (ch == ' ') {
        if (!w.empty()) before.push_back(w);
        w.clear();
      } else {
        w += ch;
      }
    }
    m.multi_classes[l.substr(sp + 1)].push_back({cls, before});
  }
  for (const auto& cue : m.lex.cues) m.cues[cue.lemma].push_back(&cue);
  return std::shared_ptr<const EventCoder>(std::move(c));
}

namespace {
// The intent (03) or threat (13) code of an act (see the emitting code), or "".
std::string intent_code(const std::string& c) {
  std::string r = c.substr(0, 2);
  if (r == "04") return "036";
  if (r == "05") return "032";
  if (r == "06")
    return c.size() >= 3 && c[2] >= '1' && c[2] <= '4' ? "031" + c.substr(2, 1) : "031";
  if (r == "07")
    return c.size() >= 3 && c[2] >= '1' && c[2] <= '4' ? "033" + c.substr(2, 1) : "033";
  if (r == "08") return "035";
  if (r == "14") return "133";  // "will boycott the elections": threaten political dissent
  if (r == "16") return c.starts_with("162") ? "1311" : (c.starts_with("163") ? "1312" : "131");
  if (r == "17") return c.starts_with("175") ? "137" : "132";
  if (r == "18" || r == "19" || r == "20") return "138";
  return "";
}
}  // namespace

std::vector<Event> EventCoder::find(const Doc& doc) const {
  return impl_->find(doc);
}

namespace {

// One sentence's tree with global token indices.
struct Tree {
  const Doc& doc;
  uint32_t first = 0, last = 0;
  std::vector<std::vector<uint32_t>> kids;  // local index -> global children

  Tree(const Doc& d, const SentenceData& s) : doc(d), first(s.first), last(s.last) {
    kids.resize(last - first);
    for (uint32_t i = first; i < last; ++i) {
      int32_t h = head(i);
      if (h >= 0) kids[h - first].push_back(i);
    }
  }
  // head and children of a word outside this sentence (a pronoun's antecedent in the sentence
  // before): none.
  int32_t head(uint32_t i) const {
    if (i < first || i >= last) return -1;
    int32_t h = doc.tokens[i].head;
    if (h <= 0) return -1;
    uint32_t g = first + static_cast<uint32_t>(h) - 1;
    return g < last && g != i ? static_cast<int32_t>(g) : -1;
  }
  const std::vector<uint32_t>& children(uint32_t i) const {
    static const std::vector<uint32_t> kNone;
    return i >= first && i < last ? kids[i - first] : kNone;
  }
  const TokenData& t(uint32_t i) const { return doc.tokens[i]; }
  std::string_view rel(uint32_t i) const { return doc.tokens[i].deprel; }
  std::string_view base(uint32_t i) const { return base_rel(doc.tokens[i].deprel); }
  // The preposition of a PP dependent ("aan", "according to", "op basis van"), or "".
  std::string prep(uint32_t i) const {
    for (uint32_t c : children(i)) {
      if (base(c) != "case") continue;
      std::string p = lower_ascii(lemma_without_marks(t(c).lemma));
      for (uint32_t f : children(c))
        if (base(f) == "fixed") p += " " + lower_ascii(t(f).form);
      return p;
    }
    return "";
  }
  // A passive clause has a passive auxiliary (werd/wordt/is gearresteerd, was arrested). A
  // nsubj:pass without one is taken for a parser error and read as an active subject.
  bool passive(uint32_t v) const {
    for (uint32_t c : children(v))
      if (rel(c) == "aux:pass") return true;
    return false;
  }
  // Linear reading of a preposition: the ADP right before a noun phrase ("bij het internationaal
  // verguisde Noord-Korea"), used when the parser attached the phrase elsewhere. Returns the
  // preposition's lemma or "".
  std::string linear_prep(uint32_t x) const {
    for (uint32_t k = x; k > first && x - k < 6;) {
      --k;
      const TokenData& tk = t(k);
      if (tk.upos == "ADP") {
        if (rel(k) == "compound:prt" || base(k) == "mark") return "";
        std::string p = lower_ascii(tk.lemma);
        // "tot 13.000 vluchtelingen", "up to 16 advisers": a bound on a number, no preposition
        if ((p == "tot" || p == "to" || p == "up") && k + 1 < x && t(k + 1).upos == "NUM")
          return "";
        return p;
      }
      if (tk.upos == "DET" || tk.upos == "ADJ" || tk.upos == "ADV" || tk.upos == "NUM" ||
          (tk.upos == "VERB" && has_feat(tk.feats, "VerbForm=Part")) ||
          (tk.upos == "PROPN" && base(k) == "flat"))
        continue;
      return "";
    }
    return "";
  }
};

// Found: a predicate occurrence whose dictionary entry matched, with its roles.
struct Found {
  uint32_t trigger;
  const PredicateEntry* entry;
  Roles roles;
  std::string why;
};

// One sentence being coded: its tree, the predicates found in it, and the steps that turn them
// into events (appended to the document's list).
struct SentenceCoder {
  const EventCoder::Impl& impl;
  const Doc& doc;
  const uint32_t s;
  const SentenceData& sd;
  Tree tree;
  const std::vector<int32_t>& mention_at;  // token -> actor mention covering it (not media)
  std::vector<Event>& events;
  // the coder's data, under the names the steps use
  const bool dutch;
  const EventCoderOptions& options;
  const Ontology* ontology;
  const lexicon::EventLexicon& lex;
  const std::unordered_map<std::string, std::vector<uint32_t>>& by_key;
  const std::unordered_set<std::string>& object_control;
  const std::string agent_prep;
  std::vector<Found> found;
  // verb -> a particle word the parser made its own clause head ("zetten 52 leden ... gevangen",
  // leden hung on gevangen): its dependents count as the verb's
  std::vector<std::pair<uint32_t, uint32_t>> particle_words;
  std::vector<int32_t> is_trigger;  // sentence-local token -> index into found, or -1
  std::string loc_cache;
  bool loc_done = false;

  SentenceCoder(const EventCoder::Impl& m, const Doc& d, uint32_t sent,
                const std::vector<int32_t>& mentions, std::vector<Event>& out)
      : impl(m),
        doc(d),
        s(sent),
        sd(d.sentences[sent]),
        tree(d, d.sentences[sent]),
        mention_at(mentions),
        events(out),
        dutch(m.dutch),
        options(m.options),
        ontology(m.ontology.get()),
        lex(m.lex),
        by_key(m.by_key),
        object_control(m.object_control),
        agent_prep(m.dutch ? "door" : "by"),
        is_trigger(sd.last - sd.first, -1) {}

  void run() {
    find_predicates();
    code_events();
    reported_demands();
    denials();
  }

  bool cue(std::string_view lemma, std::string_view kind, std::string_view feats = {}) const {
    return impl.cue(lemma, kind, feats);
  }
  bool has_noun_entry(const std::vector<uint32_t>& entries) const {
    for (uint32_t k : entries)
      if (lex.predicates[k].noun) return true;
    return false;
  }
  using EntryIt = std::unordered_map<std::string, std::vector<uint32_t>>::const_iterator;
  // The entries of a noun found by its lemma (`it`), or else by the word as written where the
  // lemmatizer made it singular ("talks" -> talk, which is also a verb entry).
  EntryIt noun_entries(EntryIt it, const TokenData& t) const {
    if (it != by_key.end() && has_noun_entry(it->second)) return it;
    auto f = by_key.find(lower_ascii(t.form));
    return f != by_key.end() && has_noun_entry(f->second) ? f : it;
  }
  bool in_class(const std::string& raw_lemma, const std::string& cls, bool parts = true) const {
    return impl.in_class(raw_lemma, cls, parts);
  }
  bool lemma_is(const std::string& raw_lemma, const std::string& want) const {
    return impl.lemma_is(raw_lemma, want);
  }
  bool known_noun(const std::string& form) const { return impl.known_noun(form); }
  // PETRARCH word sequences (~new+P_TIETYPES+relations/relation, from {NEW &TIETYPES
  // RELATIONS} or (FOR ASYLUM)): the last element is y or a modifier of y, the others the words
  // right before it, in order (determiners skipped).
  bool sequence_ok(uint32_t y, const Constraint& c) const {
    auto elem_ok = [&](uint32_t t, const std::string& el) {
      std::string l = lower_ascii(lemma_without_marks(tree.t(t).lemma));
      std::string f = lower_ascii(tree.t(t).form);
      for (const std::string& alt : lexicon::split_nonempty(el, '/')) {
        if (alt[0] >= 'A' && alt[0] <= 'Z') {
          if (in_class(tree.t(t).lemma, alt) || multi_member(t, {alt})) return true;
        } else if (alt == l || alt == f) {
          return true;
        }
      }
      return false;
    };
    for (const auto& seq : c.lemmas) {
      if (seq.find('+') == std::string::npos) continue;
      std::vector<std::string> el = lexicon::split_nonempty(seq, '+');
      if (el.empty()) continue;
      std::vector<uint32_t> ends = {y};
      for (uint32_t ch : tree.children(y))
        if (tree.base(ch) == "compound" || tree.base(ch) == "amod") ends.push_back(ch);
      for (uint32_t e : ends) {
        if (!elem_ok(e, el.back())) continue;
        // the word before the last right before it; earlier ones may have other modifiers
        // between them ({NEW &TIETYPES RELATIONS}: "new global economic relations")
        bool ok = true;
        int64_t t = static_cast<int64_t>(e) - 1;
        const int64_t lo = static_cast<int64_t>(sd.first);
        for (size_t k = el.size() - 1; k-- > 0 && ok;) {
          while (t >= lo && tree.t(static_cast<uint32_t>(t)).upos == "DET") --t;
          ok = t >= lo && elem_ok(static_cast<uint32_t>(t), el[k]);
          for (int skip = 0; !ok && k + 2 < el.size() && skip < 2 && t > lo; ++skip) {
            const std::string& up = tree.t(static_cast<uint32_t>(t)).upos;
            if (up != "ADJ" && up != "NOUN" && up != "PROPN" && up != "NUM") break;
            --t;
            ok = elem_ok(static_cast<uint32_t>(t), el[k]);
          }
          --t;
        }
        if (ok) return true;
      }
    }
    return false;
  }
  // A word of one of `classes` as a multiword member ("total boycott"): its last word, with the
  // words before it among the word's modifiers.
  bool multi_member(uint32_t y, const std::vector<std::string>& cls) const {
    if (impl.multi_classes.empty() || cls.empty()) return false;
    std::string l = lower_ascii(lemma_without_marks(tree.t(y).lemma));
    auto it = impl.multi_classes.find(l);
    if (it == impl.multi_classes.end()) it = impl.multi_classes.find(lower_ascii(tree.t(y).form));
    if (it == impl.multi_classes.end()) return false;
    std::vector<std::string> mods;
    for (uint32_t c : tree.children(y)) {
      mods.push_back(lower_ascii(tree.t(c).lemma));
      mods.push_back(lower_ascii(tree.t(c).form));
    }
    for (const auto& [c, before] : it->second) {
      if (std::find(cls.begin(), cls.end(), c) == cls.end()) continue;
      bool all = true;
      for (const auto& b : before)
        all = all && std::find(mods.begin(), mods.end(), b) != mods.end();
      if (all) return true;
    }
    return false;
  }
  // An event's actor from a mention (m >= 0), else from a bare token (tok >= 0), else unstated.
  EventActor make_actor(int32_t m, int32_t tok = -1) const {
    EventActor a;
    if (m >= 0) {
      const Mention& mm = doc.mentions[m];
      a.text = mm.text;
      a.code = mm.code;
      a.start = mm.start;
      a.end = mm.end;
      a.mention = m;
      a.token = static_cast<int32_t>(mm.head);
    } else if (tok >= 0) {
      const TokenData& t = doc.tokens[tok];
      a.text = doc.slice(t.start, t.end);
      a.start = t.start;
      a.end = t.end;
      a.token = tok;
    }
    return a;
  }
  // The CAMEO code and what follows from it (root, QuadClass, Goldstein, PLOVER).
  static void set_code(Event& e, const CameoCode& c) {
    e.cameo = c.code;
    e.root = c.root;
    e.quad_class = c.quad_class;
    e.goldstein = c.goldstein;
    e.plover_type = c.plover_type;
    e.plover_mode = c.plover_mode;
  }
  // The news-agency mention covering token i, or -1.
  int32_t media_at(uint32_t i) const {
    for (uint32_t m = 0; m < doc.mentions.size(); ++m)
      if (doc.mentions[m].kind == "media" && i >= doc.mentions[m].first && i < doc.mentions[m].last)
        return static_cast<int32_t>(m);
    return -1;
  }

  // ---- actors ----
  // The mention a pronoun refers to: in this sentence a subject before it, else the nearest
  // actor before it; in the sentence before, its subject, else its last actor. A plural
  // pronoun (they, hun) needs a plural antecedent; Dutch ze/zij is also "she" and stands for
  // organisations too ("De NAVO bevestigde dat ze ..."), so it takes either.
  int32_t resolve_pronoun(uint32_t x) {
    auto plural = [&](uint32_t k) {
      const TokenData& t = doc.tokens[k];
      return has_feat(t.feats, "Number=Plur") || t.xpos.find("|mv") != std::string::npos;
    };
    // A plural pronoun takes a plural name, an inhabitant noun ("Serbs", "Palestijnen"), or a
    // name whose flat or compound part is one ("Bosnian Serbs", headed by "Bosnian").
    auto group = [&](const Mention& mm) {
      if (plural(mm.head) || mm.kind == "inhabitant") return true;
      if (mm.head < sd.first || mm.head >= sd.last) return false;  // (an earlier sentence)
      for (uint32_t c : tree.children(mm.head)) {
        std::string_view b = tree.base(c);
        if (b != "flat" && b != "compound") continue;
        if (plural(c)) return true;
        if (mention_at[c] >= 0 && doc.mentions[mention_at[c]].kind == "inhabitant") return true;
      }
      return false;
    };
    const std::string xf = lower_ascii(doc.tokens[x].form);
    // I, me, you, ik, jij, u: the writer or the reader, no actor of the text
    const std::string& xfeats = doc.tokens[x].feats;
    if (has_feat(xfeats, "Person=2") || (has_feat(xfeats, "Person=1") && !plural(x))) return -1;
    const bool personal = has_feat(doc.tokens[x].feats, "Gender=Masc") ||
                          has_feat(doc.tokens[x].feats, "Gender=Fem") || xf == "hij" ||
                          xf == "hem" || xf == "he" || xf == "him" || xf == "she";
    const bool plural_only = plural(x) && !(dutch && (xf == "ze" || xf == "zij"));
    for (uint32_t back = 0; back <= 1 && back <= s; ++back) {
      const SentenceData& sx = doc.sentences[s - back];
      int32_t subj = -1, nearest = -1;
      for (int32_t m = static_cast<int32_t>(doc.mentions.size()) - 1; m >= 0; --m) {
        const Mention& mm = doc.mentions[m];
        if (mm.first < sx.first || mm.last > sx.last || mm.last > x) continue;
        // (an organisation too: "NATO confirmed it would tighten the blockade"; not for he/she)
        if (mm.kind == "media" || mm.code.empty()) continue;
        // (a person or role of an organisation, "VN-secretaris-generaal Kofi Annan ... hij",
        // for he/she)
        if (mm.country.empty() && !(mm.kind == "organization" && !personal) &&
            !((mm.kind == "person" || mm.kind == "agent") && personal))
          continue;
        if (plural_only && !group(mm)) continue;
        if (base_rel(doc.tokens[mm.head].deprel) == "nsubj" && subj < 0) subj = m;
        if (nearest < 0) nearest = m;
      }
      if (subj >= 0) return subj;
      if (nearest >= 0) return nearest;
    }
    return -1;
  }
  // The mentions an argument token stands for (coordination gives several).
  void actors_at(uint32_t x, std::vector<int32_t>& out, int depth) {
    if (depth > 6) return;
    size_t before = out.size();
    if (mention_at[x] >= 0) {
      // "NAVO-lid Noorwegen", "EU-lidstaat Polen": an organisation named only as the compound's
      // first part, with a country in apposition, stands for that country.
      int32_t m = mention_at[x];
      const Mention& mx = doc.mentions[m];
      if (mx.kind == "organization" && mx.via.starts_with("compound:") && mx.head == x)
        for (uint32_t c : tree.children(x))
          if ((tree.base(c) == "appos" || tree.base(c) == "flat") && mention_at[c] >= 0 &&
              doc.mentions[mention_at[c]].kind == "country") {
            m = mention_at[c];
            break;
          }
      out.push_back(m);
    } else if (tree.t(x).upos == "PRON" || tree.base(x) == "det" ||
               (tree.t(x).upos == "DET" && has_feat(tree.t(x).feats, "Poss=Yes")) ||
               (tree.t(x).upos == "DET" && tree.base(x) == "nsubj")) {  // "dat het bereid is"
      if (!has_feat(tree.t(x).feats, "PronType=Rel")) {
        int32_t m = resolve_pronoun(x);
        if (m >= 0) out.push_back(m);
      }
    } else {
      // Search the phrase: its own modifiers, genitives (van/of), appositions, names; not other
      // prepositional phrases or clauses.
      std::vector<uint32_t> frontier = {x};
      int32_t genitive = -1;
      for (int d = 0; d < 3 && out.size() == before && !frontier.empty(); ++d) {
        std::vector<uint32_t> next;
        for (uint32_t y : frontier)
          for (uint32_t c : tree.children(y)) {
            std::string_view b = tree.base(c);
            if (is_clausal(b) || b == "case" || b == "punct" || b == "cc") continue;
            if (b == "nmod" || b == "obl") {
              std::string p = tree.prep(c);
              // PETRARCH codes a noun phrase by the actor in it, a genitive too ("Caras
              // Galadhon's new mayor"), when nothing else in the phrase names one
              if (options.petrarch && tree.rel(c) == "nmod:poss") {
                if (mention_at[c] >= 0 && genitive < 0) genitive = mention_at[c];
                continue;
              }
              // (an English genitive names the phrase's actor: "against Sweden's decision")
              const bool genitive_s = tree.rel(c) == "nmod:poss" && (p == "'s" || p == "’s");
              if (!(p == "van" || p == "of" || p.empty() || genitive_s)) continue;
            }
            if (mention_at[c] >= 0) {
              out.push_back(mention_at[c]);
              break;
            }
            next.push_back(c);
          }
        frontier = std::move(next);
      }
      if (out.size() == before && genitive >= 0) out.push_back(genitive);
      if (out.size() > before + 1 && !options.petrarch) out.resize(before + 1);
      if (out.size() == before + 1) {
        // Coordinated names inside the phrase ("Eriadori and Calenardhon leaders", "Amerikaanse
        // en Russische onderhandelaars")
        const int32_t found = out.back();
        for (uint32_t c : tree.children(doc.mentions[found].head))
          if (tree.base(c) == "conj" && mention_at[c] >= 0 && mention_at[c] != found)
            out.push_back(mention_at[c]);
      }
    }
    // Coordination: Syrië en Irak.
    for (uint32_t c : tree.children(x))
      if (tree.base(c) == "conj" && tree.t(c).upos != "VERB") actors_at(c, out, depth + 1);
  }

  // A day or month name: a time, no participant.
  bool date_word(uint32_t c) const {
    const std::string f = lower_ascii(tree.t(c).form);
    return calendar::is_day_name(f) || calendar::is_month_name(f);
  }
  // A bare day or month name is no subject or object ("verwierpen woensdag een oproep",
  // "lifted Friday a blockade"; not "verdedigde vrijdag Irak", Irak hung on the day).
  bool bare_date(uint32_t c) const { return date_word(c) && tree.children(c).empty(); }

  // An adverbial clause of condition (its conjunction a cue of kind `condition`: if, unless,
  // als, tenzij) or of purpose (om, te, to).
  bool condition_clause(uint32_t cl) const {
    for (uint32_t c : tree.children(cl))
      if (tree.base(c) == "mark" &&
          cue(lower_ascii(lemma_without_marks(tree.t(c).lemma)), "condition"))
        return true;
    return false;
  }
  bool purpose_clause(uint32_t cl) const {
    for (uint32_t c : tree.children(cl)) {
      const std::string ml = lower_ascii(tree.t(c).lemma);
      if (tree.base(c) == "mark" && (ml == "om" || ml == "te" || ml == "to")) return true;
    }
    return false;
  }

  // Dutch puts the subject after the finite verb when a time comes first: in "Dinsdag ontbood
  // de staatssecretaris de ambassadeur" the parser takes the day for the subject and the
  // subject for the object. With a bare day name as the only subject, before an active verb,
  // the first object after the verb is the subject. Returns that object, or -1.
  int32_t fronted_date_subject(uint32_t v) const {
    if (!dutch || tree.passive(v)) return -1;
    bool date_first = false;
    int32_t first_obj = -1;
    for (uint32_t c : tree.children(v)) {
      std::string_view b = tree.base(c);
      if (b == "nsubj") {
        if (!(c < v && bare_date(c))) return -1;
        date_first = true;
      } else if (b == "obj" && c > v && first_obj < 0) {
        if (tree.t(c).upos == "PRON") return -1;  // (a pronoun object is read as it stands)
        first_obj = static_cast<int32_t>(c);
      }
    }
    return date_first ? first_obj : -1;
  }

  // Dutch puts the subject after the verb that follows a quote: "De autoriteiten schieten
  // tekort, protesteerde een mensenrechtengroep". The parser hangs the verb on the quote as a
  // conjunct and takes its subject for the object. A verb right after a comma or quote mark,
  // hung on a clause before it, with no subject and an object after it: that object is the
  // subject (and nothing is inherited from the quote). Returns it, or -1.
  // English does the same after a quote ('"Is there any doubt?" asked the prosecutor'), with
  // the quote as the verb's clausal complement before it.
  int32_t quote_inversion_subject(uint32_t v) const {
    if (tree.passive(v) || v <= sd.first) return -1;
    const std::string& before = tree.t(v - 1).form;
    if (!(before == "," || before == "\"" || before == "”" || before == "'" || before == "''"))
      return -1;
    std::string_view b = tree.base(v);
    int32_t h = tree.head(v);
    bool quote_before = false;
    if (dutch) {
      if (!(b == "conj" || b == "parataxis" || b == "ccomp")) return -1;
      if (h < 0 || static_cast<uint32_t>(h) > v) return -1;
      // (only a verb that reports: "Israël bombardeerde Gaza, beschoot Libanon" is a list of
      // acts with one subject)
      if (!reporting_verb(v)) return -1;
      quote_before = true;
    } else {
      for (uint32_t c : tree.children(v))
        if ((tree.base(c) == "ccomp" || tree.base(c) == "parataxis") && c < v) quote_before = true;
    }
    if (!quote_before) return -1;
    int32_t obj = -1;
    for (uint32_t c : tree.children(v)) {
      std::string_view cb = tree.base(c);
      if (cb == "nsubj" || cb == "cc") return -1;
      if ((cb == "obj" || (!dutch && cb == "iobj")) && c > v && obj < 0) {
        if (tree.t(c).upos == "PRON") return -1;  // (a pronoun object is read as it stands)
        obj = static_cast<int32_t>(c);
      }
    }
    return obj;
  }

  // A verb that reports speech or a stance: a verb of saying, or one whose dictionary rows are
  // statements (accusations, protests, threats, appeals, demands, refusals).
  bool reporting_verb(uint32_t v) const {
    const std::string l = lower_ascii(lemma_without_marks(tree.t(v).lemma));
    if (cue(l, "speech")) return true;
    auto it = impl.by_key.find(l);
    if (it == impl.by_key.end()) return false;
    for (uint32_t e : it->second) {
      const std::string& c = impl.lex.predicates[e].cameo;
      if (c.starts_with("01") || c.starts_with("02") || c.starts_with("10") ||
          c.starts_with("11") || c.starts_with("12") || c.starts_with("13") || c.starts_with("14"))
        return true;
    }
    return false;
  }

  void role_fill(uint32_t v, Roles& roles, const std::string& how_suffix, bool only_missing,
                 bool skip_subj_obj) {
    bool pass = tree.passive(v);
    // The verb's dependents, and those the parser hung on its auxiliary ("rebellen hebben ...
    // ontvoerd" with the subject under "hebben").
    std::vector<uint32_t> deps = tree.children(v);
    for (uint32_t a : tree.children(v))
      if (tree.base(a) == "aux" && tree.t(a).upos == "VERB")
        for (uint32_t c : tree.children(a)) deps.push_back(c);
    for (const auto& [verb, word] : particle_words)
      if (verb == v)
        for (uint32_t c : tree.children(word)) deps.push_back(c);
    // a subject the parser took for an object (after a quote, after a fronted day name)
    int32_t inverted_subject = quote_inversion_subject(v);
    if (inverted_subject < 0) inverted_subject = fronted_date_subject(v);
    bool object = false;
    std::vector<uint32_t> subjects;  // plain subjects, in the order of the sentence
    for (uint32_t c : deps) {
      if (tree.base(c) == "obj") object = true;
      if (tree.rel(c) == "nsubj" && tree.linear_prep(c).empty() && !bare_date(c))
        subjects.push_back(c);
    }
    std::sort(subjects.begin(), subjects.end());
    const bool plain_subject = !subjects.empty();
    // Two plain subjects and no object (Dutch): the parser took the object for a second subject
    // ("De Ghanese autoriteiten hebben 168 Liberianen uitgezet"); the first is the subject.
    auto second_subject = [&](uint32_t c) {
      return dutch && !pass && !object && subjects.size() >= 2 && c != subjects.front() &&
             std::find(subjects.begin(), subjects.end(), c) != subjects.end();
    };
    for (uint32_t c : deps) {
      std::string_view r = tree.rel(c);
      std::string_view b = base_rel(r);
      std::string key;
      std::string lp = (b == "nsubj" || b == "obj" || b == "iobj") ? tree.linear_prep(c) : "";
      if (!lp.empty() && lp != "te" && lp != "to") {
        key = (pass && lp == agent_prep) ? "subj" : "pp:" + lp;  // parser missed the PP
      } else if ((b == "nsubj" || b == "obj") && bare_date(c)) {
        continue;
      } else if (static_cast<int32_t>(c) == inverted_subject) {
        key = "subj";
      } else if (b == "nsubj") {
        // (a passive subject beside a plain one without a passive auxiliary is the object the
        // parser mislabelled: "officieren hebben de bemiddelingspogingen gestaakt")
        key = pass                                   ? "obj"
              : (r == "nsubj:pass" && plain_subject) ? "obj"
              : second_subject(c)                    ? "obj"
                                                     : "subj";
      } else if (b == "obj") {
        key = "obj";
      } else if (b == "iobj") {
        key = "iobj";
      } else if (b == "advmod" && !pass && tree.prep(c).empty() && tree.t(c).upos == "ADV" &&
                 known_noun(tree.t(c).form)) {
        // a noun the tagger took for an adverb ("zal wapens aan Iran leveren"): an object
        key = "obj";
      } else if (tree.t(c).upos == "ADJ" && (b == "nmod" || b == "amod") && tree.prep(c).empty()) {
        key = "amod";
      } else if (b == "obl" || b == "nmod" || (b == "advmod" && !tree.prep(c).empty())) {
        if (r == "nmod:poss") {
          key = "poss";
        } else if (r == "obl:agent") {
          key = "subj";
        } else {
          std::string p = tree.prep(c);
          if (p.empty()) continue;  // a bare noun phrase (obl:unmarked, "today")
          // a time, no participant: "on Friday", "op vrijdag", "in June"
          if (!options.petrarch && date_word(c)) continue;
          key = (pass && p == agent_prep) ? "subj" : "pp:" + p;
          // "is van plan sancties in te voeren" read as the preposition "van plan" of the object
          if (!pass && b == "obl" && p.find(' ') != std::string::npos && cue(p, "hypothetical"))
            key = "obj";
          // "zal tot 13.000 vluchtelingen toestaan": a bound on a number taken for a preposition
          if (!pass && b == "obl" && (p == "tot" || p == "up to") && tree.linear_prep(c).empty() &&
              !object)
            key = "obj";
        }
      } else if (r == "det:poss") {
        key = "poss";
      } else if (b == "amod") {
        key = "amod";
      } else if (b == "compound" && r != "compound:prt") {
        key = "compound";
      } else {
        continue;
      }
      if (skip_subj_obj && (key == "obj")) continue;
      if (only_missing && roles.has(key)) continue;
      Arg a;
      a.token = static_cast<int32_t>(c);
      a.inherited = !how_suffix.empty();
      a.how = key + how_suffix;
      roles.add(key, std::move(a));
    }
    // cond: the subject of a condition on the verb or on its infinitive ("threatened to stop
    // the talks if the United States goes ahead", "zal boycotten tenzij de president ...")
    if (!(only_missing && roles.has("cond")))
      for (uint32_t x : deps) {
        // (a conjunction the parser took for a preposition: "tenzij de president" as obl)
        // (not "als", "if": "als lid van de NAVO" is no condition)
        if (tree.base(x) == "obl" && tree.prep(x) != "als" && tree.prep(x) != "if" &&
            cue(lower_ascii(lemma_without_marks(tree.prep(x))), "condition")) {
          roles.add("cond",
                    Arg{static_cast<int32_t>(x), "", !how_suffix.empty(), "cond" + how_suffix});
          break;
        }
        // the condition may hang on the verb, its infinitive or a phrase under them ("to stop
        // negotiations to reduce weapons if ...")
        std::string_view xb = tree.base(x);
        if (!(xb == "advcl" || xb == "xcomp" || xb == "obj")) continue;
        std::vector<std::pair<uint32_t, int>> stack = {{x, 0}};
        int32_t found_cond = -1;
        while (!stack.empty() && found_cond < 0) {
          auto [cl, d] = stack.back();
          stack.pop_back();
          if (tree.base(cl) == "advcl" && condition_clause(cl)) {
            for (uint32_t c : tree.children(cl))
              if (tree.base(c) == "nsubj") found_cond = static_cast<int32_t>(c);
            break;
          }
          if (d < 3)
            for (uint32_t c : tree.children(cl)) {
              std::string_view cb = tree.base(c);
              if (cb == "advcl" || cb == "xcomp" || cb == "obj" || cb == "acl")
                stack.push_back({c, d + 1});
            }
        }
        if (found_cond >= 0) {
          roles.add("cond", Arg{found_cond, "", !how_suffix.empty(), "cond" + how_suffix});
          break;
        }
      }
  }

  // Subject from the governing clauses: control and purpose clauses (gekomen om troepen te
  // trainen), coordinated verbs, clauses whose subject the parser hung higher up, and an
  // auxiliary the tagger took for a verb ("regering heeft besloten om ... te geven").
  void inherit_subject(uint32_t v, Roles& roles, const std::string& tag) {
    if (quote_inversion_subject(v) >= 0) return;  // its subject follows it
    int32_t x = static_cast<int32_t>(v);
    for (int hop = 0; hop < 4 && !roles.has("subj"); ++hop) {
      int32_t g = tree.head(x);
      std::string_view xr = tree.base(x);
      if (g < 0) break;
      std::string gl = lower_ascii(lemma_without_marks(tree.t(g).lemma));
      bool aux_verb = gl == "hebben" || gl == "zijn" || gl == "worden" || gl == "have" ||
                      gl == "be" || gl == "zullen" || gl == "will";
      if (!(xr == "xcomp" || xr == "advcl" || xr == "ccomp" || xr == "conj" || xr == "parataxis" ||
            (aux_verb && xr == "obj")))
        break;
      // "Syria is willing to withdraw", "bereid om te ...": an adjective with a copula
      if (tree.t(g).upos != "VERB" && tree.t(g).upos != "AUX" && tree.t(g).upos != "ADJ") break;
      if (xr == "advcl" && !aux_verb) {
        // A purpose clause ("gekomen om troepen te trainen") shares the subject; so does a
        // non-finite adverbial clause without a conjunction ("..., naar verluidt ook naar
        // Oekraïne gekomen": a participle the parser hung under "verluidt").
        bool marked = false;
        for (uint32_t c : tree.children(x)) marked = marked || tree.base(c) == "mark";
        bool finite = has_feat(tree.t(x).feats, "VerbForm=Fin");
        if (!purpose_clause(static_cast<uint32_t>(x)) && (marked || finite)) break;
      }
      if (hop == 0 && xr == "xcomp" && object_control.count(gl)) {
        for (uint32_t c : tree.children(g))
          if (tree.rel(c) == "obj" || tree.rel(c) == "iobj") {
            roles.add("subj", Arg{static_cast<int32_t>(c), "", true, "subj<-obj of " + gl + tag});
            break;
          }
        break;
      }
      // (coordinated verb phrases share the grammatical subject, a passive one too: "the
      // minister has been indicted ... and will resign", "is aangeklaagd en zal aftreden")
      const bool passive_conj = tree.passive(g) && xr == "conj" && !tree.passive(x);
      if (!tree.passive(g) || passive_conj) {
        const int32_t front = fronted_date_subject(static_cast<uint32_t>(g));
        for (uint32_t c : tree.children(g))
          if (static_cast<int32_t>(c) == front || (front < 0 && tree.base(c) == "nsubj" &&
                                                   tree.linear_prep(c).empty() && !bare_date(c))) {
            roles.add("subj", Arg{static_cast<int32_t>(c), "", true,
                                  "subj<-" + std::string(xr) +
                                      (passive_conj ? " (passive) " : " ") + gl + tag});
            break;
          }
      }
      x = g;
    }
  }

  // The country of the first place the sentence names with "in" (in de Oekraïense hoofdstad
  // Kyiv, in Iran): completes a role without a country (Demonstranten = CVL).
  std::string location_country() {
    if (loc_done) return loc_cache;
    loc_done = true;
    for (uint32_t k = sd.first; k < sd.last; ++k) {
      if (tree.prep(k) != "in") continue;
      std::vector<int32_t> ms;
      actors_at(k, ms, 0);
      for (int32_t m : ms) {
        const Mention& mm = doc.mentions[m];
        if (!mm.country.empty() &&
            (mm.kind == "country" || mm.kind == "capital" || mm.kind == "adjective")) {
          loc_cache = mm.country;
          return loc_cache;
        }
      }
    }
    return loc_cache;
  }

  // A country named inside the phrase of a role-only mention ("Montenegro Municipality
  // Association officials" = GOV): the country mention nearest before it in the same phrase.
  std::string np_country(const Mention& mm) {
    // (a pronoun's antecedent may stand in the sentence before: no tree of it here)
    if (mm.head < sd.first || mm.head >= sd.last) return "";
    int32_t top = static_cast<int32_t>(mm.head);
    // climb to the top of the noun phrase (compound, flat, nmod, appos links)
    for (int k = 0; k < 3; ++k) {
      int32_t h = tree.head(top);
      std::string_view r = tree.base(top);
      if (h < 0 || !(r == "compound" || r == "flat" || r == "nmod" || r == "appos")) break;
      if (tree.t(h).upos != "NOUN" && tree.t(h).upos != "PROPN") break;
      top = h;
    }
    std::vector<uint32_t> stack = {static_cast<uint32_t>(top)};
    int32_t best = -1;
    while (!stack.empty()) {
      uint32_t y = stack.back();
      stack.pop_back();
      int32_t m = mention_at[y];
      if (m >= 0 && !doc.mentions[m].country.empty() &&
          (best < 0 || doc.mentions[m].first > doc.mentions[best].first))
        best = m;
      for (uint32_t c : tree.children(y))
        if (!is_clausal(tree.base(c)) && tree.base(c) != "case") stack.push_back(c);
    }
    return best >= 0 ? doc.mentions[best].country : "";
  }

  // The one country the sentence names, when it names exactly one ("President Bouteflika said
  // he is prepared to lift the ban on the FIS"): the last resort for a role without a country.
  std::string only_country() {
    std::string c;
    for (const Mention& mm : doc.mentions) {
      if (mm.first < sd.first || mm.last > sd.last || mm.country.empty()) continue;
      if (mm.kind == "media") continue;
      if (!c.empty() && c != mm.country) return "";
      c = mm.country;
    }
    return c;
  }

  // ---- predicates: the dictionary entries whose constraints hold ----
  void find_predicates() {
    std::vector<uint32_t> used_as_particle;  // words a separable verb took as its particle
    particle_words.clear();
    for (uint32_t i = sd.first; i < sd.last; ++i) {
      const TokenData& tk = doc.tokens[i];
      bool verb = tk.upos == "VERB";
      bool noun = tk.upos == "NOUN";
      if (!verb && !noun) continue;
      if (std::find(used_as_particle.begin(), used_as_particle.end(), i) != used_as_particle.end())
        continue;
      // A noun that names an actor is no event, unless only its first part does: "NAVO-top",
      // "VS-sancties" (the actor is then the compound part).
      if (noun && mention_at[i] >= 0 && doc.mentions[mention_at[i]].head == i) {
        const Mention& m = doc.mentions[mention_at[i]];
        if (!m.via.starts_with("compound:") || m.via.find('+') != std::string::npos) continue;
      }
      std::string plain = lower_ascii(lemma_without_marks(tk.lemma));
      std::string key = plain;
      std::string prefix;  // compound noun's first part
      // separable / phrasal particle
      for (uint32_t c : tree.children(i)) {
        if (tree.rel(c) != "compound:prt") continue;
        std::string prt = lower_ascii(tree.t(c).lemma);
        // (a participle-like particle keeps its form: gevangen, not vangen)
        if (dutch && !by_key.count(prt + plain) &&
            by_key.count(lower_ascii(tree.t(c).form) + plain))
          prt = lower_ascii(tree.t(c).form);
        // (an infinitive is its own lemma: "in te voeren" lemmatized as varen)
        if (dutch && !by_key.count(prt + plain)) {
          bool te = has_feat(tk.feats, "VerbForm=Inf");
          for (uint32_t m : tree.children(i))
            if (tree.base(m) == "mark" && lower_ascii(tree.t(m).form) == "te") te = true;
          std::string inf = lower_ascii(tk.form);
          if (te && inf.ends_with("en") && by_key.count(prt + inf)) plain = inf;
        }
        if (dutch) {
          if (!plain.starts_with(prt)) key = prt + plain;
        } else {
          key = plain + " " + prt;
        }
      }
      // A particle the parser hung on the object or an oblique as a postposition or apposition
      // ("hief een blokkade op", "wees oproepen om hulp af", "schoot vijf mensen dood"): the
      // separable verb when the dictionary has it.
      if (dutch && verb && key == plain)
        for (uint32_t c : tree.children(i)) {
          std::string_view cb = tree.base(c);
          if (cb != "obj" && cb != "obl" && cb != "nsubj") continue;
          for (uint32_t p : tree.children(c)) {
            if (p < c || p < i) continue;
            // Only a relative clause or punctuation may hang on it ("hief een blokkade op die
            // sinds een dag gold": the clause belongs to the object).
            bool bare = true;
            for (uint32_t q : tree.children(p)) {
              std::string_view qb = tree.base(q);
              if (qb != "acl" && qb != "punct") bare = false;
            }
            if (!bare) continue;
            std::string_view pb = tree.base(p);
            if (pb != "case" && pb != "appos" && pb != "amod" && pb != "advmod" && pb != "nmod")
              continue;
            std::string prt = lower_ascii(tree.t(p).form);
            if (!plain.starts_with(prt) && by_key.count(prt + plain)) key = prt + plain;
          }
        }
      // A particle-like word the parser made a clause or modifier of the verb itself ("zetten
      // 52 leden ... gevangen", gevangen read as the participle of vangen): a bare word after
      // the verb whose form and the verb make a dictionary verb.
      if (dutch && verb && key == plain)
        for (uint32_t c : tree.children(i)) {
          if (c < i) continue;
          bool bare = true;  // (its adverbs, obliques, objects and purpose are the verb's)
          for (uint32_t q : tree.children(c)) {
            std::string_view qb = tree.base(q);
            if (qb != "advmod" && qb != "obl" && qb != "obj" && qb != "punct" && qb != "advcl")
              bare = false;
          }
          if (!bare) continue;
          std::string_view cb = tree.base(c);
          if (cb != "ccomp" && cb != "xcomp" && cb != "advmod" && cb != "advcl" && cb != "obl" &&
              cb != "amod" && cb != "compound" && cb != "dep")
            continue;
          std::string prt = lower_ascii(tree.t(c).form);
          if (prt.size() < 3 || plain.starts_with(prt) || !by_key.count(prt + plain)) continue;
          key = prt + plain;
          used_as_particle.push_back(c);
          if (!tree.children(c).empty()) particle_words.emplace_back(i, c);
          break;
        }
      auto it = by_key.end();
      // PETRARCH lists some inflected forms as verbs of their own (LEFT [042:043] beside LEAVE
      // [012]); the word as written comes first.
      if (options.petrarch && verb && key == plain) {
        std::string form = lower_ascii(tk.form);
        if (form != plain) it = by_key.find(form);
      }
      if (it == by_key.end()) it = by_key.find(key);
      // A particle the parser hung on the wrong verb ("dreigde ... af te breken"): the plain lemma.
      if (it == by_key.end() && key != plain) it = by_key.find(plain);
      if (noun) it = noun_entries(it, tk);
      // Dutch compounds lose their linking s in UD lemmas (bemiddeling_poging): put it back.
      if (it == by_key.end() && dutch && tk.lemma.find('_') != std::string::npos) {
        std::string with_s;
        for (char ch : tk.lemma) {
          if (ch == '_')
            with_s += 's';
          else
            with_s += ch;
        }
        it = by_key.find(lower_ascii(with_s));
      }
      if (it == by_key.end() && noun) {
        // Dutch compound noun: wapen_leverantie -> leverantie with prefix wapen.
        size_t us = tk.lemma.rfind('_');
        if (us != std::string::npos && us + 1 < tk.lemma.size()) {
          std::string last = lower_ascii(tk.lemma.substr(us + 1));
          it = by_key.find(last);
          prefix = lower_ascii(lemma_without_marks(tk.lemma.substr(0, us)));
        }
        if (it == by_key.end()) {
          size_t hy = plain.rfind('-');
          if (hy != std::string::npos && hy + 1 < plain.size()) {
            it = by_key.find(plain.substr(hy + 1));
            prefix = plain.substr(0, hy);
          }
        }
      }
      if (it == by_key.end() && !verb && !noun) continue;
      if (it == by_key.end()) continue;

      // Roles.
      Roles roles;
      role_fill(i, roles, "", false, false);
      if (!prefix.empty()) {
        Arg a;
        a.token = static_cast<int32_t>(i);
        a.prefix = prefix;
        a.how = "compound";
        roles.add("compound", a);
      }
      int32_t h = tree.head(i);
      std::string_view my = tree.base(i);
      if (verb && h >= 0 && my != "acl" && !roles.has("subj") && !tree.passive(i))
        inherit_subject(i, roles, "");
      if (verb && h >= 0 && my == "acl") {
        {
          // relative clause: the relative pronoun's role is the head noun's
          bool rel_found = false;
          for (auto& [k, a] : roles.items) {
            if (a.token >= 0 && has_feat(tree.t(a.token).feats, "PronType=Rel")) {
              a.token = h;
              a.how = k + "<-relative " + std::string(tree.t(h).form);
              a.inherited = true;
              rel_found = true;
            }
          }
          if (!rel_found) {
            bool part = has_feat(tk.feats, "VerbForm=Part");
            std::string k =
                (part && !roles.has("obj")) ? "obj" : (!roles.has("subj") ? "subj" : "");
            if (!k.empty()) {
              Arg a{h, "", true, k + "<-modified noun"};
              roles.add(k, a);
              // "issued a declaration demanding ...": the declaration's issuer demands
              int32_t g = tree.head(h);
              // (not for PETRARCH: "boycotted the parade supporting Gondor")
              if (k == "subj" && mention_at[h] < 0 && g >= 0 && tree.t(g).upos == "VERB" &&
                  !options.petrarch)
                for (uint32_t c : tree.children(g))
                  if (tree.base(c) == "nsubj" && tree.rel(c) != "nsubj:pass") {
                    roles.add("subj", Arg{static_cast<int32_t>(c), "", true,
                                          "subj<-subject of " + std::string(tree.t(g).form)});
                    break;
                  }
            }
          }
        }
      }
      if (noun && h >= 0) {
        // light verb: steun bieden, een aanval uitvoeren, sancties opleggen
        std::string hl = lower_ascii(lemma_without_marks(tree.t(h).lemma));
        const bool slot = tree.t(h).upos == "VERB" && (my == "obj" || tree.rel(i) == "nsubj:pass");
        if (slot && cue(hl, "receive") && !tree.passive(h)) {
          // A verb of receiving: its subject is the noun's recipient, its van/from phrase the
          // giver ("De oppositieleider kreeg een celstraf", "Kyiv received aid from Berlin").
          Roles got;
          role_fill(h, got, "<-receive " + hl, false, true);
          for (auto& [k, a] : got.items) {
            std::string key = k == "subj" ? "iobj" : (k == "pp:van" || k == "pp:from") ? "subj" : k;
            if (!roles.has(key)) roles.add(key, a);
          }
        } else if (slot && cue(hl, "light")) {
          role_fill(h, roles, "<-light " + hl, true, true);
          // "Oekraïne steun geven", "give Ukraine aid": the verb's other object is the recipient
          for (uint32_t c : tree.children(h))
            if (c != i && tree.base(c) == "obj" && !roles.has("iobj"))
              roles.add("iobj", Arg{static_cast<int32_t>(c), "", true, "iobj<-light " + hl});
          if (!roles.has("subj") && !tree.passive(h)) inherit_subject(h, roles, " (light verb)");
        }
      }
      // A verb of going or gathering whose for/voor phrase names what its subject comes to do:
      // "return to Geneva for talks", "stroomden samen voor een betoging" (also when the parser
      // hung the phrase on the place: "keren terug naar Genève voor overleg").
      int32_t pv = h;
      if (noun && h >= 0 && my == "nmod" && tree.base(h) == "obl") pv = tree.head(h);
      if (noun && pv >= 0 && (my == "obl" || my == "nmod") && !roles.has("subj") &&
          tree.t(pv).upos == "VERB") {
        std::string hl = lower_ascii(lemma_without_marks(tree.t(pv).lemma));
        std::string pr = tree.prep(i);
        if ((pr == "for" || pr == "voor") && cue(hl, "purpose")) {
          for (uint32_t c : tree.children(pv))
            if (tree.rel(c) == "nsubj") {
              roles.add("subj", Arg{static_cast<int32_t>(c), "", true, "subj<-purpose " + hl});
              break;
            }
          if (!roles.has("subj")) inherit_subject(pv, roles, " (purpose " + hl + ")");
        }
      }
      // The grounds of an act ("jailed 52 members on allegations of treason", "zetten ...
      // gevangen op beschuldiging van hoogverraad"): the verb's subject makes the accusation
      // against the verb's object.
      // (also hung on the object: "jailed [52 members ... on allegations]")
      int32_t gv = -1;
      if (noun && h >= 0 && my == "obl" && tree.t(h).upos == "VERB") gv = h;
      if (noun && h >= 0 && my == "nmod" && tree.base(h) == "obj" && tree.head(h) >= 0 &&
          tree.t(tree.head(h)).upos == "VERB")
        gv = tree.head(h);
      // (the verb before the phrase: a verb after it, at the end of a Dutch subordinate
      // clause, is too often a wrong head)
      if (gv >= 0 && static_cast<uint32_t>(gv) > i) gv = -1;
      // (only for an accusation noun: "commented on the attack" is no attack by the speaker)
      if (gv >= 0) {
        bool accusation = false;
        for (uint32_t e : it->second)
          if (lex.predicates[e].noun && lex.predicates[e].cameo.starts_with("11"))
            accusation = true;
        if (!accusation) gv = -1;
      }
      if (gv >= 0 && !roles.has("subj")) {
        const std::string pr = tree.prep(i);
        if (pr == "on" || pr == "op") {
          Roles act;
          role_fill(static_cast<uint32_t>(gv), act, "<-grounds", false, false);
          if (!act.has("subj")) inherit_subject(static_cast<uint32_t>(gv), act, " (grounds)");
          for (const char* k : {"subj", "obj"})
            if (const Arg* a = act.first(k); a && !roles.has(k)) {
              Arg b = *a;
              b.inherited = true;
              b.how = std::string(k) + "<-grounds " + std::string(tree.t(gv).form);
              roles.add(k, std::move(b));
            }
        }
      }
      if (noun) {
        for (uint32_t c : tree.children(i)) {
          if (tree.base(c) != "acl") continue;
          std::string cl = lower_ascii(lemma_without_marks(tree.t(c).lemma));
          if (tree.t(c).upos == "VERB" && cue(cl, "light"))
            role_fill(c, roles, "<-light " + cl, true, true);
        }
      }

      // Constraints: the first entry (file order) whose constraints all hold.
      auto choose = [&](const Roles& roles) -> const PredicateEntry* {
        for (uint32_t e : it->second) {
          const PredicateEntry& p = lex.predicates[e];
          if (p.noun != noun) continue;
          bool ok = true;
          for (const Constraint& c : p.constraints) {
            bool any = false;
            auto word_ok = [&](uint32_t y, const std::string& pre) {
              if (c.anything) return true;
              if (options.petrarch && pre.empty() && sequence_ok(y, c)) return true;
              auto test = [&](const std::string& raw) {
                for (const auto& cls : c.classes)
                  if (in_class(raw, cls)) return true;
                for (const auto& l : c.lemmas)
                  if (lemma_is(raw, l)) return true;
                return false;
              };
              if (!pre.empty()) return test(pre);
              if (test(tree.t(y).lemma)) return true;
              // the word as written ("gevangen" of "gevangen houden", lemmatized as vangen;
              // "hunger" lemmatized as hung)
              if (test(lower_ascii(tree.t(y).form))) return true;
              // (a multiword member: "air defence", "total boycott")
              if (multi_member(y, c.classes)) return true;
              // quantities: honderden van deze bommen, dozens of drones, de eerste lichting
              // vredestroepen (word class QUANTITY)
              const TokenData& ty = tree.t(y);
              if (ty.upos == "NUM" || ty.upos == "PRON" || ty.upos == "DET" ||
                  in_class(ty.lemma, "QUANTITY", false)) {
                for (uint32_t c2 : tree.children(y)) {
                  if (tree.base(c2) != "nmod" && tree.base(c2) != "obl") continue;
                  if (test(tree.t(c2).lemma)) return true;
                  // its kind: "the first deployment of NATO peacekeeping troops"
                  for (uint32_t c3 : tree.children(c2))
                    if ((tree.base(c3) == "compound" || tree.base(c3) == "amod") &&
                        tree.rel(c3) != "compound:prt" && test(tree.t(c3).lemma))
                      return true;
                }
              }
              // a conjunct (tanks en raketten) or what a noun is of (de aanschaf van granaten)
              for (uint32_t c2 : tree.children(y)) {
                std::string_view b2 = tree.base(c2);
                if (b2 == "conj" && test(tree.t(c2).lemma)) return true;
                // a modifier naming the kind: "peacekeeping troops", "mediation efforts"
                if ((b2 == "compound" || b2 == "amod") && tree.rel(c2) != "compound:prt" &&
                    test(tree.t(c2).lemma))
                  return true;
                if (b2 == "nmod" && ty.upos == "NOUN") {
                  std::string p2 = tree.prep(c2);
                  if ((p2 == "van" || p2 == "of") && test(tree.t(c2).lemma)) return true;
                }
              }
              return false;
            };
            for (const RoleSpec& r : c.roles) {
              if (r.rel == RoleSpec::Rel::any) {
                for (uint32_t y : tree.children(i)) any = any || word_ok(y, "");
                // a fixed expression the parser hung lower down ("kwamen drie mensen om het
                // leven" with "om het leven" under "mensen")
                std::vector<std::pair<uint32_t, int>> st = {{i, 0}};
                while (!any && !st.empty()) {
                  auto [y, d] = st.back();
                  st.pop_back();
                  for (uint32_t c : tree.children(y)) {
                    if (tree.base(c) == "fixed" && word_ok(c, "")) any = true;
                    if (d < 3 && !is_clausal(tree.base(c))) st.push_back({c, d + 1});
                  }
                }
                for (const auto& [k, a] : roles.items)
                  if (!a.prefix.empty()) any = any || word_ok(i, a.prefix);
              } else {
                for (const Arg* a : roles.all(role_key(r)))
                  any = any || word_ok(static_cast<uint32_t>(a->token), a->prefix);
                // PETRARCH: (BY) after ATTACK is a by-phrase after the object, wherever the
                // parser hung it ("condemned an attack by Osgiliath soldiers")
                if (!any && options.petrarch && r.rel == RoleSpec::Rel::pp) {
                  // (also down a chain of PPs: "memos on economic issue from Bree")
                  for (const Arg* o : roles.all("obj")) {
                    if (o->token < 0 || !o->prefix.empty()) continue;
                    std::vector<std::pair<uint32_t, int>> st = {
                        {static_cast<uint32_t>(o->token), 0}};
                    while (!st.empty() && !any) {
                      auto [y, d] = st.back();
                      st.pop_back();
                      for (uint32_t c : tree.children(y)) {
                        if (tree.base(c) != "nmod") continue;
                        if (tree.prep(c) == r.prep) any = any || word_ok(c, "");
                        if (d < 2) st.push_back({c, d + 1});
                      }
                    }
                  }
                }
              }
              if (any) break;
            }
            if (!any) {
              ok = false;
              break;
            }
          }
          if (ok) return &p;
        }
        return nullptr;
      };
      const PredicateEntry* chosen = choose(roles);
      if (!chosen && verb && roles.has("subj") && !roles.has("obj") &&
          quote_inversion_subject(i) < 0) {
        // Selectional repair: a subject that only fits as the object ("waarop dat protesten
        // van de bevolking neerslaat": protests are put down, they do not put down). A
        // demonstrative the parser took for its determiner is then the subject.
        Roles swapped;
        for (const auto& [k, a] : roles.items) {
          if (k != "subj") {
            swapped.add(k, a);
            continue;
          }
          Arg o = a;
          o.how = "obj (subject that fits only as object)";
          swapped.add("obj", o);
          for (uint32_t c : tree.children(static_cast<uint32_t>(a.token)))
            if (tree.base(c) == "det" &&
                (has_feat(tree.t(c).xpos, "aanw") || has_feat(tree.t(c).feats, "PronType=Dem") ||
                 is_demonstrative(tree.t(c).form))) {
              swapped.add("subj", Arg{static_cast<int32_t>(c), "", true, "subj (demonstrative)"});
            }
        }
        chosen = choose(swapped);
        if (chosen && !chosen->constraints.empty())
          roles = std::move(swapped);
        else
          chosen = nullptr;
      }
      if (!chosen && verb && tree.passive(i) && dutch && !roles.has("subj")) {
        // "zijn" + participle is also the perfect of verbs that take no object ("is aangekomen
        // in Bosnië", "zijn teruggekeerd"), which the parser may take for a passive: when only
        // the active reading finds an entry, the subject is the subject.
        bool zijn = false;
        for (uint32_t c : tree.children(i))
          if (tree.rel(c) == "aux:pass" &&
              lower_ascii(lemma_without_marks(tree.t(c).lemma)) == "zijn")
            zijn = true;
        Roles active;
        bool moved = false;
        for (const auto& [k, a] : roles.items) {
          if (zijn && k == "obj" && a.token >= 0 && tree.rel(a.token) == "nsubj:pass") {
            Arg sa = a;
            sa.how = "subj (zijn-perfect, not a passive)";
            active.add("subj", sa);
            moved = true;
          } else {
            active.add(k, a);
          }
        }
        if (moved) {
          chosen = choose(active);
          if (chosen && !takes_object(*chosen))
            roles = std::move(active);
          else
            chosen = nullptr;
        }
      }
      if (!chosen || chosen->cameo == "---") continue;  // no entry, or a blocking row
      is_trigger[i - sd.first] = static_cast<int32_t>(found.size());
      found.push_back(Found{i, chosen, std::move(roles), ""});
    }
  }

  // ---- events: arguments, modality, attribution, codes ----
  void code_events() {
    for (const Found& f : found) {
      const PredicateEntry& p = *f.entry;
      const CameoCode* cc = ontology->cameo(p.cameo);  // (a verbal protest changes it below)
      if (!cc) continue;
      const uint32_t i = f.trigger;
      const TokenData& tk = doc.tokens[i];
      // A verb whose complement carries the content does no act of its own: naming with a
      // predicate ("Macron called the explosion an attack", "a company called Green
      // Laboratory": cue kind `naming`) and helping with an infinitive ("help resolve the
      // conflict", coded on its own: cue kind `helping`).
      if (!p.noun) {
        const std::string vl = lower_ascii(lemma_without_marks(tk.lemma));
        const bool naming = cue(vl, "naming"), helping = cue(vl, "helping");
        bool content = false;
        for (uint32_t c : tree.children(i)) {
          if (tree.base(c) != "xcomp") continue;
          const std::string& u = tree.t(c).upos;
          if (naming && (u == "NOUN" || u == "PROPN" || u == "ADJ")) content = true;
          if (helping && u == "VERB") content = true;
        }
        if (content) continue;
      }
      if (!p.noun && cue(lower_ascii(lemma_without_marks(tk.lemma)), "light")) {
        // "steun geven", "give aid", "carry out an attack": the event noun carries the meaning
        bool noun_event = false;
        for (uint32_t c : tree.children(i))
          if (tree.base(c) == "obj" && is_trigger[c - sd.first] >= 0 &&
              found[is_trigger[c - sd.first]].entry->noun)
            noun_event = true;
        if (noun_event) continue;
      }
      if (p.noun) {
        // "protesten ... neerslaat", "condemned the attack": a participant of another event
        int32_t h = tree.head(i);
        std::string_view r = tree.rel(i);
        if (h >= 0 && is_trigger[h - sd.first] >= 0 &&
            !found[is_trigger[h - sd.first]].entry->noun &&
            (r == "obj" || r == "nsubj" || r == "nsubj:pass") &&
            !cue(lower_ascii(lemma_without_marks(tree.t(h).lemma)), "light"))
          continue;
      }

      // Suppressed: an event wanted or requested by a governing predicate (overhalen ... zich
      // bij sancties aan te sluiten codes the persuading, not the sanctions).
      bool suppressed = false;
      {
        int32_t x = i;
        for (int hop = 0; hop < 3 && x >= 0; ++hop) {
          std::string_view r = tree.base(x);
          if (!(r == "xcomp" || r == "ccomp" || r == "advcl" || r == "csubj")) break;
          int32_t h = tree.head(x);
          if (h < 0) break;
          int32_t fi = is_trigger[h - sd.first];
          if (fi >= 0) {
            const std::string& hc = found[fi].entry->cameo;
            // appeals, intentions, demands, refusals and threats are about acts not done
            if (hc.starts_with("02") || hc.starts_with("03") || hc.starts_with("10") ||
                hc.starts_with("12") || hc.starts_with("13")) {
              suppressed = true;
              break;
            }
          }
          x = h;
        }
      }
      if (suppressed) continue;

      // Arguments.
      struct Side {
        std::vector<int32_t> mentions;
        int32_t token = -1;
        std::string how;
      };
      const bool denial = p.cameo.starts_with("016");
      auto is_event_noun = [&](int32_t tok) {
        if (tree.t(tok).upos != "NOUN") return false;
        std::string l = lower_ascii(lemma_without_marks(tree.t(tok).lemma));
        auto e = noun_entries(by_key.find(l), tree.t(tok));
        if (e == by_key.end()) {
          size_t us = tree.t(tok).lemma.rfind('_');
          if (us != std::string::npos)
            e = by_key.find(lower_ascii(tree.t(tok).lemma.substr(us + 1)));
        }
        if (e == by_key.end()) return false;
        for (uint32_t k : e->second)
          if (lex.predicates[k].noun) return true;
        return false;
      };
      auto resolve = [&](std::vector<RoleSpec> specs, Side& side, int32_t exclude_tok,
                         bool is_target) {
        if (p.noun) {
          // an event noun also takes the subject (and indirect object) of its light verb
          specs.push_back(RoleSpec{is_target ? RoleSpec::Rel::iobj : RoleSpec::Rel::subj, ""});
        }
        auto phrase_has_actor = [&](uint32_t tok) {
          std::vector<std::pair<uint32_t, int>> stack = {{tok, 0}};
          while (!stack.empty()) {
            auto [y, d] = stack.back();
            stack.pop_back();
            if (mention_at[y] >= 0 && !doc.mentions[mention_at[y]].code.empty()) return true;
            for (uint32_t c : tree.children(y))
              if ((!is_clausal(tree.base(c)) || tree.base(c) == "acl") && d < 3)
                stack.push_back({c, d + 1});
          }
          return false;
        };
        auto try_token = [&](int32_t tok, const std::string& how) {
          if (tok < 0 || tok == exclude_tok) return false;
          if (denial && is_target &&
              (tree.t(tok).upos == "PRON" || has_feat(tree.t(tok).feats, "PronType=Dem")))
            return false;  // "Dit wordt ontkend": the event referred to gives the target
          std::vector<int32_t> ms;
          actors_at(static_cast<uint32_t>(tok), ms, 0);
          // an adjective is an actor only when it names a country ("Russische invasie"), not a
          // role ("military aid", "a general strike", even with a country from the context)
          if (how.starts_with("amod") && !ms.empty() &&
              (doc.mentions[ms[0]].country.empty() || doc.mentions[ms[0]].kind == "agent"))
            return false;
          if (!ms.empty()) {
            side.mentions = std::move(ms);
            side.token = tok;
            side.how = how;
            return true;
          }
          if (side.token < 0 && (tree.t(tok).upos == "NOUN" || tree.t(tok).upos == "PROPN" ||
                                 tree.t(tok).upos == "PRON")) {
            side.token = tok;  // a named, uncoded participant (or an event: see below)
            side.how = how + " (no actor code)";
          }
          return false;
        };
        if (options.petrarch && is_target) {
          // PETRARCH: the target is the first actor after the verb, in word order
          std::vector<const Arg*> args;
          for (const RoleSpec& r : specs)
            for (const Arg* a : f.roles.all(role_key(r)))
              if (a->prefix.empty() && a->token >= 0) args.push_back(a);
          std::stable_sort(args.begin(), args.end(),
                           [](const Arg* a, const Arg* b) { return a->token < b->token; });
          for (const Arg* a : args) {
            if (try_token(a->token, a->how)) return;
            if (phrase_has_actor(static_cast<uint32_t>(a->token))) {
              // the actor is inside this phrase: found from it below
              side.token = a->token;
              side.how = a->how + " (no actor code)";
              return;
            }
          }
          if (side.token >= 0) return;
        }
        for (const RoleSpec& r : specs) {
          for (const Arg* a : f.roles.all(role_key(r))) {
            if (!a->prefix.empty()) continue;
            if (try_token(a->token, a->how)) return;
          }
          if (side.token >= 0) return;
        }
        // A prepositional phrase the parser hung inside the object or subject phrase
        // ("vliegtuigen van dit type aan Iran worden geleverd").
        for (const RoleSpec& r : specs) {
          if (r.rel != RoleSpec::Rel::pp) continue;
          for (const char* holder : {"obj", "subj"}) {
            const Arg* a = f.roles.first(holder);
            if (!a || a->token < 0) continue;
            std::vector<std::pair<uint32_t, int>> stack = {{static_cast<uint32_t>(a->token), 0}};
            while (!stack.empty()) {
              auto [y, d] = stack.back();
              stack.pop_back();
              for (uint32_t c : tree.children(y)) {
                if (is_clausal(tree.base(c))) continue;
                if (tree.base(c) == "nmod" && tree.prep(c) == r.prep &&
                    try_token(static_cast<int32_t>(c), "pp:" + r.prep + " inside " + holder)) {
                  return;
                }
                if (d < 2) stack.push_back({c, d + 1});
              }
            }
          }
        }
      };
      Side src, tgt;
      resolve(p.source, src, -1, false);
      // An event noun whose first part names the actor: "NAVO-top", "VS-sancties".
      if (p.noun && src.mentions.empty() && mention_at[i] >= 0 &&
          doc.mentions[mention_at[i]].head == i && !doc.mentions[mention_at[i]].code.empty()) {
        src.mentions = {mention_at[i]};
        src.token = static_cast<int32_t>(i);
        src.how = "compound part";
      }
      if (options.petrarch && src.token < 0 && !p.noun && tree.passive(i)) {
        // PETRARCH: a passive without its agent takes the first actor after the verb as the
        // source ("The Philippines was criticized over its dispute with Eriador")
        std::vector<uint32_t> pps;
        for (const auto& [k, a] : f.roles.items)
          if (k.starts_with("pp:") && a.token >= 0 && a.prefix.empty())
            pps.push_back(static_cast<uint32_t>(a.token));
        std::sort(pps.begin(), pps.end());
        for (uint32_t pp : pps) {
          std::vector<uint32_t> frontier = {pp};
          for (int d = 0; d < 3 && src.token < 0 && !frontier.empty(); ++d) {
            std::vector<uint32_t> next;
            for (uint32_t y : frontier) {
              if (mention_at[y] >= 0 && !doc.mentions[mention_at[y]].code.empty()) {
                src.mentions = {mention_at[y]};
                src.token = static_cast<int32_t>(y);
                src.how = "first actor after the passive verb";
                break;
              }
              for (uint32_t c : tree.children(y))
                if (!is_clausal(tree.base(c)) && tree.base(c) != "case") next.push_back(c);
            }
            std::sort(next.begin(), next.end());
            frontier = std::move(next);
          }
          if (src.token >= 0) break;
        }
      }
      resolve(p.target, tgt, src.token, true);
      if (tgt.mentions.empty() && !(denial && tgt.token < 0)) {
        // The target named deeper: inside the object phrase ("calls by Belarus's rulers"), or
        // in the complement clause of a verb of saying, wanting or threatening ("demanded that
        // the DPRK forsake ...", "threatened to impose restrictions against German goods").
        std::vector<std::pair<uint32_t, std::string>> roots;
        // PETRARCH: inside the first phrase after the verb ("acted on a resolution with Libya")
        if (options.petrarch && tgt.token >= 0)
          roots.push_back({static_cast<uint32_t>(tgt.token), "inside " + tgt.how});
        if (const Arg* o = f.roles.first("obj"); o && o->token >= 0 && o->prefix.empty())
          roots.push_back({static_cast<uint32_t>(o->token), "inside obj"});
        if (!p.noun) {
          for (uint32_t c : tree.children(i))
            if (tree.base(c) == "xcomp" || tree.base(c) == "ccomp")
              roots.push_back({c, "in " + std::string(tree.rel(c)) + " clause"});
          // purpose and condition clauses: "agreed ... to provide aid for Romania", "threatened
          // ... unless Israel rescinded"
          for (uint32_t c : tree.children(i))
            if (tree.base(c) == "advcl") roots.push_back({c, "in advcl clause"});
        }
        Side role_only;
        bool done = false;
        for (const auto& [root, how] : roots) {
          // (a role found before is settled ahead of a purpose clause: "shelled a camp with
          // militants to defend Syria" does not target Syria)
          if (role_only.token >= 0 && tree.base(root) == "advcl" && purpose_clause(root)) break;
          std::vector<uint32_t> frontier = {root};
          for (int d = 0; d < 4 && !done && !frontier.empty(); ++d) {
            std::vector<uint32_t> next;
            for (uint32_t y : frontier) {
              if (d > 0 || y != root || tree.t(y).upos != "VERB") {
                int32_t m = mention_at[y];
                if (m >= 0 &&
                    std::find(src.mentions.begin(), src.mentions.end(), m) == src.mentions.end()) {
                  // a role without a country ("its troops") only if nothing deeper names one
                  if (doc.mentions[m].kind == "agent" && doc.mentions[m].country.empty()) {
                    if (role_only.token < 0) {
                      actors_at(y, role_only.mentions, 0);
                      if (role_only.mentions.empty()) role_only.mentions = {m};
                      role_only.token = static_cast<int32_t>(y);
                      role_only.how = "target " + how + " (a role without a country)";
                    }
                  } else {
                    tgt = Side{};
                    actors_at(y, tgt.mentions, 0);  // with its conjuncts: "Congo and Costa Rica"
                    if (tgt.mentions.empty()) tgt.mentions = {m};
                    tgt.token = static_cast<int32_t>(y);
                    tgt.how = "target " + how;
                    done = true;
                    break;
                  }
                }
              }
              for (uint32_t c : tree.children(y)) {
                std::string_view b = tree.base(c);
                if (b == "punct" || b == "case" || b == "cc" || b == "mark") continue;
                // not into the reporter: "according to the city's mayor", "zeiden functionarissen"
                const std::string pp = tree.prep(c);
                if (!pp.empty() && cue(pp.substr(0, pp.find(' ')), "attribution")) continue;
                if ((b == "acl" || b == "parataxis") && tree.t(c).upos == "VERB" &&
                    cue(lower_ascii(lemma_without_marks(tree.t(c).lemma)), "speech"))
                  continue;
                // (PETRARCH reads on into a participle: "the links leading into Mordor")
                if ((b == "ccomp" || b == "parataxis" || (b == "acl" && !options.petrarch)) &&
                    d > 0)
                  continue;
                // only conditions: "... if the United States goes ahead", "tenzij Israël ..."
                if (b == "advcl" && d > 0 && !condition_clause(c)) continue;
                next.push_back(c);
              }
            }
            std::sort(next.begin(), next.end());
            frontier = std::move(next);
          }
          if (done) break;
        }
        if (!done && role_only.token >= 0) tgt = std::move(role_only);
      }
      // The same mention on both sides: keep it as source.
      if (!src.mentions.empty() && !tgt.mentions.empty()) {
        std::vector<int32_t> t2;
        for (int32_t m : tgt.mentions)
          if (std::find(src.mentions.begin(), src.mentions.end(), m) == src.mentions.end())
            t2.push_back(m);
        if (t2.empty())
          tgt = Side{};
        else
          tgt.mentions = t2;
      }

      // A protest said, not staged: a protest verb after the quote it reports ("De autoriteiten
      // schieten tekort, protesteerde een mensenrechtengroep") or with a clause of what it says
      // is a verbal protest (111) against the subject of that clause.
      std::string verbal_why;
      if (!p.noun && cc->root == "14") {
        int32_t quote = -1;
        if (quote_inversion_subject(i) >= 0) {
          quote = tree.head(i);
          if (!dutch)  // (English: the quote is the verb's own complement before it)
            for (uint32_t c : tree.children(i))
              if ((tree.base(c) == "ccomp" || tree.base(c) == "parataxis") && c < i)
                quote = static_cast<int32_t>(c);
        } else if (tree.base(i) == "parataxis" && tree.head(i) >= 0 &&
                   static_cast<uint32_t>(tree.head(i)) < i && tree.t(tree.head(i)).upos == "VERB") {
          // the report closing what it reports: "..., a human rights group protested"
          quote = tree.head(i);
        } else {
          for (uint32_t c : tree.children(i))
            if (tree.base(c) == "ccomp" && tree.t(c).upos == "VERB")
              quote = static_cast<int32_t>(c);
        }
        if (const CameoCode* vc = quote >= 0 ? ontology->cameo("111") : nullptr) {
          cc = vc;
          verbal_why = "; a protest that reports a clause -> 111";
          if (tgt.mentions.empty())
            for (uint32_t c : tree.children(static_cast<uint32_t>(quote)))
              if (tree.base(c) == "nsubj") {
                std::vector<int32_t> ms;
                actors_at(c, ms, 0);
                if (ms.empty() || std::find(src.mentions.begin(), src.mentions.end(), ms[0]) !=
                                      src.mentions.end())
                  break;
                tgt = Side{};
                tgt.mentions = {ms[0]};
                tgt.token = static_cast<int32_t>(c);
                tgt.how = "target subject of the reported clause";
                break;
              }
        }
      }

      // Symmetric events with coordinated parties and no other target ("India and Pakistan held
      // talks", "Iran en Rusland sloten een akkoord"): each party is the other's target.
      bool symmetric = cc->root == "03" || cc->root == "04" || cc->root == "05" ||
                       cc->root == "06" || cc->code.starts_with("057");
      std::vector<std::pair<int32_t, int32_t>> pairs;
      if (symmetric && tgt.token < 0 && src.mentions.size() >= 2) {
        for (int32_t a : src.mentions)
          for (int32_t b : src.mentions)
            if (a != b && doc.mentions[a].code != doc.mentions[b].code) pairs.push_back({a, b});
      }

      // Protest without a stated protester: the people of the place it happens in.
      std::string inferred_source;
      std::string inferred_how;
      int32_t inferred_tok = -1;
      // (also when the protesters are named without an actor: "Thousands ... rallied in Lagos")
      if (cc->root == "14" &&
          (src.token < 0 || (src.mentions.empty() && tree.t(src.token).upos != "PRON"))) {
        for (const auto& [k, a] : f.roles.items) {
          if (k != "pp:in" || a.token < 0) continue;
          std::vector<int32_t> ms;
          actors_at(static_cast<uint32_t>(a.token), ms, 0);
          if (!ms.empty() && !doc.mentions[ms[0]].country.empty()) {
            inferred_source = doc.mentions[ms[0]].country + "CVL";
            inferred_how = "protesters in " + doc.mentions[ms[0]].text;
            inferred_tok = a.token;
            break;
          }
        }
      }

      // A pronoun source we cannot resolve: the actor is stated but unknown, not unstated.
      if (src.mentions.empty() && src.token >= 0 && tree.t(src.token).upos == "PRON" &&
          options.require_coded_actor)
        continue;
      // A stated target that is itself an event ("om zijn oorlog te financieren") is not an actor.
      // (A material act on an event is no act on an actor; a statement about one, "the EU
      // condemned the attack", has an unstated target.)
      if (tgt.mentions.empty() && tgt.token >= 0 && is_event_noun(tgt.token)) {
        if (cc->root == "06" || cc->root == "07") continue;  // "financing a war" is no aid
        tgt = Side{};
      }
      // A mention with a role but no country ("Demonstranten" = CVL): complete it from the other
      // side's context is not safe; keep the role code as is.
      bool src_coded = false, tgt_coded = false;
      for (int32_t m : src.mentions) src_coded = src_coded || !doc.mentions[m].code.empty();
      for (int32_t m : tgt.mentions) tgt_coded = tgt_coded || !doc.mentions[m].code.empty();

      // ---- modality, negation, attribution ----
      bool negated = false;
      std::string modality = "asserted";
      std::vector<std::string> why_mod;
      auto rank = [](const std::string& m) {
        if (m == "denied") return 6;
        if (m == "alleged") return 5;
        if (m == "hypothetical") return 4;
        if (m == "future") return 3;
        if (m == "reported") return 2;
        return 1;
      };
      bool past_future = false;  // would / zou(den): the future seen from the past
      auto set_mod = [&](const std::string& m, const std::string& because) {
        if (rank(m) > rank(modality)) modality = m;
        why_mod.push_back(m + ":" + because);
      };
      // Dutch "zou" + infinitive in what a speech verb reports is the future seen from then, not
      // hearsay: "De NAVO bevestigde dat ze de blokkade zou aanscherpen". With a perfect
      // ("zou ... hebben gevraagd") it stays alleged.
      auto reported_would = [&](uint32_t v, const std::string& cue_lemma) {
        if (!dutch || cue_lemma != "zullen" || tree.base(v) != "ccomp") return false;
        for (uint32_t c : tree.children(v)) {
          std::string al = lower_ascii(tree.t(c).lemma);
          if (tree.base(c) == "aux" && (al == "hebben" || al == "zijn")) return false;
        }
        int32_t h = tree.head(v);
        return h >= 0 && cue(lower_ascii(lemma_without_marks(tree.t(h).lemma)), "speech");
      };
      auto scan_clause = [&](uint32_t v, bool own) {
        for (uint32_t c : tree.children(v)) {
          const TokenData& ct = tree.t(c);
          std::string cl = lower_ascii(lemma_without_marks(ct.lemma));
          std::string_view b = tree.base(c);
          if ((b == "advmod" || b == "det" || b == "aux" || b == "obj") && cue(cl, "negation")) {
            if (b != "obj" || ct.upos == "PRON" || ct.upos == "DET" || ct.upos == "ADV") {
              if (own) negated = true;
            }
          }
          if (b == "obj" || b == "nsubj") {
            bool det = false;
            for (uint32_t d : tree.children(c)) {
              if (tree.base(d) == "det") det = true;
              if (tree.base(d) == "det" && cue(lower_ascii(tree.t(d).lemma), "negation") && own)
                negated = true;
            }
            // "is bereid materieel te sturen": the parser hangs the predicative adjective on a
            // bare object; it still makes the act one that is offered, not done.
            for (uint32_t d : tree.children(c))
              if (dutch && own && !det && b == "obj" && d + 1 == c && tree.base(d) == "amod" &&
                  tree.t(d).upos == "ADJ" &&
                  cue(lower_ascii(lemma_without_marks(tree.t(d).lemma)), "hypothetical"))
                set_mod("hypothetical", tree.t(d).form);
          }
          if (b == "aux" || (b == "advmod") || b == "cop") {
            if (b == "aux" &&
                (cl == "would" || (cl == "zullen" && has_feat(ct.feats, "Tense=Past"))))
              past_future = true;
            if (cue(cl, "alleged", ct.feats) && !(own && reported_would(v, cl)))
              set_mod("alleged", ct.form);
            else if (cue(cl, "alleged", ct.feats))
              set_mod("future", ct.form + " (reported)");
            else if (cue(cl, "future", ct.feats))
              set_mod("future", ct.form);
            else if (cue(cl, "hypothetical", ct.feats))
              set_mod("hypothetical", ct.form);
            if (cue(cl, "reported")) set_mod("reported", ct.form);
          }
          if (b == "advcl" || b == "parataxis") {
            if (cue(cl, "reported")) set_mod("reported", ct.form);
          }
          // an expression of intent the parser took for a preposition ("van plan")
          if (b == "obl" || b == "nmod") {
            const std::string pp = tree.prep(c);
            if (pp.find(' ') != std::string::npos && cue(pp, "hypothetical"))
              set_mod("hypothetical", pp);
          }
        }
      };
      scan_clause(i, true);
      if (f.entry->noun) {
        int32_t h = tree.head(i);
        if (h >= 0 && tree.t(h).upos == "VERB" &&
            cue(lower_ascii(lemma_without_marks(tree.t(h).lemma)), "light"))
          scan_clause(h, true);
      }
      // Governors: want/try (hypothetical), deny (denied), speech and volgens (attribution).
      EventActor attribution;
      std::string attribution_how;
      // The speaker of a verb of saying becomes the attribution.
      auto speaker_of = [&](uint32_t x) {
        const TokenData& xt = tree.t(x);
        const std::string xl = lower_ascii(lemma_without_marks(xt.lemma));
        auto holds_trigger = [&](uint32_t c) {  // the reported clause itself is no speaker
          for (int32_t y = static_cast<int32_t>(i), k = 0; y >= 0 && k < 12; y = tree.head(y), ++k)
            if (y == static_cast<int32_t>(c)) return true;
          return false;
        };
        bool has_subj = false;
        for (uint32_t c2 : tree.children(x))
          has_subj = has_subj || (tree.base(c2) == "nsubj" && !holds_trigger(c2));
        std::vector<uint32_t> uncoded;
        for (uint32_t c : tree.children(x)) {
          std::string_view r = tree.rel(c);
          if (holds_trigger(c)) continue;
          // "..., meldde John Kirby": a speaker the parser took for the object (after the verb,
          // which then has no subject)
          if (!(r == "nsubj" ||
                (r == "obj" && xt.upos == "VERB" && !has_subj && tree.t(c).start > xt.end)))
            continue;
          std::vector<int32_t> ms;
          actors_at(c, ms, 0);
          int32_t med = media_at(c);
          if (!ms.empty() || med >= 0) {
            attribution = make_actor(!ms.empty() ? ms[0] : med);
            attribution_how = "speech " + xl;
            return;
          }
          if (r == "nsubj" && tree.t(c).upos != "PRON") uncoded.push_back(c);
        }
        if (!uncoded.empty()) {
          // a speaker without an actor code ("Prof. De Vries verwacht dat ...")
          attribution = make_actor(-1, static_cast<int32_t>(uncoded.front()));
          attribution_how = "speech " + xl + " (speaker without code)";
        }
      };
      // "failed to reach agreement": an agreement its parties failed to reach is a rejection
      bool failed = false;
      {
        int32_t x = i;
        int32_t prev = -1;
        for (int hop = 0; hop < 5 && x >= 0; ++hop) {
          if (hop > 0) {
            const TokenData& xt = tree.t(x);
            std::string xl = lower_ascii(lemma_without_marks(xt.lemma));
            std::string_view prel = prev >= 0 ? tree.base(prev) : "";
            if (prel == "xcomp" || prel == "ccomp" || prel == "advcl" || prel == "conj") {
              // (a te-infinitive is the ccomp of a Dutch adjective: "bereid ... te trekken")
              // (and "committed to opening", a gerund clause of an adjective)
              if ((prel == "xcomp" || ((prel == "ccomp" || prel == "advcl") && xt.upos == "ADJ")) &&
                  cue(xl, "hypothetical"))
                set_mod("hypothetical", xt.form);
              if (prel != "conj" && cue(xl, "reported")) set_mod("reported", xt.form);
              if (prel == "xcomp" && hop <= 2 && cue(xl, "failure")) failed = true;
              if (prel != "conj") scan_clause(x, false);
            }
            if (cue(xl, "speech") && !attribution.stated() && prel != "conj") speaker_of(x);
            if (cue(xl, "denial") && prel != "conj") set_mod("denied", xt.form);
          }
          // volgens X / according to X on this clause
          if (!attribution.stated()) {
            for (uint32_t c : tree.children(x)) {
              std::string_view b = tree.base(c);
              if (b != "obl" && b != "nmod" && b != "advmod") continue;
              std::string pp = tree.prep(c);
              std::string first_word = pp.substr(0, pp.find(' '));
              if (pp.empty() || !cue(first_word, "attribution")) continue;
              std::vector<int32_t> ms;
              actors_at(c, ms, 0);
              int32_t med = media_at(c);
              attribution = !ms.empty() || med >= 0 ? make_actor(!ms.empty() ? ms[0] : med)
                                                    : make_actor(-1, static_cast<int32_t>(c));
              attribution_how = pp;
              set_mod("reported", pp);
              break;
            }
          }
          prev = x;
          x = tree.head(x);
        }
      }
      if (!attribution.stated()) {
        // "Iran levert drones aan Rusland, meldt de Amerikaanse regering": the verb of saying
        // hangs below the clause it reports (parataxis)
        int32_t x = static_cast<int32_t>(i);
        while (tree.base(x) == "conj" && tree.head(x) >= 0) x = tree.head(x);
        for (uint32_t c : tree.children(x))
          if ((tree.base(c) == "parataxis" || tree.base(c) == "ccomp") &&
              tree.t(c).start > tree.t(i).end &&
              cue(lower_ascii(lemma_without_marks(tree.t(c).lemma)), "speech")) {
            speaker_of(c);
            if (attribution.stated()) break;
          }
      }
      if (attribution.stated() && modality == "asserted") set_mod("reported", attribution_how);

      // ---- emit ----
      std::vector<int32_t> srcs = src.mentions.empty() ? std::vector<int32_t>{-1} : src.mentions;
      std::vector<int32_t> tgts = tgt.mentions.empty() ? std::vector<int32_t>{-1} : tgt.mentions;
      // Without a coded actor an event is dropped; a violent one is kept provisionally, for the
      // Engine to keep when a casualty count is found for it.
      const bool violent = cc->root == "18" || cc->root == "19" || cc->root == "20";
      bool provisional = false;
      // So is a protest, for the Engine to keep when its place is found (its protesters are
      // then the place's civilians).
      if (!src_coded && !tgt_coded && inferred_source.empty() && options.require_coded_actor) {
        if (!violent && cc->root != "14") continue;  // nobody to code
        provisional = true;
      }
      // An event noun names an event only with both its parties (or, for a protest, its
      // protesters): "de oorlog" alone is a topic, not a coded event.
      // (A noun its light verb gives a coded source is an act: "The UN launched an
      // investigation into the killings".)
      const bool light_source = src_coded && src.how.find("light") != std::string::npos;
      if (p.noun && cc->root != "14" && (src.token < 0 || tgt.token < 0) && pairs.empty() &&
          !light_source && options.require_coded_actor) {
        if (!violent) continue;
        provisional = true;
      }
      std::vector<std::pair<int32_t, int32_t>> combos = pairs;
      if (combos.empty())
        for (int32_t sm : srcs)
          for (int32_t tm : tgts) combos.push_back({sm, tm});
      {
        for (auto [sm, tm] : combos) {
          const bool paired = !pairs.empty();
          bool role_completed = false;
          Event e;
          e.sentence = s;
          e.source = make_actor(sm, sm < 0 ? src.token : -1);
          e.target = make_actor(tm, tm < 0 ? tgt.token : -1);
          if (sm < 0 && !inferred_source.empty()) {
            e.source = make_actor(-1, inferred_tok);
            e.source.code = inferred_source;
          }
          for (EventActor* a : {&e.source, &e.target}) {
            if (a->mention < 0) continue;
            const Mention& mm = doc.mentions[a->mention];
            // (PETRARCH leaves an agent without its actor uncoded, PetrarchExtras::apply)
            if (mm.country.empty() && !mm.role.empty() && mm.code == mm.role && !options.petrarch) {
              std::string c = np_country(mm);
              if (c.empty()) c = location_country();
              if (c.empty()) c = only_country();
              if (!c.empty()) {
                a->code = c + mm.code;
                role_completed = true;  // explained in `why` below
              }
            }
          }
          if (e.source.code.empty() && e.target.code.empty() && options.require_coded_actor &&
              !provisional)
            continue;
          // A visit is to somebody, a phone call with somebody: without a coded other party it is
          // a trip, a museum, a website ("is nog te bezoeken tot 29 oktober", "moet u www.figc.it
          // bezoeken", "hij kon ook hier bellen").
          if ((cc->code == "041" || cc->code == "042" || cc->code == "043") &&
              e.target.code.empty() && options.require_coded_actor && !options.petrarch)
            continue;
          e.provisional = provisional;
          // The same actor on both sides ("Bosnian Serbs ... in east Bosnia"): no target.
          if (!e.source.code.empty() && e.source.code == e.target.code) {
            if (tgts.size() > 1 || !pairs.empty()) continue;
            e.target = EventActor{};
          }
          // An act the actor says it will do or wants to do is, as CAMEO codes it, an intent
          // (03: "will visit", "willing to forgive") or a threat (13: "prepared to impose
          // martial law"). A forecast by someone else ("zullen ... worden geleverd", says US
          // intelligence) stays the act itself, marked future.
          const CameoCode* code = cc;
          std::string intent_why;
          // (PETRARCH codes the act as written.)
          // A measure announced in the past future is the measure itself: "announced it would
          // prohibit all aid", "kondigden aan dat ze alle hulp zouden verbieden" (a sanction, not
          // a threat); "announced that he will withdraw the inspectors" stays an intent.
          const bool announced = past_future && (attribution_how == "speech announce" ||
                                                 attribution_how == "speech aankondigen");
          if ((modality == "future" || modality == "hypothetical") && !e.source.code.empty() &&
              !options.petrarch && !announced &&
              (!attribution.stated() ||
               attribution.code.substr(0, 3) == e.source.code.substr(0, 3) ||
               cc->code.starts_with("04"))) {
            // (a planned visit or meeting is one its source has agreed to, whoever reports it:
            // "Fischer zal in juni Albanië bezoeken, zei de Albanese ambassade")
            std::string to = intent_code(cc->code);
            // a refusal under a condition is a threat ("will boycott the elections unless the
            // president resigns")
            if (to.empty() && cc->code.starts_with("12") && f.roles.has("cond")) to = "130";
            if (const CameoCode* ic = to.empty() ? nullptr : ontology->cameo(to)) {
              code = ic;
              intent_why = "; " + modality + " act of its own source -> " + ic->code;
              e.modality = attribution.stated() && attribution.code != e.source.code ? "reported"
                                                                                     : "asserted";
            }
          }
          std::string failed_why;
          if (failed && (code->code.starts_with("03") || code->code.starts_with("057")))
            if (const CameoCode* rc = ontology->cameo("120")) {
              code = rc;
              failed_why = "; an agreement not reached (failed to) -> 120";
            }
          set_code(e, *code);
          if (!p.mode.empty() && code == cc) e.plover_mode = p.mode;
          e.trigger_first = i;
          e.trigger_last = i + 1;
          e.trigger_start = tk.start;
          e.trigger_end = tk.end;
          // separable particle: "klopte ... aan" -> the trigger names both
          e.trigger_text = std::string(doc.slice(tk.start, tk.end));
          for (uint32_t c : tree.children(i))
            if (tree.rel(c) == "compound:prt") {
              e.trigger_text += " ";
              e.trigger_text += doc.slice(tree.t(c).start, tree.t(c).end);
            }
          e.negated = negated;
          if (intent_why.empty()) e.modality = modality;
          e.attribution = attribution;
          // confidence: how the parts were found
          float conf = 0.9f;
          std::string why = (p.noun ? "noun " : "verb ") + p.lemma + " -> " + p.cameo +
                            " (predicates.tsv:" + std::to_string(p.line) + ")";
          if (p.noun) conf *= 0.9f;
          auto side_why = [&](const char* name, const Side& sd2, int32_t m) {
            std::string w = std::string("; ") + name + " ";
            if (m >= 0) {
              w += sd2.how + "=" + doc.mentions[m].text + " [" + doc.mentions[m].code + "]";
              conf *= 0.5f + 0.5f * std::min(1.0f, doc.mentions[m].confidence + 0.1f);
              if (sd2.how.find("<-") != std::string::npos) conf *= 0.9f;
            } else if (sd2.token >= 0) {
              w += sd2.how;
              conf *= 0.8f;
            } else {
              w += "unstated";
              conf *= 0.85f;
            }
            return w;
          };
          why += side_why("source", src, sm);
          if (sm < 0 && !inferred_source.empty()) {
            why += " -> " + inferred_how;
            conf *= 0.8f;
          }
          if (role_completed) {
            why += "; role completed with the country of the place (" + location_country() + ")";
            conf *= 0.8f;
          }
          why += side_why("target", tgt, tm);
          if (paired) why += " (the other party of a symmetric event)";
          why += intent_why + failed_why + verbal_why;
          if (negated) why += "; negated";
          for (const auto& w : why_mod) why += "; " + w;
          if (attribution.stated()) why += "; attributed via " + attribution_how;
          e.attributed_by_speech = attribution.stated() && attribution_how.starts_with("speech");
          e.confidence = std::clamp(conf, 0.05f, 0.99f);
          e.why = std::move(why);
          e.predicate = p.lemma + " " + (p.noun ? "NOUN" : "VERB") + " " + p.cameo;
          events.push_back(std::move(e));
        }
      }
    }
  }

  // Demands in reported speech: "X said (that) Y must VP" is X's demand on Y (CAMEO 10; the
  // demanded act's root chooses the subcode when it is itself an event). The demanded act is
  // not coded as done.
  void reported_demands() {
    for (uint32_t v = sd.first; v < sd.last; ++v) {
      // (an adjective with a copula too: "zei dat de VS bereid moeten zijn te bemiddelen")
      if (tree.t(v).upos != "VERB" && tree.t(v).upos != "AUX" && tree.t(v).upos != "ADJ") continue;
      bool deontic = false;
      for (uint32_t c : tree.children(v))
        if (tree.base(c) == "aux" &&
            cue(lower_ascii(lemma_without_marks(tree.t(c).lemma)), "deontic"))
          deontic = true;
      if (!deontic) continue;
      std::string_view vr = tree.base(v);
      int32_t sp = tree.head(v);
      if (sp < 0 || !(vr == "ccomp" || vr == "parataxis") ||
          !cue(lower_ascii(lemma_without_marks(tree.t(sp).lemma)), "speech"))
        continue;
      int32_t speaker = -1, demanded = -1;
      for (uint32_t c : tree.children(sp))
        if (tree.base(c) == "nsubj") {
          std::vector<int32_t> ms;
          actors_at(c, ms, 0);
          if (!ms.empty()) speaker = ms[0];
        }
      for (uint32_t c : tree.children(v))
        if (tree.base(c) == "nsubj") {
          std::vector<int32_t> ms;
          actors_at(c, ms, 0);
          if (!ms.empty()) demanded = ms[0];
        }
      if (speaker < 0 || demanded < 0 || speaker == demanded) continue;
      std::string code = "100";
      int32_t fi = is_trigger[v - sd.first];
      if (fi >= 0) {
        std::string r = found[fi].entry->cameo.substr(0, 2);
        if (r == "06")
          code = "101";
        else if (r == "07")
          code = "103";
        else if (r == "08")
          code = "105";
        else if (r == "04")
          code = "106";
        // the demanded act is not done
        std::erase_if(events,
                      [&](const Event& e) { return e.sentence == s && e.trigger_first == v; });
      }
      const CameoCode* cc = ontology->cameo(code);
      if (!cc) continue;
      Event e;
      e.sentence = s;
      e.source = make_actor(speaker);
      e.target = make_actor(demanded);
      if (e.source.code == e.target.code) continue;
      set_code(e, *cc);
      const TokenData& st = tree.t(sp);
      e.trigger_first = static_cast<uint32_t>(sp);
      e.trigger_last = static_cast<uint32_t>(sp) + 1;
      e.trigger_start = st.start;
      e.trigger_end = st.end;
      e.trigger_text = std::string(doc.slice(st.start, st.end)) + " … " + tree.t(v).form;
      e.confidence = 0.6f;
      e.why = "demand in reported speech: " + std::string(st.form) + " that " +
              doc.mentions[demanded].text + " must " + tree.t(v).form + " -> " + code;
      e.predicate = "(reported demand) VERB " + code;
      events.push_back(std::move(e));
    }
  }

  // Denials: "Dit wordt door Noord-Korea ontkend" refers to the event before; its target is
  // the other party of that event.
  void denials() {
    for (Event& e : events) {
      if (e.sentence != s || !e.cameo.starts_with("016")) continue;
      if (!e.target.code.empty()) continue;
      const Event* ref = nullptr;
      for (const Event& o : events) {
        if (&o == &e || o.sentence >= s || o.sentence + 2 < s) continue;
        if (o.cameo.starts_with("016")) continue;
        ref = &o;  // the latest event in the two sentences before
      }
      if (!ref) continue;
      std::string denier = e.source.code.substr(0, 3);
      const EventActor& other =
          ref->target.code.starts_with(denier) && !denier.empty() ? ref->source : ref->target;
      e.target = other;
      e.why +=
          "; target = other party of the denied event in sentence " + std::to_string(ref->sentence);
    }
  }
};

}  // namespace

// "de Russische taal", "the Russian language": a country's adjective that modifies a word of
// the LANGUAGE class names a language, not an actor.
bool EventCoder::Impl::language_adjective(const Doc& doc, const Mention& m) const {
  if (m.last != m.first + 1 || m.head >= doc.tokens.size()) return false;
  const TokenData& t = doc.tokens[m.head];
  if (t.upos != "ADJ" || base_rel(t.deprel) != "amod" || t.head <= 0) return false;
  // the mention's sentence (sentences are in token order)
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), m.head,
                             [](uint32_t x, const SentenceData& sd) { return x < sd.first; });
  if (it == doc.sentences.begin()) return false;
  const SentenceData& sd = *std::prev(it);
  if (m.head >= sd.last) return false;
  uint32_t h = sd.first + static_cast<uint32_t>(t.head) - 1;
  return h < sd.last && in_class(doc.tokens[h].lemma, "LANGUAGE");
}

std::vector<Event> EventCoder::Impl::find(const Doc& doc) const {
  std::vector<Event> events;
  if (!doc.has(kTokens) || !doc.has(kHeads) || !doc.has(kLemmas)) return events;
  const bool have_mentions = doc.has(kMentions);

  // token -> mention covering it
  std::vector<int32_t> mention_at(doc.tokens.size(), -1);
  if (have_mentions) {
    for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
      const Mention& mm = doc.mentions[m];
      if (mm.kind == "media") continue;  // news agencies are sources of reports, not actors
      if (language_adjective(doc, mm)) continue;
      for (uint32_t i = mm.first; i < mm.last && i < mention_at.size(); ++i)
        if (mention_at[i] < 0) mention_at[i] = static_cast<int32_t>(m);
    }
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const SentenceData& sd = doc.sentences[s];
    if (sd.is_credit || sd.last <= sd.first) continue;
    SentenceCoder(*this, doc, s, mention_at, events).run();
  }

  // Duplicates: one event per sentence, dyad and CAMEO root; verbs before nouns (file order of
  // the trigger otherwise).
  std::vector<Event> out;
  for (Event& e : events) {
    bool dup = false;
    for (Event& o : out) {
      if (o.sentence == e.sentence && o.root == e.root && o.source.code == e.source.code &&
          o.target.code == e.target.code && o.source.start == e.source.start &&
          o.target.start == e.target.start) {
        dup = true;
        break;
      }
      // An event noun that names an event coded before ("de Russische invasie in Oekraïne"
      // again) refers back to it.
      bool noun = e.predicate.find(" NOUN ") != std::string::npos;
      if (noun && o.root == e.root && !e.source.code.empty() &&
          o.source.code.substr(0, 3) == e.source.code.substr(0, 3) &&
          o.target.code.substr(0, 3) == e.target.code.substr(0, 3)) {
        dup = true;
        break;
      }
    }
    if (!dup) out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    return a.trigger_start < b.trigger_start;
  });
  return out;
}

}  // namespace dyad
