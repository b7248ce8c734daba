"""A small SPARQL lexer: enough to find keywords, variables, IRIs and groups in a query.

It does not parse SPARQL; it splits the text into tokens the way a SPARQL parser would,
so that a keyword inside a string, an IRI or a comment is never taken for a keyword and
a keyword is never missed. Used to bind parameters (:mod:`kg.query.library`), to tell a
query's form (:mod:`kg.store.remote`) and to guard the public endpoint (:mod:`kg.serve`).

SPARQL lets ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes stand for any character anywhere in a
query, and parsers (Oxigraph's among them) replace them before reading it:
:func:`unescape_codepoints` does the same, so ``\\u0053ERVICE`` is seen as ``SERVICE``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

__all__ = ["Token", "tokens", "unescape_codepoints", "query_form", "keywords", "UPDATE_KEYWORDS"]

_PN_CHARS = r"A-Za-z0-9_\-\u00b7\u00c0-\ufffd"
_TOKEN = re.compile(
    r"(?P<comment>#[^\n\r]*)"
    r"|(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\""
    r"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\")"
    r"|(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)"
    r"|(?P<var>[?$][" + _PN_CHARS + r"]+)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<bnode>_:[" + _PN_CHARS + r".]*[" + _PN_CHARS + r"])"
    r"|(?P<pname>(?:[A-Za-z\u00c0-\ufffd][" + _PN_CHARS + r".]*)?:(?:[" + _PN_CHARS + r":%.]*[" + _PN_CHARS + r":%])?)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<punct>[{}()\[\],;.*=<>!|&^/+-])",
    re.S,
)

#: keywords that only SPARQL Update uses
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "DROP", "CLEAR", "CREATE", "ADD", "MOVE", "COPY", "LOAD", "WITH", "USING", "DATA"}
)


@dataclass(frozen=True)
class Token:
    kind: str  # comment string iri var lang bnode pname word number punct
    text: str
    start: int
    end: int

    @property
    def keyword(self) -> str:
        """The upper-cased text of a word (SPARQL keywords ignore case), '' for other tokens."""
        return self.text.upper() if self.kind == "word" else ""


def unescape_codepoints(text: str) -> str:
    r"""Replace ``\uXXXX`` and ``\UXXXXXXXX`` escapes by their characters, as SPARQL parsers do.

    Examples
    --------
    >>> unescape_codepoints(r"\u0053ERVICE <x>")
    'SERVICE <x>'
    """

    def repl(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", repl, text)


def tokens(text: str, *, comments: bool = False) -> Iterator[Token]:
    """The tokens of ``text`` (comments left out unless asked for).

    Examples
    --------
    >>> [t.text for t in tokens('SELECT * { ?s ex:p "SERVICE" } # SERVICE')]
    ['SELECT', '*', '{', '?s', 'ex:p', '"SERVICE"', '}']
    """
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "comment" and not comments:
            continue
        yield Token(kind, m.group(), m.start(), m.end())


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``construct``, ``describe``, or ``update``: what a request is.

    Examples
    --------
    >>> query_form("PREFIX ex: <http://ex/#SELECT> # ASK\\nCONSTRUCT WHERE { ?s ?p ?o }")
    'construct'
    >>> query_form("DROP ALL")
    'update'
    """
    for t in tokens(unescape_codepoints(sparql)):
        kw = t.keyword
        if kw in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return kw.lower()
        if kw in UPDATE_KEYWORDS:
            return "update"
    return "unknown"


def keywords(sparql: str) -> set[str]:
    """The upper-cased keywords of a query, escapes resolved, strings/IRIs/comments left out.

    Examples
    --------
    >>> sorted(keywords('SELECT * FROM <g> { ?s ?p "SERVICE" } # LOAD'))
    ['FROM', 'SELECT']
    >>> "SERVICE" in keywords(r"SELECT * { \\u0053ERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    True
    """
    return {t.keyword for t in tokens(unescape_codepoints(sparql)) if t.kind == "word"}
