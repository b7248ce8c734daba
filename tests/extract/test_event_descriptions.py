"""Who took part, and whether it happened (kg/extract/events/descriptions.py, groups.py,
pronouns.py, arguments.py, nouns.py, role_reading.py, modality.py): descriptions that refer
back to the one named actor of their kind ("the RSF ... the paramilitary group"), with their
guards; victims and doers kept apart; reported, denied and called-for content; habitual
statements that date no single occasion. Sentences written for these tests, from many crises
(Sudan, DR Congo, Yemen, Myanmar, Haiti, Ukraine, Gaza / West Bank, Burkina Faso, Mali,
Ethiopia, Somalia, Syria, Afghanistan, Colombia, Mozambique, Nigeria)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)  # a Thursday

pytestmark = pytest.mark.model


def by_trigger(ex, text):
    (ev,) = [e for e in ex.events if e.trigger.text == text]
    return ev


# ---------------------------------------------------------------- descriptions refer back


@pytest.mark.parametrize(
    "text, trigger, slot, label",
    [
        # Sudan: a group's description after its name
        ("The Rapid Support Forces (RSF) have besieged El Fasher since May. On Sunday the paramilitary group "
         "shelled the Abu Shouk camp.", "shelled", "agent", "Rapid Support Forces"),
        # DR Congo: "the rebels" after M23, which the article shows fighting
        ("M23 captured the town of Rubaya in April. The rebels attacked Sake on Tuesday.", "attacked", "agent", "M23"),
        # Yemen: "the militia" after "Houthi forces ... targeted"
        ("Houthi forces have targeted ships in the Red Sea for months. On Wednesday the militia fired two missiles "
         "at a tanker.", "fired two missiles", "agent", "Houthis"),
        # Burkina Faso: the doer of an attack it claimed
        ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack. The jihadists killed 30 soldiers near "
         "Djibo on Saturday.", "killed", "agent", "Jama'at Nusrat al-Islam wal-Muslimin"),
        # Ethiopia: the militia is Fano, not the army it fought
        ("The Ethiopian National Defence Force (ENDF) clashed with Fano militiamen near Gondar on Tuesday. "
         "The militia later withdrew from the town.", "withdrew", "agent", "Fano"),
        # Mozambique: "insurgents linked to Islamic State ... the militants"
        ("Insurgents linked to Islamic State attacked the town of Mocimboa da Praia. The militants beheaded "
         "several villagers.", "beheaded", "agent", "Islamic State"),
        # Myanmar: an ethnic armed group named by its name, then described
        ("The Arakan Army captured Paletwa in January. The ethnic armed group attacked Sittwe on Sunday.",
         "attacked", "agent", "Arakan Army"),
        # Colombia
        ("The ELN kidnapped two soldiers in Arauca on Monday. The guerrillas released them on Friday.",
         "released", "agent", "National Liberation Army"),
    ],
)
def test_an_armed_groups_description_is_the_one_named_before(nlp, text, trigger, slot, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label in role(ex, by_trigger(ex, trigger), slot)
    assert not any(e.kind == "group" and e.label.split()[-1] in ("group", "rebels", "militia", "jihadists", "militants")
                   for e in ex.entities.values())


@pytest.mark.parametrize(
    "text, trigger, label",
    [
        # Sudan: the army named before
        ("The Sudanese Armed Forces launched an offensive in Omdurman. The army shelled RSF positions on Monday.",
         "shelled", "Sudanese Armed Forces"),
        # West Bank: "security forces" without "the", the subject, after Israeli forces
        ("Israeli forces raided the Jenin refugee camp on Tuesday. Security forces detained 15 Palestinians, "
         "the health ministry said.", "detained", "Israel Defense Forces"),
        # Myanmar: the junta is the military named by its country before
        ("Myanmar's military said on Monday it had arrested 30 activists. The junta bombed a school in Sagaing "
         "on Friday.", "bombed", "Tatmadaw"),
    ],
)
def test_a_state_forces_description_is_the_body_named_before(nlp, text, trigger, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label in role(ex, by_trigger(ex, trigger), "agent")


def test_two_armed_groups_before_leave_the_rebels_a_group_of_their_own(nlp):
    """DR Congo: M23 and the ADF both fit "the rebels": kg does not choose."""
    ex = extract_text(nlp, "M23 and the ADF have both attacked villages in North Kivu. The rebels burned a school "
                           "in Rutshuru on Monday.", published=PUBLISHED)
    assert role(ex, by_trigger(ex, "burned"), "agent") == ["rebels"]


def test_another_country_named_between_keeps_the_army_unnamed(nlp):
    """Sudan / South Sudan: "the army" after South Sudan's government is not plainly the SAF."""
    ex = extract_text(nlp, "The Sudanese Armed Forces shelled Nyala on Monday. South Sudan's government closed the "
                           "border. The army said it killed 50 fighters.", published=PUBLISHED)
    assert role(ex, by_trigger(ex, "said"), "speaker") == []
    assert "Sudanese Armed Forces" not in role(ex, by_trigger(ex, "killed"), "agent")


