"""Syntax errors explained: real parser messages (Oxigraph's and rdflib's) in, one line out."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.sparql.explain import syntax_message


def oxigraph_message(query: str) -> str:
    with pytest.raises(SyntaxError) as info:
        ox.Store().query(query)
    return str(info.value)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT * WHERE { ?s foo:p ?o }", "prefix foo: is not declared; add PREFIX foo: <...> before the query"),
        ("PREFIX a: <http://a/>\nSELECT * WHERE { ?s a:p ?o ; b:q ?x ; c:r ?y }", "prefix b:, c: are not declared"),
        ("SELECT ?s WHERE {\n  ?s ?p ?o FILTER(?o = 1 }", "the '(' at line 2, column 18 is never closed: add ')'"),
        ("SELECT ?s WHERE { ?s ?p ?o ", "the '{' at line 1, column 17 is never closed: add '}'"),
        ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY", "the query ends where more was expected"),
        ("SELECT ?s WHERE { ?s ?p ?o } LIMT 3", "expected HAVING, OFFSET"),
        ("DELETE WHERE { ?s ?p ?o }", "is read-only"),
        ("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }", "is read-only"),
    ],
)
def test_messages_say_where_and_why(query, expected):
    message = syntax_message(query, oxigraph_message(query))
    assert expected in message, message
    assert "\\u{" not in message and "'0' ..= '9'" not in message


def test_the_cli_names_the_file_and_refuses_updates(tmp_path, capsys):
    from kg.config import Settings
    from kg.store import open_store

    with open_store(str(tmp_path / "store"), Settings()):
        pass  # an empty store: reading commands refuse a store that does not exist
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s WHERE {\n  ?s ?p ?o FILTER(?o = 1 }\n")
    for store in ("memory:", str(tmp_path / "store")):
        assert main(["query", str(bad), "--store", store]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"kg: error: {bad}: SPARQL syntax error: the '(' at line 2"), err
        assert main(["query", "--sparql", "SELECT * { ?s foo:p ?o }", "--store", store]) == 1
        assert "prefix foo: is not declared" in capsys.readouterr().err
    assert main(["query", "--sparql", "DELETE WHERE { ?s ?p ?o }", "--store", str(tmp_path / "store")]) == 1
    assert "kg query is read-only" in capsys.readouterr().err
