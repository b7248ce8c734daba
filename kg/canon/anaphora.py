"""Mentions an article makes of the one event of their kind it told before them.

"A coordinated attack against civilians occurred at the concert hall in the town on 22 March
... The foreign ministry called the incident a terrorist attack. The president called the
attack a barbaric act": the later mentions state no place and no day, and the article's
coreference did not join them to the attack it told first. Read alone they are "an attack"
of nowhere and no day, which another report's attack at the hall on the 22nd shares nothing
with; yet the article told one attack only, and an article telling one event of a kind and
then "the attack" names that event. :func:`join_lone_mentions` makes them one with it, as
the article's own ``owl:sameAs`` would have (the canonical layer reads it so; nothing is
written as the event's own argument).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .limits import TOLL_CLASS
from .records import _SAID, EventRecord, is_speech_act, position

if TYPE_CHECKING:
    from ..extract.event_lexicon import EventLexicon
    from ..kb import KnowledgeBase

__all__ = ["join_lone_mentions"]


def _closure(rec: EventRecord, records: dict[str, EventRecord]) -> list[EventRecord]:
    """``rec`` and the records of its article it is one with (``owl:sameAs``, transitively)."""
    group: dict[str, EventRecord] = {}
    todo = [rec.iri]
    while todo:
        x = todo.pop()
        if x in group or x not in records or records[x].article != rec.article:
            continue
        group[x] = records[x]
        todo += sorted(records[x].same_as)
    return [group[x] for x in sorted(group, key=position)]


def plural(label: str) -> bool:
    """The trigger word ``label`` has the ending of an English plural ("attacks", "hostilities",
    "strikes"; not "crisis", "census", "address"): a mention of several events or of a kind,
    which an article's one event is not ("stop attacks on civilians", "the conduct of
    hostilities"). A present-tense verb ("attacks") looks the same, and is left too.

    >>> [plural(w) for w in ("attacks", "hostilities", "attack", "crisis", "census", "act")]
    [True, True, False, False, False, False]
    """
    word = label.strip().lower().rsplit(" ", 1)[-1]
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _kind(rec: EventRecord, lexicon: "EventLexicon") -> set[str]:
    return {c for c in rec.classes if c in lexicon.classes and c != "Event"}


def _compatible(a: set[str], b: set[str], lexicon: "EventLexicon") -> bool:
    return bool(a) and bool(b) and all(any(lexicon.compatible(x, y) for y in b) for x in a)


def _country_only(places: set[str], kb: "KnowledgeBase") -> str | None:
    """The one country (a knowledge-base key) ``places`` name, when they name that alone."""
    found = {p for p in places if (e := kb.get(p)) is not None and "Country" in e.types}
    return next(iter(found)) if len(found) == 1 and found == places else None


def _within(place: str, country: str, kb: "KnowledgeBase") -> bool:
    """``place`` is the country, or the knowledge base puts it in it."""
    e = kb.get(place)
    return place == country or (e is not None and e.country == country)


def join_lone_mentions(records: dict[str, EventRecord], past: set[str] | None = None,
                       lexicon: "EventLexicon | None" = None, kb: "KnowledgeBase | None" = None) -> None:
    """Join each lone mention to the one event of its kind its article told before it.

    A lone mention is a group of events of one article (one by its ``owl:sameAs``) said to
    have happened, not speech acts, not habitual, not set apart ("a *second* blast"), none
    named by a plural (:func:`plural`: "stop attacks on civilians"), none stating a place or
    a time (after :func:`~kg.canon.records.share_within_articles`), one of which its
    sentence tells alone: no other event said to have happened shares its
    sentence but statements and events of the past (``past``: "the deadliest attack since
    the school siege in 2004"). A sentence telling another event beside it tells a new one
    ("it came two days after a strike on the market killed 26 civilians"), not the article's
    event again. The events of its article told before it, of classes compatible with its
    own (one within the other), said to have happened, not statements nor events of the
    past, that state a place are its candidates; when the places they state are the same or
    within one another's (one set of places holding the other's: "in the town", "in the
    town, in the province"), they state at most one time, and the mention's doers (if any)
    are among theirs, they tell one event: the mention is one with it (``owl:sameAs`` both
    ways, with the earliest candidate) and takes its places and its time (and its doers
    when it names none). A toll with no toll told before it ("officials said 21 people had
    been killed") takes those of the events told before it the same way, without being
    made one with them (the dead are not the attack).

    A toll placed by a country alone is lone too when every candidate lies in that country
    (the knowledge base says so): "The members of the Council
    expressed their condolences to the families of the victims and to the Government of the
    country, and wished a speedy recovery to those who were injured", after "the attack in the
    region resulted in the deaths of at least 21 people": the country is whose government is
    named, the injured are the toll told before. Its sentence may tell other tolls beside it
    ("to the families of the officers who perished ..., and wished a recovery to those who were
    injured"): the dead and the wounded of one event.

    >>> a = EventRecord("a/event/e1", "a", classes={"Attack"}, places={"town"}, time="2024-03-22", modality="Asserted", sentence="a#char=0,50")
    >>> b = EventRecord("a/event/e2", "a", classes={"Attack"}, places={"town"}, modality="Asserted", sentence="a#char=51,99")
    >>> m = EventRecord("a/event/e3", "a", classes={"Attack"}, actors={"kb/russia"}, modality="Asserted", sentence="a#char=100,140")
    >>> join_lone_mentions({r.iri: r for r in (a, b, m)})
    >>> sorted(m.places), m.time, sorted(m.same_as), sorted(a.same_as)
    (['town'], '2024-03-22', ['a/event/e1'], ['a/event/e3'])
    """
    if lexicon is None:
        from ..extract.event_lexicon import load_lexicon

        lexicon = load_lexicon()
    past = past or set()
    if kb is None:
        from ..kb import KnowledgeBase

        kb = KnowledgeBase.default()
    by_article: dict[str, list[EventRecord]] = {}
    for r in records.values():
        by_article.setdefault(r.article, []).append(r)
    for recs in by_article.values():
        told = [r for r in recs if r.modality in _SAID and r.iri not in past and not is_speech_act(r, lexicon)]
        kinds = {r.iri: _kind(r, lexicon) for r in told}  # (each event's classes read once: a toll's candidates are read twice)
        by_sentence: dict[str, list[EventRecord]] = {}
        for r in told:
            if r.sentence:
                by_sentence.setdefault(r.sentence, []).append(r)
        done: set[str] = set()
        for r in sorted(told, key=lambda x: position(x.iri)):
            if r.iri in done:
                continue
            unit = [x for x in _closure(r, records) if x.modality in _SAID]
            done.update(x.iri for x in unit)
            members = {x.iri for x in unit}
            kind = set().union(*(kinds[x.iri] if x.iri in kinds else _kind(x, lexicon) for x in unit))
            toll = bool(kind) and all(lexicon.is_a(k, TOLL_CLASS) for k in kind)
            placed = set().union(*(x.places for x in unit))
            country = _country_only(placed, kb) if placed and toll else None
            if (not kind or (placed and country is None) or any(
                    x.time or x.habitual or x.set_apart or x.iri in past or is_speech_act(x, lexicon) or plural(x.label) for x in unit)):
                continue

            def beside(o: EventRecord) -> bool:  # (another event of its sentence: a toll beside a country's toll is one)
                return o.iri not in members and not (country is not None and all(lexicon.is_a(k, TOLL_CLASS) for k in kinds[o.iri]))
            if not any(x.sentence and not any(beside(o) for o in by_sentence.get(x.sentence, ())) for x in unit):
                continue  # told beside another event in each of its sentences: a new one
            first = position(unit[0].iri)
            before = [c for c in told if c.iri not in members and c.places and position(c.iri) < first and not c.habitual]
            candidates = [c for c in before if _compatible(kind, kinds[c.iri], lexicon)]
            if toll and not candidates:  # "officials said 21 people had been killed": the dead of the event told
                candidates = [c for c in before if not any(lexicon.is_a(k, TOLL_CLASS) for k in kinds[c.iri])]
            if country is not None and not all(_within(p, country, kb) for c in candidates for p in c.places):
                continue  # (a country's toll after events told elsewhere than in it, or at a place the knowledge base lacks)
            sets = {frozenset(c.places) for c in candidates}
            if not candidates or not all(x <= y or y <= x for x in sets for y in sets):
                continue  # (places of one event named finer or coarser: "in the town, in the province"; else two)
            times = {(c.time, c.precision, c.end) for c in candidates if c.time}
            if len(times) > 1:
                continue
            doers = {a for x in unit for a in x.agents}
            theirs = {a for c in candidates for a in c.agents}
            if doers and theirs and not doers <= theirs:
                continue
            antecedent = min(candidates, key=lambda c: position(c.iri))
            timed = next(iter(times)) if times else None
            for x in unit:
                x.places = set(antecedent.places)
                if timed is not None:
                    x.time, x.precision, x.end = timed
                if not x.agents:
                    x.agents = set(theirs)
            if _compatible(kind, kinds[antecedent.iri], lexicon):  # (a toll is not its event)
                unit[0].same_as.add(antecedent.iri)
                antecedent.same_as.add(unit[0].iri)
