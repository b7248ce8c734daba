"""Time expressions: found in the text, resolved against the publication date.

Each expression becomes a :class:`~kg.extract.model.TimeValue` with a precision like
ACLED's: a day ("on Tuesday", "Sept. 19", "yesterday"), a month ("in July", "earlier this
month", "last week") or a year ("in 2020", "last year").

* A weekday is the most recent such day on or before the publication date (the same day
  counts): "on Tuesday" in a story of Tuesday 2023-09-19 is 2023-09-19, "on Thursday"
  is 2023-09-14. Of a planned event ("will meet on Thursday") it is the next one.
* A month or a day without a year is the most recent one on or before publication (the
  next one for a planned event), unless the sentence names the year ("in 2020 … on
  September 27").
* A week is given with month precision: the month holding most of the week.
* "24 hours after", "two days later": a shift from an anchor the caller gives (the time
  of the event the expression refers to); without an anchor it stays unresolved.

>>> from datetime import date
>>> resolve_text("on Tuesday", date(2023, 9, 19)).value
'2023-09-19'
>>> resolve_text("in July", date(2023, 9, 19)).value
'2023-07'
>>> resolve_text("last week", date(2023, 9, 19)).precision
'month'
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .model import Span, TimeValue

__all__ = ["TimeExpression", "find_time_expressions", "resolve_text", "shift"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": None, "few": None, "a few": None,
}
_UNITS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year"}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"

# (kind, pattern) in order of preference; a match may not overlap an earlier one.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("shift", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?P<direction>after|later|before|earlier)\b", re.I)),
    ("ago", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.I)),
    ("bare_shift", re.compile(r"\b(?P<unit>hour|day)s\s+(?P<direction>after|later)\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?![:\d])")),
    ("dm", re.compile(rf"\b{_DAY}\s+{_MONTH}\b")),
    ("relative", re.compile(r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<which>this|last|next|past)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("weekday", re.compile(rf"\b{_WEEKDAY}\b")),
    ("deictic", re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|overnight)\b", re.I)),
    ("month", re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b")),
    ("year", re.compile(rf"\b{_YEAR}\b(?![-/]\d)")),
]
# The word before a weekday, a month or a year, which decides what it is ("last Tuesday",
# "in May" but not "may attack", "in 2020" but not "2020 soldiers").
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[\s-]*$")
_WEEKDAY_LEADS = {"last", "next", "this"}
_MONTH_LEADS = {"in", "since", "during", "by", "until", "from", "of", "early", "mid", "late", "last", "next", "this", "before", "after"}
_YEAR_LEADS = {"in", "since", "during", "by", "until", "from", "of", "the", "before", "after", "early", "late", "mid", "around", "throughout"}


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, not yet resolved.

    ``kind`` says how to resolve it: ``date`` (year, month, day known or inferable),
    ``month``, ``year``, ``weekday``, ``deictic`` (today, yesterday...), ``relative``
    (this/last/next week, month, year), ``ago`` and ``shift`` (N units before/after an
    anchor).
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    which: str | None = None  # "this" | "last" | "next" | None
    unit: str | None = None
    count: int | None = None
    direction: int = 0  # +1 after/later, -1 before/earlier/ago

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @property
    def needs_anchor(self) -> bool:
        """Whether the expression counts from another time ("24 hours after")."""
        return self.kind == "shift"

    @property
    def explicit_year(self) -> int | None:
        """The year the expression itself names, if any (a context for its neighbours)."""
        return self.year if self.kind in ("date", "month", "year") else None

    def resolve(
        self,
        published: date | None,
        *,
        future: bool = False,
        year_hint: int | None = None,
        anchor: TimeValue | None = None,
    ) -> TimeValue | None:
        """The time this expression stands for, or None when it cannot be told.

        Parameters
        ----------
        published : date or None
            The publication date: "Tuesday" and "last week" count from it.
        future : bool
            Whether the event is planned (a weekday or a month is then the next one).
        year_hint : int, optional
            A year named in the same sentence, for a day or month given without one.
        anchor : TimeValue, optional
            For a shift ("24 hours after"): the time it counts from.
        """
        value = self._resolve(published, future, year_hint, anchor)
        return replace(value, span=self.span) if value is not None else None

    def _resolve(self, pub: date | None, future: bool, year_hint: int | None, anchor: TimeValue | None) -> TimeValue | None:
        k = self.kind
        if k == "year" and self.year:
            return TimeValue(f"{self.year:04d}", "year")
        if k == "shift":
            return shift(anchor, self.count, self.unit or "day", self.direction) if anchor else None
        if k in ("date", "month") and self.month:
            year = self.year or year_hint
            if year is None:
                if pub is None:
                    return None
                year = _infer_year(pub, self.month, self.day, future)
            if k == "month" or self.day is None:
                return TimeValue(f"{year:04d}-{self.month:02d}", "month")
            try:
                return _day(date(year, self.month, self.day))
            except ValueError:
                return None
        if pub is None:
            return None
        if k == "weekday" and self.weekday is not None:
            delta = (pub.weekday() - self.weekday) % 7
            if self.which == "next" or (future and self.which != "last"):
                ahead = (self.weekday - pub.weekday()) % 7
                if self.which == "next" and ahead == 0:
                    ahead = 7
                return _day(pub + timedelta(days=ahead))
            if self.which == "last" and delta == 0:
                delta = 7
            return _day(pub - timedelta(days=delta))
        if k == "deictic":
            offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(self.text.lower(), 0)
            return _day(pub + timedelta(days=offset))
        if k == "relative":
            step = {"last": -1, "past": -1, "next": 1}.get(self.which or "this", 0)
            if self.unit in ("week", "weekend"):
                monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
                return _month_of(monday + timedelta(days=3))  # the month holding most of the week
            if self.unit == "month":
                y, m = _add_months(pub.year, pub.month, step)
                return TimeValue(f"{y:04d}-{m:02d}", "month")
            if self.unit == "year":
                return TimeValue(f"{pub.year + step:04d}", "year")
        if k == "ago" and self.count:
            return _back(pub, self.count, self.unit or "day")
        return None


def _day(d: date) -> TimeValue:
    return TimeValue(d.isoformat(), "day")


def _month_of(d: date) -> TimeValue:
    return TimeValue(f"{d.year:04d}-{d.month:02d}", "month")


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _infer_year(pub: date, month: int, day: int | None, future: bool) -> int:
    """The year of the most recent (or, for a planned event, next) such month/day."""
    probe = (month, day or 1)
    now = (pub.month, pub.day if day else 1)
    if future:
        return pub.year if probe >= now else pub.year + 1
    return pub.year if probe <= now else pub.year - 1


def _back(pub: date, count: int, unit: str) -> TimeValue:
    if unit in ("hour", "day"):
        return _day(pub - timedelta(days=count if unit == "day" else count // 24))
    if unit == "week":
        return _month_of(pub - timedelta(weeks=count))
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, -count)
        return TimeValue(f"{y:04d}-{m:02d}", "month")
    return TimeValue(f"{pub.year - count:04d}", "year")


def shift(anchor: TimeValue, count: int | None, unit: str, direction: int) -> TimeValue:
    """``anchor`` moved by ``count`` ``unit``\\ s (hours round to days); precision is kept.

    >>> shift(TimeValue("2023-09-19", "day"), 24, "hour", +1).value
    '2023-09-20'
    >>> shift(TimeValue("2023-09", "month"), 2, "day", +1).value
    '2023-09'
    """
    n = count or 0
    if anchor.precision != "day":
        if unit == "month" and anchor.precision == "month":
            y, m = (int(x) for x in anchor.value.split("-"))
            y, m = _add_months(y, m, direction * n)
            return TimeValue(f"{y:04d}-{m:02d}", "month")
        if unit == "year":
            year = int(anchor.value[:4]) + direction * n
            return TimeValue(f"{year:04d}", "year") if anchor.precision == "year" else TimeValue(f"{year:04d}{anchor.value[4:]}", anchor.precision)
        return TimeValue(anchor.value, anchor.precision)
    d = date.fromisoformat(anchor.value)
    if unit == "hour":
        days = (n + 23) // 24 if n else 0
        return _day(d + timedelta(days=direction * days))
    if unit == "day":
        return _day(d + timedelta(days=direction * n))
    if unit == "week":
        return _day(d + timedelta(weeks=direction * n))
    if unit == "month":
        y, m = _add_months(d.year, d.month, direction * n)
        return TimeValue(f"{y:04d}-{m:02d}", "month")
    return TimeValue(f"{d.year + direction * n:04d}", "year")


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w)


def _from_match(kind: str, m: re.Match[str], offset: int) -> TimeExpression | None:
    g = m.groupdict()
    start, end = m.start() + offset, m.end() + offset
    text = m.group(0)
    raw_month = (g.get("month") or "").lower().rstrip(".")
    month = int(raw_month) if raw_month.isdigit() else _MONTHS.get(raw_month)
    day = int(g["day"]) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else None
    if kind in ("iso", "mdy", "dmy", "md", "dm"):
        if day is None or not 1 <= day <= 31 or not month:
            return None
        return TimeExpression(start, end, text, "date", year=year, month=month, day=day)
    if kind == "my":
        return TimeExpression(start, end, text, "month", year=year, month=month)
    if kind in ("month", "year", "weekday"):
        before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        lead = before.group("word").lower() if before else ""
        lead_start = before.start("word") + offset if before else start
        if kind == "month":
            if g["month"] in ("May", "March") and lead not in _MONTH_LEADS:  # also a verb
                return None
            if lead in ("early", "mid", "late"):
                return TimeExpression(lead_start, end, m.string[before.start("word"):m.end()], "month", month=month)
            return TimeExpression(start, end, text, "month", month=month)
        if kind == "year":
            if lead not in _YEAR_LEADS:
                return None
            if lead in ("early", "late", "mid"):
                return TimeExpression(lead_start, end, m.string[before.start("word"):m.end()], "year", year=year)
            return TimeExpression(start, end, text, "year", year=year)
        which = lead if lead in _WEEKDAY_LEADS else None
        if which:
            return TimeExpression(lead_start, end, m.string[before.start("word"):m.end()], "weekday", weekday=_WEEKDAYS[g["weekday"].lower()], which=which)
        return TimeExpression(start, end, text, "weekday", weekday=_WEEKDAYS[g["weekday"].lower()])
    if kind == "deictic":
        return TimeExpression(start, end, text, "deictic")
    if kind == "relative":
        which = g["which"].lower()
        return TimeExpression(start, end, text, "relative", which=which, unit=g["unit"].lower())
    if kind == "ago":
        count = _number(g["count"])
        if count is None:
            return None
        return TimeExpression(start, end, text, "ago", unit=_UNITS[g["unit"].lower()], count=count, direction=-1)
    if kind in ("shift", "bare_shift"):
        count = _number(g["count"]) if g.get("count") else 0
        if count is None:
            return None
        direction = 1 if g["direction"].lower() in ("after", "later") else -1
        return TimeExpression(start, end, text, "shift", unit=_UNITS[g["unit"].lower()], count=count, direction=direction)
    return None


def find_time_expressions(text: str, *, offset: int = 0) -> list[TimeExpression]:
    """Every time expression in ``text``, in order, none overlapping another.

    ``offset`` is added to the positions (for a sentence cut from a longer text).

    >>> [e.text for e in find_time_expressions("On Tuesday, a week after talks in July 2023 and 24 hours after the strike")]
    ['Tuesday', 'a week after', 'July 2023', '24 hours after']
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.start() + offset, m.end() + offset
            if any(s < te and ts < e for ts, te in taken):
                continue
            expr = _from_match(kind, m, offset)
            if expr is None:
                continue
            taken.append((s, e))
            found.append(expr)
    return sorted(found, key=lambda x: x.start)


def resolve_text(text: str, published: date | None, *, future: bool = False) -> TimeValue | None:
    """Resolve the first time expression in ``text`` (a convenience for one expression)."""
    for expr in find_time_expressions(text):
        return expr.resolve(published, future=future)
    return None
