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
* A range keeps both ends: "between 25 and 27 July", "from 3 to 5 May", "3-5 May",
  "from 2021 to 2023" resolve to their first day (month, year) with ``end`` the last;
  so do "on 3 and 4 May", "on the night of 3 to 4 May", "on May 3 and 4" and two
  weekdays ("on Monday and Tuesday": the most recent such pair of days).
* Read like a person would:

  - a date inside a name is no time: "the 23 March Movement", "26 July Street" (a date
    before a capitalised word that ends an organisation's or a place's name, or inside
    such a named entity when a parsed Doc is given); a date before a common noun is that
    noun's time ("the 7 October attack");
  - a bound is not when something happened: "by September", "before the end of 2024"
    (``role="deadline"``), "until May" (``"until"``), "since 2023" (``"since"``); they are
    left out unless asked for with ``bounds=True``;
  - a time that the text puts ahead ("starting on Sunday", "effective from Monday", "will
    meet on Sunday", "is due to vote in May") is ``forward`` and resolves to the next such
    day or month.

The cue words live in ``ontology/lexicon/time.toml``.

>>> from datetime import date
>>> resolve_text("on Tuesday", date(2023, 9, 19)).value
'2023-09-19'
>>> resolve_text("in July", date(2023, 9, 19)).value
'2023-07'
>>> resolve_text("last week", date(2023, 9, 19)).precision
'month'
>>> v = resolve_text("between 25 and 27 July", date(2023, 9, 19)); (v.value, v.end)
('2023-07-25', '2023-07-27')
>>> resolve_text("starting on Sunday", date(2023, 9, 19)).value
'2023-09-24'
>>> find_time_expressions("the 23 March Movement seized the town by September")
[]
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Span, TimeValue
from .wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TimeExpression", "find_periods", "find_time_expressions", "resolve_text", "shift"]

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
_WEEKDAY2 = _WEEKDAY.replace("(?P<weekday>", "(?P<weekday2>")
_COUNT = r"(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"

_MONTH2 = _MONTH.replace("(?P<month>", "(?P<month2>")
_DAY2 = _DAY.replace("(?P<day>", "(?P<day2>")
_YEAR2 = _YEAR.replace("(?P<year>", "(?P<year2>")
_OPEN = r"(?:[Bb]etween|[Ff]rom)\s+"
_JOIN = r"\s+(?:and|to|until|till|through)\s+"
_DASH = r"\s*[-–—]\s*"
_TAIL_YEAR = rf"(?:,?\s+{_YEAR2})?"

# (kind, pattern) in order of preference; a match may not overlap an earlier one.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # ranges first: "between April 2016 and April 2017", "from 3 May 2021 to 9 June 2022",
    # "between 25 July and 2 August 2024", "from 3 to 5 May", "3-5 May", "July 25-27"
    ("range", re.compile(rf"\b{_OPEN}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_JOIN}{_DAY2}\s+{_MONTH2},?\s+{_YEAR2}\b", re.I)),
    ("range", re.compile(rf"\b{_OPEN}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_JOIN}{_MONTH2}\s+{_DAY2},?\s+{_YEAR2}\b", re.I)),
    ("range", re.compile(rf"\b{_OPEN}{_MONTH},?\s+{_YEAR}{_JOIN}{_MONTH2},?\s+{_YEAR2}\b", re.I)),
    ("range", re.compile(rf"\b{_OPEN}{_DAY}\s+{_MONTH}{_JOIN}{_DAY2}\s+{_MONTH2}{_TAIL_YEAR}\b", re.I)),
    ("range", re.compile(rf"\b{_OPEN}{_MONTH}\s+{_DAY}{_JOIN}{_MONTH2}\s+{_DAY2}\b{_TAIL_YEAR}", re.I)),
    ("range", re.compile(rf"\b{_OPEN}{_DAY}{_JOIN}{_DAY2}\s+{_MONTH2}{_TAIL_YEAR}\b", re.I)),
    ("range", re.compile(rf"\b{_OPEN}{_MONTH2}\s+{_DAY}{_JOIN}{_DAY2}\b(?![:\d]){_TAIL_YEAR}", re.I)),
    ("range", re.compile(rf"\b{_DAY}{_DASH}{_DAY2}\s+{_MONTH2}{_TAIL_YEAR}\b")),
    ("range", re.compile(rf"\b{_MONTH2}\s+{_DAY}{_DASH}{_DAY2}\b(?![:\d]){_TAIL_YEAR}")),
    ("range", re.compile(rf"\b{_OPEN}{_MONTH}{_JOIN}{_MONTH2}{_TAIL_YEAR}\b")),
    ("range", re.compile(rf"\b{_OPEN}{_YEAR}(?:{_JOIN}|{_DASH}){_YEAR2}\b", re.I)),
    # "the 2022–2023 Peruvian political protests", "the 2011-2012 drought": two years and a dash
    ("range", re.compile(rf"\b{_YEAR}{_DASH}{_YEAR2}\b(?![-–—]\d)")),
    # no opener: "on 3 and 4 May", "the night of 3 to 4 May", "on May 3 and 4" (checked on the word before)
    ("bare_range", re.compile(rf"\b{_DAY}\s+(?:and|to)\s+{_DAY2}\s+{_MONTH2}{_TAIL_YEAR}\b")),
    ("bare_range", re.compile(rf"\b{_MONTH2}\s+{_DAY}\s+(?:and|to)\s+{_DAY2}\b(?![:\d]){_TAIL_YEAR}")),
    ("weekdays", re.compile(rf"\b{_WEEKDAY}\s+(?:and|to|through|until|till)\s+{_WEEKDAY2}\b")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("shift", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?P<direction>after|later|before|earlier)\b", re.I)),
    ("ago", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.I)),
    # "After four days, special forces raided the site": counted from the day told before
    # (not months or years: "resigned after 37 years in power" is a stretch, no shift)
    ("shift", re.compile(rf"\b(?P<direction>after)\s+{_COUNT}\s+(?P<unit>hour|day|week)s?\b", re.I)),
    ("bare_shift", re.compile(r"\b(?P<unit>hour|day)s\s+(?P<direction>after|later)\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?![:\d])")),
    ("dm", re.compile(rf"\b{_DAY}\s+{_MONTH}\b")),
    ("relative", re.compile(r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<which>this|last|next|past)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("weekday", re.compile(rf"\b{_WEEKDAY}\b")),
    ("deictic", re.compile(r"\b(?P<word>today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|overnight)\b", re.I)),
    ("month", re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b")),
    # a decade ("in the 1990s"): its ten years
    ("decade", re.compile(r"\b(?P<year>(?:18|19|20)\d0)['’]?s\b")),
    # a year alone, also of the 19th century ("an 1878 agreement", "in 1885"), read on its lead word
    ("year", re.compile(r"\b(?P<year>(?:18|19|20)\d\d)\b(?![-/]\d)")),
]
# Where a match can begin: each kind of start is a lookahead at a word start, wide enough
# for the first element of the patterns that begin with it (:data:`_START_RULES`).
_STARTS = {
    "open": r"(?i:between|from)",
    "digit": r"\d",
    "month": r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    "count": r"(?i:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s)",
    "units": r"(?i:(?:hour|day)s\s)",
    "relative": r"(?i:(?:earlier|later|early|late|this|last|next|past)\s)",
    "weekday": r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
    "after": r"(?i:after\s)",
    "deictic": r"(?i:today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|overnight)",
}
# (how a pattern's source begins, the kinds of start its matches begin at, whether that
# holds only for a pattern without re.I); a pattern none fits is scanned whole
_START_RULES: list[tuple[str, tuple[str, ...], bool]] = [
    (rf"\b{_OPEN}", ("open",), False),
    (rf"\b{_DAY}", ("digit",), False),
    (rf"\b{_YEAR}", ("digit",), False),
    (r"\b(?P<year>(?:19|20)\d\d)", ("digit",), False),
    (r"\b(?P<year>(?:18|19|20)\d\d)", ("digit",), False),
    (r"\b(?P<year>(?:18|19|20)\d0)", ("digit",), False),
    (rf"\b{_COUNT}\s+", ("digit", "count"), False),
    (r"\b(?P<unit>hour|day)s\s+", ("units",), False),
    (r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<which>this|last|next|past)\s+", ("relative",), False),
    (r"\b(?P<direction>after)\s+", ("after",), False),
    (r"\b(?P<word>today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|overnight)", ("deictic",), False),
    (rf"\b{_MONTH}", ("month",), True),
    (rf"\b{_MONTH2}", ("month",), True),
    (r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)", ("month",), True),
    (rf"\b{_WEEKDAY}", ("weekday",), True),
]
# The word before a weekday, a month or a year, which decides what it is ("last Tuesday",
# "in May" but not "may attack", "in 2020" but not "2020 soldiers").
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[\s-]*$")
#: The word right after a match ("2019 *election*").
_WORD_AFTER = re.compile(r"[\s-]+(?P<word>[A-Za-z]+)\b")
# (the lead words themselves are ontology/lexicon/time.toml's weekday_leads, month_leads, year_leads)


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
    end_year: int | None = None  # the last day/month/year of a range
    end_month: int | None = None
    end_day: int | None = None
    end_weekday: int | None = None  # the last day of a range of weekdays ("Monday and Tuesday")
    role: str = "point"  # "point" | "deadline" ("by May") | "until" ("until May") | "since"
    forward: bool = False  # the text puts it ahead of publication ("starting on Sunday")

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @property
    def needs_anchor(self) -> bool:
        """Whether the expression counts from another time ("24 hours after", "the
        following Tuesday": the Tuesday after the day the text told before)."""
        return self.kind == "shift" or self.kind == "weekday" and self.which == "following"

    @property
    def explicit_year(self) -> int | None:
        """The year the expression itself names, if any (a context for its neighbours)."""
        return self.year if self.kind in ("date", "month", "year", "range") else None

    @property
    def is_bound(self) -> bool:
        """Whether it bounds a period ("by May", "until May", "since 2023") rather than dating."""
        return self.role != "point"

    def resolve(
        self,
        published: date | None,
        *,
        future: bool = False,
        year_hint: int | None = None,
        anchor: TimeValue | None = None,
        told_past: bool = False,
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
        told_past : bool
            Whether what lies ahead was told in the past ("talks were scheduled for 18
            June", "had promised to hold elections on 24 February"): it lay ahead of the
            telling, not of publication: of a day or month without a year, the one before
            publication when it is less than half as far as the one after (a weekday or a
            day half a year away is still the next one).
        """
        ahead = future or self.forward
        value = self._resolve(published, ahead, year_hint, anchor)
        if ahead and told_past and self.kind in ("date", "month", "range") and published is not None and value is not None:
            back = self._resolve(published, False, year_hint, anchor)
            if back is not None and 2 * _distance(back, published) < _distance(value, published):
                value = back
        return replace(value, span=self.span) if value is not None else None

    def _resolve(self, pub: date | None, future: bool, year_hint: int | None, anchor: TimeValue | None) -> TimeValue | None:
        k = self.kind
        if k == "range":
            return self._range(pub, future, year_hint)
        if k == "year" and self.year:
            return TimeValue(f"{self.year:04d}", "year")
        if k == "shift":
            if self.count is None and self.unit != "hour":
                # "days later", "several days after": which day is not said; a fortnight at
                # most, so the month of a day in the first half of its month
                if anchor is None or anchor.precision != "day" or anchor.end is not None or int(anchor.value[8:10]) > 14:
                    return None
                return TimeValue(anchor.value[:7], "month")
            return shift(anchor, self.count, self.unit or "day", self.direction) if anchor else None
        if k == "weekday" and self.which == "following":
            # the first such weekday after the day told before; none from a month or a year
            if anchor is None or anchor.precision != "day" or self.weekday is None:
                return None
            told = date.fromisoformat(anchor.value)
            first = told + timedelta(days=(self.weekday - told.weekday()) % 7 or 7)
            if self.end_weekday is not None:  # "the following Monday and Tuesday"
                last = first + timedelta(days=(self.end_weekday - self.weekday) % 7)
                return TimeValue(first.isoformat(), "day", end=last.isoformat())
            return _day(first)
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
        if k == "weekday" and self.weekday is not None and self.end_weekday is not None:
            return self._weekdays(pub, future)
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
            # "overnight" in a story of the morning is the night before, as "last night" is
            offset = {"yesterday": -1, "last night": -1, "overnight": -1, "tomorrow": 1}.get(self.text.lower(), 0)
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


    def _weekdays(self, pub: date, future: bool) -> TimeValue:
        """Two weekdays and the days between ("Monday and Tuesday", "Monday to Wednesday"):
        the last one read as a weekday alone, the first the days before it (for what lies
        ahead, the first one ahead and the last the days after it)."""
        assert self.weekday is not None and self.end_weekday is not None
        days = (self.end_weekday - self.weekday) % 7
        if self.which == "next" or (future and self.which != "last"):
            first = replace(self, end_weekday=None)._resolve(pub, future, None, None)
            assert first is not None
            start = date.fromisoformat(first.value)
            return TimeValue(start.isoformat(), "day", end=(start + timedelta(days=days)).isoformat())
        last = replace(self, weekday=self.end_weekday, end_weekday=None)._resolve(pub, future, None, None)
        assert last is not None
        end = date.fromisoformat(last.value)
        return TimeValue((end - timedelta(days=days)).isoformat(), "day", end=end.isoformat())

    def _range(self, pub: date | None, future: bool, year_hint: int | None) -> TimeValue | None:
        """Both ends of a range, at the precision of its ends; the start year follows the end's."""
        if self.end_month is None:  # years
            if self.year is None or self.end_year is None or self.end_year < self.year:
                return None
            return TimeValue(f"{self.year:04d}", "year", end=f"{self.end_year:04d}")
        end_year = self.end_year or year_hint
        if end_year is None:
            if pub is None:
                return None
            end_year = _infer_year(pub, self.end_month, self.end_day, future)
        start_month = self.month or self.end_month
        start_year = self.year or (end_year if start_month <= self.end_month else end_year - 1)
        try:
            if self.day is None or self.end_day is None:
                first, last = (start_year, start_month), (end_year, self.end_month)
                if first > last:
                    return None
                return TimeValue(f"{start_year:04d}-{start_month:02d}", "month", end=f"{end_year:04d}-{self.end_month:02d}")
            first_day, last_day = date(start_year, start_month, self.day), date(end_year, self.end_month, self.end_day)
        except ValueError:
            return None
        if first_day > last_day:
            return None
        return TimeValue(first_day.isoformat(), "day", end=last_day.isoformat())


def _day(d: date) -> TimeValue:
    return TimeValue(d.isoformat(), "day")


def _month_of(d: date) -> TimeValue:
    return TimeValue(f"{d.year:04d}-{d.month:02d}", "month")


def _distance(v: TimeValue, pub: date) -> int:
    """Days between publication and a day (or a month's first day)."""
    first = date.fromisoformat(v.value if v.precision == "day" else f"{v.value[:7]}-01")
    return abs((first - pub).days)


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
    """``anchor`` moved by ``count`` ``unit``\\ s; precision is kept. Hours count whole days
    only: "24 hours after" is the next day, "less than two hours later" the same day (the
    hour of the day told is not known).

    >>> shift(TimeValue("2023-09-19", "day"), 24, "hour", +1).value
    '2023-09-20'
    >>> shift(TimeValue("2023-09-19", "day"), 2, "hour", +1).value
    '2023-09-19'
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
        days = n // 24
        return _day(d + timedelta(days=direction * days))
    if unit == "day":
        return _day(d + timedelta(days=direction * n))
    if unit == "week":
        return _day(d + timedelta(weeks=direction * n))
    if unit == "month":
        y, m = _add_months(d.year, d.month, direction * n)
        return TimeValue(f"{y:04d}-{m:02d}", "month")
    return TimeValue(f"{d.year + direction * n:04d}", "year")


def _weekday_lead(text: str, before: re.Match[str] | None) -> str | None:
    """The lead word that says which weekday is meant ("last", "next", "this", "the
    following"), or None; "following" alone is a preposition ("following Friday prayers")."""
    lead = before.group("word").lower() if before else ""
    if before is None or lead not in words("time", "weekday_leads"):
        return None
    if lead == "following":
        the = _WORD_BEFORE.search(text, max(0, before.start() - 24), before.start())
        return lead if the is not None and the.group("word").lower() == "the" else None
    return lead


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
    if kind == "bare_range":
        before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        if before is None or before.group("word").lower() not in words("time", "bare_range_leads"):
            return None
        kind = "range"
    if kind == "weekdays":
        before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        lead = before.group("word").lower() if before else ""
        which = _weekday_lead(m.string, before)
        first = before.start("word") + offset if which and before else start
        return TimeExpression(first, end, m.string[first - offset:m.end()], "weekday", weekday=_WEEKDAYS[g["weekday"].lower()],
                              end_weekday=_WEEKDAYS[g["weekday2"].lower()], which=which)
    if kind == "range":
        month2 = _MONTHS.get((g.get("month2") or "").lower().rstrip("."))
        day2 = int(g["day2"]) if g.get("day2") else None
        year2 = int(g["year2"]) if g.get("year2") else None
        if month2 is None and g.get("year2") is None:
            return None
        if (day is not None and not 1 <= day <= 31) or (day2 is not None and not 1 <= day2 <= 31):
            return None
        if month2 is None:  # "from 2021 to 2023"
            return TimeExpression(start, end, text, "range", year=year, end_year=year2)
        return TimeExpression(start, end, text, "range", year=year, month=month, day=day, end_year=year2, end_month=month2, end_day=day2)
    if kind == "decade":  # "the 1990s" (not "1990s-era", a name's "1960s Club")
        before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        if before is None or before.group("word").lower() != "the" or year is None:
            return None
        return TimeExpression(start, end, text, "range", year=year, end_year=year + 9)
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
            if g["month"] in ("May", "March") and lead not in words("time", "month_leads"):  # also a verb
                return None
            if lead in ("early", "mid", "late"):
                return TimeExpression(lead_start, end, m.string[before.start("word"):m.end()], "month", month=month)
            return TimeExpression(start, end, text, "month", month=month)
        if kind == "year":
            after = _WORD_AFTER.match(m.string, m.end())
            if lead not in words("time", "year_leads") and not (after and after.group("word").lower() in words("time", "year_event_heads")):
                return None  # but "a disputed 2019 election": a count never takes a singular noun
            if year is not None and year < 1900 and lead not in words("time", "old_year_leads"):
                return None  # "a force of 1800 men", "the 1850 displaced": a number
            if lead in ("a", "an") and m.string[m.end():m.end() + 1] in ("-", "–"):
                return None  # "a 2000-strong force"
            if lead in ("early", "late", "mid"):
                return TimeExpression(lead_start, end, m.string[before.start("word"):m.end()], "year", year=year)
            return TimeExpression(start, end, text, "year", year=year)
        which = _weekday_lead(m.string, before)
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
        # "days later" names no count ("hours later": the same day, see :func:`shift`)
        count = _number(g["count"]) if g.get("count") else None
        if count is None and kind == "shift":
            return None
        if g["direction"].lower() in ("later", "earlier") and re.match(r"\s+than\b", m.string[m.end():], re.I):
            return None  # "withdrew it one month earlier than announced": a comparison, not a time
        direction = 1 if g["direction"].lower() in ("after", "later") else -1
        return TimeExpression(start, end, text, "shift", unit=_UNITS[g["unit"].lower()], count=count, direction=direction)
    return None


def find_time_expressions(
    text: str,
    *,
    offset: int = 0,
    doc: "Doc | None" = None,
    bounds: bool = False,
) -> list[TimeExpression]:
    """Every time expression in ``text``, in order, none overlapping another.

    A date inside a name ("the 23 March Movement") is none. Bounds of a period ("by
    September", "until May", "since 2023") are left out unless ``bounds`` is true; they
    then come with their :attr:`~TimeExpression.role`.

    Parameters
    ----------
    text : str
        The text (or a sentence cut from it; then give ``offset``).
    offset : int
        Added to the positions.
    doc : Doc, optional
        The parsed text (``doc.text[offset:] `` starts with ``text``): its named entities
        tell more dates inside names ("the 6 April Youth Movement") than the words alone.
    bounds : bool
        Whether to return deadlines, ends and starts of periods as well.

    >>> [e.text for e in find_time_expressions("On Tuesday, a week after talks in July 2023 and 24 hours after the strike")]
    ['Tuesday', 'a week after', 'July 2023', '24 hours after']
    >>> [(e.text, e.role) for e in find_time_expressions("Leave by September, since 2023", bounds=True)]
    [('September', 'deadline'), ('2023', 'since')]
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    starts: dict[str, list[int]] = {}
    for kind, pattern in _PATTERNS:
        for m in _matches(pattern, text, starts):
            s, e = m.start() + offset, m.end() + offset
            if any(s < te and ts < e for ts, te in taken):
                continue
            expr = _from_match(kind, m, offset)
            if expr is None:
                continue
            taken.append((s, e))  # a date inside a name takes its words all the same
            if expr.kind in ("date", "month", "range") and _in_name(text, m.start(), m.end(), doc, offset):
                continue
            if expr.kind == "deictic" and _present_day_name(m.start(), m.end(), doc, offset):
                continue
            expr = _with_context(expr, text, m.start(), m.end())
            if expr.is_bound and not bounds:
                continue
            found.append(expr)
    found.sort(key=lambda x: x.start)
    # "on Tuesday, 25 June", "on Sunday 18 December": the date says which Tuesday; the
    # weekday alone would be the one before publication
    return [x for k, x in enumerate(found) if not _named_by_next_date(x, found[k + 1] if k + 1 < len(found) else None, text, offset)]


def _named_by_next_date(expr: TimeExpression, nxt: TimeExpression | None, text: str, offset: int) -> bool:
    """Whether ``expr`` is a lone weekday written right before the date it falls on."""
    if expr.kind != "weekday" or expr.end_weekday is not None or expr.which or nxt is None or nxt.kind not in ("date", "range"):
        return False
    between = text[expr.end - offset:nxt.start - offset]
    return between.strip() in ("", ",") and len(between) <= 2


@lru_cache(maxsize=None)
def _starts_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The kinds of start (:data:`_STARTS`) a match of ``pattern`` begins at, or None."""
    cased = not pattern.flags & re.I
    for prefix, kinds, needs_case in _START_RULES:
        if pattern.pattern.startswith(prefix) and (cased or not needs_case):
            return kinds
    return None


@lru_cache(maxsize=None)
def _start_pattern(kind: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?={_STARTS[kind]})")


def _matches(pattern: re.Pattern[str], text: str, starts: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only where a match can begin.

    Twenty patterns scanned each over the whole text cost more than the rest of reading
    times. The places each kind of start occurs are found once per text (and kept in
    ``starts``); the leftmost match at or after the end of the last one is the first of
    those places where the pattern matches, so the matches are finditer's.
    """
    kinds = _starts_of(pattern)
    if kinds is None:
        yield from pattern.finditer(text)
        return
    for kind in kinds:
        if kind not in starts:
            starts[kind] = [m.start() for m in _start_pattern(kind).finditer(text)]
    places = starts[kinds[0]] if len(kinds) == 1 else sorted({p for kind in kinds for p in starts[kind]})
    end = 0
    for at in places:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()


# ---------------------------------------------------------------------- reading the context


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    """Regular expressions built from ``ontology/lexicon/time.toml`` (once)."""

    def alt(key: str) -> str:
        return "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in words("time", key)), key=len, reverse=True))

    parts = alt("bound_parts")
    bound_tail = rf"(?:\s+(?:the\s+)?(?:{parts})\s+of(?:\s+the)?)?\s+(?:(?:early|mid|late)[\s-]+)?$"
    return {
        "deadline": re.compile(rf"\b(?:{alt('deadline_cues')}){bound_tail}", re.I),
        "until": re.compile(rf"\b(?:{alt('until_cues')}){bound_tail}", re.I),
        "since": re.compile(rf"\b(?:{alt('since_cues')}){bound_tail}", re.I),
        "forward": re.compile(rf"\b(?:{alt('forward_cues')})\s+(?:(?:on|from|in|at)\s+)?(?:the\s+)?$", re.I),
        "plan_for": re.compile(rf"\b(?:{alt('plan_for_cues')})\s+(?:the\s+)?$", re.I),
        "plan_for_after": re.compile(rf"\s*(?:[,.;:)!?—–]|$|(?:{alt('plan_for_followers')})\b)"),
        "future": re.compile(rf"(?<![\w'’])(?:{alt('future_markers')})(?![\w])", re.I),
        "name_head": re.compile(rf"^\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}?(?:{alt('name_heads')})\b", re.I),
    }


_CLAUSE_END = re.compile(r"[.;:!?“”\"()\n]|,\s|\s[—–]\s")
_CAPITALISED = re.compile(r"^\s+[A-Z]")


def _in_name(text: str, start: int, end: int, doc: "Doc | None", offset: int) -> bool:
    """Whether the date at ``text[start:end]`` is part of a name, not a time."""
    after = text[end:end + 80]
    if _CAPITALISED.match(after):
        m = _cues()["name_head"].match(after)
        # every word up to the head is capitalised: "the 6 April Youth Movement", not "7 October attack on the Army"
        if m is not None and all(w[:1].isupper() for w in m.group(0).split()):
            return True
    if doc is not None:
        span = doc.char_span(start + offset, end + offset, alignment_mode="expand")
        if span is None:
            return False
        labels = words("time", "name_entity_labels")
        for ent in doc.ents:
            if ent.label_.lower() in labels and ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                return True
        # "the 14 March Initiative": a capitalised common word that is no name of its own
        # and no event ("the 25 January Revolution" is dated by its date)
        nxt = doc[span.end] if span.end < len(doc) else None
        if (
            nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start
            and nxt.ent_type_ in ("", "DATE") and nxt.lower_ not in _MONTHS and nxt.lower_ not in _WEEKDAYS
            and nxt.lemma_.lower() not in words("time", "event_name_heads")
        ):
            return True
    return False


def _present_day_name(start: int, end: int, doc: "Doc | None", offset: int) -> bool:
    """Whether "today's" before a place names what the place is called now ("North Borneo,
    today's Sabah"), not the day of an event."""
    if doc is None:
        return False
    span = doc.char_span(start + offset, end + offset, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    return doc[span.end + 1].ent_type_.lower() in words("time", "present_day_name_labels")


#: kinds of expression a day set "for" lies ahead ("called a strike *for Monday*")
_PLAN_FOR_KINDS = frozenset({"weekday", "weekdays", "date", "range", "bare_range"})


def _with_context(expr: TimeExpression, text: str, start: int, end: int | None = None) -> TimeExpression:
    """``expr`` with the role and direction the words before (and after) it give."""
    before = text[max(0, start - 80):start]
    cues = _cues()
    if expr.kind != "shift":
        for role in ("deadline", "until", "since"):
            if cues[role].search(before):
                return replace(expr, role=role)
    if expr.which in ("last", "past") or expr.kind in ("ago", "shift", "iso") or expr.year is not None:
        return expr
    if cues["forward"].search(before):
        return replace(expr, forward=True)
    # "the union called a general strike for Monday", "a rally set for 5 May in the capital": the
    # day a call or a plan is for; not "for Monday's attack", "for the 7 October attack"
    if (expr.kind in _PLAN_FOR_KINDS and end is not None and cues["plan_for"].search(before)
            and cues["plan_for_after"].match(text[end:end + 40])):
        return replace(expr, forward=True)
    # "scheduled on Sunday, 12 May": the weekday written before the date is of its phrase
    clause = _CLAUSE_END.split(re.sub(r"\b(?:%s)\s*,\s*$" % "|".join(_WEEKDAYS), "", before, flags=re.I))[-1]
    if cues["future"].search(clause):
        return replace(expr, forward=True)
    return expr


@lru_cache(maxsize=1)
def _period_pattern() -> re.Pattern[str]:
    """The stretches of time of ``ontology/lexicon/time.toml`` (``period_*``), built once."""

    def alt(key: str) -> str:
        return "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in words("time", key)), key=len, reverse=True))

    leads, back, amounts, units = alt("period_leads"), alt("period_looks_back"), alt("period_amounts"), alt("period_units")
    return re.compile(
        rf"\b(?P<lead>{leads})\s+(?:the\s+)?(?:(?P<back>{back})\s+)?(?:(?:{amounts}|\d+)\s+){{0,3}}(?P<unit>{units})\b", re.I)


def find_periods(text: str, *, offset: int = 0) -> list[tuple[int, int]]:
    """The character spans of stretches of time in ``text`` ("for years", "over the past
    decade", "in recent months"): what a clause holding one tells went on over a period, so
    it has no point in time, and is no single occasion told elsewhere.

    >>> [text[s:e] for text in ["Gangs have attacked Cite Soleil for years, in recent months daily."] for s, e in find_periods(text)]
    ['for years', 'in recent months']
    >>> find_periods("The vote will take place in two weeks, the first in years.")
    []
    """
    out = []
    for m in _period_pattern().finditer(text):
        if m.group("lead").lower() in ("in", "during") and m.group("back") is None:
            continue  # "in two weeks": a point ahead; "the heaviest in months", "the first time in years": a comparison
        out.append((m.start() + offset, m.end() + offset))
    return out


def resolve_text(text: str, published: date | None, *, future: bool = False) -> TimeValue | None:
    """Resolve the first time expression in ``text`` (a convenience for one expression)."""
    for expr in find_time_expressions(text):
        return expr.resolve(published, future=future)
    return None
