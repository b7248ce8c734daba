"""Entities and their mentions, from the spaCy ``Doc``.

Every name span (the NER's, corrected by the knowledge-base ruler of :mod:`kg.nlp`) goes
through the same steps, so that every mention of one real-world entity in the article
lands on one canonical :class:`~kg.extract.model.Entity`:

1. **Trim** it to the words that name: determiners, quotes, a possessive and, for people,
   titles and honorifics go ("the EU’s" → "EU", "U.S. Secretary of State Antony Blinken"
   → "Antony Blinken"). A span made only of title words ("State" in "Secretary of State",
   "Prime Minister") is not an entity.
2. **Link** it (:mod:`kg.extract.linking`): the KB's entity when the KB knows the name —
   its type wins over the NER's — else an entity typed from the NER.
3. **Metonymy**: a capital or seat of power used as an actor becomes what it stands for
   ("Baku declared" → Azerbaijan; "in Baku" stays the city).
4. **Demonyms** are affiliations, not entities: "Armenian" alone gives no entity, but a
   demonym modifying a noun of force or authority ("Azerbaijani soldiers", "Armenian
   officials") is a mention of that country's armed forces or government (or of the
   country when the KB knows no such body).
5. **Partial names**: a one-word mention that is the surname of a person named in full in
   the same article is that person ("Hajiyev" → Hikmet Hajiyev), whatever the NER called it.

Keys (:func:`~kg.extract.linking.entity_key`): a KB entity's IRI, else ``kind/slug``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, HONORIFICS, TITLE_HEADS, is_title_word
from .linking import CONFIDENCE, NER_TYPES, Linker, actor_use, entity_key, first_conjunct
from .model import Entity, Mention, Span
from .normalise import normalise_label, trim_span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


__all__ = ["extract_entities", "NER_TYPES", "entity_key", "name_span", "linker_for"]

_ARTICLES = frozenset({"the", "a", "an"})
#: Lower-case particles that may be dropped from a surname ("al-Burhan" -> "Burhan").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu"})
#: Nouns of area whose "of" object is a place ("residential areas of Omdurman").
_AREA_NOUNS = frozenset(
    {"area", "city", "town", "village", "outskirts", "suburb", "district", "centre", "center", "region", "province",
     "streets", "street", "neighbourhood", "neighborhood", "capital", "port", "part", "parts", "north", "south", "east", "west"}
)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass
class _Found:
    """One mention being resolved."""

    span: Span
    tokens: "SpacySpan"
    ner_label: str
    entity: Entity | None  # None until typed (names only the NER found)
    how: str  # a key of CONFIDENCE

    @property
    def one_word(self) -> bool:
        return len(self.span.text.split()) == 1


def linker_for(doc: "Doc") -> Linker:
    """A :class:`Linker` over the knowledge base the pipeline's ruler used on ``doc``."""
    from ..nlp.kb_ruler import kb_of

    return Linker(kb_of(doc))


