"""Session 14 (issue 15): two made-up reports of one attack, each telling beside it what goes on
again and again ("the militants are targeting civilians") or what the speaker denies ("we do not
believe that there was a second explosion"). Neither links to the other report's dated attack:
a habitual event (``kgo:habitual``) and a negated one are no news of the day to link.
Sentences our own (Somalia, Burkina Faso, Pakistan, Afghanistan)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, cluster
from kg.canon.records import story_contexts

KB = "https://w3id.org/kg-news/kb/"
ART = "https://w3id.org/kg-news/article/"
PUBLISHED = date(2024, 5, 16)


def _records(nlp, article: str, text: str) -> list[EventRecord]:
    """The events of an extraction of ``text`` as the linker sees them (place and agent as
    the test gives them: the extraction's modality, class and ``habitual``)."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    ex = extract_doc(nlp(text), Article.create(text, published=PUBLISHED))
    out = []
    for n, e in enumerate(ex.events):
        if e.type == "Statement":
            continue
        out.append(EventRecord(
            iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={e.type}, label=e.trigger.text,
            modality=e.modality.capitalize(), published=PUBLISHED, places=set(), agents=set(),
            sentence=f"{ART}{article}#char={e.trigger.start},{e.trigger.end}", habitual=e.habitual,
            time=e.time.value if e.time is not None else None,
            precision=e.time.precision if e.time is not None else None,
        ))
    return out


@pytest.mark.model
@pytest.mark.parametrize(("place", "agent", "other", "trigger"), [
    ("beledweyne", "al-shabaab", '"The militants are targeting civilians because they want the locals to surrender," the governor said.',
     "targeting"),
    ("djibo", "jnim", "Aid groups said the jihadists continue to attack villages across the province.", "attack"),
    ("quetta", "bla", '"We do not believe that there was a second explosion at the station," the police chief said.', "explosion"),
    ("kabul", "iskp", "Officials said there was no evidence that there was an attack on the checkpoint.", "attack"),
])
def test_a_habitual_or_denied_event_does_not_link_to_the_dated_attack(nlp, place, agent, other, trigger):
    from kg.canon import default_linker

    linker = default_linker()
    where, who = {KB + place}, {KB + agent}
    dated = EventRecord(iri=f"{ART}a/event/e1", article=f"{ART}a", classes={"Attack"}, places=where, agents=who, actors=who,
                        time="2024-05-15", precision="day", modality="Asserted", published=PUBLISHED, sentence=f"{ART}a#char=0,90")
    told = [r for r in _records(nlp, "b", other) if r.label == trigger]
    assert told, [r.label for r in _records(nlp, "b", other)]
    for r in told:  # the same place and doer as the dated attack: only what it is told as keeps it apart
        r.places, r.agents, r.actors = set(where), set(who), set(who)
    assert all(r.habitual or r.modality == "Negated" for r in told)
    for group in ({dated.iri: dated}, {r.iri: r for r in told}):
        story_contexts(group)
    groups, _ = cluster([dated, *told], linker)
    of = {m.iri: i for i, g in enumerate(groups) for m in g.members}
    assert all(of.get(r.iri) != of[dated.iri] for r in told)


def test_the_same_event_told_without_habitual_links():
    """The control: the report's attack, dated and placed alike, links."""
    from kg.canon import default_linker

    linker = default_linker()
    where, who = {KB + "beledweyne"}, {KB + "al-shabaab"}
    a = EventRecord(iri=f"{ART}a/event/e1", article=f"{ART}a", classes={"Attack"}, places=where, agents=who, actors=who,
                    time="2024-05-15", precision="day", modality="Asserted", published=PUBLISHED, sentence=f"{ART}a#char=0,90")
    b = EventRecord(iri=f"{ART}b/event/e1", article=f"{ART}b", classes={"Attack"}, places=set(where), agents=set(who),
                    actors=set(who), time="2024-05-15", precision="day", modality="Reported", published=PUBLISHED,
                    sentence=f"{ART}b#char=0,90")
    assert linker.linkable(b)
    b.habitual = True
    assert not linker.linkable(b)
    b.habitual = False
    for group in ({a.iri: a}, {b.iri: b}):
        story_contexts(group)
    groups, _ = cluster([a, b], linker)
    of = {m.iri: i for i, g in enumerate(groups) for m in g.members}
    assert of[a.iri] == of[b.iri]
