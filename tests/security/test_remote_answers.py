"""Issue 12: a remote store's CONSTRUCT answer is read only as the format kg asked for;
a JSON-LD answer with a remote @context or a billion-laughs RDF/XML answer is refused at
once, nothing fetched (a fake server on loopback, and a listener for the context)."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

LOL = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "lol">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + ']><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
    '<rdf:Description rdf:about="http://example.org/x"><ex:p>&j;</ex:p></rdf:Description></rdf:RDF>')


def _server(content_type: str, body: str):  # type: ignore[no-untyped-def]
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # type: ignore[no-untyped-def]
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("kind", ["jsonld", "rdfxml"])
def test_a_hostile_construct_answer_is_refused(kind, listener, audit, settings):
    from kg.errors import StoreError
    from kg.rdf import Iris
    from kg.store.remote import SparqlStore, remote_config

    ctype, body = {
        "jsonld": ("application/ld+json", '{"@context": "%s/ctx", "@id": "http://example.org/x"}' % listener.url),
        "rdfxml": ("application/rdf+xml", LOL),
    }[kind]
    server = _server(ctype, body)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/query"
        store = SparqlStore(remote_config(url, env={}), Iris(settings.base_iri), read_only=True)
        started = time.monotonic()
        with pytest.raises(StoreError, match="not the N-Triples or Turtle kg asked for"):
            store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert time.monotonic() - started < 5
    finally:
        server.shutdown()
        server.server_close()
    time.sleep(0.2)
    assert listener.connections == 0
    assert not [a for a in audit.connected if str(listener.port) in str(a)]


def test_a_turtle_answer_is_read(settings):
    from kg.rdf import Iris
    from kg.store.remote import SparqlStore, remote_config

    server = _server("text/turtle; charset=utf-8", '<http://example.org/x> <http://example.org/p> "ok" .\n')
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/query"
        store = SparqlStore(remote_config(url, env={}), Iris(settings.base_iri), read_only=True)
        res = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert len(res.graph) == 1
    finally:
        server.shutdown()
        server.server_close()
