"""Named sites written with a lower-case site noun: "the Sheraton hotel", "the Kamal Adwan
hospital", "the Abu Shouk camp", "the Kati military camp", "the Kakuma refugee camp", "the
Imam Ali mosque" (a title before the name is the site's: :func:`titled_site`).

The NER leaves the noun out of the name and types what is left by its look: a person's
name ("Kamal Adwan"), a channel's ("Al-Jazeera"). A name written right before a site's noun
(``[places] heads`` of ``ontology/lexicon/names.toml``: hotel, hospital, camp, market,
prison, bridge, ...), with at most two lower-case words between ("refugee", "military",
"secondary"), names the site, a place. Not after "a"/"an" ("a JNIM base" is a base of JNIM),
not an acronym ("the SAF base"), not possessive ("X's hospital").

A venue's noun (``[places] venue_nouns``: hotel, cafe, nightclub, bakery, market, mosque,
concert hall, ...) makes a venue of the name before it after "the" even when the NER
labelled that name a body's or a person's ("the Cappuccino cafe": ORG, "the Serena hotel":
PERSON; :func:`site_label`), unless the KB knows the name, it is an acronym or it holds a
body's word; and such a name is no town a gazetteer has by that name elsewhere
(:func:`names_venue`, read by the entity typing).

A district written so ("the Karongi district") is found the same way when the GeoNames
table of second-level divisions has its name (:func:`unnamed_divisions`).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .doctext import positions_by_text, tokens_written
from .lexicon import is_title_word
from .names import acronym_shaped, is_title, word_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .spans import Candidate
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

@functools.lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """The nouns of sites written lower-case after a name: ``[places] heads`` and
    ``[places] site_nouns`` of ``ontology/lexicon/names.toml``."""
    from .names import name_lexicon
    from .wordlists import lexicon

    return name_lexicon().site_heads | frozenset(w.lower() for w in lexicon("names")["places"].get("site_nouns", []))


@functools.lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    """The nouns of venues open to the public ("hotel", "cafe", "nightclub", "market",
    "mosque"): ``[places] venue_nouns`` of ``ontology/lexicon/names.toml``."""
    from .wordlists import lexicon

    return frozenset(w.lower() for w in lexicon("names")["places"].get("venue_nouns", []))


def venue_noun_after(tokens: "SpacySpan") -> "Token | None":
    """The venue's noun written right after the name ``tokens`` ("the Splendid *hotel*", "the
    Kuta *nightclub*": :func:`site_noun_after`, a noun of :func:`venue_nouns`), or ``None``."""
    noun = site_noun_after(tokens)
    return noun if noun is not None and word_key(noun.text) in venue_nouns() else None


def names_venue(tokens: "SpacySpan", ner_label: str) -> bool:
    """Whether the name ``tokens``, read as ``ner_label``, is a venue's, no town's: a site's
    (``FAC``) right before a venue's noun ("the Serena *hotel*"), or a town's (``GPE``) right
    before a venue's noun that heads its phrase ("the Westgate *mall* in Nairobi"; not "the
    Christchurch mosque *shootings*": shootings at the town's mosques)."""
    if ner_label not in ("FAC", "GPE"):
        return False
    noun = venue_noun_after(tokens)
    return noun is not None and (ner_label == "FAC" or noun.dep_ != "compound")


@functools.lru_cache(maxsize=1)
def _not_site_names() -> frozenset[str]:
    """Words the NER labels NORP that name peoples, faiths and countries' people ("the
    Rohingya camp", "the Sunni mosque", "the Somali market"), never a site."""
    from ..kb.geo import country_forms
    from .names import name_lexicon
    from .nonnames import nonname_lexicon

    demonyms = frozenset(w.lower() for w in country_forms()[1])
    faiths = frozenset(w[:-1] for w in name_lexicon().faiths if w.endswith("s"))
    return demonyms | faiths | nonname_lexicon().peoples


