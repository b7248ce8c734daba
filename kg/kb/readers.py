"""Readers for KB files, one per format, one signature: ``read_X(path) -> list[RawEntity]``.

A reader reports what the file says, value by value, without judging it (that is
:mod:`kg.kb.check`'s job) except where the file cannot be read at all: then it raises
:class:`~kg.errors.KnowledgeBaseError` with ``source`` and ``line`` attributes.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KnowledgeBaseError
from ..vocab import KB
from .model import SCHEMA_TYPES, KBPost, Problem, RawEntity

__all__ = ["read_turtle", "read_csv", "READERS", "reader_for", "kb_error", "expand_key", "CSV_COLUMNS"]

if TYPE_CHECKING:
    from rdflib import Graph, Namespace
    from rdflib.term import Node

Reader = Callable[[Path], list[RawEntity]]

KB_NS = str(KB)
_SCHEMA_NS = ("https://schema.org/", "http://schema.org/")
_WD_NS = ("http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/", "https://www.wikidata.org/wiki/")
_GEONAMES_IRI = re.compile(r"^https?://sws\.geonames\.org/(\d+)/?$")
_WKT_POINT = re.compile(
    r"^\s*(?:<[^>]*>\s*)?POINT\s*\(\s*([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s+([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*\)\s*$",
    re.IGNORECASE,
)
_KNOWN_TYPES_CI = {name.casefold(): name for name in SCHEMA_TYPES}


def kb_error(message: str, *, source: str | Path | None = None, line: int | None = None) -> KnowledgeBaseError:
    """A :class:`KnowledgeBaseError` whose message starts with ``file:line``.

    The exception also carries ``source`` and ``line`` attributes for callers that want them.
    """
    where = str(source) if source is not None else "<kb>"
    if line is not None:
        where = f"{where}:{line}"
    error = KnowledgeBaseError(f"{where}: {message}")
    error.source = str(source) if source is not None else None  # type: ignore[attr-defined]
    error.line = line  # type: ignore[attr-defined]
    error.reason = message  # type: ignore[attr-defined]
    return error


def expand_key(value: str) -> str:
    """A KB key from a CSV cell or a CLI argument: ``azerbaijan`` and ``kb:azerbaijan``
    become ``https://w3id.org/kg-news/kb/azerbaijan``; a full IRI is kept as it is."""
    value = value.strip()
    if "://" in value:
        return value
    if value.startswith("kb:"):
        value = value[3:]
    return KB_NS + value


def wikidata_id(value: str) -> str:
    """``Q42`` from ``wd:Q42``-style IRIs or a bare id (unchanged when it is neither)."""
    value = value.strip()
    for ns in _WD_NS:
        if value.startswith(ns):
            return value[len(ns):]
    return value


def _schema_local(iri: str) -> str | None:
    for ns in _SCHEMA_NS:
        if iri.startswith(ns):
            return iri[len(ns):]
    return None


def _add_type(raw: RawEntity, local: str, *, exact: bool = True) -> None:
    """Record schema.org type ``local``; in Turtle the case must be right, in CSV not."""
    known = local if local in SCHEMA_TYPES else None
    if known is None and not exact:
        known = _KNOWN_TYPES_CI.get(local.casefold())
    if known is None:
        if local not in raw.unknown_types:
            raw.unknown_types.append(local)
    elif known not in raw.types:
        raw.types.append(known)


# --------------------------------------------------------------------------- Turtle


