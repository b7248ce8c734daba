"""Write query results as a table, CSV, TSV or JSON (the SPARQL 1.1 result formats)."""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Callable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError
from ..store.base import QueryResult

__all__ = ["RESULT_FORMATS", "write_result", "term_text"]


def term_text(term: Node | None) -> str:
    """The plain text of a term: an IRI as is, a literal's lexical form, '' for unbound."""
    if term is None:
        return ""
    return str(term)


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _write_json(res: QueryResult, out: IO[str]) -> None:
    if res.kind == "ask":
        json.dump({"head": {}, "boolean": bool(res.boolean)}, out)
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(res.variables, row) if t is not None} for row in res.rows
        ]
        json.dump({"head": {"vars": res.variables}, "results": {"bindings": bindings}}, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _write_csv(res: QueryResult, out: IO[str]) -> None:
    w = csv.writer(out, lineterminator="\r\n")
    if res.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if res.boolean else "false"])
        return
    w.writerow(res.variables)
    for row in res.rows:
        w.writerow([term_text(t) for t in row])


def _write_tsv(res: QueryResult, out: IO[str]) -> None:
    if res.kind == "ask":
        out.write("?boolean\n" + ("true" if res.boolean else "false") + "\n")
        return
    out.write("\t".join(f"?{v}" for v in res.variables) + "\n")
    for row in res.rows:
        out.write("\t".join("" if t is None else t.n3() for t in row) + "\n")


def _write_table(res: QueryResult, out: IO[str], *, width: int = 60) -> None:
    if res.kind == "ask":
        out.write(("yes" if res.boolean else "no") + "\n")
        return
    cells = [[_short(term_text(t), width) for t in row] for row in res.rows]
    widths = [len(v) for v in res.variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    line = "  ".join(v.ljust(w) for v, w in zip(res.variables, widths)).rstrip()
    out.write(line + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(res.rows)} row{'s' if len(res.rows) != 1 else ''})\n")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


RESULT_FORMATS: dict[str, Callable[[QueryResult, IO[str]], None]] = {
    "table": _write_table,
    "csv": _write_csv,
    "tsv": _write_tsv,
    "json": _write_json,
}


def write_result(res: QueryResult, fmt: str, out: IO[str]) -> None:
    """Write ``res`` to ``out`` in ``fmt``; CONSTRUCT results are written as Turtle."""
    if res.kind == "graph":
        assert res.graph is not None
        out.write(res.graph.serialize(format="turtle"))
        return
    try:
        writer = RESULT_FORMATS[fmt]
    except KeyError:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}") from None
    writer(res, out)


def result_text(res: QueryResult, fmt: str) -> str:
    buf = io.StringIO()
    write_result(res, fmt, buf)
    return buf.getvalue()
