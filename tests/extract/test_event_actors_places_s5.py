"""Event actors and places (kg/extract/events/arguments.py, context.py), issue 11: a name a
number counts is people, not a place ("thousands of Yazidis in Sinjar"); a nationality word
with "ethnic" names people, not the state ("ethnic Armenians fled to Armenia"). Own
sentences from several crises (Iraq, Sudan, Armenia/Azerbaijan, Somalia/Kenya, Ethiopia,
Ukraine, DR Congo)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


def place(ex, event):
    return ex.entities[event.place].label if event.place else None


@pytest.mark.parametrize(
    "text, cls, where, counted",
    [
        # Iraq: the linker reads "Yazidis" as a town's name
        ("In August 2014, Islamic State fighters killed thousands of Yazidis in Sinjar.", "Casualties", "Sinjar", "Yazidis"),
        # Sudan (Darfur)
        ("RSF fighters killed dozens of Masalit in El Geneina.", "Casualties", "El Geneina", "Masalit"),
    ],
)
def test_a_name_a_number_counts_is_people_not_the_place(nlp, text, cls, where, counted):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = one(ex, cls)
    assert place(ex, event) == where
    assert counted in role(ex, event, "target")


def test_a_partitive_of_a_place_still_names_the_place(nlp):
    """DR Congo: "most of Bukavu" is the town, not people."""
    ex = extract_text(nlp, "The army captured most of Bukavu.", published=PUBLISHED)
    assert place(ex, one(ex, "TerritorialControl")) == "Bukavu"


@pytest.mark.parametrize(
    "text, country",
    [
        # Armenia/Azerbaijan
        ("More than 100,000 ethnic Armenians fled to Armenia within a week.", "Armenia"),
        # Somalia/Kenya
        ("Thousands of ethnic Somalis fled to Kenya.", "Kenya"),
    ],
)
def test_ethnic_people_of_a_nation_are_not_the_state(nlp, text, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    fled = one(ex, "Displacement")
    assert country not in role(ex, fled, "agent") and "Somalia" not in role(ex, fled, "agent")
    assert place(ex, fled) == country  # where they went, no longer taken for the actor


def test_a_nationality_without_ethnic_still_acts_for_the_state(nlp):
    """Ukraine: "Russians shelled the town" is Russia acting."""
    ex = extract_text(nlp, "Russians shelled the town of Kupiansk.", published=PUBLISHED)
    assert role(ex, one(ex, "Shelling"), "agent") == ["Russia"]


@pytest.mark.parametrize(
    "text, cls, role_name, group, leader",
    [
        # Pakistan
        ("Supporters of Imran Khan protested in Islamabad on Sunday.", "Protest", "agent", "supporters of Imran Khan", "Imran Khan"),
        # Mozambique: the place after the name is not part of the group's label
        ("Police fired tear gas at supporters of the opposition leader Venancio Mondlane in Maputo.", "Crackdown", "target",
         "supporters of the opposition leader Venancio Mondlane", "Venancio Mondlane"),
        # Somalia
        ("Security forces arrested dozens of followers of the cleric Abdul Rahman in Mogadishu.", "Arrest", "target",
         "followers of the cleric Abdul Rahman", "Abdul Rahman"),
        # (an armed force loyal to a person acts with that person, its leader, beside the
        # group: tests/extract/test_event_actors_s8.py)
    ],
)
def test_followers_of_someone_are_a_group_of_their_own(nlp, text, cls, role_name, group, leader):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = one(ex, cls)
    found = role(ex, event, role_name)
    assert group in found
    assert leader not in [p for e in ex.events if e is event for p in role(ex, e, "agent") + role(ex, e, "target")]


def test_soldiers_led_by_an_officer_keep_the_officer_as_actor(nlp):
    """Mali: "soldiers led by Colonel Assimi Goïta arrested ...": the colonel acts."""
    ex = extract_text(nlp, "In August 2020, soldiers led by Colonel Assimi Goïta arrested President Ibrahim Boubacar Keïta.", published=PUBLISHED)
    assert "Assimi Goïta" in role(ex, one(ex, "Arrest"), "agent")


def test_members_of_an_organisation_still_act_for_it(nlp):
    """Mali: "Members of the Wagner Group killed ..." is the Wagner Group acting."""
    ex = extract_text(nlp, "Members of the Wagner Group killed dozens of civilians in Moura.", published=PUBLISHED)
    assert role(ex, one(ex, "Casualties"), "agent") == ["Wagner Group"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A Burundian general said the troops would withdraw from Uvira.", "Burundi"),  # DR Congo/Burundi
        ("A Ukrainian commander said Russian troops attacked Pokrovsk.", "Ukraine"),  # Ukraine
    ],
)
def test_a_title_with_a_nationality_speaks_for_the_country(nlp, text, speaker):
    """An unnamed "a Burundian general" is kept (as "a Burundian official" is): the country."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Statement"), "speaker") == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # DR Congo
        ("President Felix Tshisekedi met Rwandan officials in Doha. The president's office said the talks would resume in Luanda.",
         "Felix Tshisekedi"),
        # Ethiopia
        ("Prime Minister Abiy Ahmed visited Mekelle on Monday. The prime minister's spokesman said the army had withdrawn from Tigray.",
         "Abiy Ahmed"),
    ],
)
def test_the_office_of_a_post_holder_speaks_for_the_holder(nlp, text, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Statement"), "speaker") == [speaker]


def test_an_office_of_a_title_the_article_gives_no_one_has_no_speaker(nlp):
    """Sudan: no president named, so "the president's office" stands for no one known."""
    ex = extract_text(nlp, "The president's office said the army had repelled the attack in El Fasher.", published=PUBLISHED)
    assert role(ex, one(ex, "Statement"), "speaker") == []


@pytest.mark.parametrize(
    "text, parties",
    [
        # Ethiopia
        ("The Ethiopian government and the Tigray People's Liberation Front signed a cessation of hostilities agreement in Pretoria.",
         {"Tigray People's Liberation Front"}),
        # Armenia/Azerbaijan
        ("Armenia and Azerbaijan signed the text of a peace agreement in Washington.", {"Armenia", "Azerbaijan"}),
    ],
)
def test_who_signs_the_document_of_an_agreement_takes_part(nlp, text, parties):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert parties <= set(role(ex, one(ex, "Agreement"), "participant"))


def test_the_groups_attacks_are_the_organisation_named_before(nlp):
    """Colombia: "talks with the ELN ... after the group's attacks"."""
    ex = extract_text(nlp, "President Gustavo Petro suspended peace talks with the ELN on Friday after the group's attacks in Catatumbo.",
                      published=PUBLISHED)
    assert role(ex, one(ex, "Attack"), "agent") == ["National Liberation Army"]


def test_the_group_after_a_state_is_not_taken_for_an_earlier_organisation(nlp):
    """Somalia: a state named nearer than any organisation: "the group" stays unresolved."""
    ex = extract_text(nlp, "Al-Shabaab fighters were seen near Baidoa. Kenya deployed troops to Somalia after the group's convoy was attacked.",
                      published=PUBLISHED)
    assert "Al-Shabaab" not in role(ex, one(ex, "Attack"), "target")
    assert "Al-Shabaab" not in role(ex, one(ex, "Attack"), "agent")


def test_the_possessor_of_an_offensive_is_its_agent(nlp):
    """DR Congo: "the rebels' offensive"."""
    ex = extract_text(nlp, "The rebels' offensive on Goma displaced 100,000 people.", published=PUBLISHED)
    assert role(ex, one(ex, "MilitaryOperation"), "agent") == ["rebels"]


@pytest.mark.parametrize(
    "text, cls, where",
    [
        # India/Pakistan: the region is hung on the verb, the town on the victims
        ("Gunmen killed 26 tourists near Pahalgam in Indian-administered Kashmir on Tuesday.", "Casualties", "Pahalgam"),
        # Mali
        ("Militants killed 12 soldiers near Menaka in the Sahel region on Sunday.", "Casualties", "Ménaka Region"),
        # a cause happened where its toll is counted
        ("Severe drought has displaced more than 500,000 people in southern Somalia this year.", "NaturalDisaster", "Somalia"),  # Somalia
        ("Floods displaced 40,000 people in Maiduguri last week.", "NaturalDisaster", "Maiduguri"),  # Nigeria
        ("An Israeli air strike killed 20 people in Khan Younis on Saturday.", "AirStrike", "Khan Younis"),  # Gaza
    ],
)
def test_the_place_of_an_event_from_a_misattached_phrase(nlp, text, cls, where):
    """The town right before a region the parser hangs on the verb; the toll's place for the
    event noun that caused it."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert place(ex, one(ex, cls)) == where


@pytest.mark.parametrize(
    "text, cls, speaker",
    [
        ("Soldiers arrested the prime minister in Bamako and Colonel Assimi Goita announced a transition.",  # Mali
         "Announcement", "Assimi Goita"),
        ("Police detained dozens of protesters in Nairobi and Amnesty International condemned the arrests.",  # Kenya
         "Condemnation", "Amnesty International"),
    ],
)
def test_a_name_conjoined_to_a_place_opens_the_next_clause(nlp, text, cls, speaker):
    """"... in Bamako and Colonel Assimi Goita announced": the name is the new clause's
    subject, not one arrested in the first clause."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), "speaker") == [speaker]
    arrest = next(e for e in ex.events if e.type == "Arrest" and e.trigger.text != "arrests")
    assert speaker not in role(ex, arrest, "target")


@pytest.mark.parametrize(
    "text, protesters, where, other, other_place",
    [
        # Mozambique
        ("Police fired tear gas at opposition supporters protesting in Maputo on Thursday.",
         "opposition supporters", "Maputo", "Crackdown", "Maputo"),
        # Uganda: the place of the participle is not an actor ("in Kampala" is not Uganda acting)
        ("Police arrested dozens of activists demonstrating outside parliament in Kampala.",
         "activists", "Kampala", "Arrest", "Kampala"),
        # Mali
        ("Soldiers opened fire on farmers protesting in Bamako.", "farmers", "Bamako", "Attack", "Bamako"),
    ],
)
def test_people_described_by_a_protest_participle_protest_there(nlp, text, protesters, where, other, other_place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    protest = one(ex, "Protest")
    assert role(ex, protest, "agent") == [protesters]
    assert place(ex, protest) == where
    assert place(ex, one(ex, other)) == other_place  # what was done to them, where they were


def test_the_international_community_is_an_addressee(nlp):
    """A collective the appeal names, read as a group (Sudan, Haiti)."""
    for text in ("The ministry called on the international community to designate the RSF a terrorist group.",
                 "Haiti's government urged the international community to send more troops."):
        appeal = one(ex := extract_text(nlp, text, published=PUBLISHED), "Appeal")
        assert role(ex, appeal, "addressee") == ["international community"], text


def test_one_unnamed_speaker_is_kept_as_described(nlp):
    """"An elder told reporters", "a witness said" (Somalia, Mali, Nigeria): the one who
    speaks, a described speaker; "a militia" acting stays unnamed, and a thing ("SMS
    messages warning them") speaks for no one."""
    for text, speaker in (("An elder told reporters that militants burned the village near Beledweyne.", "an elder"),
                          ("A witness said soldiers shot two men in Gao.", "a witness"),
                          ("A resident said gunmen attacked the bus near Kaduna.", "a resident")):
        statement = one(ex := extract_text(nlp, text, published=PUBLISHED), "Statement")
        assert role(ex, statement, "speaker") == [speaker], text
    ex = extract_text(nlp, "A militia attacked the village.", published=PUBLISHED)
    assert role(ex, one(ex, "Attack"), "agent") == []


def test_a_place_named_only_for_what_experts_study_is_no_place(nlp):
    """"Africa experts said ...": Africa is no event's place; the experts speak (Sahel, DR
    Congo); a place the sentence names as where people are still places ("Gaza residents")."""
    ex = extract_text(nlp, "Africa experts said the rebels attacked the town.", published=PUBLISHED)
    assert place(ex, one(ex, "Attack")) is None
    assert role(ex, one(ex, "Statement"), "speaker") == ["Africa experts"]
    ex = extract_text(nlp, "Sahel analysts said jihadists killed 20 soldiers near Gao.", published=PUBLISHED)
    assert role(ex, one(ex, "Statement"), "speaker") == ["Sahel analysts"]
    assert place(ex, one(ex, "Casualties")) == "Gao"
    ex = extract_text(nlp, "Gaza residents said Israeli strikes killed 10 people.", published=PUBLISHED)
    assert place(ex, one(ex, "Casualties")) == "Gaza"
