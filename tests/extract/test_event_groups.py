"""Actors named by common nouns, pronouns and lists (kg/extract/events/groups.py,
arguments.py, context.py): "gunmen attacked", "the fighters ... They ambushed", "X, Y and Z
condemned". Sentences from many crises (Nigeria, Mali, Syria, Haiti, Sudan, Ukraine,
Somalia, Myanmar, DR Congo, Ethiopia, Niger, Yemen, Gaza, Iraq)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import events_of, extract_text, one, role

PUBLISHED = date(2024, 6, 12)  # a Wednesday

pytestmark = pytest.mark.model


def kinds(ex, event, name):
    return sorted(ex.entities[p.entity].kind for p in event.participants if p.role == name)


# ---------------------------------------------------------------- groups named by common nouns


@pytest.mark.parametrize(
    "text, cls, slot, label",
    [
        ("Gunmen attacked a church in Kaduna on Sunday.", "Attack", "agent", "gunmen"),  # Nigeria
        ("Pro-government militias shelled the village of Tal Rifaat.", "Shelling", "agent", "pro-government militias"),  # Syria
        ("Armed gangs attacked the main prison in Port-au-Prince.", "Attack", "agent", "armed gangs"),  # Haiti
        ("The jihadists overran the army camp after seven hours of fighting.", "TerritorialControl", "agent", "jihadists"),  # Chad
        ("Insurgents ambushed an army lorry in Borno State.", "Attack", "agent", "insurgents"),  # Nigeria
        ("The army shelled protesters in Mandalay.", "Shelling", "target", "protesters"),  # Myanmar
        ("The drone strike killed 15 civilians in Kherson.", "Casualties", "target", "civilians"),  # Ukraine
        ("Residents fled Zamzam camp on Saturday.", "Displacement", "agent", "residents"),  # Sudan
    ],
)
def test_a_group_named_by_a_common_noun_takes_its_slot(nlp, text, cls, slot, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = one(ex, cls)
    assert label in role(ex, ev, slot)
    (key,) = [p.entity for p in ev.participants if ex.entities[p.entity].label == label]
    assert ex.entities[key].kind == "group"
    # its phrase is a mention of it, in the text
    assert any(m.entity == key and m.span.text.lower() == label.lower() for m in ex.mentions)


def test_a_group_is_one_node_per_phrase_and_belongs_to_its_article(nlp):
    """Cameroon: the bare "the fighters" and "They" are the factions' fighters of the sentence before."""
    text = ("Several factions of armed separatist fighters operate in the Northwest Region. In 2019 the fighters "
            "increased their attacks. They ambushed a patrol near Bamenda.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    groups = [e for e in ex.entities.values() if e.kind == "group"]
    assert [g.label for g in groups] == ["armed separatist fighters"]
    (group,) = groups
    assert group.key.startswith("article/") and "/group/" in group.key  # scoped to the article
    for trigger in ("attacks", "ambushed"):  # "their attacks", "They ambushed"
        (ev,) = [e for e in ex.events if e.trigger.text == trigger]
        assert role(ex, ev, "agent") == ["armed separatist fighters"]


def test_a_group_iri_is_under_its_article_and_typed_kgo_group(nlp, settings):
    from kg.rdf import Iris, to_rdf
    from kg.vocab import KGO, RDF, RDFS, SDO

    ex = extract_text(nlp, "Gunmen attacked a church in Kaduna on Sunday, killing 12 worshippers.", published=PUBLISHED)
    rdf = to_rdf(ex, Iris(settings.base_iri))
    g = rdf.claims + rdf.descriptions
    groups = set(g.subjects(RDF.type, KGO.Group))
    article = str(Iris(settings.base_iri).article(ex.article.id))
    assert {str(n) for n in groups} == {f"{article}/group/gunmen", f"{article}/group/worshippers"}
    # no name, so no rdfs:label (not a named entity of the graph): the article's words describe it
    assert {str(g.value(n, SDO.description)) for n in groups} == {"gunmen", "worshippers"}
    assert not any(g.value(n, RDFS.label) for n in groups)
    from kg.rdf.validate import validate_article

    assert validate_article(rdf) == []  # the shapes hold for article-scoped groups


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        # Myanmar: an apposition says what the name is
        ("The Arakan Army (AA), a rebel group, launched an offensive in Rakhine. The rebels captured Paletwa on Monday.",
         "TerritorialControl", ["Arakan Army"]),
        # DR Congo: "a Congolese rebel group"
        ("The March 23 Movement (M23), a Congolese rebel group, advanced on Goma. The rebels seized the airport on Monday.",
         "TerritorialControl", ["M23"]),
        # Somalia: the description before the name
        ("The council condemned the attack by Somali militant group al-Shabab on a hotel. Militants set off a car bomb at the entrance.",
         "Bombing", ["Al-Shabaab"]),
        # Yemen: "Houthi rebels" say who the rebels are
        ("Houthi rebels fired missiles at a tanker on Sunday. The rebels also seized a cargo ship.",
         "Seizure", ["Houthis"]),
    ],
)
def test_a_bare_group_noun_is_the_group_the_article_described_with_it(nlp, text, cls, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = events_of(ex, cls)[-1]
    assert role(ex, ev, "agent") == agent
    assert not any(e.kind == "group" for e in ex.entities.values())


@pytest.mark.parametrize(
    "text, cls, slot, state, group",
    [
        ("Kenyan police officers patrolled Port-au-Prince after gangs attacked the airport.", "Attack", "agent", None, "gangs"),  # Haiti
        ("The attack killed two Kenyan soldiers, a Somali policeman and three civilians.", "Casualties", "target",
         ["Kenya", "Somalia"], "civilians"),  # Somalia
        ("Somali militants attacked a hotel in Mogadishu.", "Attack", "agent", None, "Somali militants"),  # Somalia
        ("Malian rebels attacked the army camp in Tessalit.", "Attack", "agent", None, "Malian rebels"),  # Mali
    ],
)
def test_a_nationality_names_the_state_only_of_its_agents(nlp, text, cls, slot, state, group):
    """"Kenyan police", "Somali policeman": the state (beside the state's body for the
    plural "Kenyan soldiers": test_state_bodies.py); "Somali militants", "Malian rebels" are
    no state's: a group of their own, the nationality in its label."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = one(ex, cls)
    got = role(ex, ev, slot)
    assert group in got
    states = [ex.entities[p.entity].label for p in ev.participants if p.role == slot and ex.entities[p.entity].kind == "place"]
    assert sorted(states) == (state or [])
    bodies = [p.entity for p in ev.participants if p.role == slot and "GovernmentOrganization" in ex.entities[p.entity].types]
    assert len(bodies) == (1 if "soldiers" in text else 0)  # "two Kenyan soldiers": the Kenyan army; "a Somali policeman": a person


def test_a_group_whose_owner_is_named_elsewhere_is_left_to_the_owner(nlp):
    """Mali: "killed 84 fighters from Wagner": Wagner's fighters, not a group of their own."""
    ex = extract_text(nlp, "The rebels said they killed 84 fighters from Wagner near Tinzaouaten.", published=PUBLISHED)
    killed = [e for e in ex.events if e.trigger.text == "killed"][0]
    assert "Wagner Group" in role(ex, killed, "target")
    assert "fighters" not in role(ex, killed, "target")


def test_a_general_noun_alone_is_no_group(nlp):
    """Ethiopia: "the group" names no one unless the article did; "officials" who speak are
    the statement's speaker (a group of the article), and no one else."""
    ex = extract_text(nlp, "Officials said the group attacked a bus near Gondar.", published=PUBLISHED)
    attack = one(ex, "Attack")
    assert role(ex, attack, "agent") == []
    assert [e.label for e in ex.entities.values() if e.kind == "group"] == ["officials"]
    assert role(ex, one(ex, "Statement"), "speaker") == ["officials"]


def test_a_misparsed_participle_has_no_doer(nlp):
    """Gaza: "the number of UN staff killed in Gaza": the staff are not the killers."""
    ex = extract_text(nlp, "He noted that the total number of UN staff killed in Gaza since the start of hostilities has reached 193.",
                      published=PUBLISHED)
    killed = [e for e in ex.events if e.trigger.text == "killed"][0]
    assert role(ex, killed, "agent") == []


# ---------------------------------------------------------------- pronouns


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # Myanmar: an organisation named in the singular, subject of the sentence before
        ("The Arakan Army captured Mrauk U in February. They then attacked Sittwe.", "attacked", ["Arakan Army"]),
        # Myanmar: the gerund's doer is the subject of the verb its preposition hangs on
        ("The Arakan Army captured Mrauk U in February. They would then focus on attacking Sittwe.", "attacking", ["Arakan Army"]),
        # Mali: a group of the article, subject of the sentence before
        ("Islamist rebels seized Kidal in 2012. They ambushed convoys near Gao.", "ambushed", ["Islamist rebels"]),
        # Sudan: the possessive is the subject's
        ("The paramilitaries stepped up their attacks on El Fasher.", "attacks", ["paramilitaries"]),
        # Iraq: a subject group first, not a nearer object
        ("Militants attacked a checkpoint held by federal police officers near Kirkuk. They also ambushed a convoy on the road.",
         "ambushed", ["militants"]),
    ],
)
def test_they_is_the_nearest_group_subject(nlp, text, trigger, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if trigger in e.trigger.text.split()]
    assert ev, [(e.type, e.trigger.text) for e in ex.events]
    assert role(ex, ev[0], "agent") == agent


