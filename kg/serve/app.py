"""The HTTP side of ``kg serve``: the SPARQL 1.1 Protocol at ``/sparql`` and a query page at ``/``.

Built on the standard library's :class:`http.server.ThreadingHTTPServer`; queries run in
worker processes (:mod:`kg.serve.workers`), requests are checked first (:mod:`kg.serve.guard`).

===========================  ===============================================================
``GET /sparql?query=…``      a query (SPARQL 1.1 Protocol)
``POST /sparql``             ``query=…`` or ``update=…`` form-encoded, or a body of type
                             ``application/sparql-query`` / ``application/sparql-update``
``GET /``                    the query page (its assets are under ``/static/``)
``GET /api/queries``         the query library as JSON (the page's examples)
===========================  ===============================================================

Result formats by content negotiation (``Accept``), or ``format=json|xml|csv|tsv``: SPARQL
JSON (default), XML, CSV, TSV; Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT
and DESCRIBE. Answers cut at the row cap carry ``X-KG-Truncated: true``.
"""
from __future__ import annotations

import errno
import hmac
import json
import sys
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..errors import ConfigError
from .guard import Refused, check_dataset_params, check_query, check_update
from .workers import Answer, WorkerPool

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["ServeConfig", "make_server", "serve_forever", "negotiate"]

STATIC = Path(__file__).resolve().parent / "static"
_STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}

#: media type -> result format, for SELECT/ASK and for CONSTRUCT/DESCRIBE
_RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "tsv",
}
_GRAPH_MEDIA = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
_FORMAT_PARAM = {
    "json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv",
    "turtle": "turtle", "ttl": "turtle", "ntriples": "ntriples", "nt": "ntriples", "rdfxml": "rdfxml", "jsonld": "jsonld",
}


@dataclass
class ServeConfig:
    """How ``kg serve`` behaves; every limit has a safe default."""

    store: str
    settings: "Settings"
    host: str = "127.0.0.1"
    port: int = 8000
    time_limit: float = 30.0  # seconds a query may run
    max_rows: int = 10_000  # rows (or triples) in one answer
    max_request: int = 100_000  # bytes of a request body or query string
    workers: int = 2
    allow_update: bool = False
    token: str | None = None
    refresh: float = 10.0
    quiet: bool = False
    cors: str | None = None  # the one origin allowed to read answers from a browser; None: no CORS
    memory_limit: int | None = 1_000_000_000  # bytes of data one query worker may hold
    idle_timeout: float = 30.0  # seconds a connection may stay silent (keep-alive, slow clients)
    extra_headers: dict[str, str] = field(default_factory=dict)

    @property
    def graph_prefix(self) -> str:
        return f"{self.settings.base_iri}graph/"


