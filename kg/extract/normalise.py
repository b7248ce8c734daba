"""Span normalisation: the words of a mention that name the entity, without their wrapping."""
from __future__ import annotations

import re
import unicodedata

__all__ = ["trim_span", "slugify", "normalise_label"]

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_QUOTES = "\"'“”‘’«»„"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past leading determiners, quotes and a trailing possessive.

    >>> t = "the EU’s top diplomat"
    >>> s, e = trim_span(t, 0, 8); t[s:e]
    'EU'
    """
    while start < end:
        chunk = text[start:end]
        m = _LEADING.match(chunk)
        if m and m.end() < len(chunk):
            start += m.end()
            continue
        if chunk[0] in _QUOTES or chunk[0].isspace():
            start += 1
            continue
        if chunk[-1] in _QUOTES.replace("’", "").replace("'", "") or chunk[-1].isspace() or chunk[-1] in ",.;:":
            if chunk[-1] == "." and re.search(r"\b[A-Z]\.[A-Z]\.$", chunk):
                break  # "U.S." keeps its dot
            end -= 1
            continue
        m = _POSSESSIVE.search(chunk)
        if m and m.start() > 0:
            end = start + m.start()
            continue
        break
    return start, end


def slugify(label: str) -> str:
    """ASCII slug of a label, for IRIs: ``"Nagorno-Karabakh"`` → ``"nagorno-karabakh"``.

    >>> slugify("Ilham  Əliyev’s")
    'ilham-aliyevs'
    """
    folded = unicodedata.normalize("NFKD", label.replace("Ə", "A").replace("ə", "a"))
    ascii_ = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or "unnamed"


def normalise_label(label: str) -> str:
    """Collapse whitespace and straighten quotes in a label."""
    return re.sub(r"\s+", " ", label.replace("’", "'")).strip()
