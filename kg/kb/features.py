"""A gazetteer of named natural features: seas, gulfs, rivers, lakes, mountain ranges,
deserts, plateaus, islands, peninsulas... (``ontology/kb/natural-features.tsv``, built
from Natural Earth by ``scripts/build_natural_features.py``).

kg consults it behind the KB, the countries, the first-level regions and the GeoNames towns
(:mod:`kg.extract.ner_link`): a town or region named "X" is read before a river "X".

How a name is accepted (:func:`natural_feature`)
------------------------------------------------
1. A name equal to one of a feature's names ("Red Sea", "Gulf of Aden", "Lake Chad",
   "Atacama Desert"; case, accents, hyphens and a leading "the" ignored) is that feature.
2. A name with a feature word first or last (``ontology/geo/feature-words.tsv``: "the X
   River", "River X", "Lake X", "the X Mountains") is the feature of a class the word
   selects whose name, less its own feature word, is the rest ("the Nile River": the river
   Natural Earth calls "Nile"; "Victoria Lake": "Lake Victoria"); failing that, the one
   feature of those classes whose name is the rest in another transliteration ("the
   Shabelle River": Natural Earth's Shebele), by spelling skeleton.
3. A name with no feature word matches a feature's bare name ("Nile", "Sahara", "Hindu
   Kush") only when the caller allows it (``bare=True``: the NER read the name as a
   location, not a political entity), or a name the news writes without its feature word
   (``ontology/geo/wide-features.txt``: "the Mediterranean").
4. Among several features, those of the article's countries' part of the world win: the
   one nearest the places and countries the article names
   (:class:`~kg.kb.geocode.GeoContext`); without context, the most important one
   (Natural Earth's scale rank) when it is the only one of that rank, else none.

Nothing is read at import time; the table (4,000 features) is read on the first lookup, from
kg's on-disk cache when it holds it (:mod:`kg.kb.cache`).
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .distance import distance_km
from .geoindex import index_key

if TYPE_CHECKING:
    from .geocode import GeoContext

__all__ = ["NaturalFeature", "natural_feature", "feature_classes", "wide_feature_words", "load_table", "FEATURE_CONFIDENCE", "WATER_CLASSES"]

#: Confidence of a point taken from the natural-features gazetteer: a representative
#: point of something wide (a sea's centroid, a river's middle), not where an event was.
FEATURE_CONFIDENCE = 0.7
#: Two features of one name closer than this (km) are one place for kg's purposes
#: (a lake and the reservoir on it, a river's stretches under two numbers).
SAME_PLACE_KM = 150.0


#: Natural Earth's classes of water (schema:BodyOfWater); ``mountain`` is a schema:Mountain
#: and every other class (ranges, deserts, islands, peninsulas...) a schema:Landform.
WATER_CLASSES = frozenset({
    "sea", "ocean", "gulf", "bay", "strait", "sound", "channel", "lagoon", "fjord", "inlet", "river", "lake",
    "reservoir", "waterfall",
})


@dataclass(frozen=True)
class NaturalFeature:
    """One named natural feature of the table: its name, class (Natural Earth's feature
    class: ``river``, ``lake``, ``sea``, ``range``, ``desert``...), representative point,
    Wikidata id (as Natural Earth states it, or ``""``) and scale rank (0 most important)."""

    name: str
    feature_class: str
    lat: float
    lon: float
    wikidata: str
    scalerank: float

    @property
    def schema_type(self) -> str:
        """The schema.org class of the feature: ``BodyOfWater``, ``Mountain`` or ``Landform``."""
        if self.feature_class in WATER_CLASSES:
            return "BodyOfWater"
        return "Mountain" if self.feature_class == "mountain" else "Landform"


@dataclass(frozen=True)
class _Table:
    full: dict[str, tuple[int, ...]]  # index key of a name -> rows
    stems: dict[str, tuple[int, ...]]  # key of a name less its feature word -> rows
    bare: frozenset[tuple[str, int]]  # (key, row) of names that carry no feature word
    rows: tuple[NaturalFeature, ...]


@functools.lru_cache(maxsize=1)
def feature_words() -> dict[str, frozenset[str]]:
    """Feature words and the classes they select (``ontology/geo/feature-words.tsv``)."""
    from ..resources import ontology_dir

    out: dict[str, frozenset[str]] = {}
    for line in (ontology_dir() / "geo" / "feature-words.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, classes = line.partition("\t")
        out[word.strip().lower()] = frozenset(classes.split())
    return out


def feature_classes(name: str) -> tuple[str, frozenset[str]] | None:
    """The rest of ``name`` and the classes its feature word selects, when a feature word
    begins or ends it ("Nile River", "Lake Chad", "Gulf of Aden"); ``None`` otherwise.

    >>> feature_classes("Nile River")
    ('nile', frozenset({'river'}))
    >>> feature_classes("Gulf of Aden")[0], feature_classes("Goma")
    ('aden', None)
    """
    key = index_key(name)
    if not key:
        return None
    words = key.split()
    if len(words) < 2:
        return None
    table = feature_words()
    if words[-1] in table:
        return " ".join(words[:-1]), table[words[-1]]
    if words[0] in table:
        rest = words[2:] if words[1] in ("of", "de", "du", "des") else words[1:]
        if rest:
            return " ".join(rest), table[words[0]]
    return None


@functools.lru_cache(maxsize=1)
def wide_feature_words() -> tuple[frozenset[str], frozenset[str]]:
    """``ontology/geo/wide-features.txt``: the first or last words of features too wide for a
    town's point ("sea", "gulf"), and, after its "!" line, the names the news writes without
    their feature word ("mediterranean")."""
    from .geodistricts import geo_words

    words = geo_words("wide-features.txt")
    cut = words.index("!") if "!" in words else len(words)
    return frozenset(words[:cut]), frozenset(words[cut + 1:])


def load_table() -> None:
    """Load the features' table now, not at the first place name looked up in it
    (:func:`kg.run.warm_up`)."""
    _table()


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    """The table and its name indexes, from the on-disk cache (:mod:`kg.kb.cache`: 0.01 s)
    when the files and kg.kb's code are those it was built from, else built (0.1-0.2 s)."""
    from ..resources import kb_dir, ontology_dir
    from . import cache

    key = cache.digest([kb_dir() / "natural-features.tsv", ontology_dir() / "geo" / "feature-words.tsv"])
    table = cache.load("natural-features", key)
    if isinstance(table, _Table):
        return table
    table = _build_table()
    cache.store("natural-features", key, table)
    return table


