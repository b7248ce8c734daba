"""Entities and their mentions, from the spaCy ``Doc``.

Every name span goes through the same steps, so that every mention of one real-world
entity in the article lands on one canonical :class:`~kg.extract.model.Entity`:

0. **Shape** the spans (:mod:`kg.extract.names`): the NER's spans (corrected by the
   knowledge-base ruler of :mod:`kg.nlp`) are joined where a quoted nickname split a name
   ("Jimmy “Barbecue” Cherizier": label "Jimmy Cherizier", alias "Barbecue") or the NER
   cut one in two, extended over particle chains ("... al-Islam wal-Muslimeen"), and
   completed with the two sides of a definition ("the 23 March Movement, or M23",
   "Sudanese Armed Forces (SAF)", "..., known as Hemedti") and with names in other scripts
   after a title.
1. **Trim** it to the words that name: determiners, quotes, a possessive and, for people,
   titles, ranks and honorifics go ("the EU’s" → "EU", "U.S. Secretary of State Antony
   Blinken" → "Antony Blinken", "Brig. Gen. Yahya ..." → "Yahya ..."). A span made only of
   title words ("State" in "Secretary of State", "Brig") is not an entity.
2. **Link** it (:mod:`kg.extract.linking`): the KB's entity when the KB knows the name —
   its type wins over the NER's.
3. **Type** the names the KB does not know by votes (:mod:`kg.extract.typer`): the NER's
   label, the sentence's evidence (a title before it, a group noun after it, a place
   preposition ...) and the gazetteer's priors (GeoNames countries and towns), added over
   every mention of the name in the article, so that one surface form has one type.
4. **Metonymy**: a capital or seat of power used as an actor becomes what it stands for
   ("Baku declared" → Azerbaijan, "Kyiv said" → Ukraine; "in Baku" stays the city).
5. **Demonyms** are affiliations, not entities: "Armenian" alone gives no entity, but a
   demonym modifying a noun of force or authority ("Azerbaijani soldiers", "Armenian
   officials") is a mention of that country's armed forces or government (or of the
   country when the KB knows no such body; "the Malian government" is then a government
   node of its own, one per country).
6. **Short names**: a short name the text defined, or a quoted nickname, is the long
   name's entity wherever it occurs; a run of words at the start or end of an
   organisation's name given earlier is that organisation ("Armed Forces" after "Sudanese
   Armed Forces"); a one-word mention that is the surname of a person named in full in the
   same article is that person ("Hajiyev" → Hikmet Hajiyev), whatever the NER called it.
7. **Points**: a place no gazetteer placed (a camp, a hotel, a district) takes, with a low
   confidence, the point of the town it is named with, else of the article's town
   (:func:`kg.extract.geocontext.borrow_points`).

Keys (:func:`~kg.extract.linking.entity_key`): a KB entity's IRI, else ``kind/slug``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .doctext import doc_text
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, HONORIFICS, PLACE_PREPOSITIONS, TITLE_HEADS, is_title_word
from .linking import CONFIDENCE, NER_TYPES, SOURCE_CONFIDENCE, Linker, actor_use, entity_key, first_conjunct, linker_for
from .model import Entity, Mention, Span
from .names import (
    before_place_noun,
    in_dateline,
    is_reference,
    is_title,
    name_lexicon,
    names_a_kind,
    names_a_post,
    title_length,
    titled,
    word_key,
)
from .normalise import normalise_label, trim_span
from .spans import Candidate, name_candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ..kb.geocode import GeoContext


__all__ = ["extract_entities", "NER_TYPES", "entity_key", "name_span", "linker_for"]

_ARTICLES = frozenset({"the", "a", "an"})
#: Lower-case particles that may be dropped from a surname ("al-Burhan" -> "Burhan").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu"})
#: Nouns of area whose "of" object is a place ("residential areas of Omdurman").
_AREA_NOUNS = frozenset(
    {"area", "city", "town", "village", "outskirts", "suburb", "district", "centre", "center", "region", "province",
     "streets", "street", "neighbourhood", "neighborhood", "capital", "port", "part", "parts", "north", "south", "east", "west"}
)
#: NER labels of names that are no entity kind of kg's, but may be a town the NER misread.
_OTHER_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass
class _Found:
    """One mention being resolved."""

    span: Span
    tokens: "SpacySpan"
    ner_label: str
    entity: Entity | None  # None until typed (names only the NER found)
    how: str  # a key of CONFIDENCE
    name: str | None = None  # the name, when not the span's text ("A “Nick” B" -> "A B")
    aliases: tuple[str, ...] = ()  # other names the text gives it (a quoted nickname)
    titled: bool = False  # a title or rank stood before it
    nickname: bool = False
    defined: bool = False  # the long form of a definition ("... (SAF)")
    town_only: bool = False  # an entity only if the gazetteer places it as a town ("near *Dori*", NER PRODUCT)

    @property
    def label(self) -> str:
        return normalise_label(self.name or self.span.text)

    @property
    def one_word(self) -> bool:
        return len(self.span.text.split()) == 1


def _had_title(ent: "SpacySpan", tokens: "SpacySpan") -> bool:
    """Whether a title or rank stood before the name ``tokens`` (inside ``ent`` or just before it)."""
    doc = ent.doc
    if len(tokens) == 0:
        return False
    if any(is_title(t) or t.lower_ in HONORIFICS or t.lower_ in TITLE_HEADS for t in doc[ent.start:tokens.start]):
        return True
    return titled(doc, tokens.start)


def name_span(ent: "SpacySpan", *, strip_titles: bool) -> "SpacySpan":
    """The tokens of ``ent`` that name: no determiner, quote, possessive or (optionally) title.

    Titles are cut from the front when ``strip_titles``: every token before the span's root
    that belongs to the subtree of a title word ("U.S. Secretary of State" before
    "Antony Blinken") or is an honorific ("Mr."); then, from the names of people, countries
    and towns, the ranks, titles and roles of ``ontology/lexicon/names.toml`` ("Brig. Gen.",
    "Sheikh", "Villager"). A span that is nothing but such words comes back empty.
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    particles = name_lexicon().particles
    while start < end and (
        doc[start].lower_ in _ARTICLES or doc[start].is_punct or doc[start].is_quote
        or (end - start > 1 and doc[start].is_lower and doc[start].is_alpha and doc[start].lower_ not in particles)
    ):  # and a lower-case word the NER took in ("retook Lalibela"), not a particle ("al-", "de")
        start += 1
    while end > start and (doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if strip_titles and end - start > 1:
        root = doc[start:end].root
        cut = start
        title_names = name_lexicon().title_names
        for token in doc[start:root.i]:
            lower = token.lower_
            if lower in title_names and root.i == token.i + 1 == end - 1:
                break  # "Gen. *Sultan* Abdulkareem": a title that is also a name, before a lone word
            if lower in HONORIFICS:
                cut = max(cut, token.i + 1)
            elif lower in TITLE_HEADS:
                inside = [t.i for t in token.subtree if start <= t.i < root.i]
                cut = max(cut, max(inside) + 1)
        if cut < end and doc[cut:end].text[:1].isupper():
            start = cut
    if strip_titles and start < end:
        n = title_length(doc[start:end])  # "Brig. Gen.", "Villager"; all of "Brig" when alone
        if ent.label_ in ("PERSON", "GPE", "NORP") or n == end - start:  # not "Imam Ali Shrine", "Prince Sultan Air Base"
            start += n
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
    text = doc_text(doc)
    found: list[_Found] = []
    demonyms: list[SpacySpan] = []
    candidates, defined = name_candidates(doc)

    for cand in candidates:
        ent = cand.span
        label = ent.label_
        if label not in NER_TYPES and label != "NORP" and not ent.kb_id_:
            if label in _OTHER_NAME_LABELS and ent.text[:1].isupper() and place_context(ent):
                # "near *Dori*" read as a product: a town if the article's gazetteer places it
                tokens = name_span(ent, strip_titles=False)
                if len(tokens):
                    found.append(_Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", None, "ner", town_only=True))
            continue
        tokens = name_span(ent, strip_titles=label == "PERSON" or (not ent.kb_id_ and label not in ("LOC", "FAC")))
        start, end = trim_span(text, tokens.start_char, tokens.end_char) if len(tokens) else (0, 0)
        if end <= start:
            continue
        surface = text[start:end]
        name = cand.name.label if cand.name is not None else None
        extra = dict(
            name=name,
            aliases=cand.name.aliases if cand.name is not None else (),
            titled=_had_title(ent, tokens),
            nickname=cand.name is not None and bool(cand.name.aliases),
            defined=(ent.start, ent.end) in defined,
        )
        kb_entity = linker.get(ent.kb_id_) if ent.kb_id_ else linker.lookup(name or surface)
        if kb_entity is None and not ent.kb_id_ and name is None:
            kb_entity = _plural_unit_region(linker, surface)  # "Idlib, Aleppo and *Hama Governorates*"
        if kb_entity is None:
            if linker.by_demonym(surface) is not None:
                demonyms.append(ent)  # "Azerbaijani": an affiliation, below
            elif label == "NORP":
                if (
                    surface[:1].isupper() and (place_context(tokens) or before_place_noun(tokens))
                    and tokens.root.head.head.lower_ not in ("known", "called") and not _adjective_only(tokens)
                ):
                    found.append(_Found(Span(start, end, surface), tokens, label, None, "ner", **extra))  # "areas of Omdurman"
                else:
                    demonyms.append(ent)  # a nationality or group the KB does not know
            elif is_reference(tokens):
                pass  # "Rule 37", "Resolution 2736", "Earth": no entity
            elif label in ("ORG", "PERSON") and names_a_post(tokens):
                pass  # "the Permanent Representative", "UN Special Coordinator": a post, not a body
            elif names_a_kind(tokens):
                demonyms.append(ent)  # "former X rebel groups": a kind of group, an affiliation at most
            elif not _only_title_words(tokens):  # not "State" in "Secretary of State"
                found.append(_Found(Span(start, end, surface), tokens, label, None, "ner", **extra))
            continue
        how = "kb-label" if linker.is_label(kb_entity, name or surface) else "kb-alias"
        if how == "kb-alias" and kb_entity.kind == "person" and len(surface.split()) == 1:
            how = "kb-surname"
        target = linker.get(kb_entity.stands_for)
        if target is not None and actor_use(tokens) and not in_dateline(tokens):
            kb_entity, how = target, "metonymy"
        found.append(_Found(Span(start, end, surface), tokens, label, linker.entity_for_kb(kb_entity), how, **extra))

    taken = {(f.tokens.start, f.tokens.end) for f in found}
    found.extend(_affiliations(doc, demonyms, linker, taken))
    context = resolve_names(doc, found, linker, candidates)
    _borrow_points(doc, found, linker, context)
    found.sort(key=lambda f: (f.span.start, f.span.end))

    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for f in found:
        entity = entities.setdefault(f.entity.key, f.entity)
        if f.how not in ("metonymy", "demonym"):  # names it is called by, not "Baku" for Azerbaijan
            entity.aliases.add(normalise_label(f.name) if f.name else f.span.text)
            entity.aliases.update(f.aliases)
        mentions.append(Mention(span=f.span, entity=entity.key, ner_label=f.ner_label, confidence=CONFIDENCE[f.how]))
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return entities, mentions


def _adjective_only(tokens: "SpacySpan") -> bool:
    """Whether a name of one or two words ending in an adjective is one the gazetteer knows
    no place by ("the *Himalayan* region", "*West African* states"): a description, not a
    place's name."""
    from ..kb.geo import candidates
    from ..kb.geocode import regions_named

    words = [t for t in tokens if not t.is_punct]
    return (
        bool(words) and len(words) <= 2 and words[-1].pos_ == "ADJ"
        and not candidates(tokens.text) and not regions_named(tokens.text)
    )


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
        entity = linker.entity_for_kb(body)
        if body is country and head.lemma_.lower() in _GOVERNMENT_NOUNS:
            # "the Malian government" when the KB knows no government of Mali: that
            # government, one node per country, not the country itself
            entity = Entity(
                key=entity_key("organization", f"Government of {country.label}"),
                label=f"{token.text} {head.lower_}",
                types=("GovernmentOrganization", "Organization"),
                kind="organization",
                aliases={f"Government of {country.label}"},
                country=country.key,  # kgo:country (the state bodies of kg/extract/events/groups.py)
                link_source="ner",
                link_confidence=SOURCE_CONFIDENCE["ner"],
            )
        out.append(_Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "NORP", entity, "demonym"))
    return out


#: Nouns of a country's government ("the Malian government", "the Philippine administration").
_GOVERNMENT_NOUNS = frozenset({"government", "administration"})


def resolve_names(doc: "Doc", found: list[_Found], linker: Linker, candidates: list[Candidate]) -> "GeoContext | None":
    """Type the names the KB does not know, then point short names at the long ones.

    In order: typing by votes (:func:`_type_ner_only`), a capital the NER found used as an
    actor (:func:`_capital_metonymy`), short forms a definition gave and quoted nicknames
    (:func:`_resolve_defined`), shortened organisation names (:func:`_resolve_short_forms`),
    surnames (:func:`_resolve_partial_names`).
    """
    matches, context = _type_ner_only(found, linker)
    _capital_metonymy(found, linker, matches)
    _resolve_defined(doc, found, candidates, linker)
    _resolve_short_forms(found)
    _resolve_partial_names(doc, found)
    return context


def _type_ner_only(found: list[_Found], linker: Linker) -> tuple[dict[str, object], "GeoContext | None"]:
    """Type the names only the NER found, by the votes of all their mentions (:mod:`kg.extract.typer`).

    The article's geographic context (:func:`kg.extract.geocontext.article_context`: the
    countries it names, KB or not, its dateline, the regions named near each name) places
    the towns, and re-reads the KB's towns against the article's geography. Every mention
    of one name gets the type the name wins over the article. Returns the gazetteer's place
    for each name (normalised) it found one for, and the article's geographic context.
    """
    if not found:
        return {}, None
    from ..kb import normalize_surface
    from ..kb.geo import country_by_name
    from .geocontext import add_unambiguous_towns, article_context
    from .typer import PLACE_LABELS, Votes, article_countries, gazetteer_prior, sentence_votes, vote

    context = article_context(found[0].tokens.doc, [(f.tokens, f.entity) for f in found], linker)
    _whole_dateline_town(found, context)
    for f in found:  # the KB's towns, read against the article's geography
        if f.entity is not None:
            dateline = (f.span.start, f.span.end) == context.dateline_span
            better = linker.relink_place(f.span.text, f.entity, context, dateline=dateline)
            if better is not None:
                f.entity, f.how = better, "geonames"
    found.extend(_missed_towns(found[0].tokens.doc, found, linker, context))
    pending = [f for f in found if f.entity is None]
    codes = article_countries(_named_countries(found, linker))
    # the countries the article is about only by its dateline or demonyms ("Somali troops"):
    # weaker evidence for a town there ("the Chinese national Li Wei" is no Chinese village)
    weak = [c for c in (*context.dateline, *context.countries) if c not in codes and context.supports(c)]
    country_names = {f.label for f in pending if f.ner_label == "GPE" and country_by_name(f.label) is not None}
    # towns and regions, for "Omdurman and *Nyala*" (not countries: "Israel and Hamas")
    places = {f.tokens.root.i for f in found if f.entity is not None and f.entity.kind == "place" and "Country" not in f.entity.types}
    places |= {f.tokens.root.i for f in pending if f.ner_label in PLACE_LABELS and f.label not in country_names}

    labels: dict[str, str] = {}
    ner_labels: dict[str, str] = {}
    for f in pending:
        key = normalize_surface(f.label)
        labels.setdefault(key, f.label)
        ner_labels.setdefault(key, f.ner_label)
    matches: dict[str, object] = {}
    priors: dict[str, Votes] = {}
    for key, label in labels.items():
        priors[key], matches[key] = gazetteer_prior(label, codes)
        if weak and not priors[key].scores and matches[key] is None:
            prior, match = gazetteer_prior(label, weak)
            if match is not None and prior.scores.get("GPE", 0.0) >= 2.0:
                priors[key], matches[key] = Votes(), match
                # a one-word name is more often the town than a first and last name is
                priors[key].add("GPE", 2.0 if " " not in label.strip() else 1.0)

    kin = _family_names(pending, matches)
    # the names of one family's members are no places ("Demanus Gwijangge, Minda Gwijangge")
    places -= {f.tokens.root.i for f in pending if normalize_surface(f.label) in kin}

    def count(places: set[int]) -> dict[str, str]:
        votes: dict[str, Votes] = {}
        for f in pending:
            if normalize_surface(f.label) in kin:
                votes.setdefault(normalize_surface(f.label), Votes()).add("PERSON", 3.0)
            v = sentence_votes(f.tokens, f.ner_label, titled_name=f.titled, nickname=f.nickname, places=places)
            if f.defined:
                v.add("ORG", 3.0)  # defined by an acronym: "the ... Movement (M23)"
            if place_context(f.tokens) and not (f.tokens.root.dep_ == "pobj" and f.tokens.root.head.lower_ in PLACE_PREPOSITIONS):
                v.add("GPE", 1.5)  # "areas of Omdurman"
            votes.setdefault(normalize_surface(f.label), Votes()).merge(v)
        for key, v in votes.items():
            v.merge(priors[key])
            if ner_labels.get(key) != "PERSON" and _put_in_a_region(labels[key], context):
                # "took X in Chin State", "X, in the Diffa region"; not a person ("our
                # coordinator X in Bangui")
                v.add("GPE", 1.0)
        return vote(votes, ner_labels)

    voted = count(places)
    # a second round: the names the first made places vouch for their conjuncts
    # ("Kutum fell, and Mellit and *Kabkabiya* followed")
    more = {f.tokens.root.i for f in pending if voted.get(normalize_surface(f.label)) in PLACE_LABELS}
    if more - places:
        voted = count(places | more)

    # the towns the votes made places that GeoNames knows in one country speak for it
    add_unambiguous_towns(context, [f.label for f in pending if voted.get(normalize_surface(f.label)) in PLACE_LABELS])
    for f in [f for f in pending if f.town_only]:
        f.entity = linker.entity_for_ner(f.label, "GPE", towns_only=True, context=context)
        if f.entity is None:
            found.remove(f)
        else:
            f.how = "geonames"
    for f in pending:
        if f.town_only:
            continue
        key = normalize_surface(f.label)
        ner_label = voted.get(key) or (f.ner_label if f.ner_label in NER_TYPES else "ORG")
        if ner_label == "GPE" and f.ner_label in PLACE_LABELS:
            ner_label = f.ner_label  # keep the NER's LOC or FAC
        f.entity = linker.entity_for_ner(f.label, ner_label, context=context)
        if f.entity.link_source == "geonames":
            f.how = "geonames"
    return matches, context


def _whole_dateline_town(found: list[_Found], context: "GeoContext") -> None:
    """The dateline's town as one name: "PORT SUDAN, Sudan (AP) —" where the NER found
    only "SUDAN", or nothing at all; the names inside it give way."""
    if context.dateline_span is None or not found:
        return
    start, end = context.dateline_span
    if any((f.span.start, f.span.end) == (start, end) for f in found):
        return
    doc = found[0].tokens.doc
    tokens = doc.char_span(start, end)
    if tokens is None or any(f.span.start < end and start < f.span.end and not (start <= f.span.start and f.span.end <= end) for f in found):
        return  # the town's words do not make whole tokens, or a name runs across its edge
    found[:] = [f for f in found if not (start <= f.span.start and f.span.end <= end)]
    found.append(_Found(Span(start, end, tokens.text), tokens, "GPE", None, "ner"))


def _put_in_a_region(label: str, context: "GeoContext") -> bool:
    """Whether the text puts the name in a first-level region ("X in Chin State", "X,
    North Darfur"): the :data:`~kg.kb.geocode.CONTAINED` regions recorded for
    it that are not countries."""
    from ..kb.geo import _index_key, country_codes
    from ..kb.geocode import CONTAINED

    key = _index_key(label)
    return any(w >= CONTAINED and not country_codes(r.name) for r, w in context.near.get(key or "", ()))


def _family_names(pending: list[_Found], matches: dict[str, object]) -> set[str]:
    """The names (normalised) of two words or three that end with the same word as another
    such name of their sentence, with different first words, none of them a place the
    gazetteer knows: the members of a family listed together ("Demanus Gwijangge, Minda
    Gwijangge and Meita Gwijangge"), people whatever the NER says. Not places named after
    a direction ("North Kivu, South Kivu") or a particle ("Abu Shouk")."""
    from ..kb import normalize_surface
    from .placing import DIRECTIONS

    particles = name_lexicon().particles
    by_tail: dict[tuple[int, str], set[str]] = {}
    people: set[str] = set()
    for f in pending:
        words = f.label.split()
        key = normalize_surface(f.label)
        if not 2 <= len(words) <= 3 or matches.get(key) is not None or not all(w[:1].isupper() for w in words):
            continue
        if words[0].lower() in DIRECTIONS or words[0].lower() in particles:
            continue
        by_tail.setdefault((f.tokens.sent.start, normalize_surface(words[-1])), set()).add(key)
        if f.ner_label == "PERSON":
            people.add(key)
    # three names, or two of which the NER reads one as a person's (villages share last
    # words too: "X Bangou", "Y Bangou")
    return {name for names in by_tail.values() if len(names) >= 3 or (len(names) == 2 and names & people) for name in names}


def _plural_unit_region(linker: Linker, surface: str):
    """The KB region a name ending in a plural unit word names, the unit shared with the
    names before it ("Idlib, Aleppo and Hama Governorates" -> "Hama Governorate")."""
    words = surface.split()
    if len(words) < 2 or not words[-1].endswith("s"):
        return None
    last = words[-1]
    singular = last[:-3] + "y" if last.lower().endswith("ies") else last[:-1]
    if word_key(singular) not in name_lexicon().unit_heads and word_key(singular) != "state":
        return None
    found = linker.lookup(" ".join([*words[:-1], singular]))
    return found if found is not None and found.kind == "place" else None


def _missed_towns(doc: "Doc", found: list[_Found], linker: Linker, context: object) -> list[_Found]:
    """Towns the NER missed: a run of capitalised proper nouns outside every name, used as
    a place ("in X", "near X", "X and Y" after a place), that GeoNames holds under that
    very name in a country the article speaks of ("Gangs attacked Cabaret and *Mirebalais*")."""
    from ..kb.geocode import geocode
    from .placing import followed_by_a_unit

    covered = {t.i for f in found for t in f.tokens}
    from .typer import PLACE_LABELS

    placed = {f.tokens.root.i for f in found if (f.entity.kind == "place" if f.entity is not None else f.ner_label in PLACE_LABELS)}
    place_verbs = name_lexicon().place_object_verbs
    out: list[_Found] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title or token.ent_type_ or token.is_sent_start:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in covered and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        tokens = doc[i:end]
        i = end
        root = tokens.root
        first = first_conjunct(root)
        used_as_place = (
            before_place_noun(tokens)  # "Hodeidah port", "X camp"
            or (first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPOSITIONS)
            or (first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in place_verbs)  # "attacked X", "X was shelled"
            or (first.i != root.i and first.i in placed)
        )
        if not used_as_place or len(tokens.text) < 4 or linker.lookup(tokens.text) is not None:
            continue
        match = geocode(tokens.text, context, require_context=True)  # type: ignore[arg-type]
        if match is None:
            if followed_by_a_unit(tokens, [(f.tokens, f.entity, f.label) for f in found]):
                # "the villages of A and B in *X*, Ouallam Department": a place GeoNames lacks,
                # typed by the votes and placed by the unit named after it
                out.append(_Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", None, "ner"))
                placed.add(root.i)
            continue
        entity = linker.town_entity(tokens.text, match)
        out.append(_Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", entity, "geonames"))
        placed.add(root.i)
    return out


def _borrow_points(doc: "Doc", found: list[_Found], linker: Linker, context: "GeoContext | None") -> None:
    """Places no gazetteer placed take the point of the town they are named with
    (:func:`kg.extract.geocontext.borrow_points`), or of the article's town when that
    lies in a country the article is about."""
    from .geocontext import borrow_points

    def at_home(e: Entity) -> bool:
        code = linker.country_code_of(e)
        return context is None or code is None or context.supports(code)

    placed = borrow_points(doc, [(f.tokens, f.entity) for f in found if f.entity is not None], at_home=at_home)
    for f in found:
        if f.entity is not None and f.entity.key in placed:
            f.entity = placed[f.entity.key]


def _named_countries(found: list[_Found], linker: Linker) -> list[str]:
    """The countries the text names, and those of the KB places it names (for the typing
    priors; not the country of a news agency or a minister)."""
    names: dict[str, None] = {}
    for f in found:
        if f.entity is None:
            if f.ner_label == "GPE":
                names.setdefault(f.label, None)
            continue
        if "Country" in f.entity.types:
            names.setdefault(f.entity.label, None)
        kb_entity = linker.get(f.entity.kb_key)
        country = linker.get(kb_entity.country) if kb_entity is not None and kb_entity.kind == "place" else None
        if country is not None:
            names.setdefault(country.label, None)
    return list(names)


def _capital_metonymy(found: list[_Found], linker: Linker, matches: dict[str, object]) -> None:
    """A capital the KB does not know, used as an actor, is its country ("Kyiv said")."""
    from ..kb import normalize_surface
    from ..kb.geo import country_by_name
    from .typer import capital_of

    for f in found:
        e = f.entity
        if e is None or e.link_source == "kb" or e.kind != "place" or "Country" in e.types or not actor_use(f.tokens):
            continue
        after = f.tokens.doc[f.tokens.end] if f.tokens.end < len(f.tokens.doc) else None
        if f.span.text.isupper() or (after is not None and after.text in ("—", "–", "(")):
            continue  # a dateline ("KHARTOUM, Sudan —"), not the government speaking
        code = capital_of(f.label, matches.get(normalize_surface(f.label)))  # type: ignore[arg-type]
        country = country_by_name(code) if code else None
        if country is None:
            continue
        kb_country = linker.lookup(country.name)
        if kb_country is not None and "Country" in kb_country.types:
            f.entity = linker.entity_for_kb(kb_country)
        else:
            f.entity = linker.entity_for_ner(country.name, "GPE")
        f.how = "metonymy"


def _resolve_defined(doc: "Doc", found: list[_Found], candidates: list[Candidate], linker: Linker) -> None:
    """Short names the text defined ("(SAF)", "known as Hemedti") and quoted nicknames are
    the entity of the long name, wherever they occur in the article. A short form the KB
    knows is the KB's entity only when the long form shares a telling word with one of its
    names ("23 March Movement (M23)"); otherwise the text's definition wins ("Ambazonia
    Defence Forces (ADF)" is not the KB's Allied Democratic Forces)."""
    from ..kb import normalize_surface

    long_of: dict[str, Entity] = {}
    for c in candidates:
        if c.long_form is not None:
            long = next((f for f in found if c.long_form[0] <= f.tokens.start and f.tokens.end == c.long_form[1]), None)
            if long is None or long.entity is None:
                continue
            short = next((f for f in found if f.tokens.start == c.span.start and f.tokens.end == c.span.end), None)
            if (
                short is not None and short.entity is not None and short.entity.link_source == "kb"
                and long.entity.link_source != "kb" and not _shares_a_word(long.span.text, linker.get(short.entity.kb_key))
            ):
                # another body with the same acronym: in this article the short form is the long one's
                kb_key, written = short.entity.key, normalize_surface(short.span.text)
                for f in found:
                    if normalize_surface(f.span.text) == written and f.entity is not None and f.entity.key == kb_key:
                        f.entity, f.how = long.entity, "partial-name"
                long_of.setdefault(normalize_surface(c.span.text), long.entity)
                continue
            if short is not None and short.entity is not None and short.entity.link_source == "kb" and long.entity.link_source != "kb":
                # the KB knows the short form ("M23") but not this spelling of the long one: the
                # long form is the KB entity's, named here in another way
                unknown = long.entity
                for f in found:
                    if f.entity is unknown:
                        f.entity, f.how = short.entity, "partial-name"
                short.entity.aliases.add(normalise_label(long.span.text))
            long_of.setdefault(normalize_surface(c.span.text), long.entity)
    for f in found:
        if f.nickname and f.entity is not None:
            for alias in f.aliases:
                long_of.setdefault(normalize_surface(alias), f.entity)
    if not long_of:
        return
    for f in found:
        entity = long_of.get(normalize_surface(f.span.text))
        if entity is not None and f.entity is not entity and (f.entity is None or f.entity.link_source != "kb" or f.how == "kb-surname"):
            f.entity, f.how = entity, "partial-name"
    covered = {t.i for f in found for t in f.tokens}
    for token in doc:
        if token.i in covered:
            continue
        entity = long_of.get(normalize_surface(token.text)) if token.text[:1].isupper() else None
        if entity is not None:
            found.append(_Found(Span(token.idx, token.idx + len(token.text), token.text), doc[token.i:token.i + 1], "ORG" if entity.kind != "person" else "PERSON", entity, "partial-name"))


def _shares_a_word(long: str, kb_entity: "object | None") -> bool:
    """Whether the long form ``long`` has a word of one of ``kb_entity``'s names that is
    not a generic word of organisation names ("March" of "March 23 Movement"; not "Forces")."""
    if kb_entity is None:
        return True
    generic = name_lexicon().generic
    def words(text: str) -> set[str]:
        return {w for w in (word_key(t) for t in text.replace("-", " ").split()) if len(w) > 2 and w not in generic}
    mine = words(long)
    names = [kb_entity.label, *getattr(kb_entity, "names", ())]
    return any(mine & words(name) for name in names) or any(w.isdigit() for w in mine)


def _resolve_short_forms(found: list[_Found]) -> None:
    """An organisation named by part of a longer name given earlier ("Armed Forces" after
    "Sudanese Armed Forces") is that organisation: a run of two or more of its words at its
    start or end, or one word that is not a generic word of organisation names (a generic one,
    "Council", when one organisation named before ends with it). An acronym
    the text did not define is the one organisation of the article whose initials it is
    ("SAF" and "Sudanese Armed Forces")."""
    from ..kb import normalize_surface
    from .names import acronym_shaped, initials

    generic = name_lexicon().generic
    by_initials: dict[str, list[Entity]] = {}
    for f in found:
        e = f.entity
        if e is not None and e.kind == "organization" and len(f.label.split()) > 1:
            group = by_initials.setdefault(initials(e.label), [])
            if e not in group:
                group.append(e)
    for f in found:
        e = f.entity
        if e is None or e.kind != "organization" or e.link_source != "ner" or f.how != "ner" or not acronym_shaped(f.span.text):
            continue
        fits = by_initials.get(f.span.text.replace(".", "").upper(), [])
        if len(fits) == 1 and fits[0] is not e:
            f.entity, f.how = fits[0], "partial-name"
    longs: list[tuple[int, list[str], Entity]] = []
    for f in sorted(found, key=lambda f: f.span.start):
        e = f.entity
        if e is None or e.kind != "organization":
            continue
        words = normalize_surface(f.label).split()
        if len(words) > 1:
            longs.append((f.span.start, words, e))
        if e.link_source != "ner" or f.how != "ner":
            continue
        for start, long_words, long_entity in reversed(longs):
            if start >= f.span.start or long_entity is e or len(words) >= len(long_words):
                continue
            n = len(words)
            if words == long_words[-n:]:
                if n == 1 and words[0] in generic and len({id(le) for s, lw, le in longs if s < f.span.start and lw[-1] == words[0]}) != 1:
                    continue  # "Forces" after "Sudanese Armed Forces" and "Rapid Support Forces"
            elif words == long_words[:n]:
                if n == 1 and (long_words[1:] != long_words[-1:] or long_words[-1] not in generic or place_context(f.tokens)):
                    continue  # "Wagner" for "Wagner Group", but not "Tigray" for "Tigray People's Liberation Front"
            else:
                continue
            f.entity, f.how = long_entity, "partial-name"
            break


def place_context(tokens: "SpacySpan", places: set[int] | None = None) -> bool:
    """Whether the sentence uses ``tokens`` as a place: object of "in", "near", "of" ...
    after a noun of area, or coordinated with a place ("Omdurman and *Nyala*")."""
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


def _in_parentheses(tokens: "SpacySpan") -> bool:
    """Whether the name is all a parenthesis holds: "the Marawi crisis (Krisis sa Marawi)", an
    alias or gloss, no full name whose last word could be a surname used alone."""
    doc = tokens.doc
    return tokens.start > 0 and tokens.end < len(doc) and doc[tokens.start - 1].text == "(" and doc[tokens.end].text == ")"


def _resolve_partial_names(doc: "Doc", found: list[_Found]) -> None:
    """One-word mentions that are the surname of a person named in full in the article.

    Also finds the surnames the NER missed altogether ("Burhan spoke ..." after "Abdel
    Fattah al-Burhan"): a capitalised proper noun outside every entity.
    """
    full: dict[str, list[tuple[int, Entity]]] = {}
    for f in found:
        if f.entity is not None and f.entity.kind == "person" and not f.one_word and not _in_parentheses(f.tokens):
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
