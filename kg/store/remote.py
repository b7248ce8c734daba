"""A remote SPARQL 1.1 server, through the standard protocols only.

kg talks to the server with the SPARQL 1.1 Protocol (queries: ``POST`` of
``application/x-www-form-urlencoded`` ``query=…``; updates: ``POST`` of
``application/sparql-update``) and, when it is given one, the SPARQL 1.1 Graph Store
HTTP Protocol (``PUT``/``POST``/``DELETE`` of ``{gsp}?graph=IRI``), so any conforming
server works: OpenLink Virtuoso, Oxigraph server, Apache Jena Fuseki, GraphDB.

The query library assumes the **default graph is the union of all named graphs**:

* Oxigraph server: start it with ``oxigraph serve --union-default-graph``;
* Virtuoso: the default (a query without ``FROM`` sees every graph);
* Fuseki: set ``tdb2:unionDefaultGraph true`` on the dataset;
* GraphDB: the default graph of a repository is already the union.

Endpoints (the store spec is the query endpoint's URL):

* Virtuoso: ``http://host:8890/sparql`` (updates go there too);
  ``KG_STORE_GSP=http://host:8890/sparql-graph-crud``;
* Oxigraph server: ``http://host:7878/query``; ``KG_STORE_UPDATE=http://host:7878/update``,
  ``KG_STORE_GSP=http://host:7878/store``;
* Fuseki: ``http://host:3030/ds/query``; ``KG_STORE_UPDATE=…/ds/update``, ``KG_STORE_GSP=…/ds/data``.

Settings come from the environment (or the keyword overrides of :func:`remote_config`):

=======================  ============================================================
``KG_STORE_UPDATE``      the update endpoint (default: the query endpoint)
``KG_STORE_GSP``         the Graph Store endpoint; without one, articles are written
                         with SPARQL Update (``DROP GRAPH`` + ``INSERT DATA``)
``KG_STORE_USER``        user name (also ``https://user:password@host/…`` in the spec)
``KG_STORE_PASSWORD``    password
``KG_STORE_AUTH``        ``basic`` (default) or ``digest`` (Virtuoso's ``/sparql-auth``)
``KG_STORE_TOKEN``       a bearer token, sent as ``Authorization: Bearer …``
``KG_STORE_TIMEOUT``     seconds to wait for an answer (default 300)
=======================  ============================================================

Virtuoso needs updates allowed: ``GRANT SPARQL_UPDATE TO "SPARQL";`` in ``isql`` for the
anonymous ``/sparql`` endpoint, or use ``/sparql-auth`` (digest) with a user that has it.
Virtuoso also caps result sets (``ResultSetMaxRows`` in ``virtuoso.ini``, 10,000 by
default): raise it for big exports.
"""
from __future__ import annotations

import base64
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Mapping

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import KGError, QueryError, StoreError
from ..sparql.lexer import query_form
from ..rdf.iris import Iris
from ..rdf.mapping import ArticleRDF
from .base import QueryResult, Store

__all__ = ["SparqlStore", "RemoteConfig", "remote_config"]

_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
_RESULT_ACCEPT = "application/sparql-results+json"
#: an update that adds triples: sending it twice may add its blank nodes twice
_ADDS = re.compile(r"\bINSERT\b", re.IGNORECASE)
#: the graph formats kg asks a server for, and reads: no others (see kg.rdf.safe)
_PARSERS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
}


@dataclass(frozen=True)
class RemoteConfig:
    """Where a remote server's endpoints are and how to authenticate."""

    query_url: str
    update_url: str
    gsp_url: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = "basic"  # "basic" | "digest"
    token: str | None = None
    timeout: float = 300.0
    retries: int = 3  # more tries after a dropped connection or a 502/503/504/429 answer
    backoff: float = 0.5  # seconds before the first retry; doubled each time

    def __repr__(self) -> str:  # never show secrets
        return f"RemoteConfig(query_url={self.query_url!r}, update_url={self.update_url!r}, gsp_url={self.gsp_url!r})"