def _build_table() -> _Table:
    from ..resources import kb_dir

    full: dict[str, list[int]] = {}
    stems: dict[str, list[int]] = {}
    bare: set[tuple[str, int]] = set()
    rows: list[NaturalFeature] = []
    with (kb_dir() / "natural-features.tsv").open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for record in csv.DictReader(lines, delimiter="\t"):
            row = len(rows)
            rows.append(NaturalFeature(
                name=record["name"], feature_class=record["class"], lat=float(record["lat"]), lon=float(record["lon"]),
                wikidata=record["wikidata"], scalerank=float(record["scalerank"] or 10),
            ))
            for name in [record["name"], *filter(None, record["alternate_names"].split("|"))]:
                key = index_key(name)
                if not key:
                    continue
                full.setdefault(key, []).append(row)
                split = feature_classes(name)
                if split is None:
                    bare.add((key, row))
                    stems.setdefault(key, []).append(row)
                elif split[0]:
                    stems.setdefault(split[0], []).append(row)
    return _Table(
        {k: tuple(dict.fromkeys(v)) for k, v in full.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in stems.items()},
        frozenset(bare),
        tuple(rows),
    )


def _references(context: "GeoContext | None") -> list[tuple[float, float]]:
    """The points the article is about: its places already placed and its countries."""
    if context is None:
        return []
    from .geo import country_point

    points = list(context.points)
    for code in [*context.countries, *context.dateline]:
        point = country_point(code) if len(code) == 2 else None
        if point is not None and point not in points:
            points.append(point)
    return points


def _choose(found: list[NaturalFeature], context: "GeoContext | None") -> NaturalFeature | None:
    if not found:
        return None
    first = found[0]
    if all(distance_km((f.lat, f.lon), (first.lat, first.lon)) <= SAME_PLACE_KM for f in found[1:]):
        return min(found, key=lambda f: f.scalerank)
    references = _references(context)
    if references:
        return min(found, key=lambda f: (min(distance_km((f.lat, f.lon), p) for p in references), f.scalerank))
    ranked = sorted(found, key=lambda f: f.scalerank)
    return ranked[0] if ranked[0].scalerank < ranked[1].scalerank else None


