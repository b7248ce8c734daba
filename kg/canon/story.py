"""Events read in their articles' stories: the part of :class:`~kg.canon.link.Linker` that lends
an event its story's place, actor and day (:meth:`InStory.in_context`), tells whether two
reports tell one story (:meth:`InStory.story`) and whether an event is of its story's time and
place (:meth:`InStory.of_its_story`, :meth:`InStory.of_its_story_place`).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .geography import APART, SAME, local_name
from .limits import DAY_LAG, STORY_CACHE, UNDATED_WINDOW
from .records import EventRecord, is_named, is_speech_act

if TYPE_CHECKING:
    from .link import Linker
    from .records import StoryContext

__all__ = ["InStory"]


class InStory:
    """The story rules of :class:`~kg.canon.link.Linker` (which they are a part of: they use its
    classes, places, agents and times)."""

    def in_context(self: "Linker", rec: EventRecord) -> EventRecord:
        """``rec`` as read in its article's story (:class:`~kg.canon.records.StoryContext`),
        for linking only: lacking places, the story's place; lacking a time, the story's
        day (a speech act: its article's publication day, a statement being of the day it
        was made, not of the story's); lacking agents, the story's agent (a speech act: the speaker of the article's
        statements) as an actor, which supports a link and never refuses one.

        >>> from kg.canon.records import StoryContext
        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> ctx = StoryContext(places=frozenset({"p"}), agents=frozenset({"x"}), time="2021-01-02")
        >>> r = Linker(load_lexicon(), None).in_context(EventRecord("e", "a", classes={"Attack"}, context=ctx))
        >>> sorted(r.places), r.time, sorted(r.agents), sorted(r.actors)
        (['p'], '2021-01-02', [], ['x'])
        """
        ctx = rec.context
        if ctx is None:
            return rec
        speech = is_speech_act(rec, self.lexicon)
        places = rec.places or set(ctx.places)
        actors = rec.actors if rec.agents else rec.actors | set(ctx.speakers if speech else ctx.agents)
        if rec.time is None and not speech and ctx.time is not None:
            time, precision = ctx.time, "day"
        elif rec.time is None and speech and rec.published is not None:
            time, precision = rec.published.isoformat(), "day"  # said the day it was published
        else:
            time, precision = rec.time, rec.precision
        if places == rec.places and actors == rec.actors and time == rec.time:
            return rec
        return replace(rec, places=places, actors=actors, time=time, precision=precision)

    def story(self: "Linker", a: EventRecord, b: EventRecord) -> str | None:
        """Why the articles of ``a`` and ``b`` tell one story (None when they do not or are
        not known to): two of these, one of them a place, an agent or named entities: their
        events name places of one area (a village or a building the knowledge base lacks
        counts twice), one agent, one speaker; they name two or more named entities alike
        (``schema:mentions``); their story days are within :data:`DAY_LAG`. Places all known
        to be apart, agents known to differ, or story days further apart: two stories.

        >>> from kg.canon.records import StoryContext
        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> x = StoryContext(places=frozenset({"v"}), named=frozenset({"v"}), time="2021-01-02", mentions=frozenset({"un", "niger"}))
        >>> y = StoryContext(time="2021-01-03", mentions=frozenset({"un", "niger", "mali"}))
        >>> linker.story(EventRecord("e", "a", context=x), EventRecord("f", "b", context=y))
        'named entities niger, un, day 2021-01-02 ~ 2021-01-03'
        >>> linker.story(EventRecord("e", "a", context=x), EventRecord("f", "b", context=StoryContext(time="2021-01-03")))
        """
        ca, cb = a.context, b.context
        if ca is None or cb is None:
            return None
        key = (ca, cb)
        if key not in self._stories:
            if len(self._stories) > STORY_CACHE:
                self._stories.clear()
            self._stories[key] = self._story(ca, cb)
        return self._stories[key]

    def _story(self: "Linker", ca: "StoryContext", cb: "StoryContext") -> str | None:
        evidence = []
        pa, pb = ca.named or ca.places, cb.named or cb.places
        if pa and pb:
            rel = {(p, q): self.place_relation(p, q) for p in pa for q in pb}
            shared = sorted(k for k, r in rel.items() if r == SAME)
            if shared:
                local = [(p, q) for p, q in shared if self.local_place(p) and self.local_place(q)]
                p, q = (local or shared)[0]
                evidence.append(f"place {local_name(p)}" + ("" if p == q else f" ~ {local_name(q)}"))
                if local:
                    evidence.append("a place the knowledge base lacks")
            elif all(r == APART for r in rel.values()) and not (self._mentions_place(ca, pb) or self._mentions_place(cb, pa)):
                return None  # (a report of today's strike in one country that names yesterday's in another tells both)
        for kind, xs, ys in (("agent", ca.agents, cb.agents), ("speaker", ca.speakers, cb.speakers)):
            if xs and ys:
                rel = {(x, y): self.agent_relation(x, y) for x in xs for y in ys}
                shared = sorted(k for k, r in rel.items() if r == SAME)
                if shared:
                    evidence.append(f"{kind} {local_name(shared[0][0])}")
                elif kind == "agent" and all(r == APART for r in rel.values()) and not any(e.startswith("place") for e in evidence):
                    return None  # (in one place, a story of an attack and of the other side's reply is one)
        common = sorted(ca.mentions & cb.mentions)
        if len(common) >= 2:
            evidence.append("named entities " + ", ".join(local_name(m) for m in common[:3]))
        if ca.time and cb.time:
            gap = abs((date.fromisoformat(ca.time) - date.fromisoformat(cb.time)).days)
            if gap > DAY_LAG:
                return None
            evidence.append(f"day {ca.time}" + ("" if ca.time == cb.time else f" ~ {cb.time}"))
        if len(evidence) < 2 or not any(e.startswith(("place", "agent", "named")) for e in evidence):
            return None
        return ", ".join(evidence)

    def _mentions_place(self: "Linker", ctx: "StoryContext", places: frozenset[str]) -> bool:
        """The article of ``ctx`` names (``schema:mentions``) one of ``places`` or a place
        one with, within or near one of them."""
        if ctx.mentions & places:
            return True
        roots = {self.root(q) for q in places}  # one with, within or near: of one country (near across a border aside)
        return any(self._is_place(m) and self.root(m) in roots and any(self.place_relation(m, q) == SAME for q in places)
                   for m in ctx.mentions)

    @staticmethod
    def _of_its_story_day(rec: EventRecord) -> bool:
        """``rec`` names no day, or its story's: read with its story's place and actor (an event
        of another day its report names is of another place too: "Saturday's strike on the
        hypermarket" in Monday's report of a strike in another region)."""
        ctx = rec.context
        return not rec.day_precise or ctx is None or ctx.time is None or rec.time[:10] == ctx.time  # type: ignore[index]

    def of_its_story(self: "Linker", rec: EventRecord) -> bool:
        """Whether ``rec`` may be of its article's story as time goes: it names no time, or
        a day that meets the story's day (within :data:`DAY_LAG`), or, for an article whose
        events name no day, the week before its publication. "Last month, an attack in the
        south killed 28" in a report of today's attack is another story's event, and so is
        one dated by its month or year only ("thousands fled in April"): a tally or a
        background, which a story's day does not make one with the day's event. An event
        naming no time that a statement of its sentence dates (:attr:`~kg.canon.records.EventRecord.said_by`)
        is of the week before the statement: of its story only when that meets its story's day
        ("on 7 March the police said they had foiled a plot to attack ..." in a report of the
        attack of the 22nd is not).

        >>> from kg.canon.records import StoryContext
        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker, ctx = Linker(load_lexicon(), None), StoryContext(time="2021-01-02")
        >>> linker.of_its_story(EventRecord("e", "a", time="2020-12-21", context=ctx)), linker.of_its_story(EventRecord("e", "a", context=ctx))
        (False, True)
        >>> linker.of_its_story(EventRecord("e", "a", time="2021-01", context=ctx))
        False
        >>> linker.of_its_story(EventRecord("e", "a", said_by=date(2020, 12, 20), context=ctx)), linker.of_its_story(EventRecord("e", "a", said_by=date(2021, 1, 2), context=ctx))
        (False, True)
        """
        own = rec.time_range()
        if own is None and rec.said_by is not None:  # told by a statement of its sentence's day:
            own = self.days(rec)  # of the week before it (its story's time may be later)
            assert own is not None
            ctx = rec.context
            if ctx is None or ctx.time is None:
                return True
            day = date.fromisoformat(ctx.time)
            return own[0] <= day + timedelta(days=DAY_LAG) and day - timedelta(days=DAY_LAG) <= own[1]
        if own is None:
            return True
        if own[0] != own[1]:
            return False
        ctx = rec.context
        if ctx is not None and ctx.time is not None:
            day = date.fromisoformat(ctx.time)
            lo, hi = day - timedelta(days=DAY_LAG), day + timedelta(days=DAY_LAG)
        elif rec.published is not None:
            lo, hi = rec.published - timedelta(days=UNDATED_WINDOW), rec.published
        else:
            return False
        return own[0] <= hi and lo <= own[1]

    def of_its_story_place(self: "Linker", rec: EventRecord) -> bool:
        """Whether ``rec`` may be of its article's story as places go: it names no place, or
        a country or a region, or a place one with, within or near its story's place. "The
        attack on another town two days earlier" in a report of today's attack is of another
        event: its story does not make it one with the day's event. (A story placed by a
        country or a region only: any place.)

        >>> from kg.canon.records import StoryContext
        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker, ctx = Linker(load_lexicon(), None), StoryContext(places=frozenset({"kb/village-a"}), time="2021-01-02")
        >>> linker.of_its_story_place(EventRecord("e", "a", places={"kb/village-b"}, context=ctx))
        False
        >>> linker.of_its_story_place(EventRecord("e", "a", places={"kb/village-a"}, context=ctx)), linker.of_its_story_place(EventRecord("e", "a", context=ctx))
        (True, True)
        """
        ctx = rec.context
        if ctx is None or not ctx.places or not rec.places or any(self.coarse_place(p) for p in rec.places | ctx.places):
            return True
        return any(self.place_relation(p, q) == SAME for p in rec.places for q in ctx.places)

    def stories_confirm(self: "Linker", a: EventRecord, b: EventRecord) -> bool:
        """``a`` and ``b`` share nothing they state, but each states what the other's story is
        about (:meth:`_confirms`): "al-Shabaab fighters attacked the travellers" in the report
        of a town's attack that names no place for it, and "the attack near the town" in the
        next day's report, which names no doer for it, whose story's doer is al-Shabaab. Two
        mentions stating nothing ("attacks against civilians") are not so confirmed.

        >>> from kg.canon.records import StoryContext
        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> v, g = "https://w3id.org/kg-news/entity/place/village-a", "https://w3id.org/kg-news/kb/group-g"
        >>> x = EventRecord("a/event/e1", "a", classes={"Attack"}, actors={g}, context=StoryContext(places=frozenset({v})))
        >>> y = EventRecord("b/event/e1", "b", classes={"Attack"}, places={v}, context=StoryContext(agents=frozenset({g})))
        >>> linker.stories_confirm(x, y), linker.stories_confirm(x, EventRecord("b/event/e2", "b", classes={"Attack"}, places={v}))
        (True, False)
        """
        return self._confirms(a, b) and self._confirms(b, a)

    def _confirms(self: "Linker", rec: EventRecord, other: EventRecord) -> bool:
        """``rec`` states a place finer than a region one with, within or near a place of
        ``other``'s story, or a named agent or actor one with (or a part of) ``other``'s story's agent."""
        ctx = other.context
        if ctx is None:
            return False
        if any(self.place_relation(p, q) == SAME for p in rec.places if not self.coarse_place(p) for q in ctx.places):
            return True
        return any(is_named(x) and self.may_act(x) and self.agent_relation(x, y) == SAME
                   for x in rec.agents | rec.actors for y in ctx.agents)
