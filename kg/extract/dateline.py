"""Datelines: where a news story was filed ("DOHA, Qatar (AP) —", "KHARTOUM —").

One reading of datelines for every step that needs one: the speakers and subjects of
:mod:`kg.extract.speech` (a dateline is never a speaker), the names of
:mod:`kg.extract.entities` (a dateline's town is no actor), and the geography of
:mod:`kg.extract.geocontext` (the dateline names the story's country).

A dateline opens the article or one of its paragraphs: a place in capitals ("PORT-AU-PRINCE",
"GAZA CITY"), or at the very start of the article a place written in title case ("Juba,
South Sudan –"); then, after commas, a region or country ("Sudan", "North Kivu, Congo") or
a date ("25 April"); maybe an agency in brackets ("(AP)"); a dash; and a sentence that
starts ("NATO — the alliance — met" and "Kabul — the Taliban said —" are none).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .spans import Candidate

__all__ = ["Dateline", "datelines", "dateline_spans", "parse_dateline", "opening_dateline", "in_dateline", "cut_at_datelines"]

_CAPS_TOWN = r"[A-Z][A-Z'’.\-]+(?:[ \-][A-Z][A-Z'’.\-]*)*"
_TITLE_TOWN = r"[A-Z][a-z'’.\-]+(?:[ \-][A-Z][a-z'’.\-]+)*"
_WHERE = r"[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|of|the|and|de|du|des|la|el|al))*"
_DATE = r"\d{1,2}[ \t]+[A-Z][a-z]+\.?(?:[ \t]+\d{4})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?"
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<dl>(?P<town>" + _CAPS_TOWN + "|" + _TITLE_TOWN + r")"
    r"(?:[ \t]*,[ \t]*(?:(?:" + _DATE + r")|(?P<where>" + _WHERE + r"))){0,3}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+--?|[ \t]*[—–])[ \t]+)"  # a hyphen between spaces, not "Prosecutor-General"
    r"(?=[A-Z“\"‘'\d])"
)


class Dateline(NamedTuple):
    """A dateline: its character span, its town as written and where (the last region or
    country named after the town, if any)."""

    start: int
    end: int
    town: str
    where: str | None
    town_start: int


def datelines(text: str) -> list[Dateline]:
    """The datelines that open ``text`` or its paragraphs (a title-case town only at the
    start of ``text``).

    >>> [(d.town, d.where) for d in datelines("GOMA, North Kivu, Congo (AP) — M23 entered.")]
    [('GOMA', 'Congo')]
    >>> [(d.town, d.where) for d in datelines("Juba, South Sudan – The UN mission said.")]
    [('Juba', 'South Sudan')]
    >>> datelines("Intro.\\nJuba – The UN said.")
    []
    """
    out = []
    for m in _DATELINE.finditer(text):
        town = m.group("town")
        at_start = not text[: m.start("dl")].strip()
        if not town.isupper() and not at_start:
            continue  # a title-case town opens the article only
        if not town.isupper() and re.search(r"\s", town) is None and m.group("where") is None and "(" not in m.group("dl"):
            # "Hamas — The group said": a lone title-case word and a dash is no dateline
            continue
        where = m.group("where")
        out.append(Dateline(m.start("dl"), m.end("dl"), town.strip(), where.strip() if where else None, m.start("town")))
    return out


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines that open ``text`` or its paragraphs.

    >>> text = "KHARTOUM, Sudan (AP) — The army said it held the bridge."
    >>> [text[s:e] for s, e in dateline_spans(text)]
    ['KHARTOUM, Sudan (AP) — ']
    >>> dateline_spans("The UN said — again — that aid was blocked."), dateline_spans("NATO — the alliance — met.")
    ([], [])
    """
    return [(d.start, d.end) for d in datelines(text)]


def parse_dateline(text: str) -> tuple[str, str | None] | None:
    """The town and the country or region of the dateline that opens ``text``.

    >>> parse_dateline("KHARTOUM, Sudan (AP) — The army said ...")
    ('KHARTOUM', 'Sudan')
    >>> parse_dateline("KYIV (Reuters) - Russia launched ...")
    ('KYIV', None)
    >>> parse_dateline("NEW YORK, 25 April (UN) — The Security Council ...")
    ('NEW YORK', None)
    >>> parse_dateline("Azerbaijan on Tuesday announced ...") is None
    True
    """
    found = datelines(text[:300])
    if not found or text[: found[0].start].strip():
        return None
    return found[0].town, found[0].where


_KEY = "kg.datelines"


def _doc_datelines(doc: "Doc") -> list[Dateline]:
    """The datelines of ``doc``, read once and kept with it (as plain tuples, which any
    serialisation of ``user_data`` keeps)."""
    return [Dateline(*d) for d in _kept_datelines(doc)]


def _kept_datelines(doc: "Doc") -> list[tuple]:  # type: ignore[type-arg]
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = [tuple(d) for d in datelines(doc_text(doc))]
    return found


def opening_dateline(doc: "Doc") -> Dateline | None:
    """The dateline that opens the article ``doc`` (:func:`parse_dateline` of its text)."""
    found = _doc_datelines(doc)
    return found[0] if found and not doc_text(doc)[: found[0].start].strip() else None


def in_dateline(tokens: "Token | Span") -> bool:
    """Whether a token or name span is part of a dateline (never a speaker, a subject or
    an actor: a place, whatever the parse makes of the sentence after it)."""
    found = _kept_datelines(tokens.doc)  # (asked of every subject and actor: no Dateline made)
    if not found:
        return False
    at = tokens.idx if hasattr(tokens, "idx") else tokens.start_char
    return any(d[0] <= at < d[1] for d in found)  # (start, end, ...: Dateline's fields in order)


def cut_at_datelines(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """``cands`` with every name span that runs on over the end of a dateline cut there: the
    NER reads "HARARE - Zimbabwe's army chief" or "ASHGABAT - Turkmen President" as one name
    when a plain hyphen ends the dateline. The dateline's town becomes a place of its own and
    the words after the dash a name of their own (a people's word when it is one lone word
    the NER took for a person's or a body's: "Turkmen", "Malian")."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    found = _kept_datelines(doc)
    if not found:
        return cands
    out: list["Candidate"] = []
    for c in cands:
        span = c.span
        cut = next((d for d in found if span.start_char < d[1] < span.end_char and d[4] <= span.start_char), None)
        if cut is None or c.name is not None:
            out.append(c)
            continue
        town = doc.char_span(cut[4], cut[4] + len(cut[2]), label="GPE")
        rest = [t for t in span if t.idx >= cut[1]]
        if town is not None and town.start >= span.start:
            out.append(Candidate(town))
        if rest:
            label = span.label_
            if len(rest) == 1 and label in ("PERSON", "ORG") and rest[0].dep_ in ("amod", "compound"):
                label = "NORP"  # "Turkmen President ...": a people's word before a title
            out.append(Candidate(SpacySpan(doc, rest[0].i, rest[-1].i + 1, label=label)))
    return out
