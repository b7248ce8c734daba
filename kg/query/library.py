"""The query library: ``queries/*.rq`` by name, with their header comments and parameters.

Each file opens with ``#`` comment lines: the first ones say what the query answers; lines
of the form ``# param NAME (KIND): what it is`` declare parameters (KIND is ``entity``, the
default, ``article``, ``literal``, ``date`` or ``int``), bound by name at run time; a line
``# example: kg query NAME --param NAME=VALUE`` shows a call (``make demo`` runs it)::

    # Events at a place: what happened there and when, who took part.
    # param place (entity): the place, by label (Stepanakert) or IRI
    # example: kg query events-at-place --param place=Stepanakert
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from ..errors import QueryError
from ..resources import queries_dir
from ..store.terms import is_iri, value as term_value

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = [
    "NamedQuery",
    "list_queries",
    "load_query",
    "bind_parameters",
    "example_params",
    "resolve_entity",
    "describe_entities",
    "ambiguity_message",
    "resolve_article",
    "inject_values",
]

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
    """A query by library name (``events-at-place``) or by file path (``my.rq``, ``./q``).

    Raises
    ------
    QueryError
        When neither a file nor a library query of that name exists.
    """
    p = Path(name_or_path)
    folder = folder or queries_dir()
    looks_like_path = p.suffix == ".rq" or "/" in name_or_path or os.sep in name_or_path
    candidate = folder / f"{name_or_path}.rq"
    # A library name wins over a file or folder of that name in the working directory
    # ("articles/"); write ./articles to mean a file.
    if not looks_like_path and candidate.is_file():
        return _parse(candidate.stem, candidate, candidate.read_text(encoding="utf-8"))
    if p.is_file():
        return _parse(p.stem, p, p.read_text(encoding="utf-8"))
    if looks_like_path:
        raise QueryError(f"query file {name_or_path} not found")
    known = [q.name for q in list_queries(folder)]
    close = difflib.get_close_matches(name_or_path, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise QueryError(f"no query named {name_or_path!r}; {hint}the library has: {', '.join(known)} (or give a .rq file)")


def example_params(query: NamedQuery) -> dict[str, str]:
    """The ``--param NAME=VALUE`` pairs of a query's example line.

    Examples
    --------
    >>> q = NamedQuery("q", None, "", example="kg query q --param place=Stepanakert -p n=3")
    >>> example_params(q)
    {'place': 'Stepanakert', 'n': '3'}
    """
    import shlex

    words = shlex.split(query.example) if query.example else []
    params: dict[str, str] = {}
    for flag, value in zip(words, words[1:]):
        if flag in ("--param", "-p") and "=" in value:
            name, _, v = value.partition("=")
            params[name.strip()] = v.strip()
    return params


def _sparql_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


_IRI_LIKE = re.compile(r"^(https?|urn|file):\S+$")
_WIKIDATA_ID = re.compile(r"^[Qq][1-9][0-9]*$")
_LABELS = "<http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel>"
_NOT_EVENT = "FILTER NOT EXISTS { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }"


def resolve_entity(store: "Store", value: str) -> list[str]:
    """IRIs of the entities whose label or alias is ``value`` (case-insensitive); an IRI as is;
    for a Wikidata id (``Q3314``) the entities linked to it (``owl:sameAs``).

    An exact label is looked up first (an index lookup, fast on a big store); only when no
    entity has it is the comparison made case-insensitive. Events, whose labels are the
    words that tell them, are not entities.
    """
    if _IRI_LIKE.match(value):
        return [value]
    if _WIKIDATA_ID.match(value):  # Q3314: the entities linked to that Wikidata item
        res = store.query(
            f"SELECT DISTINCT ?e WHERE {{ ?e <http://www.w3.org/2002/07/owl#sameAs> "
            f"<http://www.wikidata.org/entity/{value.upper()}> . {_NOT_EVENT} }} ORDER BY ?e"
        )
        return [term_value(r[0]) for r in res.terms if is_iri(r[0])]
    exact = store.query(
        f"SELECT DISTINCT ?e WHERE {{ ?e {_LABELS} {_sparql_string(value)} . {_NOT_EVENT} }} ORDER BY ?e"
    )
    found = [r[0] for r in exact.values if r[0] is not None]
    if found:
        return found
    res = store.query(
        f"SELECT DISTINCT ?e WHERE {{ ?e {_LABELS} ?l . "
        f"FILTER(LCASE(STR(?l)) = LCASE({_sparql_string(value)})) {_NOT_EVENT} }} ORDER BY ?e"
    )
    return [term_value(r[0]) for r in res.terms if is_iri(r[0])]


def describe_entities(store: "Store", iris: list[str]) -> list[dict[str, str]]:
    """What tells entities apart: label, types, Wikidata id, description, how many articles."""
    values = " ".join(f"<{i}>" for i in iris)
    res = store.query(
        "SELECT ?e (MIN(STR(?l)) AS ?label) (GROUP_CONCAT(DISTINCT ?t; separator=\" \") AS ?types) "
        "(MIN(STR(?wd)) AS ?wikidata) (MIN(STR(?c)) AS ?comment) (COUNT(DISTINCT ?a) AS ?articles) WHERE { "
        f"VALUES ?e {{ {values} }} "
        "OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } "
        "OPTIONAL { ?e a ?type . FILTER(STRSTARTS(STR(?type), \"https://schema.org/\")) BIND(STRAFTER(STR(?type), \"https://schema.org/\") AS ?t) } "
        "OPTIONAL { ?e <http://www.w3.org/2002/07/owl#sameAs> ?wd } "
        "OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#comment> ?c } "
        "OPTIONAL { ?a <https://schema.org/mentions> ?e } "
        "} GROUP BY ?e ORDER BY DESC(?articles) ?e"
    )
    out = []
    for e, label, types, wd, comment, articles in res.values:
        if e is None:
            continue
        out.append(
            {
                "iri": e,
                "label": str(label or ""),
                "types": ", ".join(sorted(str(types or "").split())),
                "wikidata": str(wd).rsplit("/", 1)[-1] if wd else "",
                "comment": str(comment or ""),
                "articles": str(articles or 0),
            }
        )
    return out


def ambiguity_message(store: "Store", name: str, value: str, iris: list[str]) -> str:
    """Which entities a parameter value matches, and how to pick one."""
    lines = [f"{name}={value} matches {len(iris)} entities:"]
    found = describe_entities(store, iris)
    for d in found:
        what = d["types"] or "no type"
        extra = "; ".join(x for x in (d["comment"], f"wikidata {d['wikidata']}" if d["wikidata"] else "") if x)
        n = int(d["articles"])
        lines.append(
            f"  {d['label'] or value} ({what}{'; ' + extra if extra else ''}; {n} article{'s' if n != 1 else ''})\n"
            f"      -p {name}={d['iri']}"
        )
    wd = next((d["wikidata"] for d in found if d["wikidata"]), None)
    hint = f", or its Wikidata id (-p {name}={wd})" if wd else ", or its Wikidata id (-p NAME=Q…) when it has one"
    lines.append(f"pick one: give its IRI as above{hint}")
    return "\n".join(lines)


def resolve_article(store: "Store", value: str) -> list[str]:
    """IRIs of the articles whose id, URL or headline (case-insensitive) is ``value``; an IRI as is."""
    if _IRI_LIKE.match(value):
        found = store.query(
            "SELECT DISTINCT ?a WHERE { ?a a <https://schema.org/NewsArticle> ; <https://schema.org/url> ?u . "
            f"FILTER(STR(?u) = {_sparql_string(value)}) }}"
        )
        return [r[0] for r in found.values if r[0] is not None] or [value]
    res = store.query(
        "SELECT DISTINCT ?a WHERE { ?a a <https://schema.org/NewsArticle> ; "
        "<https://schema.org/identifier>|<https://schema.org/headline> ?k . "
        f"FILTER(LCASE(STR(?k)) = LCASE({_sparql_string(value)})) }} ORDER BY ?a"
    )
    return [r[0] for r in res.values if r[0] is not None]


def _terms(query: NamedQuery, name: str, value: str, store: "Store | None") -> str:
    """The SPARQL terms a parameter value stands for."""
    kind = query.param_kinds.get(name, "entity")
    if kind in ("entity", "article"):
        if store is None:
            if not _IRI_LIKE.match(value):
                raise QueryError(f"parameter {name}: give an IRI, or a store to look {value!r} up in")
            iris = [value]
        elif kind == "entity":
            iris = resolve_entity(store, value)
            if not iris:
                raise QueryError(
                    f"no entity is labelled {value!r}; check the spelling, try `kg query unlinked-entities`, or give its IRI"
                )
            if len(iris) > 1 and not _WIKIDATA_ID.match(value):
                raise QueryError(ambiguity_message(store, name, value, iris))
        else:
            iris = resolve_article(store, value)
            if not iris:
                raise QueryError(f"no article has the id, URL or headline {value!r}; see `kg query articles`")
        return " ".join(f"<{i}>" for i in iris)
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"parameter {name} must be a date YYYY-MM-DD, not {value!r}")
        return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#date>'
    if kind == "int":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryError(f"parameter {name} must be a whole number, not {value!r}")
        return value
    return _sparql_string(value)


def bind_parameters(query: NamedQuery, values: Mapping[str, str], store: "Store | None" = None) -> str:
    """The query text with each parameter bound by ``VALUES`` clauses.

    A parameter is a constant of the query: its ``VALUES ?name { … }`` clause goes at the
    start of the outermost ``WHERE`` group and of every nested group that uses ``?name``
    itself (sub-selects, ``UNION`` branches, ``GRAPH`` groups…), so that each part of the
    query is evaluated for the given value only, whatever the engine's evaluation order.

    Kinds (``# param NAME (kind): …``): ``entity`` takes an IRI or a label (looked up in
    ``store``), ``article`` an article's id, URL, headline or IRI; ``literal``, ``date`` and
    ``int`` are bound as typed literals.

    Raises
    ------
    QueryError
        For an unknown parameter, a missing one, a bad value, or a label nothing has.

    Examples
    --------
    >>> q = NamedQuery("q", None, "SELECT ?x WHERE { { ?x ?p ?n } UNION { ?n ?p ?x } }",
    ...                params={"n": "a number"}, param_kinds={"n": "int"})
    >>> print(bind_parameters(q, {"n": "3"}))
    SELECT ?x WHERE { VALUES ?n { 3 } { VALUES ?n { 3 } ?x ?p ?n } UNION { VALUES ?n { 3 } ?n ?p ?x } }
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
    bindings = {name: _terms(query, name, value, store) for name, value in values.items()}
    return inject_values(query.text, bindings)


