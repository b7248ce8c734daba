"""The knowledge base: entities from the shipped and the user's KB files, looked up by name."""
from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import KnowledgeBaseError
from . import cache
from .model import SCHEMA_TYPES, KBEntity, KBPost, RawEntity, fold_title, kind_of
from .normalize import normalize_surface
from .readers import KB_NS, expand_key, kb_error, reader_for

__all__ = ["KnowledgeBase", "default_kb_files", "read_raw", "merge_raws", "is_world_file", "yield_to_regional"]

log = logging.getLogger(__name__)

WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")
#: Shipped KB files whose names start with this are the world knowledge base.
WORLD_PREFIX = "world-"


def default_kb_files() -> list[Path]:
    """The KB files shipped with kg, in load order.

    First the world knowledge base (``ontology/kb/world-*.csv``: countries and territories,
    their capitals, first-level divisions, international bodies and armed groups), then the
    regional files (every other ``ontology/kb/*.ttl`` and ``*.csv`` but the vocabulary
    files), which sharpen it: see :func:`yield_to_regional`.
    """
    from ..resources import kb_dir

    folder = kb_dir()
    if not folder.is_dir():
        raise KnowledgeBaseError(f"{folder}: the shipped knowledge base folder is missing; reinstall kg")
    files = [p for p in folder.iterdir() if p.suffix in (".ttl", ".csv") and "vocab" not in p.name]
    return sorted(files, key=lambda p: (not is_world_file(p), p.name))


def is_world_file(path: str | Path) -> bool:
    """Whether ``path`` is part of the world knowledge base shipped with kg (``world-*.csv``),
    which every other KB file overrides."""
    return Path(path).name.startswith(WORLD_PREFIX)


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


def yield_to_regional(raws: list[RawEntity]) -> list[RawEntity]:
    """The world KB's records, minus what the other KB files already say.

    A world entity (from a ``world-*.csv`` file) that another file defines under the same
    key is merged with it as any two files are (the later file's values win). One that
    another file defines under another key, with the same Wikidata id or with its label
    among that entity's names (same kind: person, organisation or place), is dropped, and
    the world's references to it point to the other file's entity instead ("the regional
    entry wins"). A name of a kept world entity that an entity of the same kind in another
    file bears is taken from the world entity, so that the name stays unambiguous.

    ``raws`` are in load order; the result keeps it.
    """
    world = [r for r in raws if is_world_file(r.source)]
    if not world:
        return raws
    others = [r for r in raws if not is_world_file(r.source)]
    other_keys = {r.key for r in others}
    by_qid: dict[str, str] = {}
    names: dict[tuple[str, str], str] = {}  # (kind, normalised name) -> key
    kinds = {key: kind_of([t for r in group for t in r.types]) for key, group in merge_raws(others).items()}
    for raw in others:
        for qid in raw.wikidata:
            by_qid.setdefault(qid, raw.key)
        for name in (*raw.labels, *raw.aliases):
            names.setdefault((kinds[raw.key], normalize_surface(name)), raw.key)

    replaced: dict[str, str] = {}
    for raw in world:
        if raw.key in other_keys:
            continue
        kind = kind_of(raw.types)
        target = next((by_qid[q] for q in raw.wikidata if q in by_qid), None)
        if target is None and raw.labels:
            target = names.get((kind, normalize_surface(raw.labels[0])))
        if target is not None:
            replaced[raw.key] = target

    def remap(keys: list[str]) -> list[str]:
        return [replaced.get(k, k) for k in keys]

    kept: list[RawEntity] = []
    for raw in raws:
        if not is_world_file(raw.source):
            kept.append(raw)
            continue
        if raw.key in replaced:
            continue
        aliases = raw.aliases
        if raw.key not in other_keys:
            kind = kind_of(raw.types)
            aliases = [a for a in aliases if names.get((kind, normalize_surface(a)), raw.key) == raw.key]
        kept.append(
            dataclasses.replace(
                raw,
                aliases=aliases,
                country=remap(raw.country),
                part_of=remap(raw.part_of),
                capital_of=remap(raw.capital_of),
                stands_for=remap(raw.stands_for),
            )
        )
    return kept


_SHORT_NAME = re.compile(r"(?:[A-Z]\.?){2,6}")


def spell_out_parents(raws: list[RawEntity]) -> list[RawEntity]:
    """Names that call a body by its parent's short name, also with the parent's label.

    An organisation ``part_of`` another whose names include a short all-capital one ("UN",
    "U.N.", "EU", "AU") and whose name starts with that short name followed by a word ("UN
    human rights office", "UN refugee agency") is also named with the parent's label in its
    place ("United Nations human rights office", "United Nations refugee agency"), as the
    news writes it too. A spelt-out name another entity already bears is not added.

    ``raws`` are in load order; the result keeps it.

    >>> from kg.kb.model import RawEntity
    >>> un = RawEntity(key="un", source="t", labels=["United Nations"], aliases=["UN"], types=["Organization"])
    >>> office = RawEntity(key="office", source="t", labels=["Human Rights Office"], aliases=["UN human rights office"],
    ...                    types=["Organization"], part_of=["un"])
    >>> spell_out_parents([un, office])[1].aliases
    ['UN human rights office', 'United Nations human rights office']
    """
    shorts: dict[str, tuple[list[str], str]] = {}
    taken: set[str] = set()
    for key, group in merge_raws(raws).items():
        names = [n for r in group for n in (*r.labels, *r.aliases)]
        taken.update(normalize_surface(n) for n in names)
        label = next((r.labels[0] for r in reversed(group) if r.labels), None)
        short = [n for n in dict.fromkeys(names) if _SHORT_NAME.fullmatch(n)]
        if label is not None and short:
            shorts[key] = (short, label)
    if not shorts:
        return raws
    out: list[RawEntity] = []
    for raw in raws:
        added: list[str] = []
        for parent in raw.part_of:
            short, label = shorts.get(parent, ([], ""))
            for name in (*raw.labels, *raw.aliases):
                for s in short:
                    if name.startswith(s + " ") and len(name) > len(s) + 1:
                        spelt = label + name[len(s):]
                        if normalize_surface(spelt) not in taken:
                            added.append(spelt)
        out.append(dataclasses.replace(raw, aliases=[*raw.aliases, *dict.fromkeys(added)]) if added else raw)
    return out


