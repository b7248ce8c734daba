"""Name spans of a ``Doc``: the NER's (and the KB ruler's) entity spans, corrected by the text.

The first step of :mod:`kg.extract.entities`: names with a quoted nickname replace the NER's
pieces of them, names cut before a particle chain or at a hyphen go on over it, the long and
short forms of a definition become names of their own, two places the NER read as one are
split, glosses in another language make no name, and runs of another script are names;
a post's title in capitals is cut off its holder's name and an office named after a post
keeps the post's title (:mod:`kg.extract.posts`); the noun of a body's kind after its name
("X news agency") is no part of it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..kb.geo import candidates as places_named
from .name_joins import repair_names
from .place_pairs import hyphenated_places, join_region_halves, split_place_pairs, take_in_capital_small_words, take_in_town_word, towns_after_place_nouns
from .doctext import tokens_tagged, tokens_written
from .lexicon import TITLE_HEADS, TITLE_MODIFIERS
from .linking import NER_TYPES, linker_for
from .org_kinds import body_after_place
from .posts import OFFICE_HEADS, offices_named_by_rank, post_phrase_before, post_word
from .role_names import post_holder_names
from .acronyms import definitions
from .bracket_names import cut_open_brackets
from .surname_mentions import missed_surnames
from .kb_long_forms import kb_long_forms
from .scripts import foreign_script_runs
from .names import (
    NameDef,
    acronym_shaped,
    is_title,
    name_lexicon,
    nickname_names,
    titled,
    word_key,
)
from .particle_names import extend_over_particles
from .chain_names import chain_names, en_dash_tails, unit_first_names
from .dateline import cut_at_datelines

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["name_candidates", "Candidate"]


@dataclass
class Candidate:
    """A span that may name an entity: the NER's (or the KB ruler's), corrected by the text."""

    span: "SpacySpan"
    name: NameDef | None = None  # a name with a nickname: its label and aliases
    long_form: tuple[int, int] | None = None  # a short form: the token span of the name it stands for


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def name_candidates(doc: "Doc") -> tuple[list[Candidate], set[tuple[int, int]]]:
    """The name spans of ``doc``: the NER's spans corrected by :mod:`kg.extract.names`.

    Names with a quoted nickname replace the NER's pieces of them; names the NER cut before
    a particle chain go on over it; the long and short forms of a definition become names
    (the short one pointing at the long one); a name in another script after a title is a
    person's. Returns the candidates and the token spans of long forms defined by an acronym.
    """
    from spacy.tokens import Span as SpacySpan

    from .names import acronym_shaped

    nicknames = nickname_names(doc)
    cands = [Candidate(SpacySpan(doc, d.start, d.end, label="PERSON"), d) for d in nicknames]
    cands += [Candidate(e) for e in doc.ents if not any(_overlaps((e.start, e.end), (d.start, d.end)) for d in nicknames)]
    cands = cut_at_datelines(doc, cands)  # "HARARE - Zimbabwe's army": a dateline's town and a name (kg/extract/dateline.py)
    cands = unit_first_names(doc, chain_names(doc, cands))  # "Sipah-e-Sahaba", "County Kerry" (kg/extract/chain_names.py)
    cands = hyphenated_places(doc, cands)  # "Rostov-on-Don", "Kabardino–Balkaria" (kg/extract/place_pairs.py)

    for c in list(cands):
        span = c.span
        if span.label_ not in NER_TYPES or c.name is not None:
            continue
        if span.kb_id_ and not (span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_):
            continue  # a name the KB knows, unless it runs on over a hyphen: "Riyad-us Saliheen" is no "Riyad"
        end = extend_over_particles(doc, span.start, span.end)
        if end > span.end:
            taken = [o for o in cands if o is not c and _overlaps((o.span.start, o.span.end), (span.end, end))]
            # "Riyad" (GPE) + "-us Saliheen" (ORG): the name is what the NER read its last part as
            label = taken[-1].span.label_ if taken and taken[-1].span.label_ == "ORG" else span.label_
            c.span = SpacySpan(doc, span.start, end, label=label)
            cands = [o for o in cands if o is c or not _overlaps((o.span.start, o.span.end), (span.end, end))]

    cands = cut_open_brackets(doc, _extend_over_for(doc, cands))  # "... Mission in Mali (MINUSMA" (kg/extract/bracket_names.py)
    cands = _join_possessive_names(doc, cands)
    cands.sort(key=lambda c: (c.span.start, c.span.end))
    merged: list[Candidate] = []
    for c in cands:  # "Abdelrahim" + "Hamdan Dagalo": one name the NER cut in two
        prev = merged[-1] if merged else None
        if (
            prev is not None and prev.name is None and c.name is None and prev.span.label_ == c.span.label_ == "PERSON"
            and not prev.span.kb_id_ and not c.span.kb_id_ and prev.span.end == c.span.start
            and doc[prev.span.end - 1].whitespace_ and doc[c.span.start].text[:1].isupper()
        ):
            merged[-1] = Candidate(SpacySpan(doc, prev.span.start, c.span.end, label="PERSON"))
        elif (
            prev is not None and prev.name is None and c.name is None and not prev.span.kb_id_
            and (not c.span.kb_id_ or (doc[prev.span.end - 1].lower_ == "of" and c.span.label_ == "GPE" and len(prev.span) > 2))
            and prev.span.end == c.span.start and prev.span.label_ == "ORG" and c.span.label_ in ("ORG", "GPE", "LOC")
            and doc[prev.span.end - 1].lower_ in _CUT_AFTER and doc[c.span.start].text[:1].isupper()
        ):
            # "National Council for the Safeguard of the" + "Homeland", "National Election
            # Board of" + "Ethiopia": one name the NER cut after a connecting word
            merged[-1] = Candidate(SpacySpan(doc, prev.span.start, c.span.end, label="ORG"))
        else:
            merged.append(c)
    cands = merged

    cands = en_dash_tails(doc, join_region_halves(doc, split_place_pairs(doc, cands)))  # a region "X–Y": no town "Y"
    cands = take_in_town_word(doc, take_in_capital_small_words(doc, towns_after_place_nouns(doc, cands)))
    cands = _split_places_off(doc, cands)
    cands = _trim_kind_words(doc, cands)
    for c in cands:  # "Jammu and Kashmir Police": a place's name and a state body's word
        end = body_after_place(doc, c.span.start, c.span.end) if c.span.label_ in ("GPE", "LOC") and c.name is None else None
        if end is not None and not any(o.span.start == c.span.end for o in cands):
            c.span, c.long_form = SpacySpan(doc, c.span.start, end, label="ORG"), None
    cands = offices_named_by_rank(doc, _bodies_of_posts(doc, cands))  # "the General Staff": no person (kg/extract/posts.py)
    cands = _cut_portfolios(doc, cands)
    cands = _complete_cut_names(doc, cands)
    cands = _join_split_people(doc, cands)
    cands = _extend_people_over_chains(doc, cands)
    cands = repair_names(doc, cands)  # words the NER left out of a name, or took in (kg/extract/name_joins.py)
    cands = post_holder_names(doc, cands)  # (kg/extract/role_names.py: a post's title vouches for its holder's name)
    cands = missed_surnames(doc, cands)  # "President *Trump*", "*Trump* posted" (kg/extract/surname_mentions.py)
    cands = kb_long_forms(doc, cands)  # "The U.N. Integrated Office in Haiti (BINUH)" (kg/extract/kb_long_forms.py)

    sites = name_lexicon().site_heads
    for c in cands:  # "Imam Ali Shrine": a site named after someone, title and all
        span = c.span
        if span.kb_id_ or c.name is not None or span.label_ not in ("PERSON", "ORG") or len(span) < 2:
            continue
        if word_key(span[-1].text) in sites and span[-1].text[:1].isupper():
            start = span.start
            while start > 0 and doc[start - 1].text[:1].isupper() and is_title(doc[start - 1]):
                start -= 1
            c.span = SpacySpan(doc, start, span.end, label="FAC")

    from .site_nouns import with_sites

    cands = with_sites(doc, cands)  # "the Mitiga airport", "the Bakara market" (kg/extract/site_nouns.py)

    def named(c: Candidate) -> bool:
        return c.span.label_ in NER_TYPES or c.span.label_ == "NORP" or bool(c.span.kb_id_)

    defined: set[tuple[int, int]] = set()
    for d in definitions(doc, [(c.span.start, c.span.end) for c in cands if named(c)]):
        long_span, short_span = (d.long_start, d.long_end), (d.short_start, d.short_end)
        short_text = d.short(doc)
        long = next((c for c in cands if (c.span.start, c.span.end) == long_span or (c.span.end == d.long_end and named(c))), None)
        if long is not None and long.span.start > d.long_start:
            # only the tail of the name: "Islamic State in Iraq and the *Levant* (ISIL)"
            long = None
        if long is None or not named(long):
            label = "ORG" if acronym_shaped(short_text) else "PERSON"
            cands = [c for c in cands if not _overlaps((c.span.start, c.span.end), long_span)]
            long = Candidate(SpacySpan(doc, d.long_start, d.long_end, label=label))
            cands.append(long)
        if acronym_shaped(short_text):
            defined.add((long.span.start, long.span.end))
        label = long.span.label_ if long.span.label_ in NER_TYPES else "ORG"
        cands = [c for c in cands if not _overlaps((c.span.start, c.span.end), short_span)]
        cands.append(Candidate(SpacySpan(doc, d.short_start, d.short_end, label=label), long_form=(long.span.start, long.span.end)))

    for run in foreign_script_runs(doc):
        if titled(doc, run[0]) and not any(_overlaps((c.span.start, c.span.end), run) for c in cands):
            cands.append(Candidate(SpacySpan(doc, run[0], run[1], label="PERSON")))  # "Hamas leader <name>"
    # a one-word NORP or PERSON span may be the first name of a longer name ("Clementine")
    loose = {c.span.start: c for c in cands if len(c.span) == 1 and c.span.label_ in ("NORP", "PERSON") and not c.span.kb_id_}
    taken_tokens = {t.i for c in cands for t in c.span if c.span.start not in loose}
    i = 0
    # "... Humanitarian Coordinator Najat Rochdi": a name the NER missed after a title; such a
    # name begins at a proper noun, so only those are looked at (spaCy's array of tags, read once)
    for at in tokens_tagged(doc, "PROPN"):
        if at < i:
            continue
        i = at
        t = doc[i]
        before = doc[i - 1] if i else None
        if i in taken_tokens or not t.is_title:
            continue
        end = i
        while end < len(doc) and end - i < 5 and end not in taken_tokens:
            if doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            elif (
                doc[end].text in ("-", "‐") and end > i and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                and end + 1 < len(doc) and doc[end + 1].is_title and end + 1 not in taken_tokens
            ):
                end += 2  # "Nkweta-Salami"
            else:
                break
        run = doc[i:end]
        k = i
        while k < end - 2 and post_word(doc[k]):
            k += 1  # "... for Human *Rights* Volker Türk": the title's last words, then the name
        if k > i and post_phrase_before(doc, k) and (end == len(doc) or not doc[end].text[:1].isupper()):
            cands = [c for c in cands if not (c.span.start in loose and k <= c.span.start < end)]
            # "the *General* Intelligence Directorate": a body named with a title's word, no person
            body = _body_head(doc[end - 1])
            cands.append(Candidate(SpacySpan(doc, i if body else k, end, label="ORG" if body else "PERSON")))
            i = end
            continue
        # "Clementine Nkweta-Salami, the UN humanitarian coordinator in Sudan,": a title apposed after it
        apposed = end < len(doc) and doc[end].text == "," and any(
            c.dep_ == "appos" and c.i > end and c.lower_ in TITLE_HEADS and c.pos_ == "NOUN" for c in run.root.children
        )
        role = apposed or before is not None and (titled(doc, i) or (before.lower_ in TITLE_HEADS and before.is_title) or _after_title_of(doc, i) or (
            # "The Humanitarian Coordinator for Sudan, Clementine Nkweta-Salami,"
            before.text == "," and run.root.dep_ == "appos" and run.root.head.lower_ in TITLE_HEADS
        ))
        if role and end - i >= 2 and (end == len(doc) or not doc[end].text[:1].isupper()):
            cands = [c for c in cands if not (c.span.start in loose and i <= c.span.start < end)]
            if _body_head(doc[end - 1]) and before is not None and before.is_title and is_title(before):
                # "the *General* Intelligence Directorate": a body named with a title's word, no person
                cands.append(Candidate(SpacySpan(doc, i - 1, end, label="ORG")))
            elif not _body_head(doc[end - 1]):
                cands.append(Candidate(SpacySpan(doc, i, end, label="PERSON")))
            i = end
        else:
            i += 1
    glosses = _translations(doc)
    if glosses:
        cands = [c for c in cands if c.span.kb_id_ or not any(s <= c.span.start and c.span.end <= e for s, e in glosses)]
    cands.sort(key=lambda c: (c.span.start, c.span.end))
    return cands, defined


def _body_head(token: "Token") -> bool:
    """Whether ``token`` is the head word of a body's name (``[groups] heads`` of names.toml and
    the nouns of an office: "Directorate", "Department", "Bureau")."""
    key = word_key(token.text)
    return key in name_lexicon().group_heads or key in OFFICE_HEADS


def _after_title_of(doc: "Doc", i: int) -> bool:
    """Whether token ``i`` follows a capitalised title phrase with its portfolio, body or
    country: "Minister of Defence | Sadio Camara", "Special Envoy for Syria | Geir Pedersen",
    "President of the Republic | X" (at most four capitalised words after "of", "for", "to")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j -= 1
    if j == i - 1:
        return False
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in ("of", "for", "to"):
        return False
    title = doc[j - 1]
    return title.lower_ in TITLE_HEADS and title.text[:1].isupper()


