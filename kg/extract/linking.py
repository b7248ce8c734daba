"""Linking: which canonical entity a name in the text stands for, and how that entity is typed.

The knowledge base decides first: a name it knows links to the KB entity, whatever type
the statistical NER gave it (spaCy's small model calls Stepanakert a person and
Nagorno-Karabakh an organisation; the KB says city and region). A name the KB does not
know keeps the NER's judgement, refined: a GPE that ISO 3166 knows is a ``Country``, one
GeoNames knows as a town in a country the article speaks of is a ``City`` with
coordinates, any other GPE an ``AdministrativeArea``.

Metonymy: a capital or seat of power whose KB entry says what it stands for
(``kb:standsFor``) is that country or body when the sentence uses it as an actor —
subject of a verb of saying or doing, agent of a passive, object of "urge" or "accuse",
possessor of a decision, partner "with" someone — and stays the place otherwise ("in Baku").

Every decision comes with a confidence (:data:`CONFIDENCE`), and the entity with the
source of its link: ``kb``, ``geonames`` or ``ner``.

Places the KB lacks are geocoded in the article's context (:mod:`kg.extract.geocontext`,
:func:`kg.kb.geocode.geocode`): GeoNames candidates of the name are ranked by the
countries the article names, its dateline, the regions named near the town, population
and nearness to the places already placed; the entity's ``link_confidence`` is the
geocoder's. Every country gets a point: the KB's when it has one, else GeoNames'
(:func:`kg.kb.geo.country_point`).

The steps live in their own modules: what a link is (confidences, schema.org types, keys:
:mod:`kg.extract.link_types`), metonymy (:mod:`kg.extract.actor_use`), names the KB lacks
(:mod:`kg.extract.ner_link`) and places read again against the article (:mod:`kg.extract.relink`);
this module keeps the :class:`Linker` over the KB and re-exports their names.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..kb import normalize_surface
from ..kb.geo import country_forms, country_match, spelling_skeleton
from ..kb.geocode import geocode
from ..nlp.kb_ruler import case_fits, kb_of
from .actor_use import actor_use, first_conjunct
from .caps_names import town_label
from .doctext import sentence_start
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS
from .link_types import (
    CONFIDENCE,
    NER_TYPES,
    SCHEMA_PARENTS,
    SOURCE_CONFIDENCE,
    SPELLING_CONFIDENCE,
    entity_key,
    schema_types,
)
from .model import Entity
from .names import addressed
from .ner_link import ner_entity
from .placing import (
    DIRECTIONS,
    REGION_KIND_WORDS,
    context_of,
    region_groups,
    region_skeletons,
    regions_by_parts,
    without_kind_word,
)
from .relink import relink_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..kb import KBEntity, KnowledgeBase
    from ..kb.geo import GeoMatch
    from ..kb.geocode import GeoContext

__all__ = [
    "CONFIDENCE",
    "DIRECTIONS",
    "NER_TYPES",
    "SCHEMA_PARENTS",
    "SOURCE_CONFIDENCE",
    "SPELLING_CONFIDENCE",
    "schema_types",
    "entity_key",
    "Linker",
    "actor_use",
    "first_conjunct",
    "linker_for",
]


@functools.lru_cache(maxsize=4)
def _by_geonames(kb: "KnowledgeBase") -> dict[int, "KBEntity"]:
    """The KB's entities by GeoNames id (built once per knowledge base, not per article)."""
    return {e.geonames: e for e in kb if e.geonames}


#: where :func:`linker_for` keeps a document's linker (in ``doc.user_data``)
_LINKER_KEY = ("kg", "linker")


def linker_for(doc: "Doc") -> "Linker":
    """The :class:`Linker` over the knowledge base the pipeline's ruler used on ``doc``: made
    at the first call for a document and kept with it (the readers ask for it some seven times
    an article; each new one read the people's names of the document again and started its
    look-up caches empty). The document's entities are final by then (the ruler, the last
    component of the pipeline, sets them), so the people's names it reads stay true."""

    linker = doc.user_data.get(_LINKER_KEY)
    if linker is None:
        linker = doc.user_data[_LINKER_KEY] = Linker(kb_of(doc), surnames=person_surnames(doc), doc=doc)
    return linker


