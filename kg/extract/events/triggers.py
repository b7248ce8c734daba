"""Step 1, triggers: the verbs, nouns and phrases of the trigger lexicon in a parsed text.

The lexicon lives with the event taxonomy in ``ontology/events.ttl`` (see
:mod:`kg.extract.event_lexicon`): single lemmas ("shelled", "offensive"), multi-word nouns
("air raid sirens", "Russia-brokered cease-fire agreement") and verb phrases ("taking control
of", "built up ... troops").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..doctext import sentence_start
from ..event_lexicon import EventLexicon, fold, load_lexicon
from ..lexicon import TITLE_HEADS
from ..wordlists import lexicon, words
from .figures import (
    figurative, figurative_object, figurative_target, figure_begins, ideal, is_date_phrase, of_figurative_class, practice,
)
from .nonevents import (
    a_right, facility_kind, given_name, handover, harmed_people, left_contest, measured_kind, medical_taking, quoted_title, sent_off,
)
from .results import without_results
from .senses import keys as _keys
from .senses import of_sense

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

__all__ = ["Trigger", "find_triggers", "shared_passive_subject"]

_HYPHENS = frozenset({"-", "‐", "‑", "–", "—"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Where only a noun can stand: a word there is a noun whatever its tag.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


@dataclass(eq=False)
class Trigger:
    """Words that say an event happened: an event class and the tokens that name it."""

    cls: str
    head: "Token"  # the syntactic anchor: the verb, or the noun when there is no verb
    tokens: list["Token"]
    kind: str  # "verb" | "noun" | "phrase"
    noun: "Token | None" = None
    verb: "Token | None" = None
    by_doer: str | None = None  # the class it had before its doer told its kind (agent_kinds.by_agent)
    _words: list["Token"] | None = field(default=None, repr=False, compare=False)

    def take_in(self, other: "Trigger", cls: str) -> None:
        """Become one trigger with ``other`` (its words become this one's), of class ``cls``."""
        self.cls = cls
        self.tokens = sorted({*self.tokens, *other.tokens}, key=lambda t: t.i)
        self.kind = "phrase"
        self.noun = self.noun or other.noun
        self._words = None

    def words(self) -> list["Token"]:
        """The contiguous words to show as the trigger: from the first trigger token to the
        last one reached without leaving the phrase ("built up large numbers of troops",
        but "pressing" for "pressing the country to reopen")."""
        if self._words is None:
            self._words = self._contiguous()
        return self._words

    def _contiguous(self) -> list["Token"]:
        if len(self.tokens) == 1:
            return list(self.tokens)
        ids = {t.i for t in self.tokens}
        if max(ids) - min(ids) + 1 == len(ids):
            return sorted(self.tokens, key=lambda t: t.i)
        allowed = set(ids)
        for t in self.tokens:
            for a in t.ancestors:
                if a.i in ids or a.i == self.head.i:
                    break
                allowed.add(a.i)
        doc = self.head.doc
        layer = set(allowed)
        for _ in range(3):  # modifiers, and their modifiers ("a Qatar-brokered truce")
            layer = {c.i for i in layer for c in doc[i].children
                     if c.dep_ in ("det", "amod", "compound", "nummod", "nmod", "punct", "poss", "advmod", "npadvmod", "case", "aux", "auxpass", "prt")} - allowed
            allowed |= layer
        first, last = min(ids), max(ids)
        start = end = self.head.i
        i = self.head.i
        while i < last and i + 1 in allowed:
            i += 1
            if i in ids:
                end = i
        i = self.head.i
        while i > first and i - 1 in allowed:
            i -= 1
            if i in ids:
                start = i
        return list(doc[start:end + 1])

    @property
    def start(self) -> int:
        return self.words()[0].idx

    @property
    def end(self) -> int:
        last = self.words()[-1]
        return last.idx + len(last.text)


def _modifiers(token: "Token") -> list["Token"]:
    """The words that run before a noun and modify it, nearest last (hyphens skipped)."""
    doc = token.doc
    out: list[Token] = []
    j = token.i - 1
    while j >= token.left_edge.i:
        t = doc[j]
        if t.text in _HYPHENS:
            j -= 1
            continue
        if (t.dep_ in _MODIFIER_DEPS or (t.dep_ == "advmod" and t.head.i < token.i)) and token.i >= t.head.i > t.i and not t.is_punct and not t.is_quote:
            out.insert(0, t)
            j -= 1
            continue
        break
    return out


def _nominal(token: "Token", lex: EventLexicon) -> bool:
    """Whether ``token`` stands as a noun: a noun or a name; an adjective where only a noun can
    stand ("Israel's *offensive* began"); a gerund with nothing of a verb's that no verb
    trigger has ("held for *questioning*"); a verb with a determiner ("a 25 percent *cut*")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    if token.dep_ in _NOMINAL_DEPS and (token.pos_ == "ADJ" or token.pos_ == "VERB" and any(c.dep_ == "det" for c in token.children)):
        return True
    return token.tag_ == "VBG" and token.dep_ in ("pobj", "pcomp") and not lex.verbs_for(token.lemma_) and not any(
        c.dep_ in ("dobj", "nsubj", "xcomp", "ccomp") for c in token.children)


def _noun_trigger(token: "Token", lex: EventLexicon, places: frozenset[int] = frozenset(), people: frozenset[int] = frozenset()) -> Trigger | None:
    if not _nominal(token, lex):
        return None
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        return None
    if token.dep_ == "conj" and token.head.dep_ in ("compound", "nmod") and token.head.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i < token.head.head.i:
        return None  # "crimes against humanity and war crimes": a modifier, parsed as a conjunct of one
    mods = _modifiers(token)
    heads = {token.lemma_.lower(), token.lower_}
    for k in range(len(mods) + 1):
        words = mods[k:]
        prefix = "".join(m.lemma_ for m in words)
        for head in heads:
            for p in lex.nouns.get(fold(prefix + head), ()):
                if p.senses and not of_sense(_noun_objects(token), p.senses, lex, places, people):
                    continue
                if all(_has_dependent(token, r) for r in p.required):
                    if not _names_event(token, p.cls, fold(prefix + head), bool(words or p.required), lex, people):
                        return None
                    kind = "phrase" if words or p.required else "noun"
                    return Trigger(p.cls, token, [*words, token], kind, noun=token)
    return None


def _device_nouns(lex: EventLexicon) -> frozenset[str]:
    """The nouns of explosive devices (kgo:Explosive), which name a bombing only by metonymy."""
    sense = lex.senses.get("Explosive")
    return sense.nouns if sense is not None else frozenset()


def _names_event(token: "Token", cls: str, key: str, modified: bool, lex: EventLexicon, people: frozenset[int] = frozenset()) -> bool:
    """Whether a noun that matched the lexicon names an event here, not a thing or a report
    (``modified``: matched with its modifiers or a dependent the pattern requires):

    * a device (a noun of the sense kgo:Explosive: "IED", "car bomb") is the attack only where
      nothing is done with it: "a roadside bomb killed three", "Car
      bombs", but not "planted an IED", "using IEDs", "rigged as an IED", "pieces from the
      device", "the IED detonated" (the verb is the event);
    * a moving noun (``moving_nouns``: "convoy") only when it moves and is not civilian:
      "convoys heading toward the region", not "detonated under a convoy", "an aid convoy";
    * a plural-only noun ("talks") not in the singular ("called her in for a talk");
    * a light-verb noun (``light_verb_nouns``: "search"), bare, only as what a support verb
      does ("a search was conducted", "launched a search"), not "deleted his searches";
    * a statement noun is not a second statement when it is the subject of a speech verb
      ("the statement said").
    """
    lemma = token.lemma_.lower()
    head = token.head
    if key in _device_nouns(lex) and (lex.is_a(cls, "Attack") or head.lemma_.lower() not in words("events", "accusation_verbs")):
        seat = token  # the noun that holds the place in the clause ("an explosive device (IED)")
        while seat.dep_ in ("appos", "conj") and seat.head.i != seat.i and seat.head.pos_ not in ("VERB", "AUX"):
            seat = seat.head  # (not up to a verb: the conjunct hung on it is checked below)
        if seat.dep_ in ("dobj", "nsubjpass", "oprd") or (seat.dep_ == "conj" and seat.head.pos_ == "VERB"):
            return False  # (a conjunct hung on the verb is its object misparsed: "make roadside bombs and landmines")
        if seat.dep_ == "pobj" and seat.head.lower_ in ("with", "using", "by", "of", "as", "from"):
            return False  # the means, or the thing itself: "rigged as an IED", "fragments from the device"
        if seat.dep_ == "nsubj" and any(p.cls == cls or lex.is_a(p.cls, cls) for p in lex.verbs_for(seat.head.lemma_)):
            return False  # "the IED detonated": the detonation is the event
    if lemma in words("events", "moving_nouns") and not modified:
        mods = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
        mods |= {g.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.subtree if g.pos_ in ("NOUN", "ADJ")}
        if mods & words("events", "civilian_modifiers"):
            return False
        if any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.i in people or c.lemma_.lower() in TITLE_HEADS) for c in token.children):
            return False  # "the opposition leader's convoy crossed the motorcade": a person's cars, no troops
        motion = words("events", "motion_verbs")
        moving = any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in motion for c in token.children) or (
            token.dep_ in ("nsubj", "nsubjpass") and (head.lemma_.lower() in motion or any(
                c.dep_ in ("xcomp", "oprd", "advcl") and c.lemma_.lower() in motion for c in head.children)))
        # "convoys were seen heading toward Kharkiv"
        if not moving:
            return False
    if lemma in words("events", "plural_only_nouns") and token.tag_ in ("NN", "NNP"):
        return False
    if given_name(token) or a_right(token):
        return False  # "referred to as the Chisinau Uprising", "the right to protest": a name, a right; no occurrence
    if of_figurative_class(cls, lex) and any(
        c.dep_ == "prep" and ((c.lower_ in ("on", "against", "of", "to") and (ideal(g) or figurative_target(g)))
                              or (c.lower_ == "for" and (figurative_target(g) or g.lemma_.lower() in words("events", "contest_targets"))))
        for c in token.children for g in c.children if g.dep_ == "pobj"
    ):
        # "an assault on democracy", "an attack on the rule of law", "a war of words", "a
        # battle against inflation", "the battle for the presidency"
        return False
    if of_figurative_class(cls, lex) and token.dep_ == "pobj" and head.lower_ == "to" and not any(
        c.dep_ in ("det", "poss") for c in token.children
    ) and (figurative_target(head.head) or ideal(head.head)):
        return False  # "no disease to battle", the infinitive read as a noun: no violence
    if of_figurative_class(cls, lex) and any(
        c.dep_ == "amod" and c.lower_ in words("events", "figurative_modifiers") for c in token.children
    ):
        return False  # "a scathing attack on the budget", "a verbal assault": words, no violence
    if practice(token):
        return False  # "the use of arbitrary detention": a practice, not someone's detention
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words("events", "medical_modifiers") for c in token.children):
        return False  # "died of cardiac arrest", "a heart attack": a medical state, no arrest, no attack
    if facility_kind(token):
        return False  # "places of detention": a facility, no one's detention
    if lex.is_a(cls, "Withdrawal") and left_contest(token):
        return False  # "her withdrawal from the race": a candidate's, no forces'
    if measured_kind(token):
        return False  # "a long history of rebellion", "a cut in food assistance": a habit, an amount; no occurrence
    if any(c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj" and g.lemma_.lower() in words("events", "figurative_of_nouns")
           for c in token.children for g in c.children):
        return False  # "a stroke of luck", "an attack of nerves": a figure of speech
    if token.i >= 2 and token.doc[token.i - 1].text in ("-", "\u2011") and token.doc[token.i - 2].lower_ in words("events", "negating_prefixes"):
        return False  # "de-escalation", "non-violence": the undoing or the absence of the event
    if lemma in words("events", "light_verb_nouns") and not modified and not (
        token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lex.support_verbs
    ):
        return False
    if lex.is_communication(cls) and token.dep_ == "nsubj" and head.pos_ == "VERB" and any(
        lex.is_communication(p.cls) and not p.dependents for p in lex.verbs_for(head.lemma_)
    ):
        return False
    return True


def _has_dependent(token: "Token", lemma: str) -> bool:
    """Whether a noun has the dependent a trigger requires ("conflict [between]"), on itself or,
    when it is the subject of a verb that only says it began or went on (``onset_verbs``), on
    that verb: "conflict erupted between the army and the RSF"."""
    holders = [token]
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "VERB" and any(
        head.lemma_.lower() == v.split()[0] and all(any(c.lower_ == w for c in head.children) for w in v.split()[1:])
        for v in words("events", "onset_verbs")
    ):
        holders.append(head)
    return any(c.lemma_.lower() == lemma and not is_date_phrase(c) for h in holders for c in h.children)


_FRAME_DEPS = frozenset({"dobj", "prt", "prep", "pobj", "attr", "dative", "xcomp", "aux", "compound", "nsubjpass", "acomp", "agent", "oprd", "amod", "advmod"})


def _verb_frame(verb: "Token") -> list["Token"]:
    out: list[Token] = []
    layer = [verb]
    for _ in range(3):
        nxt = []
        for t in layer:
            for c in t.children:
                if t is verb and c.dep_ == "prep" and c.i < verb.i and not any(g.tag_ in ("WDT", "WP") for g in c.children):
                    continue  # "For each business, call the workers": a fronted phrase, no "call for" ("for which")
                if c.dep_ in _FRAME_DEPS and c not in out and not is_date_phrase(c):
                    out.append(c)
                    nxt.append(c)
                elif c.dep_ == "advcl" and t is verb:
                    # "called for the activists to be released": the parser hangs "for" on
                    # the infinitive clause it introduces
                    out += [m for m in c.children if m.dep_ == "mark" and m not in out]
        layer = nxt
    return out


_PREDICATE_DEPS = frozenset({"acomp", "oprd", "conj"})


def _adjective_trigger(token: "Token", lex: EventLexicon, places: frozenset[int] = frozenset()) -> Trigger | None:
    """A predicate adjective that says an event happened to its subject: "nine people were
    *dead*" (a nominal trigger used as an adjective), "130 more were mutilated, *injured*" (the
    participle of a trigger verb the tagger read as an adjective). Patterns without dependents
    or senses only; "the injured soldier" (a modifier) is no event."""
    if token.pos_ != "ADJ" or token.dep_ not in _PREDICATE_DEPS:
        return None
    if token.dep_ == "conj" and token.head.pos_ not in ("VERB", "ADJ", "AUX"):
        return None
    form = token.lower_
    for p in lex.nouns.get(fold(form), ()):
        if not p.senses and not p.required and p.words == 1:
            return Trigger(p.cls, token, [token], "noun", noun=token)
    if form.endswith("ed"):
        for lemma in (form[:-1], form[:-2]):
            for p in lex.verbs_for(lemma):
                if not p.senses and not p.dependents:
                    return Trigger(p.cls, token, [token], "verb", verb=token)
    return None


def _verb_trigger(
    token: "Token", lex: EventLexicon, places: frozenset[int] = frozenset(), referents: "Callable[[Token], list[Token]] | None" = None,
    people: frozenset[int] = frozenset(),
) -> Trigger | None:
    if token.pos_ == "ADJ":
        return _adjective_trigger(token, lex, places)
    if token.pos_ != "VERB" and not (token.pos_ == "AUX" and token.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl")):
        return None  # (a copula only with a phrase of its own: "radio and TV *were off the air*")
    if token.pos_ == "AUX" and not all(p.dependents for p in lex.verbs_for(_verb_lemma(token, lex))):
        return None
    if token.dep_ == "amod" and not (token.tag_ == "VBG" and token.head.pos_ == "PROPN" and token.head.ent_type_):
        return None  # "the simmering dispute", "mobilized soldiers"; but "of shelling Jermuk"
    patterns = lex.verbs_for(_verb_lemma(token, lex))
    if not patterns:
        return None
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in words("events", "descriptive_participles"):
        return None  # "tourists visiting Pahalgam": who they are, not an event
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in words("events", "stative_participles"):
        return None  # "police stationed at the entrance": where they are, not an event
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in words("events", "aim_participles") \
            and (held := _noun_trigger(token.head, lex, places)) is not None \
            and not any(lex.compatible(p.cls, held.cls) for p in patterns):
        return None  # "police raids targeting the group": the raids' aim, not an attack ("the attacks, targeting ...": the attacks)
    frame = _verb_frame(token) if any(p.dependents for p in patterns) else []
    objects: list[Token] | None = None
    stood_for: list[Token] = []
    for p in patterns:
        if p.senses:
            if objects is None:
                objects = _verb_objects(token)
                pronouns = [o for o in objects if o.pos_ == "PRON"] + [  # "10 of *them* were rescued"
                    g for o in objects if o.like_num for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.pos_ == "PRON"]
                stood_for = [r for o in pronouns for r in referents(o)] if referents is not None else []
            candidates = objects + [  # what a prepositional verb acts on: "broke *into* the building", "ploughed *into* the crowd"
                g for c in token.children if c.dep_ == "prep" and c.lower_ in p.dependents for g in c.children if g.dep_ == "pobj"]
            if stood_for and {x.lower() for x in p.senses} & words("events", "pronoun_senses") and all(
                c.lower_ in p.dependents for c in token.children if c.dep_ == "prt"
            ):
                # "Police dispersed *them*": the protesters named before; but a particle the
                # pattern lacks makes another verb ("residents took them in": sheltered them)
                candidates = objects + stood_for
            if {x.lower() for x in p.senses} <= words("events", "subject_senses") and not any(
                c.dep_ in ("dobj", "nsubjpass") and not _keys(c) & set(p.dependents) for c in token.children
            ):
                # no object but a "from" one: "helped 2,000 refugees return home from Kenya"; or
                # an object the pattern names itself: "protesters *erected barricades*"
                candidates = _verb_subjects(token, p.dependents) + (objects or [])
            if {x.lower() for x in p.senses} <= words("events", "subject_only_senses"):
                subjects = _verb_subjects(token, p.dependents)  # "the boat sank"; "the navy sank the boat" destroys it
                appositions = [a for s in subjects for a in s.children if a.dep_ == "appos"]  # "X, a fishing trawler, sank"
                candidates = subjects + appositions + [c for a in appositions for c in a.children if c.dep_ == "compound"]
            if not of_sense(candidates, p.senses, lex, places, people):
                continue
        used: list[Token] = []
        for word in p.dependents:
            cand = next((t for t in frame if t not in used and word in _keys(t)), None)
            if cand is None:
                break
            used.append(cand)
        else:
            if lex.is_communication(p.cls) and token.dep_ == "acl" and token.tag_ == "VBN":
                return None  # "a statement issued by", "videos posted by": a modifier, not a speech act
            if lex.is_communication(p.cls) and token.lemma_.lower() in words("speech", "source_verbs") and not any(
                c.lower_ == "to" for c in token.children
            ):
                return None  # "according to X" says; "accorded him a funeral" does not
            if not used and figurative_object(token):
                return None  # "seize the opportunity", "struck gold": a fixed expression, no event
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in words("events", "disposition_adjectives") and (
                    token.lemma_.lower() in words("events", "undergoer_verbs")):
                return None  # "willing to die for their cause": rhetoric, no death
            if p.cls == "Statement" and "Territory" in lex.senses and _claims_ground(token, lex, places):
                return None  # "India and Pakistan claim the territory": a claim to land, not a speech act ("declared an independent state" is an announcement)
            if lex.is_communication(p.cls) and any(c.dep_ == "nsubjpass" for c in token.children) and any(
                c.dep_ == "dobj" for c in token.children
            ):
                return None  # "some of whom were denied medical care": refused a thing, not told anything
            if lex.is_a(p.cls, "Statement") and _evidential(token):
                return None  # "are said to have been", "is reported to have captured": hearsay, no speech act
            if not used and token.lemma_.lower() in words("events", "objectless_verbs") and any(c.dep_ == "dobj" for c in token.children):
                return None  # "demonstrated our commitment", "rallied support": no protest
            if (lex.is_a(p.cls, "Attack") or lex.is_a(p.cls, "ArmedClash")) and figurative(token):
                return None  # "to attack the virus", "no disease to battle": no violence
            if not used and of_figurative_class(p.cls, lex) and any(c.dep_ == "dobj" and ideal(c) for c in token.children):
                return None  # "attacked democracy itself": no violence
            if lex.is_a(p.cls, "Appeal") and any(c.dep_ == "oprd" for c in token.children):
                return None  # "called the coup attempt an assault on democracy": naming, no appeal
            if not used and token.lemma_.lower() in words("events", "directive_verbs") and any(c.dep_ == "xcomp" for c in token.children):
                return None  # "ordered residents to evacuate": the evacuation it orders, by who ordered it, is the event
            if not used and token.lemma_.lower() in words("events", "decision_verbs") and any(
                    c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children):
                return None  # "the EU voted to impose sanctions": a decision on the sanctions, no election
            if lex.is_a(p.cls, "TerritorialControl") and handover(token, people):
                return None  # "the new minister took over the ministry": a successor, no occupation
            if lex.is_a(p.cls, "Withdrawal") and left_contest(token):
                return None  # "pulled out of the race": a candidate's, no forces'
            if lex.is_a(p.cls, "TroopMovement") and sent_off(token):
                return None  # "sending government troops fleeing": driven off, not deployed
            if (lex.is_a(p.cls, "Arrest") or lex.is_a(p.cls, "Abduction")) and all(u.dep_ in ("prt", "advmod") for u in used) \
                    and medical_taking(token):
                return None  # "the wounded were taken away in ambulances": care, no arrest ("took the wounded hostage" takes them)
            if token.lemma_.lower() in words("events", "people_harm_verbs") and not harmed_people(token, lex, people):
                return None  # "the sanctions hurt the economy": no injury
            if a_right(token):
                return None  # "the right to strike", "the freedom to demonstrate": what one may do, no occurrence
            if figure_begins(token):
                return None  # "a war of words broke out": nobody escaped, no war began
            if not used and lex.is_a(p.cls, "Meeting") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in words("events", "figurative_meeting_objects") for c in token.children
            ):
                return None  # "failed to meet that standard", "met the deadline": no meeting
            if lex.is_a(p.cls, "Meeting") and any(c.dep_ == "auxpass" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ in words("events", "reception_preps") for c in token.children
            ):
                return None  # "the protests were met with repression": a response, no meeting
            if token.lemma_.lower() in words("events", "aiming_verbs") and _aims_an_event(token, lex):
                return None  # "the explosion targeted a bakery": the explosion is the event
            kind = "phrase" if used else "verb"
            return Trigger(_by_instrument(token, p.cls, lex), token, [token, *used], kind, verb=token)
    return None


def _verb_lemma(token: "Token", lex: EventLexicon) -> str:
    """The lemma of a verb, mended where the lemmatiser cut a past form wrong and the plain
    stem is a trigger: "raped" read as "rap", "maimed" left as it is."""
    lemma = token.lemma_.lower()
    form = token.lower_
    if lemma in lex.verbs or token.tag_ not in ("VBD", "VBN") or not form.endswith("ed"):
        return lemma
    return next((stem for stem in (form[:-1], form[:-2]) if stem in lex.verbs), lemma)


def _claims_ground(verb: "Token", lex: EventLexicon, places: frozenset[int]) -> bool:
    """Whether a speech verb's object is ground (kgo:Territory): its direct object, or the noun
    a relative clause hangs on when the relative pronoun is the object ("the region, which
    both claim")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and not objects and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        objects = [verb.head]
    return bool(objects) and of_sense(_with_conjuncts(objects), ("Territory",), lex, places)


def _evidential(verb: "Token") -> bool:
    """A speech verb in the passive that raises its infinitive ("X is said to be linked",
    "there are said to have been dozens", "are reported to have been", "X, reported to number
    about 100"): nobody speaks."""
    passive = verb.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ in ("acl", "relcl"))
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # the parser often reads "X, said to be linked with" as a past tense; "said to be" / "said
    # to have done" is hearsay whatever the tag, since no one "says to have done" (but the army
    # "claimed to have hit three gunmen": hearsay_verbs)
    # "The soldiers, reported to number about 100, ..." read as a past tense: no one "reports to
    # number"; a hearsay verb with no object raising an infinitive hedges, whatever the infinitive
    perfect = verb.lemma_.lower() in words("events", "hearsay_verbs") and bool(xcomps)
    return bool(xcomps) and (passive or perfect) and not any(c.dep_ in ("agent", "dobj") for c in verb.children)