def read_turtle(path: Path) -> list[RawEntity]:
    """Read a Turtle KB file.

    An entity is an IRI subject with a ``skos:prefLabel``, ``skos:altLabel``,
    ``kb:demonym`` or a schema.org ``rdf:type``; blank nodes (posts, geometries) and
    vocabulary terms are not entities. See ontology/kb/README.md for the properties read.

    Raises
    ------
    KnowledgeBaseError
        If the file is not valid Turtle (the message gives the line).
    """
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, ORG, OWL, RDF, RDFS, SKOS
    from rdflib.plugins.parsers.notation3 import BadSyntax

    sdo = Namespace("https://schema.org/")
    sdo_http = Namespace("http://schema.org/")
    wgs = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    kb = Namespace(KB_NS)

    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise kb_error(f"cannot read the file ({exc}); give a UTF-8 Turtle file", source=source) from exc
    graph = Graph()
    try:
        graph.parse(data=text, format="turtle", publicID=Path(path).resolve().as_uri())
    except BadSyntax as exc:
        line = getattr(exc, "lines", None)
        why = getattr(exc, "_why", str(exc))
        raise kb_error(
            f"not valid Turtle: {why}; fix the file (kg gazetteer check {source} lists the problems)",
            source=source,
            line=line + 1 if isinstance(line, int) else None,
        ) from exc
    except Exception as exc:  # rdflib raises a variety of errors on bad input
        raise kb_error(f"not valid Turtle: {exc}", source=source) from exc

    first_line = _subject_lines(text)

    def pick(*preds: URIRef, subject: URIRef | BNode) -> list[object]:
        out: list[object] = []
        for pred in preds:
            out.extend(graph.objects(subject, pred))
        return out

    def lits(subject: URIRef | BNode, *preds: URIRef) -> list[Literal]:
        values = [o for o in pick(*preds, subject=subject) if isinstance(o, Literal)]
        # English first, then untagged, then the rest; stable otherwise.
        return sorted(values, key=lambda lit: (0 if lit.language == "en" else 1 if lit.language is None else 2))

    def refs(subject: URIRef | BNode, *preds: URIRef) -> list[str]:
        return sorted(str(o) for o in pick(*preds, subject=subject) if isinstance(o, URIRef))

    entity_preds = (SKOS.prefLabel, SKOS.altLabel, kb.demonym)
    subjects: set[URIRef] = set()
    for pred in entity_preds:
        subjects.update(s for s in graph.subjects(pred, None) if isinstance(s, URIRef))
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and _schema_local(str(o)) is not None:
            subjects.add(s)

    raws: list[RawEntity] = []
    for subject in subjects:
        raw = RawEntity(key=str(subject), source=source, line=_line_of(graph, subject, first_line))
        for o in graph.objects(subject, RDF.type):
            local = _schema_local(str(o))
            if local is not None:
                _add_type(raw, local)
        pref = lits(subject, SKOS.prefLabel)
        names = lits(subject, RDFS.label, sdo.name, sdo_http.name)
        raw.labels = _dedupe([str(x) for x in pref] or [str(x) for x in names][:1])
        label = raw.labels[0] if raw.labels else None
        others = [str(x) for x in pref[1:]] + [str(x) for x in names]
        others += [str(x) for x in lits(subject, SKOS.altLabel, SKOS.hiddenLabel, sdo.alternateName, sdo_http.alternateName)]
        raw.aliases = _dedupe([a for a in others if a != label])
        raw.demonyms = _dedupe([str(x) for x in lits(subject, kb.demonym)])
        for same in refs(subject, OWL.sameAs):
            match = _GEONAMES_IRI.match(same)
            if match:
                raw.geonames.append(int(match.group(1)))
            elif any(same.startswith(ns) for ns in _WD_NS):
                raw.wikidata.append(wikidata_id(same))
        raw.wikidata_sources = _dedupe([str(o) for o in pick(kb.wikidataSource, subject=subject)])
        if raw.wikidata and not raw.wikidata_sources:
            # A plain dct:source is accepted as the citation when it is the only one.
            raw.wikidata_sources = _dedupe([str(o) for o in pick(DCTERMS.source, subject=subject)])
        for value in lits(subject, kb.geonamesId):
            try:
                raw.geonames.append(int(str(value)))
            except ValueError:
                raw.issues.append(Problem("error", f"kb:geonamesId {value!s} is not a number", source, raw.line))
        _read_coordinates(graph, subject, raw, wgs, sdo, sdo_http)
        raw.country = refs(subject, kb.country)
        raw.part_of = refs(subject, sdo.containedInPlace, sdo_http.containedInPlace, ORG.subOrganizationOf, kb.partOf)
        raw.capital_of = refs(subject, kb.capitalOf)
        raw.stands_for = refs(subject, kb.standsFor)
        for post_node in graph.objects(subject, ORG.holds):
            post_label = next(iter(lits(post_node, RDFS.label, SKOS.prefLabel)), None)
            if post_label is None:
                raw.issues.append(Problem("error", "a post (org:holds) has no rdfs:label", source, raw.line))
                continue
            raw.posts.append(
                KBPost(
                    label=str(post_label),
                    org=next(iter(refs(post_node, ORG.postIn)), None),
                    since=next((str(x) for x in pick(kb.since, sdo.startDate, subject=post_node)), None),
                    reports_to=next(iter(refs(post_node, ORG.reportsTo)), None),
                    until=next((str(x) for x in pick(kb.until, sdo.endDate, subject=post_node)), None),
                )
            )
        raw.posts.sort(key=lambda p: (p.since or "", p.label))
        raw.kb_terms = sorted(
            {str(p) for p in graph.predicates(subject, None) if str(p).startswith(KB_NS)}
        )
        raws.append(raw)
    raws.sort(key=lambda r: (r.line if r.line is not None else 1 << 30, r.key))
    return raws