def name_span(ent: "SpacySpan", *, strip_titles: bool) -> "SpacySpan":
    """The tokens of ``ent`` that name: no determiner, quote, possessive or (optionally) title.

    Titles are cut from the front when ``strip_titles``: every token before the span's root
    that belongs to the subtree of a title word ("U.S. Secretary of State" before
    "Antony Blinken") or is an honorific ("Mr.").
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in _ARTICLES or doc[start].is_punct or doc[start].is_quote):
        start += 1
    while end > start and (doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if strip_titles and end - start > 1:
        root = doc[start:end].root
        cut = start
        for token in doc[start:root.i]:
            lower = token.lower_
            if lower in HONORIFICS:
                cut = max(cut, token.i + 1)
            elif lower in TITLE_HEADS:
                inside = [t.i for t in token.subtree if start <= t.i < root.i]
                cut = max(cut, max(inside) + 1)
        if cut < end and doc[cut:end].text[:1].isupper():
            start = cut
    return doc[start:end]


def _only_title_words(tokens: "SpacySpan") -> bool:
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and all(is_title_word(t.text) or t.lower_ == "of" for t in words)


def extract_entities(doc: "Doc") -> tuple[dict[str, Entity], list[Mention]]:
    """Entities and mentions of ``doc``, mentions sorted by offset.

    Returns
    -------
    (dict of str to Entity, list of Mention)
        Canonical entities by key, and every mention pointing at one of them.
    """
    linker = linker_for(doc)
    text = doc.text
    found: list[_Found] = []
    demonyms: list[SpacySpan] = []

    for ent in doc.ents:
        label = ent.label_
        if label not in NER_TYPES and label != "NORP" and not ent.kb_id_:
            continue
        tokens = name_span(ent, strip_titles=label == "PERSON" or not ent.kb_id_)
        start, end = trim_span(text, tokens.start_char, tokens.end_char) if len(tokens) else (0, 0)
        if end <= start:
            continue
        surface = text[start:end]
        kb_entity = linker.get(ent.kb_id_) if ent.kb_id_ else linker.lookup(surface)
        if kb_entity is None:
            if linker.by_demonym(surface) is not None:
                demonyms.append(ent)  # "Azerbaijani": an affiliation, below
            elif label == "NORP":
                if surface[:1].isupper() and place_context(tokens):
                    found.append(_Found(Span(start, end, surface), tokens, label, None, "ner"))  # "areas of Omdurman"
                else:
                    demonyms.append(ent)  # a nationality or group the KB does not know
            elif not _only_title_words(tokens):  # not "State" in "Secretary of State"
                found.append(_Found(Span(start, end, surface), tokens, label, None, "ner"))
            continue
        how = "kb-label" if linker.is_label(kb_entity, surface) else "kb-alias"
        if how == "kb-alias" and kb_entity.kind == "person" and len(surface.split()) == 1:
            how = "kb-surname"
        target = linker.get(kb_entity.stands_for)
        if target is not None and actor_use(tokens):
            kb_entity, how = target, "metonymy"
        found.append(_Found(Span(start, end, surface), tokens, label, linker.entity_for_kb(kb_entity), how))

    taken = {(f.tokens.start, f.tokens.end) for f in found}
    found.extend(_affiliations(doc, demonyms, linker, taken))
    _type_ner_only(found, linker)
    _resolve_partial_names(doc, found)
    found.sort(key=lambda f: (f.span.start, f.span.end))

    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for f in found:
        entity = entities.setdefault(f.entity.key, f.entity)
        if f.how not in ("metonymy", "demonym"):  # names it is called by, not "Baku" for Azerbaijan
            entity.aliases.add(f.span.text)
        mentions.append(Mention(span=f.span, entity=entity.key, ner_label=f.ner_label, confidence=CONFIDENCE[f.how]))
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return entities, mentions


def _affiliations(doc: "Doc", demonyms: list["SpacySpan"], linker: Linker, taken: set[tuple[int, int]]) -> list[_Found]:
    """Mentions made by a demonym with a noun of force or authority ("Azerbaijani soldiers")."""
    out: list[_Found] = []
    for ent in demonyms:
        token = ent.root
        country = linker.by_demonym(token.text)
        head = token.head
        if country is None or head is token or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        noun = head.lower_
        if noun not in FORCE_NOUNS and noun not in AUTHORITY_NOUNS and head.lemma_.lower() not in FORCE_NOUNS | AUTHORITY_NOUNS:
            continue
        if head.i < token.i or (ent.start, head.i + 1) in taken:
            continue
        body = linker.affiliated(country, token.text, noun)
        tokens = doc[ent.start:head.i + 1]
        out.append(_Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "NORP", linker.entity_for_kb(body), "demonym"))
    return out


def _type_ner_only(found: list[_Found], linker: Linker) -> None:
    """Type the names only the NER found, with the article's countries as context.

    The article's geographic context (:func:`kg.extract.geocontext.article_context`: the
    countries it names, its dateline, the regions named near each name) places the towns.
    A name the NER typed as an organisation or a group but the sentence uses as a place
    ("areas of Omdurman and Nyala") is tried as a town too.
    """
    if not found:
        return
    from .geocontext import article_context

    context = article_context(found[0].tokens.doc, [(f.tokens, f.entity) for f in found], linker)
    for f in found:  # the KB's towns, read against the article's geography
        if f.entity is not None:
            dateline = (f.span.start, f.span.end) == context.dateline_span
            better = linker.relink_place(f.span.text, f.entity, context, dateline=dateline)
            if better is not None:
                f.entity, f.how = better, "geonames"
    places = {f.tokens.root.i for f in found if f.entity is not None and f.entity.kind == "place"}
    for f in found:
        if f.entity is not None:
            continue
        label = normalise_label(f.span.text)
        ner_label = f.ner_label if f.ner_label in NER_TYPES else "ORG"
        if ner_label in ("ORG", "PERSON") or f.ner_label == "NORP":
            if place_context(f.tokens, places):
                town = linker.entity_for_ner(label, "GPE", towns_only=True, context=context)
                if town is not None:
                    f.entity, f.how = town, "geonames"
                    places.add(f.tokens.root.i)
                    continue
        f.entity = linker.entity_for_ner(label, ner_label, context=context)
        if f.entity.link_source == "geonames":
            f.how = "geonames"
            places.add(f.tokens.root.i)


def place_context(tokens: "SpacySpan", places: set[int] | None = None) -> bool:
    """Whether the sentence uses ``tokens`` as a place: object of "in", "near", "of" ...
    after a noun of area, or coordinated with a place ("Omdurman and *Nyala*")."""
    from .lexicon import PLACE_PREPOSITIONS

    root = tokens.root
    first = first_conjunct(root)
    if places and first.i != root.i and first.i in places:
        return True
    if first.dep_ != "pobj":
        return False
    prep = first.head
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _AREA_NOUNS


def _surname_keys(name: str) -> set[str]:
    """How a person's surname may appear alone: "al-Burhan" and "Burhan"."""
    last = name.split()[-1].lower()
    keys = {last}
    prefix, _, rest = last.partition("-")
    if rest and prefix in _NAME_PARTICLES:
        keys.add(rest)
    return keys