def _aims_an_event(verb: "Token", lex: EventLexicon) -> bool:
    """Whether an aiming verb ("target", "hit") has an attack noun or a hazard's as its subject
    (``aiming_subject_classes``: "an earthquake *struck* the province") or is a participle of
    one ("bombings targeted at the military"), or aims a measure that is an event of its own
    ("targeted 13 officials *with sanctions*"), or has for its subject a rule (``policy_nouns``)
    or an event of no violence ("the sanctions *target* senior officials")."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        nouns.append(verb.head)
    if verb.dep_ == "relcl" and any(n.tag_ == "WDT" for n in nouns):
        nouns.append(verb.head)  # "the earthquake *that struck* the province"
    for pron in [n for n in nouns if n.lower_ in ("they", "it")]:
        # "acknowledged the airstrikes and said they targeted communications": "they" is the
        # nearest noun of its number before it in the sentence, when that is an attack
        plural = pron.lower_ == "they"
        before = [t for t in pron.doc[sentence_start(pron):pron.i] if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
                  and (t.tag_ in ("NNS", "NNPS")) == plural]
        if before and before[-1].pos_ == "NOUN":
            nouns.append(before[-1])
    for p in verb.children:
        # "targeted 13 officials with sanctions", "hit the firms with new tariffs": the
        # measure under "with" is the event, no attack (but "hit with an airstrike" is one)
        if p.dep_ == "prep" and p.lower_ == "with":
            for g in _with_conjuncts([c for c in p.children if c.dep_ == "pobj"]):
                named = _noun_trigger(g, lex) if g.pos_ == "NOUN" else None
                if named is not None and not lex.is_a(named.cls, "MilitaryAction") and not lex.is_a(named.cls, "Casualties"):
                    return True
    for n in nouns:
        if n.pos_ not in ("NOUN", "PROPN"):
            continue
        aimers = [str(c) for c in lexicon("events")["aiming_subject_classes"]]  # class names: not lower-cased
        if any(lex.is_any(p.cls, aimers) for k in _keys(n) for p in lex.nouns.get(fold(k), ())):
            return True
        if n.lemma_.lower() in words("events", "policy_nouns"):
            return True  # "the new measures will target companies", "the bill targets migrants": a rule, no attack
        named = _noun_trigger(n, lex)  # with its modifiers: "an improvised explosive device targeted ..."
        if named is not None and (lex.is_any(named.cls, aimers) or not (
                lex.is_a(named.cls, "MilitaryAction") or lex.is_a(named.cls, "Casualties"))):
            return True  # "the sanctions target senior officials", "protests hit the capital": that event, no attack
    return False


def _verb_objects(verb: "Token") -> list["Token"]:
    """What a verb acts on: its object, the subject of its passive, or the noun a participle
    describes ("the tanker seized by ..."), with their conjuncts."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not out and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        out = [verb.head]
    if not out and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ in ("acl", "relcl") and verb.head.tag_ == "VBN":
        out = [verb.head.head]  # "those killed or *captured* by security forces": what both participles describe
    if not out:
        out = _shared_objects(verb)
    if not out:  # "were arrested on Monday and later released": the passive's subject
        out = [t for t in [shared_passive_subject(verb)] if t is not None]
    if not out:  # "seized 30 hostages" parsed with a numeral head, "cut off from aid"
        out = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
    return _with_conjuncts(out)


