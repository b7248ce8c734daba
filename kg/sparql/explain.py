"""Syntax errors a person can act on.

A SPARQL parser reports what it expected at a position, as a grammar sees it: Oxigraph's
message for an undeclared prefix lists some forty Unicode ranges. :func:`syntax_message`
turns the parser's message and the query text into one line that names the file, the line
and column, the cause when it can be told (an undeclared prefix, an unclosed bracket or
string, an update sent where only queries are run), and the line of the query itself.
"""
from __future__ import annotations

import re

from .lexer import UPDATE_KEYWORDS, tokens, unescape_codepoints

__all__ = ["syntax_message", "read_only_message"]

_POSITION = re.compile(r"\b(?:error )?at (\d+):(\d+)")
_PAIRS = {"(": ")", "{": "}", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def read_only_message(what: str = "kg query") -> str:
    return (
        f"{what} is read-only: it runs SELECT, ASK, CONSTRUCT and DESCRIBE queries; change the store "
        "with kg load, kg remove or kg bulk-load (or send updates to a SPARQL server's update endpoint)"
    )


def _undeclared_prefixes(text: str) -> list[str]:
    declared: set[str] = set()
    used: dict[str, None] = {}
    toks = list(tokens(text))
    for i, t in enumerate(toks):
        if t.keyword == "PREFIX" and i + 1 < len(toks) and toks[i + 1].kind == "pname":
            declared.add(toks[i + 1].text.split(":", 1)[0])
        elif t.kind == "pname" and not (i and toks[i - 1].keyword == "PREFIX"):
            used.setdefault(t.text.split(":", 1)[0], None)
    return [p for p in used if p not in declared]


def _unclosed(text: str) -> tuple[str, int] | None:
    """The first bracket never closed (or closed by the wrong one), with its offset."""
    stack: list[tuple[str, int]] = []
    for t in tokens(text):
        if t.text in _PAIRS:
            stack.append((t.text, t.start))
        elif t.text in _CLOSERS:
            if not stack or stack[-1][0] != _CLOSERS[t.text]:
                return (stack[-1] if stack else (t.text, t.start))
            stack.pop()
    return stack[-1] if stack else None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def syntax_message(text: str, parser_message: str, *, source: str | None = None) -> str:
    """One line saying where the query is wrong and why, from the parser's own message.

    Examples
    --------
    >>> syntax_message("SELECT * WHERE { ?s foo:p ?o }", "error at 1:18: expected one of Prefix not found, ...")
    'SPARQL syntax error at line 1, column 18: prefix foo: is not declared; add PREFIX foo: <...> before the query'
    >>> syntax_message("SELECT ?s WHERE {\\n ?s ?p ?o FILTER(?o = 1 }", "error at 2:24: expected ...", source="q.rq")
    "q.rq: SPARQL syntax error: the '(' at line 2, column 17 is never closed: add ')' (line 2: ?s ?p ?o FILTER(?o = 1 })"
    """
    where = f"{source}: " if source else ""
    plain = unescape_codepoints(text)
    first = next((t.keyword for t in tokens(plain) if t.keyword and t.keyword not in ("PREFIX", "BASE")), "")
    if first in UPDATE_KEYWORDS:
        return where + read_only_message()
    m = _POSITION.search(parser_message)
    at = f" at line {m[1]}, column {m[2]}" if m else ""
    missing = _undeclared_prefixes(plain)
    if missing:
        names = ", ".join(f"{p}:" for p in missing)
        declare = " ".join(f"PREFIX {p}: <...>" for p in missing)
        verb = "is" if len(missing) == 1 else "are"
        return f"{where}SPARQL syntax error{at}: prefix {names} {verb} not declared; add {declare} before the query"
    unclosed = _unclosed(plain)
    if unclosed is not None:
        bracket, offset = unclosed
        line, col = _line_col(plain, offset)
        quoted = plain.splitlines()[line - 1].strip()
        if bracket in _PAIRS:
            return (f"{where}SPARQL syntax error: the '{bracket}' at line {line}, column {col} is never closed: "
                    f"add '{_PAIRS[bracket]}' (line {line}: {quoted})")
        return f"{where}SPARQL syntax error: the '{bracket}' at line {line}, column {col} closes nothing (line {line}: {quoted})"
    reason = parser_message[m.end():].lstrip(": ") if m else parser_message
    expected = re.match(r"expected one of (.*)", reason, re.S)
    if expected:  # keep the words a person can use, not the character ranges
        listed = re.sub(r"\[[^\]]*\]", " ", expected[1])
        words = [w for w in re.findall(r"\b[A-Z][A-Za-z]+\b", listed) if not re.fullmatch(r"[0-9A-F]{2,8}", w)]
        words = list(dict.fromkeys(words))[:8]
        reason = "expected " + ", ".join(words) if words else ""
    lines = plain.splitlines()
    if m and lines and int(m[1]) >= len(lines) and int(m[2]) > len(lines[-1].rstrip()):
        reason = "the query ends where more was expected" + (f" ({reason})" if reason else "")
    reason = reason or "this is not SPARQL the parser can read"
    quoted = ""
    if m:
        lines = plain.splitlines()
        row = int(m[1]) - 1
        if 0 <= row < len(lines):
            quoted = f" (line {m[1]}: {lines[row].strip()})"
    return f"{where}SPARQL syntax error{at}: {' '.join(reason.split())}{quoted}"