#: names and demonyms whose look-ups a KnowledgeBase keeps (emptied when full)
_FOUND_KEPT = 1 << 17


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
        self._digest: str | None = None
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
            An entity of the world KB that a user or regional file also has under another
            key (same Wikidata id, or same name and kind) gives way to it
            (:func:`yield_to_regional`).
        include_default : bool
            Whether to read the KB shipped with kg first (:func:`default_kb_files`: the
            world KB, then the regional files).

        The result is cached on disk, keyed by the files' contents (:mod:`kg.kb.cache`):
        a process that loads the same files again reads no KB file.

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
        key = None
        if all(path.is_file() for path in files):
            key = cache.digest(files)
            cached = cache.load("kb", key)
            if isinstance(cached, KnowledgeBase):
                cached.files = tuple(files)
                cached._digest = key
                return cached
        raws: list[RawEntity] = []
        for path in files:
            file_raws = read_raw(path)
            for raw in file_raws:
                errors = [issue for issue in raw.issues if issue.severity == "error"]
                if errors:
                    raise kb_error(errors[0].message, source=errors[0].source, line=errors[0].line)
            raws.extend(file_raws)
        raws = spell_out_parents(yield_to_regional(raws))
        entities = [_freeze(k, group) for k, group in merge_raws(raws).items()]
        kb = cls(entities, files=files)
        if key is not None:
            kb._digest = key
            cache.store("kb", key, kb)
        return kb

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The shipped knowledge base, loaded once per process and shared."""
        return _default_kb()

    def digest(self) -> str:
        """A SHA-256 key of the files this knowledge base was read from (and of kg's KB code)."""
        if self._digest is None:
            self._digest = cache.digest(self.files)
        return self._digest

    # ------------------------------------------------------------------ access

    def get(self, key: str | None) -> KBEntity | None:
        """The entity with ``key``: its IRI, ``kb:name`` or the bare local ``name``."""
        if not key:
            return None
        entity = self._entities.get(key)
        if entity is None and "://" not in key:
            entity = self._entities.get(expand_key(key))
        return entity

    @functools.cached_property
    def _posts_by_title(self) -> dict[str, list[tuple[str, KBPost]]]:
        found: dict[str, list[tuple[str, KBPost]]] = {}
        for entity in self._entities.values():
            for post in entity.posts:
                found.setdefault(fold_title(post.label), []).append((entity.key, post))
        return found

    def post_holders(self, title: str) -> list[tuple[str, KBPost]]:
        """Every (person key, post) of a post titled ``title`` (folded alike by
        :func:`~kg.kb.model.fold_title`: "the Secretary-General" finds "Secretary General"),
        whenever it was held; the index is built on first use."""
        return self._posts_by_title.get(fold_title(title), [])

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
        memo = self._found
        found = memo.get(("name", surface))
        if found is None:
            key = normalize_surface(surface)
            named = self._names.get(key, []) if key else []
            labelled = self._labels.get(key, set())
            found = self._remember(("name", surface), tuple(sorted(named, key=lambda e: 0 if e.key in labelled else 1)))
        return list(found)

    @functools.cached_property
    def _found(self) -> dict[tuple[str, str], tuple[KBEntity, ...]]:
        """What :meth:`lookup` and :meth:`demonym_holders` found, by the words asked: the
        same names and demonyms are asked of every mention (thousands an article). Made on
        first use (a KB read back from kg's cache has none yet); the KB never changes."""
        return {}

    def _remember(self, asked: tuple[str, str], found: tuple[KBEntity, ...]) -> tuple[KBEntity, ...]:
        if len(self._found) >= _FOUND_KEPT:
            self._found.clear()
        self._found[asked] = found
        return found

    def by_demonym(self, word: str) -> KBEntity | None:
        """The country or region ``word`` ("Azerbaijani", "Azeris") is the demonym of.

        Matching is as in :meth:`lookup`; a plural not in the KB is tried without its
        final "s". Countries win over other entities sharing a demonym.
        """
        found = self.demonym_holders(word)
        return found[0] if found else None

    def demonym_holders(self, word: str) -> list[KBEntity]:
        """Every country or region ``word`` is the demonym of, countries first and, among
        them, the more populous first ("Congolese": the DR Congo, then the Republic of the
        Congo), as :meth:`by_demonym` orders them; ``[]`` when it is no demonym."""
        held = self._found.get(("demonym", word))
        if held is None:
            key = normalize_surface(word)
            found = self._demonyms.get(key)
            if not found and key.endswith("s"):
                found = self._demonyms.get(key[:-1])
            held = self._remember(("demonym", word), tuple(sorted(found or (), key=lambda e: 0 if "Country" in e.types else 1)))
        return list(held)

    def countries_named(self, names: Iterable[str]) -> frozenset[str]:
        """The keys of the countries ``names`` name, by a name of theirs or of a place of
        theirs the KB knows (a capital, a town: "Brazzaville")."""
        keys: set[str] = set()
        for name in names:
            for e in self.lookup(name):
                if "Country" in e.types:
                    keys.add(e.key)
                elif e.kind == "place" and e.country:
                    keys.add(e.country)
        return frozenset(keys)

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