def remote_config(spec: str, env: Mapping[str, str] | None = None, **overrides: object) -> RemoteConfig:
    """The configuration of the server at ``spec``, from the URL, ``KG_STORE_*`` variables and overrides.

    Examples
    --------
    >>> c = remote_config("http://alice:s3cret@localhost:7878/query", env={"KG_STORE_UPDATE": "http://localhost:7878/update"})
    >>> c.query_url, c.update_url, c.user
    ('http://localhost:7878/query', 'http://localhost:7878/update', 'alice')
    """
    env = os.environ if env is None else env
    parts = urllib.parse.urlsplit(spec)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{spec!r} is not an http(s) URL of a SPARQL endpoint")
    user = urllib.parse.unquote(parts.username) if parts.username else None
    password = urllib.parse.unquote(parts.password) if parts.password else None
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    query_url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    values: dict[str, object] = {
        "query_url": query_url,
        "update_url": env.get("KG_STORE_UPDATE") or query_url,
        "gsp_url": env.get("KG_STORE_GSP") or None,
        "user": env.get("KG_STORE_USER") or user,
        "password": env.get("KG_STORE_PASSWORD") or password,
        "auth": (env.get("KG_STORE_AUTH") or "basic").lower(),
        "token": env.get("KG_STORE_TOKEN") or None,
    }
    if env.get("KG_STORE_TIMEOUT"):
        try:
            values["timeout"] = float(env["KG_STORE_TIMEOUT"])
        except ValueError:
            raise StoreError(f"KG_STORE_TIMEOUT must be a number of seconds, not {env['KG_STORE_TIMEOUT']!r}") from None
    if env.get("KG_STORE_RETRIES"):
        try:
            values["retries"] = max(0, int(env["KG_STORE_RETRIES"]))
        except ValueError:
            raise StoreError(f"KG_STORE_RETRIES must be a whole number, not {env['KG_STORE_RETRIES']!r}") from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    if values["auth"] not in ("basic", "digest"):
        raise StoreError(f"KG_STORE_AUTH must be basic or digest, not {values['auth']!r}")
    return RemoteConfig(**values)  # type: ignore[arg-type]


def _term(b: Mapping[str, str]) -> Node:
    kind = b.get("type")
    if kind == "uri":
        return URIRef(b["value"])
    if kind == "bnode":
        return BNode(b["value"])
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return Literal(b["value"], lang=b["xml:lang"])
        if b.get("datatype") and b["datatype"] != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(b["value"], datatype=URIRef(b["datatype"]))
        return Literal(b["value"])
    raise StoreError(f"the server sent a result term kg does not know: {dict(b)!r}")


def parse_json_results(data: bytes) -> QueryResult:
    """A SPARQL 1.1 Query Results JSON document as a :class:`QueryResult`."""
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise StoreError(f"the server's answer is not SPARQL JSON results: {exc}") from None
    if "boolean" in doc:
        return QueryResult(kind="ask", boolean=bool(doc["boolean"]))
    variables = list(doc.get("head", {}).get("vars", []))
    rows = [
        tuple(_term(b[v]) if v in b else None for v in variables)
        for b in doc.get("results", {}).get("bindings", [])
    ]
    return QueryResult(kind="select", variables=variables, rows=rows)


