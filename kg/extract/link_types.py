"""What a link is: the confidences of links by how they were made, schema.org's class tree
for the types kg gives, the types of a name only the NER found, and canonical entity keys
(:mod:`kg.extract.linking` uses them; so do the readers of entities and places)."""
from __future__ import annotations

from collections.abc import Iterable

from .normalise import slugify

__all__ = [
    "CONFIDENCE",
    "DISTRICT_CONFIDENCE",
    "LANDFORM_CONFIDENCE",
    "MACRO_REGION_CONFIDENCE",
    "NER_TYPES",
    "SCHEMA_PARENTS",
    "SITE_CONFIDENCE",
    "SOURCE_CONFIDENCE",
    "SPELLING_CONFIDENCE",
    "TERRITORY_CONFIDENCE",
    "entity_key",
    "schema_types",
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
