"""Write query results as a table, CSV, TSV or JSON (the SPARQL 1.1 result formats)."""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Callable

from ..errors import QueryError
from ..store.base import QueryResult
from ..store.terms import XSD_STRING, Term, parts, value as term_value

__all__ = ["RESULT_FORMATS", "MEDIA_TYPES", "write_result", "result_text", "term_text", "in_query_order"]


def term_text(term: Term | None) -> str:
    """The plain text of a term: an IRI as is, a literal's lexical form, '' for unbound."""
    if term is None:
        return ""
    return term_value(term) or ""


def _json_term(term: Term) -> dict:
    kind, text, language, datatype = parts(term)
    out = {"type": kind, "value": text}
    if language:
        out["xml:lang"] = language
    elif datatype and kind == "literal":
        out["datatype"] = datatype
    return out


def _write_json(res: QueryResult, out: IO[str]) -> None:
    if res.kind == "ask":
        json.dump({"head": {}, "boolean": bool(res.boolean)}, out)
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(res.variables, row) if t is not None} for row in res.terms
        ]
        json.dump({"head": {"vars": res.variables}, "results": {"bindings": bindings}}, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _write_xml(res: QueryResult, out: IO[str]) -> None:
    """SPARQL Query Results XML Format (https://www.w3.org/TR/rdf-sparql-XMLres/)."""
    from xml.sax.saxutils import escape, quoteattr

    out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>\n')
    if res.kind == "ask":
        out.write(f"</head>\n<boolean>{'true' if res.boolean else 'false'}</boolean>\n</sparql>\n")
        return
    for v in res.variables:
        out.write(f"  <variable name={quoteattr(v)}/>\n")
    out.write("</head>\n<results>\n")
    for row in res.terms:
        out.write("  <result>\n")
        for v, t in zip(res.variables, row):
            if t is None:
                continue
            kind, text, language, datatype = parts(t)
            if kind == "uri":
                value = f"<uri>{escape(text)}</uri>"
            elif kind == "bnode":
                value = f"<bnode>{escape(text)}</bnode>"
            else:
                attr = f" xml:lang={quoteattr(language)}" if language else (
                    f" datatype={quoteattr(datatype)}" if datatype else ""
                )
                value = f"<literal{attr}>{escape(text)}</literal>"
            out.write(f"    <binding name={quoteattr(v)}>{value}</binding>\n")
        out.write("  </result>\n")
    out.write("</results>\n</sparql>\n")


def _write_csv(res: QueryResult, out: IO[str]) -> None:
    w = csv.writer(out, lineterminator="\r\n")
    if res.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if res.boolean else "false"])
        return
    w.writerow(res.variables)
    for row in res.terms:
        w.writerow([term_text(t) for t in row])


def _write_tsv(res: QueryResult, out: IO[str]) -> None:
    if res.kind == "ask":
        out.write("?boolean\n" + ("true" if res.boolean else "false") + "\n")
        return
    out.write("\t".join(f"?{v}" for v in res.variables) + "\n")
    for row in res.terms:
        out.write("\t".join("" if t is None else _tsv_term(t) for t in row) + "\n")


def _tsv_term(term: Term) -> str:
    """A term in the N-Triples form SPARQL TSV results use, tabs and newlines escaped."""
    kind, text, language, datatype = parts(term)
    if kind == "literal":
        text = text.replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if language:
            return f'"{text}"@{language}'
        if datatype and datatype != XSD_STRING:
            return f'"{text}"^^<{datatype}>'
        return f'"{text}"'
    if kind == "bnode":
        return f"_:{text}"
    return f"<{text}>"


def _write_table(res: QueryResult, out: IO[str], *, width: int = 60) -> None:
    if res.kind == "ask":
        out.write(("yes" if res.boolean else "no") + "\n")
        return
    cells = [[_short(term_text(t), width) for t in row] for row in res.terms]
    widths = [len(v) for v in res.variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    line = "  ".join(v.ljust(w) for v, w in zip(res.variables, widths)).rstrip()
    out.write(line + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(res)} row{'s' if len(res) != 1 else ''})\n")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


RESULT_FORMATS: dict[str, Callable[[QueryResult, IO[str]], None]] = {
    "table": _write_table,
    "csv": _write_csv,
    "tsv": _write_tsv,
    "json": _write_json,
    "xml": _write_xml,
}

#: result format -> media type (SPARQL 1.1 Protocol content negotiation)
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
}


def in_query_order(res: QueryResult, sparql: str) -> QueryResult:
    """``SELECT *`` columns in the order their variables first appear in the query.

    Engines return the variables of ``SELECT *`` in an order of their own (Oxigraph's is
    not the query's: ``o, p, s`` for ``?s ?p ?o``); a named projection is kept as it is.

    >>> r = QueryResult(kind="select", variables=["o", "p", "s"], rows=[(1, 2, 3)])
    >>> in_query_order(r, "SELECT * WHERE { ?s ?p ?o }").variables
    ['s', 'p', 'o']
    >>> in_query_order(r, "SELECT ?o ?p ?s WHERE { ?s ?p ?o }").variables
    ['o', 'p', 's']
    """
    if res.kind != "select" or len(res.variables) < 2:
        return res
    from ..sparql.lexer import tokens

    toks = [t for t in tokens(sparql) if t.kind != "comment"]
    i = next((k for k, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "SELECT"), None)
    if i is None:
        return res
    i += 1
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("DISTINCT", "REDUCED"):
        i += 1
    if i >= len(toks) or toks[i].text != "*":
        return res
    seen: list[str] = []
    for t in toks[i + 1 :]:
        if t.kind == "var" and t.text[1:] in res.variables and t.text[1:] not in seen:
            seen.append(t.text[1:])
    order = seen + [v for v in res.variables if v not in seen]
    if order == res.variables:
        return res
    index = [res.variables.index(v) for v in order]
    rows = [tuple(row[k] for k in index) for row in res.terms]
    return QueryResult(kind="select", variables=order, terms=rows, truncated=res.truncated)


def write_result(res: QueryResult, fmt: str, out: IO[str]) -> None:
    """Write ``res`` to ``out`` in ``fmt``; CONSTRUCT results are written as Turtle with kg's prefixes."""
    if res.kind == "graph":
        assert res.graph is not None
        from ..rdf.serialize import bind_prefixes

        out.write(bind_prefixes(res.graph).serialize(format="turtle"))
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
