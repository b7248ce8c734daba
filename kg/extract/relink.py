"""Places linked by name alone, read again against the article's geography
(:meth:`kg.extract.linking.Linker.relink_place`): the dateline's town, a KB town yielding to
a namesake the article places, a KB region yielding to one of a country the article is about."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb.geo import index_key
from ..kb.geocode import features, geocode
from .model import Entity
from .placing import region_at_home

if TYPE_CHECKING:
    from ..kb.geo import GeoMatch
    from ..kb.geocode import GeoContext
    from .linking import Linker

__all__ = ["namesake_at_home", "relink_place"]


def relink_place(linker: "Linker", surface: str, entity: Entity, context: "GeoContext", *, dateline: bool = False) -> Entity | None:
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
        match = linker.geocode(surface, context)
        return linker.town_entity(surface, match) if match is not None else None
    if entity.link_source == "kb" and "AdministrativeArea" in entity.types and not {"City", "Country"} & set(entity.types):
        return region_at_home(linker, surface, entity, context)
    if "City" not in entity.types or entity.link_source != "kb":
        return None
    kb_entity = linker.get(entity.kb_key)
    country = linker.get(kb_entity.country) if kb_entity is not None else None
    own = linker.country(country.label) if country is not None else None
    if own is None or context.supports(own.country_code, excluding=index_key(surface)):
        return None

    match = geocode(surface, context, require_context=True)
    if match is None or match.country_code == own.country_code or match.geonames_id == entity.geonames:
        return None
    key = index_key(surface) or ""
    evidence = features(match, key, context)
    if not (evidence.dateline or evidence.region or namesake_at_home(surface, entity, match, own, context)):
        return None
    context.add_point(match.lat, match.lon)
    return linker.town_entity(surface, match)


def namesake_at_home(surface: str, entity: Entity, match: "GeoMatch", own: "GeoMatch", context: "GeoContext") -> bool:
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
