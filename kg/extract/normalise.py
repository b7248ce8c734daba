"""Span normalisation: the words of a mention that name the entity, without their wrapping."""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

__all__ = ["trim_span", "slugify", "normalise_label"]

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_QUOTES = "\"'“”‘’«»„"
_SPACES = re.compile(r"\s+")
_CLOSE_DASH = re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])")  # an en dash written close between letters


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


@functools.lru_cache(maxsize=16384)  # an entity's label is slugged for each IRI made of it
def slugify(label: str) -> str:
    """Slug of a label, for IRIs: ``"Nagorno-Karabakh"`` → ``"nagorno-karabakh"``.

    Latin letters are folded to ASCII; letters of other scripts are kept as they are (IRIs
    allow them), lower-cased where the script has case, so that names written in Arabic,
    Cyrillic, Burmese or Chinese get a slug of their own. A label with no letter or digit
    at all gets a stable hash slug, never a shared one.

    >>> slugify("Ilham  Əliyev’s")
    'ilham-aliyevs'
    >>> slugify("Владимир Путин"), slugify("习近平")
    ('владимир-путин', '习近平')
    >>> slugify("---") == slugify("---") != slugify("***")
    True
    """
    label = unicodedata.normalize("NFC", label.replace("Ə", "A").replace("ə", "a"))
    out: list[str] = []
    for ch in label:
        if ch.isascii():
            out.append(ch.lower() if ch.isalnum() else " ")
            continue
        category = unicodedata.category(ch)
        name = unicodedata.name(ch, "")
        if category[0] not in "LMN" or "LATIN" in name or name.startswith("COMBINING"):
            folded = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii").lower()
            out.append(folded if folded.isalnum() else "")  # "’" goes, as ASCII folding always did
        else:
            out.append(ch.lower())
    slug = "-".join("".join(out).split())
    if slug:
        return slug
    digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:12]
    return f"x-{digest}"


@functools.lru_cache(maxsize=65536)  # a name is asked for at every step that reads it
def normalise_label(label: str) -> str:
    """Collapse whitespace, straighten quotes, and write an en dash between letters as the
    hyphen it stands for ("ZANU–PF" is "ZANU-PF") in a label.

    >>> normalise_label("ZANU–PF  ’s"), normalise_label("Islamic State – Khorasan")
    ("ZANU-PF 's", 'Islamic State – Khorasan')
    """
    return _SPACES.sub(" ", _CLOSE_DASH.sub("-", label.replace("’", "'"))).strip()
