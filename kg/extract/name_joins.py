"""Words of a person's name the NER left out of it.

Names written with an apostrophe inside a word: an Arabic, Somali, Tigrinya or Pashto
'ayn or hamza transliterated ("Sa’d", "Ja'far", "Mu’tasim", "Ma’alin", "Ni’mati"), an Irish
O' ("O’Neill").

spaCy's tokenizer keeps such a word whole (it splits only the English clitics: "'s",
"n't", "'d" after a lower-case stem...), but the NER has seen few of them, least of all with
a typographic apostrophe: it leaves them out of the name next to them ("Sa’d" + *al-Hariri*,
"Mu’tasim" + *Ni’mati*), which loses the person, and with it the speaker of the sentence.
A capitalised word with an apostrophe between letters that the tokenizer kept whole is no
English word: it belongs to the name it stands next to (:func:`take_in_apostrophe_words`).

A given name before a surname the NER took for a place ("Amadou" + *Koufa* (GPE), a
namesake of Kufa, Iraq, by an alternate name): a person's name (:func:`take_in_given_names`).

And a word the NER put in a person's name that no name has: a lower-case common noun at its
end ("*Amhara militiamen*", "*Masalit man*"): the name stops before it (:func:`trim_common_nouns`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doctext import positions_by_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from .spans import Candidate

__all__ = ["acronyms_after_kind_nouns", "apostrophe_word", "capitalised_verbs", "cut_hedge_words", "cut_office_words", "finish_names_cut_after_of", "hyphenated_acronyms", "hyphenated_surnames", "polities_of_places", "join_aims_over_and", "people_by_address_title", "repair_names", "take_in_apostrophe_words", "take_in_given_names", "trim_common_nouns"]

#: A capitalised word with an apostrophe (straight, typographic, or a modifier letter for
#: 'ayn and hamza) between letters.
_NAME_WORD = re.compile(r"^[A-Z][^\W\d_]*['’‘ʼʿʾ`][^\W\d_]+$")
#: :data:`_NAME_WORD` as a line of words joined by line ends (no word has one; none of its
#: letters is one)
_NAME_WORD_LINE = re.compile(r"^[A-Z][^\W\d_]*['’‘ʼʿʾ`][^\W\d_]+$", re.M)


def repair_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """The NER's names with the words it left out put back, and the words it took in that
    are no name's taken out: :func:`capitalised_verbs`, :func:`people_by_address_title`,
    :func:`cut_office_words`, :func:`hyphenated_surnames`, :func:`hyphenated_acronyms`, :func:`polities_of_places`, :func:`take_in_apostrophe_words`,
    :func:`take_in_given_names`, :func:`join_aims_over_and`, :func:`finish_names_cut_after_of`,
    :func:`acronyms_after_kind_nouns`, :func:`join_paired_places_before_a_body`, :func:`join_places_before_local_bodies`, :func:`trim_common_nouns`, :func:`cut_hedge_words`, and a compass adjective
    before a country's name (:func:`kg.extract.compass_names.cut_compass_pointers`)."""
    from .compass_names import cut_compass_pointers

    cands = people_by_address_title(doc, capitalised_verbs(doc, cands))
    cands = cut_office_words(doc, cands)
    cands = take_in_given_names(doc, take_in_apostrophe_words(doc, hyphenated_surnames(doc, cands)))
    cands = polities_of_places(doc, hyphenated_acronyms(doc, cands))
    cands = acronyms_after_kind_nouns(doc, finish_names_cut_after_of(doc, join_aims_over_and(doc, cands)))
    cands = join_places_before_local_bodies(doc, join_paired_places_before_a_body(doc, cands))
    return cut_compass_pointers(doc, cut_hedge_words(doc, trim_common_nouns(doc, cands)))