def person_surnames(doc: "Doc") -> frozenset[str]:
    """The last words of the people's full names ``doc`` names ("Türk" of "Volker Türk"),
    and the one-word names a title of address stands before ("Mr. *Türk*", whatever the NER
    called it): alone elsewhere, such a word is that person, not the nationality it also spells."""
    return frozenset(
        e[-1].text
        for e in doc.ents
        if e[-1].is_alpha and e[-1].text[:1].isupper() and (
            (e.label_ == "PERSON" and len([t for t in e if t.is_alpha]) >= 2)
            or (len(e) == 1 and e.label_ in ("PERSON", "NORP", "GPE") and addressed(doc, e.start))
        )
    )


class Linker:
    """Links names to canonical entities with one knowledge base (or none).

    Parameters
    ----------
    kb : KnowledgeBase or None
        The KB the pipeline's ruler used (:func:`kg.nlp.kb_ruler.kb_of`); without one,
        names are typed from the NER alone.
    surnames : frozenset of str
        The last words of the article's people's names (:func:`person_surnames`), which
        are never read as demonyms.
    """

    def __init__(self, kb: "KnowledgeBase | None", *, surnames: frozenset[str] = frozenset(), doc: "Doc | None" = None) -> None:
        self.kb = kb
        #: last words of the article's people's names (:func:`person_surnames`)
        self.surnames = surnames
        self._doc = doc
        self._geo_cache: dict[tuple[str, tuple[str, ...]], GeoMatch | None] = {}
        self._country_cache: dict[str, GeoMatch | None] = {}
        self._by_geonames: dict[int, KBEntity] | None = None

    # ------------------------------------------------------------------ the KB

    def get(self, key: str | None) -> "KBEntity | None":
        return self.kb.get(key) if self.kb is not None and key else None

    def lookup(self, surface: str) -> "KBEntity | None":
        """The KB entity ``surface`` names (label matches first), written with a fitting case."""
        if self.kb is None or not surface:
            return None

        for entity in self.kb.lookup(surface):
            if any(case_fits(name, surface) for name in entity.names):
                return entity
        return None

    def is_label(self, entity: "KBEntity", surface: str) -> bool:
        return normalize_surface(entity.label) == normalize_surface(surface)

    def by_demonym(self, word: str) -> "KBEntity | None":
        """The KB country ``word`` is the demonym of; for a demonym the KB lacks, that of
        the country tables (``ontology/geo/countries.tsv``: "Philippine"), when it is one
        country's only. Never a word the article uses as a person's surname: after "Volker
        Türk", "Türk's spokesperson" is his, not Turkey's."""
        if self.kb is None or word in self.surnames:
            return None
        holders = self.kb.demonym_holders(word)  # "Congolese": the one the article names, else the more populous
        found = next((e for e in holders if e.key in self.named_countries), holders[0]) if len(holders) > 1 else (holders or [None])[0]
        if found is None and word[:1].isupper():
            codes = country_forms()[1].get(word, ())
            match = country_match(codes[0]) if len(codes) == 1 else None
            found = self.by_geonames(match.geonames_id) if match is not None else None
        return found

    @functools.cached_property
    def named_countries(self) -> frozenset[str]:
        """The KB keys of the countries the article names (:meth:`KnowledgeBase.countries_named`)."""
        names = [e.text for e in self._doc.ents if e.label_ in ("GPE", "LOC")] if self._doc is not None else []
        return self.kb.countries_named(names) if self.kb is not None else frozenset()

    def longer_demonym(self, doc: "Doc", i: int) -> "tuple[int, KBEntity] | None":
        """The demonym of a country with a name of several words that ends at token ``i``
        ("Papua New *Guinean*", "Equatorial *Guinean*", "Bissau-*Guinean*"): the longest run
        of one to three capitalised words or hyphens before it that makes, with it, the
        demonym of another country than the last word alone, as (first token, country)."""
        token = doc[i]
        if i == 0 or not token.text[:1].isupper():
            return None
        alone = self.by_demonym(token.text)
        if alone is None:
            return None
        for start in range(max(sentence_start(token), i - 3), i):
            before = doc[start:i]
            if before[0].is_punct or not all(t.text[:1].isupper() or t.text in ("-", "\u2011") for t in before):
                continue
            country = self.by_demonym(doc[start:i + 1].text)
            if country is not None and country is not alone:
                return start, country
        return None

    def affiliated(self, country: "KBEntity", demonym: str, noun: str) -> "KBEntity":
        """The KB body of ``country`` a demonym + noun names, else the country itself.

        "Azerbaijani soldiers" -> the KB's Azerbaijani Armed Forces (found through its
        names "Azerbaijani forces", "Azerbaijani army" ...); "Armenian officials" -> the
        Government of Armenia; a country without such bodies in the KB stands for itself.
        """
        noun = noun.lower()
        if noun in FORCE_NOUNS:
            tries = (noun, "armed forces", "forces", "army", "military", "troops")
        elif noun in AUTHORITY_NOUNS:
            tries = (noun, "government", "authorities")
        else:
            return country
        for word in tries:
            for name in (f"{demonym} {word}", f"{country.label}'s {word}"):
                for candidate in self.kb.lookup(name) if self.kb is not None else ():
                    if candidate.country == country.key and candidate.kind == "organization":
                        return candidate
        return country

    def entity_for_kb(self, e: "KBEntity") -> Entity:
        """The canonical :class:`Entity` of a KB entity (key: its KB IRI)."""
        entity = Entity(
            key=entity_key(e.kind, e.label, e.wikidata, kb_key=e.key),
            label=e.label,
            types=schema_types(e.types),
            kind=e.kind,
            wikidata=e.wikidata,
            lat=e.lat,
            lon=e.lon,
            geonames=e.geonames,
            link_source="kb",
            link_confidence=SOURCE_CONFIDENCE["kb"],
            kb_key=e.key,
        )
        if e.kind == "place" and e.lat is None:
            if "Country" in e.types:
                match = self.country(e.label)
            else:
                country = self.get(e.country)
                match = self._find_place(e.label, (country.label,) if country else ())
            if match is not None and match.lat is not None:
                entity.lat, entity.lon = match.lat, match.lon
                entity.geonames = entity.geonames or match.geonames_id
        return entity

    def country(self, label: str) -> "GeoMatch | None":
        if label not in self._country_cache:
            from ..kb.geo import country_by_name

            self._country_cache[label] = country_by_name(label)
        return self._country_cache[label]

    # ------------------------------------------------------------------ names the KB lacks

    def entity_for_ner(
        self,
        label: str,
        ner_label: str,
        *,
        countries: Iterable[str] = (),
        towns_only: bool = False,
        context: "GeoContext | None" = None,
        venue: bool = False,
    ) -> Entity | None:
        """An :class:`Entity` for a name only the NER found, typed as well as offline data allow
        (:func:`kg.extract.ner_link.ner_entity`)."""
        return ner_entity(self, label, ner_label, countries=countries, towns_only=towns_only, context=context, venue=venue)


    def town_entity(self, label: str, match: "GeoMatch") -> Entity:
        """The entity of a GeoNames town: the KB's entity with its GeoNames id, else a
        ``City`` with the match's point and confidence."""
        known = self.by_geonames(match.geonames_id)
        if known is not None:
            return self.entity_for_kb(known)
        label = town_label(label, match.name)  # "GOMA, Congo (AP) —": the town's name, not its capitals
        return Entity(
            key=entity_key("place", label),
            label=label,
            types=schema_types(["City"]),
            kind="place",
            lat=match.lat,
            lon=match.lon,
            geonames=match.geonames_id,
            link_source="geonames",
            link_confidence=match.confidence if match.confidence is not None else SOURCE_CONFIDENCE["geonames"],
        )

    def relink_place(self, surface: str, entity: Entity, context: "GeoContext", *, dateline: bool = False) -> Entity | None:
        """A better entity for a mention linked by name alone, read against the article's
        geography; ``None`` to keep ``entity`` (:func:`kg.extract.relink.relink_place`)."""
        return relink_place(self, surface, entity, context, dateline=dateline)


    def kb_country_code(self, kb_entity: "KBEntity") -> str | None:
        """The ISO code of the country of a KB entry (by its country's label); ``None`` when
        the KB gives none."""
        from ..kb.geo import country_by_name

        country = self.get(kb_entity.country) if kb_entity.country else None
        match = country_by_name(country.label) if country is not None else None
        return match.country_code if match is not None else None

    def country_code_of(self, entity: Entity) -> str | None:
        """The ISO code of the country a place entity lies in: its KB entry's country, else
        that of its GeoNames town; ``None`` when neither says."""
        from ..kb.geo import candidates

        kb_entity = self.get(entity.kb_key)
        if kb_entity is not None:
            return self.kb_country_code(kb_entity)
        if entity.geonames is not None:
            for town in candidates(entity.label):
                if town.geonames_id == entity.geonames:
                    return town.country_code
        return None

    def region_group(self, name: str) -> tuple[float, float] | None:
        """The middle of the KB regions of one country named "<direction> ``name``" ("Darfur"
        for North, South, East, West and Central Darfur; "Kivu"), or ``None``."""
        if self.kb is None:
            return None
        from ..kb import normalize_surface

        return region_groups(self.kb).get(normalize_surface(name))

    def by_geonames(self, geonames_id: int | None) -> "KBEntity | None":
        """The KB entity with this GeoNames id, if any."""
        if geonames_id is None or self.kb is None:
            return None
        if self._by_geonames is None:
            self._by_geonames = _by_geonames(self.kb)
        return self._by_geonames.get(geonames_id)

    def republic_region(self, label: str) -> "KBEntity | None":
        """The KB's region, no country, that a republic named after it is: "the Republic of
        Dagestan" is Dagestan, "the Republic of North Ossetia" North Ossetia (a federal
        subject, an autonomous republic); never a country's name ("Republic of the Congo",
        "Republic of China" are other states than the bare names)."""
        words = label.split()
        if words[:1] == ["the"]:
            words = words[1:]
        if words[:1] == ["Autonomous"]:
            words = words[1:]
        if len(words) < 3 or words[0] != "Republic" or words[1] != "of" or words[2] == "the":
            return None
        kb_entity = self.lookup(" ".join(words[2:]))
        if kb_entity is None or "AdministrativeArea" not in kb_entity.types or "Country" in kb_entity.types:
            return None
        return kb_entity

    def qualified_region(self, label: str, context: "GeoContext") -> "KBEntity | None":
        """The KB's first-level region that ``label`` names with its kind left out ("Upper
        Nile" for "Upper Nile State", "Tillaberi" for "Tillaberi Region"), in a country the
        article speaks of (a bare region name is ambiguous across countries)."""
        for word in REGION_KIND_WORDS:
            kb_entity = self.lookup(f"{label} {word}")
            if kb_entity is None or "AdministrativeArea" not in kb_entity.types:
                continue
            code = self.kb_country_code(kb_entity)
            if code is not None and context.speaks_of(code):
                return kb_entity
        return None

    def region_spelled_alike(self, label: str, context: "GeoContext", *, excluding: str | None = None) -> "KBEntity | None":
        """The KB's one region of a country the article speaks of whose name, its kind word
        left out, has the :func:`~kg.kb.geo.spelling_skeleton` of ``label`` ("Hiran" for
        Hiiraan, "Lower Shabelle" for Lower Shabeelle); the name ``excluding`` does not make
        the article speak of a country (a KB region's own name, of its country)."""

        if self.kb is None or not label[:1].isupper():
            return None
        skeleton = spelling_skeleton(without_kind_word(label))
        if len(skeleton) < 3:
            return None
        found = []
        for region in region_skeletons(self.kb).get(skeleton, ()) or regions_by_parts(self.kb, label):
            code = self.kb_country_code(region)
            if code is not None and context.speaks_of(code, excluding=excluding):
                found.append(region)
        return found[0] if len(found) == 1 else None

    def geocode(self, name: str, context: "GeoContext", *, require_context: bool = False) -> "GeoMatch | None":
        """The GeoNames town ``name`` stands for in ``context``; its point joins the context."""

        match = geocode(name, context, require_context=require_context)
        if match is not None:
            context.add_point(match.lat, match.lon)
        return match

    def _find_place(self, name: str, countries: tuple[str, ...]) -> GeoMatch | None:
        """A GeoNames town called ``name``, geocoded with ``countries`` (names) as context."""
        key = (name, countries)
        if key not in self._geo_cache:
            from ..kb.geocode import geocode

            self._geo_cache[key] = geocode(name, context_of(countries))
        return self._geo_cache[key]
