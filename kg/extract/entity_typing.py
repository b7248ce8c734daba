"""Steps 3, 4 and 7 of :mod:`kg.extract.entities`: typing the names the knowledge base does
not know, by the votes of all their mentions and the gazetteer's priors
(:func:`type_by_votes`, with :mod:`kg.extract.typer`); the towns the NER missed
(:func:`type_by_votes` adds them); a capital used as an actor (:func:`capital_metonymy`);
points borrowed from neighbouring places (:func:`lend_points`); and the tests on a span
that say whether a name is a place (:func:`place_context`, :func:`town_taken`,
:func:`regional_demonym`, :func:`adjective_only`, :func:`plural_unit_region`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb import normalize_surface
from ..kb.geo import candidates, candidates as towns, country_by_name, country_codes, index_key
from ..kb.geocode import ALTERNATE_POPULATION, CONTAINED, geocode, region_tables, regions_named
from ..kb.mentions import country_mentions
from .doctext import positions_by_text, tokens_tagged
from .found import Found
from .institutions import institution_entity
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, PLACE_PREPOSITIONS, TITLE_HEADS, is_title_word
from .linking import NER_TYPES, Linker, actor_use, first_conjunct
from .model import Entity, Span
from .names import assailed, before_inhabitants, before_place_noun, held_place, name_lexicon, noun_after_listed_names, unit_named, word_key
from .site_nouns import names_venue

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ..kb.geocode import GeoContext
    from .spans import Candidate


__all__ = [
    "type_by_votes",
    "capital_metonymy",
    "lend_points",
    "place_context",
    "town_taken",
    "regional_demonym",
    "adjective_only",
    "known_place",
    "plural_unit_region",
    "region_named_with_kind",
    "split_leading_places",
    "join_possessive_towns",
    "join_possessive_outlets",
]


#: Nouns of area whose "of" object is a place ("residential areas of Omdurman").
_AREA_NOUNS = frozenset(
    {"area", "city", "town", "village", "outskirts", "suburb", "district", "centre", "center", "region", "province",
     "streets", "street", "neighbourhood", "neighborhood", "capital", "port", "part", "parts", "north", "south", "east", "west"}
)
#: Endings that make a people's adjective of a place's name ("Tigray" -> "Tigrayan").
_DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "i", "ite")


def regional_demonym(tokens: "SpacySpan", linker: Linker) -> bool:
    """Whether a one-word name used as an adjective of a plural noun or a noun of force or
    authority is the people's word of a region ("*Tigrayan* militias", "*Punjabi* police"): the word
    minus an ending of :data:`_DEMONYM_ENDINGS` is a first-level region the KB, GeoNames
    or ISO 3166-2 know. A careless tagger makes a body of it."""

    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1:
        return False
    word = words[0]
    head = first_conjunct(word).head
    noun = head.lemma_.lower()
    of_people = head.tag_ == "NNS" or noun in FORCE_NOUNS or noun in AUTHORITY_NOUNS  # "Punjabi police"
    if word.dep_ not in ("amod", "compound", "conj", "nmod") or not of_people or not word.text[:1].isupper():
        return False
    text = word.text

    def region(stem: str) -> bool:
        known = linker.lookup(stem)
        if known is not None:
            return known.types[:1] == ("AdministrativeArea",)
        return bool(regions_named(stem)) or linker.region_group(stem) is not None  # "Kordofan", "Kashmir"

    if country_codes(text) or linker.lookup(text) is not None or candidates(text):
        return False  # "Benin", "Goma": a country's or a town's own name

    return any(
        text.endswith(end) and len(text) - len(end) >= 4 and region(text[: len(text) - len(end)])
        for end in _DEMONYM_ENDINGS
    )


def known_place(tokens: "SpacySpan", linker: Linker) -> bool:
    """Whether the KB or the gazetteer knows the name as a place (a town, a region): what a
    nationality-tagged word before a place noun needs to be taken for a place ("areas of
    Omdurman" yes; "*Alawite* villages", a creed's, no)."""
    from ..kb.geo import candidates
    from ..kb.geocode import regions_named

    from ..kb.geo import index_key
    from ..kb.geocode import ALTERNATE_POPULATION

    known = linker.lookup(tokens.text)
    if known is not None:
        return known.kind == "place"
    key = index_key(tokens.text)
    # a town under its own name, or a large one under another ("Christian" is an old name
    # of a Kansas village: no place)
    towns = [c for c in candidates(tokens.text) if index_key(c.name) == key or c.population >= ALTERNATE_POPULATION]
    return bool(towns) or bool(regions_named(tokens.text))


def town_taken(tokens: "SpacySpan") -> bool:
    """Whether a name the NER read as a nationality is a town a verb of taking or striking
    acts on ("hit *Shebekino*", "struck Kropyvnytskyi and *Khmelnytskyi*"): the object of
    such a verb (or a conjunct of it), a proper noun that no country names as its people
    and that GeoNames knows as a town's own name."""
    from ..kb.geo import candidates, country_codes, index_key

    first = first_conjunct(tokens.root)
    if first.dep_ not in ("dobj", "nsubjpass") or first.head.lemma_.lower() not in name_lexicon().place_object_verbs:
        return False
    if any(t.pos_ != "PROPN" for t in tokens) or country_codes(tokens.text):
        return False
    key = index_key(tokens.text)
    return any(index_key(c.name) == key for c in candidates(tokens.text))


def adjective_only(tokens: "SpacySpan") -> bool:
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


def type_by_votes(found: list[Found], linker: Linker) -> tuple[dict[str, object], "GeoContext | None"]:
    """Type the names only the NER found, by the votes of all their mentions (:mod:`kg.extract.typer`).

    The article's geographic context (:func:`kg.extract.geocontext.article_context`: the
    countries it names, KB or not, its dateline, the regions named near each name) places
    the towns, and re-reads the KB's towns against the article's geography. Every mention
    of one name gets the type the name wins over the article. Returns the gazetteer's place
    for each name (normalised) it found one for, and the article's geographic context.
    """
    if not found:
        return {}, None
    from .geocontext import add_unambiguous_towns, article_context
    from .placing import seat_town
    from .typer import PLACE_LABELS, SentenceReading, Votes, article_countries, gazetteer_prior, sentence_reading, town_not_person, unlabelled_votes, vote, votes_with_places

    context = article_context(found[0].tokens.doc, [(f.tokens, f.entity) for f in found], linker)
    _whole_dateline_town(found, context)
    for f in found:  # the KB's towns, read against the article's geography
        if f.entity is not None and (seat := seat_town(linker, f.tokens, f.entity)) is not None:
            # "captured Hama": the region's seat, not the region (kg/extract/placing.py seat_town)
            f.entity, f.how = linker.town_entity(f.span.text, seat), "geonames"
            context.add_point(seat.lat, seat.lon)
        elif f.entity is not None:
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
    _countries_by_initials(pending, linker, {*codes, *context.countries})
    pending = [f for f in pending if f.entity is None]
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

    # what the uses of each name the NER missed say strongly ("the X website")
    missed = unlabelled_votes([f.tokens for f in pending], {i for f in found for i in range(f.tokens.start, f.tokens.end)})
    kin = _family_names(pending, matches)
    # the names of one family's members are no places ("Demanus Gwijangge, Minda Gwijangge")
    places -= {f.tokens.root.i for f in pending if normalize_surface(f.label) in kin}

    # what each mention's sentence says, read once for both rounds of the count below
    readings: list[tuple[SentenceReading, bool]] = []

    def count(places: set[int]) -> dict[str, str]:
        votes: dict[str, Votes] = {}
        for k, f in enumerate(pending):
            if normalize_surface(f.label) in kin:
                votes.setdefault(normalize_surface(f.label), Votes()).add("PERSON", 3.0)
            if k == len(readings):
                readings.append((
                    sentence_reading(f.tokens, f.ner_label, titled_name=f.titled, nickname=f.nickname),
                    place_context(f.tokens) and not (f.tokens.root.dep_ == "pobj" and f.tokens.root.head.lower_ in PLACE_PREPOSITIONS),
                ))
            reading, in_place_context = readings[k]
            v = votes_with_places(reading, places)
            if f.defined:
                v.add("ORG", 3.0)  # defined by an acronym: "the ... Movement (M23)"
            if in_place_context:
                v.add("GPE", 1.5)  # "areas of Omdurman"
            votes.setdefault(normalize_surface(f.label), Votes()).merge(v)
        for key, v in votes.items():
            v.merge(priors[key])
            if key in missed:
                v.merge(missed[key])
            town_not_person(v, priors[key], labels[key], matches.get(key))
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
    with_the = {normalize_surface(f.label) for f in pending if _after_the(f.tokens)}
    for f in pending:
        if f.town_only:
            continue
        key = normalize_surface(f.label)
        ner_label = voted.get(key) or (f.ner_label if f.ner_label in NER_TYPES else "ORG")
        if ner_label == "GPE" and f.ner_label in PLACE_LABELS and not unit_named(f.label):
            ner_label = f.ner_label  # keep the NER's LOC or FAC (not for "... Autonomous Region": a unit)
        if ner_label == "GPE" and key in with_the and country_by_name(f.label) is None and not unit_named(f.label):
            # "across the Sahel", "in the Levant": an area, not a town the gazetteer lacks (not
            # "the X Autonomous Region": an administrative unit by its last word)
            ner_label = "LOC"
        # "the Serena hotel": a venue read with its noun, no town of the gazetteer's so named
        venue = f.tokens is not None and names_venue(f.tokens, ner_label)
        f.entity = institution_entity(linker.entity_for_ner(f.label, ner_label, context=context, venue=venue))  # "X College"
        if f.entity.link_source == "geonames":
            f.how = "geonames"
    return matches, context


def _countries_by_initials(pending: list[Found], linker: Linker, named: set[str]) -> None:
    """The acronyms that give the initials of a country the article names otherwise ("KSA"
    in a story on Saudi Arabia: :mod:`kg.extract.country_initials`) are that country."""
    from ..kb.geo import country_match
    from .country_initials import country_by_initials

    for f in pending:
        code = country_by_initials(f.label, named) if f.one_word else None
        match = country_match(code) if code is not None else None
        if match is None:
            continue
        known = linker.lookup(match.name)
        if known is not None and "Country" in known.types:
            f.entity, f.how = linker.entity_for_kb(known), "kb-alias"
        else:
            f.entity, f.how = linker.entity_for_ner(match.name, "GPE"), "geonames"


def _after_the(tokens: "SpacySpan") -> bool:
    """Whether the name follows "the" and heads its phrase ("across *the* Sahel"): towns do
    not take it (but "the Kibumba camp", "the X massacre" are the camp's, the massacre's)."""
    doc = tokens.doc
    root = tokens.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= tokens.end:
        return False  # a modifier of the noun after it
    if noun_after_listed_names(tokens[-1]) is not None:
        return False  # "the X and Y massacres": names before their noun
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is not None and after.text in ("-", "‑"):
        return False  # "the Kibumba-based group"
    return tokens.start > 0 and doc[tokens.start - 1].lower_ == "the"


def _whole_dateline_town(found: list[Found], context: "GeoContext") -> None:
    """The dateline's town as one name: "PORT SUDAN, Sudan (AP) —" where the NER found
    only "SUDAN", or nothing at all; the names inside it give way."""
    if context.dateline_span is None or not found:
        return
    start, end = context.dateline_span
    if any((f.span.start, f.span.end) == (start, end) for f in found):
        return
    doc = found[0].tokens.doc
    tokens = doc.char_span(start, end)
    if tokens is not None:
        _split_dateline_run(found, tokens)  # "BENI, Congo (AP) —" read as one name
    if tokens is None or any(f.span.start < end and start < f.span.end and not (start <= f.span.start and f.span.end <= end) for f in found):
        return  # the town's words do not make whole tokens, or a name runs across its edge
    found[:] = [f for f in found if not (start <= f.span.start and f.span.end <= end)]
    found.append(Found(Span(start, end, tokens.text), tokens, "GPE", None, "ner"))


def _split_dateline_run(found: list[Found], town: "SpacySpan") -> None:
    """A name the NER ran from the dateline's town over its comma into the country ("BENI,
    Congo (AP) —" as one ORG): the town, and the rest after the comma a place of its own."""
    doc = town.doc
    for f in list(found):
        tokens = f.tokens
        if tokens.start != town.start or tokens.end <= town.end or doc[town.end].text != ",":
            continue
        rest = doc[town.end + 1:tokens.end]
        found.remove(f)
        found.append(Found(Span(town.start_char, town.end_char, town.text), town, "GPE", None, "ner"))
        if len(rest) and rest.text[:1].isupper():
            found.append(Found(Span(rest.start_char, rest.end_char, rest.text), rest, "GPE", None, "ner"))


def _put_in_a_region(label: str, context: "GeoContext") -> bool:
    """Whether the text puts the name in a first-level region ("X in Chin State", "X,
    North Darfur"): the :data:`~kg.kb.geocode.CONTAINED` regions recorded for
    it that are not countries."""

    key = index_key(label)
    return any(w >= CONTAINED and not country_codes(r.name) for r, w in context.near.get(key or "", ()))


def _family_names(pending: list[Found], matches: dict[str, object]) -> set[str]:
    """The names (normalised) of two words or three that end with the same word as another
    such name of their sentence, with different first words, none of them a place the
    gazetteer knows: the members of a family listed together ("Demanus Gwijangge, Minda
    Gwijangge and Meita Gwijangge"), people whatever the NER says. Not places named after
    a direction ("North Kivu, South Kivu") or a particle ("Abu Shouk")."""
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


def plural_unit_region(linker: Linker, surface: str):
    """The KB region a name ending in a plural unit word names, the unit shared with the
    names before it ("Idlib, Aleppo and Hama Governorates" -> "Hama Governorate")."""
    words = surface.split()
    if len(words) < 2 or not words[-1].endswith("s"):
        return None
    last = words[-1]
    singular = last[:-3] + "y" if last.lower().endswith("ies") else last[:-1]
    if word_key(singular) not in name_lexicon().region_heads:
        return None
    found = linker.lookup(" ".join([*words[:-1], singular]))
    return found if found is not None and found.kind == "place" else None


def region_named_with_kind(linker: Linker, tokens: "SpacySpan"):
    """The KB region a name stands for when a word of a region's kind follows it, right
    after it or after a list of names ("Gezira *state*", "Sagaing and Magway *regions*",
    "Nangarhar and Laghman *provinces*"), or comes before it ("the *state* of Guanajuato"): the KB entity of "<name> <kind>", a first-level
    region, rather than the town of the same name (the region's seat)."""

    doc = tokens.doc
    words = tokens.text.split()
    if len(words) > 1 and words[-1].lower() in region_tables()[1] and linker.lookup(tokens.text) is None:
        # "Hasakeh province": the KB's Al-Hasakah Province, spelled otherwise
        found = _region_spelled_otherwise(linker, " ".join(words[:-1]), doc)
        if found is not None and found.types[:1] == ("AdministrativeArea",):
            return found
    if tokens.start >= 2 and doc[tokens.start - 1].lower_ == "of" and doc[tokens.start - 2].lower_ in region_tables()[1]:
        # "the state of Guanajuato", "the central province of Idlib": the region, not its seat
        found = linker.lookup(f"{tokens.text} {doc[tokens.start - 2].lower_}")
        if found is None and linker.kb is not None:
            found = next((e for e in linker.kb.lookup(tokens.text) if e.types[:1] == ("AdministrativeArea",)), None)
        if found is not None and found.types[:1] == ("AdministrativeArea",):
            return found
    if tokens.end >= len(doc):
        return None
    after = doc[tokens.end]
    listing = after.lower_ in ("and", "or", ",")
    noun = after if after.is_lower and not listing else noun_after_listed_names(doc[tokens.end - 1])
    if noun is None or not noun.is_lower:
        return None
    _, kinds, generic = region_tables()
    if tokens.text.lower() in generic:
        return None  # "North and South Kivu provinces": half of a name, no "North Province"
    word = noun.lower_
    singular = word[:-1] if word.endswith("s") and word[:-1] in kinds else word
    if singular not in kinds:
        return None
    found = linker.lookup(f"{tokens.text} {singular}")
    if found is None:
        found = _region_spelled_otherwise(linker, tokens.text, doc)  # "the Zaporizhzhia region": Zaporizhzhya Oblast
    return found if found is not None and found.types[:1] == ("AdministrativeArea",) else None


def _region_spelled_otherwise(linker: Linker, name: str, doc: "Doc"):
    """The one KB region (of any country) whose name, its kind word left out, has the
    :func:`~kg.kb.geo.spelling_skeleton` of ``name`` (three letters of skeleton at least):
    another transliteration of a region named with its kind ("the Zaporizhzhia region" for
    GeoNames' Zaporizhzhya Oblast, "Hasakeh province" for Al-Hasakah Province). The text
    must name the region's country, or the two spellings differ in a letter or two
    (:data:`_SPELLING_RATIO`): Iraq's "Kurdistan Region" is not Iran's Kordestān. A
    demonym is no region's name ("the Indian state of X" is no "Indiana State")."""
    from difflib import SequenceMatcher

    from ..kb.geo import index_key, spelling_skeleton
    from .doctext import doc_text
    from .placing import region_skeletons, regions_by_parts, without_kind_word

    if linker.kb is None or linker.kb.demonym_holders(name):
        return None  # "the Indian state of X", "Nigerian states": a country's region, not one spelled so
    skeleton = spelling_skeleton(name)
    if len(skeleton) < 3:
        return None
    # "Karachay-Cherkessia": each part of the name begins a part of one region's
    regions = region_skeletons(linker.kb).get(skeleton, []) or regions_by_parts(linker.kb, name)
    if len(regions) != 1:
        return None
    region = regions[0]
    named = {c for m in country_mentions(doc_text(doc)) for c in m[3]}
    if linker.kb_country_code(region) in named:
        return region

    def bare(text: str) -> str:
        key = index_key(without_kind_word(text)) or ""
        return key.split(" ", 1)[1] if key.startswith(("al ", "el ", "as ", "ad ", "ar ")) and " " in key else key

    ratio = max(SequenceMatcher(None, bare(name), bare(n)).ratio() for n in region.names)
    return region if ratio >= _SPELLING_RATIO else None


#: How alike two spellings of a region's name must be to be taken for one another when the
#: text does not name the region's country ("Hasakeh", "Hasakah": 0.86; "Kurdistan",
#: "Kordestan": 0.78).
_SPELLING_RATIO = 0.85


def _missed_towns(doc: "Doc", found: list[Found], linker: Linker, context: object) -> list[Found]:
    """Towns the NER missed: a run of capitalised proper nouns outside every name, used as
    a place ("in X", "near X", "X and Y" after a place), that GeoNames holds under that
    very name in a country the article speaks of ("Gangs attacked Cabaret and *Mirebalais*")."""
    from .placing import followed_by_a_unit

    covered = {t.i for f in found for t in f.tokens}
    from .typer import PLACE_LABELS

    placed = {f.tokens.root.i for f in found if (f.entity.kind == "place" if f.entity is not None else f.ner_label in PLACE_LABELS)}
    place_verbs = name_lexicon().place_object_verbs
    out: list[Found] = []
    i = 0
    # a run opens at a proper noun (or an adjective before "residents", below): only those
    # are looked at (spaCy's array of tags, read once per Doc), no Token made of the others
    for at in tokens_tagged(doc, "PROPN", "ADJ"):
        if at < i:
            continue
        i = at
        token = doc[i]
        if token.i in covered or not token.is_title or token.ent_type_:
            continue
        of_people = before_inhabitants(doc[i:i + 1])
        opens = token.is_sent_start and not of_people  # "Goma residents fled": a town may open one
        # the tagger may call a town before "resident" an adjective ("Kidal resident X"); not a demonym
        proper = token.pos_ == "PROPN" or (of_people and token.pos_ == "ADJ" and not country_codes(token.text))
        if not proper or opens:
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
            or before_inhabitants(tokens)  # "Kidal resident X", "Goma residents"
            or held_place(tokens)  # "M23-held Goma"
            or assailed(tokens)  # "an attack on X": a town only if geocoded with the article's context
            or (first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPOSITIONS)
            or (first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in place_verbs)  # "attacked X", "X was shelled"
            or (first.i != root.i and first.i in placed)
        )
        if not used_as_place or len(tokens.text) < 4 or linker.lookup(tokens.text) is not None:
            continue
        region = region_named_with_kind(linker, tokens)
        if region is not None:  # "Sagaing and *Magway* regions"
            out.append(Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", linker.entity_for_kb(region), "kb-alias"))
            placed.add(root.i)
            continue
        match = geocode(tokens.text, context, require_context=True)  # type: ignore[arg-type]
        if match is None:
            if followed_by_a_unit(tokens, [(f.tokens, f.entity, f.label) for f in found]):
                # "the villages of A and B in *X*, Ouallam Department": a place GeoNames lacks,
                # typed by the votes and placed by the unit named after it
                out.append(Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", None, "ner"))
                placed.add(root.i)
            continue
        entity = linker.town_entity(tokens.text, match)
        out.append(Found(Span(tokens.start_char, tokens.end_char, tokens.text), tokens, "GPE", entity, "geonames"))
        placed.add(root.i)
    return out


def lend_points(doc: "Doc", found: list[Found], linker: Linker, context: "GeoContext | None") -> None:
    """Places no gazetteer placed take the point of the town they are named with
    (:func:`kg.extract.borrow.borrow_points`), or of the article's town when that
    lies in a country the article is about; of the country the text puts them in rather
    than a capital's (a KB city that is the capital of something), when that country is small."""
    from .borrow import borrow_points

    def at_home(e: Entity) -> bool:
        code = linker.country_code_of(e)
        return context is None or code is None or context.supports(code)

    def capital(e: Entity) -> bool:
        kb_entity = linker.get(e.kb_key)
        return kb_entity is not None and kb_entity.capital_of is not None

    placed = borrow_points(
        doc, [(f.tokens, f.entity) for f in found if f.entity is not None], at_home=at_home, capital=capital
    )
    for f in found:
        if f.entity is not None and f.entity.key in placed:
            f.entity = placed[f.entity.key]


def _named_countries(found: list[Found], linker: Linker) -> list[str]:
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


def capital_metonymy(found: list[Found], linker: Linker, matches: dict[str, object]) -> None:
    """A capital the KB does not know, used as an actor, is its country ("Kyiv said")."""
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


#: Prepositions that front the place a speaker is in ("In X, Y said", "From X, Y told").
_FRONTING = frozenset({"in", "from", "at", "near", "outside", "inside", "around"})


def split_leading_places(candidates: "list[Candidate]", linker: Linker) -> "list[Candidate]":
    """The name spans that run a fronted place, or a body's acronym, into the name after
    it, cut in two.

    "In Mekelle Getachew Reda said ...", "From Bunia Dieudonne Lossa, a civil society
    leader, said ...", "At a rally in Kharkiv Oleh Syniehubov said ...": with no comma after
    the place, the NER reads one name (a person, an organisation, even a town) of the place
    and the speaker. A span is cut when a locative preposition stands right before it, its
    first words name a place the KB or GeoNames knows well (:func:`_well_known_place`), and
    two or more capitalised words follow that name no body, unit or site ("Kabul University
    Hospital" stays whole). The place becomes a GPE name, the rest a person's. Likewise a
    person's name led by an acronym the KB knows as a body ("Head of MONUSCO Bintou Keita"):
    the body and the person.
    """
    from spacy.tokens import Span as SpacySpan

    from .doctext import doc_text
    from .spans import Candidate

    lex = name_lexicon()
    named: frozenset[str] | None = None
    out: list[Candidate] = []
    for cand in candidates:
        span = cand.span
        doc = span.doc
        cut = None
        if (
            cand.name is None and cand.long_form is None and not span.kb_id_ and len(span) >= 3
            and span.label_ == "PERSON" and _acronym_body(span[0].text, linker) and linker.lookup(span.text) is None
            and all(t.text[:1].isupper() and not t.is_punct for t in span[1:])
            and not any(word_key(t.text) in lex.org_words or word_key(t.text) in lex.group_heads for t in span[1:])
        ):
            # "Head of MONUSCO Bintou Keita": a body's acronym run into the name after it
            out.append(Candidate(SpacySpan(doc, span.start, span.start + 1, label="ORG")))
            out.append(Candidate(SpacySpan(doc, span.start + 1, span.end, label="PERSON")))
            continue
        if (
            cand.name is None and cand.long_form is None and not span.kb_id_ and len(span) >= 3
            and span.label_ in ("PERSON", "ORG", "GPE", "LOC", "NORP")
            and span.start > 0 and (
                (doc[span.start - 1].lower_ in _FRONTING and doc[span.start - 1].pos_ == "ADP") or _after_title_of(doc, span.start)
            )
        ):
            if named is None:  # the countries the text names, read once
                named = frozenset(c for m in country_mentions(doc_text(doc)) if len(m[3]) == 1 for c in m[3])
            if _well_known_place(span.text, linker, named):
                out.append(cand)  # "in Dera Ismail Khan": one town
                continue
            for k in range(len(span) - 2, 0, -1):  # the longest place first ("Port Sudan")
                rest = span[k:]
                if not all((t.text[:1].isupper() or t.lower_ in lex.particles) and not t.is_punct or t.text == "-" for t in rest):
                    continue
                if any(
                    word_key(t.text) in words
                    for t in rest
                    for words in (lex.org_words, lex.group_heads, lex.unit_heads, lex.site_heads, lex.place_nouns, lex.region_heads)
                ):
                    break
                if _well_known_place(span[:k].text, linker, named):
                    cut = span.start + k
                    break
        if cut is None:
            out.append(cand)
            continue
        out.append(Candidate(SpacySpan(doc, span.start, cut, label="GPE")))
        out.append(Candidate(SpacySpan(doc, cut, span.end, label="PERSON")))
    return out


def _after_title_of(doc: "Doc", i: int) -> bool:
    """Whether token ``i`` follows a capitalised title and "of" ("Emir of | Kano ...",
    "Governor of | Darfur ..."): the place of a post, then maybe its holder's name."""
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    title = doc[i - 2]
    return title.text[:1].isupper() and (title.lower_ in TITLE_HEADS or is_title_word(title.text))


def _acronym_body(text: str, linker: Linker) -> bool:
    """Whether ``text`` is an acronym (capitals, three letters or more) the KB knows as an
    organisation ("MONUSCO", "OCHA", "UNHCR")."""
    if len(text) < 3 or not text.isupper() or not text.isalpha():
        return False
    known = linker.lookup(text)
    return known is not None and known.kind == "organization"


def _well_known_place(text: str, linker: Linker, named: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` names a place of the KB (a country, a region, a town), or a GeoNames
    town so spelled (its name or another transliteration of it: "Mekelle" for Mek'ele) of
    :data:`~kg.kb.geocode.FOREIGN_TOWN_POPULATION` people or more, or of
    :data:`~kg.kb.geocode.ALTERNATE_POPULATION` in a country the text names (``named``: ISO
    codes), or the common name of a country's regions ("Darfur" of North, South ... Darfur).
    Not a given name some small town bears ("Ali", a town of India)."""
    from ..kb.geo import candidates, spelling_skeleton
    from ..kb.geocode import ALTERNATE_POPULATION, FOREIGN_TOWN_POPULATION

    if not text[:1].isupper():
        return False
    known = linker.lookup(text)
    if known is not None:
        return known.kind == "place"
    if linker.region_group(text) is not None:
        return True  # "Darfur", "Kivu": the regions of one country named after a direction word
    skeleton = spelling_skeleton(text)
    return any(
        spelling_skeleton(c.name) == skeleton
        and (c.population >= FOREIGN_TOWN_POPULATION or (c.population >= ALTERNATE_POPULATION and c.country_code in named))
        for c in candidates(text)
    )


def _possessives(doc: "Doc") -> list[int]:
    """The positions of the tokens "'s" and "’s" of ``doc``, in order, neither the first nor
    the last token (from the Doc's index of its words: no Token made of the others)."""
    index = positions_by_text(doc)
    return sorted(i for word in ("'s", "’s") for i in index.get(word, ()) if 0 < i < len(doc) - 1)


def join_possessive_towns(doc: "Doc", candidates: "list[Candidate]") -> "list[Candidate]":
    """Town names with a possessive inside ("Cox's Bazar", "Sheikh's Well"), which the
    NER cuts at the "'s" (a person "Cox" and a place "Bazar" of Kyrgyzstan): a capitalised
    word, "'s" and one to three capitalised words that GeoNames holds as a town's own name
    (of :data:`~kg.kb.geocode.ALTERNATE_POPULATION` people or more) become one GPE name;
    the NER's names inside it give way."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    out = list(candidates)
    for i in _possessives(doc):
        if doc[i].text not in ("'s", "’s") or not doc[i - 1].text[:1].isupper() or not doc[i + 1].text[:1].isupper():
            continue
        for end in range(min(i + 4, len(doc)), i + 1, -1):  # the longest name first
            if not all(t.text[:1].isupper() for t in doc[i + 1:end]):
                continue
            text = doc[i - 1:end].text
            key = index_key(text)
            if key and any(index_key(c.name) == key and c.population >= ALTERNATE_POPULATION for c in towns(text)):
                out = [c for c in out if c.span.end <= i - 1 or c.span.start >= end]
                out.append(Candidate(SpacySpan(doc, i - 1, end, label="GPE")))
                break
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out


def join_possessive_outlets(doc: "Doc", candidates: "list[Candidate]") -> "list[Candidate]":
    """Names of outlets with a possessive inside ("Anatolia's Voice, a website
    close to ...", "the People's Daily, a newspaper"), which the NER cuts at the "'s" (a
    region "Anatolia", and "Voice" alone): one capitalised word, "'s" and one to three
    capitalised words ending on a word of an outlet's name (``[media]`` words and last
    words of bodies.toml), none of them a name the knowledge base knows, in apposition with
    a lower-case noun of a body or an outlet, become one ORG name; the NER's names inside
    it give way. Not "the Kurdistan Region's Rudaw" (a name of two words owns the outlet),
    nor "Sudan's Rapid Support Forces, a paramilitary group" (a country owns a body)."""
    from spacy.tokens import Span as SpacySpan

    from .org_kinds import body_noun, name_words
    from .spans import Candidate

    lex = name_lexicon()
    heads = name_words()
    known = {k for c in candidates if c.span.kb_id_ for k in range(c.span.start, c.span.end)}
    out = list(candidates)
    for i in _possessives(doc):
        if doc[i].text not in ("'s", "’s") or not doc[i - 1].text[:1].isupper():
            continue
        if i >= 2 and doc[i - 2].text[:1].isupper() and not doc[i - 2].is_sent_start:
            continue  # "the Kurdistan Region's Rudaw": a name of two words owns the outlet
        end = i + 1
        while end < len(doc) and end - i <= 3 and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        last = doc[end - 1]
        if end == i + 1 or word_key(last.text) not in heads or any(k in known for k in range(i + 1, end)):
            continue  # not "Sudan's Rapid Support Forces, a paramilitary group": a body the KB knows
        if not any(c.dep_ == "appos" and c.is_lower and (body_noun(c) or word_key(c.text) in lex.kinds_after) for c in last.children):
            continue
        out = [c for c in out if c.span.end <= i - 1 or c.span.start >= end]
        out.append(Candidate(SpacySpan(doc, i - 1, end, label="ORG")))
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out