class SparqlStore(Store):
    """A SPARQL 1.1 server: queries, updates and (optionally) the Graph Store protocol.

    Counts and listings (``len``, ``graph_sizes``) consider only kg's graphs (those under
    ``{base}graph/``): a shared server holds others (Virtuoso's system graphs, say).

    Examples
    --------
    >>> from kg.rdf.iris import Iris
    >>> store = SparqlStore(remote_config("http://localhost:7878/query"), Iris("https://w3id.org/kg-news/"))
    >>> store.config.update_url
    'http://localhost:7878/query'
    """

    name = "sparql"

    def __init__(self, config: RemoteConfig, iris: Iris, *, read_only: bool = False) -> None:
        super().__init__(iris)
        self.config = config
        self.read_only = read_only
        self.graph_scope = f"{iris.base}graph/"
        handlers: list[urllib.request.BaseHandler] = []
        self._headers: dict[str, str] = {"User-Agent": "kg (SPARQL 1.1 protocol client)"}
        if config.token:
            self._headers["Authorization"] = f"Bearer {config.token}"
        elif config.user is not None and config.auth == "basic":
            cred = base64.b64encode(f"{config.user}:{config.password or ''}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {cred}"
        elif config.user is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in filter(None, (config.query_url, config.update_url, config.gsp_url)):
                mgr.add_password(None, url, config.user, config.password or "")
            handlers.append(urllib.request.HTTPDigestAuthHandler(mgr))
        self._opener = urllib.request.build_opener(*handlers)

    # -- HTTP ----------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        hint: str = "",
        idempotent: bool = True,
    ) -> tuple[bytes, str]:
        """One HTTP request, retried with backoff when it may safely be sent again.

        Retried (``config.retries`` times, waiting ``config.backoff`` seconds, doubled each
        time): a refused connection and a 429/502/503/504 answer (the server did not act on
        the request); a connection dropped mid-answer too when the request is
        ``idempotent`` (a query, a ``PUT``, a ``DROP``), not when sending it again could
        add a second copy of its blank nodes.
        """
        import time

        attempt = 0
        while True:
            try:
                return self._request_once(method, url, data=data, content_type=content_type, accept=accept, hint=hint)
            except _Retryable as exc:
                if attempt >= self.config.retries or (exc.after_sending and not idempotent):
                    raise StoreError(f"{exc.message}{f' (after {attempt + 1} tries)' if attempt else ''}") from None
            time.sleep(self.config.backoff * (2 ** attempt))
            attempt += 1

    def _request_once(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None,
        content_type: str | None,
        accept: str | None,
        hint: str,
    ) -> tuple[bytes, str]:
        import http.client

        headers = dict(self._headers)
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self._opener.open(req, timeout=self.config.timeout) as resp:
                body = resp.read()
                state = resp.headers.get("X-SQL-State")
                if state:  # Virtuoso's "anytime" answers: partial results at its time limit
                    raise StoreError(
                        f"{url} sent partial results ({state}: {resp.headers.get('X-SQL-Message', '')}); "
                        "raise MaxQueryExecutionTime in its virtuoso.ini or make the query more selective"
                    )
                return body, resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            try:
                body = exc.read().decode("utf-8", "replace").strip()
            except (OSError, http.client.HTTPException):
                body = ""
            detail = " ".join(body.split())[:600]
            if exc.code in (401, 403):
                raise StoreError(
                    f"{url} refused the request (HTTP {exc.code}): {detail or exc.reason}; give credentials with "
                    "KG_STORE_USER and KG_STORE_PASSWORD (or KG_STORE_TOKEN), and check the user may "
                    "update (Virtuoso: GRANT SPARQL_UPDATE TO \"SPARQL\")"
                ) from None
            if exc.code == 400 or (exc.code == 500 and re.search(r"syntax|parse|SP030|SQ07", detail, re.I)):
                raise QueryError(f"{url} could not run the SPARQL (HTTP {exc.code}): {detail}{hint}") from None
            message = f"{method} {url} failed (HTTP {exc.code} {exc.reason}): {detail}{hint}"
            if exc.code in (429, 502, 503, 504):
                raise _Retryable(message, after_sending=False) from None
            raise StoreError(message) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            message = f"cannot reach the SPARQL server at {url}: {reason}; is it running?"
            if isinstance(reason, (ConnectionRefusedError, TimeoutError)) or "refused" in str(reason).lower():
                raise _Retryable(message, after_sending=False) from None
            if isinstance(reason, (ConnectionError, OSError)):
                raise _Retryable(message, after_sending=True) from None
            raise StoreError(message) from None
        except TimeoutError:
            raise StoreError(
                f"the SPARQL server at {url} did not answer within {self.config.timeout:g} s; "
                "raise KG_STORE_TIMEOUT or simplify the query"
            ) from None
        except (http.client.HTTPException, ConnectionError) as exc:  # e.g. RemoteDisconnected mid-answer
            raise _Retryable(
                f"the SPARQL server at {url} dropped the connection ({type(exc).__name__}: {exc}); "
                "check that it is running and not out of memory",
                after_sending=True,
            ) from None

    def _gsp(self, graph: str) -> str:
        assert self.config.gsp_url is not None
        sep = "&" if "?" in self.config.gsp_url else "?"
        return f"{self.config.gsp_url}{sep}graph={urllib.parse.quote(graph, safe='')}"

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.config.query_url} was opened read-only")

    # -- the Store primitives -------------------------------------------------------------
    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        form = query_form(sparql)
        if form in ("update", "unknown"):
            raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE (changes are updates)")
        accept = _GRAPH_ACCEPT if form in ("construct", "describe") else _RESULT_ACCEPT
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        data, ctype = self._request(
            "POST", self.config.query_url, data=body, content_type="application/x-www-form-urlencoded", accept=accept
        )
        if form in ("construct", "describe"):
            mime = ctype.split(";")[0].strip().lower()
            if mime not in _PARSERS:
                raise StoreError(
                    f"{self.config.query_url} answered with {mime or 'no content type'}, not the N-Triples or Turtle "
                    "kg asked for; kg reads no other format from a server (nothing that could fetch or expand)"
                )
            from ..rdf.safe import parse_untrusted

            try:
                g = Graph()
                for triple in parse_untrusted(data, _PARSERS[mime], source=f"the answer of {self.config.query_url}").triples((None, None, None)):
                    g.add(triple)
            except KGError as exc:
                raise StoreError(str(exc)) from None
            if max_rows is not None and len(g) > max_rows:
                kept = Graph()
                for t in list(g)[:max_rows]:
                    kept.add(t)
                return QueryResult(kind="graph", graph=kept, truncated=True)
            return QueryResult(kind="graph", graph=g)
        res = parse_json_results(data)
        if max_rows is not None and len(res.rows) > max_rows:
            res.rows = res.rows[:max_rows]
            res.truncated = True
        return res

    def update(self, sparql: str) -> None:
        self._check_writable()
        hint = ""
        if self.config.update_url == self.config.query_url:
            hint = f"; if the server's update endpoint is not {self.config.update_url}, give it with KG_STORE_UPDATE"
        self._request(
            "POST",
            self.config.update_url,
            data=sparql.encode("utf-8"),
            content_type="application/sparql-update",
            hint=hint,
            idempotent=not _ADDS.search(sparql),
        )

    def _write_article(self, rdf: ArticleRDF) -> None:
        """With a Graph Store endpoint: merge the descriptions, then ``PUT`` the article's graph.

        The ``PUT`` replaces the article's graph whole or not at all. Descriptions go first:
        should the ``PUT`` fail (after its retries), the descriptions no other article
        needs are collected again at once, so the store is left as it was.
        """
        if self.config.gsp_url is None:
            super()._write_article(rdf)
            return
        self._check_writable()
        # N-Triples is Turtle: every server's Graph Store endpoint reads text/turtle
        if len(rdf.description_triples):
            self._request(
                "POST",
                self._gsp(str(self.iris.entities_graph)),
                data=rdf.description_triples.ntriples().encode("utf-8"),
                content_type="text/turtle",
                idempotent=False,
            )
        try:
            self._request(
                "PUT", self._gsp(str(rdf.graph)), data=rdf.claim_triples.ntriples().encode("utf-8"), content_type="text/turtle"
            )
        except StoreError as exc:
            # whole or nothing: take back the descriptions only this article needed
            try:
                self.collect_garbage()
            except StoreError:
                raise StoreError(
                    f"{exc}; the article was not stored, and its descriptions sent before could not be taken "
                    "back: the next kg load or kg remove collects them"
                ) from None
            raise StoreError(f"{exc}; the article was not stored (nothing of it is left in the store)") from None

    def load_file(
        self, path: Path, *, format: str = "nquads", lenient: bool = False, chunk: int = 20_000, parallel: int = 2
    ) -> int:
        """Stream an N-Quads file to the server, ``chunk`` quads a request, ``parallel`` requests at a time.

        With a Graph Store endpoint each chunk's triples are ``POST``-ed to their graph
        (``?graph=IRI``, merged); without one each chunk is one ``INSERT DATA`` (Virtuoso
        refuses a request text over 10 MB: keep ``chunk`` near its default).
        """
        from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

        self._check_writable()
        if format != "nquads":
            raise StoreError(f"a remote store bulk-loads N-Quads only, not {format}; convert the file first")
        before = len(self)

        def send(lines: list[bytes]) -> None:
            by_graph = _triples_by_graph(lines, path)
            if self.config.gsp_url is None or "" in by_graph:
                self.update(_insert_data(by_graph))
                return
            for graph, triples in by_graph.items():
                body = ("\n".join(triples) + "\n").encode("utf-8")
                self._request("POST", self._gsp(graph[1:-1]), data=body, content_type="text/turtle")

        pending: set[Future] = set()
        with ThreadPoolExecutor(max_workers=max(1, parallel), thread_name_prefix="kg-remote-load") as pool:
            for lines in _line_chunks(path, chunk):
                pending.add(pool.submit(send, lines))
                if len(pending) >= 2 * max(1, parallel):
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        f.result()  # raise the first error
            for f in pending:
                f.result()
        return len(self) - before

    def dump(self, out: IO[bytes], *, format: str = "nquads") -> None:
        """Write kg's graphs, one ``CONSTRUCT`` per graph."""
        if format not in ("nquads", "trig"):
            raise StoreError(f"a store dumps nquads or trig, not {format}")
        ds = Dataset() if format == "trig" else None
        for graph in self.graph_sizes():
            g = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").graph
            assert g is not None
            if ds is not None:
                target = ds.graph(URIRef(graph))
                for t in g:
                    target.add(t)
                continue
            gname = URIRef(graph).n3()
            # N-Triples lines (one statement each, escaped) with the graph name added
            triples = g.serialize(format="nt").splitlines()
            lines = sorted(f"{line[:-1].rstrip()} {gname} .\n" for line in triples if line.strip())
            out.write("".join(lines).encode("utf-8"))
        if ds is not None:
            out.write(ds.serialize(format="trig").encode("utf-8"))

    def __len__(self) -> int:
        res = self.query(
            f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{self.graph_scope}")) }}'
        )
        return int(res.rows[0][0]) if res.rows and res.rows[0][0] is not None else 0


