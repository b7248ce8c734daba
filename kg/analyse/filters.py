"""What part of the graph an analysis looks at: a time window, event types, articles, modality.

Times in the graph have a precision (``2023-09-19``, ``2023-09``, ``2023``); each is read as
the interval it covers (``2023-09`` is 1–30 September) and kept when that interval overlaps
the window. A thing with no time of its own takes its article's publication date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..errors import KGError

__all__ = ["Filters", "FilterError", "time_interval"]

_TIME = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class FilterError(KGError):
    """A filter value (date, event type, article) is not understood."""


def time_interval(value: str | None) -> tuple[date, date] | None:
    """The days a time value covers: ``2023-09`` → (2023-09-01, 2023-09-30).

    Accepts the lexical forms of xsd:date, xsd:gYearMonth and xsd:gYear (a time zone or a
    time of day after the date is ignored); None for anything else.

    >>> time_interval("2023-09")
    (datetime.date(2023, 9, 1), datetime.date(2023, 9, 30))
    >>> time_interval("2020")
    (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))
    """
    if not value:
        return None
    m = _TIME.match(value.strip())
    if not m:
        return None
    try:
        year = int(m.group(1))
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _as_date(value: date | str | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    span = time_interval(value)
    if span is None:
        raise FilterError(f"{what} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return span[0] if what == "since" else span[1]


@dataclass(frozen=True)
class Filters:
    """A selection of the graph; every field left empty selects everything.

    Parameters
    ----------
    since, until
        The time window (inclusive); a ``YYYY-MM`` or ``YYYY`` string means its first day
        for ``since`` and its last day for ``until``.
    event_types
        Event classes to keep, by local name (``MilitaryOperation``) or IRI, compared
        case-insensitively; a class keeps its subclasses when the ontology says so.
    articles
        Articles to keep, by id (``h-93a3d7de4abd498d``), article IRI or graph IRI.
    modalities
        Modalities of events to keep (``asserted``, ``reported``, ``planned``,
        ``hypothetical``, ``negated``).
    each_report
        Count every article's report of an event apart. By default (False) the reports of
        one real-world event (the members of a canonical event, :mod:`kg.canon`: the same
        offensive told by three outlets, or by one article in three sentences) are one
        event, counted once, with each report kept in :attr:`EventInfo.reports`.

    Examples
    --------
    >>> f = Filters.create(since="2023-09", event_types=["Statement"])
    >>> f.since, f.until, f.event_types
    (datetime.date(2023, 9, 1), None, frozenset({'statement'}))
    >>> f.is_empty
    False
    """

    since: date | None = None
    until: date | None = None
    event_types: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    modalities: frozenset[str] = frozenset()
    each_report: bool = False

    @classmethod
    def create(
        cls,
        *,
        since: date | str | None = None,
        until: date | str | None = None,
        event_types: Iterable[str] | None = None,
        articles: Iterable[str] | None = None,
        modalities: Iterable[str] | None = None,
        each_report: bool = False,
    ) -> "Filters":
        """Filters from user values, checked; raises :class:`FilterError` on a bad one."""
        from ..extract.model import MODALITIES

        s, u = _as_date(since, "since"), _as_date(until, "until")
        if s and u and s > u:
            raise FilterError(f"the time window is empty: since {s} is after until {u}")
        mods = frozenset(m.strip().lower() for m in modalities or () if m.strip())
        unknown = mods - set(MODALITIES)
        if unknown:
            raise FilterError(f"unknown modality {sorted(unknown)[0]!r}; use one of {', '.join(MODALITIES)}")
        types = frozenset(_local(t).lower() for t in event_types or () if t.strip())
        arts = frozenset(a.strip() for a in articles or () if a.strip())
        return cls(since=s, until=u, event_types=types, articles=arts, modalities=mods, each_report=bool(each_report))

    @property
    def is_empty(self) -> bool:
        return not (self.since or self.until or self.event_types or self.articles or self.modalities or self.each_report)

    def in_window(self, value: str | None, fallback: str | None = None) -> bool:
        """Whether a time value (or, without one, ``fallback``) overlaps the window.

        Without a window everything is in it; with one, a thing with no usable time is not.
        """
        if self.since is None and self.until is None:
            return True
        span = time_interval(value) or time_interval(fallback)
        if span is None:
            return False
        start, end = span
        if self.since and end < self.since:
            return False
        if self.until and start > self.until:
            return False
        return True

    def describe(self) -> str:
        """A short text of the selection, for titles and metadata ('' when empty)."""
        parts = []
        if self.since or self.until:
            parts.append(f"{self.since or '…'} to {self.until or '…'}")
        if self.event_types:
            parts.append("events: " + ", ".join(sorted(self.event_types)))
        if self.modalities:
            parts.append("modality: " + ", ".join(sorted(self.modalities)))
        if self.articles:
            parts.append(f"{len(self.articles)} article{'s' if len(self.articles) != 1 else ''}")
        if self.each_report:
            parts.append("each report counted")
        return "; ".join(parts)


def _local(name: str) -> str:
    name = name.strip()
    for sep in ("#", "/", ":"):
        if sep in name:
            name = name.rsplit(sep, 1)[1]
    return name
