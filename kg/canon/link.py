"""When two events of different articles are one: blocking keys and the pairwise test.

* **Blocking.** Each linkable event gets keys ``FAMILY|TIME|place:ROOT`` and
  ``FAMILY|TIME|actor:ROOT``: the top class under ``kgo:Event`` (``MilitaryAction`` for an
  offensive, an attack, a clash), each week its time covers (each month, for a time of a
  month or more), the country its places lie
  in (through the knowledge base's ``schema:containedInPlace`` / ``kb:country``) and the
  country or organisation its actors belong to. Only events sharing a key are compared.
* **Comparison** (:meth:`Linker.compare`): the classes are compatible (the same, or one a
  subclass of the other: an offensive and an escalation, not an offensive and an air
  strike; two classes of one family, a massacre and an attack, only when the reports name
  one village or building, alike, and one day); the times overlap (a day reads as that day
  ±1 (so two days up to two apart can be one event), a span of days a report gives ("from
  23 to 31 March") as the span (:func:`day_gap`), a month as the month, a year as the
  year; an event without a time as the week before its article's publication); the places
  are not known to be apart; no conflicting agents (both name agents the knowledge base
  knows and none is the other, or a part of it; a rebel group is not part of the state of
  its country; in one village the reports may blame two, a claim to flag). And the link
  needs two pieces of positive evidence among: a place both name, as fine as the time
  agrees (one town, village, camp or region, or two towns near each other, within the
  days' window; a region or a country and a place in it only on one day; one country and
  nothing finer never), one village, camp or building the knowledge base lacks named alike
  (counts twice), a shared or affiliated agent/actor (a place read as one is none), the
  same day (or an undated event in a report of that day or the next; two days within the
  window only beside a place both name: an agent at war acts every day); two statements
  (speech acts) need one speaker among it and one day. Two events both dated to the day
  are two when more than :data:`DAY_LAG` days apart.
* **In one story** (:meth:`Linker.story`, :meth:`Linker.in_context`): two reports of one
  story make one event of two of their events that the test above leaves apart when, read
  with their articles' story context for the place, the actor and the day they do not
  state, nothing differs, each is of its story's time (or both state one day: "the toll
  of Saturday's strike rose" in Monday's report of another strike, then read without its
  story's place and actor) and they share a piece of evidence of what they state
  themselves, whether or not their own times meet, and do not state (nor, read in their
  stories, have) two towns, villages or sites not known to be one (:meth:`Linker.places_unlike`) (:meth:`Linker.decide`: an undated
  background tally of an encyclopedia written weeks later, read with its story's day, is
  not one with a statement's tally placed by its country alone).
* **Where the rules live**: the story rules in :mod:`kg.canon.story`, linkability and the
  blocking keys in :mod:`kg.canon.keys`, the windows and limits in :mod:`kg.canon.limits`.
* **What is known of places and actors** the knowledge base lacks (where a gazetteer place
  lies, whom an organisation belongs to, when two places or two agents are apart) is
  :mod:`kg.canon.geography`'s, which :class:`Linker` builds on.
* **Linkable events** are those the articles assert or report as having happened: not
  negated, hypothetical or planned ones (and none of the families of
  :data:`FIGURE_FAMILIES`, empty: casualty counts link like any event, so that a story
  counts its dead once, and their figures are compared as claims).

No knowledge of any particular crisis is here: the class taxonomy comes from
``ontology/events.ttl``, the geography and the actors' affiliations from the knowledge base.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .anaphora import plural
from .apart import BARE_LINK, SetApart
from .geography import APART, APART_KM, COUNTRY_OF_POINT_KM, NEAR_KM, SAME, UNKNOWN, Geography, local_name
from .keys import Blocking, MadeKeys
from .limits import DAY_LAG, DAY_WINDOW, FIGURE_FAMILIES, FRESH_DAYS, LINKABLE_MODALITIES, STORY_LINK, TOLL_CLASS, UNDATED_WINDOW
from .records import EventRecord, is_named, is_speech_act
from .story import InStory

if TYPE_CHECKING:
    from ..extract.event_lexicon import EventLexicon
    from ..kb import KnowledgeBase
    from .records import StoryContext

__all__ = ["APART", "APART_KM", "COUNTRY_OF_POINT_KM", "DAY_LAG", "DAY_WINDOW", "FIGURE_FAMILIES", "LINKABLE_MODALITIES", "NEAR_KM",
           "SAME", "STORY_LINK", "BARE_LINK", "UNKNOWN", "Linker"]

class Linker(InStory, Blocking, SetApart, Geography):
    """Keys and comparisons over one event taxonomy and one knowledge base (where places lie
    and whom actors belong to: :class:`~kg.canon.geography.Geography`; events set apart by
    their text and bare mentions: :class:`~kg.canon.apart.SetApart`; linkable events and
    their blocking keys: :class:`~kg.canon.keys.Blocking`; events read in their stories:
    :class:`~kg.canon.story.InStory`)."""

    def __init__(self, lexicon: "EventLexicon", kb: "KnowledgeBase | None") -> None:
        super().__init__(kb)
        self.lexicon = lexicon
        self._stories: dict[tuple[StoryContext, StoryContext], str | None] = {}  # story() of two contexts
        self._families: dict[str, str] = {}  # family() of a class
        self._same_happening: tuple[tuple[str, str], ...] | None = None  # same_happening()
        self._blocks: dict[str, str] | None = None  # block() of the families a pair joins
        #: keys() of a record, indexed and probed, made together (by the record's id, the
        #: record kept so that the id stays its own), with what they were made of (Blocking.keys)
        self._keys_made: dict[int, MadeKeys] = {}

    def prepare(self) -> None:
        """Build now what the look-ups build on first use (the knowledge base's regions by
        latitude, the names organisations begin with): for a caller with idle time before
        it links, such as ``kg load`` while its worker processes extract."""
        if self.kb is None:
            return
        self.country_of_point(0.0, 0.0)
        self.affiliation("/entity/organization/")

    # ------------------------------------------------------------------ classes

    def specific_class(self, rec: EventRecord) -> str | None:
        """The most specific kgo event class of ``rec``."""
        known = sorted(c for c in rec.classes if c in self.lexicon.classes and c != "Event")
        if not known:
            return None
        best = known[0]
        for c in known[1:]:
            best = self.lexicon.more_specific(best, c)
            if not self.lexicon.is_a(best, c) and not self.lexicon.is_a(c, best):
                best = min(best, c)
        return best

    def depth(self, cls: str) -> int:
        c = self.lexicon.classes.get(cls)
        return len(c.ancestors) if c is not None else 0

    def family(self, cls: str) -> str:
        """The class's ancestor right below ``kgo:Event`` (itself when it is one).

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> linker.family("AirStrike"), linker.family("MilitaryOperation"), linker.family("Displacement")
        ('MilitaryAction', 'MilitaryAction', 'Displacement')
        """
        found = self._families.get(cls)
        if found is None:
            found = self._families[cls] = self._family(cls)
        return found

    def same_happening(self) -> tuple[tuple[str, str], ...]:
        """The pairs of classes, neither within the other, that two reports may use for one
        happening (a massacre and an attack, a hijacking and an attack, an abduction and a
        detention): ``same_happening`` of ``ontology/lexicon/canon.toml``, read on first use.

        Raises
        ------
        ConfigError
            When the file names a class the event taxonomy lacks.
        """
        if self._same_happening is None:
            from ..errors import ConfigError
            from ..extract.wordlists import lexicon

            pairs = []
            for pair in lexicon("canon").get("same_happening", []):
                unknown = [c for c in pair if c not in self.lexicon.classes]
                if len(pair) != 2 or unknown:
                    raise ConfigError(f"ontology/lexicon/canon.toml: same_happening {pair!r} is not two classes of "
                                      f"ontology/events.ttl{' (unknown: ' + ', '.join(map(str, unknown)) + ')' if unknown else ''}")
                pairs.append((str(pair[0]), str(pair[1])))
            self._same_happening = tuple(pairs)
        return self._same_happening

    def related(self, a: str, b: str) -> bool:
        """Whether classes ``a`` and ``b`` (neither within the other) may name one happening
        (:meth:`same_happening`; a class of a pair stands for its subclasses too).

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> linker.related("MassViolence", "Attack"), linker.related("Arrest", "Abduction"), linker.related("AirStrike", "Seizure")
        (True, True, True)
        >>> linker.related("Protest", "Attack"), linker.related("Arrest", "Attack")
        (False, False)
        """
        is_a = self.lexicon.is_a
        return any(is_a(a, x) and is_a(b, y) or is_a(a, y) and is_a(b, x) for x, y in self.same_happening())

    def block(self, cls: str) -> str:
        """The blocking family of ``cls``: its :meth:`family`, or for families that
        :meth:`same_happening` pairs join (a seizure and an attack), the first of them in
        sorted order, so that the events a pair may make one meet under one key.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> linker.block("Seizure"), linker.block("Shelling"), linker.block("Arrest"), linker.block("Protest")
        ('MilitaryAction', 'MilitaryAction', 'Abduction', 'Protest')
        """
        if self._blocks is None:
            parent: dict[str, str] = {}

            def find(x: str) -> str:
                while parent.setdefault(x, x) != x:
                    x = parent[x]
                return x

            for x, y in self.same_happening():
                fx, fy = find(self.family(x)), find(self.family(y))
                if fx != fy:
                    parent[max(fx, fy)] = min(fx, fy)
            self._blocks = {f: find(f) for f in parent}
        fam = self.family(cls)
        return self._blocks.get(fam, fam)

    def _family(self, cls: str) -> str:
        c = self.lexicon.classes.get(cls)
        if c is None:
            return cls
        tops = sorted(a for a in c.ancestors if a != "Event" and (p := self.lexicon.classes.get(a)) is not None
                      and all(q == "Event" or q not in self.lexicon.classes for q in p.parents))
        return tops[0] if tops else cls

    # ------------------------------------------------------------------ time

    def days(self, rec: EventRecord) -> tuple[date, date] | None:
        r = rec.time_range()
        if r is not None:
            if r[0] == r[1]:  # a day, or a span of days from it ("from 23 to 31 March")
                s = rec.span() or r
                return s[0] - timedelta(days=DAY_WINDOW), s[1] + timedelta(days=DAY_WINDOW)
            return r
        told = rec.told_by()  # (the day a statement of its sentence was made, else its publication)
        if told is not None:
            return told - timedelta(days=UNDATED_WINDOW), told
        return None

    def fresh_report(self, dated: EventRecord, undated: EventRecord) -> str | None:
        """Why ``undated`` (an event its article gives no time) is told as news of the day of
        ``dated``: its article was published that day or the next (a statement of the day
        condemning "the attack", a report of the morning after), which is as telling as two
        dates of one day; not when its sentence dates the statement telling it to an earlier
        day (:meth:`~kg.canon.records.EventRecord.told_by`: "on 7 March the police said they
        had foiled a plot to attack ..." in a report of the 22nd). None otherwise.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> dated = EventRecord("e", "a", time="2024-03-22")
        >>> linker.fresh_report(dated, EventRecord("f", "b", published=date(2024, 3, 22)))
        'reported 2024-03-22 of 2024-03-22'
        >>> linker.fresh_report(dated, EventRecord("f", "b", published=date(2024, 3, 22), said_by=date(2024, 3, 7))) is None
        True
        """
        r = dated.time_range()
        told = undated.told_by()
        if r is None or r[0] != r[1] or undated.time or told is None:
            return None
        if 0 <= (told - r[0]).days <= FRESH_DAYS:
            return f"reported {told.isoformat()} of {dated.time}"
        return None

    def classes_apart(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` are of two classes neither within the other (an air strike and a
        bombing, an offensive and a shelling) that are not two names of one happening
        (:meth:`related`), and not both of one village, camp or building on one day, or one
        dated and the other undated news of that day (:meth:`fresh_report`; the test of
        :meth:`_judge` for two such classes): a chain of links through a report's "the
        attack" never makes one event of them.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> air, bomb = EventRecord("e", "a", classes={"AirStrike"}), EventRecord("f", "b", classes={"Bombing"})
        >>> linker.classes_apart(air, bomb), linker.classes_apart(air, EventRecord("g", "c", classes={"Attack"}))
        (True, False)
        """
        ca, cb = self.specific_class(a), self.specific_class(b)
        if ca is None or cb is None or self.lexicon.compatible(ca, cb) or self.related(ca, cb):
            return False
        if not self.one_local_place(a, b):
            return True
        if a.day_precise and b.day_precise:
            return a.time[:10] != b.time[:10]  # type: ignore[index]
        # one dated, the other undated news of that day (:meth:`fresh_report`): one day too, as
        # :meth:`_judge` counts it ("the air strike on the market" in the next morning's
        # statement, "the bombing of the market" of a report dating it)
        return (self.fresh_report(a, b) or self.fresh_report(b, a)) is None

    def local_places_apart(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` are placed in places the knowledge base lacks (villages, camps,
        buildings), and none of ``a``'s is one with, within, near or spelled like one of
        ``b``'s (two sites named differently are not near for the point of their town their
        article lent them: :meth:`~kg.canon.geography.Geography.lent_near`): told of by one
        article, they are two events ("gunmen attacked the market of A; a second blast hit
        the hospital of B"). Across two articles this is no
        evidence either way (one may name the village, the other the camp beside it).

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> a = EventRecord("e1", "a", places={"https://w3id.org/kg-news/entity/place/tchombangou"})
        >>> b = EventRecord("e2", "a", places={"https://w3id.org/kg-news/entity/place/zaroumdareye"})
        >>> c = EventRecord("e3", "a", places={"https://w3id.org/kg-news/entity/place/tchoma-bangou"})
        >>> linker.local_places_apart(a, b), linker.local_places_apart(a, c)
        (True, False)
        """
        fa, fb = self.finest(a), self.finest(b)  # (a site's town aside: :meth:`finest`)
        pa = [p for p in fa if self.local_place(p)]
        pb = [q for q in fb if self.local_place(q)]
        if not pa or not pb:
            return False
        return not any(self.place_relation(p, q) == SAME and not self.lent_near(p, q) for p in fa for q in fb)

    def finest(self, rec: EventRecord) -> set[str]:
        """``rec``'s places less the towns its sites lent their points from: an event placed at
        a site and at its town ("stormed the X hotel in Y": the hotel and Y,
        :mod:`kg.extract.events.venues`) is at the site; the town is where the site is, not a
        second place of the event. What tells sites apart (:meth:`sites_apart`,
        :meth:`local_places_apart`, :meth:`site_in_town`) reads these; the evidence of a place
        two reports name (:meth:`_judge`) reads all the places, so that a report naming the town
        only and one naming the hall in it share the town. Places none of which was lent a
        point ("strikes on two towns"), or all lent, are all kept.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> linker.points.update({"p/hotel": (1.0, 1.0), "p/town": (1.0, 1.0)}); linker.borrowed.add("p/hotel")
        >>> sorted(linker.finest(EventRecord("e", "a", places={"p/hotel", "p/town"})))
        ['p/hotel']
        """
        if len(rec.places) < 2:
            return set(rec.places)
        sites = [p for p in rec.places if p in self.borrowed]
        towns = {q for q in rec.places if q not in self.borrowed and any(self.near(p, q) for p in sites)}
        return rec.places - towns if towns and towns != rec.places else set(rec.places)

    def site_in_town(self, part: EventRecord, whole: EventRecord) -> bool:
        """``part`` is placed at sites only (places the knowledge base lacks, each at a point
        its article lent it: the airport, the metro station; the towns they lent their points
        from aside, :meth:`finest`), ``whole`` only at places the knowledge base holds (a city,
        a country), each containing or near each site: told of by one article, not said by it
        to be one, they are the attacks in the city and one of them at its site, a part and
        its whole. Unless ``whole`` is named by a singular (not :func:`~kg.canon.anaphora.plural`:
        "the attacks", "the bombings") and the two look like one event told twice
        (:meth:`restated`: a place below a country or a doer both state): "the group attacked a
        convoy in the region ... officials say the group attacked a humanitarian convoy between
        A and B" tells one attack, by its region and then by its towns (places a gazetteer lent
        points), and so does a toll there (a toll's plural, "an attack that claimed the lives of
        civilians" in the region, names people, not several events). "A helicopter then fired on civilians" in the country,
        beside the air strike on the village, states neither, and stays the strike's part."""
        whole_class = self.specific_class(whole)
        toll = whole_class is not None and self.lexicon.is_a(whole_class, TOLL_CLASS)
        if (toll or not plural(whole.label)) and self.restated(part, whole):
            return False
        sites, towns = self.finest(part), self.finest(whole)
        return bool(sites) and bool(towns) \
            and all(self.local_place(p) and p in self.borrowed for p in sites) \
            and not any(self.local_place(q) for q in towns) \
            and all(self.place_relation(p, q) == SAME for p in sites for q in towns)

    def sites_apart(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` state sites (places the knowledge base lacks) none of which is one
        with one of the other's but for a point lent them both (:meth:`~kg.canon.geography.Geography.lent_near`):
        "two bombs exploded at the airport ... another at the metro station", each site at
        its city's point in the reports, are two bombings, which a chain of links through "the
        attacks in the city" must not make one. Sites placed by a gazetteer, or named alike,
        are not for this (one report may name the village, another the camp beside it).

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> linker.points.update({"p/airport": (1.0, 1.0), "p/metro": (1.0, 1.0)}); linker.borrowed.update({"p/airport", "p/metro"})
        >>> linker.sites_apart(EventRecord("e", "a", places={"p/airport"}), EventRecord("f", "b", places={"p/metro"}))
        True
        >>> linker.sites_apart(EventRecord("e", "a", places={"p/airport"}), EventRecord("f", "b", places={"p/airport"}))
        False
        """
        fa, fb = self.finest(a), self.finest(b)
        pairs = [(p, q) for p in fa for q in fb if self.local_place(p) and self.local_place(q)]
        if not pairs or len(pairs) != len(fa) * len(fb):
            return False
        lent = [self.lent_near(p, q) for p, q in pairs]
        return any(lent) and all(x or self.place_relation(p, q) != SAME for x, (p, q) in zip(lent, pairs))

    def may_act(self, iri: str) -> bool:
        """An agent or actor that can act: not a place below a country (a country stands for
        its state; "Kharkiv" or "Quetta" read as an actor is the place of the event)."""
        return not self._is_place(iri) or self._is_country(iri)

    def restated(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b``, of one article, look like one event told twice (its coreference
        missed it): compatible classes, a place below a country (or an agent) each states that
        is the other's, or one names who did what the other gives to nobody in particular
        (:meth:`_claimed`), and nothing they state differs. "The offensive in Nagorno-Karabakh"
        three times in an encyclopedia's lead, "gunmen attacked the town ...; JNIM claimed the
        attack", not "a helicopter then fired" (it states no place) beside the air strike on
        the village.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> x = EventRecord("a/event/e1", "a", classes={"MilitaryOperation"}, places={"p"}, time="2023-09-19")
        >>> linker.restated(x, EventRecord("a/event/e2", "a", classes={"Escalation"}, places={"p"}))
        True
        >>> linker.restated(x, EventRecord("a/event/e3", "a", classes={"AirStrike"}))
        False
        """
        ca, cb = self.specific_class(a), self.specific_class(b)
        if ca is None or cb is None or not (self.lexicon.compatible(ca, cb) or self.related(ca, cb)) or self.conflict(a, b):
            return False
        places = any(self.place_relation(p, q) == SAME for p in a.places for q in b.places
                     if not (self._is_country(p) or self._is_country(q)))
        agents = any(self.agent_relation(x, y) == SAME for x in a.agents for y in b.agents if self.may_act(x) and self.may_act(y))
        return places or agents or self._claimed(a, b) or self._claimed(b, a)

    @staticmethod
    def _claimed(told: EventRecord, named: EventRecord) -> bool:
        """``named`` names who did ``told``: ``told`` gives its doer as nobody in particular
        (an article's "gunmen", "jihadist fighters"), ``named``, placed nowhere, gives named
        doers only ("gunmen attacked the village on Saturday ...; JNIM claimed the attack")."""
        return (bool(told.agents) and not any(is_named(x) for x in told.agents)
                and bool(named.agents) and not named.places and all(is_named(x) for x in named.agents))

    def coarse_place(self, iri: str) -> bool:
        """A continent, a country or a region of one (the knowledge base's administrative areas),
        not a town, a village or a building: naming it in two reports says little of one event."""
        if iri in self.wide:  # a continent
            return True
        entity = self.kb.get(iri) if self.kb is not None else None
        return entity is not None and ("Country" in entity.types or "AdministrativeArea" in entity.types)

    def one_local_place(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` name one village, camp or building (a place the knowledge base
        lacks, named alike): an attack on it blamed on two agents is one attack whose
        responsibility the reports dispute (:mod:`kg.canon.claims` states it), not two."""
        return any(self.local_place(p) and self.local_place(q) and (p == q or self.spelled_alike(p, q))
                   for p in a.places for q in b.places)

    def conflict(self, a: EventRecord, b: EventRecord) -> str | None:
        """What ``a`` and ``b`` state differently, making them two events whatever links
        them through other reports: places known apart, agents known to differ (but in one
        village: :meth:`one_local_place`), days further apart than :data:`DAY_LAG`, or two
        days and two villages, camps or buildings not known to be one (:meth:`local_places_apart`:
        within the days' window, a day misread is absorbed by one place, not by two); None
        when nothing they state differs."""
        if a.places and b.places and all(self.place_relation(p, q) == APART for p in a.places for q in b.places):
            return "places apart"
        if a.agents and b.agents and all(self.agent_relation(x, y) == APART for x in a.agents for y in b.agents) \
                and not self.one_local_place(a, b):
            return "agents apart"
        if a.day_precise and b.day_precise:
            if day_gap(a, b) > DAY_LAG:
                return "days apart"
            if a.time[:10] != b.time[:10] and self.local_places_apart(a, b):  # type: ignore[index]
                return "local places apart on two days"  # a village attacked on Sunday, another on Tuesday
        if b.iri in self.apart_from(a) or a.iri in self.apart_from(b) or self.after_its_like(a, b) or self.after_its_like(b, a):
            return "set apart"
        return None

    # ------------------------------------------------------------------ comparison

    def compare(self, a: EventRecord, b: EventRecord) -> str | None:
        """Why ``a`` and ``b`` (events of different articles) are one event; None if they are not."""
        return self.decide(a, b)[0]

    def decide(self, a: EventRecord, b: EventRecord) -> tuple[str | None, str]:
        """(why ``a`` and ``b`` are one event, None) or (None, why they are not: the first
        rule that refuses them), for :meth:`compare` and for explaining a link not made.

        First on what the two reports state of the events (:meth:`_judge`: two pieces of
        evidence, no argument known to differ); then, when that is not enough and nothing
        they state differs, on their stories: two reports of one story (:meth:`story`) make
        one event of two of their events of compatible classes, each of its story's time
        (:meth:`of_its_story`), when these, read with their articles' story context for the
        place, the actor and the day they do not state (:meth:`in_context`), still differ in
        nothing (two speech acts: and have one speaker), and share a piece of evidence of
        what they state themselves (a place, an agent, a day, counted whether or not their
        own times meet): two mentions stating nothing, "attacks against civilians are
        unacceptable" in two statements, are not made one by their stories alone, nor are an
        encyclopedia's undated background tally and a statement's tally placed by its country."""
        if a.article == b.article:
            return None, "one article"
        why, refusal, n = self._judge(a, b, own=True)
        if why is not None or refusal in _FINAL:
            return why, refusal
        story = self.story(a, b)
        if story is None:
            return None, refusal
        if self.behind(a) or self.behind(b):  # its story's place and day are those of the event it is set apart from
            return None, f"{refusal}; in one story ({story}), but set apart from an event its article told before"
        # an event not of its story's time ("the toll of Saturday's strike rose" in Monday's
        # report of another strike) may still be one with an event of the day it names itself,
        # read without its story's place and actor (they are of the other event)
        timely = [self.of_its_story(rec) for rec in (a, b)]
        one_day = a.day_precise and b.day_precise and a.time[:10] == b.time[:10]  # type: ignore[index]
        if not all(timely) and not one_day:
            return None, f"{refusal}; in one story ({story}), but not at its time"
        stated = n if refusal not in ("not linkable", "times apart") else self._judge(a, b, own=True, stated=False, timed=False)[2]
        if stated == 0 and not self.stories_confirm(a, b):  # (counted whether or not their own times meet)
            return None, f"{refusal}; in one story ({story}), but sharing nothing they state"
        if not (self.of_its_story_place(a) and self.of_its_story_place(b)):
            return None, f"{refusal}; in one story ({story}), but placed away from its story's place"
        if self.places_unlike(a, b):
            return None, f"{refusal}; in one story ({story}), but stating two places not known to be one"
        read_a, read_b = (self.in_context(r) if t and self._of_its_story_day(r) else r for r, t in zip((a, b), timely))
        if a.time is None and b.time is None and self.one_person_speaking(a, b):  # (two things said neither report dates)
            read_a, read_b = self.said_in_reports(read_a, read_b)
        if self.places_unlike(read_a, read_b):
            return None, f"{refusal}; in one story ({story}), but read in it, of two places not known to be one"
        why, story_refusal, _n = self._judge(read_a, read_b, own=False)
        if why is None:
            return None, f"{refusal}; in one story ({story}): {story_refusal}"
        return f"{why}; {STORY_LINK}: {story}", ""

    def one_person_speaking(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` state one person as who did them (an agent or actor of theirs, a
        speaker's ``kgo:speaker`` read as an actor; not their story's speaker):
        one person's statement, released and then reported, not "officials said" of a
        government that speaks every day."""
        def person(iri: str) -> bool:
            entity = self.kb.get(iri) if self.kb is not None else None
            return entity.kind == "person" if entity is not None else "/entity/person/" in iri

        return any(person(x) and (x == y or self.spelled_alike(x, y)) for x in a.agents | a.actors for y in b.agents | b.actors)

    def said_in_reports(self, a: EventRecord, b: EventRecord) -> tuple[EventRecord, EventRecord]:
        """``a`` and ``b`` as read in their stories, two things said that neither report dates
        (each read as said the day its report was published: :meth:`in_context`; the caller
        checks they state no time, and one person as their speaker: :meth:`one_person_speaking`), when the
        reports came out up to :data:`FRESH_DAYS` apart: the later read as said the earlier
        day. "The Secretary-General strongly condemns these attacks" in his statement of the
        night and "the UN Secretary-General has strongly condemned the attacks" in a report of
        the next morning are one statement, as an undated event is news of the day before
        (:meth:`fresh_report`); two statements the reports date themselves stay of their days.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> x = EventRecord("a/event/e1", "a", classes={"Condemnation"}, time="2024-03-04", precision="day", published=date(2024, 3, 4))
        >>> y = EventRecord("b/event/e1", "b", classes={"Condemnation"}, time="2024-03-05", precision="day", published=date(2024, 3, 5))
        >>> [r.time for r in linker.said_in_reports(x, y)]
        ['2024-03-04', '2024-03-04']
        """
        if not (is_speech_act(a, self.lexicon) and is_speech_act(b, self.lexicon)) or a.published is None or b.published is None:
            return a, b
        if a.time != a.published.isoformat() or b.time != b.published.isoformat() \
                or not 0 < abs((a.published - b.published).days) <= FRESH_DAYS:
            return a, b  # (dated by their reports, not by what they state)
        early, late = (a, b) if a.published < b.published else (b, a)
        late = replace(late, time=early.time, precision="day")
        return (early, late) if early is a else (late, early)

    def places_unlike(self, a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` each state places, all below a region (towns, villages, sites, seas),
        and none is one with, within or near one of the other's: what a story lends an event
        lacking a place cannot make one of the attack on one town and that on another 60 km
        away, nor of a missile fired in one sea and one in another.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> red, aden = {"https://w3id.org/kg-news/entity/place/red-sea"}, {"https://w3id.org/kg-news/entity/place/gulf-of-aden"}
        >>> linker.places_unlike(EventRecord("e", "a", places=red), EventRecord("f", "b", places=aden))
        True
        >>> linker.places_unlike(EventRecord("e", "a", places=red), EventRecord("f", "b"))
        False
        """
        if not a.places or not b.places or any(self.coarse_place(p) for p in a.places | b.places):
            return False
        return not any(self.place_relation(p, q) == SAME for p in a.places for q in b.places)

    def _judge(self, a: EventRecord, b: EventRecord, *, own: bool, stated: bool = True,
               timed: bool = True) -> tuple[str | None, str, int]:
        """The test of :meth:`decide` on ``a`` and ``b`` as given: with ``own``, on what they
        state (two pieces of evidence); else as read in their stories (classes compatible,
        nothing differing). Two speech acts are one only when one speaker (an agent or actor
        both name) says both: a place and a day do not make one of two statements. The third value: the pieces of
        evidence found (with ``stated`` false, ``own`` is judged whether or not the events
        are linkable on what they state; with ``timed`` false, whether or not their times
        meet: the evidence two events of one story state themselves, a place, an agent or
        a day, is counted even when an undated one's article came out weeks later)."""
        if own and stated and not (self._linkable_as_stated(a) and self._linkable_as_stated(b)):
            return None, "not linkable", 0
        ca, cb = self.specific_class(a), self.specific_class(b)
        if ca is None or cb is None:
            return None, "no class", 0
        siblings = not self.lexicon.compatible(ca, cb)
        related = siblings and self.related(ca, cb)  # (a massacre and an attack: ontology/lexicon/canon.toml)
        if siblings and not related and self.family(ca) != self.family(cb):
            return None, "classes of two families", 0
        if siblings and not related and not own:
            return None, "sibling classes", 0
        if a.day_precise and b.day_precise and day_gap(a, b) > DAY_LAG:
            return None, "days apart", 0
        if self.after_its_like(a, b) or self.after_its_like(b, a):
            return None, "set apart, after the other", 0
        da, db = self.days(a), self.days(b)
        if timed and (da is None or db is None or da[1] < db[0] or db[1] < da[0]):
            return None, "times apart", 0
        evidence = []
        coarse = ""  # a place both name too coarse to count (see below)
        # the same day (or news of that day), not only days within the window
        fresh = None if a.day_precise and b.day_precise else self.fresh_report(a, b) or self.fresh_report(b, a)
        one_day = a.time[:10] == b.time[:10] if a.day_precise and b.day_precise else fresh is not None  # type: ignore[index]
        if a.places and b.places:
            rel = {(p, q): self.place_relation(p, q) for p in a.places for q in b.places}
            shared = sorted(k for k, r in rel.items() if r == SAME)
            # the coarser the place, the closer the time must agree: one town, village, camp or
            # region (or two towns near each other) within the days' window; a region or a
            # country one report names and a place in it the other names (a statement of the
            # day condemning the attack "in the Russian Federation"; a raid "in Balochistan"
            # the day after a bombing in its capital) only on one day; one country both name
            # and nothing finer never (two attacks in Afghanistan on one day)
            below = [(p, q) for p, q in shared if (p == q and not self._is_country(p))
                     or not (self.coarse_place(p) or self.coarse_place(q))]
            below = below or [(p, q) for p, q in shared if one_day and not (self._is_country(p) and self._is_country(q))]
            if below:
                p, q = below[0]
                evidence.append(f"place {local_name(p)}" + ("" if p == q else f" ~ {local_name(q)}"))
            elif shared:  # said in the explanation, not counted
                p, q = shared[0]
                coarse = f"coarse place {local_name(p)}" + ("" if p == q else f" ~ {local_name(q)}")
            if shared:
                local = sorted((p, q) for p, q in shared if self.local_place(p) and self.local_place(q)
                               and (p == q or self.spelled_alike(p, q)))
                if local:  # one village, one building (named alike, not two near each other): as telling as a second piece of evidence
                    p, q = local[0]
                    evidence.append(f"local place {local_name(p)}" + ("" if p == q else f" ~ {local_name(q)}"))
            elif all(r == APART for r in rel.values()):
                return None, "places apart", 0  # named places known to be apart: different events
        if a.agents and b.agents:  # (a town named as an agent, "Quetta ... which killed", is none)
            rel = {(x, y): self.agent_relation(x, y) for x in a.agents for y in b.agents if self.may_act(x) and self.may_act(y)}
            shared = sorted(k for k, r in rel.items() if r == SAME)
            if shared:
                x, y = shared[0]
                evidence.append(f"agent {local_name(x)}" + ("" if x == y else f" ~ {local_name(y)}"))
            elif rel and all(r == APART for r in rel.values()) and not any(e.startswith("local place") for e in evidence):
                return None, "agents apart", 0  # each names who did it, and they disagree (in one village: blamed on two, a claim to flag)
        else:
            shared = sorted((x, y) for x in a.actors | a.agents for y in b.actors | b.agents
                            if self.may_act(x) and self.may_act(y) and (self.nested(x, y) or self.spelled_alike(x, y)))
            if shared:
                x, y = shared[0]
                evidence.append(f"actor {local_name(x)}" + ("" if x == y else f" ~ {local_name(y)}"))
        # the same day; two days within the window only with a place both name (the window
        # absorbs a day misread where the place says it is one event: an agent at war acts
        # every day, so its name and two days apart are two attacks)
        if a.day_precise and b.day_precise and (one_day or any(e.startswith(("place", "local place")) for e in evidence)):
            evidence.append(f"day {a.time}" + ("" if a.time == b.time else f" ~ {b.time}"))
        elif fresh:
            evidence.append(fresh)
        if (a.beside_toll or b.beside_toll) and not any(e.startswith(("agent", "actor")) for e in evidence):
            # the attacker killed by police, beside the attack's dead: one with a report's
            # killing only when both name one doer (a toll naming none is the attack's)
            return None, "a killing beside its article's toll, sharing no doer", len(evidence)
        if own and len(evidence) < 2:
            return None, f"evidence {'; '.join(evidence) or 'none'}", len(evidence)
        if a.set_apart and b.set_apart and not (one_day and any(e.startswith(("place", "local place")) for e in evidence)):
            # "a new wave of strikes", "another attack" in two reports: two of a series, unless one place and day
            return None, "both set apart, not one place and day", len(evidence)
        if is_speech_act(a, self.lexicon):
            if not any(e.startswith(("agent", "actor")) for e in evidence):
                return None, "speech acts of speakers not known to be one", len(evidence)  # two things said: one speaker makes them one
            if a.day_precise and b.day_precise and not one_day:
                return None, "speech acts of two days", len(evidence)  # "US officials said" on the 12th and on the 13th: two statements
        # two sibling classes (an air strike and shelling), or two a report may use for one
        # happening (a massacre and an attack), in one village on one day: one event; else two
        # (two reports of one story: the story's time, checked by decide(), does for the day)
        if siblings and not (any(e.startswith("local place") for e in evidence) and (one_day or related and not own)):
            return None, "sibling classes without one local place and day", len(evidence)
        classes = ca if ca == cb else f"{ca} ~ {cb}"
        when = f"time {a.time or 'undated'} ~ {b.time or 'undated'}"
        return f"class {classes}; {when}; " + "; ".join(evidence) + (f" ({coarse})" if coarse else ""), "", len(evidence)


def day_gap(a: EventRecord, b: EventRecord) -> int:
    """The days between two events dated to the day, each its day or the span of days its
    article gives (:meth:`~kg.canon.records.EventRecord.span`): 0 when they meet. The army's
    operation "from 23 to 31 March" and the massacre "between 27 and 31 March" meet.

    >>> day_gap(EventRecord("e", "a", time="2022-03-23", end="2022-03-31"), EventRecord("f", "b", time="2022-03-27"))
    0
    >>> day_gap(EventRecord("e", "a", time="2022-03-23"), EventRecord("f", "b", time="2022-03-27"))
    4
    """
    sa, sb = a.span(), b.span()
    if sa is None or sb is None:
        return 0
    return max(0, (sb[0] - sa[1]).days, (sa[0] - sb[1]).days)


#: refusals of :meth:`Linker._judge` on what the reports state that no story context undoes
_FINAL = frozenset({"classes of two families", "days apart", "places apart", "agents apart", "no class",
                    "set apart, after the other", "both set apart, not one place and day"})