def test_nothing_named_keeps_the_description_as_kg_read_it(nlp):
    """Mali: no organisation named before: "the rebels" stay a group of the article."""
    ex = extract_text(nlp, "The rebels attacked a military post near Kidal on Sunday.", published=PUBLISHED)
    assert role(ex, one(ex, "Attack"), "agent") == ["rebels"]


def test_a_rights_group_is_no_armed_groups_antecedent(nlp):
    """Niger: Human Rights Watch bears no arms: "the militants" it speaks of are not it."""
    ex = extract_text(nlp, "Human Rights Watch documented the killings. The group said the militants shot ten "
                           "civilians in Tillaberi.", published=PUBLISHED)
    assert role(ex, by_trigger(ex, "said"), "speaker") == ["Human Rights Watch"]
    assert all("Human Rights Watch" not in role(ex, e, "agent") for e in ex.events if e.trigger.text != "said")


def test_the_speaker_is_not_the_group_it_speaks_of(nlp):
    """Afghanistan: "The UN said the group arrested": the group is the Taliban named before."""
    ex = extract_text(nlp, "The Taliban took control of Kabul in August 2021. The UN said the group arrested dozens "
                           "of former officials on Monday.", published=PUBLISHED)
    assert role(ex, one(ex, "Arrest"), "agent") == ["Taliban"]


# ---------------------------------------------------------------- pronouns


def test_its_fighters_after_the_group_said_are_the_groups(nlp):
    """Somalia: "The group said its fighters killed 20 people"."""
    ex = extract_text(nlp, "Al-Shabaab militants stormed a hotel in Mogadishu on Friday. The group said its fighters "
                           "killed 20 people.", published=PUBLISHED)
    assert role(ex, by_trigger(ex, "killed"), "agent") == ["Al-Shabaab"]


def test_its_forces_in_a_denied_report_are_the_deniers(nlp):
    """Ethiopia: "reports that its forces had massacred", a clause the parser hangs on the noun."""
    ex = extract_text(nlp, "Ethiopia's government denied reports that its forces had massacred civilians in Amhara.",
                      published=PUBLISHED)
    ev = by_trigger(ex, "massacred")
    assert "Ethiopia" in role(ex, ev, "agent")
    assert ev.modality == "negated"


def test_an_object_it_is_never_its_own_clauses_subject(nlp):
    """Haiti: "after the Viv Ansanm gang coalition attacked it": Viv Ansanm attacked."""
    ex = extract_text(nlp, "Residents fled the Carrefour-Feuilles neighbourhood after the Viv Ansanm gang coalition "
                           "attacked it.", published=PUBLISHED)
    ev = one(ex, "Attack")
    assert role(ex, ev, "agent") == ["Viv Ansanm"]
    assert role(ex, ev, "target") == []


def test_an_object_them_is_never_the_doer_its_description_names(nlp):
    """Colombia: "The guerrillas released them": not the ELN released the ELN."""
    ex = extract_text(nlp, "The ELN kidnapped two soldiers in Arauca on Monday. The guerrillas released them on "
                           "Friday.", published=PUBLISHED)
    ev = by_trigger(ex, "released")
    assert "National Liberation Army" not in role(ex, ev, "target")


# ---------------------------------------------------------------- victims and doers


