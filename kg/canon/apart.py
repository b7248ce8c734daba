"""Events their text sets apart, and bare mentions: the part of :class:`~kg.canon.link.Linker`
that reads ``kgo:setApart`` and links a mention that states nothing of its own.

* **Set apart** (:meth:`SetApart.apart_from`, :meth:`SetApart.behind`,
  :meth:`SetApart.after_its_like`): an event its article sets apart from those of its kind
  ("a *second* blast", "*another* attack", "attacked *again*": :mod:`kg.extract.events.apart`)
  is never one with an event of its kind its article tells, nor with another report's event of
  its kind of an earlier day; it is read in its story only when its article tells none of its
  kind before it; two events both set apart are one only on one place and day
  (:meth:`~kg.canon.link.Linker.decide`, :func:`kg.canon.graph.cluster`).
* **One of several** (:meth:`SetApart.one_of_several`): "the attacks in the city" (a plural)
  of one report is none of the events at two sites of the city a report tells apart (the
  bombs at its airport and at a metro station), though each lies in the city; a singular
  "the attack in the town" is the attack at the hall in it.
* **Bare mentions** (:meth:`SetApart.bare`, :meth:`SetApart.bare_of`): "the coup" of a
  report, stating no place, doer, actor or day, joins its story's one event of a compatible
  class of its time, when the story has exactly one (:func:`kg.canon.graph.cluster`).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .anaphora import plural
from .records import EventRecord, is_speech_act, position

if TYPE_CHECKING:
    from .link import Linker

__all__ = ["BARE_LINK", "SetApart"]

#: how the explanation of a link of a bare mention to its story's one event of its class names it
BARE_LINK = "bare mention"


class SetApart:
    """The rules on events set apart and bare mentions, for :class:`~kg.canon.link.Linker`
    (which they are a part of: they use its classes, stories and times)."""

    def one_of_several(self: "Linker", whole: EventRecord, part: EventRecord,
                       others: Iterable[EventRecord]) -> EventRecord | None:
        """The event of ``others`` that tells ``part`` apart as one of several events ``whole``
        names, or None. ``whole`` is named by a plural (:func:`~kg.canon.anaphora.plural`: "the
        attacks in the city"), of a class compatible with ``part``'s, placed at towns or wider places
        only; ``part`` at sites lying in them (:meth:`~kg.canon.link.Linker.site_in_town`: the
        airport); the other is an event of ``part``'s kind at sites in them too, apart from
        ``part``'s (:meth:`~kg.canon.link.Linker.sites_apart`: the metro station). Then the plural
        names the several events, and is neither of them: a link of ``whole`` and ``part`` on
        the town they share would make one of the bombings at two sites through it. A plural
        whose town holds one site told of (the attacks at the hall, "the attacks in the town")
        is not refused: nothing tells several apart.

        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> one = EventRecord("a/event/e1", "a", classes={"Attack"}, places={"p/city"}, label="attack")
        >>> linker.one_of_several(one, EventRecord("b/event/e1", "b", classes={"Bombing"}, places={"p/airport"}), []) is None
        True
        """
        if not plural(whole.label) or whole.set_apart or not self.site_in_town(part, whole):
            return None
        cw, cp = self.specific_class(whole), self.specific_class(part)
        if cw is None or cp is None or not self.lexicon.compatible(cp, cw):
            return None
        for other in others:
            co = self.specific_class(other)
            if other.iri not in (whole.iri, part.iri) and co is not None and self.lexicon.compatible(co, cp) \
                    and self.site_in_town(other, whole) and self.sites_apart(part, other):
                return other
        return None

    def bare(self: "Linker", rec: EventRecord) -> bool:
        """A mention that states no place, doer, actor or day of its own ("the coup", "the
        assault" of a report), is no speech act and is not set apart."""
        return not (rec.places or rec.agents or rec.actors or rec.day_precise or rec.set_apart) \
            and not is_speech_act(rec, self.lexicon)

    def bare_of(self: "Linker", bare: EventRecord, other: EventRecord) -> str | None:
        """Why the :meth:`bare` mention ``bare`` may be ``other``, an event another report of
        its story states a place, a doer or a day of (None when it may not): compatible classes
        (one within the other), ``other`` of its story's time, and their times meeting with
        ``bare`` read in its story (:meth:`in_context`). Only a candidate: :func:`kg.canon.graph.cluster`
        makes the link when the story has one such event only (the explanation says
        :data:`BARE_LINK`, a link less sure than one on stated evidence).

        >>> from kg.canon.records import StoryContext
        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> ctx = StoryContext(places=frozenset({"kb/niamey"}), named=frozenset({"kb/niamey"}), agents=frozenset({"kb/guard"}), time="2023-07-26")
        >>> a = EventRecord("a/event/e1", "a", classes={"Coup"}, modality="Asserted", context=ctx)
        >>> b = EventRecord("b/event/e1", "b", classes={"Coup"}, places={"kb/niamey"}, time="2023-07-26", modality="Reported", context=ctx)
        >>> linker.bare_of(a, b)
        'class Coup; bare mention: the one Coup of its story; one story: place niamey, a place the knowledge base lacks, agent guard, day 2023-07-26'
        >>> linker.bare_of(a, EventRecord("b/event/e2", "b", classes={"AirStrike"}, places={"kb/niamey"}, time="2023-07-26", context=ctx)) is None
        True
        """
        if bare.article == other.article or not self.bare(bare) or self.bare(other) or other.set_apart or other.beside_toll \
                or is_speech_act(other, self.lexicon):
            return None
        ca, cb = self.specific_class(bare), self.specific_class(other)
        if ca is None or cb is None or not self.lexicon.compatible(ca, cb):
            return None
        story = self.story(bare, other)
        if story is None or not self.of_its_story(other) or not self.of_its_story(bare):
            return None
        da, db = self.days(self.in_context(bare)), self.days(other)
        if da is None or db is None or da[1] < db[0] or db[1] < da[0]:
            return None
        classes = ca if ca == cb else f"{ca} ~ {cb}"
        from .link import STORY_LINK

        return f"class {classes}; {BARE_LINK}: the one {cb} of its story; {STORY_LINK}: {story}"

    # ------------------------------------------------------------------ events set apart

    def apart_from(self: "Linker", rec: EventRecord) -> set[str]:
        """The events of its article that ``rec``, set apart ("a *second* blast", "*another*
        attack", "attacked *again*": ``kgo:setApart``), is not one with: those of its kind (a
        class of its :meth:`block`: the first blast, not the police's statement) it is not
        said to be one with. Empty for an event not set apart.

        >>> from kg.canon.link import Linker
        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> r = EventRecord("a/event/e5", "a", classes={"Bombing"}, set_apart="second",
        ...                 apart_from={"a/event/e1": frozenset({"Attack"}), "a/event/e2": frozenset({"Statement"})})
        >>> sorted(linker.apart_from(r)), linker.apart_from(EventRecord("a/event/e1", "a", classes={"Attack"}))
        (['a/event/e1'], set())
        """
        if not rec.set_apart or not rec.apart_from:
            return set()
        cls = self.specific_class(rec)
        if cls is None:
            return set()
        kind = self.block(cls)
        return {iri for iri, classes in rec.apart_from.items()
                if any(c in self.lexicon.classes and c != "Event" and self.block(c) == kind for c in classes)}

    def behind(self: "Linker", rec: EventRecord) -> bool:
        """``rec`` is set apart from an event of its kind its article told before it
        (:meth:`apart_from`): what its article is about (its story context) is that event's,
        not this one's."""
        here = position(rec.iri)
        return any(position(iri) < here for iri in self.apart_from(rec))

    def after_its_like(self: "Linker", marked: EventRecord, other: EventRecord) -> bool:
        """``marked``, set apart ("*another* attack on the town on Tuesday"), and ``other``, not
        set apart, both dated to the day, ``other`` of an earlier day: it is another event
        than ``other`` (the attack of Sunday another report told), whatever they share."""
        if not marked.set_apart or other.set_apart or not (marked.day_precise and other.day_precise):
            return False
        if other.time[:10] >= marked.time[:10]:  # type: ignore[index]
            return False
        ca, cb = self.specific_class(marked), self.specific_class(other)
        return ca is not None and cb is not None and self.block(ca) == self.block(cb)
