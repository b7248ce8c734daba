"""Two places the NER read as one name ("Lashio and Kyaukme", "Unity and Upper Nile states",
"North and South Kivu", the towns of a dateline "ADEN/RIYADH"), cut in two: a step of
:func:`kg.extract.spans.name_candidates`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb.geo import candidates
from ..kb.geocode import regions_named
from .linking import DIRECTIONS, NER_TYPES, linker_for
from .names import NameDef, name_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

__all__ = ["split_place_pairs"]


def split_place_pairs(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """A span the NER made of two coordinated places ("Lashio and Kyaukme", "Unity and
    Upper Nile states", the towns of a dateline "ADEN/RIYADH") is two places: split when the gazetteer knows both sides, or one
    side and a plural noun of places follows ("... states")."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    linker = None
    place_nouns = name_lexicon().place_nouns
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        ands = [t.i for t in span if t.lower_ in ("and", "&") or t.text == "/"]  # "ADEN/RIYADH (Reuters) —": two datelines' towns
        if span.kb_id_ or c.name is not None or c.long_form is not None or len(ands) != 1 or span.label_ not in NER_TYPES:
            out.append(c)
            continue
        k = ands[0]
        left, right = doc[span.start:k], doc[k + 1:span.end]
        if not len(left) or not len(right) or not left.text[:1].isupper() or not right.text[:1].isupper():
            out.append(c)
            continue
        if linker is None:
            linker = linker_for(doc)

        def place(part: "SpacySpan") -> bool:
            known = linker.lookup(part.text)
            if known is not None:
                return known.kind == "place"
            return bool(candidates(part.text)) or bool(regions_named(part.text))

        if len(left) == 1 and len(right) > 1 and left[0].lower_ in DIRECTIONS and right[0].lower_ in DIRECTIONS:
            # "North and South Kivu": North Kivu and South Kivu
            full = f"{left.text} {right[1:].text}"
            if place(doc[right.start + 1:right.end]) or linker.lookup(full) is not None:
                out.append(Candidate(SpacySpan(doc, left.start, left.end, label="GPE"), NameDef(left.start, left.end, full, (), "GPE")))
                out.append(Candidate(SpacySpan(doc, right.start, right.end, label="GPE")))
                continue
        after = doc[span.end] if span.end < len(doc) else None
        plural_places = after is not None and after.tag_ == "NNS" and after.lemma_.lower() in place_nouns
        sides = [place(left), place(right)]
        if doc[k].text == "/" and not all(sides):
            out.append(c)  # "ISIL/Da'esh": two names of one body
            continue
        if all(sides) or (any(sides) and plural_places) or (_single_words(left, right) and _used_as_place(span)):
            out.append(Candidate(SpacySpan(doc, left.start, left.end, label="GPE")))
            out.append(Candidate(SpacySpan(doc, right.start, right.end, label="GPE")))
        else:
            out.append(c)
    return out


def _single_words(left: "SpacySpan", right: "SpacySpan") -> bool:
    """Both sides one capitalised word, neither an acronym ("Mahas and Moqokori")."""
    from .names import acronym_shaped

    return all(len(side) == 1 and side[0].is_title and not acronym_shaped(side.text) for side in (left, right))


def _used_as_place(span: "SpacySpan") -> bool:
    """Whether the sentence uses the span as a place: object of "in", "from", "near" ...
    or of a verb only places undergo ("withdrew from X and Y", "shelled X and Y")."""
    from .lexicon import PLACE_PREPOSITIONS

    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return True
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in name_lexicon().place_object_verbs
