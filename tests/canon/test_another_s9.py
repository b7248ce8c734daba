"""Events a text sets apart from those of its kind told before ("a second blast", "another
attack", "in a separate incident", "attacked again", "a new wave of strikes", "the latest in a
series of raids"): marked by extraction (kg/extract/events/apart.py, ``kgo:setApart``) and never
made one by the canonical layer with the event they are set apart from (kg/canon).

All sentences are our own, of several crises. The extraction sets are in two parts: the first
was written before the mechanism and tuned on; the second (``CHECK``) was written after it and
run once (one miss, "a new round of *shelling*": a gerund is the complement of "of", fixed, and
"yet again overnight", "again" hung on "overnight", fixed; both then re-run with new sentences).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.canon import EventRecord, Linker, cluster
from kg.canon.records import set_apart_from, story_contexts

KB = "https://w3id.org/kg-news/kb/"
PLACE = "https://w3id.org/kg-news/entity/place/"
ART = "https://w3id.org/kg-news/article/"

# (sentence, the trigger's text, the words setting it apart or None)
FIRST = [
    ("Hours later, a second explosion tore through a bus station in Mogadishu, killing five people.", "explosion", "second"),
    ("Hours later, a second explosion tore through a bus station in Mogadishu, killing five people.", "killing", "second"),
    ("Al-Shabaab fighters attacked another army base in Lower Shabelle on Monday.", "attacked", "another"),
    ("In a separate attack, JNIM militants ambushed a convoy near Djibo in northern Burkina Faso.", "ambushed", "separate"),
    ("Israeli aircraft carried out a fresh wave of air strikes on Rafah overnight, health officials said.", "air strikes", "fresh wave"),
    ("The Tatmadaw bombed the village of Kanbalu again on Friday, residents said.", "bombed", "again"),
    ("The abduction was the latest in a series of kidnappings of students in Kaduna state.", "kidnappings", "series"),
    ("The abduction was the latest in a series of kidnappings of students in Kaduna state.", "abduction", None),
    ("Houthi forces launched another missile at a commercial vessel in the Red Sea on Tuesday.", "launched another missile", "another"),
    ("The RSF shelled El Fasher for the third time this week.", "shelled", "third time"),
    ("Renewed clashes erupted between the army and M23 rebels near Sake on Sunday.", "clashes", "renewed"),
    ("A second airstrike on the market in Mekelle injured nine people.", "injured", "second"),
    ("Five soldiers were killed in another ambush near Kidal on Friday.", "killed", "another ambush"),
    ("Two children died in the attack on the school in Sumy.", "died", None),
    ("A second, smaller blast hit a market on the outskirts of Quetta hours later, officials said.", "blast", "second"),
    ("Gangs killed 12 people in Cite Soleil on Saturday, the first attack on the district this year.", "attack", None),
    ("Fighting continued for a second day in Khartoum, residents said.", "Fighting", None),
    ("The new government in Niamey arrested the former minister on Monday.", "arrested", None),
    ("The latest attack on the camp killed 20 people, the UN said.", "attack", None),
    # read on the dev corpus (its one wrong mark of twelve): another doer, not another announcement
    ("On 26 July 2023, soldiers from Niger's presidential guard arrested President Mohamed Bazoum, while another "
     "group of soldiers announced his removal from office.", "announced", None),
]
CHECK = [
    ("A third car bomb exploded near the presidential palace in Mogadishu an hour later.", "exploded", "third"),
    ("Taliban fighters once again attacked a police checkpoint in Kunduz on Thursday.", "attacked", "again"),
    ("In another incident, unidentified gunmen shot dead a tribal elder in Khost province.", "shot dead", "another incident"),
    ("Russian forces launched a new round of shelling on Zaporizhzhia late on Sunday.", "shelling", "new round"),
    ("Militants stormed a second village in Mopti region, killing 14 people.", "stormed", "second"),
    ("Security forces detained another 30 protesters in Yangon on Saturday.", "detained", "another"),
    ("The bombing in Quetta was the latest in a string of attacks on railway workers.", "attacks", "series"),
    ("Fresh fighting broke out in Wad Madani on Friday, residents said.", "fighting", "fresh"),
    ("The Israeli military struck the Jabalia camp anew on Wednesday.", "struck", "anew"),
    ("Protesters marched through Port-au-Prince for a fourth straight day.", "marched through", None),
    ("The first blast hit the entrance of the market at dawn, police said.", "blast", None),
    ("Ethiopian forces captured the town after a second day of heavy fighting.", "captured", None),
    # written after the two fixes above
    ("Pakistani jets carried out a fresh round of bombing in Khost province on Monday.", "bombing", "fresh round"),
    ("Government troops began another wave of arrests of opposition supporters in Addis Ababa.", "arrests", "another wave"),
    ("Suspected ADF fighters raided the village yet again overnight, local officials said.", "raided", "again"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "cue"), FIRST + CHECK)
def test_extraction_marks_the_events_a_text_sets_apart(nlp, text, trigger, cue):
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    ex = extract_doc(nlp(text), Article.create(text, published=date(2024, 5, 15)))
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in ex.events]
    assert found[0].set_apart == cue


@pytest.mark.model
def test_a_second_blast_is_not_made_one_with_the_first_by_coreference(nlp):
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    text = ("A suicide bomber blew himself up at a market in Maiduguri on Monday, killing 12 people, police said. "
            "A second, smaller blast hit the market's entrance minutes later, wounding four people.")
    ex = extract_doc(nlp(text), Article.create(text, published=date(2024, 5, 7)))
    first = next(e for e in ex.events if e.trigger.text == "blew")
    second = next(e for e in ex.events if e.trigger.text == "blast")
    assert second.set_apart == "second" and first.set_apart is None
    assert second.id not in first.same_as


@pytest.fixture()
def linker() -> Linker:
    from kg.canon import default_linker

    linker = default_linker()
    linker.points.update({PLACE + "masala": (0.70, 29.55), PLACE + "oicha": (0.70, 29.52)})
    return linker


def ev(article: str, n: int, cls: str, *, places=(), agents=(), time=None, published=None, apart=None) -> EventRecord:  # type: ignore[no-untyped-def]
    return EventRecord(
        iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, agents=set(agents),
        actors=set(agents), places=set(places), time=time, precision="day" if time and len(time) == 10 else None,
        modality="Asserted", published=published, sentence=f"{ART}{article}#char={n * 100},{n * 100 + 90}", set_apart=apart,
    )


def prepared(*recs: EventRecord) -> list[EventRecord]:
    records = {r.iri: r for r in recs}
    set_apart_from(records)
    story_contexts(records)
    return list(recs)


def groups_of(recs: list[EventRecord], linker: Linker) -> dict[str, int]:
    groups, _ = cluster(recs, linker)
    return {m.iri: i for i, g in enumerate(groups) for m in g.members}


# Somalia. A (wire, 2024-03-15): "A suicide bomber blew himself up at a café in Mogadishu on Thursday,
# killing 10 ... A second blast hit the café's car park hours later, wounding four." B (UN statement,
# 2024-03-14): "The Secretary-General condemns the bombing in Mogadishu today."
# Ukraine. A (wire, 2024-07-08): "Russian missiles struck Odesa on Monday ... Hours later, a second
# strike hit a warehouse in the city." B (statement): "... condemns the missile strike on Odesa on 8 July".
@pytest.mark.parametrize(("cls", "town", "agent", "day"), [
    ("Bombing", "mogadishu", None, "2024-03-14"),
    ("Shelling", "odesa", "russia", "2024-07-08"),
])
def test_a_second_blast_joins_no_report_of_the_first(linker, cls, town, agent, day):
    agents = {KB + agent} if agent else set()
    a1 = ev("a", 1, cls, places={KB + town}, agents=agents, time=day)
    a3 = ev("a", 3, cls, places={KB + town}, agents=agents, time=day, apart="second")
    b1 = ev("b", 1, cls, places={KB + town}, agents=agents, time=day)
    recs = prepared(a1, a3, b1)
    assert linker.apart_from(a3) == {a1.iri} and linker.behind(a3) and not linker.behind(a1)
    assert linker.compare(a3, b1) is not None  # what they state alone would make them one ...
    group = groups_of(recs, linker)
    assert group[b1.iri] == group[a1.iri] != group[a3.iri]  # ... the report joins the first blast only
    # without the mark, the chain makes one of the two blasts of one article
    plain = prepared(ev("a", 1, cls, places={KB + town}, agents=agents, time=day),
                     ev("a", 3, cls, places={KB + town}, agents=agents, time=day), ev("b", 1, cls, places={KB + town}, agents=agents, time=day))
    group = groups_of(plain, linker)
    assert group[plain[0].iri] == group[plain[1].iri]


# DR Congo. A (wire, 2024-06-07): "Suspected ADF rebels attacked the village of Masala on Thursday."
# B (wire, 2024-06-10): "ADF fighters attacked Masala again on Saturday."
# Syria. A: "Government warplanes bombed Idlib on Thursday." B: "Warplanes bombed Idlib again on Saturday."
@pytest.mark.parametrize(("cls", "place", "agent", "day1", "day2"), [
    ("Attack", PLACE + "masala", KB + "adf", "2024-06-06", "2024-06-08"),
    ("AirStrike", KB + "idlib", KB + "syria", "2023-10-05", "2023-10-07"),
])
def test_an_event_set_apart_is_not_one_with_an_earlier_day_s(linker, cls, place, agent, day1, day2):
    a1 = ev("a", 1, cls, places={place}, agents={agent}, time=day1, published=date.fromisoformat(day1))
    b1 = ev("b", 1, cls, places={place}, agents={agent}, time=day2, published=date.fromisoformat(day2), apart="again")
    prepared(a1)
    prepared(b1)
    why, refusal = linker.decide(a1, b1)
    assert why is None and refusal == "set apart, after the other"
    b1.set_apart = None  # unmarked, two days within the window in one place, one agent: one event
    assert linker.compare(a1, b1) is not None


# Ukraine: "Russia launched a new wave of strikes on Odesa on Wednesday" (A) and "Russia launched
# another wave of strikes on Odesa on Thursday" (B); Yemen: "Houthis fired another missile at a ship
# off Hodeidah on Monday" (A) and "... another missile ... on Monday" (B, the same day: one).
def test_two_events_both_set_apart_need_one_place_and_day(linker):
    a1 = ev("a", 1, "Attack", places={KB + "odesa"}, agents={KB + "russia"}, time="2024-07-10", apart="new wave")
    b1 = ev("b", 1, "Attack", places={KB + "odesa"}, agents={KB + "russia"}, time="2024-07-11", apart="another wave")
    prepared(a1)
    prepared(b1)
    assert linker.decide(a1, b1) == (None, "both set apart, not one place and day")
    c1 = ev("c", 1, "Shelling", places={KB + "hodeidah"}, agents={KB + "houthis"}, time="2024-01-15", apart="another")
    d1 = ev("d", 1, "Shelling", places={KB + "hodeidah"}, agents={KB + "houthis"}, time="2024-01-15", apart="another")
    prepared(c1)
    prepared(d1)
    assert linker.compare(c1, d1) is not None


# Sudan. A (wire): "The RSF shelled a market in Omdurman on Saturday, killing 15 ... The RSF shelled the
# market again on Sunday" (no place of its own: "the market"). B (statement): "... condemns the shelling
# of a market in Omdurman on 3 February". The bare second shelling is not read with its story's
# place and day.
def test_an_event_set_apart_is_not_read_in_its_story(linker):
    published = date(2024, 2, 5)
    a1 = ev("a", 1, "Shelling", places={KB + "omdurman"}, agents={KB + "rsf"}, time="2024-02-03", published=published)
    a2 = ev("a", 2, "Shelling", agents={KB + "rsf"}, published=published, apart="again")
    b1 = ev("b", 1, "Shelling", places={KB + "omdurman"}, time="2024-02-03", published=date(2024, 2, 4))
    recs = prepared(a1, a2)
    recs += prepared(b1)
    why, refusal = linker.decide(a2, b1)
    assert why is None and "set apart from an event its article told before" in refusal
    group = groups_of(recs, linker)
    assert group[b1.iri] == group[a1.iri] != group[a2.iri]


# Sudan: "The army said it repelled a fresh assault by the RSF on Omdurman. It accused the RSF of
# shelling a market in the city on Saturday": the fresh assault, told first, is not the shelling
# told after it either.
def test_an_event_set_apart_is_apart_from_those_of_its_kind_told_after_it(linker):
    a1 = ev("a", 1, "Attack", places={KB + "omdurman"}, agents={KB + "rsf"}, apart="fresh")
    a2 = ev("a", 2, "Shelling", places={KB + "omdurman"}, agents={KB + "rsf"}, time="2024-02-03")
    a3 = ev("a", 3, "Accusation", agents={KB + "saf"})
    prepared(a1, a2, a3)
    assert linker.apart_from(a1) == {a2.iri} and not linker.behind(a1)


# Guinea. A (wire, 2021-09-06): "Special forces seized power in Conakry on Sunday ... The coup was
# condemned by ECOWAS." B (encyclopedia, undated): "... after the coup, the junta dissolved the
# government" ("the coup": no place, doer or day of its own). Mali: "the assault" of a report whose
# story tells one attack on Menaka; and a story telling two attacks, where a bare "the attack" is
# left alone (which one is unknown).
@pytest.mark.parametrize(("cls", "place", "agent", "day"), [
    ("Coup", KB + "guinea_capital_conakry", KB + "guinea", "2021-09-05"),
    ("Attack", PLACE + "menaka-town", KB + "is_sahel", "2022-03-08"),
])
def test_a_bare_mention_joins_its_story_s_one_event_of_its_class(linker, cls, place, agent, day):
    linker.points[PLACE + "menaka-town"] = (15.92, 2.40)
    linker.points[PLACE + "gao-town"] = (16.27, -0.04)
    published, later = date.fromisoformat(day), date.fromisoformat(day) + timedelta(days=20)  # B: weeks later
    a1 = ev("a", 1, cls, places={place}, agents={agent}, time=day, published=published)
    b1 = ev("b", 1, cls, published=later)  # bare: "the coup", "the assault"
    b2 = ev("b", 2, "Casualties", places={place}, agents={agent}, time=day, published=later)  # its story
    recs = prepared(a1)
    recs += prepared(b1, b2)
    assert linker.bare(b1) and not linker.bare(a1) and linker.compare(a1, b1) is None
    groups, _ = cluster(recs, linker)
    group = {m.iri: g for g in groups for m in g.members}
    assert group[b1.iri] is group[a1.iri]
    assert any("bare mention" in why for _, _, why in group[a1.iri].links)
    # a story with two events of its class: the bare mention stays alone
    a2 = ev("a", 2, cls, places={PLACE + "gao-town"}, agents={agent}, time=day, published=published)
    recs = prepared(ev("a", 1, cls, places={place}, agents={agent}, time=day, published=published), a2)
    recs += prepared(ev("b", 1, cls, published=later), ev("b", 2, "Casualties", places={place}, agents={agent}, time=day, published=later))
    groups, _ = cluster(recs, linker)
    group = {m.iri: g for g in groups for m in g.members}
    assert len(group[recs[2].iri].members) == 1


# Somalia. A (wire, 2024-05-06): "Al-Shabaab fighters attacked the town of Bulo Burde on Sunday ...
# The militants also set fire to a clinic before withdrawing" (the burning: no place or day of its
# own). B (wire, 2024-05-08): "Al-Shabaab fighters stormed Jalalaqsi on Tuesday, burning dozens of
# homes." Mali. A: "JNIM attacked Boni on 3 June ... the fighters looted the market"; B: "JNIM
# stormed Hombori on 5 June, looting shops". Read in its story, the first burning is of the first
# town: its story lends it a place, which is not the other's.
@pytest.mark.parametrize(("cls", "first", "second", "agent", "day1", "day2"), [
    ("Arson", "bulo-burde", "jalalaqsi", "al_shabaab", "2024-05-05", "2024-05-07"),
    ("Looting", "boni-town", "hombori-town", "jnim", "2022-06-03", "2022-06-05"),
])
def test_a_story_does_not_lend_an_event_a_town_to_make_it_one_with_another_town_s(linker, cls, first, second, agent, day1, day2):
    p1, p2 = date.fromisoformat(day1) + timedelta(days=1), date.fromisoformat(day2) + timedelta(days=1)
    a1 = ev("a", 1, "Attack", places={PLACE + first}, agents={KB + agent}, time=day1, published=p1)
    a2 = ev("a", 2, cls, agents={KB + agent}, published=p1)  # "the militants also set fire to a clinic"
    b1 = ev("b", 1, "Attack", places={PLACE + second}, agents={KB + agent}, time=day2, published=p2)
    b2 = ev("b", 2, cls, places={PLACE + second}, agents={KB + agent}, time=day2, published=p2)
    prepared(a1, a2)
    prepared(b1, b2)
    assert linker.story(a2, b2) is not None
    why, refusal = linker.decide(a2, b2)
    assert why is None and "read in it, of two places not known to be one" in refusal
