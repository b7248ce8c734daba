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
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..kb import normalize_surface
from ..kb.geo import candidates as places_named
from ..kb.geo import continent_by_name, country_forms, country_match, index_key, spelling_skeleton
from ..kb.geocode import features, geocode
from ..kb.geomacro import macro_region, territory
from ..nlp.kb_ruler import case_fits, kb_of
from .lexicon import (
    ACTOR_PREPOSITIONS,
    ADDRESSEE_VERBS,
    AUTHORITY_NOUNS,
    FORCE_NOUNS,
    PLACE_PART_NOUNS,
    PLACE_VERBS,
    STANCE_ADJECTIVES,
    TITLE_HEADS,
)
from .caps_names import town_label
from .model import Entity
from .names import addressed, natural_feature_words, unit_named
from .normalise import slugify
from .org_kinds import org_types
from .placing import (
    country_part,
    region_at_home,
    district_with_unit_word,
    DIRECTIONS,
    REGION_KIND_WORDS,
    context_of,
    country_named,
    district_named,
    district_stem,
    landform_area,
    placed_by_context,
    region_groups,
    region_point_named,
    region_skeletons,
    site_named,
    subregion,
    town_of_pair,
    town_of_site,
    without_kind_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..kb import KBEntity, KnowledgeBase
    from ..kb.geo import GeoMatch
    from ..kb.geocode import GeoContext
    from ..kb.geodistricts import District
    from ..kb.geomacro import MacroRegion, Territory

__all__ = [
    "CONFIDENCE",
    "DIRECTIONS",
    "SCHEMA_PARENTS",
    "schema_types",
    "entity_key",
    "Linker",
    "actor_use",
    "first_conjunct",
    "linker_for",
]

#: How sure a link is, by how it was made (mention confidence, ``itsrdf:taConfidence``).
CONFIDENCE: dict[str, float] = {
    "kb-label": 0.95,  # the KB's preferred label
    "kb-alias": 0.9,  # one of the KB's aliases
    "partial-name": 0.85,  # "Aliyev" after "Ilham Aliyev" in the same article
    "metonymy": 0.8,  # "Baku declared" -> Azerbaijan
    "demonym": 0.8,  # "Azerbaijani soldiers" -> Azerbaijan's armed forces
    "kb-surname": 0.7,  # "Aliyev" alone, resolved by the KB alias only
    "geonames": 0.7,  # GeoNames town in a country the article names
    "ner": 0.5,  # the statistical NER alone
}
#: Confidence of an entity's link, by its source (``kgo:confidence`` on the entity).
SOURCE_CONFIDENCE: dict[str, float] = {"kb": 0.95, "geonames": 0.7, "ner": 0.5}

#: Confidence of a KB region linked by another spelling of its name ("Hiran" for Hiiraan).
SPELLING_CONFIDENCE = 0.75
#: How sure the point of a site named with its town is (the town's: :func:`~kg.extract.placing.town_of_site`).
SITE_CONFIDENCE = 0.5
#: How sure the point of a breakaway territory is (its seat's, for a region).
TERRITORY_CONFIDENCE = 0.6
#: How sure the point of a macro-region is (one point for a region of many countries).
MACRO_REGION_CONFIDENCE = 0.5
#: How sure the point of a landform named after a place is (that place's: "the Swat Valley").
LANDFORM_CONFIDENCE = 0.5
#: How sure the point of a second-level division found by name is (:func:`~kg.extract.placing.district_named`).
DISTRICT_CONFIDENCE = 0.6

#: schema.org's class tree for the types kg uses (child -> parent).
SCHEMA_PARENTS: dict[str, str] = {
    "Country": "AdministrativeArea",
    "State": "AdministrativeArea",
    "City": "AdministrativeArea",
    "AdministrativeArea": "Place",
    "Landform": "Place",
    "CivicStructure": "Place",
    "LandmarksOrHistoricalBuildings": "Place",
    "Continent": "Landform",
    "BodyOfWater": "Landform",
    "Mountain": "Landform",
    "GovernmentBuilding": "CivicStructure",
    "Airport": "CivicStructure",
    "Bridge": "CivicStructure",
    "GovernmentOrganization": "Organization",
    "NewsMediaOrganization": "Organization",
    "NGO": "Organization",
    "Corporation": "Organization",
    "EducationalOrganization": "Organization",
    "PoliticalParty": "Organization",
    "MedicalOrganization": "Organization",
}

#: NER label -> (kind, schema.org types) for names the KB does not know.
NER_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "PERSON": ("person", ("Person",)),
    "ORG": ("organization", ("Organization",)),
    "GPE": ("place", ("AdministrativeArea", "Place")),
    "LOC": ("place", ("Place",)),
    "FAC": ("place", ("Place",)),
}

