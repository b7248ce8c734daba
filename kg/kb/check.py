"""``kg gazetteer check FILE``: what is wrong in a KB file, with file and line.

Errors (the entity is unusable or a claim is unsupported):

- the file is not valid Turtle / CSV (with the line), or a value is malformed;
- an entity has no label, no schema.org type, or a schema.org type kg does not know;
- a Wikidata id does not look like ``Q123``, or has no cited source (``kb:wikidataSource``
  in Turtle, the ``wikidata_source`` column in CSV);
- latitude / longitude out of range;
- a reference (country, part of, capital of, stands for, a post's organisation or
  superior) to a key no loaded KB file defines.

Warnings:

- a place without coordinates;
- one name (label or alias, compared as :meth:`KnowledgeBase.lookup` does) given to two
  different entities of the same kind;
- a ``kb:`` property the KB vocabulary (ontology/kb/kb-vocab.ttl) does not define.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import KnowledgeBaseError
from .base import WIKIDATA_ID, default_kb_files, is_world_file, merge_raws, read_raw, yield_to_regional
from .model import SCHEMA_TYPES, Problem, RawEntity, kind_of
from .normalize import normalize_surface
from .readers import KB_NS, kb_error, reader_for

__all__ = ["check_kb_file", "find_problems"]


def check_kb_file(path: str | Path, *, include_default: bool = True, others: Sequence[str | Path] = ()) -> list[str]:
    """The problems of the KB file ``path``, one line each (``file:line: severity: message``).

    Parameters
    ----------
    path : str or Path
        A Turtle (``.ttl``) or CSV (``.csv``) KB file.
    include_default : bool
        Resolve references against the KB shipped with kg too.
    others : sequence of str or Path
        Further KB files loaded with this one, whose keys references may use.

    Returns
    -------
    list of str
        Empty when the file is clean. Lines containing ``": error: "`` are errors, the
        rest warnings; :func:`find_problems` gives them as :class:`Problem` records.

    Raises
    ------
    KnowledgeBaseError
        If ``path`` does not exist or is neither Turtle nor CSV.

    Examples
    --------
    >>> from kg.resources import kb_dir
    >>> check_kb_file(kb_dir() / "south-caucasus.ttl")
    []
    """
    return [str(p) for p in find_problems(path, include_default=include_default, others=others)]


def find_problems(
    path: str | Path, *, include_default: bool = True, others: Sequence[str | Path] = ()
) -> list[Problem]:
    """Like :func:`check_kb_file`, as :class:`Problem` records (errors first, by line)."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise kb_error("no such KB file; give the path of a .ttl or .csv file", source=path)
    reader_for(path)  # raises for a format kg cannot read
    try:
        raws = read_raw(path)
    except KnowledgeBaseError as exc:
        reason = getattr(exc, "reason", str(exc))
        return [Problem("error", reason, source, getattr(exc, "line", None))]

    context = _context_raws(path, include_default=include_default, others=others)
    labelled = {r.key for r in context if r.labels}
    typed = {r.key for r in context if r.types}
    problems: list[Problem] = []
    for raw in raws:
        problems.extend(raw.issues)
        problems.extend(_entity_problems(raw, labelled_elsewhere=raw.key in labelled, typed_elsewhere=raw.key in typed))

    seen: dict[str, RawEntity] = {}
    for raw in raws:
        if raw.key and raw.key in seen:
            problems.append(
                Problem("warning", f"{_short(raw.key)} is defined again (first at line {seen[raw.key].line}); "
                        "the later values override", raw.source, raw.line)
            )
        seen.setdefault(raw.key, raw)
    problems.extend(_reference_problems(raws, context))
    problems.extend(_duplicate_names(raws, context))
    problems.extend(_kb_terms(raws))
    return sorted(
        dict.fromkeys(problems),
        key=lambda p: (p.severity != "error", p.line if p.line is not None else 0, p.message),
    )


