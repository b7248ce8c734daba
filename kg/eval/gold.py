"""Gold annotation files: what a careful analyst reads out of one article.

The format is documented in ``docs/gold-format.md``; :func:`load_gold` reads and checks a
file and returns a :class:`Gold`. A file names its article (a path relative to the file)
and its publication date, then lists entities, things that must not be entities, roles
and events. References between them use the entities' ``key``; a reference may be a list
of keys, any one of which will do.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["DEFAULT_WITHIN_KM", "Gold", "GoldEntity", "GoldNegative", "GoldRole", "GoldEvent", "Ref", "load_gold"]

#: How far (km) a graph's point may lie from a gold ``point`` when ``within_km`` is not given.
DEFAULT_WITHIN_KM = 30.0

#: A reference to gold entities: one key, or a list of keys any one of which will do.
Ref = tuple[str, ...]


@dataclass(frozen=True)
class GoldEntity:
    key: str
    label: str
    type: str  # a schema.org local name: Person, Organization, Country, City, Place ...
    wikidata: str | None = None
    match: str | None = None  # a regular expression over labels, instead of the label
    optional: bool = False
    point: tuple[float, float] | None = None  # where the place is: (lat, lon), WGS84 degrees
    within_km: float = DEFAULT_WITHIN_KM  # how far from ``point`` the graph's point may lie
    point_source: str = ""  # free text: where ``point`` comes from (not scored)
    wikidata_source: str = ""  # free text: where ``wikidata`` comes from (not scored)

    @property
    def pattern(self) -> re.Pattern[str]:
        """What a node's label must match, in full and ignoring case."""
        return re.compile(self.match or re.escape(self.label), re.I)


@dataclass(frozen=True)
class GoldNegative:
    """A label no entity may have (with ``wrong_type``: no entity of that type may have)."""

    label: str  # a regular expression, matched in full, ignoring case
    wrong_type: str | None = None


@dataclass(frozen=True)
class GoldRole:
    person: Ref
    role: str  # a regular expression searched in the post's labels
    org: Ref  # "in": where the post is


@dataclass(frozen=True)
class GoldEvent:
    id: str
    type: str  # a regular expression over the event's class names and labels
    actors: tuple[Ref, ...] = ()
    place: Ref | None = None
    time: str | None = None  # a prefix of the event's date: 2023, 2023-09, 2023-09-19


@dataclass(frozen=True)
class Gold:
    name: str
    path: Path  # the gold file
    article: Path  # the article file, resolved against the gold file
    published: date | None
    entities: tuple[GoldEntity, ...]
    not_entities: tuple[GoldNegative, ...] = ()
    roles: tuple[GoldRole, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    about: str = ""
    keys: frozenset[str] = field(default=frozenset())
    #: the sections the file has: a kind it does not annotate is not scored at all
    annotated: frozenset[str] = field(default=frozenset({"entities", "roles", "events"}))


def _ref(value: Any, where: str, keys: set[str]) -> Ref:
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) for v in values):
        raise EvaluationError(f"{where}: give an entity key or a list of entity keys, not {value!r}")
    unknown = [v for v in values if v not in keys]
    if unknown:
        raise EvaluationError(f"{where}: {', '.join(map(repr, unknown))} is not the key of any entity in the file's \"entities\"")
    return tuple(values)


