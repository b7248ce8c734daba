"""Every actor the sentence states (issue 11): victims named by common nouns, addressees of
appeals and demands, participants of elections and talks, first-person speakers, and a
state's bodies named with a nationality ("the Kenyan police", "Mali's army"). Own sentences
from many crises (Myanmar, Sudan, Nigeria, Somalia, DR Congo, Gaza, Haiti, Ukraine, Mali,
Ethiopia, Kenya, Yemen, Afghanistan, Indonesia, Niger)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


def kind_of(ex, label):
    (kind,) = {e.kind for e in ex.entities.values() if e.label == label}
    return kind


# ---------------------------------------------------------------- victims named by common nouns


@pytest.mark.parametrize(
    "text, cls, target",
    [
        ("Soldiers fired on protesters in Mandalay on Sunday.", "Attack", "protesters"),  # Myanmar
        ("Security forces opened fire on demonstrators in Khartoum.", "Attack", "demonstrators"),  # Sudan
        # Nigeria: a place in the "from" phrase says where they were, not whose they are
        ("Gunmen abducted pupils from a school in Kaduna State on Thursday.", "Abduction", "pupils"),
        ("Al-Shabaab militants stopped a bus near Beledweyne and killed the passengers.", "Casualties", "passengers"),  # Somalia
        ("The militia attacked displaced families near Goma.", "Attack", "displaced families"),  # DR Congo
        ("Gangs killed at least 70 people in Pont-Sondé.", "Casualties", "people"),  # Haiti
    ],
)
def test_victims_named_by_a_common_noun_are_groups_of_the_article(nlp, text, cls, target):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert target in role(ex, one(ex, cls), "target")
    assert kind_of(ex, target) == "group"


def test_soldiers_from_a_state_are_still_that_states(nlp):
    """Mali: "fighters from Wagner" stay Wagner's (the "from" names an actor, not a place)."""
    ex = extract_text(nlp, "The rebels said they killed 84 fighters from Wagner near Tinzaouaten.", published=PUBLISHED)
    killed = [e for e in ex.events if e.trigger.text == "killed"][0]
    assert role(ex, killed, "target") == ["Wagner Group"]


# ---------------------------------------------------------------- addressees


@pytest.mark.parametrize(
    "text, cls, addressees",
    [
        # Sudan: the subject of the clause that says what is demanded
        ("The Security Council demanded that the RSF halt its siege of El Fasher.", "Demand", ["Rapid Support Forces"]),
        # Gaza
        ("Egypt demanded that Israel withdraw its troops from the Rafah crossing.", "Demand", ["Israel"]),
        # Yemen: the sides addressed as a group
        ("The Secretary-General urged the parties to return to the negotiating table.", "Appeal", ["parties"]),
        # Afghanistan
        ("The Council called on all parties to support the humanitarian response.", "Appeal", ["parties"]),
        # Ukraine: "appealed to X"
        ("Zelensky appealed to NATO for more air defence systems.", "Appeal", ["North Atlantic Treaty Organization"]),
        # Sudan: "called for X to ..."
        ("The Security Council called for all parties to exercise restraint in Sudan.", "Appeal", ["parties"]),
        # Gaza: whose withdrawal is demanded
        ("Egypt demanded Israel's withdrawal from the Philadelphi corridor.", "Demand", ["Israel"]),
    ],
)
def test_the_addressee_of_an_appeal_or_a_demand(nlp, text, cls, addressees):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), "addressee") == addressees


def test_the_subject_of_a_condition_is_not_warned(nlp):
    """DR Congo: "warned that if the rebels attack Goma, it will respond": no one is addressed."""
    ex = extract_text(nlp, "The army warned that if the rebels attack Goma, it will respond.", published=PUBLISHED)
    assert role(ex, one(ex, "Warning"), "addressee") == []


def test_the_demanding_side_is_no_addressee(nlp):
    """Ethiopia: who is to act in the demanded clause is addressed, not the one who demands."""
    ex = extract_text(nlp, "The TPLF demanded that Eritrean troops leave Tigray.", published=PUBLISHED)
    got = role(ex, one(ex, "Demand"), "addressee")
    assert "Eritrea" in got and "Tigray People's Liberation Front" not in got


# ---------------------------------------------------------------- participants


