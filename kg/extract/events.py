"""Events: who did what to whom, where and when, read clause by clause from the parse.

The steps, for one parsed article:

1. **Triggers** (:func:`find_triggers`): verbs and nouns of the trigger lexicon that
   lives with the event taxonomy in ``ontology/events.ttl`` (see
   :mod:`kg.extract.event_lexicon`): single lemmas ("shelled", "offensive"), multi-word
   nouns ("air raid sirens", "Russia-brokered cease-fire agreement"), verb phrases
   ("taking control of", "built up ... troops") and light verbs with an event noun
   ("launched a new offensive", "fought a bloody war", "held phone calls").
2. **Arguments** from the dependency parse: agent (subject, "by" agent, possessor,
   "Azerbaijani forces"), target (object, passive subject, "against"/"of" X), mediator
   ("brokered by the EU, U.S. and Russia", "Russia-brokered"), participants ("talks with
   X", "a call with X"), place ("in Stepanakert", "along the contact line in ..."), time
   (:mod:`kg.extract.time`). Pronouns go to the speaker of the statement they are in, or
   to the nearest earlier actor of their kind; a capital used as an actor ("Baku
   declared") stands for its country, and a state body ("Azerbaijani forces") brings its
   country along, both through the knowledge base.
3. **Reported speech** (:mod:`kg.extract.speech`): speaker, addressee, channel, quote; the
   events a statement contains are attributed to it.
4. **Modality** from the words on the path from the trigger up its clause (cue words in
   the ontology): "will evacuate" planned, "could turn ... into all-out war" hypothetical,
   "unable to deliver" negated; content of a statement is reported.
5. **Event coreference** within the article ("a new offensive" = "local anti-terrorist
   activities" = "the dramatic escalation"): coreferent mentions are linked
   (:attr:`Event.same_as`) and share their arguments.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from ..ingest.article import Article
from .event_lexicon import EventLexicon, fold, load_lexicon
from .lexicon import ACTOR_ANAPHORS, PLACE_ANAPHORS
from .model import Entity, Event, Mention, Participant, Span, TimeValue
from .speech import SpeechFrame, attach_quotes, best_quote, quote_spans, speech_frame, subject_of
from .time import TimeExpression, find_time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..kb import KnowledgeBase

__all__ = ["extract_events", "find_triggers", "Trigger"]

_HYPHENS = frozenset({"-", "‐", "‑", "–", "—"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_CUE_CHILD_DEPS = frozenset({"aux", "neg", "advmod", "mark", "prep"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours"})
_PURPOSE_NOUNS = frozenset({"order", "effort", "bid", "attempt"})
_APPEAL_CLASSES = ("Appeal",)
_TARGET_OBJECT_CLASSES = ("Accusation", "Threat")  # their object is a target, not an addressee
_CONTENT_OBJECT_CLASSES = ("Statement", "Denial")  # their object is what is said
_SYMMETRIC_CLASSES = ("Consultation", "Agreement", "War", "ArmedClash")
_OF_TARGET_CLASSES = ("MilitaryAction", "Displacement", "Casualties", "Arrest")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "fifty": 50,
    "hundred": 100, "dozen": 12,
}


@dataclass(eq=False)
class Trigger:
    """Words that say an event happened: an event class and the tokens that name it."""

    cls: str
    head: "Token"  # the syntactic anchor: the verb, or the noun when there is no verb
    tokens: list["Token"]
    kind: str  # "verb" | "noun" | "phrase"
    noun: "Token | None" = None
    verb: "Token | None" = None
    _words: list["Token"] | None = field(default=None, repr=False, compare=False)

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
                     if c.dep_ in ("det", "amod", "compound", "nummod", "punct", "poss", "advmod", "npadvmod", "case", "aux", "auxpass")} - allowed
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


@dataclass(eq=False)
class _Draft:
    trigger: Trigger
    cls: str
    support: "Token | None" = None  # light verb: "launched" a new offensive
    result: "Token | None" = None  # "turn ... into" war
    host: "Token | None" = None  # sirens "have been activated" in Stepanakert
    governor: "_Draft | None" = None  # the speech act whose object this noun is
    merged: list["Token"] = field(default_factory=list)  # conj verbs of the same speech act
    frame: SpeechFrame | None = None
    channel_event: "_Draft | None" = None
    cause: "_Draft | None" = None  # an event that is this one's subject
    roles: dict[str, list[str]] = field(default_factory=dict)
    direct: set[str] = field(default_factory=set)  # what the clause itself gave (for confidence)
    place: str | None = None
    time: TimeValue | None = None
    times: list[TimeExpression] = field(default_factory=list)
    modality: str = "asserted"
    attributed_to: "_Draft | None" = None
    count: int | None = None
    cluster: int = -1
    id: str = ""

    @property
    def head(self) -> "Token":
        return self.trigger.head

    @property
    def noun(self) -> "Token | None":
        return self.trigger.noun

    def verbs(self) -> list["Token"]:
        """The verbs that carry this event's clause (own verb, light verb, host)."""
        out = [t for t in (self.trigger.verb, self.support) if t is not None]
        return out + self.merged

    def anchors(self) -> list["Token"]:
        """Tokens whose dependents are this event's arguments."""
        out = [self.head]
        for t in (self.trigger.noun, self.trigger.verb, self.support, self.host):
            if t is not None and t not in out:
                out.append(t)
        return out + [t for t in self.merged if t not in out]

    def add(self, role: str, keys: Iterable[str]) -> None:
        bucket = self.roles.setdefault(role, [])
        for k in keys:
            if k not in bucket:
                bucket.append(k)
        if not bucket:
            del self.roles[role]

    def actors(self) -> set[str]:
        return {k for keys in self.roles.values() for k in keys}


# ---------------------------------------------------------------------------------- triggers


def _keys(token: "Token") -> set[str]:
    """The forms a token matches a lexicon word by: lemma, word, and with its compound."""
    out = {token.lemma_.lower(), token.lower_}
    mods = [c for c in token.lefts if c.dep_ == "compound"]
    if mods:
        out.add(fold("".join(m.lemma_ for m in mods) + token.lemma_))
    return out


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