def _shared_objects(verb: "Token") -> list["Token"]:
    """The object two coordinated verbs share, hung on one of them: "looted and burned *shops*"
    (on the second), "burned and looted *dozens of homes*" (on the second, for the first), "set
    fire to and looted the *market*". Only verbs without an object; a second verb with its own
    subject is another clause ("militias burned, and soldiers looted, the market" aside)."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return [c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i]
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ == "nsubj" for s in c.children)
            for o in c.children if o.dep_ == "dobj"]


def shared_passive_subject(verb: "Token") -> "Token | None":
    """The subject of the passive a participle is coordinated with, when it has no subject
    or object of its own: "three journalists were arrested on Monday *and later released*",
    "two aid workers were abducted near Gao and were *freed* a week later", "the convoy was
    stopped and *looted* by RSF fighters": what was done to them too."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "expl") or c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None  # "were arrested and have released ...", "and police freed them": a clause of its own
    head = verb.head
    while head.dep_ == "conj" and head.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head  # "were stopped, searched and looted"
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _verb_subjects(verb: "Token", named: tuple[str, ...] = ()) -> list["Token"]:
    """The subject of an intransitive verb, for senses read from it (``subject_senses``: "a
    bomb went off", "troops massed"); "Ituri province the hardest hit" is no attack on it. An
    object the trigger ``named`` itself leaves the verb intransitive here ("protesters erected
    *barricades*")."""
    if any(c.dep_ in ("dobj", "nsubjpass") and not _keys(c) & set(named) for c in verb.children):
        return []
    return _with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])