def _entity_problems(raw: RawEntity, *, labelled_elsewhere: bool, typed_elsewhere: bool) -> list[Problem]:
    """Problems of one entity on its own; an entity another loaded file defines may omit
    its label and type here (the file only adds to it)."""
    out: list[Problem] = []

    def add(severity: str, message: str) -> None:
        out.append(Problem(severity, message, raw.source, raw.line))  # type: ignore[arg-type]

    name = raw.labels[0] if raw.labels else raw.key
    if not raw.labels and not labelled_elsewhere:
        add("error", f"{raw.key} has no label (skos:prefLabel, or the CSV label column)")
    for unknown in raw.unknown_types:
        add("error", f"{name}: unknown schema.org type {unknown!r}; use one of {', '.join(sorted(SCHEMA_TYPES))}")
    if not raw.types and not raw.unknown_types and not typed_elsewhere and (raw.labels or labelled_elsewhere):
        add("error", f"{name} has no schema.org type (rdf:type schema:..., or the CSV type column)")
    for qid in raw.wikidata:
        if not WIKIDATA_ID.match(qid):
            add("error", f"{name}: Wikidata id {qid!r} is not of the form Q123")
    if raw.wikidata and not raw.wikidata_sources:
        add(
            "error",
            f"{name}: Wikidata id {raw.wikidata[0]} has no cited source; add kb:wikidataSource "
            "(the page where you checked it) or drop the id",
        )
    for lat, lon in raw.coordinates:
        if not -90.0 <= lat <= 90.0:
            add("error", f"{name}: latitude {lat} is out of range [-90, 90] (is POINT(lon lat) written lon first?)")
        if not -180.0 <= lon <= 180.0:
            add("error", f"{name}: longitude {lon} is out of range [-180, 180]")
    if raw.types and kind_of(raw.types) == "place" and not raw.coordinates and not typed_elsewhere:
        add("warning", f"{name} is a place without coordinates")
    return out


def _context_raws(path: Path, *, include_default: bool, others: Sequence[str | Path]) -> list[RawEntity]:
    """The other files loaded with ``path``; a file that cannot be read is left out."""
    files: list[Path] = []
    if include_default:
        try:
            files.extend(default_kb_files())
        except KnowledgeBaseError:
            pass
    files.extend(Path(p) for p in others)
    here = path.resolve()
    raws: list[RawEntity] = []
    for file in files:
        if file.resolve() == here:
            continue
        try:
            raws.extend(read_raw(file))
        except KnowledgeBaseError:
            continue
    return raws


def _reference_problems(raws: list[RawEntity], context: list[RawEntity]) -> list[Problem]:
    known = {r.key for r in raws} | {r.key for r in context}
    out = []
    for raw in raws:
        name = raw.labels[0] if raw.labels else raw.key
        for what, target in raw.references():
            if target not in known:
                out.append(
                    Problem(
                        "error",
                        f"{name}: {what} refers to {_short(target)}, which no loaded KB file defines",
                        raw.source,
                        raw.line,
                    )
                )
    return out


def _duplicate_names(raws: list[RawEntity], context: list[RawEntity]) -> list[Problem]:
    # As KnowledgeBase.load does: world-KB entities that another file has give way to it.
    mine = {r.source for r in raws}
    kept = yield_to_regional(sorted([*context, *raws], key=lambda r: not is_world_file(r.source)))
    raws = [r for r in kept if r.source in mine]
    context = [r for r in kept if r.source not in mine]
    groups = merge_raws([*context, *raws])
    kinds = {key: kind_of([t for r in group for t in r.types]) for key, group in groups.items()}
    mine = {r.key for r in raws}
    owners: dict[str, dict[str, str]] = {}  # normalised name -> key -> name as written
    for key, group in groups.items():
        for raw in group:
            for name in [*raw.labels, *raw.aliases]:
                norm = normalize_surface(name)
                if norm:
                    owners.setdefault(norm, {}).setdefault(key, name)
    line_of = {r.key: (r.source, r.line) for r in raws}
    out = []
    for norm, by_key in owners.items():
        if len(by_key) < 2:
            continue
        keys = sorted(by_key)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if kinds[a] != kinds[b] or (a not in mine and b not in mine):
                    continue
                here = a if a in mine else b
                source, line = line_of[here]
                out.append(
                    Problem(
                        "warning",
                        f"the name {by_key[a]!r} is given to {_short(a)} and {_short(b)}, both {kinds[a]}s; "
                        "lookups of it will be ambiguous",
                        source,
                        line,
                    )
                )
    return out


def _kb_terms(raws: list[RawEntity]) -> list[Problem]:
    defined = _kb_vocabulary()
    out = []
    for raw in raws:
        for term in raw.kb_terms:
            if defined and term not in defined:
                out.append(
                    Problem(
                        "warning",
                        f"{_short(raw.key)} uses {_short(term)}, which ontology/kb/kb-vocab.ttl does not define",
                        raw.source,
                        raw.line,
                    )
                )
    return out


def _kb_vocabulary() -> set[str]:
    """The kb: terms defined by the shipped vocabulary files (empty if they cannot be read)."""
    try:
        from rdflib import Graph, URIRef

        from ..resources import kb_dir

        graph = Graph()
        for file in sorted(kb_dir().glob("*vocab*.ttl")):
            graph.parse(file, format="turtle")
    except Exception:
        return set()
    return {str(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(KB_NS)}


def _short(iri: str) -> str:
    return "kb:" + iri[len(KB_NS):] if iri.startswith(KB_NS) else iri