@pytest.mark.parametrize(
    "text, cls, participants",
    [
        ("Felix Tshisekedi won the presidential election in December.", "Election", ["Felix Tshisekedi"]),  # DR Congo
        ("Bola Tinubu was declared the winner of the election.", "Election", ["Bola Tinubu"]),  # Nigeria
        ("The Taliban boycotted the talks in Doha.", "Negotiation", ["Taliban"]),  # Afghanistan
        ("Hamas took part in the talks in Cairo.", "Negotiation", ["Hamas"]),  # Gaza
        ("Nayib Bukele won 85 percent of the vote in El Salvador.", "Election", ["Nayib Bukele"]),  # El Salvador
        # Iran: officials written as a title act for the states their "of" names
        ("The talks between the Foreign Ministers of Egypt and Jordan ended in Amman on Sunday.", "Negotiation",
         ["Egypt", "Jordan"]),
        # Zambia: who was defeated ran too
        ("Opposition candidate Hakainde Hichilema defeated Edgar Lungu in the presidential election.", "Election",
         ["Edgar Lungu", "Hakainde Hichilema"]),
        # Chad: a claim of victory, and who claims it ran
        ("Mahamat Idriss Déby claimed victory in the presidential election in Chad.", "Election", ["Mahamat Idriss Déby"]),
    ],
)
def test_who_takes_part_in_an_election_or_talks(nlp, text, cls, participants):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), "participant") == participants


def test_a_verb_of_another_kind_makes_no_participant(nlp):
    """Ethiopia: who postponed the election does not run in it."""
    ex = extract_text(nlp, "The electoral board postponed the election in Tigray.", published=PUBLISHED)
    assert role(ex, one(ex, "Election"), "participant") == []


# ---------------------------------------------------------------- first-person speakers


def test_we_after_a_reported_statement_is_its_speaker(nlp):
    """Gaza / Iran (UN briefing style): "X said that ... We strongly encourage such efforts"."""
    text = ("Rosemary DiCarlo said that the talks in Geneva were welcome. "
            "We strongly urge all sides to continue such efforts.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Appeal"), "speaker") == ["Rosemary DiCarlo"]


def test_we_of_a_spokesperson_is_the_body_and_the_spokesperson(nlp):
    """Haiti: the spokesperson says it for the UN."""
    text = "“We urge the gangs to lay down their arms,” UN spokesperson Stéphane Dujarric said."
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Appeal"), "speaker") == ["Stéphane Dujarric", "United Nations"]


def test_i_in_a_press_statement_is_its_author_from_the_sidecar(nlp):
    """Sudan: a statement whose speaker the title names; "I" outside any quote is that person."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    text = ("Volker Türk visited Port Sudan on Monday. "
            "I condemn the attacks on the Zamzam camp in the strongest terms.")
    article = Article.create(text, published=PUBLISHED, source="<test>",
                             title="Sudan: statement by UN High Commissioner for Human Rights Volker Türk")
    ex = extract_doc(nlp(text), article)
    assert role(ex, one(ex, "Condemnation"), "speaker") == ["Volker Türk"]


def test_the_title_names_no_state_as_author(nlp):
    """Myanmar: "X condemns Myanmar attacks": Myanmar is what the statement is about."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    text = "The airstrikes on Pazigyi killed dozens of people. I call on all parties to protect civilians."
    article = Article.create(text, published=PUBLISHED, source="<test>", title="UN rights chief condemns Myanmar attacks")
    ex = extract_doc(nlp(text), article)
    assert role(ex, one(ex, "Appeal"), "speaker") == []