def join_paired_places_before_a_body(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A state body named after two places joined by "and" ("the *Dumfries and Galloway
    Constabulary*", "the *Devon and Cornwall Police*"), which the NER cut at "and" into a
    place, a body or a person ("Dumfries", "Devon") and a name that ends in the body's word
    ("Galloway Constabulary", read as a person's), or before the body's word it left out ("the
    Avon and *Somerset* Constabulary"): one body's name. The body's word is one of
    ``[government] after_place`` (``bodies.toml``: police, constabulary, gendarmerie,
    assembly...); the first name is one to three capitalised words right before "and", no
    name the knowledge base knows as a country's ("Russia and Belarus police" are two
    countries' police)."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import country_by_name
    from .org_kinds import _words

    body_words = _words("government", "after_place")
    by_end = {c.span.end: c for c in cands}
    starts = {c.span.start for c in cands}
    dropped: set[int] = set()
    for c in cands:
        span = c.span
        end = span.end
        if end < len(doc) and doc[end].lower_ in body_words and doc[end].is_title and span[-1].lower_ not in body_words:
            end += 1  # "the Avon and Somerset Constabulary": the NER left the body's word out
        if (
            end - span.start < 2 or span.kb_id_ or c.name is not None or span.start < 2 or doc[span.start - 1].lower_ != "and"
            or doc[end - 1].lower_ not in body_words or not doc[end - 1].text[:1].isupper() or not span[0].is_title
            or any(t.i != c.span.start and t.i < end and t.i in starts for t in doc[span.start:end])
        ):
            continue
        first = by_end.get(span.start - 1)
        if (
            first is None or first is c or id(first) in dropped or first.name is not None or first.span.label_ not in ("GPE", "LOC", "ORG", "PERSON")
            or len(first.span) > (1 if first.span.label_ == "PERSON" else 3) or not all(t.is_title for t in first.span) or country_by_name(first.span.text) is not None
        ):
            continue
        dropped.add(id(first))
        c.span, c.long_form = SpacySpan(doc, first.span.start, end, label="ORG"), None
    return [c for c in cands if id(c) not in dropped]


def join_places_before_local_bodies(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A local body's name the NER cut after the place it is named after, reading the place
    as a person or a body and the rest as a body's name of its own: "*Yuen Long* | *District
    Council* members" is one body, the Yuen Long District Council. The rest is two
    capitalised words, a word of a local unit (``[government] local_units`` of bodies.toml:
    district, city, county...) and one of a council or an assembly (``local_bodies``), right after a name of one to
    three capitalised words that is no country's."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import country_by_name
    from .org_kinds import _words

    units, bodies = _words("government", "local_units"), _words("government", "local_bodies")
    by_end = {c.span.end: c for c in cands}
    dropped: set[int] = set()
    for c in cands:
        span = c.span
        if (
            len(span) != 2 or span.kb_id_ or c.name is not None or not all(t.is_title for t in span)
            or span[0].lower_ not in units or span[1].lower_ not in bodies
        ):
            continue
        first = by_end.get(span.start)
        if (
            first is None or id(first) in dropped or first.name is not None
            or (first.span.kb_id_ and first.span.label_ not in ("GPE", "LOC"))  # a division the KB knows: "Kwai Tsing"
            or first.span.label_ not in ("GPE", "LOC", "ORG", "PERSON") or len(first.span) > 3
            or not all(t.is_title for t in first.span) or country_by_name(first.span.text) is not None
        ):
            continue
        dropped.add(id(first))
        c.span, c.long_form = SpacySpan(doc, first.span.start, span.end, label="ORG"), None
    return [c for c in cands if id(c) not in dropped]


def cut_hedge_words(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A name the NER began with a word of doubt that opens the sentence ("*Suspected ADF*
    rebels attacked", "*Alleged Boko Haram* members": ``[not_names] hedges`` of names.toml):
    the name starts after it, when a capitalised word is left."""
    from spacy.tokens import Span as SpacySpan

    from .names import word_key
    from .wordlists import lexicon

    hedges = frozenset(lexicon("names")["not_names"]["hedges"])
    for c in cands:
        span = c.span
        first = doc[span.start]
        if len(span) < 2 or c.name is not None or span.kb_id_ or word_key(first.text) not in hedges:
            continue
        if not doc[span.start + 1].text[:1].isupper():
            continue
        c.span = SpacySpan(doc, span.start + 1, span.end, label=span.label_)
    return cands


def join_aims_over_and(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """An organisation's name of the form "X for A and B" that the NER ended before "and"
    ("*Front for Change*" + "and" + "*Concord*", a town of New Hampshire): the name goes on
    over "and" and the one capitalised word after it, which the NER read as a name of its
    own or none, when lower-case words or punctuation follow that word (not a longer name:
    "the Front for Change and Concord Party" is left alone), and the KB links neither part."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    starts = {c.span.start: c for c in cands}
    out: list[Candidate] = []
    drop: set[int] = set()
    for c in cands:
        if id(c) in drop:
            continue
        span = c.span
        end = span.end
        words = [t.lower_ for t in span]
        if (
            span.kb_id_ or c.name is not None or span.label_ != "ORG" or len(span) < 3 or words[-2] != "for"
            or not span[-1].is_title or end + 2 > len(doc) or doc[end].lower_ != "and"
        ):
            out.append(c)
            continue
        word = doc[end + 1]
        after = doc[end + 2] if end + 2 < len(doc) else None
        other = starts.get(end + 1)
        if (
            not word.is_title or word.pos_ not in ("PROPN", "NOUN") or (after is not None and after.is_title)
            or (other is not None and (other.span.kb_id_ or len(other.span) != 1))
        ):
            out.append(c)
            continue
        if other is not None:
            drop.add(id(other))
        out.append(Candidate(SpacySpan(doc, span.start, end + 2, label="ORG")))
    return [c for c in out if id(c) not in drop]


def finish_names_cut_after_of(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """An organisation's name the NER ended on "of" or "for" ("the *United Liberation Front
    of*" + "Asom"): the name goes on over the capitalised words right after it, which the
    NER read as no name or as a one-word name of its own the KB does not link."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    starts = {c.span.start: c for c in cands}
    out: list[Candidate] = []
    drop: set[int] = set()
    for c in cands:
        span = c.span
        end = span.end
        if span.kb_id_ or c.name is not None or span.label_ != "ORG" or len(span) < 3 or span[-1].lower_ not in ("of", "for"):
            out.append(c)
            continue
        stop = end
        while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ in ("PROPN", "NOUN"):
            stop += 1
        other = starts.get(end)
        if stop == end or (other is not None and (other.span.kb_id_ or other.span.end > stop)):
            out.append(c)
            continue
        if other is not None:
            drop.add(id(other))
        out.append(Candidate(SpacySpan(doc, span.start, stop, label="ORG")))
    return [c for c in out if id(c) not in drop]


def acronyms_after_kind_nouns(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """An acronym the NER left out right after a lower-case noun of a kind of body ("the
    public broadcaster *RTVS*", "the militia *CODECO*"; names.toml ``[groups] kinds_before``):
    an organisation's name."""
    from spacy.tokens import Span as SpacySpan

    from .names import acronym_shaped, name_lexicon, word_key
    from .spans import Candidate

    kinds = name_lexicon().kinds_before
    covered = {t.i for c in cands for t in c.span}
    # only the words right after a kind's noun become Token objects (each distinct word asked once)
    after_kinds = sorted(i + 1 for text, at in positions_by_text(doc).items() if word_key(text) in kinds for i in at if i + 1 < len(doc))
    added = [
        Candidate(SpacySpan(doc, t.i, t.i + 1, label="ORG"))
        for t in (doc[i] for i in after_kinds)
        if t.i not in covered and acronym_shaped(t.text) and len(t.text) >= 3 and t.pos_ in ("PROPN", "NOUN")
        and (before := doc[t.i - 1]).is_lower and before.pos_ == "NOUN" and word_key(before.text) in kinds
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())
    ]
    return sorted([*cands, *added], key=lambda c: c.span.start) if added else cands


def apostrophe_word(token: "Token") -> bool:
    """Whether ``token`` is a capitalised word with an apostrophe inside ("Ja’far", "O'Neill").

    >>> import spacy
    >>> doc = spacy.blank("en")("Ja’far and O'Neill don't")
    >>> [apostrophe_word(t) for t in doc]
    [True, False, True, False, False]
    """
    return bool(_NAME_WORD.match(token.text))


def take_in_apostrophe_words(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """Extend a person's name the NER found over the apostrophe words right next to it that
    no other name holds ("Sa’d" + "al-Hariri": "Sa’d al-Hariri"); a one-word name the NER
    took for a place, a body or a nationality that no gazetteer knows, next to such a word,
    is a person's name with it ("Mu’tasim" + "Ni’mati" (GPE): a person). Names the knowledge
    base links, nicknamed names and the long or short forms of a definition are left alone.
    """
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import candidates as places_named
    from .names import acronym_shaped

    if not _NAME_WORD_LINE.search("\n".join(positions_by_text(doc))):  # (an apostrophe word among the words written: one search)
        return cands
    owner = {t.i for c in cands for t in c.span}
    for c in cands:
        span = c.span
        if span.kb_id_ or c.name is not None or c.long_form is not None:
            continue
        person = span.label_ == "PERSON"
        first_name = (
            span.label_ in ("GPE", "ORG", "NORP") and len(span) == 1 and not acronym_shaped(span.text)
            and not places_named(span.text)
        )
        if not (person or first_name):
            continue
        start, end = span.start, span.end
        while start > 0 and start - 1 not in owner and doc[start - 1].whitespace_ and apostrophe_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and end not in owner and doc[end - 1].whitespace_ and apostrophe_word(doc[end]):
            end += 1
        if (start, end) == (span.start, span.end):
            continue
        owner.update(range(start, end))
        c.span = SpacySpan(doc, start, end, label="PERSON")
    return cands


def take_in_given_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A one-word name the NER read as a place or a nationality, right after a capitalised
    proper noun it left out that is no place's, title's or known name's word ("alongside
    *Amadou* Koufa"), is a person's surname: the two words are a person's name, unless the
    gazetteer knows the two as one place ("Wad Madani"). The word before is a compound of
    the name (one noun phrase), not a title ("Governor"), no word of a place's name
    ("Port", "Jebel", "Tin", "Upper", "North"), no word the gazetteer or the knowledge base
    knows, and no name of the article's other names.

    So too a surname alone that the knowledge base knows as a person's ("Aliyev") with
    another given name before it: "the President of Azerbaijan *Heydar* Aliyev" names
    Heydar Aliyev, not the Ilham Aliyev the surname alone would link to.
    """
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import candidates as places_named, country_by_name
    from .lexicon import TITLE_HEADS, TITLE_MODIFIERS
    from .linking import DIRECTIONS, linker_for
    from .names import acronym_shaped, is_title, name_lexicon, word_key

    lex = name_lexicon()
    place_words = lex.settlement_first | lex.natural_first | lex.site_first | lex.unit_heads | lex.particles
    owner = {t.i for c in cands for t in c.span}
    for c in cands:
        span = c.span
        if (
            c.name is not None or c.long_form is not None or len(span) != 1 or span.start == 0
            or acronym_shaped(span.text) or not (
                not span.kb_id_ and span.label_ in ("GPE", "LOC", "NORP")
                or span.label_ == "PERSON" and _known_surname(doc, span)
            )
        ):
            continue
        before = doc[span.start - 1]
        key = word_key(before.text)
        if (
            before.i in owner or not before.whitespace_ or before.pos_ != "PROPN" or not before.is_title
            or not before.is_alpha or before.dep_ not in ("compound", "nmod") or before.head.i != span.start
            or is_title(before) or before.lower_ in TITLE_HEADS or before.lower_ in TITLE_MODIFIERS
            or key in place_words or key in DIRECTIONS
        ):
            continue
        joined = f"{before.text} {span.text}"
        if places_named(before.text) or places_named(joined) or country_by_name(before.text) is not None:
            continue
        linker = linker_for(doc)
        if linker.lookup(before.text) is not None or linker.lookup(joined) is not None:
            continue
        owner.add(before.i)
        c.span = SpacySpan(doc, before.i, span.end, label="PERSON")
    return cands


def _known_surname(doc: "Doc", span: "SpacySpan") -> bool:
    """Whether a one-word person's span is a knowledge-base person's by their surname alone
    (the span's KB entity is a person whose label ends in the word, and is longer)."""
    from .linking import linker_for

    if not span.kb_id_:
        return False
    kb_entity = linker_for(doc).lookup(span.text)
    if kb_entity is None or kb_entity.kind != "person":
        return False
    words = kb_entity.label.split()
    return len(words) > 1 and words[-1] == span.text


def trim_common_nouns(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A person's name the NER ran on over lower-case common nouns ("*Amhara militiamen* had
    attacked"): the name stops before them, and is none when nothing capitalised is left.
    Particles of names ("bin", "dan", "de") are no such nouns."""
    from spacy.tokens import Span as SpacySpan

    from .names import name_lexicon, word_key

    particles = name_lexicon().particles
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        if span.label_ != "PERSON" or span.kb_id_ or c.name is not None or c.long_form is not None:
            out.append(c)
            continue
        end = span.end
        while (
            end > span.start and doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 1].tag_ in ("NN", "NNS")
            and word_key(doc[end - 1].text) not in particles
        ):
            end -= 1
        if end == span.end:
            out.append(c)
        elif any(t.text[:1].isupper() for t in doc[span.start:end]):
            c.span = SpacySpan(doc, span.start, end, label=span.label_)
            out.append(c)
    return out


def people_by_address_title(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A name the NER read as a body's, a place's or a nationality's that begins with a
    title of address only people bear (``[titles_of_address]`` of names.toml: "*Daw Aung*"
    of "Daw Aung San Suu Kyi", "*U Win Myint*"; not every title: "General", "Sheikh" and
    "King" also begin the names of bodies and sites), the rest capitalised proper nouns none
    of which is a word of a body's, a site's or a unit's name, is a person's; it goes on over
    the proper nouns the parser chains to it that no other name holds ("San Suu Kyi"). So is
    such a name the title stands just before ("Dr. *Victoria*"), or a royal one (``royal``:
    "Crown Princess *Victoria*", the titles in the NER's name or out of it), even one the KB
    knows as a place: its link goes."""
    from spacy.tokens import Span as SpacySpan

    from .names import addressed, is_title, name_lexicon, word_key

    lex = name_lexicon()
    if (lex.address_titles | lex.royal_titles).isdisjoint(map(word_key, positions_by_text(doc))):  # (each word written once)
        return cands
    body_words = lex.org_words | lex.group_heads | lex.site_heads | lex.unit_heads
    owner = {t.i for c in cands for t in c.span}
    for c in cands:
        span = c.span
        inner = span.start
        while inner < span.end - 1 and is_title(doc[inner]) and doc[inner].text[:1].isupper() and word_key(span[0].text) not in lex.address_titles:
            inner += 1  # "*Crown Princess Victoria*": the titles the NER took in stand before the name ("*Daw Aung*" goes on below)
        if (
            c.name is None and c.long_form is None and span.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC")
            and addressed(doc, inner)
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and word_key(t.text) not in body_words for t in span)
        ):
            # "Dr. *Victoria* said", "Ms. *Jordan* told reporters": the title stands outside the
            # name, which the NER or the KB read as a place's; it is a person's
            c.span = SpacySpan(doc, span.start, span.end, label="PERSON")
            continue
        if (
            span.kb_id_ or c.name is not None or c.long_form is not None or len(span) < 2
            or span.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") or not span[0].text[:1].isupper()
            or word_key(span[0].text) not in lex.address_titles
        ):
            continue
        rest = span[1:]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and word_key(t.text) not in body_words for t in rest):
            continue
        end = span.end
        while (
            end < len(doc) and end not in owner and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and word_key(doc[end].text) not in body_words
        ):
            end += 1
        owner.update(range(span.end, end))
        c.span = SpacySpan(doc, span.start, end, label="PERSON")
    return cands


def cut_office_words(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A person's name the NER began on the last word of the body before it: "the High
    Commissioner's *Office Mona Rishmawi*", "the Interior *Ministry Ahmed Saleh*". The
    capitalised words at the front of a person's name that head a body's or an office's name
    (``[posts] offices`` of ontology/lexicon/bodies.toml and the names lexicon's group heads)
    go, when two or more capitalised proper nouns that are no such word are left."""
    from spacy.tokens import Span as SpacySpan

    from .names import name_lexicon, word_key
    from .wordlists import lexicon

    lex = name_lexicon()
    heads = lex.group_heads | lex.org_words | {w.lower() for w in lexicon("bodies")["posts"]["offices"]}
    for c in cands:
        span = c.span
        if span.label_ != "PERSON" or span.kb_id_ or c.name is not None or len(span) < 3:
            continue
        start = span.start
        while start < span.end and span.doc[start].text[:1].isupper() and word_key(span.doc[start].text) in heads:
            start += 1
        rest = doc[start:span.end]
        if start > span.start and len(rest) >= 2 and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and word_key(t.text) not in heads for t in rest
        ):
            c.span = SpacySpan(doc, start, span.end, label="PERSON")
    return cands


def capitalised_verbs(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A given name that is also an English verb, which the tagger read as one: "Said" of
    "the President of Puntland *Said* Abdullahi Deni" (and "Hamid", "Amin"...). An English
    verb is not capitalised inside a sentence: a capitalised word tagged as a past form of a
    verb, neither at the start of its sentence nor after a colon, a dash or a quotation mark,
    before one or more capitalised proper nouns, begins a person's name (the NER's person's
    name there goes back over it; or the words become one). Not a place's or a body's name
    the NER found after it ("the *Occupied* Palestinian Territory"), not a campaign's in the
    imperative ("Bring Back Our Girls"), not in a sentence written in title case (a headline)."""
    from spacy.attrs import TAG
    from spacy.strings import get_string_id
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    starts = {c.span.start: c for c in cands}
    owner = {t.i for c in cands for t in c.span}
    out = list(cands)
    past = {get_string_id("VBD"), get_string_id("VBN")}  # (only the past forms become Token objects)
    for t in (doc[i] for i, tag in enumerate(doc.to_array(TAG).tolist() if len(doc) else ()) if tag in past):
        if (
            t.tag_ not in ("VBD", "VBN") or not t.is_title or t.is_sent_start or t.i in owner or t.i + 1 >= len(doc)
            or doc[t.i - 1].is_punct and doc[t.i - 1].text not in (",",) or doc[t.i - 1].is_quote
        ):
            continue
        if not any(w.is_alpha and w.is_lower and not w.is_stop for w in t.sent):
            continue  # a headline: every word but the small ones capitalised
        end = t.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and (end not in owner or end == t.i + 1):
            if end in owner:
                break
            end += 1
        after = starts.get(t.i + 1)
        if after is not None and after.span.label_ == "PERSON" and not after.span.kb_id_ and after.name is None:
            after.span = SpacySpan(doc, t.i, after.span.end, label="PERSON")
            owner.update(range(t.i, after.span.end))
        elif end > t.i + 1:
            out.append(Candidate(SpacySpan(doc, t.i, end, label="PERSON")))
            owner.update(range(t.i, end))
    return out


#: Dashes that join the words of one name when written close: hyphens, and the en dash
#: ("ZANU–PF"; an en dash between spaces parts two names, "Islamic State – Khorasan").
_CLOSE_DASHES = ("-", "‑", "–")


def hyphenated_acronyms(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """An organisation's name the NER stopped at the hyphen after an acronym ("*SSC*-Khatumo",
    "*SPLM*-IO", "*FPR*-Inkotanyi"), or at an en dash written close as encyclopaedias join
    acronyms ("*ZANU*–PF", "IS–KP"): it goes on over the dash and the capitalised word after
    it, written close, unless that word is a country (not by a two-letter code the KB does not
    read as one), a town or a name the KB knows ("UN-AU", "*ECOWAS*-Mali" are two names); a name the NER found in that word gives way."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import candidates, country_codes
    from .names import acronym_shaped

    dropped: set[int] = set()
    for c in cands:
        span = c.span
        end = span.end
        if span.label_ not in ("ORG", "NORP") or c.name is not None or end + 1 >= len(doc) or not acronym_shaped(span.text):
            continue
        if doc[end - 1].whitespace_ or doc[end].text not in _CLOSE_DASHES or doc[end].whitespace_:
            continue
        word = doc[end + 1]
        if not (word.is_alpha and word.text[:1].isupper()) or word.ent_kb_id_ or candidates(word.text):
            continue
        if country_codes(word.text) and not (len(word.text) == 2 and word.is_upper):
            continue  # "ECOWAS-Mali"; a two-letter code no one writes for its country ("PF", "KP") joins
        if end + 2 < len(doc) and doc[end + 2].text in _CLOSE_DASHES and not doc[end + 1].whitespace_:
            continue  # "SAF-RSF-..." chains: no one name
        c.span = SpacySpan(doc, span.start, end + 2, label="ORG")
        dropped |= {id(o) for o in cands if o is not c and o.span.start < end + 2 and end < o.span.end}
    return [c for c in cands if id(c) not in dropped]


def polities_of_places(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A polity named after its seat or land that the NER cut to the place ("the Sultanate of
    *Sulu*", "the Emirate of *Kano*"; ``[groups] polity_heads`` of names.toml): the name
    takes in the capitalised polity noun and "of", as an organisation's; not a country's
    name ("the Kingdom of *Spain*", which the knowledge base reads whole when it knows it)."""
    from spacy.tokens import Span as SpacySpan

    from ..kb.geo import country_codes
    from .names import name_lexicon, word_key

    heads = name_lexicon().polity_heads
    for c in cands:
        span = c.span
        start = span.start
        if c.name is not None or span.kb_id_ or start < 2 or doc[start - 1].lower_ != "of" or country_codes(span.text):
            continue
        head = doc[start - 2]
        if not head.text[:1].isupper() or word_key(head.text) not in heads:
            continue
        if any(o is not c and o.span.start <= start - 2 < o.span.end for o in cands):
            continue
        c.span = SpacySpan(doc, start - 2, span.end, label="ORG")
    return cands


def hyphenated_surnames(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """A person's name the NER stopped at the hyphen of a double surname ("Clementine
    *Nkweta*-Salami", "Ahmed *Ould*-Abdallah"): it goes on over the hyphen and the capitalised
    word after it, written close; a name the NER found in that word gives way."""
    from spacy.tokens import Span as SpacySpan

    dropped: set[int] = set()
    for c in cands:
        span = c.span
        end = span.end
        if span.label_ != "PERSON" or span.kb_id_ or c.name is not None or end + 1 >= len(doc):
            continue
        if doc[end - 1].whitespace_ or doc[end].text not in ("-", "‑") or doc[end].whitespace_:
            continue
        word = doc[end + 1]
        if not (word.is_alpha and word.is_title):
            continue
        c.span = SpacySpan(doc, span.start, end + 2, label="PERSON")
        dropped |= {id(o) for o in cands if o is not c and o.span.start < end + 2 and end < o.span.end}
    return [c for c in cands if id(c) not in dropped]
