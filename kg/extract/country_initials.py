"""A country named by the initials of its name: "KSA" (Kingdom of Saudi Arabia), "PRC",
"DPRK", "RSA", "PNG" — abbreviations the knowledge base may lack and the NER reads as an
organisation's acronym.

The initials are made from the country names the gazetteer tables carry (GeoNames, ISO
3166 and kg's own, :func:`kg.kb.geo.country_forms`): the first letters of the capitalised
words of a name of three such words or more, every other word being "of", "the" or "and"
("Kingdom of Saudi Arabia": KSA). Initials two countries share name neither. Initials
may also be some body's acronym ("IRA" is the Irish Republican Army and the Islamic
Republic of Afghanistan's initials): they are taken for the country only in an article that
names the country otherwise too (:func:`country_by_initials`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection

__all__ = ["country_by_initials"]

_LINKS = frozenset({"of", "the", "and"})


@functools.lru_cache(maxsize=1)
def _initials() -> dict[str, str]:
    """Initials of three letters or more -> the ISO alpha-2 code of the one country they
    abbreviate."""
    from ..kb.geo import country_forms

    found: dict[str, set[str]] = {}
    for name, codes in country_forms()[0].items():
        words = [w for w in re.split(r"[\s\-]+", name) if w]
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) < 3 or any(w.lower() not in _LINKS for w in words if not w[:1].isupper()):
            continue
        found.setdefault("".join(w[0] for w in capitals), set()).update(codes)
    return {initials: next(iter(codes)) for initials, codes in found.items() if len(codes) == 1}


def country_by_initials(text: str, named: Collection[str]) -> str | None:
    """The ISO alpha-2 code of the country ``text`` gives the initials of, when ``named``
    (the codes of the countries the article names otherwise) holds it; else None.

    >>> country_by_initials("KSA", ["SA", "YE"]), country_by_initials("KSA", ["YE"])
    ('SA', None)
    >>> country_by_initials("PRC", ["CN"]), country_by_initials("Prc", ["CN"])
    ('CN', None)
    """
    if len(text) < 3 or not text.isalpha() or not text.isupper():
        return None
    code = _initials().get(text)
    return code if code is not None and code in named else None
