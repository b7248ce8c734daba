"""A small hand-built graph: two articles written with the real dataclasses → kg.rdf.to_rdf.

It tests the query library's logic apart from what extraction finds: every event, role and
entity here is stated by hand, so each query's expected rows follow from this file alone.

Article ``fx-a`` (2023-09-19) and ``fx-b`` (2023-09-20)::

    a1 MilitaryOperation  agent Azerbaijan, at Nagorno-Karabakh, 2023-09-19
    a2 AirRaidAlert       at Stepanakert, 2023-09-19
    a3 Statement          speaker Hikmet Hajiyev, quote, 2023-09-19, "speaking to POLITICO"
    a4 Negotiation        mediators European Union, Russia; participants Armenia, Azerbaijan; 2023-09
    b1 Statement          speaker Armenia, 2023-09-20
    b2 Shelling           agent Azerbaijan, target Armenia, at Sotk, 2023-09-20, reported (b1)
    b3 Statement          speaker Ilham Aliyev, addressee Charles Michel, quote, 2023-09-20
    b4 PhoneCall          participants Charles Michel, European Union, 2023-09-20

Roles: Hajiyev is foreign policy adviser (in Azerbaijan, reporting to Aliyev); Aliyev is
President of Azerbaijan (said by both articles). Linked: Azerbaijan, Armenia, Russia, the
EU (Wikidata), Nagorno-Karabakh, Hajiyev, Aliyev (knowledge base), Stepanakert (GeoNames);
not linked: Sotk and Charles Michel (text only).
"""
from __future__ import annotations

from datetime import date

from kg.extract.model import Entity, Event, Extraction, Mention, Participant, Role, Span, TimeValue
from kg.ingest.article import Article

TEXT_A = (
    "Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday. "
    "Air raid sirens sounded in Stepanakert. "
    '"The goal is to neutralize military infrastructure," Hikmet Hajiyev, foreign policy adviser to '
    "President Ilham Aliyev, said speaking to POLITICO. "
    "Talks between Armenia and Azerbaijan brokered by the European Union and Russia failed in September."
)
TEXT_B = (
    "Armenia said Azerbaijan shelled Sotk on Wednesday. "
    'President Ilham Aliyev told Charles Michel: "The operation is over." '
    "Michel then called the European Union."
)

KB = "https://w3id.org/kg-news/kb/"
ENTITIES = {
    "azerbaijan": Entity(f"{KB}azerbaijan", "Azerbaijan", ("Country",), "place", wikidata="Q227", lat=40.5, lon=47.5, link_source="kb"),
    "armenia": Entity(f"{KB}armenia", "Armenia", ("Country",), "place", wikidata="Q399", lat=40.2, lon=44.9, link_source="kb"),
    "russia": Entity(f"{KB}russia", "Russia", ("Country",), "place", wikidata="Q159", lat=61.5, lon=105.3, link_source="kb"),
    "eu": Entity(f"{KB}european_union", "European Union", ("Organization",), "organization", wikidata="Q458", link_source="kb"),
    "nk": Entity(f"{KB}nagorno_karabakh", "Nagorno-Karabakh", ("AdministrativeArea",), "place", lat=39.9, lon=46.7, link_source="kb"),
    "stepanakert": Entity(
        "place/stepanakert", "Stepanakert", ("City",), "place", lat=39.8177, lon=46.7528, geonames=174875, link_source="geonames"
    ),
    "hajiyev": Entity(f"{KB}hikmet_hajiyev", "Hikmet Hajiyev", ("Person",), "person", link_source="kb"),
    "aliyev": Entity(f"{KB}ilham_aliyev", "Ilham Aliyev", ("Person",), "person", link_source="kb"),
    "sotk": Entity("place/sotk", "Sotk", ("Place",), "place", link_source="ner"),
    "michel": Entity("person/charles-michel", "Charles Michel", ("Person",), "person", aliases={"Michel"}, link_source="ner"),
}


def span(text: str, words: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), words)


def _sentences(text: str) -> list[Span]:
    out, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]:
        if text[start:end].strip(' "'):
            out.append(Span(start, end, text[start:end]))
        start = end + 1
    return out


def _sentence(text: str, words: str) -> Span:
    s = span(text, words)
    return next(x for x in _sentences(text) if x.start <= s.start < x.end)


def _mentions(text: str, forms: dict[str, list[str | tuple[str, int]]]) -> list[Mention]:
    """Mentions of each entity: its words, or (words, n) for their n-th occurrence (from 0)."""
    out = []
    for key, words in forms.items():
        seen: dict[str, int] = {}
        for w in words:
            if isinstance(w, tuple):
                w, n = w
            else:
                n = seen.get(w, 0)
                seen[w] = n + 1
            out.append(Mention(span(text, w, n), ENTITIES[key].key, ner_label="X"))
    return out


