"""Kinds of organisations the knowledge base lacks: a state body, a news outlet, a
non-governmental organisation or a political party, read from the words of the name and
of its sentences.

spaCy says ``ORG`` for every body; schema.org, and analysts, tell a court, an electoral
commission or a ministry (``GovernmentOrganization``) from a rights group or an
association of doctors (``NGO``) and from a broadcaster or a news agency
(``NewsMediaOrganization``). The words live in ``ontology/lexicon/bodies.toml``:

* :func:`org_types` reads the name: words of a state's bodies ("Supreme Court",
  "Election Commission", "Prosecutor General's Office", "Knesset"), then of outlets ("Radio
  ...", "... Broadcasting Corporation", a name ending "Post" or "Times"), then of parties
  ("... Party"), then of NGOs ("... Association", "Doctors ...", "... for Human Rights"),
  then of a state's forces ("Kenya Defence Forces", "Nigerian Army": only with a
  country's name or people's word in the name) and its units ("22nd Infantry Division",
  "Rapid Intervention Battalion"), with no word of an insurgency's ("Sudan Liberation
  Army" is no state body).
* :func:`kind_from_sentence` reads one mention's sentence: a noun of an outlet before or
  after the name ("the state news agency *X*", "*X* newspaper reported"), or of an NGO in
  apposition or before it ("*X*, a rights group", "the charity *X*").
* :func:`refine_org_kinds` gives every mention of an organisation the NER found the kind
  its name or any of its sentences says (one kind per entity in the article).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..kb.geo import country_by_name
from ..kb.geomacro import territory
from .lexicon import TITLE_HEADS
from .wordlists import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .found import Found

__all__ = ["org_types", "body_noun", "name_words", "body_after_place", "kind_from_sentence", "refine_org_kinds", "load_patterns", "ORG_KINDS"]

#: The kinds this module gives, most specific schema.org class first.
ORG_KINDS: dict[str, tuple[str, ...]] = {
    "government": ("GovernmentOrganization", "Organization"),
    "media": ("NewsMediaOrganization", "Organization"),
    "ngo": ("NGO", "Organization"),
    "party": ("PoliticalParty", "Organization"),
}


def _norm(text: str) -> str:
    return " " + re.sub(r"[\s\u00a0]+", " ", text.lower().replace("’", "'").replace("‘", "'")).strip() + " "


@functools.lru_cache(maxsize=None)
def _pattern(section: str, key: str) -> "re.Pattern[str]":
    """A regex matching any phrase of ``[section] key`` as whole words."""
    phrases = sorted({str(w).lower().replace("’", "'") for w in lexicon("bodies")[section][key]}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])")


def load_patterns() -> None:
    """Compile the patterns :func:`org_types` reads now, not at the first organisation the
    KB lacks (:func:`kg.run.warm_up`: once per process, before workers are forked)."""
    for section, key in (("government", "words"), ("media", "words"), ("ngo", "words"),
                         ("forces", "insurgent"), ("forces", "units"), ("forces", "words")):
        _pattern(section, key)


@functools.lru_cache(maxsize=None)
def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(str(w).lower().replace("’", "'") for w in lexicon("bodies")[section][key])


def _last_word(norm: str) -> str:
    words = re.findall(r"[\w'-]+", norm)
    return words[-1] if words else ""


def _has_country(label: str) -> bool:
    """Whether a word (or up to four) of ``label`` names a country or is its people's word
    ("Kenya Defence Forces", "Nigerian Army", "Armed Forces of the Philippines", "Republic of
    Korea Army")."""
    from ..kb.geo import country_codes

    words = re.findall(r"[\w'’-]+", label)
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        w = re.sub(r"['’]s$", "", w)
        if country_codes(w) or any(country_codes(" ".join([w, *words[i + 1:i + n]])) for n in range(2, min(4, len(words) - i) + 1)):
            return True
        if territory(w) is not None:
            return True  # "Somaliland National Army": a self-declared or autonomous territory's forces
        if _country_demonym(w):
            return True  # "Royal Bhutanese Army": a demonym the world KB has and GeoNames' tables lack
    return False


def _country_demonym(word: str) -> bool:
    """Whether the world knowledge base (rigour's demonyms) has ``word`` as a country's
    people's word ("Bhutanese", "Malagasy")."""
    from ..kb import KnowledgeBase

    return any("Country" in e.types for e in KnowledgeBase.default().demonym_holders(word))


@functools.lru_cache(maxsize=8192)
def org_types(label: str) -> tuple[str, ...] | None:
    """The schema.org types of an organisation the KB lacks, read from its name; None when
    the name says no kind.

    >>> org_types("Supreme Court of Kenya"), org_types("Radio Dabanga")
    (('GovernmentOrganization', 'Organization'), ('NewsMediaOrganization', 'Organization'))
    >>> org_types("Pakistan Medical Association"), org_types("Kenya Defence Forces")
    (('NGO', 'Organization'), ('GovernmentOrganization', 'Organization'))
    >>> org_types("Sudan Liberation Army") is None, org_types("Ambazonia Defence Forces") is None
    (True, True)
    """
    norm = _norm(label)
    if _pattern("government", "words").search(norm) or norm.strip() in _words("government", "alone"):
        return ORG_KINDS["government"]  # "the Supreme Court"; "Congress" by its noun alone
    if any(w.lower() in TITLE_HEADS for w in re.split(r"[\s-]+", label)):
        return None  # a post's office ("Office of the UN High Commissioner for Human Rights"): no rights group
    if _pattern("media", "words").search(norm) or _last_word(norm) in _words("media", "last"):
        return ORG_KINDS["media"]
    if _last_word(norm) in _words("party", "last"):
        return ORG_KINDS["party"]
    if _pattern("ngo", "words").search(norm):
        return ORG_KINDS["ngo"]
    if not _pattern("forces", "insurgent").search(norm) and (
        _pattern("forces", "units").search(norm) or (_pattern("forces", "words").search(norm) and _has_country(label))
    ):
        return ORG_KINDS["government"]  # "Kenya Defence Forces", "22nd Infantry Division"
    return None


def name_words() -> frozenset[str]:
    """The words of news outlets' names (``[media]`` words and last words of bodies.toml:
    "Radio", "Voice", "Daily", "Post"), lower case."""
    return _words("media", "words") | _words("media", "last")


def body_noun(token: "Token") -> bool:
    """Whether ``token`` is a noun of a kind of body ("group", "movement", "agency",
    "broadcaster", "charity": the ``heads`` of names.toml's ``[groups]`` and the nouns of
    outlets and NGOs of ``ontology/lexicon/bodies.toml``), by its lemma or its form."""
    from .names import name_lexicon

    nouns = name_lexicon().group_heads | _words("media", "nouns") | _words("ngo", "nouns")
    return token.pos_ == "NOUN" and (token.lower_ in nouns or token.lemma_.lower() in nouns)


def body_after_place(doc: "Doc", start: int, end: int) -> int | None:
    """The end of a state body's name made of a region's or a town's name (tokens ``start``
    to ``end``; not a country's) and one capitalised word of ``[government] after_place``
    right after it ("*Jammu and Kashmir* Police", "*Punjab* Rangers"), the name's last
    word; None when none follows."""

    if end >= len(doc) or country_by_name(doc[start:end].text) is not None:
        return None  # "the Bangladesh Government": a country's body, read with the country beside it (events.groups)
    word = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if not word.text[:1].isupper() or word.lower_ not in _words("government", "after_place"):
        return None
    if after is not None and (after.text[:1].isupper() or after.lower_ == "of" or after.pos_ in ("NOUN", "PROPN")):
        return None  # "Punjab Police Department", "the Goma army barracks": a longer name, or a noun's modifier
    return end + 1


def kind_from_sentence(tokens: "SpacySpan") -> str | None:
    """The kind of organisation one mention's sentence says the name ``tokens`` is
    (``"media"``, ``"ngo"``, ``"government"``), or None: a noun of an outlet right before the name ("the
    state news agency *SUNA*", "broadcaster *X*") or right after it ("*Dawn* newspaper"),
    or a noun of an NGO in apposition to it or right before it ("*X*, a rights group
    that ...", "the charity *X*"), or members of a state's forces before it ("police
    officers from the *X*", "soldiers of the *X*": :func:`_members_of_a_force`)."""
    doc = tokens.doc
    media, ngo = _words("media", "nouns"), _words("ngo", "nouns")
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if before is not None and before.is_lower:
        if before.lower_ in media or (before.lower_ == "agency" and tokens.start > 1 and doc[tokens.start - 2].lower_ in _words("media", "agency_words")):
            return "media"
        two = f"{doc[tokens.start - 2].lower_} {before.lower_}" if tokens.start > 1 else before.lower_
        if before.lower_ in ngo or two in ngo:
            return "ngo"
    if after is not None and after.is_lower and after.lower_ in media and after.pos_ in ("NOUN", "PROPN"):
        return "media"
    if _members_of_a_force(tokens):
        return "government"
    for child in tokens.root.children:
        if child.dep_ != "appos" or child.i < tokens.end:
            continue
        words = [t for t in child.subtree if t.i <= child.i and t.is_alpha and t.dep_ not in ("det",)]
        phrase = " ".join(t.lower_ for t in words[-2:])
        if child.lower_ in ngo or phrase in ngo:
            return "ngo"
        if child.lower_ in media or phrase in ("news agency", "press agency"):
            return "media"
    return None


def _members_of_a_force(tokens: "SpacySpan") -> bool:
    """Whether the name is the unit that members of a state's forces belong to ("police
    officers *from* the X", "soldiers *of* the X"; ``[forces] members`` of bodies.toml),
    with no word of an insurgency in it ("fighters of the X Liberation Army" are none)."""
    root = tokens.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "of") or prep.i >= tokens.start:
        return False
    member = prep.head
    members = _words("forces", "members")
    words = {member.lower_, member.lemma_.lower()}
    words |= {f"{c.lower_} {w}" for c in member.children if c.dep_ in ("compound", "amod") for w in tuple(words)}
    return bool(words & members) and not _pattern("forces", "insurgent").search(_norm(tokens.text))


def refine_org_kinds(found: Iterable["Found"]) -> None:
    """Give each organisation only the NER found (typed plain ``Organization``) the kind
    its sentences say (:func:`kind_from_sentence`), for every mention of it: one kind per
    entity in the article. The name's own kind (:func:`org_types`, at typing) stands."""
    found = list(found)
    kinds: dict[str, str] = {}
    for f in found:
        e = f.entity
        if e is None or e.kind != "organization" or e.link_source == "kb" or e.types[:1] != ("Organization",):
            continue
        kind = kind_from_sentence(f.tokens)
        if kind is not None:
            kinds.setdefault(e.key, kind)
    if not kinds:
        return
    for f in found:
        e = f.entity
        if e is not None and e.key in kinds and e.link_source != "kb" and e.types[:1] == ("Organization",):
            f.entity = replace(e, types=ORG_KINDS[kinds[e.key]])
