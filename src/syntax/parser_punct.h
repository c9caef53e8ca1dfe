// Deterministic attachment of punctuation in the style of the UD 2.16 treebanks, given the
// heads of all other words. Used on the UD 2.0 Dutch training files (which hang most
// punctuation on the root word) and after parsing (heads of `punct` words only).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "doc/doc.h"

namespace dyad {

// Re-attaches the punctuation words of one sentence. heads[1..n] are the heads (0 = root),
// forms[1..n] and rels[1..n] the forms and deprels; entry 0 of each vector is unused. Only words
// with rel "punct" that have no dependents and are not the root are moved. Rule:
// - paired marks (brackets, quotes) go to the single word of the enclosed span whose head lies
//   outside the span;
// - a mark with no word after it (sentence-final) goes to the root word; one with no word before
//   it to the highest ancestor of the next word whose arc crosses no other arc;
// - otherwise, with l and r the nearest words before and after it and H their lowest common
//   ancestor: to the child of H on r's side when it follows H (a conjunct, apposition, relative
//   clause, ...), else to the child of H on l's side (a fronted clause or phrase), else to H.
//   English dates ("March 28, 2005") keep the comma on H.
// Returns the number of heads changed.
size_t attach_punct(std::vector<int32_t>& heads, const std::vector<std::string_view>& forms,
                    const std::vector<std::string_view>& rels);

// The same on one sentence of a Doc (uses TokenData::head, form and deprel).
size_t attach_punct(Doc& doc, const SentenceData& s);

// UD 2.16 (Dutch and English): an obl with case "door" / "by" whose head has an aux:pass
// dependent becomes obl:agent. Returns the number of labels changed.
size_t mark_agents(Doc& doc, const SentenceData& s);

// Dutch perfect, passive or modal split over the clause ("Tsjechië en Albanië hebben hun
// betrekkingen ... opgewaardeerd"): the parser sometimes makes the finite hebben, zijn or worden
// the main verb and hangs the participle under it (as obj, ccomp, xcomp, advcl, acl:relcl ...);
// the same for zullen, kunnen, moeten, mogen and an infinitive. When such a verb (tagged VERB, or
// a modal tagged AUX that heads the clause) has exactly one participle (infinitive) dependent,
// not a conjunct, parataxis or attributive, with no auxiliary, copula or relative pronoun of its
// own, that verb form takes the verb's place and all its other dependents, and the verb becomes
// its AUX: aux for hebben and the modals, aux:pass for worden (its nsubj then nsubj:pass) and for
// zijn unless there is an object; the subject of an aux:pass becomes nsubj:pass. Returns the
// number of verbs changed.
size_t dutch_perfect_aux(Doc& doc, const SentenceData& s);

// UD 2.16 Dutch (Alpino) writes a match score as one fixed expression: in "won met 2 - 1" the
// dash and the second number are `fixed` dependents of the first (all 31 in nl_alpino dev).
// Year ranges ("1940 - 1945", a conjunction in LassySmall) are left alone: both numbers must
// have at most two digits. Only for doc.lang "nl". Returns the number of words changed.
size_t dutch_scores(Doc& doc, const SentenceData& s);

// A Dutch perfect whose participle the parser hung on the object as a reduced relative
// ("Zuid-Korea heeft de eis van Noord-Korea afgewezen", afgewezen an acl of eis): a finite
// hebben read as the main verb, with an object and no verb of its own, and a participle after
// the object (no comma or finite verb between) hung on it as acl/amod, with no subject,
// auxiliary or copula of its own. The participle becomes the clause head with all of hebben's
// dependents, hebben its aux.
size_t dutch_participle_on_object(Doc& doc, const SentenceData& s);

// A Dutch perfect whose participle the parser made an attributive of the bare noun after it
// ("zijn overeengekomen vrijdag informatie te delen", "heeft kandidaten verboden deel te
// nemen"): a finite hebben/zijn that is the aux of a (te-)infinitive, or the main verb itself,
// with no participle of its own, and a later participle hung as `amod` on a determinerless noun
// right after it. The participle becomes the clause head, hebben/zijn its aux and the
// infinitive its xcomp; the subject, what stands before the auxiliary, punctuation and
// parataxis move to the participle.
size_t dutch_stranded_participle(Doc& doc, const SentenceData& s);

// Dutch adjectives that take a te-infinitive (bereid, klaar, gereed, vastbesloten, genegen):
// UD Alpino makes the infinitive their ccomp ("dat het bereid is zijn troepen terug te
// trekken"); the parser sometimes hangs it beside the adjective, on the adjective's head. The
// first such sibling infinitive after the adjective, with its own "te", is moved under it.
size_t dutch_adjective_infinitive(Doc& doc, const SentenceData& s);

// A Dutch separable particle at the end of a main clause (before a comma, a conjunction or the
// sentence end) that the parser hung as compound:prt on a later finite verb across a
// conjunction or comma becomes compound:prt of the last finite main verb before it (not in a clause
// with a subordinator or relative pronoun); the verb's lemma takes the particle (af_wijzen).
size_t dutch_particle_to_v2_verb(Doc& doc, const SentenceData& s);

// A bare Dutch day name (maandag ... zondag, no dependents) that is nsubj or nsubj:pass beside
// another subject of its head becomes obl ("Rusland zei dinsdag dat ..."); one that opens the
// sentence as the only subject of the finite verb right after it becomes obl and the verb's
// first object after the verb becomes the subject ("Dinsdag ontbood de staatssecretaris ...").
size_t dutch_day_name_subject(Doc& doc, const SentenceData& s);

// A Dutch zijn-perfect or passive whose finite "zijn" the parser made the copula of a noun and
// whose participle an attributive: the noun is the subject after the verb ("Volgens X zijn
// tienduizenden mensen op straat gekomen", gekomen an acl of mensen) or a bare day word after it
// (woensdag, zaterdagavond) beside a subject before it ("Een baas is woensdag opgepakt"; "Dit
// zijn producten gemaakt in China" is a copula). An uninflected past participle after "zijn" in its
// clause (no comma, subordinator, relative pronoun or finite verb between), hung as acl/amod on a
// noun before it, or on a noun after it that a te-infinitive takes ("zijn de regering en de SPLM/A
// overeengekomen onbelemmerde toegang ... toe te staan"), with no subject, auxiliary, copula, mark,
// determiner or case of its own, becomes the clause head; zijn its aux (aux:pass unless it has an
// obj or xcomp), the noun its nsubj (nsubj:pass), or obl beside the subject; the infinitive its
// xcomp; the noun's clause-level dependents move to it.
size_t dutch_participle_after_copula(Doc& doc, const SentenceData& s);

// "zijn" tagged as the possessive right before an uninflected past participle that is an amod
// of the noun after it, that noun taken by a root te-infinitive with no finite verb before it and
// no auxiliary ("De partijen zijn overeengekomen informatie te delen"): zijn is the finite
// auxiliary (AUX, aux), the participle the root, the infinitive its xcomp; the infinitive's
// subject, what stands before zijn, punctuation and parataxis move to the participle. "zijn"
// tagged as a possessive but hung on an uninflected past participle after it, not an amod ("die
// zijn aangesloten bij", "er zijn schoten gelost"; no gold tree has a possessive on a participle)
// is that participle's auxiliary: aux:pass (its nsubj nsubj:pass) unless it has an obj or
// xcomp; infinite under a finite auxiliary ("zou ten onder zijn gegaan").
size_t dutch_possessive_zijn_perfect(Doc& doc, const SentenceData& s);

// dutch_participle_on_object across the object's own phrase: a finite hebben read as the main
// verb, with an object after it and no verb of its own, and the first uninflected past
// participle after the object that is no attributive inside the object's phrase, hung as
// acl/amod, with everything between the object and it belonging to the object's phrase (a
// relative clause, an apposition between commas), to the participle, or punctuation ("heeft
// gisteren een vrachtwagen die een kraan vervoerde de brug beschadigd"), with no subject,
// auxiliary, copula, mark or determiner of its own. The participle becomes the clause head
// with all of hebben's dependents, hebben its aux; when it then has two objects and no subject,
// the first (hebben's) is the subject after the verb. (No gold tree of the Dutch dev treebanks
// or the Alpino 2.1 train part has the configuration.)
size_t dutch_participle_after_object_phrase(Doc& doc, const SentenceData& s);

// What Parser::parse does after the transitions of one sentence: for a Doc whose lang is "nl",
// dutch_perfect_aux, dutch_scores, dutch_participle_on_object, dutch_stranded_participle and
// dutch_adjective_infinitive, dutch_particle_to_v2_verb, dutch_day_name_subject,
// dutch_participle_after_copula, dutch_possessive_zijn_perfect and
// dutch_participle_after_object_phrase;
// then for every language attach_punct and mark_agents. Returns the
// number of heads and labels changed.
size_t finish_parse(Doc& doc, const SentenceData& s);

}  // namespace dyad
