"""kg/sparql/lexer.py: tokens as a SPARQL parser sees them."""
from __future__ import annotations

from kg.sparql.lexer import query_form, tokens, unescape_codepoints


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokens(text)]


def test_strings_iris_comments_and_names():
    text = 'PREFIX ex: <http://ex/#a> SELECT ?s WHERE { ?s ex:p """a "b" SERVICE""" ; ex:q \'x\'@en-GB . _:b1 ?p 1.5e3 } # LOAD'
    got = kinds(text)
    assert ("iri", "<http://ex/#a>") in got and ("pname", "ex:") in got and ("pname", "ex:p") in got
    assert ("string", '"""a "b" SERVICE"""') in got and ("lang", "@en-GB") in got and ("bnode", "_:b1") in got
    assert ("number", "1.5e3") in got
    assert [t.keyword for t in tokens(text) if t.keyword] == ["PREFIX", "SELECT", "WHERE"]
    assert ("comment", "# LOAD") in kinds_with_comments(text)


def kinds_with_comments(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokens(text, comments=True)]


def test_less_than_is_not_an_iri():
    got = kinds("SELECT * WHERE { ?a ?p ?b FILTER(?a < ?b && ?b > 3) }")
    assert ("var", "?b") in got and not any(k == "iri" for k, _ in got)


def test_escapes_and_forms():
    assert unescape_codepoints(r"\U0001F600 \u00e9 \uZZZZ") == "\U0001F600 é \\uZZZZ"
    assert query_form("ask {}") == "ask"
    assert query_form("# SELECT\nWITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "update"
    assert query_form("nothing here") == "unknown"