def negotiate(accept: str, form: str, fmt_param: str | None) -> str | None:
    """The format to answer in, from ``format=`` or the ``Accept`` header; None: nothing acceptable.

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select", None)
    'xml'
    >>> negotiate("*/*", "construct", None), negotiate("", "ask", None)
    ('turtle', 'json')
    >>> negotiate("image/png", "select", None) is None
    True
    """
    graph = form in ("construct", "describe")
    table = _GRAPH_MEDIA if graph else _RESULT_MEDIA
    default = "turtle" if graph else "json"
    if fmt_param:
        chosen = _FORMAT_PARAM.get(fmt_param.lower())
        if chosen is not None and chosen in table.values():
            return chosen
        return None
    if not accept.strip():
        return default
    offers = []
    for i, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media, q = pieces[0].lower(), 1.0
        for p in pieces[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        offers.append((-q, i, media))
    for negq, _i, media in sorted(offers):
        if negq == 0:
            continue
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-serve"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    config: ServeConfig
    pool: WorkerPool

    # -- plumbing ----------------------------------------------------------------------
    def version_string(self) -> str:
        return "kg-serve"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's name)
        if not self.config.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if self.config.cors:
            self.send_header("Access-Control-Allow-Origin", self.config.cors)
            self.send_header("Vary", "Origin")
            self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, X-KG-Rows, X-KG-Seconds")
        for k, v in {**self.config.extra_headers, **(headers or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), headers=headers)

    def _body(self) -> bytes | None:
        """The request body, or None after answering 411/413."""
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                self._error(411, "send the request with a Content-Length (chunked bodies are not accepted)")
                return None
            return b""
        try:
            n = int(length)
        except ValueError:
            self._error(400, "bad Content-Length")
            return None
        if n > self.config.max_request:
            self.close_connection = True
            self._error(413, f"the request is {n} bytes; the limit is {self.config.max_request}")
            return None
        return self.rfile.read(n)

    # -- routes ------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # CORS preflight
        if not self.config.cors:
            self._send(204, b"", headers={"Allow": "GET, POST, OPTIONS"})
            return
        self._send(
            204,
            b"",
            headers={
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
                "Access-Control-Max-Age": "600",
            },
        )

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if len(self.path) > self.config.max_request:
            self._error(414, f"the URL is longer than {self.config.max_request} bytes: send the query with POST")
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                self._error(405, "updates must be sent with POST", headers={"Allow": "POST"})
                return
            if "query" not in params:
                self._error(400, "give a SPARQL query: /sparql?query=… (or open / to write one)")
                return
            self._query(params["query"][0], params)
        elif url.path in ("/", "/index.html"):
            self._static("index.html")
        elif url.path.startswith("/static/"):
            self._static(url.path[len("/static/"):])
        elif url.path == "/api/queries":
            self._library()
        else:
            self._error(404, f"no such page: {url.path} (the SPARQL endpoint is /sparql)")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"no such endpoint: {url.path} (the SPARQL endpoint is /sparql)")
            return
        body = self._body()
        if body is None:
            return
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "the request body is not UTF-8")
            return
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(text, keep_blank_values=True)
            params = {**params, **form}
            if "update" in form:
                self._update(form["update"][0], params)
            elif "query" in form:
                self._query(form["query"][0], params)
            else:
                self._error(400, "a form POST needs query=… or update=…")
        elif ctype == "application/sparql-query":
            self._query(text, params)
        elif ctype == "application/sparql-update":
            self._update(text, params)
        else:
            self._error(
                415,
                "send application/x-www-form-urlencoded (query=… or update=…), "
                "application/sparql-query or application/sparql-update",
            )

    # -- SPARQL ------------------------------------------------------------------------
    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        cfg = self.config
        try:
            check_dataset_params(params, graph_prefix=cfg.graph_prefix)
            form = check_query(text, graph_prefix=cfg.graph_prefix)
        except Refused as exc:
            self._error(exc.status, exc.message)
            return
        fmt = negotiate(self.headers.get("Accept", ""), form, (params.get("format") or [None])[0])
        if fmt is None:
            kinds = "Turtle, N-Triples, RDF/XML, JSON-LD" if form in ("construct", "describe") else "SPARQL JSON, XML, CSV, TSV"
            self._error(406, f"no acceptable format: this endpoint answers {form.upper()} in {kinds}")
            return
        self._answer(self.pool.run("query", text, fmt, cfg.max_rows))

    def _update(self, text: str, params: dict[str, list[str]]) -> None:
        cfg = self.config
        try:
            check_update(text, graph_prefix=cfg.graph_prefix, allowed=cfg.allow_update)
            check_dataset_params(params, graph_prefix=cfg.graph_prefix)
        except Refused as exc:
            self._error(exc.status, exc.message)
            return
        auth = self.headers.get("Authorization", "")
        given = auth[len("Bearer "):].strip() if auth.startswith("Bearer ") else ""
        if not cfg.token or not given or not hmac.compare_digest(given.encode(), cfg.token.encode()):
            self._error(401, "updates need the endpoint's token: send Authorization: Bearer <token>",
                        headers={"WWW-Authenticate": 'Bearer realm="kg"'})
            return
        self._answer(self.pool.run("update", text, "json", None))

    def _answer(self, answer: Answer) -> None:
        headers = {"X-KG-Seconds": f"{answer.seconds:.3f}"}
        if answer.status == 200:
            headers["X-KG-Rows"] = str(answer.rows)
            headers["X-KG-Truncated"] = "true" if answer.truncated else "false"
        body = answer.body
        if answer.status >= 400 and not body.endswith(b"\n"):
            body += b"\n"
        self._send(answer.status, body, answer.content_type, headers)

    # -- the page ----------------------------------------------------------------------
    def _static(self, name: str) -> None:
        path = (STATIC / name).resolve()
        if path.parent != STATIC or path.suffix not in _STATIC_TYPES or not path.is_file():
            self._error(404, f"no such file: {name}")
            return
        csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'"
        self._send(200, path.read_bytes(), _STATIC_TYPES[path.suffix], headers={"Content-Security-Policy": csp})

    def _library(self) -> None:
        from ..query import list_queries

        data = [
            {"name": q.name, "description": q.description, "params": q.params, "example": q.example, "text": q.text}
            for q in list_queries()
        ]
        self._send(200, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(config: ServeConfig) -> tuple[ThreadingHTTPServer, WorkerPool]:
    """The HTTP server and its worker pool, bound but not yet serving."""
    pool = WorkerPool(
        config.store,
        config.settings,
        size=1 if config.allow_update else max(1, config.workers),
        time_limit=config.time_limit,
        read_only=not config.allow_update,
        refresh=config.refresh,
        memory_limit=config.memory_limit,
    )
    # ``timeout``: http.server closes a connection silent for this long (idle keep-alive, slow clients)
    handler = type("Handler", (_Handler,), {"config": config, "pool": pool, "timeout": config.idle_timeout or None})
    try:
        server = _Server((config.host, config.port), handler)
    except OSError as exc:
        pool.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(
                f"port {config.port} on {config.host} is in use by another program; "
                "choose another with --port (e.g. --port 8765)"
            ) from exc
        if exc.errno in (errno.EACCES, errno.EADDRNOTAVAIL):
            raise ConfigError(f"cannot listen on {config.host}:{config.port}: {exc.strerror}; choose another --host/--port") from exc
        raise
    return server, pool


def serve_forever(config: ServeConfig, *, ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted; ``ready`` is called with the page's URL once listening."""
    server, pool = make_server(config)
    host, port = server.server_address[:2]
    if ready is not None:
        ready(f"http://{host}:{port}/")
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        pool.close()
