"""The knowledge base: entities from the shipped and the user's KB files, looked up by name."""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import KnowledgeBaseError
from .model import SCHEMA_TYPES, KBEntity, KBPost, RawEntity
from .normalize import normalize_surface
from .readers import KB_NS, expand_key, kb_error, reader_for

__all__ = ["KnowledgeBase", "default_kb_files", "read_raw", "merge_raws"]

log = logging.getLogger(__name__)

WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")


def default_kb_files() -> list[Path]:
    """The KB files shipped with kg: every ``ontology/kb/*.ttl`` but the vocabulary files."""
    from ..resources import kb_dir

    folder = kb_dir()
    if not folder.is_dir():
        raise KnowledgeBaseError(f"{folder}: the shipped knowledge base folder is missing; reinstall kg")
    return sorted(p for p in folder.glob("*.ttl") if "vocab" not in p.name)


def read_raw(path: str | Path) -> list[RawEntity]:
    """What one KB file says, entity by entity (see :mod:`kg.kb.readers`)."""
    path = Path(path)
    if not path.is_file():
        raise kb_error("no such KB file; give the path of a .ttl or .csv file", source=path)
    return reader_for(path)(path)


def merge_raws(raws: Iterable[RawEntity]) -> dict[str, list[RawEntity]]:
    """Group raw records by key, in the order files were given."""
    groups: dict[str, list[RawEntity]] = {}
    for raw in raws:
        groups.setdefault(raw.key, []).append(raw)
    return groups


def _last(values_per_file: Iterable[list[str]]) -> str | None:
    """A scalar over several files: a later file overrides an earlier one."""
    chosen = None
    for values in values_per_file:
        if values:
            chosen = values[0]
    return chosen