def _read_coordinates(graph: Graph, subject: Node, raw: RawEntity, *namespaces: Namespace) -> None:
    """Points from ``geo:hasGeometry/geo:asWKT``, WGS84 ``lat``/``long`` or schema.org
    ``latitude``/``longitude``; appended to ``raw.coordinates`` as (lat, lon)."""
    from rdflib import Literal
    from rdflib.namespace import GEO

    wgs, sdo, sdo_http = namespaces
    for geometry in graph.objects(subject, GEO.hasGeometry):
        for wkt in graph.objects(geometry, GEO.asWKT):
            match = _WKT_POINT.match(str(wkt))
            if not match:
                raw.issues.append(
                    Problem("error", f"geo:asWKT {str(wkt)!r} is not a WKT POINT(lon lat)", raw.source, raw.line)
                )
                continue
            lon, lat = float(match.group(1)), float(match.group(2))
            raw.coordinates.append((lat, lon))
    for lat_p, lon_p in ((wgs.lat, wgs.long), (sdo.latitude, sdo.longitude), (sdo_http.latitude, sdo_http.longitude)):
        lat_v = next((o for o in graph.objects(subject, lat_p) if isinstance(o, Literal)), None)
        lon_v = next((o for o in graph.objects(subject, lon_p) if isinstance(o, Literal)), None)
        if lat_v is None and lon_v is None:
            continue
        try:
            raw.coordinates.append((float(str(lat_v)), float(str(lon_v))))
        except (TypeError, ValueError):
            raw.issues.append(Problem("error", f"latitude/longitude {lat_v!s}/{lon_v!s} are not numbers", raw.source, raw.line))


