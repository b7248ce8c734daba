"""The query library: ``queries/*.rq`` by name, with their header comments and parameters.

Each file opens with ``#`` comment lines: the first says what the query answers; lines of
the form ``# param NAME: what it is`` declare parameters, bound by name at run time; a line
``# example: kg query …`` shows a call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from ..errors import QueryError
from ..resources import queries_dir

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["NamedQuery", "list_queries", "load_query", "bind_parameters"]

_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$", re.I)
_EXAMPLE = re.compile(r"^#\s*example\s*:\s*(.*)$", re.I)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path | None
    text: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)  # name -> description
    param_kinds: dict[str, str] = field(default_factory=dict)  # name -> "entity" | "literal" | …
    example: str = ""


def _parse(name: str, path: Path | None, text: str) -> NamedQuery:
    description: list[str] = []
    params: dict[str, str] = {}
    kinds: dict[str, str] = {}
    example = ""
    for line in text.splitlines():
        s = line.strip()
        if not s.startswith("#"):
            if s:
                break
            continue
        if m := _PARAM.match(s):
            params[m.group(1)] = m.group(3).strip()
            kinds[m.group(1)] = (m.group(2) or "entity").strip().lower()
        elif m := _EXAMPLE.match(s):
            example = m.group(1).strip()
        elif not params and not example:
            description.append(s.lstrip("#").strip())
    return NamedQuery(name, path, text, " ".join(d for d in description if d), params, kinds, example)


def list_queries(folder: Path | None = None) -> list[NamedQuery]:
    """Every query of the library, sorted by name."""
    folder = folder or queries_dir()
    return [_parse(p.stem, p, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))]


def load_query(name_or_path: str, folder: Path | None = None) -> NamedQuery:
    """A query by library name (``events-at-place``) or by file path.

    Raises
    ------
    QueryError
        When neither a file nor a library query of that name exists.
    """
    p = Path(name_or_path)
    if p.suffix == ".rq" or p.exists():
        if not p.is_file():
            raise QueryError(f"query file {name_or_path} not found")
        return _parse(p.stem, p, p.read_text(encoding="utf-8"))
    folder = folder or queries_dir()
    candidate = folder / f"{name_or_path}.rq"
    if candidate.is_file():
        return _parse(candidate.stem, candidate, candidate.read_text(encoding="utf-8"))
    names = ", ".join(q.name for q in list_queries(folder))
    raise QueryError(f"no query named {name_or_path!r}; the library has: {names} (or give a .rq file)")


def _sparql_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def resolve_entity(store: "Store", value: str) -> list[str]:
    """IRIs of the entities whose label or alias is ``value`` (case-insensitive); an IRI as is."""
    if re.match(r"^(https?|urn|file):", value):
        return [value]
    res = store.query(
        "SELECT DISTINCT ?e WHERE { "
        "?e <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?l . "
        f"FILTER(LCASE(STR(?l)) = LCASE({_sparql_string(value)})) "
        "FILTER(!CONTAINS(STR(?e), \"#char=\")) } ORDER BY ?e"
    )
    return [str(r[0]) for r in res.rows if r[0] is not None]


def bind_parameters(query: NamedQuery, values: Mapping[str, str], store: "Store | None" = None) -> str:
    """The query text with each parameter bound by a ``VALUES`` clause.

    An ``entity`` parameter takes an IRI or a label (looked up in ``store``); other kinds
    (``literal``, ``date``, ``int``) are bound as typed literals.

    Raises
    ------
    QueryError
        For an unknown parameter, a missing one, or a label no entity has.
    """
    unknown = set(values) - set(query.params)
    if unknown:
        declared = ", ".join(query.params) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))} (it takes: {declared})")
    missing = [p for p in query.params if p not in values]
    if missing:
        raise QueryError(
            f"query {query.name!r} needs --param {missing[0]}=… ({query.params[missing[0]]})"
            + (f"; example: {query.example}" if query.example else "")
        )
    clauses = []
    for name, value in values.items():
        kind = query.param_kinds.get(name, "entity")
        if kind == "entity":
            iris = resolve_entity(store, value) if store is not None else [value]
            if not iris:
                raise QueryError(f"no entity is labelled {value!r}; try `kg query unlinked-entities` or an IRI")
            terms = " ".join(f"<{i}>" for i in iris)
        elif kind == "date":
            terms = f'"{value}"^^<http://www.w3.org/2001/XMLSchema#date>'
        elif kind == "int":
            if not re.fullmatch(r"-?\d+", value):
                raise QueryError(f"parameter {name} must be a whole number, not {value!r}")
            terms = value
        else:
            terms = _sparql_string(value)
        clauses.append(f"VALUES ?{name} {{ {terms} }}")
    return _inject(query.text, clauses)


def _inject(text: str, clauses: list[str]) -> str:
    """Put VALUES clauses at the start of the outermost WHERE group."""
    if not clauses:
        return text
    m = re.search(r"\bWHERE\s*\{", text, re.I)
    if not m:
        raise QueryError("cannot bind parameters: the query has no WHERE { … } group")
    return text[: m.end()] + "\n  " + "\n  ".join(clauses) + "\n" + text[m.end():]