def test_i_quoted_with_no_speaker_is_nobody(nlp):
    """Somalia: a quoted "I" the text does not attribute is not the article's publisher."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    text = "Residents fled Beledweyne. “I urge the government to send help,” one elder told reporters."
    article = Article.create(text, published=PUBLISHED, source="<test>", title="Somalia: fighting in Hiran", publisher="Reuters")
    ex = extract_doc(nlp(text), article)
    assert "Reuters" not in role(ex, one(ex, "Appeal"), "speaker")


# ---------------------------------------------------------------- a state's bodies


@pytest.mark.parametrize(
    "text, cls, slot, body, country",
    [
        # Kenya: a body the knowledge base does not know is a node of its own, one per
        # country and kind (tests/extract/test_state_bodies.py)
        ("The Kenyan police fired tear gas at protesters in Nairobi.", "Crackdown", "agent", "Police of Kenya", "Kenya"),
        # Mali: the KB's body of that country (its names include "Malian army")
        ("Mali's army recaptured the town of Anefis on Saturday.", "TerritorialControl", "agent", "Malian Armed Forces", "Mali"),
        # Somalia
        ("Somalia's army killed 30 al-Shabaab fighters near Kismayo.", "Casualties", "agent", "Somali National Army", "Somalia"),
        # Indonesia: a speaker
        ("The Indonesian military said the rebels had taken the pilot hostage.", "Statement", "speaker", "Army of Indonesia",
         "Indonesia"),
        # Niger: a target
        ("Jihadists ambushed Nigerien forces near Tillaberi.", "Attack", "target", "Army of Niger", "Niger"),
        # Myanmar
        ("Myanmar's military junta bombed a village in Sagaing.", "AirStrike", "agent", "Junta of Myanmar", "Myanmar"),
    ],
)
def test_a_state_body_named_with_a_nationality_is_the_body(nlp, text, cls, slot, body, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    got = role(ex, one(ex, cls), slot)
    assert body in got and country in got


def test_soldiers_of_a_nationality_are_its_army(nlp):
    """Nigeria: "Nigerian troops" serve in the state's army: the army acts, the state beside it."""
    ex = extract_text(nlp, "Nigerian troops rescued 20 hostages in Zamfara.", published=PUBLISHED)
    assert role(ex, one(ex, "Release"), "agent") == ["Army of Nigeria", "Nigeria"]


# ---------------------------------------------------------------- people named by nation or faith


@pytest.mark.parametrize(
    "text, cls, slot, group",
    [
        ("Opposition leaders urged Venezuelans to boycott the vote.", "Appeal", "addressee", "Venezuelans"),  # Venezuela
        ("The group called on Muslims to take up arms against Russia.", "Appeal", "addressee", "Muslims"),  # Chechnya
        ("Israeli strikes killed dozens of Palestinians in Rafah.", "Casualties", "target", "Palestinians"),  # Gaza
        ("Gunmen abducted three Ethiopians near Bambasi.", "Abduction", "target", "Ethiopians"),  # Ethiopia
        ("A suicide bomber killed an American near Bagram Airfield.", "Casualties", "target", "an American"),  # Afghanistan
    ],
)
def test_people_named_by_nation_or_faith_are_a_group_not_the_state(nlp, text, cls, slot, group):
    ex = extract_text(nlp, text, published=PUBLISHED)
    got = role(ex, one(ex, cls), slot)
    assert group in got and kind_of(ex, group) == "group"


def test_a_nation_named_as_subject_still_acts_as_its_state(nlp):
    """Ukraine: "Russians shelled the town": Russia."""
    ex = extract_text(nlp, "Russians shelled the town of Vovchansk.", published=PUBLISHED)
    assert role(ex, one(ex, "Shelling"), "agent") == ["Russia"]


# ---------------------------------------------------------------- more of what the clause states


def test_a_participle_on_the_last_item_describes_the_whole_list(nlp):
    """Afghanistan: "two Americans and an Afghani injured": the Americans were injured too."""
    ex = extract_text(nlp, "Six soldiers were killed, with two other Americans and an Afghani injured.", published=PUBLISHED)
    injured = [e for e in ex.events if e.trigger.text == "injured"][0]
    assert role(ex, injured, "target") == ["Americans", "an Afghani"]


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        ("In 1972, the IRA's decision to carry out the Bloody Friday attacks proved a disaster.", "attacks", ["IRA"]),  # N. Ireland
        ("Al-Shabaab's plan to launch attacks on Mogadishu failed.", "attacks", ["Al-Shabaab"]),  # Somalia
    ],
)
def test_whose_decision_or_plan_to_carry_out_an_attack(nlp, text, trigger, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if e.trigger.text.endswith(trigger)][0]
    assert role(ex, ev, "agent") == agent


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # Syria: "..., and advanced" goes on with the main clause, not with the "as" clause
        ("Opposition forces captured dozens of towns as pro-government forces disintegrated, and advanced toward Hama, "
         "capturing it on 5 December.", "capturing", ["opposition forces"]),
        # DR Congo
        ("M23 attacked Sake after the army withdrew, and seized the airport on Monday.", "seized", ["M23"]),
    ],
)
def test_a_conjunct_after_a_subordinate_clause_keeps_the_main_subject(nlp, text, trigger, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if e.trigger.text == trigger][-1]
    assert role(ex, ev, "agent") == agent


