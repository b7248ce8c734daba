"""What extraction produces: plain dataclasses, no RDF.

``kg.rdf`` maps these to triples; nothing here knows about rdflib or spaCy.
Offsets are character offsets into ``Article.text`` (Python slice convention).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..ingest.article import Article
from .normalise import slugify

__all__ = [
    "Span",
    "Entity",
    "Mention",
    "Role",
    "Participant",
    "TimeValue",
    "Event",
    "Extraction",
    "MODALITIES",
    "PARTICIPANT_ROLES",
    "group_key",
    "GROUP_KEY_PREFIX",
]

#: How an event is put by the text.
MODALITIES = ("asserted", "reported", "planned", "hypothetical", "negated")
#: How a participant takes part in an event (each maps to a sub-property of sem:hasActor).
PARTICIPANT_ROLES = ("agent", "target", "speaker", "addressee", "mediator", "participant")


#: keys of entities that exist only in one article (groups named by common nouns) start so
GROUP_KEY_PREFIX = "article/"


def group_key(article_id: str, label: str) -> str:
    """The key of a group an article names by a common noun ("pro-government militias"):
    scoped to the article, since another article's "the rebels" are other people.

    >>> group_key("bbc-123", "Pro-government militias")
    'article/bbc-123/group/pro-government-militias'
    """
    return f"{GROUP_KEY_PREFIX}{article_id}/group/{slugify(label)}"


@dataclass(frozen=True)
class Span:
    """A piece of the article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """One canonical real-world entity.

    ``key`` is stable across articles: the entity's knowledge-base IRI when the KB knows it
    (``https://w3id.org/kg-news/kb/azerbaijan``; its Wikidata id is then ``wikidata``), else
    ``Q…`` when linked to Wikidata, else ``<kind>/<slug of the normalised label>``; a group
    the article names by a common noun ("the rebels", kind ``group``) has a key of that
    article only (:func:`group_key`).
    ``types`` are schema.org local names, most specific first (``Country``, ``City``,
    ``Person``, ``GovernmentOrganization``…).
    """

    key: str
    label: str
    types: tuple[str, ...]
    kind: str  # "person" | "organization" | "place" | "group"
    wikidata: str | None = None
    aliases: set[str] = field(default_factory=set)
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None
    link_source: str | None = None  # "kb", "geonames", "ner"
    link_confidence: float | None = None
    kb_key: str | None = None
    description: str | None = None
    country: str | None = None  # Entity.key of the country whose state body this is ("Kenyan police": Kenya)


@dataclass(frozen=True)
class Mention:
    """One mention of an entity in the text."""

    span: Span
    entity: str  # Entity.key
    ner_label: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Role:
    """A post a person holds, read from the text: "Armenian Prime Minister Nikol Pashinyan"."""

    person: str  # Entity.key
    label: str  # "Prime Minister"
    org: str | None  # Entity.key of the country/organisation the post is in
    span: Span  # the words that say it
    reports_to: str | None = None  # Entity.key ("adviser to President Ilham Aliyev")
    confidence: float | None = None


@dataclass(frozen=True)
class Participant:
    role: str  # one of PARTICIPANT_ROLES
    entity: str  # Entity.key


@dataclass(frozen=True)
class TimeValue:
    """A resolved time: ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    A range ("between 25 and 27 July") starts at ``value`` and ends at ``end`` (the same
    precision); ``end`` is None for a single day, month or year.
    """

    value: str
    precision: str  # "day" | "month" | "year"
    span: Span | None = None  # the expression in the text, if any
    end: str | None = None  # the last day / month / year of a range

    @property
    def xsd_type(self) -> str:
        return {"day": "date", "month": "gYearMonth", "year": "gYear"}[self.precision]


@dataclass
class Event:
    """Something that happened (or is said, planned, imagined to happen)."""

    id: str  # unique within the article, e.g. "e3"
    type: str  # local name of an event class in the ontology, e.g. "MilitaryOperation"
    trigger: Span
    sentence: Span
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None  # Entity.key
    time: TimeValue | None = None
    modality: str = "asserted"
    confidence: float | None = None
    quote: Span | None = None  # for statements: the quoted words
    channel: str | None = None  # "in a statement", "speaking to POLITICO"
    attributed_to: str | None = None  # Event.id of the statement that reports this event
    count: int | None = None  # casualties and other counted events
    count_unit: str | None = None  # what ``count`` counts: "killed", "wounded", "displaced"...
    outcome: str | None = None  # "failed": the event happened and failed ("the failed assault")
    same_as: list[str] = field(default_factory=list)  # coreferent events in the article
    #: Entity.key of the article's one country, for an event whose sentence gives no place:
    #: an inference from the article, never a stated place (``kgo:inferredPlace``)
    inferred_place: str | None = None
    #: Entity.keys of further places the sentence states with ``place``, coordinated with
    #: it or at the other end of "from ... to ..." ("strikes on Kharkiv and Zaporizhzhia")
    also_places: list[str] = field(default_factory=list)
    #: the words by which the text sets the event apart from those of its kind told before
    #: ("a *second* blast", "*another* attack", "attacked *again*": :mod:`kg.extract.events.apart`)
    set_apart: str | None = None
    #: told as happening again and again or as a kind, no single dated occasion ("is targeting
    #: civilians", "regularly shell": :mod:`kg.extract.events.habitual`; ``kgo:habitual``)
    habitual: bool = False
    #: Event.id of the event of an earlier sentence whose place or time (the scene of the
    #: story) this event was given, its own sentence stating none (``kgo:scene``)
    scene: str | None = None


@dataclass
class Extraction:
    """Everything read out of one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    model: str | None = None  # "en_core_web_sm 3.8.0"
