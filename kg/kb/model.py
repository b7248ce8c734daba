"""The knowledge base's records: entities, the posts people hold, and the schema.org types."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["KBPost", "KBEntity", "SCHEMA_TYPES", "Kind", "Problem", "RawEntity", "kind_of"]

Kind = Literal["person", "organization", "place"]

#: schema.org classes a KB entity may have: local name -> (coarse kind, depth below Thing).
#: Depth orders ``KBEntity.types`` most specific first.
SCHEMA_TYPES: dict[str, tuple[Kind, int]] = {
    "Person": ("person", 1),
    "Organization": ("organization", 1),
    "GovernmentOrganization": ("organization", 2),
    "NewsMediaOrganization": ("organization", 2),
    "NGO": ("organization", 2),
    "Corporation": ("organization", 2),
    "EducationalOrganization": ("organization", 2),
    "PoliticalParty": ("organization", 2),
    "MedicalOrganization": ("organization", 2),
    "Place": ("place", 1),
    "AdministrativeArea": ("place", 2),
    "Landform": ("place", 2),
    "CivicStructure": ("place", 2),
    "LandmarksOrHistoricalBuildings": ("place", 2),
    "Country": ("place", 3),
    "State": ("place", 3),
    "City": ("place", 3),
    "Continent": ("place", 3),
    "BodyOfWater": ("place", 3),
    "Mountain": ("place", 3),
    "GovernmentBuilding": ("place", 3),
    "Airport": ("place", 3),
    "Bridge": ("place", 3),
}

_KIND_ORDER: tuple[Kind, ...] = ("person", "organization", "place")
#: A code of capital letters and digits ("M23", "G5"), written with a hyphen too.
_LETTERS_DIGITS = re.compile(r"^([A-Z]{1,4})(\d{1,4})$")


def kind_of(types: tuple[str, ...] | list[str]) -> Kind:
    """The coarse kind of an entity with schema.org ``types``; person beats organization beats place."""
    kinds = {SCHEMA_TYPES[t][0] for t in types if t in SCHEMA_TYPES}
    for kind in _KIND_ORDER:
        if kind in kinds:
            return kind
    return "place"


def fold_title(label: str) -> str:
    """A post's title for matching: lower case, hyphens as spaces ("Secretary-General" and
    "secretary general" fold alike)."""
    return " ".join(label.lower().replace("-", " ").split())


@dataclass(frozen=True)
class KBPost:
    """A post a person holds (W3C ORG ``org:Post``).

    ``org`` and ``reports_to`` are KB keys (IRIs); ``since`` and ``until`` are ISO dates,
    year-months or years, as precise as the KB file gives them.
    """

    label: str
    org: str | None = None
    since: str | None = None
    reports_to: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class KBEntity:
    """One actor or place of the knowledge base.

    ``key`` is the entity's IRI in its KB file (``https://w3id.org/kg-news/kb/azerbaijan``);
    the reference fields (``country``, ``part_of``, ``capital_of``, ``stands_for``) hold
    such keys too. ``types`` are schema.org local names, most specific first.
    """

    key: str
    label: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    wikidata: str | None = None
    wikidata_source: str | None = None
    geonames: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    part_of: str | None = None
    capital_of: str | None = None
    stands_for: str | None = None
    posts: tuple[KBPost, ...] = ()
    source: str = ""

    @property
    def kind(self) -> Kind:
        """``"person"``, ``"organization"`` or ``"place"``, from :attr:`types`."""
        return kind_of(self.types)

    @functools.cached_property  # (asked of every candidate entity of every mention)
    def names(self) -> tuple[str, ...]:
        """The label followed by the aliases, and the hyphenated form of each code of
        letters and digits among them ("M23" is also written "M-23", "G5" "G-5")."""
        names = (self.label, *self.aliases)
        variants = tuple(
            f"{m.group(1)}-{m.group(2)}" for name in names if (m := _LETTERS_DIGITS.match(name)) is not None
        )
        return (*names, *(v for v in variants if v not in names)) if variants else names


@dataclass(frozen=True)
class Problem:
    """Something wrong in a KB file, with where it is."""

    severity: Literal["error", "warning"]
    message: str
    source: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.source or "<kb>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class RawEntity:
    """What one file says about one entity, before files are merged and checked.

    Readers fill every list with all the values they find, so that checks can report
    duplicates and bad values; :class:`KnowledgeBase` reduces them to a :class:`KBEntity`.
    """

    key: str
    source: str
    line: int | None = None
    labels: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    unknown_types: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    wikidata: list[str] = field(default_factory=list)
    wikidata_sources: list[str] = field(default_factory=list)
    geonames: list[int] = field(default_factory=list)
    coordinates: list[tuple[float, float]] = field(default_factory=list)  # (lat, lon)
    country: list[str] = field(default_factory=list)
    part_of: list[str] = field(default_factory=list)
    capital_of: list[str] = field(default_factory=list)
    stands_for: list[str] = field(default_factory=list)
    posts: list[KBPost] = field(default_factory=list)
    kb_terms: list[str] = field(default_factory=list)  # kb: properties used on the entity
    issues: list[Problem] = field(default_factory=list)

    def references(self) -> list[tuple[str, str]]:
        """Every (what, key) this entity points to."""
        refs = [("kb:country", k) for k in self.country]
        refs += [("part of", k) for k in self.part_of]
        refs += [("kb:capitalOf", k) for k in self.capital_of]
        refs += [("kb:standsFor", k) for k in self.stands_for]
        for post in self.posts:
            if post.org:
                refs.append((f"post {post.label!r} org:postIn", post.org))
            if post.reports_to:
                refs.append((f"post {post.label!r} org:reportsTo", post.reports_to))
        return refs
