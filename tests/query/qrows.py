"""Run a library query and read its rows as plain text (for the query tests)."""
from __future__ import annotations


def rows(store, name: str, **params: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """A library query's rows as {column: plain text} ('' for unbound), in the query's order."""
    from kg.query import bind_parameters, load_query
    from kg.query.format import term_text

    q = load_query(name)
    res = store.query(bind_parameters(q, params, store))
    return [{v: term_text(t) for v, t in zip(res.variables, row)} for row in res.rows]


def parts(text: str, sep: str) -> set[str]:
    """The items of a GROUP_CONCAT (its order is the engine's)."""
    return {p for p in text.split(sep) if p}