def natural_feature(name: str, context: "GeoContext | None" = None, *, bare: bool = False) -> NaturalFeature | None:
    """The natural feature ``name`` stands for (see the module docstring), or ``None``.

    Examples
    --------
    >>> natural_feature("Red Sea").feature_class
    'sea'
    >>> natural_feature("the Nile River").name, natural_feature("Nile") is None
    ('Nile', True)
    >>> natural_feature("Nile", bare=True).feature_class
    'river'
    """
    key = index_key(name)
    if not key:
        return None
    table = _table()
    rows = table.full.get(key, ())
    found = [table.rows[r] for r in rows if bare or (key, r) not in table.bare]
    split = feature_classes(name)
    if not found and split is not None:
        stem, classes = split
        found = [table.rows[r] for r in table.stems.get(stem, ()) if table.rows[r].feature_class in classes]
    if not found and split is not None:
        found = _spelled_alike(*split, context)
    if not found and key in wide_feature_words()[1]:
        # "the Mediterranean": a sea, ocean or desert whose name is this and a feature word
        found = [
            table.rows[r] for r in table.stems.get(key, ())
            if table.rows[r].feature_class in ("sea", "ocean", "desert", "range")
        ]
    return _choose(_by_main_name(found, key), context)


#: The shortest :func:`~kg.kb.geoindex.spelling_skeleton` a feature's name is matched by
#: (:func:`_spelled_alike`) with :data:`ALIKE_RATIO`; a shorter one needs
#: :data:`SHORT_SKELETON_RATIO` (two letters are shared by unrelated rivers: "Tano" and "Tana").
MIN_SKELETON = 3
#: A two-letter skeleton ("jb": "Juba" for Natural Earth's Jubba) matches only a name this
#: like the feature's (difflib's ratio; "Tano" and "Tana", 0.75, do not).
SHORT_SKELETON_RATIO = 0.85
#: How like the feature's own name (difflib's ratio) a name matched by its skeleton must be.
ALIKE_RATIO = 0.8
#: A feature matched by its spelling lies within this (km) of a place or country the
#: article names, when it names some (a river's point is its middle: rivers are long).
ALIKE_KM = 2_000.0


def _spelled_alike(stem: str, classes: frozenset[str], context: "GeoContext | None" = None) -> list[NaturalFeature]:
    """The one feature of ``classes`` whose name, less its feature word, is ``stem`` in
    another transliteration ("the Shabelle River": Natural Earth's Shebele, also written
    Shabeelle), by :func:`~kg.kb.geoindex.spelling_skeleton`; none when the skeleton is
    short, names features in two places, or the feature lies farther than
    :data:`ALIKE_KM` from every place and country the article names (``context``)."""
    from .geoindex import spelling_skeleton

    skeleton = spelling_skeleton(stem)
    if len(skeleton) < MIN_SKELETON - 1:
        return []
    ratio = ALIKE_RATIO if len(skeleton) >= MIN_SKELETON else SHORT_SKELETON_RATIO
    table = _table()
    found = [
        table.rows[r] for r in _stem_skeletons().get(skeleton, ())
        if table.rows[r].feature_class in classes and _alike(stem, table.rows[r], ratio)
    ]
    if not found:
        return []
    first = found[0]
    if any(distance_km((f.lat, f.lon), (first.lat, first.lon)) > SAME_PLACE_KM for f in found[1:]):
        return []
    references = _references(context)
    if references and min(distance_km((first.lat, first.lon), p) for p in references) > ALIKE_KM:
        return []
    return found


def _alike(stem: str, feature: NaturalFeature, ratio: float) -> bool:
    """Whether ``stem`` is written nearly as the feature's name, less its feature word, is
    (difflib's ``ratio`` at least): a skeleton of consonants alone is shared by unrelated
    names ("Kabul" and "Kibali")."""
    from difflib import SequenceMatcher

    split = feature_classes(feature.name)
    own = split[0] if split is not None else index_key(feature.name) or ""
    return SequenceMatcher(None, stem, own).ratio() >= ratio


@functools.lru_cache(maxsize=1)
def _stem_skeletons() -> dict[str, tuple[int, ...]]:
    """:func:`~kg.kb.geoindex.spelling_skeleton` of each name less its feature word -> rows
    (built on the first name no feature's own spelling matches)."""
    from .geoindex import spelling_skeleton

    out: dict[str, list[int]] = {}
    for stem, rows in _table().stems.items():
        out.setdefault(spelling_skeleton(stem), []).extend(rows)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _by_main_name(found: list[NaturalFeature], key: str) -> list[NaturalFeature]:
    """Of several features, those whose own name (not an alternate one) is the query's,
    when there are some ("Nile": the river Natural Earth calls so, not the White Nile, one of
    whose stretches also bears the name)."""
    if len(found) < 2:
        return found
    split = feature_classes(key)
    wanted = {key, split[0]} if split else {key}

    def main(f: NaturalFeature) -> bool:
        own = index_key(f.name) or ""
        own_split = feature_classes(f.name)
        return own in wanted or (own_split is not None and own_split[0] in wanted)

    return [f for f in found if main(f)] or found