def _union(values_per_file: Iterable[Iterable[str]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for values in values_per_file:
        for value in values:
            out.setdefault(value, None)
    return tuple(out)


def _freeze(key: str, raws: list[RawEntity]) -> KBEntity:
    """One entity from what every file says about ``key``; raises if it has no label or type."""
    first, last = raws[0], raws[-1]
    label = _last(r.labels for r in raws)
    if label is None:
        raise kb_error(
            f"entity {key} has no label; give it a skos:prefLabel (Turtle) or a label (CSV)",
            source=first.source,
            line=first.line,
        )
    types = _union(r.types for r in raws)
    if not types:
        unknown = _union(r.unknown_types for r in raws)
        hint = f" ({', '.join(unknown)} is not one kg knows)" if unknown else ""
        raise kb_error(
            f"entity {key} ({label}) has no schema.org type{hint}; give it one of "
            f"{', '.join(sorted(SCHEMA_TYPES))}",
            source=first.source,
            line=first.line,
        )
    types = tuple(sorted(types, key=lambda t: -SCHEMA_TYPES[t][1]))
    # Labels a later file overrode stay names of the entity.
    aliases = tuple(a for a in _union(r.labels + r.aliases for r in raws) if a != label)

    wikidata = _last(r.wikidata for r in raws)
    source_of_id = None
    if wikidata is not None:
        if WIKIDATA_ID.match(wikidata):
            source_of_id = _last(r.wikidata_sources for r in raws if r.wikidata)
        else:
            log.warning("%s: %s has a malformed Wikidata id %r; ignored", last.source, key, wikidata)
            wikidata = None

    lat = lon = None
    coords = [c for r in raws for c in r.coordinates]
    if coords:
        candidate = coords[-1]
        if -90.0 <= candidate[0] <= 90.0 and -180.0 <= candidate[1] <= 180.0:
            lat, lon = candidate
        else:
            log.warning("%s: %s has coordinates out of range %r; ignored", last.source, key, candidate)

    geonames = next((g for r in reversed(raws) for g in r.geonames), None)
    posts: tuple[KBPost, ...] = tuple(dict.fromkeys(p for r in raws for p in r.posts))
    return KBEntity(
        key=key,
        label=label,
        types=types,
        aliases=aliases,
        demonyms=_union(r.demonyms for r in raws),
        wikidata=wikidata,
        wikidata_source=source_of_id,
        geonames=geonames,
        lat=lat,
        lon=lon,
        country=_last(r.country for r in raws),
        part_of=_last(r.part_of for r in raws),
        capital_of=_last(r.capital_of for r in raws),
        stands_for=_last(r.stands_for for r in raws),
        posts=posts,
        source=next(r.source for r in reversed(raws) if r.labels),
    )


class KnowledgeBase:
    """Known actors and places, with their names, links and posts.

    Build one with :meth:`load`; the entities are read-only :class:`KBEntity` records.

    Examples
    --------
    >>> kb = KnowledgeBase.load()
    >>> kb.lookup("Khankendi")[0].label
    'Stepanakert'
    >>> kb.by_demonym("Azeri").label
    'Azerbaijan'
    >>> kb.get(kb.lookup("Baku")[0].stands_for).label
    'Azerbaijan'
    """

    def __init__(self, entities: Iterable[KBEntity], *, files: Sequence[Path] = ()) -> None:
        self._entities: dict[str, KBEntity] = {}
        for entity in entities:
            self._entities[entity.key] = entity
        self.files: tuple[Path, ...] = tuple(files)
        self._names: dict[str, list[KBEntity]] = {}
        self._labels: dict[str, set[str]] = {}
        self._demonyms: dict[str, list[KBEntity]] = {}
        for entity in self._entities.values():
            self._labels.setdefault(normalize_surface(entity.label), set()).add(entity.key)
            for name in entity.names:
                bucket = self._names.setdefault(normalize_surface(name), [])
                if entity not in bucket:
                    bucket.append(entity)
            for demonym in entity.demonyms:
                bucket = self._demonyms.setdefault(normalize_surface(demonym), [])
                if entity not in bucket:
                    bucket.append(entity)

    # ------------------------------------------------------------------ building

    @classmethod
    def load(cls, paths: Sequence[str | Path] = (), *, include_default: bool = True) -> KnowledgeBase:
        """Read KB files into one knowledge base.

        Parameters
        ----------
        paths : sequence of str or Path
            The user's KB files, Turtle (``.ttl``) or CSV (``.csv``), read after the
            shipped ones. A file may add to an entity another file defines (same key):
            labels, types, aliases, demonyms and posts are merged; a later file's scalar
            values (label, Wikidata id, coordinates, country, ...) override earlier ones.
        include_default : bool
            Whether to read the KB shipped with kg (``ontology/kb/*.ttl`` but the
            vocabulary files) first.

        Returns
        -------
        KnowledgeBase

        Raises
        ------
        KnowledgeBaseError
            If a file is missing, unreadable or malformed, or an entity lacks a label or a
            schema.org type. The message starts with ``file:line``. Lesser problems
            (unverified ids, dangling references, missing coordinates) do not stop
            loading; ``kg gazetteer check FILE`` reports them.

        Examples
        --------
        >>> len(KnowledgeBase.load(include_default=False))
        0
        """
        files = [*(default_kb_files() if include_default else []), *(Path(p) for p in paths)]
        raws: list[RawEntity] = []
        for path in files:
            file_raws = read_raw(path)
            for raw in file_raws:
                errors = [issue for issue in raw.issues if issue.severity == "error"]
                if errors:
                    raise kb_error(errors[0].message, source=errors[0].source, line=errors[0].line)
            raws.extend(file_raws)
        entities = [_freeze(key, group) for key, group in merge_raws(raws).items()]
        return cls(entities, files=files)

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The shipped knowledge base, loaded once per process and shared."""
        return _default_kb()

    # ------------------------------------------------------------------ access

    def get(self, key: str | None) -> KBEntity | None:
        """The entity with ``key``: its IRI, ``kb:name`` or the bare local ``name``."""
        if not key:
            return None
        entity = self._entities.get(key)
        if entity is None and "://" not in key:
            entity = self._entities.get(expand_key(key))
        return entity

    def lookup(self, surface: str) -> list[KBEntity]:
        """Entities one of whose names (label or alias) is ``surface``.

        Matching is for resolving a mention already found: it ignores case, accents and
        diacritics, treats curly and straight apostrophes, hyphens and spaces alike, drops
        full stops and a leading "the" (see :func:`~kg.kb.normalize.normalize_surface`).
        So ``lookup("us")`` finds the United States; code that *finds* mentions in running
        text must match short all-capital aliases case-sensitively
        (:func:`~kg.kb.normalize.is_case_sensitive`).

        Returns
        -------
        list of KBEntity
            Entities whose preferred label matches first, then alias matches, each in KB
            order; empty when nothing matches.

        Examples
        --------
        >>> kb = KnowledgeBase.default()
        >>> [e.label for e in kb.lookup("Nagorno Karabakh")]
        ['Nagorno-Karabakh']
        >>> kb.lookup("the Kremlin")[0].label
        'Moscow Kremlin'
        """
        key = normalize_surface(surface)
        if not key:
            return []
        found = self._names.get(key, [])
        labelled = self._labels.get(key, set())
        return sorted(found, key=lambda e: 0 if e.key in labelled else 1)

    def by_demonym(self, word: str) -> KBEntity | None:
        """The country or region ``word`` ("Azerbaijani", "Azeris") is the demonym of.

        Matching is as in :meth:`lookup`; a plural not in the KB is tried without its
        final "s". Countries win over other entities sharing a demonym.
        """
        key = normalize_surface(word)
        found = self._demonyms.get(key)
        if not found and key.endswith("s"):
            found = self._demonyms.get(key[:-1])
        if not found:
            return None
        return sorted(found, key=lambda e: 0 if "Country" in e.types else 1)[0]

    def surface_forms(self) -> Iterator[tuple[str, KBEntity]]:
        """Every (name, entity) pair, labels and aliases as written in the KB files.

        For generating matcher patterns; use :func:`~kg.kb.normalize.is_case_sensitive`
        to decide which names must keep their case.
        """
        for entity in self._entities.values():
            for name in dict.fromkeys(entity.names):
                yield name, entity

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __repr__(self) -> str:
        return f"<KnowledgeBase of {len(self)} entities from {len(self.files)} file(s)>"


@functools.lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    return KnowledgeBase.load()


#: The namespace of KB keys, for building keys in code: ``KB_NAMESPACE + "azerbaijan"``.
KB_NAMESPACE = KB_NS
