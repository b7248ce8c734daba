"""Issue 12: `kg serve` sends no CORS header unless asked, caps each worker's memory,
and closes idle connections (the real server, in a subprocess)."""
from __future__ import annotations

import socket
import time
import urllib.parse
import urllib.request

import pytest

from conftest import start_serve, stop


def _get(url: str, *, headers: dict[str, str] | None = None, method: str = "GET"):  # type: ignore[no-untyped-def]
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _query(ep, text: str):  # type: ignore[no-untyped-def]
    return _get(ep.sparql + "?" + urllib.parse.urlencode({"query": text}), headers={"Origin": "https://evil.example"})


def test_no_cors_header_by_default(endpoint):
    status, headers, _ = _query(endpoint, "ASK { ?s ?p ?o }")
    assert status == 200
    assert not any(k.lower().startswith("access-control-") for k in headers)
    status, headers, _ = _get(endpoint.sparql, headers={"Origin": "https://evil.example"}, method="OPTIONS")
    assert "Access-Control-Allow-Origin" not in headers


def test_cors_only_for_the_origin_given(seed_store_dir):
    ep = start_serve(seed_store_dir, "--cors", "https://app.example.org", "--quiet")
    try:
        status, headers, _ = _query(ep, "ASK { ?s ?p ?o }")
        assert status == 200
        assert headers["Access-Control-Allow-Origin"] == "https://app.example.org"
    finally:
        stop(ep)


def test_idle_connection_is_closed(seed_store_dir):
    ep = start_serve(seed_store_dir, "--idle-timeout", "1", "--quiet")
    try:
        host, port = urllib.parse.urlsplit(ep.url).netloc.split(":")
        with socket.create_connection((host, int(port)), timeout=10) as conn:
            conn.sendall(b"GET /sparql?query=ASK")  # a request that never ends
            started = time.monotonic()
            assert conn.recv(100) == b""  # the server hangs up
            assert time.monotonic() - started < 8
    finally:
        stop(ep)


def test_a_query_over_the_memory_limit_gets_503_and_the_worker_comes_back(seed_store_dir):
    ep = start_serve(seed_store_dir, "--memory-limit", "400", "--time-limit", "60", "--max-rows", "100000000", "--quiet")
    try:
        cross = ("SELECT (GROUP_CONCAT(STR(?o1)) AS ?all) WHERE { GRAPH ?g1 { ?s1 ?p1 ?o1 } "
                 "GRAPH ?g2 { ?s2 ?p2 ?o2 } GRAPH ?g3 { ?s3 ?p3 ?o3 } }")
        status, _, body = _query(ep, cross)
        assert status == 503, body[:300]
        assert b"more memory than a query worker may use (400 MB)" in body
        status, _, _ = _query(ep, "ASK { ?s ?p ?o }")
        assert status == 200
    finally:
        stop(ep)
