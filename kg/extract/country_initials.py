"""A country named by the initials of its name: "KSA" (Kingdom of Saudi Arabia), "PRC",
"DPRK", "RSA", "PNG" — abbreviations the knowledge base may lack and the NER reads as an
organisation's acronym.

The initials are made from the country names the gazetteer tables carry (GeoNames, ISO
3166 and kg's own, :func:`kg.kb.geo.country_forms`): the first letters of the capitalised
words of a name, every other word being "of", "the" or "and" ("Kingdom of Saudi Arabia":
KSA), or with the "of" too (ISO 3166's "Korea, Republic of" read as "Republic of Korea":
ROK); three letters or more. Initials several countries share name the one the article
names ("ROK": Korea, Kenya, Kazakhstan). Initials may also be some body's acronym ("IRA"
is the Irish Republican Army and the Islamic Republic of Afghanistan's initials): they are
taken for the country only in an article that names the country otherwise too
(:func:`country_by_initials`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection

__all__ = ["country_by_initials", "load_initials"]

_LINKS = frozenset({"of", "the", "and"})


@functools.lru_cache(maxsize=1)
def _initials() -> dict[str, frozenset[str]]:
    """Initials of three letters or more -> the ISO alpha-2 codes of the countries they
    abbreviate (see the module docstring)."""
    from ..kb.geo import country_forms

    found: dict[str, set[str]] = {}
    for name, codes in country_forms()[0].items():
        first, comma, rest = name.partition(", ")
        if comma:  # ISO 3166's "Korea, Republic of": "Republic of Korea"
            name = f"{rest} {first}"
        words = [w for w in re.split(r"[\s\-]+", name) if w]
        if any(w.lower() not in _LINKS for w in words if not w[:1].isupper()):
            continue
        capitals = "".join(w[0] for w in words if w[:1].isupper())
        with_of = "".join(w[0].upper() for w in words if w[:1].isupper() or w == "of")
        for initials in {capitals, with_of}:
            if len(initials) >= 3:
                found.setdefault(initials, set()).update(codes)
    return {initials: frozenset(codes) for initials, codes in found.items()}


def load_initials() -> None:
    """Read the countries' initials now, not at the first capitalised abbreviation
    (:func:`kg.run.warm_up`)."""
    _initials()


def country_by_initials(text: str, named: Collection[str]) -> str | None:
    """The ISO alpha-2 code of the country ``text`` gives the initials of, when ``named``
    (the codes of the countries the article names otherwise) holds it, and no other country
    with those initials; else None.

    >>> country_by_initials("KSA", ["SA", "YE"]), country_by_initials("KSA", ["YE"])
    ('SA', None)
    >>> country_by_initials("PRC", ["CN"]), country_by_initials("Prc", ["CN"])
    ('CN', None)
    """
    if len(text) < 3 or not text.isalpha() or not text.isupper():
        return None
    codes = [c for c in _initials().get(text, ()) if c in named]
    return codes[0] if len(codes) == 1 else None