def test_they_after_a_subject_group_is_that_group_not_the_sides_it_fled(nlp):
    """CAR: "they" are the 60,000 people (a group of the article), not the armed groups whose
    clashes they fled; who attacked them the text does not say."""
    text = ("Some 60,000 people fled clashes between the armed groups Justice Riot and the MNLC. "
            "They ended up in Paoua, where they were attacked again.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    attack = [e for e in ex.events if e.trigger.text == "attacked"][0]
    assert role(ex, attack, "agent") == [] and role(ex, attack, "target") == ["people"]


# ---------------------------------------------------------------- lists


@pytest.mark.parametrize(
    "text, cls, slot, actors",
    [
        # Somalia / Sahel: the list the parser reads as an apposition
        ("Islamic State, al-Shabaab and Boko Haram claimed attacks in the region.", "Attack", "agent",
         ["Al-Shabaab", "Boko Haram", "Islamic State"]),
        # Yemen: speakers
        ("The United States, Britain and France condemned the Houthi attacks on shipping.", "Condemnation", "speaker",
         ["France", "United Kingdom", "United States"]),
        # DR Congo: every item, named or not
        ("Fighting broke out between the FARDC, the M23 and allied militias near Sake.", "ArmedClash", "participant",
         ["Armed Forces of the Democratic Republic of the Congo", "DR Congo", "M23", "allied militias"]),
    ],
)
def test_every_item_of_a_list_takes_the_role(nlp, text, cls, slot, actors):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), slot) == actors