def _noun_objects(noun: "Token") -> list["Token"]:
    """What an event noun acts on: its "of" object ("the seizure of a tanker"); a noun of a
    reduction (``reduction_nouns``) also its "in" or "to" one ("a 25 percent cut in food
    assistance", "cuts to aid")."""
    preps = ("of", "in", "to") if noun.lemma_.lower() in words("events", "reduction_nouns") else ("of",)
    return _with_conjuncts([g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"])


def _with_conjuncts(tokens: list["Token"]) -> list["Token"]:
    out = list(tokens)
    for t in tokens:
        out += [c for c in t.conjuncts if c not in out]
    return out


def _by_instrument(verb: "Token", cls: str, lex: EventLexicon) -> str:
    """An attack "with guided bombs" or "using drones" is of the class of its means."""
    if not lex.instruments or not lex.is_a(cls, "Attack"):
        return cls
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("with", "using", "by"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    for form in _keys(pobj):
                        found = lex.instruments.get(fold(form))
                        if found and _refines(found, cls, lex):
                            return found
        if prep.dep_ == "advcl" and prep.lemma_ == "use":  # "using drones"
            for obj in prep.children:
                if obj.dep_ == "dobj":
                    found = next((lex.instruments[f] for f in map(fold, _keys(obj)) if f in lex.instruments), None)
                    if found and _refines(found, cls, lex):
                        return found
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "fighter jets bombed ..."
    if subj is not None and not any(c.dep_ == "dobj" for c in verb.children) and any(
        p.cls == cls for p in lex.verbs_for(subj.lemma_)
    ):
        return cls  # "a bomb exploded": what explodes is the event's own means, wielded by no one
    if subj is not None:
        found = next((lex.instruments[f] for f in map(fold, _keys(subj)) if f in lex.instruments), None)
        if found and _refines(found, cls, lex):
            return found
    return cls


def _refines(found: str, cls: str, lex: EventLexicon) -> bool:
    """Whether the means makes an attack of ``cls`` one of ``found``: a more specific kind,
    or another kind of attack ("bombed" by fighter jets is an air strike)."""
    return lex.is_a(found, cls) or (found != cls and lex.is_a(cls, "Attack") and lex.is_a(found, "Attack"))


def _predicate_adjectives(doc: "Doc", lex: EventLexicon, indices: list[int]) -> set[int]:
    """Indices of adjectives that could be triggers (:func:`_adjective_trigger`), among the
    ``indices`` of the adjectives in a predicate's place (:data:`_PREDICATE_DEPS`)."""
    out = set()
    for i in indices:
        form = doc[i].lower_
        if fold(form) in lex.nouns or (form.endswith("ed") and (lex.verbs_for(form[:-1]) or lex.verbs_for(form[:-2]))):
            out.add(i)
    return out


class _Words:
    """What :func:`find_triggers` asks of a lexicon's words as spaCy's string hashes, made once
    per lexicon (not once per article): the verb lemmas, the nouns' heads, and for each word
    form met so far whether it is a mended past form (:func:`_mended`)."""

    __slots__ = ("lex", "verbs", "nouns", "mended", "deps")

    def __init__(self, lex: EventLexicon, strings: "StringStore") -> None:
        self.lex = lex  # kept alive, so that its id is not another's
        self.verbs = frozenset(strings[w] for w in lex.verbs)
        self.nouns = frozenset(strings[w] for w in lex.noun_heads)
        self.deps = frozenset(strings[d] for d in _PREDICATE_DEPS)
        self.mended: dict[int, bool] = {}


_WORDS: dict[int, _Words] = {}


def _words_of(lex: EventLexicon, strings: "StringStore") -> _Words:
    found = _WORDS.get(id(lex))
    if found is None or found.lex is not lex:
        if len(_WORDS) >= 8:  # (load_lexicon keeps four; tests make others)
            _WORDS.clear()
        found = _WORDS[id(lex)] = _Words(lex, strings)
    return found


def _mended(form: str, lex: EventLexicon) -> bool:
    """Whether a past form whose lemma is no trigger has a trigger stem (:func:`_verb_lemma`)."""
    return form.endswith("ed") and (form[:-1] in lex.verbs or form[:-2] in lex.verbs)


def find_triggers(
    doc: "Doc",
    lex: EventLexicon | None = None,
    *,
    skip: set[int] | None = None,
    places: set[int] | None = None,
    people: set[int] | None = None,
    referents: "Callable[[Token], list[Token]] | None" = None,
) -> list[Trigger]:
    """The event triggers of ``doc`` in text order (tokens in ``skip`` are never triggers;
    ``referents``: the words an object pronoun stands for, whose sense a trigger reads).

    A verb phrase consumes the nouns it contains ("take control of", "go to war"), and a
    multi-word noun its modifiers ("air raid sirens" is one alert, not also a raid).
    """
    from spacy.attrs import DEP, LEMMA, LOWER, POS
    from spacy.parts_of_speech import ADJ

    from .agent_kinds import by_agent, by_discourse, by_governor, by_story  # it reads senses with this module's helpers

    lex = lex or load_lexicon()
    skip = set(skip or ())
    # only tokens whose lemma or form could head a trigger become Token objects
    strings = doc.vocab.strings
    known = _words_of(lex, strings)
    verb_words, noun_words, mended, deps = known.verbs, known.nouns, known.mended, known.deps
    forms = doc.to_array([LEMMA, LOWER, POS, DEP]).tolist() if len(doc) else []
    verbs: list[int] = []
    nouns: list[int] = []
    predicates: list[int] = []
    for i, (lemma, lower, pos, dep) in enumerate(forms):
        if lemma in verb_words:
            verbs.append(i)
        else:
            m = mended.get(lower)
            if m is None:
                m = mended[lower] = _mended(strings[lower], lex)
            if m:
                verbs.append(i)
        if lemma in noun_words or lower in noun_words:
            nouns.append(i)
        if pos == ADJ and dep in deps:
            predicates.append(i)
    adjectives = _predicate_adjectives(doc, lex, predicates)
    verbs = sorted(set(verbs) | adjectives)
    found: list[Trigger] = []
    frozen = frozenset(places or ())
    persons = frozenset(people or ())
    for indices, read in ((verbs, _verb_trigger), (nouns, _noun_trigger)):  # verbs first: they claim their words
        for i in indices:
            if i in skip or quoted_title(doc[i]):
                continue  # ('"Die Republikein", a newspaper': a name, no death)
            trig = _verb_trigger(doc[i], lex, frozen, referents, persons) if read is _verb_trigger else read(doc[i], lex, frozen, persons)
            if trig is not None:
                found.append(by_discourse(by_governor(by_agent(trig, lex, frozen), lex), lex))
                skip |= {t.i for t in trig.tokens}
    found = by_story(found, lex)
    return sorted(without_results(_without_means(_one_with_its_object(found, lex), lex), lex), key=lambda t: t.head.i)


def _one_with_its_object(found: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """An event noun whose "of" object names the same happening is one event with it: "the
    *delivery of* humanitarian aid", "an *airlift of* food aid" (a noun of the same class, or
    of one of its sub- or superclasses; the more specific class is kept)."""
    by_head = {t.head.i: t for t in found if t.kind != "verb"}
    gone: set[int] = set()
    for trig in found:
        noun = trig.noun
        if noun is None or trig.verb is not None or id(trig) in gone:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or any(c.dep_ == "conj" and c.i < prep.i for c in noun.children):
                continue  # (an "of" after a conjunct is the conjunct's, misparsed: "hostilities and fears of an offensive")
            for obj in prep.children:
                other = by_head.get(obj.i)
                if obj.dep_ != "pobj" or other is None or other is trig or id(other) in gone:
                    continue
                if not (lex.is_a(other.cls, trig.cls) or lex.is_a(trig.cls, other.cls)):
                    continue
                trig.cls = other.cls if lex.is_a(other.cls, trig.cls) else trig.cls
                trig.tokens = sorted({*trig.tokens, *other.tokens}, key=lambda t: t.i)
                trig.kind = "phrase"
                trig._words = None
                gone.add(id(other))
    return [t for t in found if id(t) not in gone]


_LINKS = frozenset({"xcomp", "advcl", "acl"})


def _without_means(found: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """Drop a verb of means (``means_verbs``: "used", "fired") that names the way another
    trigger of its class was done: "used tear gas *to break up* a protest", "fired tear gas
    *to disperse* protesters", "dispersed by police *using* tear gas" tell one crackdown. And
    a verb of manner (``manner_verbs``) coordinated with a casualty verb: "militants *shot
    and killed* 21 travellers" is one killing, told with its victims, place and time; but a
    shooting or a stabbing (``armed_manner_verbs``) with an injury verb only (``injury_verbs``:
    "was *shot* and critically *injured*") is the attack, unless the sentence names the attack
    ("shot and wounded *in an attack* by"); "beat and wounded" stays one wounding."""
    means = words("events", "means_verbs")
    by_head = {t.head.i: t for t in found}
    out = []
    for trig in found:
        verb = trig.verb
        if verb is not None and verb.lemma_.lower() in words("events", "manner_verbs"):
            partners = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
            told = any(o is not trig and lex.is_a(o.cls, "Attack") and o.head.sent.start == verb.sent.start for o in found)
            if any(by_head.get(t.i) is not None and lex.is_a(by_head[t.i].cls, "Casualties")
                   and (told or t.lemma_.lower() not in words("events", "injury_verbs")
                        or verb.lemma_.lower() not in words("events", "armed_manner_verbs")) for t in partners):
                continue
        if trig.kind == "verb" and verb is not None and verb.lemma_.lower() in means:
            linked = [c for c in verb.children if c.dep_ in _LINKS]
            if verb.dep_ in _LINKS:  # its head, or the verb above the noun it qualifies ("dispersed by police using")
                linked.append(verb.head)
                linked += [next((a for a in verb.ancestors if a.pos_ == "VERB"), verb.head)]
            if any(by_head.get(t.i) is not None and by_head[t.i].cls == trig.cls for t in linked):
                continue
        out.append(trig)
    return out
