"""Issue 12: a remote store retries what it safely can, writes an article whole or not at
all, and every failure is one line naming the article (a real Oxigraph server behind a
faulty proxy)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class FaultyProxy:
    """Forwards to ``target``; ``faults`` is a list of what to do to the next requests
    (``"503"``: answer 503, ``"drop"``: close the connection without an answer), and
    ``fail_methods`` answers 500 to every request of those methods."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.faults: list[str] = []
        self.fail_methods: set[str] = set()
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # type: ignore[no-untyped-def]
                pass

            def _forward(self) -> None:
                proxy.seen.append(self.command)
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else None
                fault = proxy.faults.pop(0) if proxy.faults else None
                if fault == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if fault == "503" or self.command in proxy.fail_methods:
                    code = 503 if fault == "503" else 500
                    msg = b"unavailable" if code == 503 else b"disk full"
                    self.send_response(code)
                    self.send_header("Content-Length", str(len(msg)))
                    self.end_headers()
                    self.wfile.write(msg)
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                req = urllib.request.Request(proxy.target + self.path, data=body, method=self.command, headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=60) as resp:
                        status, rheaders, data = resp.status, resp.headers, resp.read()
                except urllib.error.HTTPError as exc:
                    status, rheaders, data = exc.code, exc.headers, exc.read()
                self.send_response(status)
                if rheaders.get("Content-Type"):
                    self.send_header("Content-Type", rheaders["Content-Type"])
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def proxy(oxigraph_server):
    from urllib.parse import urlsplit

    base = "{0.scheme}://{0.netloc}".format(urlsplit(oxigraph_server.url))
    p = FaultyProxy(base)
    p.env = {"KG_STORE_UPDATE": f"{p.url}/update", "KG_STORE_GSP": f"{p.url}/store"}  # type: ignore[attr-defined]
    p.spec = f"{p.url}/query"  # type: ignore[attr-defined]
    yield p
    p.close()


def _store(proxy, settings, **overrides):  # type: ignore[no-untyped-def]
    from kg.rdf import Iris
    from kg.store.remote import SparqlStore, remote_config

    return SparqlStore(remote_config(proxy.spec, env=proxy.env, backoff=0.01, **overrides), Iris(settings.base_iri))


def _clear(proxy, settings) -> None:  # type: ignore[no-untyped-def]
    _store(proxy, settings).update("DROP SILENT ALL")


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_query_is_retried_after_a_503_or_a_dropped_connection(proxy, settings, fault):
    store = _store(proxy, settings)
    proxy.faults = [fault, fault]
    assert store.query("ASK { }").boolean is True
    assert proxy.seen == ["POST"] * 3


def test_retries_give_up_with_one_line(proxy, settings):
    from kg.errors import StoreError

    store = _store(proxy, settings, retries=2)
    proxy.faults = ["503"] * 5
    with pytest.raises(StoreError, match=r"HTTP 503.*\(after 3 tries\)") as info:
        store.query("ASK { }")
    assert "\n" not in str(info.value)


def test_an_insert_is_not_sent_twice_after_a_dropped_connection(proxy, settings):
    from kg.errors import StoreError

    _clear(proxy, settings)
    store = _store(proxy, settings)
    proxy.seen.clear()
    proxy.faults = ["drop"]
    with pytest.raises(StoreError, match="dropped the connection"):
        store.update("INSERT DATA { GRAPH <https://w3id.org/kg-news/graph/x> { [] <http://example.org/p> 1 } }")
    assert proxy.seen == ["POST"]


def test_a_failed_graph_put_leaves_no_orphan_descriptions(proxy, settings, seed_rdf):
    from kg.errors import StoreError

    _clear(proxy, settings)
    store = _store(proxy, settings, retries=1)
    before = len(store)
    proxy.fail_methods = {"PUT"}
    with pytest.raises(StoreError, match="the article was not stored"):
        store.put_article(seed_rdf)
    proxy.fail_methods = set()
    assert len(seed_rdf.description_triples) > 0
    assert len(store) == before  # the descriptions posted first were taken back
    assert store.put_article(seed_rdf) == "added"  # and a later load stores it whole


def test_kg_load_names_the_article_a_server_refused(proxy, settings, tmp_path):
    _clear(proxy, settings)
    proxy.fail_methods = {"PUT"}
    (tmp_path / "a.txt").write_text(
        "Gangs attacked the main prison in Port-au-Prince on Saturday, Haitian officials said. "
        "The police said that several officers were wounded in the fighting."
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_STORE_RETRIES": "1", **proxy.env}
    run = subprocess.run([sys.executable, "-m", "kg", "load", str(tmp_path / "a.txt"), "--store", proxy.spec],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    skipped = [line for line in run.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert len(skipped) == 1 and "not stored" in skipped[0] and "HTTP 500" in skipped[0], run.stderr
