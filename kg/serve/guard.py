"""What a public endpoint refuses before a request reaches the store.

* **updates** on a read-only endpoint (403), and any text that uses an update keyword
  sent as a query (some servers, Virtuoso among them, run updates sent as ``query=``);
* **SERVICE** (federated queries): the endpoint would connect to any URL it is given;
* **LOAD**: the endpoint would fetch any URL it is given;
* **FROM / FROM NAMED / USING** and the protocol's ``default-graph-uri`` family, except for
  the store's own graphs: some servers fetch unknown graph IRIs over HTTP;
* Virtuoso's ``DEFINE`` pragmas (``get:soft`` fetches URLs).

The check reads the request with :mod:`kg.sparql.lexer` after replacing ``\\u`` escapes,
as a SPARQL parser does, so a keyword cannot hide in a string, a comment or an escape.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import QueryError
from ..sparql.lexer import UPDATE_KEYWORDS, Token, tokens, unescape_codepoints

__all__ = ["Refused", "check_query", "check_update", "check_dataset_params"]


class Refused(QueryError):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class _Checked:
    form: str  # select ask construct describe update


def _prefixes(toks: list[Token]) -> dict[str, str]:
    out = {}
    for i, t in enumerate(toks[:-2]):
        if t.keyword == "PREFIX" and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            out[toks[i + 1].text.rstrip(":")] = toks[i + 2].text[1:-1]
    return out


def _graph_iri(tok: Token, prefixes: dict[str, str]) -> str | None:
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


def _check_common(text: str, graph_prefix: str) -> list[Token]:
    toks = list(tokens(unescape_codepoints(text)))
    prefixes = _prefixes(toks)
    for i, t in enumerate(toks):
        kw = t.keyword
        if kw == "SERVICE":
            raise Refused(
                400,
                "SERVICE is not allowed here: this endpoint does not query other endpoints "
                "(federated queries are off). Run the query on your own copy: kg query --sparql …",
            )
        if kw == "LOAD":
            raise Refused(400, "LOAD is not allowed here: this endpoint does not fetch URLs")
        if kw == "DEFINE":
            raise Refused(400, "DEFINE pragmas are not allowed here (they can make a server fetch URLs)")
        if kw in ("FROM", "USING"):
            j = i + 1
            if j < len(toks) and toks[j].keyword == "NAMED":
                j += 1
            iri = _graph_iri(toks[j], prefixes) if j < len(toks) else None
            if iri is None or not iri.startswith(graph_prefix):
                shown = toks[j].text if j < len(toks) else ""
                raise Refused(
                    400,
                    f"{kw} {shown}: only the store's own graphs (under {graph_prefix}) can be named here; "
                    "this endpoint does not fetch graphs from URLs. The default graph is already the "
                    "union of every graph: leave FROM out",
                )
    return toks


def check_query(text: str, *, graph_prefix: str) -> str:
    """The form of a query this endpoint will run (``select``, ``ask``, ``construct``, ``describe``).

    Raises
    ------
    Refused
        403 for an update sent as a query; 400 for SERVICE, LOAD, FROM of another graph,
        DEFINE, or text that is not a query.
    """
    toks = _check_common(text, graph_prefix)
    for t in toks:
        kw = t.keyword
        if kw in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            form = kw.lower()
            break
        if kw in UPDATE_KEYWORDS:
            raise Refused(403, f"{kw} is an update: this endpoint is read-only")
    else:
        raise Refused(400, "not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    for t in toks:
        if t.keyword in UPDATE_KEYWORDS - {"DATA", "WITH", "USING"}:
            raise Refused(403, f"{t.keyword} is an update: this endpoint is read-only")
    return form


def check_update(text: str, *, graph_prefix: str, allowed: bool) -> None:
    """Refuse an update: always on a read-only endpoint (403); SERVICE, LOAD, foreign USING (400).

    Raises
    ------
    Refused
    """
    if not allowed:
        raise Refused(
            403, "this endpoint is read-only: updates are refused (start `kg serve --allow-update --token …` to accept them)"
        )
    _check_common(text, graph_prefix)


def check_dataset_params(params: dict[str, list[str]], *, graph_prefix: str) -> None:
    """The protocol's dataset parameters may name only the store's graphs; kg does not use them.

    Raises
    ------
    Refused
    """
    for name in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri"):
        for iri in params.get(name, []):
            if not iri.startswith(graph_prefix):
                raise Refused(400, f"{name}={iri}: this endpoint does not fetch graphs from URLs")
            raise Refused(
                400, f"{name} is not supported: the default graph is the union of every graph; use GRAPH <{iri}> {{ … }}"
            )