def extraction_a() -> Extraction:
    t = TEXT_A
    art = Article.create(t, id="fx-a", published=date(2023, 9, 19), title="Offensive in Nagorno-Karabakh", publisher="Fixture")
    used = ["azerbaijan", "armenia", "russia", "eu", "nk", "stepanakert", "hajiyev", "aliyev"]
    mentions = _mentions(
        t,
        {
            "azerbaijan": ["Azerbaijan", "Azerbaijan"],
            "nk": ["Nagorno-Karabakh"],
            "stepanakert": ["Stepanakert"],
            "hajiyev": ["Hikmet Hajiyev"],
            "aliyev": ["Ilham Aliyev"],
            "armenia": ["Armenia"],
            "eu": ["European Union"],
            "russia": ["Russia"],
        },
    )
    E = {k: ENTITIES[k].key for k in used}
    events = [
        Event("a1", "MilitaryOperation", span(t, "offensive"), _sentence(t, "offensive"),
              [Participant("agent", E["azerbaijan"])], place=E["nk"],
              time=TimeValue("2023-09-19", "day", span(t, "Tuesday")), confidence=0.9),
        Event("a2", "AirRaidAlert", span(t, "sirens"), _sentence(t, "sirens"), place=E["stepanakert"],
              time=TimeValue("2023-09-19", "day")),
        Event("a3", "Statement", span(t, "said"), _sentence(t, "said"), [Participant("speaker", E["hajiyev"])],
              time=TimeValue("2023-09-19", "day"), quote=span(t, "The goal is to neutralize military infrastructure"),
              channel="speaking to POLITICO"),
        Event("a4", "Negotiation", span(t, "Talks"), _sentence(t, "Talks"),
              [Participant("mediator", E["eu"]), Participant("mediator", E["russia"]),
               Participant("participant", E["armenia"]), Participant("participant", E["azerbaijan"])],
              time=TimeValue("2023-09", "month", span(t, "September"))),
    ]
    roles = [
        Role(E["hajiyev"], "foreign policy adviser", E["azerbaijan"], span(t, "foreign policy adviser"), reports_to=E["aliyev"]),
        Role(E["aliyev"], "President", E["azerbaijan"], span(t, "President Ilham Aliyev")),
    ]
    return Extraction(art, {ENTITIES[k].key: ENTITIES[k] for k in used}, mentions, roles, events, _sentences(t), model="fixture")


def extraction_b() -> Extraction:
    t = TEXT_B
    art = Article.create(t, id="fx-b", published=date(2023, 9, 20), title="Shelling near Sotk", publisher="Fixture")
    used = ["armenia", "azerbaijan", "sotk", "aliyev", "michel", "eu"]
    mentions = _mentions(
        t,
        {
            "armenia": ["Armenia"],
            "azerbaijan": ["Azerbaijan"],
            "sotk": ["Sotk"],
            "aliyev": ["Ilham Aliyev"],
            "michel": ["Charles Michel", ("Michel", 1)],  # the first "Michel" is in "Charles Michel"
            "eu": ["European Union"],
        },
    )
    E = {k: ENTITIES[k].key for k in used}
    events = [
        Event("b1", "Statement", span(t, "said"), _sentence(t, "said"), [Participant("speaker", E["armenia"])],
              time=TimeValue("2023-09-20", "day")),
        Event("b2", "Shelling", span(t, "shelled"), _sentence(t, "shelled"),
              [Participant("agent", E["azerbaijan"]), Participant("target", E["armenia"])], place=E["sotk"],
              time=TimeValue("2023-09-20", "day", span(t, "Wednesday")), modality="reported", attributed_to="b1"),
        Event("b3", "Statement", span(t, "told"), _sentence(t, "told"),
              [Participant("speaker", E["aliyev"]), Participant("addressee", E["michel"])],
              time=TimeValue("2023-09-20", "day"), quote=span(t, "The operation is over.")),
        Event("b4", "PhoneCall", span(t, "called"), _sentence(t, "called"),
              [Participant("participant", E["michel"]), Participant("participant", E["eu"])],
              time=TimeValue("2023-09-20", "day")),
    ]
    roles = [Role(E["aliyev"], "President", E["azerbaijan"], span(t, "President Ilham Aliyev"))]
    return Extraction(art, {ENTITIES[k].key: ENTITIES[k] for k in used}, mentions, roles, events, _sentences(t), model="fixture")


def fixture_rdfs(base_iri: str):  # type: ignore[no-untyped-def]
    """The two articles' :class:`kg.rdf.ArticleRDF`."""
    from kg.rdf import Iris, to_rdf

    iris = Iris(base_iri)
    return [to_rdf(extraction_a(), iris), to_rdf(extraction_b(), iris)]
