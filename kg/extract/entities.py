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
   (:func:`kg.extract.borrow.borrow_points`).

Steps 0-2 and 5 are here; steps 3, 4 and 7 are in :mod:`kg.extract.entity_typing`, step 6
in :mod:`kg.extract.entity_names`; a mention being resolved is a :class:`~kg.extract.found.Found`.

Keys (:func:`~kg.extract.linking.entity_key`): a KB entity's IRI, else ``kind/slug``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb.geo import country_by_name
from ..kb.geomacro import territory
from .bodies import body_key, body_label
from .body_names import canonical_body_names
from .dateline import in_dateline
from .doctext import doc_text, positions_by_text
from .entity_names import resolve_defined, resolve_feature_names, resolve_partial_names, resolve_short_forms
from .entity_typing import (
    adjective_only,
    capital_metonymy,
    known_place,
    lend_points,
    place_context,
    plural_unit_region,
    region_named_with_kind,
    regional_demonym,
    join_possessive_towns,
    join_possessive_outlets,
    split_leading_places,
    town_taken,
    type_by_votes,
)
from .found import Found
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, HONORIFICS, TITLE_HEADS, is_title_word
from .linking import CONFIDENCE, NER_TYPES, SOURCE_CONFIDENCE, SPELLING_CONFIDENCE, Linker, actor_use, entity_key, linker_for
from .model import Entity, Mention, Span
from .names import (
    after_stance_prefix,
    owned_by_a_body,
    addressed,
    assailed,
    before_inhabitants,
    before_place_noun,
    before_event_noun,
    held_place,
    place_of_event_name,
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
from .org_kinds import refine_org_kinds
from .counted_peoples import counted_people_name, relabel_counted_peoples
from .demonym_spans import relabel_long_demonyms
from .nonnames import names_a_listed_thing, names_a_people_or_tongue, written_zone
from .posts import names_a_department, post_owns_body
from .site_nouns import site_noun_after
from .spans import Candidate, name_candidates
from .typer import capital_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ..kb import KBEntity
    from ..kb.geocode import GeoContext


__all__ = ["extract_entities", "NER_TYPES", "entity_key", "name_span", "linker_for"]

_ARTICLES = frozenset({"the", "a", "an"})
#: NER labels of names that are no entity kind of kg's, but may be a town the NER misread.
_OTHER_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _towns_in_site_names(found: "list[Found]") -> "list[Found]":
    """The town a site's name ends with ("the Progressive Comprehensive College of *Bamenda*",
    "the Grand Hotel in *Goma*": :func:`kg.extract.placing.town_of_site`), a mention of that
    town of its own, kept when the gazetteer places it as a town."""
    from .placing import town_of_site

    out = []
    for f in found:
        if f.entity is not None or f.ner_label not in ("ORG", "FAC", "LOC") or len(f.tokens) < 3:
            continue
        town = town_of_site(f.tokens.text)
        n = len(town.split()) if town is not None else 0
        tail = f.tokens[len(f.tokens) - n:] if n else None
        if tail is None or tail.text != town:
            continue
        out.append(Found(Span(tail.start_char, tail.end_char, tail.text), tail, "GPE", None, "ner", town_only=True))
    return out


def _site_named_with_noun(f: Found, entity: Entity) -> bool:
    """Whether ``f`` is a site read with the lower-case noun after it ("the Bakara *market*",
    "the Imam Ali *mosque*": :mod:`kg.extract.site_nouns`), a place no gazetteer has as a
    town: its name with the noun is one more name of it."""
    return (
        f.ner_label == "FAC" and f.tokens is not None and len(f.tokens) > 0 and entity.kind == "place"
        and entity.link_source not in ("kb", "geonames") and "City" not in entity.types
    )


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
    if after_stance_prefix(doc, start, ent.start) and end - start > 2 and doc[start + 1].text[:1].isupper():
        start += 1  # "the pro-Abdallahi National Pact for ...": the name is the party's, not the one it backs
    while end > start and (
        doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
        or (end - start > 1 and doc[end - 1].lower_ in ("of", "for", "and", "the") and doc[end - 1].is_lower)
    ):  # and a connecting word the NER ended the name on ("the General Command *of*" | "the Mozambican police")
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
            elif lower in TITLE_HEADS and not (ent.label_ != "PERSON" and post_owns_body(token, root)):
                inside = [t.i for t in token.subtree if start <= t.i < root.i]
                cut = max(cut, max(inside) + 1)
        if cut < end and doc[cut:end].text[:1].isupper():
            start = cut
    if strip_titles and start < end:
        n = title_length(doc[start:end])  # "Brig. Gen.", "Villager"; all of "Brig" when alone
        if start + n < end and doc[start + n].lower_ in _POSSESSIVE:
            n = 0  # "King's Cross", "Queen's University": a title that owns the rest is a word of the name
        if ent.label_ in ("PERSON", "GPE", "NORP") or n == end - start:  # not "Imam Ali Shrine", "Prince Sultan Air Base"
            start += n
    return doc[start:end]


def _no_capital(tokens: "SpacySpan") -> bool:
    """Whether no word of the span is capitalised and one is written in lower case ("metro",
    "checkpoint"): a common noun, no name (a script without case, "al-" before a capital, a
    digit are not)."""
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(t.is_lower for t in words) and not any(t.is_digit for t in tokens)


def _named_so(kb_entity, surface: str) -> bool:
    """Whether one of the KB place's names is ``surface``, with or without a word of a
    region's kind ("Hama Governorates", "Sagaing" of "Sagaing and Magway regions"): not a
    region found by another spelling of its name."""
    from ..kb import normalize_surface
    from ..kb.geocode import region_tables

    kinds = region_tables()[1]
    names = {normalize_surface(n) for n in kb_entity.names}
    key = normalize_surface(surface)
    words = key.split()
    if len(words) > 1 and (words[-1] in kinds or words[-1][:-1] in kinds):
        key = " ".join(words[:-1])
    return key in names or any(n.startswith(key + " ") and n[len(key) + 1:] in kinds for n in names) or kb_entity.stands_for is not None


def _only_title_words(tokens: "SpacySpan") -> bool:
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and all(is_title_word(t.text) or t.lower_ == "of" for t in words)


def _own_desk(tokens: "SpacySpan") -> bool:
    """Whether a name after "our" ends in a word of a newsroom's desk ("reports from *our*
    West Africa Bureau"; bodies.toml ``[media] own_desks``): the outlet's own office, no
    entity (and no place, whatever region its name begins with)."""
    from .wordlists import lexicon

    words = [t for t in tokens if not t.is_punct]
    if not words or tokens.start == 0 or tokens.doc[tokens.start - 1].lower_ != "our":
        return False
    return words[-1].lower_ in {str(w) for w in lexicon("bodies")["media"].get("own_desks", [])}


def _place_noun_as_name(tokens: "SpacySpan") -> bool:
    """Whether a one-word name after "the" is a common noun of places written with a
    capital, as reports write what they are about ("developments within *the Territory*",
    "the Region's governor"; names.toml ``[places] nouns``): the place named before, no
    entity of its own (a name the KB knows, "The Valley", is linked before this)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1 or not words[0].is_title or tokens.start == 0:
        return False
    return tokens.doc[tokens.start - 1].lower_ == "the" and word_key(words[0].text) in name_lexicon().place_nouns


def _addressed_place_name(doc: "Doc", ent: "SpacySpan", tokens: "SpacySpan") -> bool:
    """Whether a one-word name stands right after a title of address written as one ("Mr.
    *Kenya*", "Mrs *Uganda*": :func:`~kg.extract.names.addressed`; the title inside the NER's
    span or before it), not an abbreviation in capitals ("DR Congo"): only people are so
    addressed, whatever place the name also spells."""
    if ent.label_ not in ("PERSON", "GPE", "LOC", "NORP") or len(tokens) != 1 or not addressed(doc, tokens.start):
        return False
    i = tokens.start - 1
    while i >= 0 and doc[i].text == ".":
        i -= 1
    return not doc[i].text.isupper()


def extract_entities(doc: "Doc") -> tuple[dict[str, Entity], list[Mention]]:
    """Entities and mentions of ``doc``, mentions sorted by offset.

    Returns
    -------
    (dict of str to Entity, list of Mention)
        Canonical entities by key, and every mention pointing at one of them.
    """
    linker = linker_for(doc)
    text = doc_text(doc)
    found: list[Found] = []
    demonyms: list[SpacySpan] = []
    relabel_counted_peoples(doc)  # "hundreds of Masalit": a people, NORP (kg/extract/counted_peoples.py)
    relabel_long_demonyms(doc)  # "Sri" + "Lankan": one people, NORP (kg/extract/demonym_spans.py)
    candidates, defined = name_candidates(doc)
    candidates = split_leading_places(candidates, linker)  # "In Mekelle Getachew Reda said"
    candidates = join_possessive_towns(doc, candidates)  # "Cox's Bazar"
    candidates = join_possessive_outlets(doc, candidates)  # "Anatolia's Voice, a website"
    candidates = join_country_demonyms(doc, candidates, linker)  # "Papua New Guinean", "Equatorial Guinean"
    kind_of: dict[tuple[int, int], bool] = {}  # names_a_kind by token span, asked of a name once
    kinds = _kinds_named(candidates, kind_of)

    for cand in candidates:
        ent = cand.span
        label = ent.label_
        if label not in NER_TYPES and label != "NORP" and not ent.kb_id_:
            if label in _OTHER_NAME_LABELS and ent.text[:1].isupper() and (place_context(ent) or town_taken(ent) or held_place(ent) or assailed(ent) or before_event_noun(ent)):
                # "near *Dori*", "the *Djibo* bombing" read as a product: a town if the article's gazetteer places it
                tokens = name_span(ent, strip_titles=False)
                if len(tokens):
                    found.append(Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", None, "ner", town_only=True))
            elif label == "EVENT" and (tokens := place_of_event_name(ent)) is not None:
                # "the Shaoguan incident": the town it is named after, if the gazetteer places it
                found.append(Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", None, "ner", town_only=True))
            continue
        tokens = name_span(ent, strip_titles=label == "PERSON" or (not ent.kb_id_ and label not in ("LOC", "FAC")))
        start, end = trim_span(text, tokens.start_char, tokens.end_char) if len(tokens) else (0, 0)
        if end <= start or (not ent.kb_id_ and cand.name is None and names_a_listed_thing(tokens)) or written_zone(tokens) or _own_desk(tokens):
            continue  # and "on X", "an IED", "Eid al-Fitr", even where a gazetteer has the word; "at 06:29 *Israel* Standard Time"
        if not ent.kb_id_ and cand.name is None and _no_capital(tokens):
            continue  # "the airport and *metro*": a common noun the NER took for a name
        if not ent.kb_id_ and len(tokens) == 1 and len(tokens.text) == 1 and len(tokens) < len(ent):
            continue  # "Gen Z": a title left one letter, no name
        surface = text[start:end]
        name = cand.name.label if cand.name is not None else None
        city = _capital_named_with_city(tokens, linker) if name is None else None  # "Kyiv City": Kyiv
        name = city or name
        extra = dict(
            name=name,
            aliases=cand.name.aliases if cand.name is not None else (),
            titled=_had_title(ent, tokens),
            nickname=cand.name is not None and bool(cand.name.aliases),
            defined=(ent.start, ent.end) in defined,
        )
        kb_entity = linker.get(ent.kb_id_) if ent.kb_id_ and city is None else linker.lookup(name or surface)
        if kb_entity is not None and kb_entity.kind != "person" and label == "PERSON" and addressed(doc, ent.start):
            kb_entity = None  # "Dr. Victoria": a person, not the town the KB knows so named
        elif kb_entity is not None and kb_entity.kind == "place" and _addressed_place_name(doc, ent, tokens):
            # "Mr. Kenya, a district commissioner, said": a person whose name a country spells
            kb_entity, label = None, "PERSON"
        if name is None and (kb_entity is None or kb_entity.types[:1] == ("City",)):
            kb_entity = region_named_with_kind(linker, tokens) or kb_entity  # "Sagaing and Magway regions"
        if kb_entity is None and not ent.kb_id_ and name is None:
            kb_entity = plural_unit_region(linker, surface)  # "Idlib, Aleppo and *Hama Governorates*"
        if kb_entity is None and name is None and label in ("ORG", "NORP", "GPE", "PERSON", "LOC") and _territory_named(tokens):
            # "Somaliland said", "Jubaland forces": a breakaway or autonomous territory the KB
            # knows (ontology/geo/territories.csv), a place whatever the NER called it
            found.append(Found(Span(start, end, surface), tokens, "GPE", None, "ner", **extra))
            continue
        if kb_entity is None:
            if counted_people_name(tokens):
                demonyms.append(ent)  # "hundreds of Masalit": a people counted, a group (kg/extract/counted_peoples.py)
            elif linker.by_demonym(surface) is not None:
                demonyms.append(ent)  # "Azerbaijani": an affiliation, below
            elif label in ("ORG", "NORP", "GPE") and regional_demonym(tokens, linker):
                demonyms.append(ent)  # "Tigrayan and Amhara militias": the people of a region, no body
            elif label == "NORP":
                if (
                    surface[:1].isupper()
                    and (
                        place_context(tokens) or town_taken(tokens)
                        or ((before_place_noun(tokens) or before_inhabitants(tokens) or before_event_noun(tokens)) and known_place(tokens, linker))
                    )
                    and tokens.root.head.head.lower_ not in ("known", "called") and not adjective_only(tokens)
                    and not names_a_people_or_tongue(tokens)  # "broadcast in Hausa", "Tuareg and Arab leaders"
                ):
                    found.append(Found(Span(start, end, surface), tokens, label, None, "ner", **extra))  # "areas of Omdurman"
                else:
                    demonyms.append(ent)  # a nationality or group the KB does not know
            elif is_reference(tokens):
                pass  # "Rule 37", "Resolution 2736", "Earth": no entity
            elif label in ("ORG", "PERSON") and (names_a_post(tokens) or names_a_department(tokens)):
                # "the Permanent Representative", "UN Special Coordinator": a post, not a body;
                # "Director of *Operations*": a department of the body the post is in
                pass
            elif _names_a_kind(tokens, kind_of) or (tokens.text in kinds and _used_as_kind(tokens)):
                # "former X rebel groups": a kind of group, an affiliation at most; and so
                # are "X rebels", "the X demand" and "many Xs" in an article that speaks of
                # "X herders" or "the X people" (one reading per article)
                demonyms.append(ent)
            elif not _only_title_words(tokens) and not _place_noun_as_name(tokens):  # not "State" in "Secretary of State"
                found.append(Found(Span(start, end, surface), tokens, label, None, "ner", **extra))
            continue
        if name is None and (demonym := _other_holders_demonym(tokens, kb_entity, linker)) is not None:
            # "the Congolese army" in a story on the Republic of the Congo: that country's
            # forces, not the DR Congo's the KB knows by the alias (read as "Azerbaijani soldiers" are)
            demonyms.append(demonym)
            continue
        owner = _another_countrys(tokens, kb_entity, linker) if ent.kb_id_ and name is None else None
        if owner is not None:
            # "Russia's Security Council" is not the UN's: the body of the country named, the
            # KB's when it has it ("Security Council of Armenia")
            extra["name"] = body_label(surface, owner.label)
            own = linker.lookup(extra["name"])
            if own is None or own.country != owner.key:
                found.append(Found(Span(start, end, surface), tokens, "ORG", None, "ner", **extra))
                continue
            kb_entity, name = own, extra["name"]
        how = "kb-label" if linker.is_label(kb_entity, name or surface) else "kb-alias"
        if how == "kb-alias" and kb_entity.kind == "person" and len(surface.split()) == 1:
            how = "kb-surname"
        target = linker.get(kb_entity.stands_for)
        if target is not None and actor_use(tokens) and not in_dateline(tokens):
            kb_entity, how = target, "metonymy"
        linked = linker.entity_for_kb(kb_entity)
        if how != "metonymy" and kb_entity.types[:1] == ("AdministrativeArea",) and not _named_so(kb_entity, name or surface):
            linked.link_confidence = SPELLING_CONFIDENCE  # "the Zaporizhzhia region": Zaporizhzhya Oblast, less surely
        found.append(Found(Span(start, end, surface), tokens, label, linked, how, **extra))

    found.extend(_towns_in_site_names(found))
    taken = {(f.tokens.start, f.tokens.end) for f in found}
    found.extend(_affiliations(doc, demonyms, linker, taken))
    context = resolve_names(doc, found, linker, candidates)
    lend_points(doc, found, linker, context)
    found.sort(key=lambda f: (f.span.start, f.span.end))

    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for f in found:
        entity = entities.setdefault(f.entity.key, f.entity)
        if entity is not f.entity:
            entity.aliases |= f.entity.aliases  # two readings of one node ("Ethiopian government", a name and a demonym's body): both names
        if f.how not in ("metonymy", "demonym"):  # names it is called by, not "Baku" for Azerbaijan
            entity.aliases.add(normalise_label(f.name) if f.name else f.span.text)
            entity.aliases.update(f.aliases)
            if _site_named_with_noun(f, entity) and (noun := site_noun_after(f.tokens)) is not None:
                entity.aliases.add(text[f.tokens.start_char:noun.idx + len(noun.text)])  # "the Imam Ali mosque"
        mentions.append(Mention(span=f.span, entity=entity.key, ner_label=f.ner_label, confidence=CONFIDENCE[f.how]))
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return entities, mentions


def _names_a_kind(tokens: "SpacySpan", known: dict[tuple[int, int], bool]) -> bool:
    """:func:`names_a_kind`, asked once per token span of the article (``known`` keeps the
    answers: :func:`_kinds_named` and the reading of each name ask it of the same words)."""
    key = (tokens.start, tokens.end)
    found = known.get(key)
    if found is None:
        found = known[key] = names_a_kind(tokens)
    return found


def _kinds_named(candidates: list[Candidate], known: dict[tuple[int, int], bool] | None = None) -> set[str]:
    """The one-word names the KB does not know that a mention uses as a kind of people
    ("Tuareg herders", "the inhabitants are predominantly Zarma": :func:`names_a_kind`),
    unless another names one body with them ("the X group", "the X movement")."""
    known = {} if known is None else known
    kinds = {c.span.text for c in candidates if len(c.span) == 1 and not c.span.kb_id_ and _names_a_kind(c.span, known)}
    if not kinds:
        return kinds
    group_nouns = name_lexicon().group_nouns
    bodies = set()
    for c in candidates:
        first = c.span[0] if c.span[0].lower_ != "the" or len(c.span) == 1 else c.span[1]
        if first.text not in kinds:
            continue
        head = c.span[-1] if len(c.span) > 1 else first.head
        if head.i > first.i and head.tag_ == "NN" and word_key(head.text) in group_nouns:
            bodies.add(first.text)  # "the Maute group": an organisation's name
    return kinds - bodies


def _capital_named_with_city(tokens: "SpacySpan", linker: Linker) -> str | None:
    """The capital ``tokens`` name with a word of a city after it ("Kyiv City", "Khartoum
    City": ``city_words`` of names.toml): the capital's name, so that its city node is
    used, not a division of its own; ``None`` for other names and when the first words name
    a country ("Kuwait City", "Mexico City", "Guatemala City")."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or word_key(words[-1].text) not in name_lexicon().city_words:
        return None
    stem = tokens.doc[words[0].i:words[-1].i].text
    if country_by_name(stem) is not None:
        return None
    known = linker.lookup(stem)
    if capital_of(stem) is not None or (known is not None and known.types[:1] == ("City",)):
        return stem
    return None


def _territory_named(tokens: "SpacySpan") -> bool:
    """Whether ``tokens`` name a self-declared, breakaway or autonomous territory of the
    world KB (:func:`kg.kb.geomacro.territory`) as a place: not a people's name used as
    such ("Abkhaz villagers"); "Somaliland troops" are the territory's forces."""

    return territory(tokens.text) is not None and not names_a_people_or_tongue(tokens)


def _used_as_kind(tokens: "SpacySpan") -> bool:
    """Whether the one-word name ``tokens`` is used as a people's word: it modifies a noun
    after it ("X *rebels*", "the X *demand*") or is a plural ("many Xs")."""
    root = tokens.root
    if len(tokens) != 1:
        return False
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= tokens.end and root.head.pos_ == "NOUN":
        return True
    return root.text.endswith("s") and root.text[:-1].isalpha() and not root.text.endswith("ss")


def _affiliations(doc: "Doc", demonyms: list["SpacySpan"], linker: Linker, taken: set[tuple[int, int]]) -> list[Found]:
    """Mentions made by a demonym with a noun of force or authority ("Azerbaijani soldiers")."""
    out: list[Found] = []
    for ent in demonyms:
        token = ent[-1] if len(ent) > 1 and ent[-1].head.i >= ent.end else ent.root  # "Guinean" of "Papua New Guinean"
        words = [t for t in ent if t.lower_ not in _ARTICLES]
        whole = doc[words[0].i:token.i + 1].text if words and words[0].i < token.i else None
        # "South Sudanese", "Equatorial Guinean": the demonym of the longer name, not "Sudanese"
        country = (linker.by_demonym(whole) if whole else None) or linker.by_demonym(token.text)
        head = token.head
        if country is None or head is token or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        noun = head.lower_
        if noun not in FORCE_NOUNS and noun not in AUTHORITY_NOUNS and head.lemma_.lower() not in FORCE_NOUNS | AUTHORITY_NOUNS:
            continue
        if head.i < token.i or (ent.start, head.i + 1) in taken:
            continue
        if owned_by_a_body(token):
            continue  # "VOA's Central African service", "Wagner's Russian fighters": that body's, not the country's
        body = linker.affiliated(country, token.text, noun)
        tokens = doc[ent.start:head.i + 1]
        entity = linker.entity_for_kb(body)
        if body is country and head.lemma_.lower() in _GOVERNMENT_NOUNS:
            # "the Malian government" when the KB knows no government of Mali: that
            # government, one node per country, not the country itself, named as every
            # state body is ("Government of Mali"), the text's words an alias
            entity = Entity(
                key=body_key("government", country.label, country.aliases),
                label=body_label("government", country.label, country.aliases),
                types=("GovernmentOrganization", "Organization"),
                kind="organization",
                aliases={f"{token.text} {head.lower_}"},
                country=country.key,  # kgo:country (the state bodies of kg/extract/events/groups.py)
                link_source="ner",
                link_confidence=SOURCE_CONFIDENCE["ner"],
            )
        out.append(Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "NORP", entity, "demonym"))
    return out


def join_country_demonyms(doc: "Doc", candidates: list[Candidate], linker: Linker) -> list[Candidate]:
    """Demonyms of countries with names of several words, which the NER cuts or reads in
    part ("Papua New *Guinean*" as the place "Papua" and "Guinean", "Equatorial *Guinean*",
    "Bissau-*Guinean*"): a capitalised demonym and the one to three capitalised words or
    hyphens before it that make, with it, the demonym of another country (the KB's or the
    country tables', :meth:`Linker.by_demonym`) become one NORP name, the NER's names
    inside it giving way; not when a name runs out of those words."""
    from spacy.tokens import Span as SpacySpan

    out = list(candidates)
    # (a demonym is capitalised: no Token is made of the other words, from the word index)
    capitalised = sorted(i for word, at in positions_by_text(doc).items() if word[:1].isupper() for i in at)
    for i in capitalised:
        found = linker.longer_demonym(doc, i)
        if found is None:
            continue
        start = found[0]
        inside = [c for c in out if c.span.start < i + 1 and start < c.span.end]
        if any(c.span.start < start or c.span.end > i + 1 for c in inside) or any(
            (c.span.start, c.span.end) == (start, i + 1) for c in inside
        ):
            continue  # a longer name runs over it, or the NER read it whole
        out = [c for c in out if c not in inside] + [Candidate(SpacySpan(doc, start, i + 1, label="NORP"))]
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out


def _other_holders_demonym(tokens: "SpacySpan", kb_entity: "KBEntity", linker: Linker) -> "SpacySpan | None":
    """The demonym that opens an organisation's name the KB knows by an alias ("*Congolese*
    army" of the DR Congo's armed forces), when several countries share it and the article
    names another of them (:meth:`Linker.by_demonym`): the span of that demonym, else None."""
    if kb_entity.kind != "organization" or not kb_entity.country or linker.kb is None or len(tokens) < 2:
        return None
    first = tokens[0]
    holders = linker.kb.demonym_holders(first.text)
    if len(holders) < 2 or kb_entity.country not in {h.key for h in holders}:
        return None
    country = linker.by_demonym(first.text)
    if country is None or country.key == kb_entity.country:
        return None
    return tokens[:1]


def _another_countrys(tokens: "SpacySpan", kb_entity: "KBEntity", linker: Linker) -> "KBEntity | None":
    """The country whose possessive stands before an organisation's name the KB knows by
    one of its aliases ("*Russia's* Security Council", "*Armenia's* Security Council": the
    UN Security Council's alias), when the KB's body is not that country's (an international
    body, or another country's): then the name is that country's own body. None otherwise."""
    doc = tokens.doc
    if kb_entity.kind != "organization" or linker.is_label(kb_entity, tokens.text) or tokens.start < 2:
        return None
    if doc[tokens.start - 1].tag_ != "POS":
        return None
    ent = next((e for e in doc.ents if e.end == tokens.start - 1), None)
    owner = linker.lookup(ent.text) if ent is not None else None
    if owner is None or "Country" not in owner.types or kb_entity.country == owner.key:
        return None
    return owner


#: Nouns of a country's government ("the Malian government", "the Philippine administration").
_GOVERNMENT_NOUNS = frozenset({"government", "administration"})


def resolve_names(doc: "Doc", found: list[Found], linker: Linker, candidates: list[Candidate]) -> "GeoContext | None":
    """Type the names the KB does not know, then point short names at the long ones.

    In order: typing by votes (:func:`type_by_votes`), a capital the NER found used as an
    actor (:func:`capital_metonymy`), short forms a definition gave and quoted nicknames
    (:func:`resolve_defined`), shortened organisation names (:func:`resolve_short_forms`),
    natural features without their last word (:func:`resolve_feature_names`), surnames (:func:`resolve_partial_names`), the kinds of organisations their sentences
    say (:func:`~kg.extract.org_kinds.refine_org_kinds`), a country's state body named as one
    (:func:`~kg.extract.body_names.canonical_body_names`: "the Croatian Army").
    """
    matches, context = type_by_votes(found, linker)
    capital_metonymy(found, linker, matches)
    resolve_defined(doc, found, candidates, linker)
    resolve_short_forms(found)
    resolve_feature_names(found)
    resolve_partial_names(doc, found)
    refine_org_kinds(found)  # "the state news agency SUNA", "X, a rights group" (kg/extract/org_kinds.py)
    canonical_body_names(found, linker)  # "the Croatian Army": Croatia's army, one node (kg/extract/body_names.py)
    return context


