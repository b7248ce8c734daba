"""Two places the NER read as one name ("Lashio and Kyaukme", "Unity and Upper Nile states",
"North and South Kivu", the towns of a dateline "ADEN/RIYADH"), cut in two; one region's
name of two parts joined by "and" that the NER read as two, or as one it would cut
("Sistan and Baluchistan" for the KB's Sistan and Baluchestan), kept or made whole; a town
the NER missed after a noun of settlements ("the Kyrgyz town of Batken"); a small word
written with a capital in running text before a place, the first word of its name ("In
Amenas", "In Guezzam"); the word "Town" the NER cut off a place's name ("Denham Town"); a place's name of words joined
by hyphens or dashes that the NER cut at one ("Rostov-on-Don", "Kabardino–Balkaria"): steps of
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

    from .linking import Linker
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

__all__ = ["hyphenated_places", "split_place_pairs", "join_region_halves", "towns_after_place_nouns", "region_of_two_parts", "take_in_capital_small_words", "take_in_town_word"]


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
        if linker is None:
            linker = linker_for(doc)
        if region_of_two_parts(linker, span.text):
            out.append(c)  # "Sistan and Baluchistan": one region, spelled otherwise than the KB
            continue
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


def region_of_two_parts(linker: "Linker", text: str) -> bool:
    """Whether ``text``, two capitalised parts joined by "and", is the name of one first-level
    region of the KB in another spelling ("Sistan and Baluchistan", "Chahar Mahaal and
    Bakhtiari", "Kohkiloyeh and Boyer-Ahmad"): the :func:`~kg.kb.geo.spelling_skeleton` of
    one region's name, its kind word left out (:func:`kg.extract.placing.region_skeletons`)."""
    from ..kb.geo import spelling_skeleton
    from .placing import region_skeletons, without_kind_word

    words = text.split()
    if linker.kb is None or "and" not in words[1:-1] or not all(w[:1].isupper() for w in (words[0], words[-1])):
        return False
    return len(region_skeletons(linker.kb).get(spelling_skeleton(without_kind_word(text)), ())) == 1


def join_region_halves(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """Two place names joined by "and" that together spell one KB region otherwise than the
    KB ("Sistan" and "Baluchistan": Sistan and Baluchestan; the right half alone may even be
    a namesake region abroad, Pakistan's Balochistan) become one name."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    ordered = sorted(cands, key=lambda c: (c.span.start, c.span.end))
    out: list[Candidate] = []
    linker = None
    for c in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.name is None and c.name is None and prev.long_form is None and c.long_form is None
            and prev.span.label_ in ("GPE", "LOC", "PERSON", "ORG") and c.span.label_ in ("GPE", "LOC", "PERSON", "ORG")
            and c.span.start == prev.span.end + 1 and doc[prev.span.end].lower_ in ("and", "&")
        ):
            if linker is None:
                linker = linker_for(doc)
            if region_of_two_parts(linker, doc[prev.span.start:c.span.end].text):
                out[-1] = Candidate(SpacySpan(doc, prev.span.start, c.span.end, label="GPE"))
                continue
        out.append(c)
    return out


def towns_after_place_nouns(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """A capitalised name right after "the (...) town/city/village of", "the outskirts of"
    or "residents of" that no candidate covers and the gazetteer has a town of ("the
    Kyrgyz town of Batken", "residents of Lere"): a place the NER missed. The nouns are
    ``settlement_nouns`` of names.toml's ``[places]``; only the article's "of"s are read
    (:func:`kg.extract.doctext.positions_by_text`)."""
    from spacy.tokens import Span as SpacySpan

    from .doctext import positions_by_text
    from .spans import Candidate
    from .wordlists import lexicon

    nouns = frozenset(str(w).lower() for w in lexicon("names")["places"]["settlement_nouns"])

    taken = {i for c in cands for i in range(c.span.start, c.span.end)}
    added: list[Candidate] = []
    for i in positions_by_text(doc, lower=True).get("of", ()):
        t = doc[i]
        if t.i < 1 or doc[t.i - 1].lower_ not in nouns or t.i + 1 >= len(doc):
            continue
        start = end = t.i + 1
        while end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN" and end - start < 4:
            end += 1
        if end == start or start in taken or (end < len(doc) and end in taken):
            continue
        if candidates(doc[start:end].text):
            added.append(Candidate(SpacySpan(doc, start, end, label="GPE")))
    return cands + added if added else cands


def take_in_capital_small_words(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """A place's name begun with a small word the NER read as a preposition or article ("In
    Amenas", "In Salah", "In Guezzam", Tuareg towns of the Sahara): a stop word written with
    a capital inside a sentence of running text (not a title-case headline) right before a
    name is its first word, when the NER read the name as a place or the gazetteer has a
    town of the whole name."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import index_key
    from .spans import Candidate

    starts = {c.span.start for c in cands}
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        i = span.start - 1
        before = doc[i] if i >= 0 else None
        if (
            before is None or before.is_sent_start or not before.is_stop or not before.is_title or len(before.text) < 2
            or span.kb_id_ or c.name is not None or c.long_form is not None or (i in starts)
            or not any(t.is_alpha and t.is_lower and len(t) > 3 for t in span.sent)  # a headline in title case
        ):
            out.append(c)
            continue
        whole = doc[i:span.end].text
        key = index_key(whole)
        town = any(index_key(m.name) == key for m in candidates(whole))
        if town or span.label_ in ("GPE", "LOC", "FAC"):
            out.append(Candidate(SpacySpan(doc, i, span.end, label="GPE")))
        else:
            out.append(c)
    return out


#: Words written with a capital right after a place's name that end the name ("Denham *Town*").
_NAME_END_WORDS = ("Town",)


def take_in_town_word(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """A place's name ending in "Town" that the NER cut before that word ("the Denham Town
    area", "Rose Town"): "Town" written with a capital inside a sentence right after a name
    the NER read as a place, no KB entity, and not itself part of another name, is the
    name's last word (a neighbourhood or a town named so: "Spanish Town", "George Town")."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    taken = {i for c in cands for i in range(c.span.start, c.span.end)}
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        after = doc[span.end] if span.end < len(doc) else None
        if (
            after is None or after.text not in _NAME_END_WORDS or after.i in taken or after.is_sent_start
            or span.label_ not in ("GPE", "LOC", "FAC") or span.kb_id_ or c.name is not None or c.long_form is not None
            or (after.i + 1 < len(doc) and doc[after.i + 1].text[:1].isupper() and doc[after.i + 1].is_alpha)
        ):
            out.append(c)
            continue
        out.append(Candidate(SpacySpan(doc, span.start, span.end + 1, label=span.label_)))
    return out


#: Marks that join the words of one place's name written close ("Rostov-on-Don", "Kabardino–Balkaria").
_NAME_JOINS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _joined_run(doc: "Doc", i: int) -> tuple[int, int]:
    """The run of words written close around token ``i`` and joined by a hyphen or a dash."""
    start = end = i
    while start >= 2 and doc[start - 1].text in _NAME_JOINS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in _NAME_JOINS and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
        end += 2
    return start, end + 1


def hyphenated_places(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """A place's name of words joined by hyphens or dashes, written close, that the NER cut at
    one of them or read in pieces ("*Rostov*-on-Don", "*Komsomolsk*-on-Amur",
    "Kabardino–Balkaria" as two people), or read whole as a body ("Karachay-Cherkessia" an
    organisation): the whole run is one place when the gazetteer has a
    town of that very name (:func:`~kg.kb.geo.candidates`, its key equal), the KB a place so
    named, or one KB region so spelled otherwise (:func:`region_of_two_parts`' skeleton: the
    KB's "Kabardino-Balkariya"; or each part beginning one of its parts,
    :func:`~kg.extract.placing.regions_by_parts`: "Karachay-Cherkessia"). The run begins and ends with a capitalised word; the NER's
    pieces of it give way, unless one is a quoted nickname's or a long form's name. Two places
    so joined that are no one place's name stay two ("the Addis Ababa–Djibouti railway")."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import index_key, spelling_skeleton
    from .placing import region_skeletons, regions_by_parts, without_kind_word
    from .spans import Candidate

    linker = None
    for c in list(cands):
        if c not in cands:
            continue
        span = c.span
        start, _ = _joined_run(doc, span.start)
        _, end = _joined_run(doc, span.end - 1)
        if not doc[start].is_title or not doc[end - 1].is_title or not any(doc[i].text in _NAME_JOINS for i in range(start, end)):
            continue  # no run of joined words ("Naw Mya Thai" is three words apart)
        if (start, end) == (span.start, span.end) and (span.label_ in ("GPE", "LOC", "FAC") or span.kb_id_):
            continue  # the NER read the whole run as a place already
        over = [o for o in cands if o.span.start < end and start < o.span.end]
        if any(o.name is not None or o.long_form is not None or o.span.start < start or o.span.end > end for o in over):
            continue
        whole = doc[start:end].text
        key = index_key(whole)
        if linker is None:
            linker = linker_for(doc)
        known = linker.lookup(whole)
        # a run the NER read whole as a body or person is a place only by its parts, each
        # beginning one of a region's ("Karachay-Cherkessia"), not by a skeleton of the whole
        # that a name of another shape may share
        whole_read = (start, end) == (span.start, span.end)
        place = (
            (known is not None and known.kind == "place")
            or any(index_key(m.name) == key for m in candidates(whole))
            or (
                known is None and linker.kb is not None
                and len(([] if whole_read else region_skeletons(linker.kb).get(spelling_skeleton(without_kind_word(whole)), []))
                        or regions_by_parts(linker.kb, whole)) == 1
            )
        )
        if not place:
            continue
        cands = [o for o in cands if o not in over]
        cands.append(Candidate(SpacySpan(doc, start, end, label="GPE")))
    return cands