def _regex(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise EvaluationError(f"{where}: give a regular expression as a string")
    try:
        re.compile(value)
    except re.error as exc:
        raise EvaluationError(f"{where}: {value!r} is not a valid regular expression ({exc})") from None
    return value


def _point(e: dict[str, Any], where: str) -> tuple[tuple[float, float] | None, float]:
    """An entity's ``point`` ([lat, lon]) and ``within_km``, checked."""
    def number(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    within = e.get("within_km", DEFAULT_WITHIN_KM)
    if not number(within) or within <= 0:
        raise EvaluationError(f"{where}.within_km: give a distance in km greater than 0, not {within!r}")
    value = e.get("point")
    if value is None:
        if "within_km" in e:
            raise EvaluationError(f"{where}: within_km needs a \"point\" ([lat, lon])")
        return None, float(within)
    if not (isinstance(value, list) and len(value) == 2 and all(number(v) for v in value)):
        raise EvaluationError(f"{where}.point: give [lat, lon] in decimal degrees, not {value!r}")
    lat, lon = float(value[0]), float(value[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise EvaluationError(f"{where}.point: {value!r} is not [lat, lon] (lat -90..90, lon -180..180)")
    return (lat, lon), float(within)


def load_gold(path: str | Path) -> Gold:
    """Read and check the gold file ``path``.

    Raises
    ------
    EvaluationError
        When the file is missing, not JSON, or breaks the format (the message says where
        and how to fix it).

    Examples
    --------
    >>> gold = load_gold("/work/shared/gold/seed.json")   # doctest: +SKIP
    >>> gold.name, len(gold.roles)                        # doctest: +SKIP
    ('seed', 6)
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: a gold file is a JSON object with \"article\" and \"entities\"")

    art = data.get("article")
    if not isinstance(art, dict) or not isinstance(art.get("path"), str):
        raise EvaluationError(f"{path}: \"article\" must be an object with \"path\" (relative to the gold file)")
    published = None
    if art.get("published"):
        try:
            published = date.fromisoformat(str(art["published"]))
        except ValueError:
            raise EvaluationError(f"{path}: article.published {art['published']!r} is not a date; use YYYY-MM-DD") from None

    entities: list[GoldEntity] = []
    for i, e in enumerate(data.get("entities") or []):
        where = f"{path}: entities[{i}]"
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) and e.get(k) for k in ("key", "label", "type")):
            raise EvaluationError(f"{where}: each entity needs \"key\", \"label\" and \"type\" (strings)")
        if e.get("wikidata") is not None and not re.fullmatch(r"Q[1-9]\d*", str(e["wikidata"])):
            raise EvaluationError(f"{where}: wikidata {e['wikidata']!r} is not an id such as Q227")
        point, within_km = _point(e, where)
        entities.append(
            GoldEntity(
                key=e["key"],
                label=e["label"],
                type=e["type"],
                wikidata=e.get("wikidata"),
                match=_regex(e["match"], f"{where}.match") if e.get("match") else None,
                optional=bool(e.get("optional", False)),
                point=point,
                within_km=within_km,
                point_source=str(e.get("point_source") or ""),
                wikidata_source=str(e.get("wikidata_source") or ""),
            )
        )
    keys = [e.key for e in entities]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise EvaluationError(f"{path}: entity keys must be unique; {', '.join(duplicates)} repeat")
    known = set(keys)

    negatives = []
    for i, n in enumerate(data.get("not_entities") or []):
        where = f"{path}: not_entities[{i}]"
        if not isinstance(n, dict):
            raise EvaluationError(f"{where}: give an object with \"label\"")
        negatives.append(GoldNegative(label=_regex(n.get("label"), f"{where}.label"), wrong_type=n.get("wrong_type")))

    roles = []
    for i, r in enumerate(data.get("roles") or []):
        where = f"{path}: roles[{i}]"
        if not isinstance(r, dict) or "person" not in r or "in" not in r:
            raise EvaluationError(f"{where}: each role needs \"person\", \"role\" and \"in\"")
        roles.append(GoldRole(person=_ref(r["person"], f"{where}.person", known), role=_regex(r.get("role"), f"{where}.role"), org=_ref(r["in"], f"{where}.in", known)))

    events = []
    for i, ev in enumerate(data.get("events") or []):
        where = f"{path}: events[{i}]"
        if not isinstance(ev, dict) or not isinstance(ev.get("id"), str):
            raise EvaluationError(f"{where}: each event needs an \"id\" and a \"type\"")
        events.append(
            GoldEvent(
                id=ev["id"],
                type=_regex(ev.get("type"), f"{where}.type"),
                actors=tuple(_ref(a, f"{where}.actors", known) for a in ev.get("actors") or []),
                place=_ref(ev["place"], f"{where}.place", known) if ev.get("place") else None,
                time=str(ev["time"]) if ev.get("time") else None,
            )
        )

    article = (path.parent / art["path"]).resolve()
    return Gold(
        name=str(data.get("name") or path.stem),
        path=path,
        article=article,
        published=published,
        entities=tuple(entities),
        not_entities=tuple(negatives),
        roles=tuple(roles),
        events=tuple(events),
        about=str(data.get("about") or ""),
        keys=frozenset(known),
        annotated=frozenset(k for k in ("entities", "roles", "events") if k in data),
    )
