"""Names the NER misses or cuts because of how they are written: a chain of words joined by
hyphened Urdu, Persian or Arabic links ("Sipah-e-Sahaba", "Jamaat-ul-Ahrar",
"Jamaat-e-Islami", "Pul-i-Khumri", which the NER reads as a people "Jamaat", a time, or not at
all), and an administrative unit whose kind word comes first ("County Kerry", which it reads as
a person "Kerry", or as "south County"); and the second part of a region's name written with
an en dash ("X–Y"), which it reads as a town of its own.

The links are ``hyphen_joined`` and ``words`` of ``[particles]`` in
``ontology/lexicon/names.toml``; the kind words ``unit_first`` of its ``[places]``. A chain the
NER already holds whole, as a body, place or person, is left as it is ("Zia-ul-Haq" is a man).

Split from :mod:`kg.extract.spans` (the step of finding names the NER did not read whole).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .names import name_lexicon, word_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .spans import Candidate

__all__ = ["chain_names", "en_dash_tails", "unit_first_names"]

# Prepositions after which a chained name the NER did not read is a place ("in Pul-i-Khumri"),
# not a body ("members of Sipah-e-Sahaba", "belong to Jamaat-ul-Ahrar").
_AT_PLACE = frozenset({"in", "at", "near", "outside", "around", "into", "from", "towards", "toward"})
_KEPT = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})


def _links() -> frozenset[str]:
    lex = name_lexicon()
    return lex.hyphen_joined | (lex.particles - lex.hyphen_only)


def _capital_word(text: str) -> bool:
    return text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha()


def _chain_end(doc: "Doc", i: int, links: frozenset[str]) -> int | None:
    """The end of a chain "Word-link-Word[-link-Word...]" that starts at token ``i``, or None."""
    t = doc[i]
    if not t.text[:1].isupper():
        return None  # a chain starts with a capitalised word (most tokens end here)
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return None  # inside a chain already
    parts = t.text.split("-")
    if len(parts) >= 3 and _capital_word(parts[0]) and _one_token_chain(parts, links):
        return i + 1  # "Tehreek-e-Insaf" as one token
    if not _capital_word(t.text) or t.whitespace_:
        return None
    end = i + 1
    n = len(doc)
    while (
        end + 2 < n and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].lower_ in links
        and doc[end + 1].is_lower and not doc[end + 1].whitespace_ and doc[end + 2].text == "-"
        and not doc[end + 2].whitespace_ and end + 3 <= n - 1 and _capital_word(doc[end + 3].text)
    ):
        end += 4
    return end if end > i + 1 else None


def _one_token_chain(parts: list[str], links: frozenset[str]) -> bool:
    return all(
        (k % 2 == 1 and p in links) or (k % 2 == 0 and _capital_word(p)) for k, p in enumerate(parts)
    ) and len(parts) % 2 == 1


def chain_names(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """``cands`` with the hyphen-linked chains the NER missed or cut as names.

    A chain no candidate holds whole becomes one name: of the kind of the place the NER read
    in it ("Qala" GPE in "Qala-i-Jangi"), else a place after a preposition of place, else a
    body. The NER's pieces of it (a people "Jamaat", a time "Tehreek-e-Insaf") give way.
    """
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    links = _links()
    i, n = 0, len(doc)
    while i < n:
        end = _chain_end(doc, i, links)
        if end is None:
            i += 1
            continue
        over = [c for c in cands if c.span.start < end and i < c.span.end]
        whole = any(c.span.start <= i and c.span.end >= end and c.span.label_ in _KEPT for c in over)
        if whole or any(c.name is not None or c.span.label_ == "PERSON" or c.span.kb_id_ for c in over):
            i = end
            continue
        start = min([i, *(c.span.start for c in over if c.span.label_ in _KEPT)])
        stop = max([end, *(c.span.end for c in over if c.span.label_ in _KEPT)])
        placed = [c.span.label_ for c in over if c.span.label_ in ("GPE", "LOC", "FAC")]
        before = doc[start - 1].lower_ if start > 0 else ""
        if before == "the" and start > 1:
            before = doc[start - 2].lower_
        label = placed[0] if placed else ("GPE" if before in _AT_PLACE else "ORG")
        cands = [c for c in cands if c not in over]
        cands.append(Candidate(SpacySpan(doc, start, stop, label=label)))
        i = end
    return cands


def unit_first_names(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """``cands`` with "County X" as one unit's name: the NER's "X" (a person) or "south
    County" give way to it, unless the knowledge base knows a name there."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    first = name_lexicon().unit_first
    n = len(doc)
    for i, t in enumerate(doc):
        if not (t.text[:1].isupper() and word_key(t.text) in first and i + 1 < n and t.whitespace_):
            continue
        end = i + 1
        while end < n and _capital_word(doc[end].text) and doc[end].pos_ == "PROPN" and word_key(doc[end].text) not in first:
            end += 1
            if not doc[end - 1].whitespace_:
                break
        if end == i + 1 or end - i > 3:
            continue
        over = [c for c in cands if c.span.start < end and i < c.span.end]
        if any(c.span.kb_id_ or c.name is not None or c.span.end > end for c in over):
            continue
        if any(c.span.start < i and not all(doc[k].is_lower for k in range(c.span.start, i)) for c in over):
            continue  # "North County X": a name that begins before the kind word is another name
        cands = [c for c in cands if c not in over]
        cands.append(Candidate(SpacySpan(doc, i, end, label="GPE")))
    return cands


def en_dash_tails(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """``cands`` without the second part of a place's name written with an en dash
    (a republic "X–Y" whose "Y" no gazetteer names) when the gazetteer knows no town, country
    or KB name written so (not a namesake spelled otherwise, "Alanya"): it is no town of its own. Two known places so joined stay two
    ("the Kyrgyzstan–Tajikistan border", "the Addis Ababa–Djibouti railway")."""
    from ..kb.geo import candidates as towns_named, country_by_name

    ordered = sorted(cands, key=lambda c: (c.span.start, c.span.end))
    out: list["Candidate"] = []
    for c in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None and c.name is None and prev.span.label_ in ("GPE", "LOC") and c.span.label_ in ("GPE", "LOC", "PERSON")
            and c.span.start == prev.span.end + 1 and doc[prev.span.end].text == "–"
            and not doc[prev.span.end - 1].whitespace_ and not doc[prev.span.end].whitespace_
            and not c.span.kb_id_ and country_by_name(c.span.text) is None
            and not any(m.name.casefold() == c.span.text.casefold() for m in towns_named(c.span.text))
        ):
            continue
        out.append(c)
    return out