# ---------------------------------------------------------------- agents the clause states elsewhere


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # Iraq: a relative clause with an agent verb
        ("The attacks, which were claimed by Islamic State, killed nine policemen near Kirkuk.", "attacks", ["Islamic State"]),
        # Haiti: condemning attacks does not make the Council their agent
        ("The Security Council condemned the attacks carried out by armed gangs on the main prisons.", "attacks", ["armed gangs"]),
        # Gaza: nor does calling for a ceasefire make the caller its agent
        ("The UN Secretary-General urged an immediate ceasefire in Rafah.", "ceasefire", []),
        # Sudan: a hyphenated affiliation the tokenizer kept whole
        ("Rapid Support Forces (RSF)-affiliated troops launched coordinated attacks on Zamzam.", "attacks", ["Rapid Support Forces"]),
        # Mali: the same, split by the tokenizer
        ("Wagner-led forces attacked the village of Moura.", "attacked", ["Wagner Group"]),
        # Ethiopia: "the government" is the government the article named
        ("Fano fought the Ethiopian government in 2023. The conflict started after the government attempted to dissolve "
         "the Amhara Special Forces.", "dissolve", ["Government of Ethiopia"]),
    ],
)
def test_the_agent_the_sentence_gives_elsewhere(nlp, text, trigger, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if trigger in e.trigger.text.split()]
    assert ev, [(e.type, e.trigger.text) for e in ex.events]
    assert role(ex, ev[0], "agent") == agent