# -- where VALUES clauses go ------------------------------------------------------------------
def inject_values(text: str, bindings: Mapping[str, str]) -> str:
    """``text`` with ``VALUES ?name { terms }`` for each binding, placed where ``?name`` is used.

    Raises
    ------
    QueryError
        When the query has no ``WHERE { … }`` group to bind parameters in.
    """
    if not bindings:
        return text
    from ..sparql.lexer import tokens as lex

    tokens = [(t.kind, t.text, t.start, t.end) for t in lex(text)]
    partner: dict[int, int] = {}
    stack: list[int] = []
    for i, (kind, tok, _s, _e) in enumerate(tokens):
        if kind == "punct" and tok in "{(":
            stack.append(i)
        elif kind == "punct" and tok in "})" and stack:
            partner[stack.pop()] = i
    where = next(
        (i + 1 for i in range(len(tokens) - 1) if tokens[i][0] == "word" and tokens[i][1].upper() == "WHERE" and tokens[i + 1][1] == "{"),
        None,
    )
    if where is None:
        raise QueryError("cannot bind parameters: the query has no WHERE { … } group")
    inserts: dict[int, list[str]] = {}
    for i, (kind, tok, _s, end) in enumerate(tokens):
        if kind != "punct" or tok != "{" or i not in partner or _is_data_block(tokens, i, partner):
            continue
        if i + 1 < len(tokens) and tokens[i + 1][1].upper() == "SELECT":
            continue  # { SELECT … WHERE { … } }: the sub-select's WHERE group gets the clause
        direct = _direct_vars(tokens, i, partner)
        for name, terms in bindings.items():
            if i == where or name in direct:
                inserts.setdefault(end, []).append(f" VALUES ?{name} {{ {terms} }}")
    out, last = [], 0
    for pos in sorted(inserts):
        out += [text[last:pos], "".join(inserts[pos])]
        last = pos
    out.append(text[last:])
    return "".join(out)


_Token = tuple  # (kind, text, start, end)


def _is_data_block(tokens: list[_Token], i: int, partner: dict[int, int]) -> bool:
    """Is the ``{`` at ``i`` a VALUES data block or a template, not a group pattern?"""
    j = i - 1
    if j >= 0 and tokens[j][1] == ")":  # VALUES (?a ?b) {
        opening = next((k for k, v in partner.items() if v == j), None)
        j = opening - 1 if opening is not None else j
    elif j >= 0 and tokens[j][0] == "var":  # VALUES ?a {
        j -= 1
    prev = tokens[j][1].upper() if j >= 0 else ""
    return prev in ("VALUES", "CONSTRUCT", "DATA", "INSERT", "DELETE")


def _direct_vars(tokens: list[_Token], i: int, partner: dict[int, int]) -> set[str]:
    """The variables used in the group opened at ``i``, outside the groups nested in it."""
    names: set[str] = set()
    j, end = i + 1, partner[i]
    while j < end:
        kind, tok = tokens[j][0], tokens[j][1]
        if kind == "punct" and tok == "{" and j in partner:
            j = partner[j] + 1
            continue
        if kind == "var":
            names.add(tok[1:])
        j += 1
    return names