@functools.lru_cache(maxsize=4)
def _by_geonames(kb: "KnowledgeBase") -> dict[int, "KBEntity"]:
    """The KB's entities by GeoNames id (built once per knowledge base, not per article)."""
    return {e.geonames: e for e in kb if e.geonames}


def _macro_region(label: str) -> "MacroRegion | None":
    return macro_region(label)


def _territory(label: str) -> "Territory | None":
    return territory(label)


def _unit_at_seat(label: str, seat: "GeoMatch") -> Entity:
    """An administrative unit named after its seat, at the seat's point with a lower
    confidence (the unit is larger than the town)."""
    return _unit(label, seat.lat, seat.lon, None, 0.55)


def _division(label: str, district: "District") -> Entity:
    """A GeoNames second-level division (:func:`~kg.extract.placing.district_named`), at its
    point (a town inside it), with :data:`DISTRICT_CONFIDENCE`."""
    return _unit(label, district.lat, district.lon, district.geonames_id, DISTRICT_CONFIDENCE)


def _unit(label: str, lat: float | None, lon: float | None, geonames: int | None, confidence: float) -> Entity:
    """An administrative unit placed by GeoNames."""
    return Entity(
        key=entity_key("place", label),
        label=label,
        types=schema_types(["AdministrativeArea"]),
        kind="place",
        lat=lat,
        lon=lon,
        geonames=geonames,
        link_source="geonames",
        link_confidence=confidence,
    )


def schema_types(types: Iterable[str]) -> tuple[str, ...]:
    """``types`` with their schema.org ancestors, most specific first.

    >>> schema_types(["City"])
    ('City', 'AdministrativeArea', 'Place')
    >>> schema_types(["GovernmentBuilding"])
    ('GovernmentBuilding', 'CivicStructure', 'Place')
    """
    out: dict[str, None] = {}
    for t in types:
        while t and t not in out:
            out[t] = None
            t = SCHEMA_PARENTS.get(t, "")
    return tuple(out)


def entity_key(kind: str, label: str, wikidata: str | None = None, *, kb_key: str | None = None) -> str:
    """Canonical key: the KB entity's IRI, else the Wikidata id, else ``kind/slug``.

    The key becomes the entity's IRI (:meth:`kg.rdf.Iris.entity`), the same in every article.

    >>> entity_key("person", "Hikmet Hajiyev")
    'person/hikmet-hajiyev'
    >>> entity_key("place", "Azerbaijan", "Q227")
    'Q227'
    >>> entity_key("place", "Azerbaijan", "Q227", kb_key="https://w3id.org/kg-news/kb/azerbaijan")
    'https://w3id.org/kg-news/kb/azerbaijan'
    """
    return kb_key or wikidata or f"{kind}/{slugify(label)}"