#: The NER's labels for unknown names that a site's name may carry ("the Ngaragba prison":
#: NORP, "the Mitiga airport": PRODUCT); not dates, numbers or languages.
_ODD_LABELS = ("", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC")


#: Lower-case words a site's noun may follow the name by ("the X military hospital").
MAX_BETWEEN = 2
#: Determiners before the name that make it a kind, not a site's name ("a X base").
_INDEFINITE = ("a", "an", "another", "every", "each", "any", "one")


def site_noun_after(tokens: "SpacySpan") -> "Token | None":
    """The lower-case site noun written right after the name ``tokens`` ("the Villa Rosa
    *hotel*", "the Kati military *camp*"), or ``None``.

    The noun is singular, in ``[places] heads``; the words between it and the name are
    lower-case nouns or adjectives (at most :data:`MAX_BETWEEN`).
    """
    doc = tokens.doc
    if tokens.start > 0 and doc[tokens.start - 1].lower_ in _INDEFINITE:
        return None
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and acronym_shaped(words[0].text):
        return None
    if any(t.lower_ in _not_site_names() for t in words):
        return None  # "the Fulani cattle market": a people's market, no site's name
    heads = site_nouns()
    for i in range(tokens.end, min(tokens.end + MAX_BETWEEN + 1, len(doc))):
        t = doc[i]
        if not t.is_alpha or not t.is_lower:
            return None
        if word_key(t.text) in heads and t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNS":
            return t
        if t.pos_ not in ("NOUN", "ADJ"):
            return None
    return None


def unnamed_sites(doc: "Doc", taken: set[int]) -> list["SpacySpan"]:
    """Sites the NER did not find: capitalised proper nouns after "the" (or a place's
    preposition) and right before a lower-case site noun ("the Bakara market", "near the
    Iftin secondary school", "at Dadaab refugee camp"), outside every name found
    (``taken``: token indices) and every entity of the NER (no "the Sunday market").
    The noun is lower case, whatever the tagger made of it ("to X *airport*", tagged a proper
    noun after the name). Each comes back as a ``FAC`` span.
    """
    from spacy.tokens import Span as SpacySpan

    from .names import word_key

    heads = site_nouns()
    out: list[SpacySpan] = []
    # only the words written as a site's noun become Token objects (each distinct word asked once)
    for noun in (doc[i] for i in sorted(i for text, at in positions_by_text(doc).items() if word_key(text) in heads for i in at)):
        if not noun.is_lower or noun.tag_ in ("NNS", "NNPS") or noun.pos_ not in ("NOUN", "PROPN") or word_key(noun.text) not in heads:
            continue
        end = noun.i
        while end > noun.i - MAX_BETWEEN and end > 0 and doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 1].pos_ in ("NOUN", "ADJ"):
            end -= 1
        start = _unnamed_start(doc, end, taken)
        if start is not None:
            out.append(SpacySpan(doc, start, end, label="FAC"))
    return out


#: Words a site's name may follow: the article, a place's preposition ("near Bakara market").
_OPENERS = ("the", "in", "at", "near", "outside", "inside", "from", "to")


def _unnamed_start(doc: "Doc", end: int, taken: set[int], *, most: int | None = None) -> int | None:
    """Where a name no entity holds begins that ends before the token ``end``: capitalised
    proper nouns (at most ``most``), outside ``taken``, that the NER gave no label or one of
    its labels for unknown words, no people's name, after "the" or a place's preposition
    (:data:`_OPENERS`); None when there is none."""
    odd = _not_site_names()
    start = end
    while (
        start > 0 and (most is None or end - start < most) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
        and not doc[start - 1].is_sent_start and doc[start - 1].i not in taken and doc[start - 1].ent_type_ in _ODD_LABELS
        and doc[start - 1].lower_ not in odd
    ):
        start -= 1
    if start == end or start == 0 or doc[start - 1].lower_ not in _OPENERS:
        return None
    return start


def site_label(span: "SpacySpan") -> "SpacySpan | None":
    """The span again labelled ``FAC`` when the NER gave a site's name one of its labels for
    unknown words ("the Ngaragba central prison": NORP, "the Mitiga airport": PRODUCT, "the
    Kaaj education centre": EVENT) and a site's noun follows it; ``None`` otherwise (and for
    peoples, faiths and demonyms: "the Rohingya camp")."""
    if span.kb_id_ or not span.label_ or span.label_ == "FAC":
        return None
    if span.label_ not in _ODD_LABELS and not _venue_name(span):
        return None
    if any(t.lower_ in _not_site_names() for t in span) or site_noun_after(span) is None:
        return None
    from spacy.tokens import Span as SpacySpan  # (here: most spans are no site's)

    return SpacySpan(span.doc, span.start, span.end, label="FAC")


