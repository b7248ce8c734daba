"""The event lexicon, read from the ontology: the classes of ``ontology/events.ttl`` and
the words that trigger them.

No trigger word lives in code: each event class in the ontology carries its verbal and
nominal triggers (``kgo:verbTrigger``, ``kgo:nounTrigger``), ``kgo:Event`` the light verbs
(``kgo:supportVerb``, ``kgo:resultVerb``, ``kgo:mediationVerb``), the modality individuals
their cue words (``kgo:modalityCue``), and so on. :func:`load_lexicon` reads them once per
process into an :class:`EventLexicon`.

>>> lex = load_lexicon()
>>> lex.is_a("Ceasefire", "Agreement")
True
>>> [p.cls for p in lex.nouns_for("ceasefire")]
['Ceasefire']
>>> lex.cues["could"]
'hypothetical'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["EventClass", "Sense", "VerbPattern", "NounPattern", "EventLexicon", "load_lexicon", "fold"]

_EVENTS_FILE = "events.ttl"
#: more classes and triggers beside events.ttl (``events-crises.ttl``): read into the same graph
_MORE_EVENTS = "events-*.ttl"
_BRACKETED = re.compile(r"^\[(.+)\]$")
_SENSE = re.compile(r"^\{(.+)\}$")


_FOLDED = re.compile(r"[\s\-‐‑–—]+")


@functools.lru_cache(maxsize=65536)  # asked of every verb and noun of every article
def fold(word: str) -> str:
    """A lexicon key: lower case, without spaces, hyphens, dashes or accents, with one
    apostrophe (``cease-fire`` = ``ceasefire``, ``coup d’état`` = ``coup d'etat``).

    >>> fold("Cease-fire  Agreement"), fold("coup d’état")
    ('ceasefireagreement', "coupd'etat")
    """
    word = _FOLDED.sub("", word.lower()).replace("\u2019", "'")
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class EventClass:
    """One event class of the taxonomy: its local name, label and superclasses (kgo only)."""

    name: str
    label: str
    parents: tuple[str, ...]
    ancestors: frozenset[str]  # the class itself and every kgo superclass


@dataclass(frozen=True)
class Sense:
    """What an object may be for a trigger written with ``{Sense}``: nouns, or names of NER types."""

    name: str
    nouns: frozenset[str]
    entity_types: frozenset[str] = frozenset()


@dataclass(frozen=True)
class VerbPattern:
    """``take control of``: the verb ``take`` with ``control`` and ``of`` among its dependents;
    ``seize {Vessel|Materiel}``: the verb ``seize`` whose object is a vessel or materiel."""

    cls: str
    verb: str
    dependents: tuple[str, ...]
    text: str
    senses: tuple[str, ...] = ()


@dataclass(frozen=True)
class NounPattern:
    """``air raid siren``: head ``siren`` after the modifiers ``air raid``; ``call [with]``
    needs a ``with`` dependent."""

    cls: str
    key: str  # fold() of modifiers + head
    words: int  # how many plain words (modifiers + head)
    required: tuple[str, ...]
    text: str
    senses: tuple[str, ...] = ()  # the "of" object must be of one of these senses


@dataclass
class EventLexicon:
    """Everything the event extractor knows about words, from the ontology."""

    classes: dict[str, EventClass]
    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)  # verb lemma -> patterns
    nouns: dict[str, list[NounPattern]] = field(default_factory=dict)  # folded key -> patterns
    support_verbs: frozenset[str] = frozenset()
    result_verbs: frozenset[str] = frozenset()
    mediation_verbs: frozenset[str] = frozenset()
    cues: dict[str, str] = field(default_factory=dict)  # word -> modality
    channel_nouns: frozenset[str] = frozenset()
    actor_nouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    max_noun_words: int = 1
    noun_heads: frozenset[str] = frozenset()  # the last word of every nominal trigger
    senses: dict[str, Sense] = field(default_factory=dict)
    instruments: dict[str, str] = field(default_factory=dict)  # noun lemma -> attack class
    outcome_cues: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    agent_verbs: frozenset[str] = frozenset()
    agent_preps: dict[str, str] = field(default_factory=dict)  # "attribute" -> "to"
    number_words: dict[str, int] = field(default_factory=dict)
    count_units: dict[str, dict[str, str]] = field(default_factory=dict)  # class (inherited) -> lemma ("" any) -> unit
    frames: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> kgo:argumentFrame, inherited
    place_anaphors: dict[str, frozenset[str]] = field(default_factory=dict)  # "region" -> {"AdministrativeArea"}
    actor_anaphors: dict[str, frozenset[str]] = field(default_factory=dict)  # "country" -> {"Country"}

    def is_a(self, cls: str, ancestor: str) -> bool:
        """Whether ``cls`` is ``ancestor`` or one of its subclasses."""
        c = self.classes.get(cls)
        return c is not None and ancestor in c.ancestors

    def is_any(self, cls: str, ancestors: "Iterable[str]") -> bool:
        """Whether ``cls`` is one of ``ancestors`` or a subclass of one: ``any(is_a(cls, a) for
        a in ancestors)`` in one test (asked of every event for the classes of a lexicon list)."""
        c = self.classes.get(cls)
        return c is not None and not c.ancestors.isdisjoint(ancestors)

    def compatible(self, a: str, b: str) -> bool:
        """Whether two mentions typed ``a`` and ``b`` may name one event (one subsumes the other)."""
        return self.is_a(a, b) or self.is_a(b, a)

    def has_frame(self, cls: str, frame: str) -> bool:
        """Whether events of ``cls`` read their arguments by ``frame`` (kgo:argumentFrame of
        the class or a superclass): ``has_frame("Shelling", "victim")``."""
        return frame in self.frames.get(cls, frozenset())

    def is_communication(self, cls: str) -> bool:
        """Speech acts: what they say is attributed content."""
        c = self.classes.get(cls)  # is_a(cls, "Communication"), one call less: asked ~250 times an article
        return c is not None and "Communication" in c.ancestors

    def more_specific(self, a: str, b: str) -> str:
        """The more specific of two compatible classes (``a`` when neither subsumes the other)."""
        return b if self.is_a(b, a) and not self.is_a(a, b) else a

    def verbs_for(self, lemma: str) -> list[VerbPattern]:
        return self.verbs.get(lemma.lower(), [])

    def nouns_for(self, key: str) -> list[NounPattern]:
        return self.nouns.get(fold(key), [])


def _senses(words: list[str]) -> tuple[str, ...]:
    return tuple(name for w in words if (m := _SENSE.match(w)) for name in m.group(1).split("|"))


def _parse_noun(cls: str, text: str) -> NounPattern:
    words = [w for w in text.split() if not _SENSE.match(w)]
    required = tuple(m.group(1).lower() for w in words if (m := _BRACKETED.match(w)))
    plain = [w for w in words if not _BRACKETED.match(w)]
    if not plain:
        raise ConfigError(f"kgo:{cls} has a nominal trigger {text!r} without a head noun; fix ontology/{_EVENTS_FILE}")
    return NounPattern(cls=cls, key=fold("".join(plain)), words=len(plain), required=required, text=text, senses=_senses(text.split()))


def _parse_verb(cls: str, text: str) -> VerbPattern:
    words = [w for w in text.split() if not _SENSE.match(w)]
    return VerbPattern(cls=cls, verb=words[0].lower(), dependents=tuple(w.lower() for w in words[1:]), text=text, senses=_senses(text.split()))


@functools.lru_cache(maxsize=4)
def load_lexicon(ontology: Path | None = None) -> EventLexicon:
    """Read the event taxonomy and its lexicon from ``ontology/events.ttl`` (cached), and
    from every ``ontology/events-*.ttl`` beside it: a file there may add classes, or
    triggers and sense nouns to the classes of events.ttl.

    Parameters
    ----------
    ontology : Path, optional
        A folder holding ``events.ttl``; the ontology shipped with kg by default.

    Raises
    ------
    ConfigError
        If ``events.ttl`` is missing or a trigger is malformed.
    """
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from ..resources import ontology_dir
    from ..vocab import KGO_IRI

    folder = Path(ontology) if ontology is not None else ontology_dir()
    path = folder / _EVENTS_FILE
    if not path.is_file():
        raise ConfigError(f"{path}: the event taxonomy is missing; reinstall kg or restore ontology/{_EVENTS_FILE}")
    g = Graph()
    g.parse(path, format="turtle")
    for more in sorted(folder.glob(_MORE_EVENTS)):
        g.parse(more, format="turtle")
    kg_ttl = folder / "kg.ttl"
    if kg_ttl.is_file():
        g.parse(kg_ttl, format="turtle")

    def local(term: object) -> str | None:
        s = str(term)
        return s[len(KGO_IRI):] if isinstance(term, URIRef) and s.startswith(KGO_IRI) else None

    def strings(subject: URIRef, prop: str) -> list[str]:
        return sorted(str(o) for o in g.objects(subject, URIRef(KGO_IRI + prop)) if isinstance(o, Literal))

    event = URIRef(KGO_IRI + "Event")
    members: set[URIRef] = set()
    todo = [event]
    while todo:
        c = todo.pop()
        if c in members:
            continue
        members.add(c)
        todo.extend(s for s in g.subjects(RDFS.subClassOf, c) if isinstance(s, URIRef))

    parents: dict[str, tuple[str, ...]] = {}
    labels: dict[str, str] = {}
    for c in members:
        name = local(c)
        if name is None:
            continue
        parents[name] = tuple(sorted(p for o in g.objects(c, RDFS.subClassOf) if (p := local(o)) and URIRef(KGO_IRI + p) in members))
        labels[name] = str(next(iter(g.objects(c, RDFS.label)), name))

    def ancestors(name: str) -> frozenset[str]:
        out, stack = set(), [name]
        while stack:
            n = stack.pop()
            if n not in out:
                out.add(n)
                stack.extend(parents.get(n, ()))
        return frozenset(out)

    classes = {n: EventClass(n, labels[n], parents[n], ancestors(n)) for n in parents}
    lex = EventLexicon(classes=classes)
    for name in sorted(classes):
        subject = URIRef(KGO_IRI + name)
        for text in strings(subject, "verbTrigger"):
            p = _parse_verb(name, text)
            lex.verbs.setdefault(p.verb, []).append(p)
        for text in strings(subject, "nounTrigger"):
            p = _parse_noun(name, text)
            bucket = lex.nouns.setdefault(p.key, [])
            if not any((q.cls, q.required, q.senses) == (p.cls, p.required, p.senses) for q in bucket):  # "cease fire" = "ceasefire"
                bucket.append(p)
            lex.max_noun_words = max(lex.max_noun_words, p.words)
    heads = set()
    for name in sorted(classes):
        for text in strings(URIRef(KGO_IRI + name), "nounTrigger"):
            plain = [w for w in text.lower().split() if not _BRACKETED.match(w) and not _SENSE.match(w)]
            heads.add(plain[-1])
            heads.add(fold("".join(plain)))  # "cease fire" is also written "ceasefire"
    lex.noun_heads = frozenset(heads)
    for patterns in lex.verbs.values():  # the most specific first: more dependents, a sense, a deeper class
        patterns.sort(key=lambda p: (-len(p.dependents), not p.senses, -len(classes[p.cls].ancestors)))
    for bucket in lex.nouns.values():  # a sense, then a required dependent, before the bare word
        bucket.sort(key=lambda p: (not p.senses, not p.required))
    for concept in g.subjects(URIRef(KGO_IRI + "senseNoun"), None):
        name = local(concept)
        if name and name not in lex.senses:
            lex.senses[name] = Sense(name, frozenset(fold(w) for w in strings(concept, "senseNoun")),
                                     frozenset(strings(concept, "senseEntity")))
    used = {s for ps in lex.verbs.values() for p in ps for s in p.senses} | {s for ps in lex.nouns.values() for p in ps for s in p.senses}
    if used - set(lex.senses):
        raise ConfigError(f"{path}: triggers use undefined senses {sorted(used - set(lex.senses))}; define them with kgo:senseNoun")
    for name in sorted(classes, key=lambda n: len(classes[n].ancestors)):  # the most specific class wins
        for word in strings(URIRef(KGO_IRI + name), "instrumentNoun"):
            lex.instruments[fold(word)] = name
    lex.outcome_cues = frozenset(w.lower() for w in strings(event, "outcomeCue"))
    lex.purpose_nouns = frozenset(w.lower() for w in strings(event, "purposeNoun"))
    for text in strings(event, "agentVerb"):
        verb, _, prep = text.lower().partition(" ")
        if prep:
            lex.agent_preps[verb] = prep
    lex.agent_verbs = frozenset(w.lower() for w in strings(event, "agentVerb") if " " not in w)
    for name in classes:
        for text in strings(URIRef(KGO_IRI + name), "countedAs"):
            words = text.lower().split()
            lemma, unit = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", words[0])
            lex.count_units.setdefault(name, {})[fold(lemma)] = unit
    for table, subject in ((lex.place_anaphors, "eventPlace"), (lex.actor_anaphors, "Actor")):
        pairs: dict[str, set[str]] = {}
        for text in strings(URIRef(KGO_IRI + subject), "anaphorNoun"):
            noun, _, kind = text.rpartition(" ")
            pairs.setdefault(noun.lower(), set()).add(kind)
        table.update({noun: frozenset(kinds) for noun, kinds in pairs.items()})
    own_units = dict(lex.count_units)  # a class without its own units counts as its nearest ancestor
    for name, c in classes.items():
        nearest = sorted((a for a in c.ancestors if a in own_units), key=lambda a: -len(classes[a].ancestors))
        if nearest:
            lex.count_units[name] = own_units[nearest[0]]
    own = {name: set(strings(URIRef(KGO_IRI + name), "argumentFrame")) for name in classes}
    lex.frames = {name: frozenset(f for a in c.ancestors for f in own.get(a, ())) for name, c in classes.items()}
    for pair in strings(URIRef(KGO_IRI + "count"), "numberWord"):
        word, _, value = pair.rpartition(" ")
        lex.number_words[word.lower()] = int(value)
    lex.support_verbs = frozenset(strings(event, "supportVerb"))
    lex.result_verbs = frozenset(strings(event, "resultVerb"))
    lex.mediation_verbs = frozenset(strings(event, "mediationVerb"))
    lex.channel_nouns = frozenset(fold(w) for w in strings(URIRef(KGO_IRI + "Communication"), "channelNoun"))
    lex.actor_nouns = frozenset(strings(URIRef(KGO_IRI + "Actor"), "actorNoun"))
    lex.place_prepositions = frozenset(strings(URIRef(KGO_IRI + "eventPlace"), "placePreposition"))
    for individual in g.subjects(RDF.type, URIRef(KGO_IRI + "Modality")):
        modality = str(next(iter(g.objects(individual, RDFS.label)), local(individual) or "")).lower()
        for word in strings(individual, "modalityCue"):
            lex.cues[word.lower()] = modality
    if not lex.verbs or not lex.nouns:
        raise ConfigError(f"{path}: no kgo:verbTrigger / kgo:nounTrigger found; the event lexicon is empty")
    return lex
