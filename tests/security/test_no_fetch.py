"""Issue 12, Done when 3: untrusted RDF and queries make kg connect nowhere and open nothing.

Proven with a loopback listener (it counts connections) and an audit hook (it sees every
``open`` and ``socket.connect`` Python makes), against the real commands.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kg.cli import main

EVAL_DATA = Path(__file__).resolve().parents[1] / "eval" / "data"


def _jsonld(path: Path, context) -> Path:  # type: ignore[no-untyped-def]
    path.write_text(json.dumps({"@context": context, "@id": "http://example.org/a", "name": "x"}))
    return path


@pytest.mark.parametrize("form", ["string", "list", "import"])
def test_eval_rdf_jsonld_with_an_http_context_connects_nowhere(tmp_path, capsys, listener, audit, form):
    url = f"{listener.url}/context.jsonld"
    context = {"string": url, "list": [{"x": "http://example.org/x"}, url], "import": {"@import": url}}[form]
    doc = _jsonld(tmp_path / "x.jsonld", context)
    status = main(["eval", str(EVAL_DATA / "seed.json"), "--rdf", str(doc)])
    err = capsys.readouterr().err
    time.sleep(0.3)  # give a connection, had one been made, time to be counted
    assert status == 1
    assert err.startswith("kg: error: ") and "would be fetched or opened" in err and "Traceback" not in err
    assert listener.connections == 0
    assert not audit.connected


def test_eval_rdf_jsonld_with_a_file_context_opens_no_file(tmp_path, capsys, audit):
    secret = tmp_path / "secret.jsonld"
    secret.write_text('{"@context": {"name": "http://schema.org/name"}}')
    doc = _jsonld(tmp_path / "x.jsonld", secret.as_uri())
    relative = _jsonld(tmp_path / "y.jsonld", "secret.jsonld")  # resolved against the file
    audit.opened.clear()  # only what kg opens from here counts
    status = main(["eval", str(EVAL_DATA / "seed.json"), "--rdf", str(doc)])
    err = capsys.readouterr().err
    assert status == 1 and "would be fetched or opened" in err
    assert not [p for p in audit.opened if "secret" in p]
    assert main(["eval", str(EVAL_DATA / "seed.json"), "--rdf", str(relative)]) == 1
    assert not [p for p in audit.opened if "secret" in p]


def test_eval_rdf_jsonld_with_an_inline_context_is_read(tmp_path, capsys):
    doc = _jsonld(tmp_path / "x.jsonld", {"name": "http://schema.org/name"})
    status = main(["eval", str(EVAL_DATA / "seed.json"), "--rdf", str(doc)])
    err = capsys.readouterr().err
    assert "would be fetched" not in err and "Traceback" not in err
    assert status in (0, 2)  # read and scored (it misses the gold: 2)


def _store(path: Path) -> str:
    from kg.config import Settings
    from kg.store import open_store

    with open_store(str(path), Settings()):
        pass
    return str(path)


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_query_with_service_to_a_loopback_listener_connects_nowhere(tmp_path, capsys, listener, audit, backend):
    store = _store(tmp_path / "store") if backend == "oxigraph" else "memory:"
    for text in (
        f"SELECT * WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{listener.url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}",
    ):
        status = main(["query", "--sparql", text, "--store", store])
        err = capsys.readouterr().err
        assert status == 1, text
        assert err.startswith("kg: error: ") and "--allow-service" in err
    time.sleep(0.3)
    assert listener.connections == 0
    assert not audit.connected


def test_query_with_allow_service_does_connect(tmp_path, capsys, listener):
    """The switch is real (and the listener would see a connection): with it, Oxigraph calls out."""
    store = _store(tmp_path / "store")
    main(["query", "--allow-service", "--sparql",
          f"SELECT * WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}", "--store", store])
    capsys.readouterr()
    time.sleep(0.3)
    assert listener.connections >= 1


def test_query_from_is_honoured_on_the_embedded_store(tmp_path, capsys):
    import pyoxigraph as ox

    path = tmp_path / "store"
    _store(path)
    s = ox.Store(str(path))
    p = ox.NamedNode("http://example.org/p")
    s.add(ox.Quad(ox.NamedNode("http://example.org/a"), p, ox.Literal("1"), ox.NamedNode("http://example.org/g1")))
    s.add(ox.Quad(ox.NamedNode("http://example.org/b"), p, ox.Literal("2"), ox.NamedNode("http://example.org/g2")))
    del s

    def rows(text: str) -> list[str]:
        assert main(["query", "--sparql", text, "--format", "csv", "--store", str(path)]) == 0
        return sorted(capsys.readouterr().out.split()[1:])

    assert rows("SELECT ?s WHERE { ?s <http://example.org/p> ?o }") == ["http://example.org/a", "http://example.org/b"]
    assert rows("SELECT ?s FROM <http://example.org/g1> WHERE { ?s <http://example.org/p> ?o }") == ["http://example.org/a"]
    assert rows("SELECT ?s FROM NAMED <http://example.org/g2> WHERE { GRAPH ?g { ?s ?p ?o } }") == ["http://example.org/b"]


def test_billion_laughs_rdfxml_is_refused_at_once():
    from kg.rdf.safe import UnsafeRDFError, parse_untrusted

    lol = '<!DOCTYPE r [<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    ) + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">' \
        '<rdf:Description rdf:about="http://example.org/x"><ex:p>&j;</ex:p></rdf:Description></rdf:RDF>'
    started = time.monotonic()
    with pytest.raises(UnsafeRDFError, match="DOCTYPE"):
        parse_untrusted(lol.encode(), "xml", source="answer")
    assert time.monotonic() - started < 1
