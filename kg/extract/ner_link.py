"""Names the knowledge base lacks: an :class:`~kg.extract.model.Entity` for a name only the
NER found, typed and placed as well as offline data allow (:meth:`kg.extract.linking.Linker.entity_for_ner`).

A GPE or LOC is tried, in order, as a continent, a country, a breakaway territory, a
macro-region, a GeoNames town the article places, a KB region with its kind word left out or
spelled otherwise, a landform named after a place, a natural feature, a region or region
group, a part of a country named by a compass word, a second-level division, a unit named
after its seat; a GPE none of these knows is a village (``City``) without a point here.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..kb.geo import candidates as places_named
from ..kb.features import FEATURE_CONFIDENCE, natural_feature
from ..kb.geo import continent_by_name
from ..kb.geomacro import macro_region, territory
from .link_types import (
    DISTRICT_CONFIDENCE,
    LANDFORM_CONFIDENCE,
    MACRO_REGION_CONFIDENCE,
    NER_TYPES,
    SITE_CONFIDENCE,
    SOURCE_CONFIDENCE,
    SPELLING_CONFIDENCE,
    TERRITORY_CONFIDENCE,
    entity_key,
    schema_types,
)
from .model import Entity
from .names import natural_feature_words, unit_named
from .org_kinds import org_types
from .placing import (
    bare_district,
    context_of,
    country_named,
    country_part,
    district_named,
    district_stem,
    district_with_unit_word,
    landform_area,
    placed_by_context,
    region_over_town,
    region_point_named,
    site_named,
    subregion,
    town_of_pair,
    town_of_site,
)

if TYPE_CHECKING:
    from ..kb.geo import GeoMatch
    from ..kb.geocode import GeoContext
    from ..kb.geodistricts import District
    from ..kb.geomacro import MacroRegion, Territory
    from .linking import Linker

__all__ = ["landform_entity", "ner_entity"]


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


def ner_entity(
    linker: "Linker",
    label: str,
    ner_label: str,
    *,
    countries: Iterable[str] = (),
    towns_only: bool = False,
    context: "GeoContext | None" = None,
    venue: bool = False,
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
    venue : bool
        The name was written right before a venue's noun ("the Serena *hotel*":
        :func:`kg.extract.site_nouns.names_venue`): a site, never a town so named (a
        name the NER took for a town is one still when a gazetteer has it).
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
        seat = linker.geocode(stem, context, require_context=True)
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
        match = linker.geocode(town, context)
        if match is not None:
            return linker.town_entity(town, match)
    if ner_label in ("ORG", "FAC", "LOC") and not towns_only and (town := town_of_site(label)) is not None:
        # "the Progressive Comprehensive College of Bamenda": a site in the town its name
        # gives, at that town's point (less surely: the site is somewhere in it), when the
        # article places the town; never a namesake's point elsewhere
        match = linker.geocode(town, context, require_context=True)
        if match is not None:
            site = Entity(
                key=entity_key(kind, label), label=label, types=types, kind=kind, lat=match.lat, lon=match.lon,
                link_source="ner", link_confidence=SITE_CONFIDENCE,
            )
            return site
    if ner_label == "FAC" and not site_named(label):
        # a town the NER took for a building ("near Tessalit"): a town when the article
        # places it, a site otherwise
        match = linker.geocode(label, context, require_context=True)
        if match is not None:
            return linker.town_entity(label, match)
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
            shared = not towns_only and not places_named(town or label) and linker.region_group(label) is not None
            match = None if shared else linker.geocode(town or label, context, require_context=ner_label == "LOC" and not towns_only)
            if match is not None and not towns_only and town is None and (region := region_over_town(linker, label, match, context)):
                return linker.entity_for_kb(region)  # "Aragua" in a story on Venezuela: Aragua State
            if match is not None:
                return linker.town_entity(town or label, match)
            elif not towns_only and (region := linker.republic_region(label)) is not None:
                return linker.entity_for_kb(region)  # "the Republic of Dagestan": the KB's Dagestan
            elif not towns_only and (region := linker.qualified_region(label, context)) is not None:
                return linker.entity_for_kb(region)  # "Upper Nile" for the KB's "Upper Nile State"
            elif not towns_only and (region := linker.region_spelled_alike(label, context)) is not None:
                # "Lower Shabelle" for the KB's "Lower Shabeelle": the KB's region, less surely
                linked = linker.entity_for_kb(region)
                linked.link_confidence = SPELLING_CONFIDENCE
                return linked
            elif not towns_only and (area := landform_entity(linker, label, context)) is not None:
                return area  # "the Swat Valley", "the Nineveh Plains": at what it is named after
            elif not towns_only and natural_feature_words(label.split()):
                # "Red Sea", "Gulf of Aden": a natural feature, not the region named after it
                # (Eritrea's or Sudan's "Red Sea" region), at its point in the natural-features
                # gazetteer (kg/kb/features.py) when it has one
                types = schema_types(["Place"])
                if (feature := natural_feature(label, context, bare=ner_label == "LOC")) is not None:
                    types, wikidata = schema_types([feature.schema_type]), feature.wikidata or None
                    lat, lon, confidence = feature.lat, feature.lon, FEATURE_CONFIDENCE
            elif not towns_only:
                point = region_point_named(label, context)
                if point is not None:
                    types = schema_types(["AdministrativeArea"])
                    (lat, lon), source, confidence = point, "geonames", 0.6
                elif (group := linker.region_group(label)) is not None:
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
                    seat = linker.geocode(stem, context)
                    if seat is not None:
                        return _unit_at_seat(label, seat)
                elif unit_named(label):
                    types = schema_types(["AdministrativeArea"])  # "the X Autonomous Region": a unit by its name
                elif (feature := natural_feature(label, context, bare=ner_label == "LOC")) is not None:
                    # "the Sahara", "the Mediterranean", a river the NER reads as a location: a natural
                    # feature, after every town, region and district of the name
                    types, wikidata = schema_types([feature.schema_type]), feature.wikidata or None
                    lat, lon, confidence = feature.lat, feature.lon, FEATURE_CONFIDENCE
                elif (district := bare_district(label, context)) is not None:
                    # "in North Waziristan", "in Kurram": a division written without its kind word,
                    # after every town, region, district and natural feature of the name
                    return _division(label, district)
                elif ner_label == "GPE" and not subregion(label, context):
                    # not a country, region or town the gazetteer holds: a village or
                    # small town (countries and regions are all in the world KB)
                    types = schema_types(["City"])
                elif ner_label == "GPE":
                    types = schema_types(["AdministrativeArea"])  # "Lanao del Sur": a province
    if towns_only and source != "geonames":
        return None
    if venue and ner_label == "GPE" and source == "ner":
        types = schema_types(["Place"])  # "the Westgate mall": no town a gazetteer has, the venue
    known = linker.by_geonames(geonames) if source == "geonames" else None
    if known is not None:  # "DRC" when the KB knows DR Congo by other names
        return linker.entity_for_kb(known)
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


def landform_entity(linker: "Linker", label: str, context: "GeoContext") -> Entity | None:
    """A landform named after the region, district or town it lies in or around ("the
    Panjshir Valley", "the Swat Valley": :func:`~kg.extract.placing.landform_area`),
    at that place's point with :data:`LANDFORM_CONFIDENCE`, typed a place of its own:
    a region or district the KB or GeoNames holds in a country the article speaks
    of, else a town the article places; never a country's point (the "Niger Delta")."""
    stem = landform_area(label)
    if stem is None or country_named(stem, context) is not None:
        return None
    point: tuple[float | None, float | None] | None = None
    known = linker.lookup(stem)
    if known is not None and known.kind == "place" and "Country" not in known.types and known.lat is not None:
        code = linker.kb_country_code(known)
        if code is None or context.speaks_of(code):
            point = (known.lat, known.lon)
    if point is None and (district := district_named(stem, context)) is not None:
        point = (district.lat, district.lon)
    if point is None and (town := linker.geocode(stem, context, require_context=True)) is not None:
        point = (town.lat, town.lon)
    if point is None or point[0] is None:
        return None
    return Entity(
        key=entity_key("place", label), label=label, types=schema_types(["Place"]), kind="place",
        lat=point[0], lon=point[1], link_source="ner", link_confidence=LANDFORM_CONFIDENCE,
    )