def _resolve_partial_names(doc: "Doc", found: list[_Found]) -> None:
    """One-word mentions that are the surname of a person named in full in the article.

    Also finds the surnames the NER missed altogether ("Burhan spoke ..." after "Abdel
    Fattah al-Burhan"): a capitalised proper noun outside every entity.
    """
    full: dict[str, list[tuple[int, Entity]]] = {}
    for f in found:
        if f.entity is not None and f.entity.kind == "person" and not f.one_word:
            for key in _surname_keys(f.span.text):
                full.setdefault(key, []).append((f.span.start, f.entity))
    if not full:
        return

    def person_for(word: str, start: int) -> Entity | None:
        people = full.get(word.lower())
        if not people:
            return None
        before = [e for s, e in people if s < start]
        return before[-1] if before else people[0][1]

    for f in found:
        if f.one_word:
            person = person_for(f.span.text, f.span.start)
            if person is not None:
                f.entity, f.how = person, "partial-name"
    covered = {t.i for f in found for t in f.tokens}
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title or token.ent_type_:
            continue
        if token.i > 0 and doc[token.i - 1].text == "-":
            continue  # the "Burhan" of "al-Burhan" in a name not taken as one
        person = person_for(token.text, token.idx)
        if person is not None:
            tokens = doc[token.i:token.i + 1]
            span = Span(token.idx, token.idx + len(token.text), token.text)
            found.append(_Found(span, tokens, "PERSON", person, "partial-name"))