class _Retryable(Exception):
    """A failed request that may be sent again (``after_sending``: the server may have acted on it)."""

    def __init__(self, message: str, *, after_sending: bool) -> None:
        super().__init__(message)
        self.message = message
        self.after_sending = after_sending


def _line_chunks(path: Path, size: int) -> Iterator[list[bytes]]:
    """N-Quads statements (one a line) in lists of ``size``; blank lines and comments skipped."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from None
    with fh:
        buf: list[bytes] = []
        for line in fh:
            s = line.strip()
            if not s or s.startswith(b"#"):
                continue
            buf.append(s + b"\n")
            if len(buf) >= size:
                yield buf
                buf = []
        if buf:
            yield buf


def _triples_by_graph(lines: list[bytes], path: Path) -> dict[str, list[str]]:
    """N-Quads lines as N-Triples statements grouped by graph (``<iri>``, or ``""`` for the default)."""
    import pyoxigraph as ox

    by_graph: dict[str, list[str]] = {}
    try:
        for q in ox.parse(b"".join(lines), format=ox.RdfFormat.N_QUADS):
            g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
            by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
    except SyntaxError as exc:
        raise StoreError(f"{path}: not valid N-Quads: {exc}") from None
    return by_graph


def _insert_data(by_graph: dict[str, list[str]]) -> str:
    """One ``INSERT DATA`` for triples grouped by graph."""
    parts = []
    for g, triples in by_graph.items():
        body = "\n".join(triples)
        parts.append(f"GRAPH {g} {{\n{body}\n}}" if g else body)
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"