def _noun_trigger(token: "Token", lex: EventLexicon) -> Trigger | None:
    if token.pos_ not in ("NOUN", "PROPN") or (token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")):
        return None
    mods = _modifiers(token)
    heads = {token.lemma_.lower(), token.lower_}
    for k in range(len(mods) + 1):
        words = mods[k:]
        prefix = "".join(m.lemma_ for m in words)
        for head in heads:
            for p in lex.nouns.get(fold(prefix + head), ()):
                if all(_has_dependent(token, r) for r in p.required):
                    kind = "phrase" if words or p.required else "noun"
                    return Trigger(p.cls, token, [*words, token], kind, noun=token)
    return None


def _is_date_phrase(token: "Token") -> bool:
    """A preposition whose object is a date ("on Monday"): never part of a trigger."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def _has_dependent(token: "Token", lemma: str) -> bool:
    return any(c.lemma_.lower() == lemma and not _is_date_phrase(c) for c in token.children)


_FRAME_DEPS = frozenset({"dobj", "prt", "prep", "pobj", "attr", "dative", "xcomp", "aux", "compound", "nsubjpass", "acomp", "agent"})


def _verb_frame(verb: "Token") -> list["Token"]:
    out: list[Token] = []
    layer = [verb]
    for _ in range(3):
        nxt = []
        for t in layer:
            for c in t.children:
                if c.dep_ in _FRAME_DEPS and c not in out and not _is_date_phrase(c):
                    out.append(c)
                    nxt.append(c)
        layer = nxt
    return out


def _verb_trigger(token: "Token", lex: EventLexicon) -> Trigger | None:
    if token.pos_ != "VERB":
        return None
    if token.dep_ == "amod" and not (token.tag_ == "VBG" and token.head.pos_ == "PROPN" and token.head.ent_type_):
        return None  # "the simmering dispute", "mobilized soldiers"; but "of shelling Jermuk"
    patterns = lex.verbs_for(token.lemma_)
    if not patterns:
        return None
    frame = _verb_frame(token) if any(p.dependents for p in patterns) else []
    for p in patterns:
        used: list[Token] = []
        for word in p.dependents:
            cand = next((t for t in frame if t not in used and word in _keys(t)), None)
            if cand is None:
                break
            used.append(cand)
        else:
            if lex.is_communication(p.cls) and token.dep_ == "acl" and token.tag_ == "VBN":
                return None  # "a statement issued by", "videos posted by": a modifier, not a speech act
            kind = "phrase" if used else "verb"
            return Trigger(p.cls, token, [token, *used], kind, verb=token)
    return None


def find_triggers(doc: "Doc", lex: EventLexicon | None = None, *, skip: set[int] | None = None) -> list[Trigger]:
    """The event triggers of ``doc`` in text order (tokens in ``skip`` are never triggers).

    A verb phrase consumes the nouns it contains ("take control of", "go to war"), and a
    multi-word noun its modifiers ("air raid sirens" is one alert, not also a raid).
    """
    from spacy.attrs import LEMMA, LOWER

    lex = lex or load_lexicon()
    skip = set(skip or ())
    # only tokens whose lemma or form could head a trigger become Token objects
    strings = doc.vocab.strings
    verb_words = {strings[w] for w in lex.verbs}
    noun_words = {strings[w] for w in lex.noun_heads}
    forms = doc.to_array([LEMMA, LOWER]).tolist() if len(doc) else []
    verbs = [i for i, (lemma, _) in enumerate(forms) if lemma in verb_words]
    nouns = [i for i, (lemma, lower) in enumerate(forms) if lemma in noun_words or lower in noun_words]
    found: list[Trigger] = []
    for indices, read in ((verbs, _verb_trigger), (nouns, _noun_trigger)):  # verbs first: they claim their words
        for i in indices:
            if i in skip:
                continue
            trig = read(doc[i], lex)
            if trig is not None:
                found.append(trig)
                skip |= {t.i for t in trig.tokens}
    return sorted(found, key=lambda t: t.head.i)


# ---------------------------------------------------------------------------------- reader


class _Reader:
    """One article's events, read in steps (see the module docstring)."""

    def __init__(self, doc: "Doc", article: Article, entities: dict[str, Entity], mentions: list[Mention]) -> None:
        from ..nlp.kb_ruler import kb_of

        self.doc = doc
        self.text = doc.text
        self.article = article
        self.entities = entities
        self.lex = load_lexicon()
        self.kb: KnowledgeBase | None = kb_of(doc)
        self._linker = None
        self.mention_at: dict[int, Mention] = {}
        for m in mentions:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.mention_at.setdefault(t.i, m)
        self.drafts: list[_Draft] = []
        self.owner: dict[int, _Draft] = {}
        self._backshift = False
        self.quotes = quote_spans(self.text)
        self.sents = list(doc.sents)
        self.sent_of: list[int] = [0] * len(doc)  # token index -> sentence number
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k

    # ------------------------------------------------------------------ entities

    def _entity_for_kb(self, kb_key: str | None) -> str | None:
        """The article's entity for a KB record, added to the entities if new."""
        if self.kb is None or not kb_key:
            return None
        record = self.kb.get(kb_key)
        if record is None:
            return None
        for key, e in self.entities.items():
            if e.kb_key == record.key:
                return key
        if self._linker is None:
            from .entities import linker_for

            self._linker = linker_for(self.doc)
        entity = self._linker.entity_for_kb(record)
        self.entities.setdefault(entity.key, entity)
        return entity.key

    def _demonym(self, token: "Token") -> str | None:
        if self.kb is None or not token.text[:1].isupper():
            return None
        record = self.kb.by_demonym(token.text)
        return self._entity_for_kb(record.key) if record is not None else None

    def _as_actor(self, key: str) -> list[str]:
        """An entity in an actor role: a capital stands for its state; a state body brings
        its country along ("Azerbaijani forces" act for Azerbaijan)."""
        e = self.entities.get(key)
        if e is None or self.kb is None or not e.kb_key:
            return [key]
        record = self.kb.get(e.kb_key)
        if record is None:
            return [key]
        if record.stands_for and e.kind == "place" and "Country" not in e.types:
            other = self._entity_for_kb(record.stands_for)
            return [other] if other else [key]
        if record.country and "GovernmentOrganization" in record.types:
            country = self._entity_for_kb(record.country)
            return [key, country] if country and country != key else [key]
        return [key]

    def _kind(self, key: str) -> str:
        e = self.entities.get(key)
        if e is None:
            return "unknown"
        if e.kind == "place" and "Country" in e.types:
            return "state"
        return e.kind

    def is_actor(self, token: "Token") -> bool:
        """Whether ``token`` names someone who can act: a person, an organisation, a state,
        or a place that stands for one ("Baku")."""
        m = self.mention_at.get(token.i)
        e = self.entities.get(m.entity) if m is not None else None
        if e is None:
            return False
        if e.kind != "place" or "Country" in e.types:
            return True
        record = self.kb.get(e.kb_key) if self.kb is not None and e.kb_key else None
        return record is not None and record.stands_for is not None

    def actors(self, token: "Token", *, depth: int = 0) -> list[str]:
        """The entities a noun phrase (given by its head) names, conjuncts included."""
        keys: list[str] = []
        m = self.mention_at.get(token.i)
        if m is not None and m.entity in self.entities:
            keys.append(m.entity)
        elif token.pos_ == "PRON":
            keys += self.pronoun(token)
        elif token.pos_ in ("NOUN", "PROPN", "ADJ"):
            appos = [c for c in token.children if c.dep_ == "appos"]
            for c in appos:
                keys += self.actors(c, depth=depth + 1)
            if not keys and token.lemma_.lower() in self.lex.actor_nouns:
                for c in token.children:
                    if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < token.i:
                        found = self.actors(c, depth=depth + 1) if c.i in self.mention_at or c.pos_ == "PRON" else []
                        if not found:
                            d = self._demonym(c)
                            found = [d] if d else []
                        keys += found
                if not keys:
                    for prep in token.children:
                        if prep.dep_ == "prep" and prep.lemma_.lower() == "of":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj" and depth < 3:
                                    keys += self.actors(pobj, depth=depth + 1)
            if not keys and token.pos_ in ("ADJ", "PROPN"):
                d = self._demonym(token)
                if d:
                    keys.append(d)
            if not keys and token.pos_ == "NOUN":
                d = self._anaphor(token, ACTOR_ANAPHORS)  # "pressing the country to reopen ..."
                if d:
                    keys.append(d)
        for c in token.children:
            if c.dep_ == "conj" and depth < 6:
                keys += self.actors(c, depth=depth + 1)
        return list(dict.fromkeys(keys))

    def target_actors(self, token: "Token") -> list[str]:
        """Like :meth:`actors`, and through "of" chains of every conjunct ("positions ...
        and firing points of the formations of Armenia's armed forces" → Armenia)."""
        keys = self.actors(token)
        if keys:
            return keys
        conjuncts, todo = [], [token]
        while todo and len(conjuncts) < 8:
            t = todo.pop()
            conjuncts.append(t)
            todo += [c for c in t.children if c.dep_ == "conj"]
        for start in conjuncts:
            t, hops = start, 0
            while hops < 3:
                nxt = None
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lemma_.lower() == "of":
                        nxt = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if nxt is None:
                    break
                found = self.actors(nxt)
                if found:
                    keys += [k for k in found if k not in keys]
                    break
                t, hops = nxt, hops + 1
        return keys

    def pronoun(self, token: "Token") -> list[str]:
        """The entities a pronoun refers to: the speaker of the statement it is in, when
        that fits, else the nearest earlier actor of its kind."""
        low = token.lower_
        if low in _PERSON_PRONOUNS:
            fits = {"person"}
        elif low in _THING_PRONOUNS:
            fits = {"organization", "state", "place", "group"}
        elif low in _PLURAL_PRONOUNS:
            fits = {"organization", "state", "place", "group", "person"}
        elif low in _FIRST_PERSON:
            fits = {"person", "organization", "state", "group"}
        else:
            return []
        if token.dep_ == "poss" and low not in _FIRST_PERSON:
            # "Azerbaijan had sent in troops to implement its policy", "his fighters": the
            # possessor is the subject of the clause, if that names someone
            for verb in token.ancestors:
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                subj = self._subject(verb)
                if subj is not None and token not in subj.subtree:
                    if subj.pos_ == "PRON":
                        break
                    keys = self.actors(subj)
                    return [k for k in keys if self._kind(k) in fits]
        frames = [d for d in self.drafts if d.frame is not None and d.frame.covers(token) and d.roles.get("speaker")]
        if frames:
            inner = min(frames, key=lambda d: d.frame.size())
            speakers = inner.roles["speaker"]
            if low in _FIRST_PERSON:
                return list(speakers)
            if low in _PLURAL_PRONOUNS:  # "officials said they were launching": a body, or several speakers
                if len(speakers) > 1 or all(self._kind(k) != "person" for k in speakers):
                    return list(speakers)
                return []
            if any(self._kind(k) in fits for k in speakers):
                return [k for k in speakers if self._kind(k) in fits]
        if low in _PLURAL_PRONOUNS or low in _FIRST_PERSON:
            return []
        k = self.sent_of[token.i]
        floor = self.sents[max(k - 2, 0)].start
        best: tuple[int, str] | None = None
        for i in range(token.i - 1, floor - 1, -1):
            m = self.mention_at.get(i)
            if m is None or m.entity not in self.entities:
                continue
            if self._kind(m.entity) not in fits:
                continue
            t = self.doc[i]
            subject = t.dep_ in ("nsubj", "nsubjpass") or any(a.dep_ in ("nsubj", "nsubjpass") for a in list(t.ancestors)[:2])
            if subject:
                return [m.entity]
            if best is None:
                best = (i, m.entity)
        return [best[1]] if best else []

    # ------------------------------------------------------------------ steps

    def run(self) -> list[Event]:
        self._triggers()
        self._structure()
        self._speech()
        # speakers first: a pronoun in what they say ("“We will not withdraw,” Putin said") is theirs
        for d in sorted(self.drafts, key=lambda x: (not self.lex.is_communication(x.cls), x.head.i)):
            self._arguments(d)
        self._modalities()
        self._times()
        self._coreference()
        return self._emit()

    def _triggers(self) -> None:
        skip = {i for i, m in self.mention_at.items()}
        for trig in find_triggers(self.doc, self.lex, skip=skip):
            d = _Draft(trigger=trig, cls=trig.cls)
            self.drafts.append(d)
        self._index()

    def _index(self) -> None:
        self.owner = {}
        for d in self.drafts:
            for t in d.trigger.tokens:
                self.owner.setdefault(t.i, d)
        for d in self.drafts:
            for t in d.anchors():
                self.owner.setdefault(t.i, d)

    def _structure(self) -> None:
        """Light verbs, verb + event-noun merges, speech objects, hosts."""
        lex = self.lex
        verb_draft = {d.head.i: d for d in self.drafts if d.trigger.verb is not None}
        removed: set[int] = set()
        for d in self.drafts:
            n = d.noun
            if n is None or d.trigger.verb is not None:
                continue
            gov = None
            if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                gov = n.head
            elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB" and n.head.lemma_.lower() in ("in", "into", "to", "from", "for"):
                gov = n.head.head
            if gov is not None and gov.pos_ == "VERB":
                v = verb_draft.get(gov.i)
                if v is not None and id(v) not in removed:
                    if lex.is_communication(v.cls):
                        if n.dep_ in ("dobj", "nsubjpass"):
                            d.governor = v
                    elif self._family(v.cls) == self._family(d.cls) and not lex.is_communication(d.cls):
                        v.cls = v.cls if lex.is_a(v.cls, d.cls) and v.cls != d.cls else d.cls
                        v.trigger = Trigger(v.cls, v.head, sorted({*v.trigger.tokens, *d.trigger.tokens}, key=lambda t: t.i), "phrase", noun=n, verb=v.head)
                        removed.add(id(d))
                elif gov.lemma_.lower() in lex.support_verbs:
                    d.support = gov
                elif gov.lemma_.lower() in lex.result_verbs:
                    d.result = gov
            if n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX") and n.head.i not in verb_draft:
                d.host = n.head
        self.drafts = [d for d in self.drafts if id(d) not in removed]
        for d in self.drafts:
            if d.support is not None:
                t = d.trigger
                d.trigger = Trigger(d.cls, d.support, sorted({d.support, *t.tokens}, key=lambda x: x.i), "phrase", noun=t.noun, verb=None)
        self._index()

    def _family(self, cls: str) -> str:
        c = self.lex.classes.get(cls)
        if c is None:
            return cls
        tops = [a for a in c.ancestors if self.lex.classes[a].parents == ("Event",)]
        return min(tops) if tops else cls

    def _speech(self) -> None:
        """Speech frames for every speech act; statements merged with their channel noun."""
        lex = self.lex
        comm = [d for d in self.drafts if lex.is_communication(d.cls)]
        by_head = {d.head.i: d for d in comm}
        merged_away: set[int] = set()
        for d in comm:  # "said ... and added that ...": one statement
            v = d.head
            if d.trigger.verb is None or v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                continue
            head = by_head.get(v.head.i)
            if head is not None and head.cls == d.cls and id(head) not in merged_away:
                head.merged.append(v)
                merged_away.add(id(d))
        self.drafts = [d for d in self.drafts if id(d) not in merged_away]
        frames = []
        for d in self.drafts:
            if not lex.is_communication(d.cls):
                continue
            objects_are_addressees = not (
                any(lex.is_a(d.cls, c) for c in _CONTENT_OBJECT_CLASSES) and d.head.lemma_.lower() != "tell"
            )
            anchor = d.trigger.verb or d.support or d.head
            d.frame = speech_frame(anchor, channel_nouns=lex.channel_nouns, is_actor=self.is_actor, merged=d.merged, addressee_objects=objects_are_addressees)
            if d.trigger.verb is None and d.noun is not None and d.support is None:
                d.frame.content |= {t.i for c in d.noun.children if c.dep_ == "prep" and c.lemma_.lower() in ("of", "about", "on") for t in c.subtree}
            frames.append(d.frame)
        channel_drafts: set[int] = set()
        for d in self.drafts:
            if d.frame is None or d.frame.channel_noun is None:
                continue
            other = self.owner.get(d.frame.channel_noun.i)
            if other is None or other is d:
                continue
            if lex.is_communication(other.cls):
                channel_drafts.add(id(other))  # "in a statement ..., officials said": one statement
                d.frame.excluded |= {t.i for t in other.trigger.tokens}
            else:
                d.channel_event = other  # "In a call with Aliyev, Blinken urged": a call, and the urging in it
        self.drafts = [d for d in self.drafts if id(d) not in channel_drafts]
        attach_quotes(frames, self.quotes, self.doc)
        self._index()
        for d in self.drafts:  # channel nouns belong to the statement (their time, issuer)
            if d.frame is not None and d.frame.channel_noun is not None and d.channel_event is None:
                for t in d.frame.channel_noun.subtree:
                    self.owner.setdefault(t.i, d)

    def _arguments(self, d: _Draft) -> None:
        lex = self.lex
        comm = lex.is_communication(d.cls)
        agent_role = "speaker" if comm else "agent"
        verb = d.trigger.verb or d.support
        if comm and d.frame is not None:
            self._speech_roles(d)
        elif verb is not None:
            subj = self._subject(verb)
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            if subj is not None:
                cause = self.owner.get(subj.i)
                if cause is not None and cause is not d and subj == (cause.noun or cause.head):
                    d.cause = cause  # its actors and place, once coreference has filled them
                else:
                    d.add(agent_role, self._actor_roles(self.actors(subj)))
                    if agent_role in d.roles:
                        d.direct.add("actor")
            if verb.dep_ == "amod" and verb == d.trigger.verb:  # "of shelling Jermuk" parsed as a modifier
                self._object(d, verb.head)
            for c in verb.children:
                if c.dep_ == "dobj" and c != d.noun and c not in d.trigger.tokens:
                    self._object(d, c)
                elif c.dep_ == "nsubjpass" and passive and c != d.noun:
                    self._object(d, c)
                elif c.dep_ == "dative" or (c.dep_ == "prep" and c.lemma_.lower() in ("against", "on") and lex.is_a(d.cls, "MilitaryAction")):
                    pobj = c if c.dep_ == "dative" else next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        self._object(d, pobj)
                elif c.dep_ == "prep" and c.lemma_.lower() in ("with", "between") and any(lex.is_a(d.cls, s) for s in _SYMMETRIC_CLASSES):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            d.add("participant", self._actor_roles(self.actors(pobj)))
        for t in d.trigger.tokens:  # "taking control of the Lachin Corridor"
            if t.dep_ == "prep" and t != d.head:
                for pobj in t.children:
                    if pobj.dep_ == "pobj" and pobj not in d.trigger.tokens:
                        self._object(d, pobj)
        if d.noun is not None:
            self._noun_arguments(d, d.noun, agent_role)
        self._mediators(d)
        self._place(d)
        if lex.is_a(d.cls, "Casualties"):
            d.count = self._count(d)
        if d.channel_event is not None and d.roles.get("speaker"):
            d.channel_event.add("participant", d.roles["speaker"])

    def _actor_roles(self, keys: list[str]) -> list[str]:
        out: list[str] = []
        for k in keys:
            out += self._as_actor(k)
        return list(dict.fromkeys(out))

    def _subject(self, verb: "Token") -> "Token | None":
        """The verb's subject; an appeal's object for the verb it governs ("urged X to
        refrain"), an accusation's object for what it is accused of ("accused X of shelling")."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            for anc in list(verb.ancestors)[:4]:
                gov = self.owner.get(anc.i)
                if gov is not None and gov.frame is not None and self.lex.is_a(gov.cls, "Accusation") and anc.pos_ == "VERB":
                    obj = next((c for c in anc.children if c.dep_ == "dobj"), None)
                    if obj is not None and obj != verb and obj not in verb.subtree:
                        return obj
                    break
        if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            gov = self.owner.get(verb.head.i)
            if gov is not None and any(self.lex.is_a(gov.cls, a) for a in _APPEAL_CLASSES):
                obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if obj is None:
                    for prep in verb.head.children:
                        if prep.dep_ == "prep" and prep.lemma_.lower() in ("on", "upon"):
                            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        return subject_of(verb)

    def _object(self, d: _Draft, token: "Token") -> None:
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) and token.lemma_.lower() in self.lex.actor_nouns:
            return  # "withdraw its troops": the agent's own forces, not a target
        keys = self.target_actors(token) if self.lex.is_a(d.cls, "MilitaryAction") else self.actors(token)
        places = [k for k in keys if self._kind(k) == "place"]
        actors = [k for k in keys if k not in places]
        if places and d.place is None:
            d.place = places[0]
            d.direct.add("place")
        if actors:
            role = "addressee" if self.lex.is_communication(d.cls) else "target"
            d.add(role, self._actor_roles(actors))
            d.direct.add("actor")

    def _noun_arguments(self, d: _Draft, n: "Token", agent_role: str) -> None:
        lex = self.lex
        for c in n.children:
            dep, low = c.dep_, c.lemma_.lower()
            if dep == "poss" or (dep in ("compound", "amod", "nmod") and c.i < n.i and c not in d.trigger.tokens):
                keys = self.actors(c) if (c.i in self.mention_at or c.pos_ == "PRON") else []
                if not keys and dep in ("compound", "amod"):
                    dm = self._demonym(c)
                    keys = [dm] if dm else []
                places = [k for k in keys if self._kind(k) == "place"]
                if places and d.place is None:
                    d.place = places[0]
                    d.direct.add("place")
                actors = [k for k in keys if k not in places]
                if actors:
                    d.add(agent_role, self._actor_roles(actors))
                    d.direct.add("actor")
            elif dep == "prep" and low == "by":
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        d.add(agent_role, self._actor_roles(self.actors(pobj)))
            elif dep == "acl" and low not in lex.mediation_verbs:
                for agent in c.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                d.add(agent_role, self._actor_roles(self.actors(pobj)))
            elif dep == "prep" and low in ("with", "between") and any(lex.is_a(d.cls, s) for s in _SYMMETRIC_CLASSES):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        d.add("participant", self._actor_roles(self.actors(pobj)))
                        d.direct.add("actor")
            elif dep == "prep" and (low in ("against", "on") or (low == "of" and any(lex.is_a(d.cls, s) for s in _OF_TARGET_CLASSES))):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        self._object(d, pobj)
        if agent_role not in d.roles and n.dep_ == "pobj" and n.head.lemma_.lower() in ("of", "for"):
            accused = n.head.head  # "accused the RSF of ethnic cleansing"
            verb = accused.head if accused.dep_ == "dobj" else accused
            gov = self.owner.get(verb.i)
            if gov is not None and self.lex.is_a(gov.cls, "Accusation") and accused.dep_ == "dobj":
                d.add(agent_role, self._actor_roles(self.actors(accused)))
        if d.support is None and d.governor is not None and agent_role not in d.roles:
            # "Azerbaijan announced a new offensive": the announcer is the agent
            d.add(agent_role, d.governor.roles.get("speaker", []))
        if agent_role not in d.roles and n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("VERB",) and d.channel_event is None:
            # "In a call with Aliyev, Blinken urged": the clause's subject takes part in the call
            clause = n.head.head
            if any(lex.is_a(d.cls, s) for s in ("Consultation",)) and n.head.lemma_.lower() in ("in", "during"):
                subj = subject_of(clause)
                if subj is not None:
                    d.add("participant", self._actor_roles(self.actors(subj)))

    def _speech_roles(self, d: _Draft) -> None:
        f = d.frame
        assert f is not None
        speakers: list[str] = []
        if f.speaker is not None:
            speakers = self.actors(f.speaker)
        if not speakers and f.issuer is not None:
            speakers = self.actors(f.issuer)
        if not speakers and d.noun is not None:
            for c in d.noun.children:
                if c.dep_ == "poss":
                    speakers = self.actors(c)
        if speakers:
            d.add("speaker", self._actor_roles(speakers))
            d.direct.add("actor")
        target_objects = any(self.lex.is_a(d.cls, c) for c in _TARGET_OBJECT_CLASSES)
        for a in f.addressees:
            keys = [k for k in self.actors(a) if k not in d.roles.get("speaker", ())]
            if keys:
                d.add("target" if target_objects else "addressee", self._actor_roles(keys))

    def _mediators(self, d: _Draft) -> None:
        lex = self.lex
        n = d.noun
        if n is None:
            return
        for c in n.children:
            if c.lemma_.lower() not in lex.mediation_verbs:
                continue
            if c.dep_ == "amod":  # "a Russia-brokered cease-fire"
                for g in c.children:
                    if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i:
                        d.add("mediator", self._actor_roles(self.actors(g)))
            elif c.dep_ == "acl":  # "negotiations brokered by the EU, U.S. and Russia"
                for agent in c.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                d.add("mediator", self._actor_roles(self.actors(pobj)))
        if n.dep_ == "dobj" and n.head.lemma_.lower() in lex.mediation_verbs:  # "Russia brokered a truce"
            subj = subject_of(n.head)
            if subj is not None:
                d.add("mediator", self._actor_roles(self.actors(subj)))
        if n.dep_ == "nsubjpass" and n.head.lemma_.lower() in lex.mediation_verbs:  # "talks were brokered by the EU"
            by = subject_of(n.head)
            if by is not None and by != n:
                d.add("mediator", self._actor_roles(self.actors(by)))
        if "mediator" in d.roles:
            d.direct.add("actor")

    def _place_in(self, token: "Token") -> str | None:
        """The first place named in a phrase, nearest to its head first; else the place a
        definite description stands for ("toward the region": the region mentioned last)."""
        layer, seen = [token], 0
        while layer and seen < 4:
            nxt = []
            for t in layer:
                m = self.mention_at.get(t.i)
                if m is not None and self._kind(m.entity) in ("place", "state"):
                    return m.entity
                nxt += [c for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp", "advcl", "appos")]
            layer, seen = nxt, seen + 1
        return self._anaphor(token, PLACE_ANAPHORS)

    def _anaphor(self, token: "Token", table: dict[str, frozenset[str]]) -> str | None:
        """"the region" → the last region mentioned before it in the article, if any;
        ``table``: the nouns, and the most specific types of what each stands for."""
        types = table.get(token.lemma_.lower())
        if types is None or token.tag_ not in ("NN", "NNP") or token.i in self.mention_at:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ in ("amod", "compound", "prep", "nmod") for c in token.children):
            return None  # "the northern region", "the region of Kherson": not a plain anaphor
        for i in range(token.i - 1, -1, -1):
            m = self.mention_at.get(i)
            if m is None:
                continue
            e = self.entities.get(m.entity)
            if e is not None and e.kind == "place" and e.types and e.types[0] in types:  # most specific type
                return m.entity
        return None

    def _place(self, d: _Draft) -> None:
        if d.place is not None:
            return
        preps = self.lex.place_prepositions
        actors = d.actors()
        anchors = d.anchors()
        if d.trigger.verb is None and d.noun is not None and self.lex.is_a(d.cls, "TroopMovement"):
            # "convoys heading toward the region", "troops moving into Kharkiv": the movement's
            # direction hangs on the participle that describes the moving noun
            anchors += [c for c in d.noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        for a in anchors:
            for c in a.children:
                if c.dep_ not in ("prep", "conj", "dative") or c.lemma_.lower() not in preps:
                    continue
                if c.lemma_.lower() == "over" and not self.lex.is_a(d.cls, "MilitaryAction"):
                    continue
                for pobj in c.children:
                    if pobj.dep_ not in ("pobj", "pcomp"):
                        continue
                    if pobj.ent_type_ in ("DATE", "TIME") or self.owner.get(pobj.i) not in (None, d):
                        continue
                    place = self._place_in(pobj)
                    if place is not None and place not in actors:
                        d.place = place
                        d.direct.add("place")
                        return

    def _count(self, d: _Draft) -> int | None:
        candidates = [d.head] + [c for a in d.anchors() for c in a.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
        for t in candidates:
            for c in t.children:
                if c.dep_ == "nummod" or (c.dep_ == "prep" and c.lemma_.lower() in ("to", "at")):
                    num = c if c.dep_ == "nummod" else next((g for g in c.children if g.like_num), None)
                    if num is not None:
                        value = _number(num.text)
                        if value is not None:
                            return value
        return None

    # ------------------------------------------------------------------ modality

    def _cue(self, word: str) -> str | None:
        return self.lex.cues.get(word.lower())

    def _own_cues(self, token: "Token", cues: list[str]) -> None:
        for c in token.children:
            if c.dep_ in _CUE_CHILD_DEPS or (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "amod" and token.pos_ == "NOUN"):
                if c.dep_ == "prep" and c.lower_ != "without":
                    continue
                cue = self._cue(c.lower_) or (self._cue(c.lemma_) if c.dep_ != "aux" or c.lemma_ != "will" else "planned")
                if cue and c.dep_ == "aux" and c.lower_ == "would" and self._backshift:
                    cue = "planned"  # "said Israel would launch": the future of reported speech
                if cue:
                    cues.append(cue)

    def _modality_cues(self, d: _Draft) -> list[str]:
        lex = self.lex
        cues: list[str] = []
        dated = bool(d.times) and d.noun is not None and d.trigger.verb is None and d.support is None
        start = d.noun if d.trigger.verb is None and d.support is None else (d.trigger.verb or d.support)
        assert start is not None
        self._own_cues(start, cues)
        if d.support is not None:
            c = self._cue(d.support.lemma_)
            if c:
                cues.append(c)
        tok = start
        if start.pos_ in ("NOUN", "PROPN"):
            if dated:
                return cues
            for _ in range(6):
                h = tok.head
                if h == tok:
                    return cues
                if tok.dep_ in ("nsubj", "nsubjpass") and h.pos_ in ("VERB", "AUX"):
                    if h.lemma_.lower() in lex.support_verbs or h.lemma_.lower() in lex.result_verbs:
                        self._own_cues(h, cues)
                        tok = h
                        break
                    # "if talks fail", "talks will resume": the verb's auxiliaries, not its
                    # meaning; then on up the clause ("photos show convoys heading ...")
                    self._own_cues(h, cues)
                    tok = h
                    break
                if h.dep_ == "prep" or h.pos_ == "ADP":
                    if h.lower_ == "without":
                        cues.append("negated")
                    h = h.head
                    if h == tok.head:
                        break
                lemma = h.lemma_.lower()
                cue = self._cue(lemma)
                if cue:
                    cues.append(cue)
                    self._own_cues(h, cues)
                    tok = h
                    if h.pos_ in ("VERB", "AUX"):
                        break
                    continue
                if h.pos_ in ("VERB", "AUX") and (lemma in lex.support_verbs or lemma in lex.result_verbs):
                    self._own_cues(h, cues)
                    tok = h
                    break
                if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "dobj" and h.head.lemma_.lower() in lex.result_verbs:
                    self._own_cues(h.head, cues)  # "could turn the dispute into all-out war"
                    tok = h.head
                    break
                return cues
        # up the clause from a verb
        for _ in range(6):
            dep, h = tok.dep_, tok.head
            if h == tok:
                break
            to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            if dep == "xcomp" or (dep in ("advcl", "acl") and to_inf):
                if dep == "acl" and h.lemma_.lower() in _PURPOSE_NOUNS:  # "in order to ensure"
                    cues.append("planned")
                    up = h.head.head if h.head.dep_ == "prep" else None
                    if up is None:
                        break
                    self._own_cues(up, cues)
                    tok = up
                    continue
                cue = self._cue(h.lemma_)
                gov = self.owner.get(h.i)
                if cue:
                    cues.append(cue)
                elif gov is not None and any(lex.is_a(gov.cls, a) for a in _APPEAL_CLASSES):
                    cues.append("hypothetical")
                else:
                    cues.append("planned")
                self._own_cues(h, cues)
                tok = h
                continue
            if dep == "conj" and h.pos_ in ("VERB", "AUX"):
                self._own_cues(h, cues)
                tok = h
                continue
            if dep == "ccomp" and self._cue(h.lemma_) and h.i not in self.owner:
                cues.append(self._cue(h.lemma_))  # "photos show ...", "fears that ..."
                self._own_cues(h, cues)
                tok = h
                continue
            break
        return cues

    def _modalities(self) -> None:
        quotes = self.quotes
        for d in self.drafts:
            inner = self._attribution(d)
            verb = (inner.trigger.verb or inner.head) if inner is not None else None
            self._backshift = (
                verb is not None and verb.tag_ == "VBD" and not any(a <= d.head.idx < b for a, b in quotes)
            )
            cues = self._modality_cues(d)
            modality = None
            for cue in cues:
                if modality is None or modality == "reported":
                    modality = cue
                elif modality == "planned" and cue in ("hypothetical", "negated"):
                    modality = cue
                elif modality == "hypothetical" and cue == "negated":
                    modality = cue  # "would never negotiate"
            d.attributed_to = inner
            if inner is not None and self.lex.is_a(inner.cls, "Denial") and modality in (None, "reported"):
                modality = "negated"  # what is denied is said not to have happened
            if inner is not None and self.lex.is_a(inner.cls, "Appeal") and modality in (None, "reported"):
                modality = "hypothetical"  # what is called for has not happened
            if modality is None:
                modality = "reported" if inner is not None else "asserted"
            d.modality = modality

    def _attribution(self, d: _Draft) -> _Draft | None:
        best: _Draft | None = None
        for other in self.drafts:
            if other is d or other.frame is None or other is d.channel_event:
                continue
            if other.frame.covers(d.head) or (d.noun is not None and other.frame.covers(d.noun)):
                if d.frame is not None and d.frame.covers(other.head):
                    continue
                if d.frame is not None and d.roles.get("speaker") and d.roles.get("speaker") == other.roles.get("speaker"):
                    continue  # "emphasized ..., while also pressing ...": one speaker's acts
                if best is None or other.frame.size() < best.frame.size():
                    best = other
        if best is None and d.governor is not None:
            best = d.governor
        return best

    # ------------------------------------------------------------------ time

    def _times(self) -> None:
        pub = self.article.published
        exprs = find_time_expressions(self.text)
        by_sentence: dict[int, list[TimeExpression]] = {}
        pending: list[tuple[_Draft, TimeExpression, Token]] = []
        for e in exprs:
            span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            by_sentence.setdefault(self.sent_of[root.i], []).append(e)
            before = self.doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.lower_ in ("since", "until", "till"):
                continue  # a bound of a period ("the largest since 2022"), not when it happened
            owner = None
            t = root
            for _ in range(8):
                if t.i in self.owner and t.i not in {x.i for x in span}:
                    owner = self.owner[t.i]
                    break
                if t.head == t:
                    break
                t = t.head
            if owner is None:
                continue
            owner.times.append(e)
            if e.needs_anchor:
                pending.append((owner, e, root))
        finer = {"day": 0, "month": 1, "year": 2}
        for d in self.drafts:  # the most precise of the expressions on the clause ("In 2020, on September 27")
            hints = [x.explicit_year for x in by_sentence.get(self.sent_of[d.head.i], []) if x.explicit_year]
            values = [
                v for e in d.times if not e.needs_anchor
                if (v := e.resolve(pub, future=d.modality == "planned", year_hint=hints[0] if hints else None)) is not None
            ]
            if values:
                d.time = min(values, key=lambda v: finer[v.precision])
        for d in self.drafts:  # a statement made in a call / its content said there and then
            if d.time is None and d.channel_event is not None and d.channel_event.time is not None:
                d.time = d.channel_event.time
        for d in self.drafts:
            if d.time is None and d.frame is not None and d.trigger.verb is not None and d.head.dep_ == "conj":
                head = self.owner.get(d.head.head.i)
                if head is not None and head.frame is not None and head.time is not None:
                    d.time = head.time
        for d in self.drafts:  # "urged ... and emphasized ..., while also pressing ...": one occasion
            if d.time is None and d.frame is not None and d.roles.get("speaker"):
                same = [o for o in self.drafts if o is not d and o.frame is not None and o.time is not None
                        and self.sent_of[o.head.i] == self.sent_of[d.head.i] and o.roles.get("speaker") == d.roles["speaker"]]
                if same:
                    d.time = same[0].time
        for d in self.drafts:
            g = d.governor or d.attributed_to
            if d.time is not None or g is None or g.time is None:
                continue
            if d.governor is not None or self._same_time_as_speech(d):
                d.time = g.time
        self._pending_shifts = pending

    def _same_time_as_speech(self, d: _Draft) -> bool:
        """Content told in the present or progressive happens when it is said ("officials
        said they were launching ...", "... are incapacitated, it said")."""
        verb = d.trigger.verb or d.support
        if verb is None:
            return False
        if verb.tag_ in ("VBZ", "VBP"):
            return True
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
            return True
        return verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes)

    def _resolve_shifts(self) -> None:
        pub = self.article.published
        for d, e, root in getattr(self, "_pending_shifts", []):
            if d.time is not None:
                continue
            anchor = None
            after = next((t for t in self.doc.char_span(e.start, e.end, alignment_mode="expand") if t.lower_ in ("after", "before")), None)
            if after is not None:
                for t in after.subtree:
                    o = self.owner.get(t.i)
                    if o is not None and o is not d and o.time is not None:
                        anchor = o.time
                        break
            if anchor is None:
                earlier = [o for o in self.drafts if o.head.i < d.head.i and o.time is not None and o.time.precision == "day"]
                anchor = earlier[-1].time if earlier else None
            if anchor is not None:
                d.time = e.resolve(pub, anchor=anchor)

    # ------------------------------------------------------------------ coreference

    def _conflict(self, a: _Draft, b: _Draft) -> bool:
        for role in ("agent", "speaker"):
            x, y = set(a.roles.get(role, ())), set(b.roles.get(role, ()))
            if x and y and not x & y:
                kinds_x = {self._kind(k) for k in x}
                kinds_y = {self._kind(k) for k in y}
                if kinds_x & kinds_y:
                    return True
        if a.time and b.time and not (a.time.value.startswith(b.time.value) or b.time.value.startswith(a.time.value)):
            return True
        return False

    def _contains(self, a: _Draft, b: _Draft) -> bool:
        """Whether ``b`` is mentioned inside ``a``'s own clause (so cannot be ``a``)."""
        inner = b.noun or b.head
        return any(anc == a.head or (a.support is not None and anc == a.support) for anc in inner.ancestors)

    def _definite(self, n: "Token") -> bool:
        return any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE) or (c.dep_ == "poss")
            for c in n.children
        )

    def _coreference(self) -> None:
        lex = self.lex
        parent = list(range(len(self.drafts)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        order = sorted(range(len(self.drafts)), key=lambda i: self.drafts[i].head.i)
        pos = {i: k for k, i in enumerate(order)}
        realis = {i: self.drafts[i].modality not in ("hypothetical", "negated") for i in order}
        index_of = {id(d): i for i, d in enumerate(self.drafts)}
        for k, j in enumerate(order):
            b = self.drafts[j]
            if lex.is_communication(b.cls) or not realis[j]:
                continue
            earlier = [i for i in order[:k] if realis[i] and not lex.is_communication(self.drafts[i].cls)]
            n = b.noun
            # apposition: "a new offensive ..., a major escalation"
            if n is not None:
                other = None
                if n.dep_ == "appos":  # to the event, or to a name inside its clause
                    other = next((self.owner[a.i] for a in n.ancestors if a.i in self.owner and self.owner[a.i] is not b), None)
                elif n.dep_ in ("dobj", "attr"):
                    sib = [c for c in n.head.children if c.dep_ == n.dep_ and c.i < n.i]
                    if sib and any(t.text == "," for t in self.doc[sib[-1].i:n.i]) and not any(t.dep_ == "cc" for t in self.doc[sib[-1].i:n.i]):
                        other = self.owner.get(sib[-1].i)
                if other is not None and other is not b and lex.compatible(other.cls, b.cls):
                    union(index_of[id(other)], j)
                    continue
            # a definite mention refers back: "the dramatic escalation", "the 2020 war"
            if n is not None and self._definite(n):
                for i in reversed(earlier):
                    a = self.drafts[i]
                    if self._contains(a, b):
                        continue  # "bombed Gaza City 24 hours after the attack": another attack
                    if lex.compatible(a.cls, b.cls) and not self._conflict(a, b):
                        union(i, j)
                        break
                continue
            # the same kind of event on the same day, by compatible actors
            for i in reversed(earlier):
                a = self.drafts[i]
                if a.time and b.time and a.time.precision == "day" and a.time.value == b.time.value and lex.compatible(a.cls, b.cls) and not self._conflict(a, b) and not self._contains(a, b):
                    union(i, j)
                    break
            else:
                # a bare repetition of a word ("months of negotiations ... months of negotiations")
                if n is not None and n.tag_ in ("NNS", "NNPS") and not b.roles and b.place is None:
                    for i in earlier:
                        a = self.drafts[i]
                        if a.noun is not None and a.noun.lemma_ == n.lemma_ and a.cls == b.cls:
                            union(i, j)
                            break
        # bare mentions before a fuller one of the same word ("fruitless negotiations ...
        # negotiations brokered by the EU")
        for k, j in enumerate(order):
            b = self.drafts[j]
            if b.noun is None or b.noun.tag_ not in ("NNS", "NNPS") or b.roles or b.place or not realis[j] or lex.is_communication(b.cls) or find(j) != j:
                continue
            if any(find(x) == j for x in order if x != j):
                continue
            for i in order[k + 1:]:
                a = self.drafts[i]
                if a.noun is not None and a.noun.lemma_ == b.noun.lemma_ and a.cls == b.cls and realis[i]:
                    union(i, j)
                    break
        # statements: the same speaker again in the next sentence ("... ,” he said.")
        comm = [i for i in order if lex.is_communication(self.drafts[i].cls)]
        for x, j in enumerate(comm):
            b = self.drafts[j]
            if b.frame is None or b.frame.channel or b.times or not b.roles.get("speaker"):
                continue
            for i in reversed(comm[:x]):
                a = self.drafts[i]
                if a.cls != b.cls and not lex.compatible(a.cls, b.cls):
                    continue
                gap = self.sent_of[b.head.i] - self.sent_of[a.head.i]
                if gap > 1:
                    break
                if gap == 1 and set(a.roles.get("speaker", ())) == set(b.roles["speaker"]):
                    union(i, j)
                    break
        clusters: dict[int, list[int]] = {}
        for i in order:
            clusters.setdefault(find(i), []).append(i)
        for root, members in clusters.items():
            for i in members:
                self.drafts[i].cluster = root
            if len(members) > 1:
                self._share([self.drafts[i] for i in members])
        for d in self.drafts:  # "The offensive killed 27 civilians": the offensive's agents and place
            if d.cause is not None:
                if "agent" not in d.roles:
                    d.add("agent", d.cause.roles.get("agent", []))
                if d.place is None:
                    d.place = d.cause.place
                if d.time is None:
                    d.time = d.cause.time
        self._resolve_shifts()
        for root, members in clusters.items():
            if len(members) > 1:
                dated = [self.drafts[i].time for i in members if self.drafts[i].time is not None]
                for i in members:
                    if self.drafts[i].time is None and dated:
                        self.drafts[i].time = dated[0]

    def _share(self, members: list[_Draft]) -> None:
        """Coreferent mentions of one event share its actors, place and time."""
        roles: dict[str, list[str]] = {}
        for m in members:
            for role, keys in m.roles.items():
                bucket = roles.setdefault(role, [])
                bucket += [k for k in keys if k not in bucket]
        place = next((m.place for m in members if m.place), None)
        time = next((m.time for m in members if m.time is not None), None)
        for m in members:
            for role, keys in roles.items():
                if role not in m.roles:
                    m.add(role, keys)
            if m.place is None:
                m.place = place
            if m.time is None:
                m.time = time

    # ------------------------------------------------------------------ output

    def _confidence(self, d: _Draft) -> float:
        base = {"verb": 0.7, "noun": 0.6, "phrase": 0.75}[d.trigger.kind]
        if d.support is not None or d.trigger.verb is not None and d.noun is not None:
            base = 0.8
        base += 0.1 * ("actor" in d.direct) + 0.05 * ("place" in d.direct) + 0.05 * bool(d.times)
        return round(min(base, 0.95), 2)

    def _emit(self) -> list[Event]:
        drafts = sorted(self.drafts, key=lambda d: (d.trigger.start, d.trigger.end))
        for k, d in enumerate(drafts, 1):
            d.id = f"e{k}"
        by_cluster: dict[int, list[_Draft]] = {}
        for d in drafts:
            by_cluster.setdefault(d.cluster, []).append(d)
        events: list[Event] = []
        for d in drafts:
            start, end = d.trigger.start, d.trigger.end
            sent = self.sents[self.sent_of[d.head.i]]  # a Span; its offsets only
            participants = [Participant(role, key) for role, keys in d.roles.items() for key in keys if key in self.entities]
            quote = None
            if d.frame is not None:
                q = best_quote(d.frame, self.text)
                if q is not None:
                    quote = Span(q[0], q[1], self.text[q[0]:q[1]])
            same = [o.id for o in by_cluster.get(d.cluster, []) if o is not d] if d.cluster >= 0 else []
            events.append(Event(
                id=d.id,
                type=d.cls,
                trigger=Span(start, end, self.text[start:end]),
                sentence=Span(sent.start_char, sent.end_char, self.text[sent.start_char:sent.end_char]),
                participants=participants,
                place=d.place if d.place in self.entities else None,
                time=d.time,
                modality=d.modality,
                confidence=self._confidence(d),
                quote=quote,
                channel=d.frame.channel if d.frame is not None else None,
                attributed_to=d.attributed_to.id if d.attributed_to is not None and d.attributed_to.id else None,
                count=d.count,
                same_as=same,
            ))
        return events


def _number(text: str) -> int | None:
    t = text.replace(",", "").lower()
    if t.isdigit():
        return int(t)
    return _NUMBER_WORDS.get(t)


def extract_events(doc: "Doc", article: Article, entities: dict[str, Entity], mentions: list[Mention]) -> list[Event]:
    """Events told in ``doc``, with their participants, place, time and modality.

    Parameters
    ----------
    doc : Doc
        The parsed article (kg's pipeline: parser, NER and the KB ruler).
    article : Article
        The article; its publication date anchors "on Tuesday", "last week"...
    entities, mentions : dict, list
        What :func:`~kg.extract.entities.extract_entities` found. Actors and places of
        events are these entities; an actor only the knowledge base names (the country of
        "Azerbaijani forces", the state a capital stands for) is added to ``entities``.

    Returns
    -------
    list of Event
        In text order, ids ``e1``, ``e2``...

    Examples
    --------
    >>> from kg.config import Settings
    >>> from kg.extract import extract_doc
    >>> from kg.ingest.article import Article
    >>> from kg.nlp import build_pipeline
    >>> from datetime import date
    >>> nlp = build_pipeline(Settings())
    >>> text = "Russian forces shelled Kharkiv on Monday, Ukraine said."
    >>> ex = extract_doc(nlp(text), Article.create(text, published=date(2024, 5, 15)))
    >>> [(e.type, e.time.value, e.modality) for e in ex.events if e.type == "Shelling"]
    [('Shelling', '2024-05-13', 'reported')]
    """
    return _Reader(doc, article, entities, mentions).run()