def test_a_conjunct_inside_the_subordinate_clause_keeps_its_subject(nlp):
    """Mali: "as the rebels retreated and regrouped" (no comma): the rebels regrouped."""
    ex = extract_text(nlp, "The army shelled Kidal as the rebels retreated and withdrew toward Anefis.", published=PUBLISHED)
    ev = [e for e in ex.events if e.trigger.text == "withdrew"][0]
    assert role(ex, ev, "agent") == ["rebels"]


@pytest.mark.parametrize(
    "text, cls, slot, actors",
    [
        # Red Sea: "took the crew hostage", parsed as the noun "crew hostage"
        ("Houthi fighters seized the ship and took the crew hostage.", "Abduction", "target", ["crew"]),
        # Nigeria: "some others" are others of the victims the sentence named
        ("About 70 Nigerian soldiers were killed in Gorgi. Several other soldiers were injured and some others kidnapped.",
         "Abduction", "target", ["Army of Nigeria", "Nigeria"]),
        # Myanmar: a source named by a common noun
        ("Media reported as many as 100 people may have been killed in Pazigyi.", "Statement", "speaker", ["media"]),
        # Somalia: one unnamed person of a group
        ("One elder said the militants fired on the travellers near Beledweyne.", "Statement", "speaker", ["one elder"]),
        # Yemen: who must cease the attacks makes them
        ("The Houthis must permanently cease all attacks in the Red Sea.", "Attack", "agent", ["Houthis"]),
        # Sudan: the same through an appeal's object
        ("The Council urged the RSF to halt its offensive on El Fasher.", "MilitaryOperation", "agent", ["Rapid Support Forces"]),
    ],
)
def test_more_actors_the_sentence_states(nlp, text, cls, slot, actors):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), slot) == actors


def test_who_helps_end_a_war_is_no_side_of_it(nlp):
    """Gaza: "Qatar helped end the war": Qatar did not wage it."""
    ex = extract_text(nlp, "Qatar helped end the war in Gaza.", published=PUBLISHED)
    ev = one(ex, "War")
    assert role(ex, ev, "agent") == [] and role(ex, ev, "participant") == []


def test_i_in_a_new_paragraph_is_the_author_not_the_source_quoted_before(nlp):
    """Myanmar: "Media reported ..." then, a paragraph on, "I call on all parties": the
    statement's author (its publisher, the KB's OHCHR), not the media."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    text = ("Media reported as many as 100 people may have been killed in Pazigyi.\n\n"
            "I also call on all parties to protect the civilian population.")
    article = Article.create(text, published=PUBLISHED, source="<test>", title="UN rights chief condemns Myanmar attacks",
                             publisher="Office of the UN High Commissioner for Human Rights")
    ex = extract_doc(nlp(text), article)
    assert role(ex, one(ex, "Appeal"), "speaker") == ["Office of the United Nations High Commissioner for Human Rights"]


def test_one_elder_is_not_the_elders(nlp):
    """Somalia: "One elder said ... The elders said": two speakers; "them" in the first is not the elder."""
    text = ("One elder said the militants forced the passengers out and shot them dead. "
            "The elders said the militants burned trucks.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    first, second = [e for e in ex.events if e.type == "Statement"]
    assert role(ex, first, "speaker") == ["one elder"] and role(ex, second, "speaker") == ["elders"]
    shot = [e for e in ex.events if e.trigger.text == "shot"][0]
    assert "one elder" not in role(ex, shot, "target")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("In a statement issued on Sunday, the African Union expressed concern over the fighting in Khartoum.",
         ["African Union"]),  # Sudan
        ("In a communique issued on Thursday, ECOWAS expressed support for the people of Niger.",
         ["Economic Community of West African States"]),  # Niger
    ],
)
def test_in_a_statement_the_clause_subject_speaks(nlp, text, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, "Statement"), "speaker") == speaker