@pytest.mark.parametrize(
    "text, cls, slot, label",
    [
        ("The army is said to have recaptured the town of Bara from the RSF.", "TerritorialControl", "target",
         "Rapid Support Forces"),  # Sudan
        ("Syrian rebels seized the town of Saraqeb from government forces on Monday.", "TerritorialControl", "target",
         "government forces"),  # Syria
        ("The Security Council demanded the withdrawal of M23 from Goma.", "Withdrawal", "agent", "M23"),  # DR Congo
        ("Ukraine blamed Russia for the missile strike on Dnipro.", "Shelling", "agent", "Russia"),  # Ukraine
    ],
)
def test_whom_a_town_is_taken_from_and_who_withdraws(nlp, text, cls, slot, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label in role(ex, one(ex, cls), slot)


def test_from_a_place_is_where_they_came_from(nlp):
    """Sudan: "from the north" names no one it was taken from."""
    ex = extract_text(nlp, "The army recaptured Wad Madani from the south on Saturday.", published=PUBLISHED)
    assert role(ex, one(ex, "TerritorialControl"), "target") == []


# ---------------------------------------------------------------- whether it happened


def test_what_an_appeal_asks_to_allow_has_not_happened(nlp):
    """Sudan: "urged ... to allow the delivery of humanitarian aid": called for, not delivered."""
    ex = extract_text(nlp, "Aid groups urged the warring parties to allow the delivery of humanitarian aid to "
                           "El Fasher.", published=PUBLISHED)
    assert one(ex, "HumanitarianAid").modality == "hypothetical"


def test_an_investigation_into_killings_leaves_them_happened(nlp):
    """Myanmar: the topic of what is called for ("an investigation into the killings") happened."""
    ex = extract_text(nlp, "The UN called for an investigation into the killings of 30 villagers in Sagaing.",
                      published=PUBLISHED)
    (killing,) = [e for e in ex.events if e.trigger.text == "killings"]
    assert killing.modality in ("asserted", "reported")


@pytest.mark.parametrize(
    "text, trigger",
    [
        # Ukraine: "such strikes regularly kill": of a kind, again and again
        ("On Tuesday, Russian drones struck Kharkiv, and such strikes regularly kill civilians in the city.", "kill"),
        # Gaza: "every week"
        ("Israeli strikes killed 40 people in Gaza on Sunday. Every week, strikes kill dozens of civilians in the "
         "territory.", "kill"),
        # Nigeria: "frequently kidnap"
        ("On Monday, gunmen attacked a village in Zamfara state. Bandits frequently kidnap villagers in the region.",
         "kidnap"),
        # Afghanistan: "routinely detain"
        ("On Saturday, the Taliban arrested three journalists in Kabul. The Taliban routinely detain reporters.",
         "detain"),
    ],
)
def test_a_habitual_statement_dates_no_single_occasion(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = by_trigger(ex, trigger)
    assert ev.time is None
    dated = [e for e in ex.events if e.time is not None and e.time.precision == "day"]
    assert dated and not any(ev.id in e.same_as for e in dated)


def test_attacks_on_the_rise_are_no_mention_of_the_days_attack(nlp):
    """Burkina Faso: "attacks on schools are increasing" is a trend, not Monday's attack."""
    ex = extract_text(nlp, "Gunmen attacked a school in Djibo on Monday. Attacks on schools in the Sahel are "
                           "increasing, UNICEF said.", published=PUBLISHED)
    trend = by_trigger(ex, "Attacks")
    assert trend.time is None and not trend.same_as


def test_a_habitual_adverb_with_its_own_day_keeps_the_day(nlp):
    """Syria: "repeatedly shelled the town on Monday" is that day's shelling."""
    ex = extract_text(nlp, "Government forces repeatedly shelled the town of Saraqeb on Monday.", published=PUBLISHED)
    assert one(ex, "Shelling").time.value == "2025-03-03"


# ---------------------------------------------------------------- who backs a group does not act for it


@pytest.mark.parametrize(
    "text, trigger, label",
    [
        # Yemen: "the Iran-backed group" is the Houthis named before, not Iran
        ("The Houthis have attacked ships for months. On Tuesday, the Iran-backed group fired a missile at a tanker.",
         "fired a missile", "Houthis"),
        # DR Congo
        ("M23 seized Goma in January. The Rwanda-backed rebels captured Bukavu on Sunday.", "captured", "M23"),
        # Lebanon
        ("Hezbollah fired rockets at northern Israel on Monday. The Iran-aligned group said it targeted an army base.",
         "targeted", "Hezbollah"),
        # Somalia: the group linked to al-Qaeda is al-Shabaab, named before
        ("Al-Shabaab attacked a base near Mogadishu. The al Qaeda-linked group said it killed 20 soldiers.",
         "killed", "Al-Shabaab"),
    ],
)
def test_a_tied_description_refers_back_past_its_backer(nlp, text, trigger, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = by_trigger(ex, trigger)
    assert role(ex, ev, "agent") == [label]
    assert ev.place is None or ex.entities[ev.place].label not in ("Iran", "Rwanda")


@pytest.mark.parametrize(
    "text, cls, backer",
    [
        ("Russia-backed separatists shelled the town of Avdiivka on Monday.", "Shelling", "Russia"),  # Ukraine
        ("Iran-backed militias attacked a US base in eastern Syria on Sunday.", "Attack", "Iran"),  # Syria
    ],
)
def test_a_backing_state_is_no_agent(nlp, text, cls, backer):
    ex = extract_text(nlp, text, published=PUBLISHED)
    agents = role(ex, one(ex, cls), "agent")
    assert agents and backer not in agents


def test_a_gerund_names_its_doer_with_by(nlp):
    """Ukraine: "wounded in shelling by Russian forces": the shelling's doer, and the wounded's."""
    ex = extract_text(nlp, "Five civilians were wounded in shelling by Russian forces in Kherson on Tuesday.",
                      published=PUBLISHED)
    assert "Russia" in role(ex, one(ex, "Shelling"), "agent")
    assert "Russia" in role(ex, one(ex, "Casualties"), "agent")


@pytest.mark.parametrize(
    "text, trigger, label",
    [
        # Syria: "opposition forces" are not the army named before
        ("The Syrian Arab Army shelled Idlib on Monday. Opposition forces captured Saraqeb on Tuesday.", "captured",
         "Syrian Arab Army"),
        # Sudan: "pro-government militias" are not the army either
        ("The Sudanese Armed Forces shelled Nyala on Monday. The pro-government militias looted the market.",
         "looted", "Sudanese Armed Forces"),
    ],
)
def test_a_description_of_the_other_side_refers_back_to_no_one(nlp, text, trigger, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label not in role(ex, by_trigger(ex, trigger), "agent")


@pytest.mark.parametrize(
    "text, trigger",
    [
        # Sudan: the toll of the war, counted since it began
        ("The war, which erupted in April 2023, has killed tens of thousands of people and displaced more than "
         "12 million.", "displaced"),
        ("The war, which erupted in April 2023, has killed tens of thousands of people and displaced more than "
         "12 million.", "killed"),
        # Sudan: a stepping-up of attacks over weeks
        ("The RSF shelled El Fasher on 3 May. The paramilitaries have intensified drone attacks in recent weeks.",
         "intensified drone attacks"),
    ],
)
def test_a_toll_or_trend_over_a_period_dates_no_single_occasion(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = by_trigger(ex, trigger)
    assert ev.time is None or ev.time.end is not None


def test_a_stretch_of_clashes_told_twice_is_one(nlp):
    """Thailand / Cambodia: "amid intensifying border clashes ... The clashes, which began on
    24 July": one stretch of fighting, dated by its beginning."""
    ex = extract_text(nlp, "The UN urged restraint amid intensifying border clashes between Thailand and Cambodia. "
                           "The clashes, which began on 24 July, involved artillery shelling.", published=date(2025, 7, 25))
    first, second = [e for e in ex.events if e.type == "ArmedClash"]
    assert second.id in first.same_as


@pytest.mark.parametrize(
    "text, trigger, slot, label",
    [
        # Ethiopia: the authorities named by their country, then described
        ("Ethiopian authorities imposed a curfew in Gondar on Monday. The authorities said Fano fighters had attacked "
         "the city.", "said", "speaker", "Government of Ethiopia"),
        # DR Congo: "armed groups ... the groups"
        ("At least 25 civilians were killed in attacks by armed groups in Ituri province. The groups also burned "
         "more than 200 homes.", "burned", "agent", "armed groups"),
        # Haiti: a collective subject is what "they" stands for, before the report's speaker
        ("Haitian police launched an operation in Cite Soleil. They killed a gang leader, officials said.", "killed",
         "agent", "Haitian National Police"),
    ],
)
def test_authorities_groups_and_they_refer_back(nlp, text, trigger, slot, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label in role(ex, by_trigger(ex, trigger), slot)


def test_they_is_never_one_person(nlp):
    """Mali: "Colonel Assimi Goita took power ... They arrested": not the colonel alone."""
    ex = extract_text(nlp, "Colonel Assimi Goita took power in Mali in 2021. They arrested the prime minister in May.",
                      published=PUBLISHED)
    assert "Assimi Goita" not in role(ex, one(ex, "Arrest"), "agent")