@pytest.mark.parametrize(
    "text, trigger, slot, actors",
    [
        # Sudan: killed when someone shelled: by them
        ("Twenty people were killed when the RSF shelled a market in El Fasher.", "killed", "agent", ["Rapid Support Forces"]),
        # Niger: killed in attacks by someone: by them
        ("Seven soldiers were killed in an ambush by Islamic State fighters near Tillaberi.", "killed", "agent", ["Islamic State"]),
        # Philippines: a firefight that erupted when one side opened fire on the other
        ("A deadly firefight erupted when the Maute group opened fire on Philippine troops.", "firefight", "participant",
         ["Army of the Philippines", "Maute", "Philippines"]),
        # Somalia: killed and wounded in one attack, both by its agent
        ("Nine soldiers were killed and 12 were wounded in an attack by al-Shabaab in Kismayo.", "wounded", "agent", ["Al-Shabaab"]),
        # France / Syria: "a series of attacks" launched by its launcher
        ("The militants launched a series of attacks across Paris.", "attacks", "agent", ["militants"]),
        # Haiti: the representatives of states act for them
        ("The Permanent Representative of Kenya and the Permanent Representative of Jamaica participated in the meeting.",
         "meeting", "agent", ["Jamaica", "Kenya"]),
    ],
)
def test_actors_the_circumstance_or_the_phrase_states(nlp, text, trigger, slot, actors):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if trigger in e.trigger.text.split()]
    assert ev, [(e.type, e.trigger.text) for e in ex.events]
    assert role(ex, ev[0], slot) == actors


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # Somalia: "the attackers" did the attack told before
        ("Al-Shabaab fighters attacked a base in Lower Shabelle. The attackers killed 10 soldiers.", "killed", ["Al-Shabaab"]),
        # Nigeria: "the gunmen" are the gunmen of the attack before, one node
        ("Gunmen attacked a church in Kaduna. The gunmen killed 12 worshippers.", "killed", ["gunmen"]),
        # Nigeria: indefinite "gunmen" may be others: a group of their own, not the earlier attack's agent
        ("Boko Haram attacked a market in Maiduguri. Gunmen later killed 12 farmers near Zabarmari.", "killed", ["gunmen"]),
    ],
)
def test_the_doers_of_an_event_told_before(nlp, text, trigger, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if trigger in e.trigger.text.split()]
    assert ev, [(e.type, e.trigger.text) for e in ex.events]
    assert role(ex, ev[0], "agent") == agent


def test_a_nationality_on_victims_is_no_target_state(nlp):
    """Gaza: "two Thai workers" are workers, not Thailand."""
    ex = extract_text(nlp, "Hamas freed two Thai workers on Saturday.", published=PUBLISHED)
    assert role(ex, one(ex, "Release"), "target") == ["Thai workers"]


def test_they_is_the_main_subject_before_an_embedded_one(nlp):
    """India/Pakistan (UN Security Council): "They stressed that the perpetrators ... must be
    held accountable. They urged all States": the second "They" are the first, not the
    perpetrators; the first names no one kg can tell ("Council members")."""
    text = ("Council members expressed their sympathy. They stressed that the perpetrators, organisers, financiers "
            "and sponsors must be held accountable. They urged all States to cooperate.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Appeal"), "speaker") == []


def test_they_follows_a_chain_of_main_subjects(nlp):
    """Myanmar: "The Arakan Army captured Mrauk U. They then attacked Sittwe. They also
    shelled Ann": both "They" are the Arakan Army."""
    text = "The Arakan Army captured Mrauk U in February. They then attacked Sittwe. They also shelled Ann."
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Shelling"), "agent") == ["Arakan Army"]


@pytest.mark.parametrize(
    "text, trigger, slot, actors",
    [
        # Gaza: the noun a participle describes is what was done to it
        ("He noted that the number of UN staff killed in Gaza has reached 193.", "killed", "target", ["United Nations"]),
        ("Tor Wennesland spoke of the hostages held in unimaginable conditions in Gaza.", "held", "target", ["hostages"]),
        # Northern Ireland: to whom warnings were given
        ("The IRA said warnings were given to the police before each explosion.", "warnings", "addressee", ["police"]),
    ],
)
def test_the_patient_of_a_participle_and_the_addressee_of_a_given_warning(nlp, text, trigger, slot, actors):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if trigger in e.trigger.text.split()]
    assert ev, [(e.type, e.trigger.text) for e in ex.events]
    assert role(ex, ev[0], slot) == actors


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Venezuela: the quoted word is not the speaker
        ("“Somalia,” said Henrique Capriles, an opposition leader.", ["Henrique Capriles"]),
        # Ukraine: a speech act inside a quote keeps its own speaker
        ("“Russia said it would withdraw from Kherson,” Zelensky added.", ["Russia"]),
    ],
)
def test_what_is_quoted_is_never_who_speaks(nlp, text, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    said = [e for e in ex.events if e.trigger.text == "said"][0]
    assert role(ex, said, "speaker") == speaker