def _venue_name(span: "SpacySpan") -> bool:
    """Whether ``span``, a name the NER labelled ``ORG`` or ``PERSON`` that the knowledge base
    does not know, is a venue's: after "the", right before a venue's noun ("the *Cappuccino*
    cafe", "the *Holey Artisan* bakery", "the *Serena* hotel": no person with "the" before the
    name, and "the Hilton family" has no venue's noun) that heads its phrase (not "the
    Christchurch mosque shootings", ORG: the town's), no acronym ("the UNRWA
    school": the body's school) and no word of a body's kind in it ("the Police Hospital")."""
    from .names import name_lexicon

    doc = span.doc
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if span.label_ not in ("ORG", "PERSON") or not words or (len(words) == 1 and acronym_shaped(words[0].text)):
        return False
    first = words[0].i
    if first == 0 or doc[first - 1].lower_ != "the" or any(t.is_upper and len(t) > 1 for t in words):
        return False
    lex = name_lexicon()
    bodies = lex.group_heads | lex.org_words
    noun = venue_noun_after(span)
    return not any(word_key(t.text) in bodies for t in words) and noun is not None and noun.dep_ != "compound"


def titled_site(span: "SpacySpan") -> "SpacySpan | None":
    """The span again, widened over the titles before the name and labelled ``FAC``, when a
    site's noun follows a name written with a title after "the" ("the *Imam Ali* mosque",
    "the *King Faisal* hospital", "the *Sheikh Zayed* mosque"): the title is part of the
    site's name, and names no person. ``None`` otherwise (no title, or no site's noun)."""
    doc = span.doc

    def title(i: int) -> bool:
        t = doc[i]
        return t.text[:1].isupper() and (is_title(t) or is_title_word(t.text.rstrip(".")))

    start = span.start
    while start < span.end - 1 and doc[start].lower_ == "the":
        start += 1
    first = start
    while start > 0 and title(start - 1):
        start -= 1
    inside = first
    while inside < span.end - 1 and title(inside):
        inside += 1  # "the King Faisal": the NER's span holds the title
    if (start == first and inside == first) or start == 0 or doc[start - 1].lower_ != "the":
        return None
    if span.kb_id_ or site_noun_after(span) is None:
        return None
    from spacy.tokens import Span as SpacySpan  # (here: most spans are no site's)

    return SpacySpan(doc, start, span.end, label="FAC")


def _is_division(doc: "Doc", start: int, noun: "Token") -> bool:
    """Whether the words from ``start`` to the unit word ``noun`` name a second-level
    division the GeoNames table has by that name, with that unit word or without one
    ("Karongi" + "district": Karongi District; not "Green" + "zone": Green County)."""
    from ..kb.geodistricts import districts_named
    from ..kb.geoindex import index_key

    name = doc[start:noun.i].text
    wanted = {index_key(name), index_key(f"{name} {noun.text}")}
    return any(index_key(d.name) in wanted for d in districts_named(f"{name} {noun.text}"))


def _unit_word_after(span: "SpacySpan") -> "Token | None":
    """The lower-case word of a lower unit right after ``span`` ("district", "territory";
    ``ontology/geo/district-words.txt``), or ``None``."""
    from .placing import district_words

    doc = span.doc
    if span.end >= len(doc):
        return None
    noun = doc[span.end]
    return noun if noun.is_lower and noun.lower_ in district_words() else None


def unnamed_divisions(doc: "Doc", taken: set[int]) -> list["SpacySpan"]:
    """Districts the NER did not find: capitalised proper nouns after "the" (or a place's
    preposition) right before a lower-case word of a lower unit ("the Karongi *district*",
    "in Kayunga *district*"; ``ontology/geo/district-words.txt``), outside every name found
    (``taken``) and every entity of the NER, when the GeoNames table of second-level
    divisions has that name with that unit word or without one (:func:`_is_division`), so
    that "the Green zone" is no division. Each comes back as a ``GPE`` span, the unit word
    included.
    """
    from spacy.tokens import Span as SpacySpan

    from .placing import district_words

    units = district_words()
    out: list[SpacySpan] = []
    for noun in (doc[i] for i in tokens_written(doc, units, lower=True)):  # (no Token made of the other words)
        if not noun.is_lower or noun.lower_ not in units or noun.i == 0:
            continue
        start = _unnamed_start(doc, noun.i, taken, most=3)
        if start is not None and _is_division(doc, start, noun):
            out.append(SpacySpan(doc, start, noun.i + 1, label="GPE"))
    return out


