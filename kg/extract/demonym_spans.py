"""Demonyms of several words the NER cuts or mislabels ("*Sri* / *Lankan*": a place and a
people, "*Sierra Leonean*": a person, "Equatorial *Guinean*": another country's people):
one ``NORP`` entity over the whole demonym, as the KB's country forms write it
(:func:`kg.kb.geo.country_forms`). Used by :func:`kg.extract.entities.extract_entities`
before the names are read, as :func:`kg.extract.counted_peoples.relabel_counted_peoples`.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["relabel_long_demonyms"]


@functools.lru_cache(maxsize=1)
def _long_demonyms() -> dict[str, tuple[str, ...]]:
    """The demonyms of two or more words the KB knows, by their first word: "sri" ->
    ("sri lankan",)."""
    from ..kb.geo import country_forms

    out: dict[str, list[str]] = {}
    for demonym in country_forms()[1]:
        words = demonym.split()
        if len(words) > 1 and demonym[:1].isupper():
            out.setdefault(words[0].lower(), []).append(" ".join(words).lower())
    return {first: tuple(sorted(forms, key=lambda f: -len(f.split()))) for first, forms in out.items()}


@functools.lru_cache(maxsize=1)
def _first_word_ids() -> frozenset[int]:
    """The string ids (spaCy's hashes, as ``Token.lower``) of the first words of
    :func:`_long_demonyms`."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(first) for first in _long_demonyms())


def relabel_long_demonyms(doc: "Doc") -> None:
    """Make each capitalised demonym of several words ("Sri Lankan President X") one
    ``NORP`` entity of ``doc.ents``, in place of the NER's entities that lie inside it; a
    demonym a longer name holds ("the Sri Lankan Army", an entity running past it) is left
    to that name."""
    from spacy.attrs import LOWER
    from spacy.tokens import Span as SpacySpan

    forms = _long_demonyms()
    firsts = _first_word_ids()
    ents = list(doc.ents)
    changed = False
    # only the tokens whose lower-case form begins a demonym become Token objects
    for i in [i for i, lower in enumerate(doc.to_array(LOWER).tolist() if len(doc) else []) if lower in firsts]:
        t = doc[i]
        if not t.text[:1].isupper() or t.lower_ not in forms:
            continue
        for form in forms[t.lower_]:
            start, end = t.i, t.i + len(form.split())
            if end > len(doc) or doc[start:end].text.lower() != form or not all(w.text[:1].isupper() for w in doc[start:end]):
                continue
            inside = [e for e in ents if start <= e.start and e.end <= end]
            crossing = [e for e in ents if e.start < end and start < e.end and not (start <= e.start and e.end <= end)]
            whole = len(inside) == 1 and inside[0].label_ == "NORP" and (inside[0].start, inside[0].end) == (start, end)
            if not crossing and not whole and not any(e.kb_id_ for e in inside):
                ents = [e for e in ents if e not in inside] + [SpacySpan(doc, start, end, label="NORP")]
                changed = True
            break
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