def _cut_portfolios(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """A person's name the NER ran together with the post's title before it, or cut short
    at its first name: "UN High Commissioner for Human Rights *Rights Volker Türk*",
    "Minister of Foreign Affairs and International Cooperation *Thérèse* + *Kayikwamba
    Wagner*". After a post's title in capitals (:func:`~kg.extract.names.post_phrase_before`),
    the name starts after the title's words (:func:`~kg.extract.names.post_word`: a
    portfolio's words, ``[portfolios]`` of names.toml, titles and their small words, a
    country) and goes back over the capitalised words before it that are none of them."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import country_codes

    owner: dict[int, Candidate] = {t.i: c for c in cands for t in c.span}

    def title_part(token) -> bool:  # type: ignore[no-untyped-def]
        return post_word(token) or bool(token.text[:1].isupper() and country_codes(token.text))

    lex = name_lexicon()
    body_words = lex.group_heads | lex.org_words | lex.generic | lex.site_heads | lex.unit_heads

    def name_word(token) -> bool:  # type: ignore[no-untyped-def]
        # a word of a person's name: no word of a body's, a site's or a unit's ("... Assistance *Mission*")
        return token.is_title and token.pos_ == "PROPN" and token.is_alpha and word_key(token.text) not in body_words

    out: list[Candidate] = []
    for c in cands:
        span = c.span
        if span.kb_id_ or c.name is not None or c.long_form is not None or span.label_ not in ("PERSON", "ORG") or len(span) < 2:
            out.append(c)
            continue
        split = _known_body_then_holder(doc, span, name_word)
        if split is not None:  # "... Director of the *International Organization for Migration Amy Pope*"
            out.append(Candidate(SpacySpan(doc, span.start, split, label="ORG")))
            out.append(Candidate(SpacySpan(doc, split, span.end, label="PERSON")))
            continue
        k = span.start
        while k < span.end - 1 and title_part(doc[k]):
            k += 1
        rest = doc[k:span.end]
        start = k
        if post_phrase_before(doc, k) and all(name_word(t) for t in rest):
            # the holder's first names the NER left in the title ("... Cooperation *Thérèse*")
            while start > 0 and owner.get(start - 1) is None and name_word(doc[start - 1]) and not title_part(doc[start - 1]) and post_phrase_before(doc, start - 1):
                start -= 1
        if (start, span.end) != (span.start, span.end) and post_phrase_before(doc, start) and len(doc[start:span.end]) >= (1 if span.label_ == "PERSON" else 2) and all(name_word(t) for t in doc[start:span.end]):
            out.append(Candidate(SpacySpan(doc, start, span.end, label="PERSON")))
        else:
            out.append(c)
    return out


def _known_body_then_holder(doc: "Doc", span: "SpacySpan", name_word) -> int | None:  # type: ignore[no-untyped-def]
    """Where a span the NER made of a body the KB knows and the name of a post's holder after
    it splits: "Executive Director of the | *International Organization for Migration* |
    *Amy Pope*": the body's words a name of the KB, then two or more capitalised words
    after a post's title (:func:`~kg.extract.names.post_phrase_before`); None otherwise."""

    linker = None
    for k in range(span.end - 2, max(span.start, span.end - 4), -1):  # a holder's name of two to four words
        rest = doc[k:span.end]
        if not all(name_word(t) for t in rest) or post_word(rest[0]) or not post_phrase_before(doc, k):
            continue
        if linker is None:
            linker = linker_for(doc)
        known = linker.lookup(doc[span.start:k].text)
        if known is not None and known.kind == "organization":
            return k
    return None


def _trim_kind_words(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """A body's name the NER ran on over the lower-case noun of its kind: "*IRNA news
    agency*", "*Dawn newspaper*": the name stops before them (the nouns of outlets and NGOs
    of ``ontology/lexicon/bodies.toml``, and "agency"); the noun still says the kind
    (:func:`~kg.extract.org_kinds.kind_from_sentence`). No name ends on a lower-case
    preposition either ("the La Votre Bar on Heumarkt")."""
    from spacy.tokens import Span as SpacySpan

    from .wordlists import lexicon

    data = lexicon("bodies")
    kinds = {w.lower() for w in (*data["media"]["nouns"], *data["ngo"]["nouns"], "agency", "group")}
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        end = span.end
        while (
            not span.kb_id_ and c.name is None and span.label_ == "ORG" and end - span.start > 1
            and doc[end - 1].is_lower and doc[end - 1].lower_ in kinds
        ):
            end -= 1
        while (
            not span.kb_id_ and c.name is None and end - span.start > 1 and doc[end - 1].is_lower
            and doc[end - 1].pos_ == "ADP" and word_key(doc[end - 1].text) not in name_lexicon().particles
            and doc[end - 1].lower_ not in _CUT_AFTER  # "United Liberation Front of | Asom": joined after
        ):
            end -= 1  # "the La Votre Bar on | Heumarkt": a name never ends on a preposition
        if end < span.end and any(t.text[:1].isupper() for t in doc[span.start:end]):
            out.append(Candidate(SpacySpan(doc, span.start, end, label=span.label_), c.name, c.long_form))
        else:
            out.append(c)
    return out


def _bodies_of_posts(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """The name of a post's office, which the NER cuts at the post: "the *Office of the UN*
    High Commissioner for Human Rights", "the *Office of the Special Envoy* of the
    Secretary-General for Yemen", "the Attorney *General's Office*". A body's name headed
    by a noun of ``[posts] offices`` of ``ontology/lexicon/bodies.toml`` and "of" goes on
    over the post's title in capitals after it (capitalised words and the small words of
    titles, to the last capitalised word, one of them heading a post); a body's name that
    begins with a post's possessive ("General's Office") goes back over the capitalised
    words of the post before it."""
    from spacy.tokens import Span as SpacySpan

    from .wordlists import lexicon, words

    offices = frozenset(w.lower() for w in lexicon("bodies")["posts"]["offices"])
    small = words("connectors", "title_after_name")  # not "in": "... Coordinator in Sudan" says where
    out: list[Candidate] = []
    dropped: set[int] = set()
    for c in cands:
        span = c.span
        if id(c) in dropped:
            continue
        if span.kb_id_ or c.name is not None or c.long_form is not None or span.label_ not in ("ORG", "PERSON") or not len(span):
            out.append(c)
            continue
        start, end = span.start, span.end
        heads = [t for t in span if t.lower_ in offices and t.text[:1].isupper()]
        if heads and heads[0].i + 1 < len(doc) and doc[heads[0].i + 1].lower_ == "of":
            k, last = end, None
            while k < len(doc) and k - end < 14 and (doc[k].text[:1].isupper() or doc[k].lower_ in small) and not (doc[k].is_punct and doc[k].text not in ("-", "–")):
                if doc[k].text[:1].isupper():
                    last = k
                k += 1
            if last is not None and post_phrase_before(doc, last + 1):
                end = last + 1
        first = doc[start]
        if start + 1 < end and doc[start + 1].tag_ == "POS" and first.text[:1].isupper():
            # "General's Office" after "the Attorney": the post's words before it
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not any(
                start - 1 in range(o.span.start, o.span.end) for o in cands if o is not c
            ):
                start -= 1
        if (start, end) == (span.start, span.end):
            out.append(c)
            continue
        swallowed = {id(o) for o in cands if o is not c and o.span.start < end and start < o.span.end}
        if any(o.span.start < start or o.span.end > end for o in cands if id(o) in swallowed):
            out.append(c)  # a name running out of the body's: leave both
            continue
        dropped |= swallowed
        out = [o for o in out if id(o) not in swallowed]
        out.append(Candidate(SpacySpan(doc, start, end, label="ORG")))
    return out


def _split_places_off(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """A person's or body's name the NER ran together with a place: "Special Envoy for
    *Sudan Ramtane Lamamra*" is Sudan and Ramtane Lamamra; "met *Burhan in Port Sudan*" is
    Burhan and Port Sudan. Split off a place the KB knows at the front (after "for", "of",
    "to"; not off a body's name: "for the Kampala Metropolitan Police"), or after "in", "at"
    or "near" inside the span."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import candidates

    linker = None
    units = name_lexicon().region_heads
    body_words = name_lexicon().group_heads | name_lexicon().group_nouns | name_lexicon().org_words
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        after_title = (
            span.start > 1 and doc[span.start - 1].lower_ in ("for", "of", "to")
            and doc[span.start - 2].lower_ in TITLE_HEADS and doc[span.start - 2].text[:1].isupper()
        )  # "Governor of *Zamfara State Dauda Lawal*": the NER may call the whole a place
        if span.kb_id_ or c.name is not None or c.long_form is not None or len(span) < 3 or (
            span.label_ not in ("PERSON", "ORG") and not (span.label_ == "GPE" and after_title)
        ):
            out.append(c)
            continue
        if linker is None:
            linker = linker_for(doc)

        def place(part: "SpacySpan") -> bool:
            known = linker.lookup(part.text)
            return known is not None and known.kind == "place"

        def unit(part: "SpacySpan") -> bool:  # "Governor of *Zamfara State* X": a unit a title is of
            return after_title and len(part) >= 2 and word_key(part[-1].text) in units

        done = False
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in ("for", "of", "to"):
            for k in range(span.start + 1, min(span.start + 4, span.end - 1)):
                rest = doc[k:span.end]
                if word_key(doc[k].text) in units:
                    continue  # not "Zamfara" + "State X"
                if any(word_key(t.text) in body_words for t in rest):
                    break  # "for the *Kampala Metropolitan Police*", "of the Zimbabwe Broadcasting Corporation": a body named with its place, no person
                if (place(doc[span.start:k]) or unit(doc[span.start:k])) and len(rest) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in rest):
                    out.append(Candidate(SpacySpan(doc, span.start, k, label="GPE")))
                    out.append(Candidate(SpacySpan(doc, k, span.end, label="PERSON")))
                    done = True
                    break
        if not done:
            inner = [t.i for t in span if t.lower_ in ("in", "at", "near")]
            after = doc[inner[0] + 1:span.end] if len(inner) == 1 else None
            if after is not None and inner[0] - span.start <= 2 and (place(after) or (after.text[:1].isupper() and candidates(after.text))):
                out.append(Candidate(SpacySpan(doc, span.start, inner[0], label=span.label_)))
                out.append(Candidate(SpacySpan(doc, inner[0] + 1, span.end, label="GPE")))
                done = True
        if not done:
            out.append(c)
    return out


def _extend_over_for(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """An organisation's name the NER ended before "for ..." goes on over capitalised words
    ("Patriotic Movement" + "for Safeguard and Restoration", "Justice and Equality
    Movement"'s kind: "Movement for Justice and Equality"): "for", an optional "the", then
    capitalised words joined by "and", "of", "the"."""
    from spacy.tokens import Span as SpacySpan

    starts = {c.span.start for c in cands}
    out = []
    for c in cands:
        span = c.span
        end = span.end
        if span.kb_id_ or c.name is not None or span.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "for":
            out.append(c)
            continue
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        last = None
        while k < len(doc) and (k == end + 1 or k not in starts or doc[k].ent_type_ == "ORG"):
            word = doc[k]
            if word.is_title and word.pos_ in ("PROPN", "NOUN", "ADJ"):
                last = k
            elif word.lower_ not in ("and", "of", "the", "&") or last is None:
                break
            k += 1
        cut = k < len(doc) and k in starts and doc[k - 1].lower_ in ("of", "the", "and")
        if last is None or cut or any(s_ > end and s_ <= last for s_ in starts):
            out.append(c)  # not "... for the Liberation" of "... of the Central African Republic"
            continue
        out.append(Candidate(SpacySpan(doc, span.start, last + 1, label="ORG")))
    return out


def _join_possessive_names(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """Names with a possessive inside are one name: "Cox's Bazar" (the NER found only
    "Bazar"), "Saint Mary's Cathedral" (the NER found "Saint Mary's" and no cathedral).
    Joined: capitalised words the NER left out + "'s" + a name it found; or a name it
    found ending in "'s" + a capitalised site word ("... Cathedral", "... Mosque")."""
    from spacy.tokens import Span as SpacySpan

    taken = {t.i for c in cands for t in c.span}
    sites = name_lexicon().site_heads
    out: list[Candidate] = []
    dropped: set[int] = set()
    for c in cands:
        span = c.span
        if span.kb_id_ or c.name is not None or c.long_form is not None:
            out.append(c)
            continue
        start, end = span.start, span.end
        if (
            start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title
            and doc[start - 2].i not in taken and not doc[start - 2].is_sent_start and doc[start - 2].head.i == span.root.i
        ):
            start -= 2  # "Cox's Bazar"
        else:
            pos = end - 1 if doc[end - 1].tag_ == "POS" and len(span) >= 2 else end
            site = pos + 1
            if (
                pos < len(doc) and doc[pos].tag_ == "POS" and site < len(doc) and doc[site].is_title
                and word_key(doc[site].text) in sites
            ):
                end = site + 1  # "Saint Mary's Cathedral"
                dropped.add(site)
        if (start, end) == (span.start, span.end):
            out.append(c)
            continue
        label = "FAC" if word_key(doc[end - 1].text) in sites else span.label_
        out.append(Candidate(SpacySpan(doc, start, end, label=label)))
    return [c for c in out if not (len(c.span) == 1 and c.span.start in dropped)]


#: Words a name does not end with: a span of the NER that does was cut before its last words.
_CUT_AFTER = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "pour", "et"})


def _translations(doc: "Doc") -> list[tuple[int, int]]:
    """The token spans of glosses in another language, "(Arabic: ...)", "(Filipino: ...)":
    the name just given, written in that language, not another entity."""
    out = []
    n = len(doc)
    for i, t in enumerate(doc[:-3]):
        if t.text != "(" or not doc[i + 1].text[:1].isupper() or doc[i + 2].text != ":":
            continue
        if doc[i + 1].ent_type_ not in ("LANGUAGE", "NORP") and not doc[i + 1].text.endswith(("ic", "ian", "ish", "ese", "ino", "i")):
            continue
        end = next((k for k in range(i + 3, min(i + 40, n)) if doc[k].text == ")"), None)
        if end is not None:
            out.append((i + 1, end))
    out.extend(_unlabelled_glosses(doc))
    return out


def _unlabelled_glosses(doc: "Doc") -> list[tuple[int, int]]:
    """Glosses given without their language: "the Marawi crisis (Krisis sa Marawi)" — a
    parenthesis that repeats a name of the words before it with words the English
    vocabulary does not know ("Krisis"), not "the Kidal offensive (Kidal region)"."""
    out = []
    n = len(doc)
    for i in tokens_written(doc, ("(",)):
        if i == 0:
            continue
        end = next((k for k in range(i + 1, min(i + 8, n)) if doc[k].text == ")"), None)
        if end is None or not 2 <= end - i - 1 <= 6:
            continue
        inner = doc[i + 1:end]
        if not all(w.is_alpha for w in inner) or not inner[0].text[:1].isupper():
            continue
        before = {w.text for w in doc[max(0, i - 6):i] if w.text[:1].isupper()}
        shared = [w for w in inner if w.text in before]
        others = [w for w in inner if w.text not in before and not w.is_stop]
        if (
            shared and others and all(w.is_oov or w.is_lower for w in others)
            and any(w.is_oov and w.text[:1].isupper() for w in others)
        ):
            out.append((i + 1, end))
    return out


def _extend_people_over_chains(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """A person's name the NER cut inside its chain of capitalised words: "Min Aung" of
    "Min Aung Hlaing", "Aung" + "Hlaing" (GPE) of "Min Aung Hlaing's". The PERSON span goes
    on over capitalised proper nouns the parser joins to it as one compound chain (each a
    compound of a later word, up to the chain's head), none a title and none a name the KB
    links; a one-word name the NER found there without the KB is taken in. A one-word place,
    body or nationality no gazetteer knows before two or more such words is a person's first
    name ("Aung" of "Aung San Suu Kyi")."""
    from spacy.tokens import Span as SpacySpan

    owner: dict[int, Candidate] = {t.i: c for c in cands for t in c.span}
    portfolios = name_lexicon().portfolios

    def free(i: int, c: Candidate) -> bool:
        t = doc[i]
        other = owner.get(i)
        return (
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.is_sent_start
            and not is_title(t) and t.lower_ not in TITLE_HEADS and t.lower_ not in TITLE_MODIFIERS
            and not (word_key(t.text) in portfolios and post_phrase_before(doc, i))  # "... International *Cooperation* X"
            and (other is None or other is c or (len(other.span) == 1 and not other.span.kb_id_ and other.name is None
                                                  and other.long_form is None))
        )

    lex = name_lexicon()

    def first_word(c: Candidate) -> bool:  # "Aung" (GPE) of "Aung San Suu Kyi": a word no gazetteer knows
        return (
            c.span.label_ in ("GPE", "NORP", "ORG") and len(c.span) == 1 and c.span[0].is_title
            and not acronym_shaped(c.span.text) and not places_named(c.span.text)
        )

    name_words = lex.org_words | lex.group_heads | lex.site_heads | lex.unit_heads

    def plain_words(words: "SpacySpan") -> bool:  # no word of a body's, a site's or a unit's name
        return all(owner.get(t.i) is None and word_key(t.text) not in name_words for t in words)

    out: list[Candidate] = []
    dropped: set[int] = set()
    for c in cands:
        span = c.span
        if id(c) in dropped:
            continue
        if span.kb_id_ or c.name is not None or c.long_form is not None or (span.label_ != "PERSON" and not first_word(c)):
            out.append(c)
            continue
        start, end = span.start, span.end
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and free(end, c):
            end += 1
        if span.label_ != "PERSON" and (end - span.end < 2 or not plain_words(doc[span.end:end])):
            out.append(c)
            continue
        while (
            start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
            and free(start - 1, c) and owner.get(start - 1) is None
        ):
            start -= 1
        if start < span.start and not _name_may_start(doc, start):
            start = span.start  # not "Chief of Defence *Staff* X", "Envoy for *Sudan* X"
        if (start, end) == (span.start, span.end):
            out.append(c)
            continue
        swallowed = {id(o) for i in range(start, end) if (o := owner.get(i)) is not None and o is not c}
        dropped |= swallowed
        out = [o for o in out if id(o) not in swallowed]
        out.append(Candidate(SpacySpan(doc, start, end, label="PERSON")))
    return out


def _name_may_start(doc: "Doc", i: int) -> bool:
    """Whether a name may start at token ``i``: at the start, after punctuation, a possessive,
    a lower-case word other than "of", "for", "to", or a title; not inside a title's phrase."""
    if i == 0:
        return True
    before = doc[i - 1]
    if before.is_punct or before.tag_ == "POS" or is_title(before) or before.lower_ in TITLE_HEADS:
        return True
    return before.is_lower and before.lower_ not in ("of", "for", "to")


def _join_split_people(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """A person's long name the NER cut in two ("Abbas" + "Obaid Al-Fatlawi" of "Abbas Kadhom
    Obaid Al-Fatlawi", "Mohamed" + "Ould Ghazouani"): two PERSON spans with at most two
    capitalised words between them, none a title ("X District *Commissioner* Y" is two), every
    word of the first part and the gap a compound of a later word of the name (one noun
    phrase, not "Abbas, Kadhom and Obaid"), are one name; so is a first name the NER took for a
    body or a nationality the KB does not know, right before the rest ("Abdelrahim" + "Hamdan
    Dagalo")."""
    from spacy.tokens import Span as SpacySpan

    from .names import acronym_shaped

    def plain(c: Candidate) -> bool:
        return not c.span.kb_id_ and c.name is None and c.long_form is None and c.span.label_ == "PERSON"

    def first_name(c: Candidate) -> bool:  # "Abdelrahim" (ORG) + "Hamdan Dagalo": a word the KB does not know
        return (
            not c.span.kb_id_ and c.name is None and c.long_form is None and c.span.label_ in ("ORG", "NORP")
            and len(c.span) == 1 and c.span[0].is_title and not acronym_shaped(c.span.text)
            and linker_for(doc).lookup(c.span.text) is None
        )

    ordered = sorted(cands, key=lambda c: (c.span.start, c.span.end))
    out: list[Candidate] = []
    for c in ordered:
        prev = out[-1] if out else None
        if prev is not None and plain(c) and (plain(prev) or (first_name(prev) and c.span.start == prev.span.end)) and 0 <= c.span.start - prev.span.end <= 2:
            start, end = prev.span.start, c.span.end
            gap = doc[prev.span.end:c.span.start]
            if all(t.text[:1].isupper() and t.pos_ == "PROPN" and not is_title(t) and t.lower_ not in TITLE_HEADS for t in gap) and all(
                t.dep_ in ("compound", "flat") and t.i < t.head.i < end for t in doc[start:c.span.start]
            ):
                out[-1] = Candidate(SpacySpan(doc, start, end, label="PERSON"))
                continue
        out.append(c)
    return out


def _complete_cut_names(doc: "Doc", cands: list[Candidate]) -> list[Candidate]:
    """A name the NER cut at one mention and took whole at another is whole at both:
    "Bangou" (or "Koumbri" + "Bangou") where the text reads "Koumbri Bangou", as the NER
    found it elsewhere; "retook Koumbri Bangou" is trimmed to it. Only the NER's own spans,
    completed with capitalised words."""
    from spacy.tokens import Span as SpacySpan

    def plain(c: Candidate) -> bool:
        return not c.span.kb_id_ and c.name is None and c.long_form is None and c.span.label_ in NER_TYPES

    wholes = {tuple(t.text for t in c.span): c.span.label_ for c in cands if len(c.span) > 1 and plain(c) and c.span[0].text[:1].isupper()}
    if not wholes:
        return cands
    taken = {(c.span.start, c.span.end) for c in cands}
    replace: dict[int, tuple[int, int]] = {}
    for idx, c in enumerate(cands):
        span = c.span
        if not plain(c) or (span.start, span.end) in replace.values():
            continue
        words = tuple(t.text for t in span)
        k = len(words)
        for whole in wholes:
            n = len(whole)
            if n == k:
                continue
            if n < k:  # "retook Koumbri Bangou": lower-case words before the name
                at = k - n
                if words[at:] == whole and all(w[:1].islower() for w in words[:at]):
                    replace[idx] = (span.start + at, span.end)
                continue
            for at in range(n - k + 1):
                start, end = span.start - at, span.start - at + n
                if whole[at:at + k] != words or start < 0 or end > len(doc) or (start, end) in taken:
                    continue
                if tuple(t.text for t in doc[start:end]) != whole:
                    continue
                inside = [o for o in cands if o is not c and _overlaps((start, end), (o.span.start, o.span.end))]
                if all(plain(o) and start <= o.span.start and o.span.end <= end for o in inside):
                    replace[idx] = (start, end)
    if not replace:
        return cands
    out: list[Candidate] = []
    covered: set[tuple[int, int]] = set()
    for idx, c in enumerate(cands):
        if idx in replace:
            start, end = replace[idx]
            if (start, end) in covered:
                continue
            covered.add((start, end))
            label = wholes.get(tuple(t.text for t in doc[start:end]), c.span.label_)
            out.append(Candidate(SpacySpan(doc, start, end, label=label)))
        elif not any(s <= c.span.start and c.span.end <= e for s, e in replace.values()):
            out.append(c)
    return out