def division_label(span: "SpacySpan") -> "SpacySpan | None":
    """The span again, with the unit word after it and labelled ``GPE``, when the NER gave a
    district's name one of its labels for unknown words ("the Chandauli district": PRODUCT,
    "the Sibi district": NORP) and the GeoNames table has the division
    (:func:`_is_division`); ``None`` otherwise."""
    if span.kb_id_ or span.label_ not in _ODD_LABELS or span.label_ in ("", "FAC"):
        return None
    noun = _unit_word_after(span)
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    if noun is None or start >= span.end or any(t.lower_ in _not_site_names() for t in span[start - span.start:]):
        return None
    from spacy.tokens import Span as SpacySpan  # (here: most spans are no division's)

    return SpacySpan(span.doc, start, noun.i + 1, label="GPE") if _is_division(span.doc, start, noun) else None


def street_word_after(span: "SpacySpan", taken: set[int]) -> "SpacySpan | None":
    """The name ``span`` with the word for street or square in another language the NER left
    after it ("*Szabadság* tér", "*Andrássy* út": ``[places] street_last`` of names.toml),
    labelled ``FAC``; ``None`` when no such word follows or the KB knows the name."""
    from spacy.tokens import Span as SpacySpan

    doc = span.doc
    if span.kb_id_ or span.end >= len(doc) or span.end in taken:
        return None
    from .names import name_lexicon

    if word_key(doc[span.end].text) not in name_lexicon().street_last:
        return None
    return SpacySpan(doc, span.start, span.end + 1, label="FAC")


def _street_name_end(doc: "Doc", word: int) -> int:
    """Where the name begun by a word for street at ``word`` ends ("*Rue* Victor Schoelcher",
    "*Calle* de la Paz"): after the capitalised words that follow it and the name particles
    between them (``[particles]`` of names.toml); ``word + 1`` when none follows."""
    from .names import name_lexicon

    particles = name_lexicon().particles
    end = word + 1
    while end < len(doc) and end - word < 6:
        t = doc[end]
        if t.is_alpha and t.text[:1].isupper() and not t.is_sent_start:
            end += 1
        elif (word_key(t.text) in particles and t.is_lower and end + 1 < len(doc)
              and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper()):
            end += 1
        else:
            break
    return end


def unnamed_streets(doc: "Doc", taken: set[int]) -> list["SpacySpan"]:
    """Streets and squares the NER did not find, named by a capitalised word for street in
    another language and the capitalised words after it ("on the central street *Rue Victor
    Schoelcher*", "in *Calle de la Paz*": ``[places] street_first``), outside every name found
    (``taken``); each a ``FAC`` span."""
    from spacy.tokens import Span as SpacySpan

    from .names import name_lexicon

    first = name_lexicon().street_first
    out: list[SpacySpan] = []
    # only the capitalised words written as a word for street become Token objects
    for t in (doc[i] for i in sorted(i for text, at in positions_by_text(doc).items()
                                     if text[:1].isupper() and word_key(text) in first for i in at)):
        if t.i in taken or t.ent_type_ not in _ODD_LABELS:
            continue
        end = _street_name_end(doc, t.i)
        if end > t.i + 1 and not any(i in taken for i in range(t.i, end)) and (not out or out[-1].end <= t.i):
            out.append(SpacySpan(doc, t.i, end, label="FAC"))
    return out


def with_sites(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """The name candidates of ``doc`` with its sites: those the NER labelled NORP, PRODUCT
    or EVENT ("the Mitiga airport") relabelled ``FAC`` (:func:`site_label`), and those it did
    not find ("the Bakara market": :func:`unnamed_sites`), and the districts it gave such a
    label or did not find ("the Karongi district": :func:`division_label`,
    :func:`unnamed_divisions`), and the streets whose foreign word for street the NER left out
    (:func:`street_word_after`) or that it did not find
    (:func:`unnamed_streets`), in text order."""
    from .spans import Candidate

    taken = {t.i for c in cands for t in c.span}
    for c in cands:
        street = None if c.name is not None or c.long_form is not None else street_word_after(c.span, taken)
        c.span = street or titled_site(c.span) or division_label(c.span) or site_label(c.span) or c.span
    taken = {t.i for c in cands for t in c.span}
    found = unnamed_sites(doc, taken)
    found += unnamed_divisions(doc, taken | {t.i for s in found for t in s})
    found += unnamed_streets(doc, taken | {t.i for s in found for t in s})
    if not found:
        return cands
    return sorted([*cands, *(Candidate(s) for s in found)], key=lambda c: c.span.start)
