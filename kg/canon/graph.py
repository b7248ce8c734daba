"""The canonical layer in the store: ``{base}graph/canonical``, kept in step with the articles.

What the graph holds
--------------------
* an **index entry** per linkable article event: ``<event> kgo:indexedFrom <article>``
  and its ``kgo:blockingKey`` strings (:mod:`kg.canon.link`);
* a **canonical event** per group of events that more than one article reports:
  ``a kgo:CanonicalEvent, kgo:<Class>``, ``rdfs:label``, ``kgo:agreedActor`` (the agents at
  least half of its reports name), ``kgo:agreedPlace``, ``sem:hasTimeStamp``,
  ``kgo:reportedIn`` each article; every member ``kgo:canonicalEvent`` it;
* its **explanation**: one ``kgo:EventLink`` per link that joined two reports (a spanning
  tree of the group), naming both events and, in ``rdfs:comment``, what matched;
* what its reports **disagree on**: a ``kgo:ConflictingClaims`` per figure, date, place,
  agent or modality (a denial: a negated event of another article that, asserted, would
  be linked to a report; negated events are indexed for this) the articles give differently, each value a ``kgo:Claim`` with the articles, the
  reports and the speakers behind it (:mod:`kg.canon.claims`). They are a function of the
  group's members, written and dropped with the canonical event.

Groups are the connected components of the graph whose edges are the links of
:meth:`~kg.canon.link.Linker.compare` across articles and the ``owl:sameAs`` an article
states between its own events (unless two of them state days, places or agents that
differ: its coreference erred), less the links :func:`cluster` refuses (those that would
make one event of two an article tells apart or of two that state different places, agents
or days). A component is a function of the articles held, not of the order they came in,
and so is its IRI (a hash of its smallest member event's IRI).

Updating
--------
:meth:`Canonicaliser.update` takes the ids of articles just added, replaced or removed and
recomputes only the groups they touch: the groups their old events were in, and those of
the events sharing a blocking key with their new events. Every step is an indexed look-up
(by key, by article, by canonical event), so the cost of an article depends on how many
events resemble its own, not on the size of the store.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rdflib import Literal

from ..vocab import BORROWED_CONFIDENCE, GEO, KGO, KGO_IRI, RDF, RDFS, SDO, SEM, XSD
from .anaphora import plural
from .claims import EventEvidence, conflict_lines, find_conflicts, read_evidence
from .link import APART, STORY_LINK as _STORY, Linker
from .records import EventRecord, article_of_event, is_speech_act, read_article_events, read_events


def asserted(rec: EventRecord) -> EventRecord:
    """``rec`` as if its article asserted it (a denial compared with the reports it denies)."""
    return replace(rec, modality="Asserted")

if TYPE_CHECKING:
    from ..config import Settings
    from ..store.base import Store

__all__ = ["CanonReport", "Canonicaliser", "Indexed", "cluster", "default_linker"]

_CHUNK = 200
_POINT = re.compile(r"^\s*POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", re.I)


def default_linker(settings: "Settings | None" = None) -> Linker:
    """A linker over the shipped event taxonomy and the knowledge base ``settings`` name."""
    from ..extract.event_lexicon import load_lexicon
    from ..nlp.factories import load_kb

    kb_files = tuple(settings.kb_files) if settings is not None else ()
    include = settings.include_default_kb if settings is not None else True
    return Linker(load_lexicon(), load_kb(kb_files, include_default=include))


@dataclass
class CanonReport:
    """What an update did."""

    articles: int = 0
    events: int = 0  # article events (re)considered
    canonical: int = 0  # canonical events written
    removed: int = 0  # canonical events dropped (rewritten ones included)
    comparisons: int = 0


@dataclass
class Indexed:
    """Articles :meth:`Canonicaliser.index` indexed ahead of their update, and what the
    update needs of them."""

    ids: set[str] = field(default_factory=set)  # the article ids
    affected: set[str] = field(default_factory=set)  # canonical events their old events were in
    records: dict[str, EventRecord] = field(default_factory=dict)  # their linkable events and denials
    keys: set[str] = field(default_factory=set)  # the keys those events probe
    #: the indexed events found sharing those keys, and their canonical events (looked up as
    #: the articles are indexed: the update then looks up no key again)
    candidates: set[str] = field(default_factory=set)
    candidate_canon: set[str] = field(default_factory=set)
    #: the index held no entry when the first of these articles was indexed: every entry
    #: found since is one of theirs, whose events the update has (``records``) and leaves out
    #: of the look-ups' findings, so their keys are not looked up (None: not asked yet)
    alone: bool | None = None
    #: the blocking keys each of their events was indexed under (to rewrite those whose
    #: keys change when a place of theirs is moved: :meth:`Canonicaliser.update`)
    written: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class Group:
    """A group of article events found to be one real-world event."""

    members: list[EventRecord]
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (event, event, why)

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.members})


def _chunks(items: list[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _lit(text: str) -> str:
    """``text`` as an N-Triples literal (keys are plain: the quick way when nothing needs escaping)."""
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        return Literal(text).n3()
    return f'"{text}"'


def cluster(records: Iterable[EventRecord], linker: Linker,
            refused: list[tuple[str, str, str]] | None = None) -> tuple[list[Group], int]:
    """The groups among ``records`` (connected components of the links), and how many pairs
    were compared. First the events each article says are one (``owl:sameAs``) are joined,
    in sorted order, but never two that state different places, agents or days
    (:meth:`~kg.canon.link.Linker.conflict`: the article's coreference made one of "the
    massacres" of 2 January and those of 21 December; the bare "the massacres" it is one
    with joins the first). Candidates are found by blocking key; the links found are joined strongest
    first: the links on what the reports state (those to an event set apart from one its
    article told before, "a second blast", last), most evidence first, then those made in one
    story's context, those joining a group more articles report first (as the links on what
    they state left the groups), then in sorted order; so the groups and their explanations
    do not depend on the order of ``records``. A link is not joined when the group it makes would
    hold

    * two events of one article that the article itself does not say are one (its
      ``owl:sameAs``) and that are two things said (statements, announcements, appeals...),
      whose agents (or, without agents, actors) are known to differ (the knowledge base's
      entities, none within another; an article's "gunmen" are nobody in particular) or
      that it places in two villages or buildings (:meth:`~kg.canon.link.Linker.local_places_apart`),
      or of which it sets one apart from the other told before ("a *second* blast":
      :meth:`~kg.canon.link.Linker.apart_from`):
      an article telling what two speakers said, who did two attacks or where, is the best
      witness that they are two, and a chain of links through other articles must not merge
      them;
    * two events, of any articles, that state different places, agents or days
      (:meth:`~kg.canon.link.Linker.conflict`): a chain of links never makes one event of
      the attack of the 21st and that of the 2nd; nor two sites of one city near only for
      the city's point their reports lent them (:meth:`~kg.canon.link.Linker.sites_apart`:
      the airport and the metro station, through "the attacks in the city");
    * for a link made in a story's context to a mention that states no place, actor or
      time ("the attack" of a report, linked by its story alone), the group that mention
      is in already, when it holds another article's events: such a mention joins the
      group most reports tell (those links come first), and never bridges two groups a
      chain through it would make one;
    * for a link made in a story's context (an event lacking a place, an actor or a time,
      read with its article's), two events of one article not said to be one, unless the
      article restates the event (:meth:`~kg.canon.link.Linker.restated`: its place or
      agent again): such a link adds a report's one mention of the story's event, not its
      "attacks against civilians" or "the helicopter then fired" beside the mention
      already joined.

    ``refused``, when given, receives each link found but not joined, with why (for
    ``bench/canon.py --explain``)."""
    recs = {r.iri: r for r in records if linker.linkable(r)}
    parent = {iri: iri for iri in recs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links: list[tuple[str, str, str]] = []

    def union(a: str, b: str, why: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
            if why:
                links.append((a, b, why))

    # what an article says of its own events, unless what it states of them says otherwise
    # (its coreference making one of "the massacres" of 2 January and those of 21 December)
    own_groups: dict[str, list[EventRecord]] = {iri: [rec] for iri, rec in recs.items()}
    for iri in sorted(recs):
        for other in sorted(recs[iri].same_as):
            if other in recs and recs[other].article == recs[iri].article:
                ra, rb = find(iri), find(other)
                if ra == rb or any(linker.conflict(x, y) for x in own_groups[ra] for y in own_groups[rb]):
                    continue
                union(iri, other, "")
                root, gone = (ra, rb) if find(iri) == ra else (rb, ra)
                own_groups[root] += own_groups.pop(gone)
    blocks: dict[str, list[str]] = defaultdict(list)
    for iri in sorted(recs):
        for key in linker.keys(recs[iri]):
            blocks[key].append(iri)
    pairs: set[tuple[str, str]] = set()
    for a in sorted(recs):
        for key in linker.keys(recs[a], probe=True):
            for b in blocks.get(key, ()):
                if recs[a].article != recs[b].article:
                    pairs.add((a, b) if a < b else (b, a))
    # each group's events by article: {root: {article: [its events in the group]}}
    own = {iri: find(iri) for iri in recs}
    by_article: dict[str, dict[str, list[EventRecord]]] = {}
    for iri in sorted(recs):
        by_article.setdefault(find(iri), {}).setdefault(recs[iri].article, []).append(recs[iri])
    speech = {iri: is_speech_act(r, linker.lexicon) for iri, r in recs.items()}
    vague = {iri: not (r.places or r.agents or r.actors or r.time) for iri, r in recs.items()}  # linked by its story alone

    def told_apart(x: EventRecord, y: EventRecord, story: bool) -> bool:
        if own[x.iri] == own[y.iri]:
            return False
        if y.iri in linker.apart_from(x) or x.iri in linker.apart_from(y):  # "a second blast" and the first
            return True
        if speech[x.iri] and speech[y.iri]:  # two things said: one article tells them apart
            return True
        if story and not linker.restated(x, y):  # a story link adds one mention an article, or a restatement
            return True
        if linker.local_places_apart(x, y):  # the attack on one village, the attack on another
            return True
        if linker.site_in_town(x, y) or linker.site_in_town(y, x):  # the attacks in the city, one at its airport
            return True
        who_x, who_y = x.agents or x.actors, y.agents or y.actors
        return (bool(who_x) and bool(who_y)  # each names who did it, known apart ("gunmen": unknown)
                and all(linker.agent_relation(p, q) == APART for p in who_x for q in who_y))

    def stated(group: dict[str, list[EventRecord]]) -> list[EventRecord]:
        return [m for ms in group.values() for m in ms if m.places or m.agents or m.day_precise]

    def _refuse(a: str, b: str, reason: str) -> None:
        if refused is not None:
            refused.append((a, b, reason))

    def join(a: str, b: str, why: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        left, right = by_article[ra], by_article[rb]
        story = _STORY in why
        if story and any(vague[x] and len(by_article[r]) > 1 for x, r in ((a, ra), (b, rb))):
            # a mention stating nothing joins one group (the one most reports tell), never bridges two
            return _refuse(a, b, "a mention stating nothing bridging two groups")
        both = [(x, y) for art in left.keys() & right.keys() for x in left[art] for y in right[art]]
        apart = ((x, y) for x, y in both if told_apart(x, y, story))  # two an article tells apart
        conflicting = ((x, y) for x in stated(left) for y in stated(right) if linker.conflict(x, y))  # different places, agents or days
        unlike = ((x, y) for xs in left.values() for x in xs for ys in right.values() for y in ys
                  if linker.classes_apart(x, y))  # an air strike and a bombing (through "the attack")
        sites = ((x, y) for x in stated(left) for y in stated(right)
                 if linker.sites_apart(x, y))  # the bombs at the airport and at the metro (through "the attacks")
        for reason, found in (("told apart by their article", apart), ("stating different places, agents or days", conflicting),
                              ("classes apart", unlike), ("sites apart", sites)):
            first = next(found, None)
            if first is not None:
                return _refuse(a, b, f"{reason}: {first[0].iri} ~ {first[1].iri}")
        union(a, b, why)
        root, gone = (ra, rb) if find(a) == ra else (rb, ra)
        for art, xs in by_article.pop(gone).items():  # the merged group's events by article
            by_article[root].setdefault(art, []).extend(xs)

    found = [(a, b, why) for a, b in sorted(pairs) if (why := linker.compare(recs[a], recs[b]))]
    # "the attacks in the city" is none of the bombings at two of its sites a report tells apart
    several: list[tuple[str, str, str]] = []
    for a, b, why in found:
        for whole, part in ((recs[a], recs[b]), (recs[b], recs[a])):
            if not plural(whole.label):
                continue
            others = [recs[o] for key in sorted(linker.keys(whole, probe=True)) for o in blocks.get(key, ())]
            if (other := linker.one_of_several(whole, part, others)) is not None:
                several.append((a, b, why))
                _refuse(a, b, f"one of several events a plural names: {part.iri} told apart from {other.iri}")
                break
    found = [k for k in found if k not in several]
    # (a link to an event set apart from one its article told before, "a second blast", after
    # the others: a report telling one blast tells the first, which its article tells apart)
    behind = {iri for iri, r in recs.items() if linker.behind(r)}
    stated_links = sorted((k for k in found if _STORY not in k[2]),
                          key=lambda k: ((k[0] in behind) + (k[1] in behind), -k[2].count("; ")))  # stable: sorted pairs within a strength
    for a, b, why in stated_links:
        join(a, b, why)
    # then the links made in a story's context, those joining the groups most articles report first
    # (an argument-less "the attack" joins the story's event, not a generic "attacks" beside it)
    reports = {root: len(arts) for root, arts in by_article.items()}
    story_links = sorted((k for k in found if _STORY in k[2]),
                         key=lambda k: (-max(reports.get(find(k[0]), 1), reports.get(find(k[1]), 1)), -k[2].count("; ")))
    for a, b, why in story_links:
        join(a, b, why)
    # last, a bare mention ("the coup", "the assault") no link joined: to its story's one event of
    # its class in its time, when the story has one (several: which is unknown)
    candidates: dict[str, set[str]] = defaultdict(set)
    for a, b in sorted(pairs):
        for x, y in ((a, b), (b, a)):
            if linker.bare(recs[x]):
                candidates[x].add(y)
    for x in sorted(candidates):
        if len(by_article[find(x)]) > 1:
            continue  # joined to other reports already
        fits = {y: why for y in sorted(candidates[x]) if (why := linker.bare_of(recs[x], recs[y]))}
        roots = {find(y) for y in fits}
        if len(roots) == 1 and recs[x].article not in by_article[next(iter(roots))]:
            y = min(fits)
            join(x, y, fits[y])
    comps: dict[str, list[EventRecord]] = defaultdict(list)
    for iri in sorted(recs):
        comps[find(iri)].append(recs[iri])
    link_of: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for a, b, why in links:
        link_of[find(a)].append((a, b, why))
    groups = [Group(members=m, links=link_of[root]) for root, m in sorted(comps.items())]
    return groups, len(pairs)


class Canonicaliser:
    """Keeps ``{base}graph/canonical`` in step with the articles of ``store``::

        canon = Canonicaliser(store, settings)
        canon.update(["article-1", "article-2"])   # after they were added, replaced or removed
    """

    def __init__(self, store: "Store", settings: "Settings | None" = None, *, linker: Linker | None = None) -> None:
        self.store = store
        self.settings = settings
        self._linker = linker
        #: places the store holds several points for, as :meth:`load_points` last read them
        self.several: set[str] = set()

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            self._linker = default_linker(self.settings)
        return self._linker

    @property
    def graph(self) -> str:
        return str(self.store.iris.canonical_graph)

    def is_denial(self, rec: EventRecord) -> bool:
        """``rec`` is negated ("the army denied that gunmen attacked the town") and would be
        linkable were it asserted: it may contradict a canonical event's reports."""
        return rec.modality == "Negated" and self.linker.linkable(asserted(rec))

    def _keys(self, rec: EventRecord, *, probe: bool = False) -> set[str]:
        """The blocking keys of a linkable event, or of a denial read as asserted."""
        return self.linker.keys(asserted(rec) if self.is_denial(rec) else rec, probe=probe)

    def _indexable(self, records: dict[str, EventRecord]) -> dict[str, EventRecord]:
        return {iri: r for iri, r in records.items() if self.linker.linkable(r) or self.is_denial(r)}

    def load_points(self, records: Iterable[EventRecord], *, again: bool = False) -> set[str]:
        """Give the linker the coordinates the store's entity graph has for the places of
        ``records`` the knowledge base does not know (places found in a gazetteer, or lent the
        point of a place their article sets them among: :attr:`~kg.canon.geography.Geography.borrowed`;
        a continent none, but :attr:`~kg.canon.geography.Geography.wide`), and the
        countries (``kgo:country``) it has for their organisations the knowledge base does not
        know (a country's state bodies: "Police of Kenya"). A place given several points
        (articles lending it different ones) is at the least of them (latitude, then
        longitude): a choice among the points the store holds, whichever article wrote which
        first. ``again``: read the points of places already read too (the store may hold more
        of them now, or no longer hold them: their points forgotten, and the countries of organisations
        read before read again). Returns the places placed, moved or unplaced."""
        linker = self.linker
        kb = linker.kb
        graph = self.store.iris.entities_graph
        bodies = sorted({a for r in records for a in (*r.agents, *r.actors)
                         if "/entity/organization/" in a and (again or a not in linker.countries) and (kb is None or kb.get(a) is None)})
        stated: dict[str, str] = {}
        for a, country in self._select_each(bodies, lambda values: (
                f"SELECT ?a ?c WHERE {{ GRAPH <{graph}> {{ VALUES ?a {{ {values} }} ?a <{KGO.country}> ?c }} }}")):
            stated[str(a)] = min(stated.get(str(a), str(country)), str(country))  # (several: the least, whatever the order)
        for a in bodies:  # (a country stated since its chain was made, or stated no more: made again)
            if stated.get(a) != linker.countries.get(a):
                linker.set_country(a, stated.get(a))
        wanted = {p for r in records for p in r.places
                  if (again or p not in linker.points) and p not in linker.wide and (kb is None or kb.get(p) is None)}
        linker.wide.update(str(p) for (p,) in self._select_each(wanted, lambda values: (  # a continent: wider than any country, its point none of them
            f"SELECT ?p WHERE {{ GRAPH <{graph}> {{ VALUES ?p {{ {values} }} ?p <{RDF.type}> <{SDO.Continent}> }} }}")))
        wanted -= linker.wide
        found: dict[str, set[tuple[float, float]]] = defaultdict(set)
        sure: set[str] = set()  # placed by a gazetteer, not (only) by a point lent it
        for p, wkt, confidence in self._select_each(wanted, lambda values: (
                f"SELECT ?p ?wkt ?c WHERE {{ GRAPH <{graph}> {{ VALUES ?p {{ {values} }} "
                f"?p <{GEO.hasGeometry}> ?g . ?g <{GEO.asWKT}> ?wkt OPTIONAL {{ ?p <{KGO.confidence}> ?c }} }} }}")):
            m = _POINT.match(str(wkt))
            if m:
                found[str(p)].add((float(m.group(2)), float(m.group(1))))
                if confidence is None or float(str(confidence)) > BORROWED_CONFIDENCE:
                    sure.add(str(p))
        moved: set[str] = set()
        if again:  # a point the store holds no more (the article lending it removed or replaced)
            moved.update(p for p in sorted(wanted - set(found)) if linker.unplace(p))
        for p in sorted(found):
            (self.several.add if len(found[p]) > 1 else self.several.discard)(p)
            before = linker.points.get(p)
            linker.place_at(p, min(found[p]))
            if before != linker.points[p]:
                moved.add(p)
        linker.borrowed.update(p for p in wanted if p in linker.points and p not in sure)
        linker.borrowed.difference_update(sure)
        return moved

    # ------------------------------------------------------------------ reading the layer

    def _select(self, query: str) -> list[tuple]:  # type: ignore[type-arg]
        return list(self.store.query(query).rows)

    def _old_events(self, articles: list[str]) -> tuple[set[str], set[str]]:
        """The indexed events of ``articles`` and the canonical events they belong to."""
        return self._events_and_canon(
            [f"<{a}>" for a in articles],
            lambda values: f"SELECT ?e ?c WHERE {{ GRAPH <{self.graph}> {{ VALUES ?a {{ {values} }} ?e <{KGO.indexedFrom}> ?a "
            f"OPTIONAL {{ {{ ?e <{KGO.canonicalEvent}> ?c }} UNION {{ ?cl <{KGO.claimReport}> ?e . "
            f"?x <{KGO.claim}> ?cl . ?c <{KGO.conflictingClaims}> ?x }} }} }} }}",
        )

    def _candidates(self, keys: set[str]) -> tuple[set[str], set[str]]:
        """The indexed events sharing one of ``keys``, and their canonical events."""
        return self._events_and_canon(
            [_lit(k) for k in sorted(keys)],
            lambda values: f"SELECT DISTINCT ?e ?c WHERE {{ GRAPH <{self.graph}> {{ VALUES ?k {{ {values} }} ?e <{KGO.blockingKey}> ?k "
            f"OPTIONAL {{ ?e <{KGO.canonicalEvent}> ?c }} }} }}",
        )

    def _events_and_canon(self, terms: list[str], query: Callable[[str], str]) -> tuple[set[str], set[str]]:
        """The events ``?e`` and canonical events ``?c`` that ``query`` selects, given the
        ``terms`` of its VALUES a chunk at a time."""
        events: set[str] = set()
        canon: set[str] = set()
        for chunk in _chunks(terms):
            for e, c in self._select(query(" ".join(chunk))):
                events.add(str(e))
                if c is not None:
                    canon.add(str(c))
        return events, canon

    def _members(self, canon: set[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(canon)):
            values = " ".join(f"<{c}>" for c in chunk)
            for (e,) in self._select(
                f"SELECT DISTINCT ?e WHERE {{ GRAPH <{self.graph}> {{ VALUES ?c {{ {values} }} {{ ?e <{KGO.canonicalEvent}> ?c }} "
                f"UNION {{ ?c <{KGO.conflictingClaims}> ?x . ?x <{KGO.claim}> ?cl . ?cl <{KGO.claimReport}> ?e }} }} }}"
            ):
                found.add(str(e))
        return found

    # ------------------------------------------------------------------ writing it

    def _select_each(self, iris: Iterable[str], query: Callable[[str], str]) -> Iterator[tuple]:  # type: ignore[type-arg]
        """The rows of the SPARQL query ``query`` makes of the ``VALUES`` terms of ``iris``, a
        chunk at a time (:meth:`_update_each` for updates)."""
        for chunk in _chunks(sorted(iris)):
            yield from self._select(query(" ".join(f"<{x}>" for x in chunk)))

    def _update_each(self, iris: Iterable[str], update: Callable[[str], str]) -> None:
        """Run the SPARQL update ``update`` makes of the ``VALUES`` terms of ``iris``, a chunk
        at a time."""
        for chunk in _chunks(sorted(iris)):
            self.store.update(update(" ".join(f"<{x}>" for x in chunk)))

    def _drop_canonical(self, canon: set[str]) -> None:
        g = self.graph
        self._update_each(canon, lambda values: (
            f"DELETE {{ GRAPH <{g}> {{ ?l ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?c {{ {values} }} "
            f"?c <{KGO.eventLink}> ?l . ?l ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH <{g}> {{ ?cl ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?c {{ {values} }} "
            f"?c <{KGO.conflictingClaims}> ?x . ?x <{KGO.claim}> ?cl . ?cl ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH <{g}> {{ ?x ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?c {{ {values} }} "
            f"?c <{KGO.conflictingClaims}> ?x . ?x ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH <{g}> {{ ?e <{KGO.canonicalEvent}> ?c }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?c {{ {values} }} "
            f"?e <{KGO.canonicalEvent}> ?c }} }} ;\n"
            f"DELETE {{ GRAPH <{g}> {{ ?c ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?c {{ {values} }} ?c ?p ?o }} }}"
        ))

    def _drop_index(self, articles: list[str]) -> None:
        g = self.graph
        self._update_each(articles, lambda values: (
            f"DELETE {{ GRAPH <{g}> {{ ?e ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?a {{ {values} }} "
            f"?e <{KGO.indexedFrom}> ?a ; ?p ?o }} }}"
        ))

    def _insert(self, lines: list[str]) -> None:
        for i in range(0, len(lines), 2000):
            self.store.update(f"INSERT DATA {{ GRAPH <{self.graph}> {{\n" + "\n".join(lines[i : i + 2000]) + "\n} }")

    def _index_lines(self, records: Iterable[EventRecord]) -> list[str]:
        lines = []
        for rec in records:
            keys = self._keys(rec)
            if not keys:
                continue
            lines.append(f"<{rec.iri}> <{KGO.indexedFrom}> <{rec.article}> .")
            lines += [f"<{rec.iri}> <{KGO.blockingKey}> {_lit(k)} ." for k in sorted(keys)]
        return lines

    def canonical_iri(self, group: Group) -> str:
        first = min(m.iri for m in group.members)
        return str(self.store.iris.canonical_event(hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]))

    def _group_lines(self, group: Group, evidence: "dict[str, EventEvidence] | None" = None,
                     denials: list[EventRecord] | None = None) -> list[str]:
        """The statements of ``group``'s canonical event: what its reports agree on, each
        report, why they were merged and what they disagree on (``evidence``: the counts
        and speakers of its members, read from the store when not given; ``denials``: the
        negated events that may deny it)."""
        linker = self.linker
        c = self.canonical_iri(group)
        n = len(group.articles)

        def votes(values_of) -> Counter:  # type: ignore[no-untyped-def,type-arg]
            """How many articles name each value among their members."""
            per_article: dict[str, set[str]] = defaultdict(set)
            for m in group.members:
                per_article[m.article] |= set(values_of(m))
            return Counter(v for vs in per_article.values() for v in vs)

        # the class: the one the most articles agree with (they name it, a subclass or a
        # superclass of it: "military actions" agrees with an offensive), then the one the
        # most reports name, then the most specific
        class_of = {m.iri: linker.specific_class(m) for m in group.members}
        named = Counter(k for k in class_of.values() if k)
        by_article: dict[str, set[str]] = defaultdict(set)
        for m in group.members:
            if class_of[m.iri]:
                by_article[m.article].add(class_of[m.iri])  # type: ignore[arg-type]
        agree = {k: sum(any(linker.lexicon.compatible(k, x) for x in xs) for xs in by_article.values()) for k in named}
        cls = sorted(named, key=lambda k: (-agree[k], -named[k], -linker.depth(k), k))[0]
        labels = votes(lambda m: [m.label] if m.label and linker.specific_class(m) == cls else [])
        label = sorted(labels, key=lambda k: (-labels[k], len(k), k))[0] if labels else cls
        lines = [
            f"<{c}> <{RDF.type}> <{KGO.CanonicalEvent}> .",
            f"<{c}> <{RDF.type}> <{KGO_IRI}{cls}> .",
            f"<{c}> <{RDFS.label}> {_lit(label)} .",
        ]
        agents = votes(lambda m: m.agents)
        lines += [f"<{c}> <{KGO.agreedActor}> <{a}> ." for a in sorted(agents) if 2 * agents[a] >= n]
        places = votes(lambda m: m.places)
        if places:
            place = sorted(places, key=lambda p: (-places[p], -len(linker.chain(p)), p))[0]
            lines.append(f"<{c}> <{KGO.agreedPlace}> <{place}> .")
        times = votes(lambda m: [m.time] if m.time else [])
        if times:
            best = sorted(times, key=lambda t: (-len(t) if len(t) in (4, 7, 10) else 0, -times[t], t))[0]
            dtype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(best))
            if dtype is not None:
                lines.append(f"<{c}> <{SEM.hasTimeStamp}> {Literal(best, datatype=dtype).n3()} .")
        lines += [f"<{c}> <{KGO.reportedIn}> <{a}> ." for a in group.articles]
        lines += [f"<{m.iri}> <{KGO.canonicalEvent}> <{c}> ." for m in group.members]
        for i, (a, b, why) in enumerate(sorted(group.links), 1):
            link = f"{c}/link/{i}"
            lines += [
                f"<{c}> <{KGO.eventLink}> <{link}> .",
                f"<{link}> <{RDF.type}> <{KGO.EventLink}> .",
                f"<{link}> <{KGO.linkedEvent}> <{a}> .",
                f"<{link}> <{KGO.linkedEvent}> <{b}> .",
                f"<{link}> <{RDFS.comment}> {_lit(why)} .",
            ]
        denying = [d for d in denials or () if any(m.article != d.article and linker.compare(asserted(d), m)
                                                   for m in group.members)]
        if evidence is None:
            evidence = read_evidence(self.store, [m.iri for m in group.members])
        if denying:
            evidence = {**evidence, **read_evidence(self.store, [d.iri for d in denying if d.iri not in evidence])}
        local = f"{self.store.iris.base}article/"
        lines += conflict_lines(c, find_conflicts(group.members, linker, evidence, denying, local=local))
        return lines

    # ------------------------------------------------------------------ the update

    def index(self, article_ids: Iterable[str], indexed: "Indexed | None" = None, *,
              events: dict[str, EventRecord] | None = None) -> "Indexed":
        """The first half of :meth:`update`, done ahead for some of its articles: their index
        entries rewritten from their graphs as the store holds them now, and what the update
        needs of them kept in ``indexed`` (a new one when None), which :meth:`update` is then
        given. ``kg load`` indexes its articles a few at a time as they are written, so that
        only the grouping is left for the end of the load. ``events``: the articles' records
        as :func:`~kg.canon.records.read_article_events` would read them from the store, read
        before (:func:`~kg.canon.records.article_events`; those of other articles are left out).

        Indexing some articles ahead and the others in the update writes what one update of
        them all writes: an article's index entries, its events and the canonical events its
        old events were in are read from its own graph and entries, which the other
        articles' indexing does not touch. The events sharing their keys are looked up here
        too: those of articles indexed before the update (this one or earlier ones) carry no
        canonical event until the update, which leaves them out, and those of the other
        articles are the same whenever they are looked up. When the index held no entry as
        the first of them was indexed (a first load), every entry to be found is one of
        theirs, and no key is looked up (:attr:`Indexed.alone`).
        """
        indexed = indexed if indexed is not None else Indexed()
        ids = sorted(set(article_ids) - indexed.ids)
        if not ids:
            return indexed
        articles = [str(self.store.iris.article(a)) for a in ids]
        _old, affected = self._old_events(articles)  # the groups the articles' old events were in
        if events is not None:
            wanted = set(articles)
            found = {iri: r for iri, r in events.items() if r.article in wanted}
        else:
            found = read_article_events(self.store, ids)
        new = self._indexable(found)  # linkable events and denials
        self.load_points(new.values())
        if indexed.alone is None:  # (a first load: 49 look-ups of 57 news articles' keys found only their own)
            indexed.alone = not self.store.ask(f"ASK {{ GRAPH <{self.graph}> {{ ?e <{KGO.blockingKey}> ?k }} }}")
        self._drop_index(articles)
        self._insert(self._index_lines(new.values()))
        indexed.written.update((iri, frozenset(self._keys(r))) for iri, r in new.items())
        indexed.ids.update(ids)
        indexed.affected |= affected
        indexed.records.update(new)
        probed = set().union(*(self._keys(r, probe=True) for r in new.values())) if new else set()
        if not indexed.alone:
            candidates, candidate_canon = self._candidates(probed - indexed.keys)
            indexed.candidates |= candidates
            indexed.candidate_canon |= candidate_canon
        indexed.keys |= probed
        return indexed

    def update(self, article_ids: Iterable[str], *, indexed: "Indexed | None" = None) -> CanonReport:
        """Bring the canonical layer in step after ``article_ids`` were added, replaced or
        removed (an id the store no longer holds counts as removed). ``indexed``: what
        :meth:`index` did ahead for some of them (each article indexed after it was last
        written), the same as if this update had done it."""
        report = CanonReport()
        iris = self.store.iris
        ids = sorted(set(article_ids))
        if not ids:
            return report
        report.articles = len(ids)
        changed = {str(iris.article(a)) for a in ids}
        done = self.index(ids, indexed)  # (the events sharing their keys looked up there)
        # their places' points as the store holds them now, every article written: those
        # indexed ahead, with fewer articles written, may have read others
        self._reindex(done, self.load_points(done.records.values(), again=True))
        self._reindex_others(done)
        affected, new, keys = set(done.affected), dict(done.records), set(done.keys)
        affected |= done.candidate_canon
        members = self._members(affected) | done.candidates
        prefix = f"{iris.base}article/"
        wanted = {e for e in members if e not in new and article_of_event(e, prefix) not in changed}
        records = dict(new)
        records.update(read_events(self.store, sorted(wanted)))
        # the events an article says are one with a member belong to the same group
        frontier = {s for r in records.values() for s in r.same_as} - set(records)
        while frontier:
            more = read_events(self.store, sorted(frontier))
            records.update(more)
            frontier = {s for r in more.values() for s in r.same_as} - set(records) - frontier
        # (the points of their places as the store holds them now: a removed or replaced article
        # may have taken away one it lent; their index entries then keyed again)
        self.load_points([r for iri, r in records.items() if iri not in new], again=True)
        self._rekey(self._indexable({iri: r for iri, r in records.items() if iri in wanted}))
        self._drop_canonical(affected)
        report.removed = len(affected)
        return self._write_groups(records, report, probed=keys)

    def _reindex(self, indexed: "Indexed", moved: set[str]) -> None:
        """Rewrite the index entries of ``indexed``'s events whose keys changed as places were
        ``moved`` (:meth:`load_points`) since they were indexed, and look up the
        events sharing their new keys: the entries are then those of the points the store
        holds once every article is written, however the articles were written and indexed
        (one at a time, or in batches whose bounds depend on how fast workers extract)."""
        if not moved:
            return
        # (an event keyed by its story's places, having none of its own, moves with them too)
        stale = {iri: r for iri, r in sorted(indexed.records.items()) if frozenset(self._keys(r)) != indexed.written.get(iri)}
        if not stale:
            return
        self._rewrite_entries(stale)
        indexed.written.update((iri, frozenset(self._keys(r))) for iri, r in stale.items())
        self._probe(indexed, stale)

    def _reindex_others(self, indexed: "Indexed") -> None:
        """Rewrite the index entries of the events of other articles (loaded before) that
        mention a place the store now holds several points for, when their keys changed with the
        point chosen (:meth:`load_points`), and have the update group them again with their
        canonical events: the layer is then the one loading every article at once writes."""
        several = {p for r in indexed.records.values() for p in r.places} & self.several
        events = {str(e) for (e,) in self._select_each(several, lambda values: (  # the indexed events of the articles that mention them
            f"SELECT DISTINCT ?e WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?a <{SDO.mentions}> ?p }} "
            f"GRAPH <{self.graph}> {{ ?e <{KGO.indexedFrom}> ?a }} }}"))}
        events -= set(indexed.records)
        if not events:
            return
        others = self._indexable(read_events(self.store, sorted(events)))
        self.load_points(others.values())
        written: dict[str, set[str]] = defaultdict(set)
        for e, k in self._select_each(others, lambda values: (
                f"SELECT ?e ?k WHERE {{ GRAPH <{self.graph}> {{ VALUES ?e {{ {values} }} ?e <{KGO.blockingKey}> ?k }} }}")):
            written[str(e)].add(str(k))
        stale = {iri: r for iri, r in sorted(others.items()) if self._keys(r) != written.get(iri, set())}
        if not stale:
            return
        self._rewrite_entries(stale)
        _events, canon = self._events_and_canon(
            [f"<{e}>" for e in sorted(stale)],
            lambda values: f"SELECT ?e ?c WHERE {{ GRAPH <{self.graph}> {{ VALUES ?e {{ {values} }} ?e <{KGO.canonicalEvent}> ?c }} }}",
        )
        indexed.candidates |= set(stale)  # grouped again by the update, with their canonical events' members
        indexed.candidate_canon |= canon
        self._probe(indexed, stale)

    def _rekey(self, records: dict[str, EventRecord]) -> None:
        """Rewrite the index entries of ``records`` (events of articles not updated, grouped
        again) whose keys changed since they were written: a removed or replaced article took
        away the point it lent a place they name (:meth:`load_points` forgot it), or another."""
        written: dict[str, set[str]] = defaultdict(set)
        for e, k in self._select_each(records, lambda values: (
                f"SELECT ?e ?k WHERE {{ GRAPH <{self.graph}> {{ VALUES ?e {{ {values} }} ?e <{KGO.blockingKey}> ?k }} }}")):
            written[str(e)].add(str(k))
        stale = {iri: r for iri, r in sorted(records.items()) if iri in written and self._keys(r) != written[iri]}
        if stale:
            self._rewrite_entries(stale)

    def _rewrite_entries(self, records: dict[str, EventRecord]) -> None:
        """Replace the index entries of ``records`` by those of their keys now."""
        g = self.graph
        self._update_each(records, lambda values: (
            f"DELETE {{ GRAPH <{g}> {{ ?e ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ VALUES ?e {{ {values} }} "
            f"?e ?p ?o FILTER(?p IN (<{KGO.indexedFrom}>, <{KGO.blockingKey}>)) }} }}"
        ))
        self._insert(self._index_lines(records.values()))

    def _probe(self, indexed: "Indexed", records: dict[str, EventRecord]) -> None:
        """Look up the events sharing the probe keys of ``records`` not looked up yet."""
        probed = set().union(*(self._keys(r, probe=True) for r in records.values()))
        if not indexed.alone:
            candidates, candidate_canon = self._candidates(probed - indexed.keys)
            indexed.candidates |= candidates
            indexed.candidate_canon |= candidate_canon
        indexed.keys |= probed

    def _more_denials(self, groups: list[Group], records: dict[str, EventRecord], probed: set[str]) -> list[EventRecord]:
        """The denials of the events of ``groups`` the look-ups so far have not found (those
        sharing a key only with a member the update did not probe with)."""
        keys = set().union(*(self._keys(m, probe=True) for g in groups for m in g.members)) - probed
        found, _canon = self._candidates(keys)
        unknown = sorted(found - set(records))
        return [r for r in read_events(self.store, unknown).values() if self.is_denial(r)]

    def _write_groups(self, records: dict[str, EventRecord], report: CanonReport, *, probed: set[str] | None = None) -> CanonReport:
        """Cluster ``records`` and write a canonical event for each group two or more articles
        report. ``probed``: the keys already looked up, when ``records`` are not every event
        of the store (an update), so that the groups' denials are looked up too."""
        groups, report.comparisons = cluster(records.values(), self.linker)
        lines: list[str] = []
        kept = [g for g in groups if len(g.articles) > 1]
        evidence = read_evidence(self.store, [m.iri for g in kept for m in g.members])
        denials = [r for r in records.values() if self.is_denial(r)]
        if probed is not None and kept:
            denials += self._more_denials(kept, records, probed)
        for group in kept:
            lines += self._group_lines(group, evidence, denials)
            report.canonical += 1
        self._insert(lines)
        report.events = len(records)
        return report

    def rebuild(self) -> CanonReport:
        """Recompute the whole layer from the article graphs (after ``kg bulk-load``)."""
        self.store.update(f"DROP SILENT GRAPH <{self.graph}>")
        ids = self.store.article_ids()
        report = CanonReport(articles=len(ids))
        records: dict[str, EventRecord] = {}
        for chunk in _chunks(sorted(ids)):
            records.update(self._indexable(read_article_events(self.store, chunk)))
        self.load_points(records.values())
        self._insert(self._index_lines(records.values()))
        return self._write_groups(records, report)
