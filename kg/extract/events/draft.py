"""The working record of one event mention while its arguments are read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from ..model import TimeValue
from ..speech import SpeechFrame
from ..time import TimeExpression
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Draft"]


@dataclass(eq=False)
class Draft:
    trigger: Trigger
    cls: str
    support: "Token | None" = None  # light verb: "launched" a new offensive
    result: "Token | None" = None  # "turn ... into" war
    host: "Token | None" = None  # sirens "have been activated" in Stepanakert
    governor: "Draft | None" = None  # the speech act whose object this noun is
    merged: list["Token"] = field(default_factory=list)  # conj verbs of the same speech act
    frame: SpeechFrame | None = None
    channel_event: "Draft | None" = None
    cause: "Draft | None" = None  # an event that is this one's subject
    roles: dict[str, list[str]] = field(default_factory=dict)
    direct: set[str] = field(default_factory=set)  # what the clause itself gave (for confidence)
    slots: list[tuple[str, "Token"]] = field(default_factory=list)  # (role, noun phrase head) read for a role
    place: str | None = None
    # further places the sentence states with ``place`` ("strikes on Kharkiv and
    # Zaporizhzhia", "spread from Khartoum to Omdurman"), read last (places.spread_places)
    also_places: list[str] = field(default_factory=list)
    time: TimeValue | None = None
    times: list[TimeExpression] = field(default_factory=list)
    modality: str = "asserted"
    attributed_to: "Draft | None" = None
    count: int | None = None
    count_unit: str | None = None
    outcome: str | None = None  # "failed": it happened and failed
    inferred_place: str | None = None  # the article's one country, for an event the sentence gives no place
    cause: "Draft | None" = None  # the event it is a consequence of, whose place and time it took ("resulted in deaths")
    scene: "Draft | None" = None  # the event of an earlier sentence whose place or time it was given (scene)
    sentence_place: str | None = None  # "In Kharkiv region, ...": the place the sentence opens with
    # told as going on over a stretch of time ("have attacked villages for years"): no point
    # in time but its own, and no single occasion told elsewhere
    period: bool = False
    #: of the periods, one told again and again or as a kind (modality's habitual reading,
    #: not a mere stretch of time: "is targeting civilians", not "fought for weeks")
    habitual: bool = False
    own_time: TimeValue | None = None  # the time its own clause gives (kept for a period)
    cluster: int = -1
    set_apart: str | None = None  # "a *second* blast": the words setting it apart (apart.py)
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
