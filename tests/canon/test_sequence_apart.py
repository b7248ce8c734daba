"""Events a text tells as the next step of a sequence ("attacked a convoy, and *then* targeted the
rescuers"; "the attack was *followed by* gunmen who opened fire") or as the cause of deaths it counts apart ("three *more* civilians died *when* a roadside
bomb hit their vehicle"): marked set apart by extraction (kg/extract/events/apart.py, lexicon
ontology/lexicon/apart.toml ``sequence_adverbs``, ``count_modifiers``, ``cause_marks``), so that the
canonical layer does not make one event of them and the attack told before them (nor link another
report's attack to both).

All sentences are our own, of several crises; the traps must not be marked: "then" or "later"
opening a sentence, "followed" of no event or on a verb conjoined to no event, deaths counted "more" without a clause telling
their cause (a tally of the first event: "two more people died in hospital").
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker, cluster
from kg.canon.records import set_apart_from, story_contexts

KB = "https://w3id.org/kg-news/kb/"
ART = "https://w3id.org/kg-news/article/"

# (sentence, the trigger's text, the words setting it apart or None)
MARKS = [
    # a verb conjoined to an event's verb, told as the next step
    ("Gunmen stormed a police station in Khost and later attacked a market in the town, killing six.", "attacked", "later"),
    ("Gunmen stormed a police station in Khost and later attacked a market in the town, killing six.", "stormed", None),
    ("Militants ambushed an army patrol near Djibo, then shelled a nearby base on Sunday.", "shelled", "then"),
    ("Rebels seized the town of Rubaya on Tuesday and subsequently attacked a camp for displaced people near Goma.",
     "attacked", "subsequently"),
    ("ISWAP fighters raided a military post in Borno and then ambushed the reinforcements sent to the area.",
     "ambushed", "then"),
    # an event told as following another ("was followed by", "followed")
    ("The bombing of the market in Maiduguri was followed by clashes between militants and troops near the town.",
     "clashes", "followed by"),
    ("The bombing of the market in Maiduguri was followed by clashes between militants and troops near the town.",
     "bombing", None),
    ("The blast at the checkpoint in Quetta was followed by heavy gunfire, witnesses said.", "gunfire", "followed by"),
    ("Protests followed the arrest of the opposition leader in Dakar on Friday.", "Protests", "followed"),
    ("Soldiers followed the rebels into the forest near Beni, the army said.", "said", None),
    # what a step acts with, told in a relative clause, is the step's
    ("Rebels shelled the camp near Goma, and later struck the road with mortars that killed four civilians.",
     "killed", "later"),
    ("Renewed fighting between the army and the rebels who seized Kidal in 2012 broke out on Sunday.", "seized", None),
    # the deaths counted apart and the event their clause tells as their cause
    ("Five other passengers were killed when a roadside bomb struck their minibus in Balochistan.", "killed", "other"),
    ("Five other passengers were killed when a roadside bomb struck their minibus in Balochistan.", "roadside bomb", "other"),
    ("Three more villagers died when a landmine hit their cart near Kanbalu, residents said.", "died", "more"),
    # traps
    ("Two more people died of their wounds in hospital on Sunday, bringing the toll to 30.", "died", None),
    ("At least six soldiers were killed and more than a dozen were wounded after gunmen stormed a base near Kidal.",
     "stormed", None),
    ("The ministry first denied the raid but later acknowledged the arrests, state media said.", "acknowledged", "later"),
    ("Then the army shelled the outskirts of Wad Madani on Friday, residents said.", "shelled", None),
    ("Later, police arrested two suspects in Quetta, officials said.", "arrested", None),
    ("Soldiers arrived in the town and then attacked the rebel positions on its outskirts.", "attacked", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "cue"), MARKS)
def test_extraction_marks_the_steps_of_a_sequence(nlp, text, trigger, cue):
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    ex = extract_doc(nlp(text), Article.create(text, published=date(2024, 5, 15)))
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in ex.events]
    assert found[0].set_apart == cue


def ev(article: str, n: int, cls: str, *, places=(), agents=(), time=None, apart=None) -> EventRecord:  # type: ignore[no-untyped-def]
    return EventRecord(
        iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, agents=set(agents),
        actors=set(agents), places=set(places), time=time, precision="day" if time and len(time) == 10 else None,
        modality="Asserted", published=date(2024, 5, 16), sentence=f"{ART}{article}#char={n * 100},{n * 100 + 90}",
        set_apart=apart,
    )


# Burkina Faso. A (wire): "JNIM fighters ambushed a convoy near Djibo on Wednesday, killing 20, and then
# attacked the soldiers sent to the scene." B (statement): "... condemns the attack on a convoy near
# Djibo on 15 May." Nigeria. A: "ISWAP raided a base in Monguno on Wednesday and then ambushed the
# reinforcements." B: "ISWAP's attack on the base in Monguno on 15 May." The report's second step is
# set apart from its first: the statement's attack joins the first only.
@pytest.mark.parametrize(("town", "agent", "cue"), [("djibo", "jnim", "then"), ("monguno", "iswap", "subsequently")])
def test_a_report_s_next_step_is_not_the_other_report_s_attack(town, agent, cue):
    from kg.canon import default_linker

    linker: Linker = default_linker()
    place, doer, day = {KB + town}, {KB + agent}, "2024-05-15"
    a1 = ev("a", 1, "Attack", places=place, agents=doer, time=day)
    a2 = ev("a", 2, "Attack", places=place, agents=doer, time=day, apart=cue)
    b1 = ev("b", 1, "Attack", places=place, agents=doer, time=day)
    recs = [a1, a2, b1]
    for group in ({r.iri: r for r in (a1, a2)}, {b1.iri: b1}):
        set_apart_from(group)
        story_contexts(group)
    assert linker.apart_from(a2) == {a1.iri}
    groups, _ = cluster(recs, linker)
    of = {m.iri: i for i, g in enumerate(groups) for m in g.members}
    assert of[b1.iri] == of[a1.iri] != of[a2.iri]