def first_conjunct(token: "Token") -> "Token":
    """The first of a run of coordinated tokens ("Baku and *Yerevan*" -> Baku)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def actor_use(span: "Span") -> bool:
    """Whether ``span`` (a capital, a seat of power) is used as an actor in its sentence.

    Actor: subject of a verb other than one of location ("Baku declared", but not "Baku
    lies on the Caspian"), subject of "be" with a stance adjective ("Brussels was
    concerned"), subject of a passive or object of a verb of addressing or judging
    ("Baku was urged", "urged Baku"), agent ("brokered by Moscow"), partner ("talks with
    Baku"), possessor of anything but a part of the city ("Baku's decision", not "Baku's
    streets"), or modifier of an official ("Kremlin spokesman") other than the city's own
    (``[places] local_bodies`` of names.toml: "the Addis Ababa police"). Anything else is a place.
    """
    token = first_conjunct(span.root)
    dep, head = token.dep_, token.head
    if head is token:
        return False
    lemma = head.lemma_.lower()
    if dep in ("nsubj", "nsubjpass") and head.lower_ in STANCE_ADJECTIVES:
        return True  # "Brussels was concerned", parsed either way
    if dep == "nsubj":
        if lemma == "be" or head.pos_ == "AUX":
            return any(c.dep_ == "acomp" and c.lower_ in STANCE_ADJECTIVES for c in head.children)
        return lemma not in PLACE_VERBS
    if dep in ("nsubjpass", "dobj"):
        return lemma in ADDRESSEE_VERBS
    if dep == "pobj":
        prep = head.lower_
        if prep == "by":
            return head.dep_ == "agent" or head.head.tag_ == "VBN"
        if prep in ("on", "upon") and head.head.lemma_.lower() == "call":
            return True  # "called on Baku to ..."
        return prep in ACTOR_PREPOSITIONS and prep not in ("for", "on", "upon")
    if dep == "poss":
        return head.lower_ not in PLACE_PART_NOUNS and lemma not in PLACE_PART_NOUNS
    if dep in ("compound", "nmod", "amod"):
        from .names import name_lexicon

        if head.lower_ in name_lexicon().local_bodies or lemma in name_lexicon().local_bodies:
            return False  # "the Addis Ababa police", "the Juba city council": the city's own
        return lemma in AUTHORITY_NOUNS or lemma in TITLE_HEADS or head.lower_ in AUTHORITY_NOUNS
    if dep == "npadvmod":  # "a Moscow-brokered deal"
        return head.tag_ == "VBN"
    return False


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
        for start in range(max(token.sent.start, i - 3), i):
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
                match = self._country(e.label)
            else:
                country = self.get(e.country)
                match = self._find_place(e.label, (country.label,) if country else ())
            if match is not None and match.lat is not None:
                entity.lat, entity.lon = match.lat, match.lon
                entity.geonames = entity.geonames or match.geonames_id
        return entity

    def _country(self, label: str) -> "GeoMatch | None":
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
    ) -> Entity | None:
        """An :class:`Entity` for a name only the NER found, typed as well as offline data allow.

        Parameters
        ----------
        label : str
            The normalised name.
        ner_label : str
            spaCy's label (``PERSON``, ``ORG``, ``GPE``, ``LOC``, ``FAC``).
        countries : iterable of str
            Names of the countries the article speaks of, when no ``context`` is given.
        towns_only : bool
            Return a town GeoNames knows, or None: for a name the NER typed otherwise
            that the sentence uses as a place.
        context : GeoContext, optional
            The article's geographic context (:func:`kg.extract.geocontext.article_context`);
            the towns placed here are added to its points.
        """
        kind, types = NER_TYPES.get(ner_label, ("place", ("Place",)))
        wikidata = None
        lat = lon = None
        geonames = None
        source = "ner"
        confidence = None
        key_label = label
        if context is None:
            context = context_of(countries)
        if ner_label in ("LOC", "FAC") and district_stem(label) is not None:
            ner_label = "GPE"  # "Rutshuru Territory": an administrative unit, not a site
        elif ner_label == "ORG" and (stem := district_stem(label)) is not None:
            seat = self.geocode(stem, context, require_context=True)
            if seat is not None:  # "Ouallam Department": a unit named after a town the article places, not an office
                return _unit_at_seat(label, seat)
        if (
            ner_label == "ORG" and not towns_only and org_types(label) is None and not label.isupper()
            and (district := district_named(label, context)) is not None
        ):
            # "... arrived at Paro airport, Nduga": a second-level division of a country the
            # article is about, not a body, when no word of the name says it is one
            return _division(label, district)
        if ner_label in ("ORG", "PERSON", "NORP") and not towns_only and placed_by_context(label, context):
            # the dateline's town; "El Fasher, North Darfur": a town when the gazetteer
            # has one so named, else the NER's reading stands ("Tillaberi native X")
            town = town_of_pair(label, context) or label
            match = self.geocode(town, context)
            if match is not None:
                return self.town_entity(town, match)
        if ner_label in ("ORG", "FAC", "LOC") and not towns_only and (town := town_of_site(label)) is not None:
            # "the Progressive Comprehensive College of Bamenda": a site in the town its name
            # gives, at that town's point (less surely: the site is somewhere in it), when the
            # article places the town; never a namesake's point elsewhere
            match = self.geocode(town, context, require_context=True)
            if match is not None:
                site = Entity(
                    key=entity_key(kind, label), label=label, types=types, kind=kind, lat=match.lat, lon=match.lon,
                    link_source="ner", link_confidence=SITE_CONFIDENCE,
                )
                return site
        if ner_label == "FAC" and not site_named(label):
            # a town the NER took for a building ("near Tessalit"): a town when the article
            # places it, a site otherwise
            match = self.geocode(label, context, require_context=True)
            if match is not None:
                return self.town_entity(label, match)
        if ner_label == "ORG" and (org_kind := org_types(label)) is not None:
            types = org_kind  # "Supreme Court of Kenya", "Ethiopian Press Agency", "Law Society of Kenya" (kg/extract/org_kinds.py)
        elif ner_label in ("GPE", "LOC"):
            country = None
            if ner_label == "GPE" and not towns_only:
                country = country_named(label, context)
            continent = continent_by_name(label) if country is None and not towns_only else None
            if continent is not None:
                # "Africa": a continent at GeoNames' point for it, never a town's borrowed one
                types, source = schema_types(["Continent"]), "geonames"
                lat, lon, geonames, confidence = continent.lat, continent.lon, continent.geonames_id, 0.9
            elif country is not None:
                types, source = schema_types(["Country"]), "geonames"
                lat, lon, geonames, confidence = country.lat, country.lon, country.geonames_id, country.confidence
                key_label = country.name  # "DRC", "DR Congo" and "Congo" are one country
            elif not towns_only and (held := _territory(label)) is not None:
                # "Somaliland", "the Kurdistan Region": a breakaway or autonomous territory at
                # its seat (kg/kb/geomacro.py), not the country's point nor a town's borrowed one
                types, source, wikidata = schema_types(["AdministrativeArea"]), "geonames", held.wikidata
                lat, lon, confidence = held.lat, held.lon, TERRITORY_CONFIDENCE
                key_label = held.name
            elif not towns_only and (macro := _macro_region(label)) is not None:
                # "West Africa", "the Sahel": a macro-region at the point of its member country
                # where its people live (kg/kb/geomacro.py), never a town's borrowed one
                types, source = schema_types(["Place"]), "geonames"
                lat, lon, confidence = macro.lat, macro.lon, MACRO_REGION_CONFIDENCE
                key_label = macro.name
            else:
                town = town_of_pair(label, context)  # "Abuja, Nigeria" read as one name
                # a LOC is a town only when the article places it ("Port-au-Prince" in a
                # story on Haiti), not on population alone
                # a name no town bears that the KB's regions share ("Mindanao" of North Mindanao
                # and the Autonomous Region in Muslim Mindanao) is that area, not a town spelled
                # alike (Mandaon)
                shared = not towns_only and not places_named(town or label) and self.region_group(label) is not None
                match = None if shared else self.geocode(town or label, context, require_context=ner_label == "LOC" and not towns_only)
                if match is not None:
                    return self.town_entity(town or label, match)
                elif not towns_only and (region := self._qualified_region(label, context)) is not None:
                    return self.entity_for_kb(region)  # "Upper Nile" for the KB's "Upper Nile State"
                elif not towns_only and (region := self.region_spelled_alike(label, context)) is not None:
                    # "Lower Shabelle" for the KB's "Lower Shabeelle": the KB's region, less surely
                    linked = self.entity_for_kb(region)
                    linked.link_confidence = SPELLING_CONFIDENCE
                    return linked
                elif not towns_only and (area := self._landform_area(label, context)) is not None:
                    return area  # "the Swat Valley", "the Nineveh Plains": at what it is named after
                elif not towns_only and natural_feature_words(label.split()):
                    # "Red Sea", "Gulf of Aden": a natural feature, not the region named after it
                    # (Eritrea's or Sudan's "Red Sea" region); no source here gives it a point
                    types = schema_types(["Place"])
                elif not towns_only:
                    point = region_point_named(label, context)
                    if point is not None:
                        types = schema_types(["AdministrativeArea"])
                        (lat, lon), source, confidence = point, "geonames", 0.6
                    elif (group := self.region_group(label)) is not None:
                        # "Darfur": the regions "North/South/... Darfur" of one country
                        types = schema_types(["AdministrativeArea"])
                        (lat, lon), source, confidence = group, "geonames", 0.6
                    elif (part := country_part(label)) is not None:
                        # "North Kosovo": the country's towns that way, less surely
                        types = schema_types(["AdministrativeArea"])
                        (lat, lon), source, confidence = part, "geonames", LANDFORM_CONFIDENCE
                    elif (district := district_named(label, context) or district_with_unit_word(label, context)) is not None:
                        # "Boyo division", "Nduga Regency", "Masisi territory": a GeoNames second-level division
                        # of a country the article is about, at a town inside it
                        return _division(label, district)
                    elif (stem := district_stem(label)) is not None:
                        # "Rutshuru Territory": a unit named after its seat, placed at the seat
                        types = schema_types(["AdministrativeArea"])
                        seat = self.geocode(stem, context)
                        if seat is not None:
                            return _unit_at_seat(label, seat)
                    elif unit_named(label):
                        types = schema_types(["AdministrativeArea"])  # "the X Autonomous Region": a unit by its name
                    elif ner_label == "GPE" and not subregion(label, context):
                        # not a country, region or town the gazetteer holds: a village or
                        # small town (countries and regions are all in the world KB)
                        types = schema_types(["City"])
                    elif ner_label == "GPE":
                        types = schema_types(["AdministrativeArea"])  # "Lanao del Sur": a province
        if towns_only and source != "geonames":
            return None
        known = self.by_geonames(geonames) if source == "geonames" else None
        if known is not None:  # "DRC" when the KB knows DR Congo by other names
            return self.entity_for_kb(known)
        return Entity(
            key=entity_key(kind, key_label, wikidata),
            label=label,
            types=types,
            kind=kind,
            wikidata=wikidata,
            lat=lat,
            lon=lon,
            geonames=geonames,
            link_source=source,
            link_confidence=confidence if confidence is not None else SOURCE_CONFIDENCE[source],
        )

    def _landform_area(self, label: str, context: "GeoContext") -> Entity | None:
        """A landform named after the region, district or town it lies in or around ("the
        Panjshir Valley", "the Swat Valley": :func:`~kg.extract.placing.landform_area`),
        at that place's point with :data:`LANDFORM_CONFIDENCE`, typed a place of its own:
        a region or district the KB or GeoNames holds in a country the article speaks
        of, else a town the article places; never a country's point (the "Niger Delta")."""
        stem = landform_area(label)
        if stem is None or country_named(stem, context) is not None:
            return None
        point: tuple[float | None, float | None] | None = None
        known = self.lookup(stem)
        if known is not None and known.kind == "place" and "Country" not in known.types and known.lat is not None:
            code = self.kb_country_code(known)
            if code is None or context.speaks_of(code):
                point = (known.lat, known.lon)
        if point is None and (district := district_named(stem, context)) is not None:
            point = (district.lat, district.lon)
        if point is None and (town := self.geocode(stem, context, require_context=True)) is not None:
            point = (town.lat, town.lon)
        if point is None or point[0] is None:
            return None
        return Entity(
            key=entity_key("place", label), label=label, types=schema_types(["Place"]), kind="place",
            lat=point[0], lon=point[1], link_source="ner", link_confidence=LANDFORM_CONFIDENCE,
        )

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
        geography; ``None`` to keep ``entity``.

        - The dateline's town is the town, never what it stands for ("KHARTOUM, Sudan —").
        - A KB town in a country the article is not about yields to a namesake the article
          places itself, by its dateline or a region named next to it: "Cairo, Georgia"
          in a story on the US, Tripoli under "TRIPOLI, Lebanon —" when the KB knows
          Libya's capital, Martuni under "YEREVAN, Armenia —" when the KB knows the
          Martuni of Nagorno-Karabakh. Mentions of the namesake's country alone do not
          move a KB town ("Brussels" stays in Belgium in a story that names the US) unless
          the article never names the KB town's country and the KB town does not dwarf the
          namesake (:func:`~kg.kb.geo.dominant`): "Tripoli's Bab al-Tabbaneh district, the
          Lebanese army said" is Lebanon's Tripoli (229,000 people, Libya's 1.3 million),
          while "Cairo" in a story on the US stays Egypt's (Cairo, Georgia: 9,600).
        """

        if dateline and "City" not in entity.types:
            match = self.geocode(surface, context)
            return self.town_entity(surface, match) if match is not None else None
        if entity.link_source == "kb" and "AdministrativeArea" in entity.types and not {"City", "Country"} & set(entity.types):
            return region_at_home(self, surface, entity, context)
        if "City" not in entity.types or entity.link_source != "kb":
            return None
        kb_entity = self.get(entity.kb_key)
        country = self.get(kb_entity.country) if kb_entity is not None else None
        own = self._country(country.label) if country is not None else None
        if own is None or context.supports(own.country_code, excluding=index_key(surface)):
            return None

        match = geocode(surface, context, require_context=True)
        if match is None or match.country_code == own.country_code or match.geonames_id == entity.geonames:
            return None
        key = index_key(surface) or ""
        evidence = features(match, key, context)
        if not (evidence.dateline or evidence.region or self._namesake_at_home(surface, entity, match, own, context)):
            return None
        context.add_point(match.lat, match.lon)
        return self.town_entity(surface, match)

    @staticmethod
    def _namesake_at_home(surface: str, entity: Entity, match: "GeoMatch", own: "GeoMatch", context: "GeoContext") -> bool:
        """Whether a namesake ``match`` of the KB town ``entity`` (in country ``own``) is
        the town meant by country evidence alone: the article never names ``own``, it is
        about the namesake's country (:meth:`~kg.kb.geocode.GeoContext.supports`), the name
        is the namesake's own, and the KB town is not ten times as populous."""
        from ..kb.geo import candidates, dominant, index_key

        key = index_key(surface) or ""
        if context.speaks_of(own.country_code, excluding=key) or not context.supports(match.country_code, excluding=key):
            return False
        if index_key(match.name) != key:
            return False
        kb_town = next((c for c in candidates(surface) if c.geonames_id == entity.geonames), None)
        return kb_town is not None and not dominant(kb_town.population, match.population)

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

    def _qualified_region(self, label: str, context: "GeoContext") -> "KBEntity | None":
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
        for region in region_skeletons(self.kb).get(skeleton, ()):
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
