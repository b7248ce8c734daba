"""kg/query/library.py: the library's files, their headers, and parameter binding."""
from __future__ import annotations

import re

import pytest
from qrows import rows

from kg.errors import QueryError
from kg.query import bind_parameters, list_queries, load_query
from kg.query.library import NamedQuery, example_params, inject_values, resolve_article, resolve_entity

KINDS = {"entity", "article", "literal", "date", "int"}


def test_the_library_has_the_analyst_questions():
    names = {q.name for q in list_queries()}
    assert len(names) >= 12
    assert {
        "events-at-place", "actor-timeline", "who-said-what", "co-actors", "person-roles", "mediators", "places",
        "article-mentions", "entity-articles", "two-hop-connections", "events-per-day", "unlinked-entities",
    } <= names


@pytest.mark.parametrize("q", list_queries(), ids=lambda q: q.name)
def test_each_query_documents_itself(q):
    assert len(q.description) > 30, "the header says what the query answers"
    assert q.example.startswith(f"kg query {q.name}")
    assert set(example_params(q)) == set(q.params), "the example binds every parameter"
    assert set(q.param_kinds.values()) <= KINDS
    for name in q.params:
        assert re.search(rf"[?$]{name}\b", q.text), f"parameter {name} is used"
    assert q.text.lstrip().startswith("#")


def test_load_query_by_name_or_file(tmp_path):
    assert load_query("places").name == "places"
    f = tmp_path / "mine.rq"
    f.write_text("# Mine.\n# param n (int): a number\nSELECT ?n WHERE { }\n")
    q = load_query(str(f))
    assert (q.name, q.params, q.param_kinds) == ("mine", {"n": "a number"}, {"n": "int"})
    with pytest.raises(QueryError, match="the library has: .*places"):
        load_query("no-such-query")
    with pytest.raises(QueryError, match="not found"):
        load_query(str(tmp_path / "missing.rq"))


def _q(text: str, **kinds: str) -> NamedQuery:
    return NamedQuery("t", None, text, params={k: k for k in kinds}, param_kinds=dict(kinds))


def test_values_go_where_the_parameter_is_used():
    text = (
        "PREFIX ex: <http://ex/#{}>\n"  # braces inside an IRI
        "SELECT ?a ?n WHERE {\n"
        '  ?a ex:p "{ ?x }" .  # a comment { ?x }\n'
        "  { SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ex:q ?x } GROUP BY ?a }\n"
        "  { ?a ex:r ?x } UNION { ?a ex:s ?y }\n"
        "  GRAPH ?g { ?x ex:t ?a }\n"
        "  OPTIONAL { ?a ex:u ?z }\n"
        "  VALUES ?z { 1 2 }\n"
        "}"
    )
    out = inject_values(text, {"x": "<http://ex/X>"})
    assert out.count("VALUES ?x { <http://ex/X> }") == 4  # outer WHERE, sub-select, 1st UNION branch, GRAPH
    assert "{ SELECT ?a (COUNT(*) AS ?n) WHERE { VALUES ?x" in out  # inside the sub-select's WHERE, not before SELECT
    assert '"{ ?x }"' in out and "# a comment { ?x }" in out and "<http://ex/#{}>" in out
    assert "VALUES ?z { 1 2 }" in out and "{ ?a ex:s ?y }" in out and "{ ?a ex:u ?z }" in out
    with pytest.raises(QueryError, match="no WHERE"):
        inject_values("ASK { ?x ?p ?o }", {"x": "1"})


def test_binding_kinds_and_errors():
    q = _q("SELECT * WHERE { ?s ?p ?d . ?s ?q ?n . ?s ?r ?t }", d="date", n="int", t="literal")
    out = bind_parameters(q, {"d": "2023-09-19", "n": "3", "t": 'say "hi"\n'})
    assert 'VALUES ?d { "2023-09-19"^^<http://www.w3.org/2001/XMLSchema#date> }' in out
    assert "VALUES ?n { 3 }" in out and r'VALUES ?t { "say \"hi\"\n" }' in out
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        bind_parameters(q, {"d": "19/09/2023", "n": "3", "t": "x"})
    with pytest.raises(QueryError, match="whole number"):
        bind_parameters(q, {"d": "2023-09-19", "n": "3; DROP ALL", "t": "x"})
    with pytest.raises(QueryError, match="needs --param t="):
        bind_parameters(q, {"d": "2023-09-19", "n": "3"})
    with pytest.raises(QueryError, match="has no parameter zz"):
        bind_parameters(q, {"d": "2023-09-19", "n": "3", "t": "x", "zz": "1"})


def test_entity_labels_resolve_in_the_store(fixture_store):
    kb = "https://w3id.org/kg-news/kb/"
    assert resolve_entity(fixture_store, "Azerbaijan") == [f"{kb}azerbaijan"]
    assert resolve_entity(fixture_store, "AZERBAIJAN") == [f"{kb}azerbaijan"]
    assert resolve_entity(fixture_store, "Michel") == ["https://w3id.org/kg-news/entity/person/charles-michel"]  # an alias
    assert resolve_entity(fixture_store, "sirens") == []  # an event's label is not an entity
    assert resolve_entity(fixture_store, "http://example.org/x") == ["http://example.org/x"]
    assert resolve_article(fixture_store, "shelling near sotk") == ["https://w3id.org/kg-news/article/fx-b"]
    with pytest.raises(QueryError, match="no entity is labelled 'Atlantis'"):
        rows(fixture_store, "events-at-place", place="Atlantis")
    with pytest.raises(QueryError, match="no article has"):
        rows(fixture_store, "article-mentions", article="no such article")


def test_a_label_with_quotes_cannot_break_out_of_its_string(fixture_store):
    assert resolve_entity(fixture_store, 'x" } } DROP ALL ; SELECT * { "') == []
    assert len(fixture_store) > 0


@pytest.mark.parametrize("spec", ["memory:", "oxigraph-memory:"])
def test_every_query_is_empty_on_an_empty_store(spec, settings):
    """No phantom rows: rdflib 7 joins an empty grouped sub-select as one unbound row
    (the library's queries guard against it with FILTER(BOUND(…)))."""
    from kg.store import open_store

    with open_store(spec, settings) as store:
        for q in list_queries():
            params = {name: "https://example.org/nothing" for name in q.params}
            res = store.query(bind_parameters(q, params, store))
            assert res.rows == [], q.name


def test_a_folder_named_like_a_query_does_not_shadow_it(tmp_path, monkeypatch):
    from kg.query.library import load_query

    (tmp_path / "articles").mkdir()  # the layout `kg --help` suggests
    (tmp_path / "who-said-what").write_text("not a query")  # a stray file without .rq
    monkeypatch.chdir(tmp_path)
    assert load_query("articles").name == "articles"
    assert "SELECT" in load_query("who-said-what").text.upper()


def test_a_mistyped_query_name_gets_a_suggestion():
    from kg.errors import QueryError
    from kg.query.library import load_query

    with pytest.raises(QueryError, match="did you mean 'events-at-place'"):
        load_query("event-at-place")
    with pytest.raises(QueryError, match="query file nowhere/x.rq not found"):
        load_query("nowhere/x.rq")