def _subject_lines(text: str) -> dict[str, int]:
    """First line (1-based) on which each token starts a line: where subjects are written."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "@")):
            continue
        token = stripped.split(None, 1)[0]
        lines.setdefault(token, number)
    return lines


def _line_of(graph: Graph, subject: Node, first_line: dict[str, int]) -> int | None:
    candidates = [f"<{subject}>"]
    try:
        candidates.insert(0, graph.namespace_manager.normalizeUri(subject))
    except Exception:  # pragma: no cover - rdflib cannot make a qname
        pass
    for candidate in candidates:
        if candidate in first_line:
            return first_line[candidate]
    return None


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out


# --------------------------------------------------------------------------- CSV

#: The CSV columns, in the documented order. ``id``, ``label`` and ``type`` are required.
CSV_COLUMNS = ("id", "label", "type", "aliases", "wikidata", "lat", "lon", "country", "demonyms", "stands_for")
#: Further columns a CSV file may have.
CSV_OPTIONAL_COLUMNS = ("wikidata_source", "geonames", "part_of", "capital_of")
_CSV_REQUIRED = ("id", "label", "type")


def read_csv(path: Path) -> list[RawEntity]:
    """Read a CSV KB file (columns: :data:`CSV_COLUMNS`, optionally :data:`CSV_OPTIONAL_COLUMNS`).

    Lines starting with ``#`` before the header are comments.

    ``aliases``, ``demonyms`` and ``type`` hold several values separated by ``|``; ids and
    references are local names in the ``kb:`` namespace (``sudan``), ``kb:`` names or full IRIs.

    Raises
    ------
    KnowledgeBaseError
        If the file cannot be read or lacks a required column.
    """
    source = str(path)
    try:
        handle = Path(path).open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise kb_error(f"cannot read the file ({exc})", source=source) from exc
    raws: list[RawEntity] = []
    with handle:
        # Leading lines starting with "#" are comments (generated files say where they come from).
        skipped = 0
        position = handle.tell()
        line = handle.readline()
        while line.startswith("#"):
            skipped += 1
            position = handle.tell()
            line = handle.readline()
        handle.seek(position)
        reader = csv.DictReader(handle)
        try:
            fields = [f.strip() for f in (reader.fieldnames or [])]
        except (csv.Error, UnicodeDecodeError) as exc:
            raise kb_error(f"not a readable CSV file ({exc})", source=source, line=skipped + 1) from exc
        missing = [c for c in _CSV_REQUIRED if c not in fields]
        if missing:
            raise kb_error(
                f"missing column(s) {', '.join(missing)}; the header must name at least "
                f"{', '.join(_CSV_REQUIRED)} (all columns: {', '.join(CSV_COLUMNS + CSV_OPTIONAL_COLUMNS)})",
                source=source,
                line=skipped + 1,
            )
        reader.fieldnames = fields
        try:
            for row in reader:
                raws.append(_csv_row(row, source, reader.line_num + skipped))
        except (csv.Error, UnicodeDecodeError) as exc:
            raise kb_error(f"not a readable CSV file ({exc})", source=source, line=reader.line_num + skipped) from exc
    return raws


def _split(cell: str | None) -> list[str]:
    return _dedupe((cell or "").split("|"))


def _csv_row(row: dict[str, str | None], source: str, line: int) -> RawEntity:
    def cell(name: str) -> str:
        value = row.get(name)
        return value.strip() if isinstance(value, str) else ""

    ident = cell("id")
    raw = RawEntity(key=expand_key(ident) if ident else "", source=source, line=line)
    if not ident:
        raw.issues.append(Problem("error", "the id column is empty", source, line))
    elif any(ch.isspace() for ch in ident):
        raw.issues.append(Problem("error", f"id {ident!r} contains spaces; use a_name_like_this", source, line))
    if cell("label"):
        raw.labels = [cell("label")]
    for type_name in _split(cell("type")):
        local = type_name.split(":", 1)[1] if type_name.startswith("schema:") else type_name
        _add_type(raw, local, exact=False)
    raw.aliases = [a for a in _split(cell("aliases")) if a not in raw.labels]
    raw.demonyms = _split(cell("demonyms"))
    if cell("wikidata"):
        raw.wikidata = [wikidata_id(cell("wikidata"))]
    if cell("wikidata_source"):
        raw.wikidata_sources = [cell("wikidata_source")]
    if cell("geonames"):
        try:
            raw.geonames = [int(cell("geonames"))]
        except ValueError:
            raw.issues.append(Problem("error", f"geonames {cell('geonames')!r} is not a number", source, line))
    lat, lon = cell("lat"), cell("lon")
    if lat or lon:
        try:
            raw.coordinates = [(float(lat), float(lon))]
        except ValueError:
            raw.issues.append(
                Problem("error", f"lat/lon {lat!r}/{lon!r} are not both numbers (decimal degrees)", source, line)
            )
    for column, target in (
        ("country", raw.country),
        ("stands_for", raw.stands_for),
        ("part_of", raw.part_of),
        ("capital_of", raw.capital_of),
    ):
        if cell(column):
            target.append(expand_key(cell(column)))
    return raw


#: Readers by file suffix.
READERS: dict[str, Reader] = {".ttl": read_turtle, ".turtle": read_turtle, ".csv": read_csv}


def reader_for(path: Path) -> Reader:
    """The reader for ``path``'s suffix.

    Raises
    ------
    KnowledgeBaseError
        If the suffix is not one of :data:`READERS`.
    """
    reader = READERS.get(Path(path).suffix.lower())
    if reader is None:
        raise kb_error(
            f"unknown KB file format {Path(path).suffix or '(no suffix)'!r}; "
            f"give a Turtle (.ttl) or CSV (.csv) file",
            source=path,
        )
    return reader
