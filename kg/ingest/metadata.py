"""Article metadata given as JSON (a sidecar file or a JSON lines record), checked.

One place knows the keys, their types and the date formats, so sidecars and JSON
lines accept exactly the same metadata and report mistakes the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any, Mapping

from ..errors import IngestError

__all__ = ["Metadata", "metadata_from_json", "parse_date"]

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Metadata:
    """What is known about an article besides its text; ``None`` means unknown."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None
    language: str | None = None

    def over(self, other: Metadata) -> Metadata:
        """These values where known, ``other``'s elsewhere.

        Examples
        --------
        >>> Metadata(title="A").over(Metadata(title="B", url="u"))
        Metadata(id=None, title='A', url='u', published=None, publisher=None, language=None)
        """
        known = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}
        return replace(other, **known)


def metadata_from_json(
    record: Mapping[str, Any], *, source: str, line: int | None = None
) -> Metadata:
    """Read the metadata keys of a JSON object; unknown keys are ignored.

    Keys: ``id``, ``title``, ``url``, ``published`` (``YYYY-MM-DD`` or an ISO 8601
    date-time), ``publisher`` or its alias ``source`` (``publisher`` wins), ``language``.

    Raises
    ------
    IngestError
        A key has the wrong type or ``published`` is not a date.

    Examples
    --------
    >>> metadata_from_json({"published": "2023-09-19T08:00:00Z", "source": "Politico", "note": "x"}, source="a.json")
    Metadata(id=None, title=None, url=None, published=datetime.date(2023, 9, 19), publisher='Politico', language=None)
    """

    def text(key: str) -> str | None:
        value = record.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise IngestError(
                f'"{key}" must be a string, not {type(value).__name__}: quote the value',
                source=source,
                line=line,
            )
        return str(value).strip() or None

    published = record.get("published")
    if published is not None and not isinstance(published, str):
        raise IngestError(
            f'"published" must be a date string like "2023-09-19", not {type(published).__name__}',
            source=source,
            line=line,
        )
    language = text("language")
    return Metadata(
        id=text("id"),
        title=text("title"),
        url=text("url"),
        published=parse_date(published, source=source, line=line) if published else None,
        publisher=text("publisher") or text("source"),
        language=language.lower() if language else None,
    )


def parse_date(value: str, *, source: str, line: int | None = None) -> date:
    """A date from ``YYYY-MM-DD`` or an ISO 8601 date-time (its own calendar date).

    Raises
    ------
    IngestError
        ``value`` is not such a date.

    Examples
    --------
    >>> parse_date("2023-09-19", source="x")
    datetime.date(2023, 9, 19)
    >>> parse_date("2023-09-19T23:30:00-04:00", source="x")
    datetime.date(2023, 9, 19)
    """
    value = value.strip()
    try:
        if _DATE_ONLY.fullmatch(value):
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise IngestError(
            f'"published" is {value!r}, not a date: use YYYY-MM-DD or an ISO 8601 date-time',
            source=source,
            line=line,
        ) from None
