"""Event times (kg/extract/events/timing.py): "since" starts an event and "until" ends it, a
deadline never dates it, a time inside what was said does not date the saying, a date written
before the event noun names a past event even under "planned", a dateline is no antecedent and
"accorded" is no "according to"; a verb that is no event dates the events it governs, an event
noun subject of a dated verb takes its day, an "as" clause and a conjoined appointment share the
main clause's day. Sentences from Yemen, Sudan, DR Congo, Gaza, Myanmar, Afghanistan, Mali,
Ukraine, Haiti, Somalia, Ethiopia, Libya, Syria and South Sudan."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Since November 19, the Houthis have launched more than two dozen attacks on vessels.", "Attack", "2023-11-19"),  # Yemen
        ("Since March, the RSF has shelled El Fasher almost daily.", "Shelling", "2024-03"),  # Sudan
    ],
)
def test_since_starts_the_event(nlp, text, cls, value):
    assert one(extract_text(nlp, text, published=PUBLISHED), cls).time.value == value


def test_until_ends_the_event(nlp):
    ev = one(extract_text(nlp, "The ceasefire held from 5 May until 9 May.", published=PUBLISHED), "Ceasefire")  # Gaza
    assert (ev.time.value, ev.time.end) == ("2024-05-05", "2024-05-09")


def test_a_bound_of_a_comparison_dates_nothing(nlp):
    ev = one(extract_text(nlp, "The displacement in North Darfur is the largest since 2021.", published=PUBLISHED), "Displacement")  # Sudan
    assert ev.time is None


def test_a_deadline_never_dates_the_event(nlp):
    ex = extract_text(nlp, "The UN said the Taliban must reopen schools by March.", published=PUBLISHED)  # Afghanistan
    assert all(e.time is None for e in ex.events)


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("The junta said it would hold elections in December.", "Election", "2024-12"),  # Myanmar
        ("The army said the RSF attacked Zamzam camp in December.", "Attack", "2023-12"),  # Sudan
    ],
)
def test_a_time_in_what_was_said_does_not_date_the_saying(nlp, text, cls, value):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, cls).time.value == value
    assert one(ex, "Statement").time is None


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Hamas leaders planned the 7 October attack for two years.", "Attack", "2023-10-07"),  # Gaza
        ("The Taliban planned the 15 August offensive for months.", "MilitaryOperation", "2023-08-15"),  # Afghanistan
    ],
)
def test_a_date_before_the_event_noun_names_a_past_event(nlp, text, cls, value):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert ev.time.value == value and ev.modality != "planned"


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine (AP) — It said Russian drones struck Kharkiv overnight.",  # Ukraine
        "BAMAKO, Mali (AP) — It said jihadists attacked a convoy near Gao.",  # Mali
    ],
)
def test_a_pronoun_does_not_refer_to_the_dateline(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    st = one(ex, "Statement")
    assert role(ex, st, "speaker") == []


@pytest.mark.parametrize(
    "text",
    [
        "The government accorded him a state funeral in Kabul.",  # Afghanistan
        "Haiti's transitional council accorded the Kenyan police broad powers.",  # Haiti
    ],
)
def test_accorded_is_not_according_to(nlp, text):
    assert [e for e in extract_text(nlp, text, published=PUBLISHED).events if e.type == "Statement"] == []


def test_according_to_still_says(nlp):
    ex = extract_text(nlp, "According to OCHA, the RSF attacked Zamzam camp on Friday.", published=PUBLISHED)  # Sudan
    assert role(ex, one(ex, "Statement"), "speaker") == ["United Nations Office for the Coordination of Humanitarian Affairs"]


# ---------------------------------------------------------------------- briefings


@pytest.mark.parametrize(
    "text, speaker, addressee",
    [
        ("Martin Griffiths briefed the Security Council on Sudan on Tuesday.",
         ["Martin Griffiths"], ["United Nations Security Council"]),  # Sudan
        ("The members of the Security Council were briefed on 6 March by the Special Representative for Haiti, "
         "María Isabel Salvador, on the situation in Haiti.", ["María Isabel Salvador"], ["United Nations Security Council"]),  # Haiti
        ("The envoy informed the African Union of the fighting in Tigray.", [], ["African Union"]),  # Ethiopia
    ],
)
def test_who_is_briefed_or_informed_is_the_addressee(nlp, text, speaker, addressee):
    ex = extract_text(nlp, text, published=PUBLISHED)
    st = one(ex, "Statement")
    assert role(ex, st, "speaker") == speaker and role(ex, st, "addressee") == addressee


def test_a_passive_appeal_addresses_its_subject(nlp):
    ex = extract_text(nlp, "Israel was urged by the Security Council to halt its offensive in Rafah.", published=PUBLISHED)  # Gaza
    appeal = one(ex, "Appeal")
    assert role(ex, appeal, "addressee") == ["Israel"] and role(ex, appeal, "speaker") == ["United Nations Security Council"]
    assert role(ex, one(ex, "MilitaryOperation"), "agent") == ["Israel"]


# ---------------------------------------------------------------------- titles without a name


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The head of the United Nations mission in Somalia told the Security Council on Tuesday that al-Shabaab "
         "remained a threat. James Swan, Special Representative of the Secretary-General for Somalia and Head of the "
         "United Nations Transitional Assistance Mission in Somalia, said attacks had fallen.", "James Swan"),  # Somalia
        ("The head of the mission told the Security Council on Monday that gangs controlled Port-au-Prince. María "
         "Isabel Salvador, Head of the United Nations Integrated Office in Haiti, said the police needed support.",
         "María Isabel Salvador"),  # Haiti
        ("Senior United Nations officials told the Security Council that the truce in Yemen was fragile. Hans "
         "Grundberg, United Nations Special Envoy for Yemen, said talks continued.", "Hans Grundberg"),  # Yemen
    ],
)
def test_a_title_without_a_name_is_the_person_holding_the_post(nlp, text, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    told = next(e for e in ex.events if e.type == "Statement" and e.trigger.text == "told")
    assert speaker in role(ex, told, "speaker")


def test_a_title_two_people_hold_is_neither(nlp):
    text = ("The head of the mission told reporters that fighting continued. Volker Perthes, Head of the United Nations "
            "Integrated Transition Assistance Mission in Sudan, and Parfait Onanga-Anyanga, Head of the United Nations "
            "Office to the African Union, met in Addis Ababa.")  # Sudan
    ex = extract_text(nlp, text, published=PUBLISHED)
    told = next(e for e in ex.events if e.type == "Statement" and e.trigger.text == "told")
    assert role(ex, told, "speaker") == []


@pytest.mark.parametrize(
    "text, cls, expected",
    [
        ("The Malian army captured the town of Anefis on 7 October, and Tessalit on 28 October.", "TerritorialControl",
         {("Anefis", "2023-10-07"), ("Tessalit", "2023-10-28")}),  # Mali
        ("The SDF captured Raqqa on 17 October and Tabqa on 10 May.", "TerritorialControl",
         {("Raqqa", "2023-10-17"), ("Tabqa", "2024-05-10")}),  # Syria
        ("Russian forces shelled Kharkiv on Monday and Sumy on Tuesday.", "Shelling",
         {("Kharkiv", "2024-06-10"), ("Sumy", "2024-06-11")}),  # Ukraine
    ],
)
def test_a_place_and_time_after_and_without_the_verb_are_a_second_event(nlp, text, cls, expected):
    ex = extract_text(nlp, text, published=PUBLISHED)
    got = {(ex.entities[e.place].label, e.time.value) for e in ex.events if e.type == cls}
    assert got == expected


def test_one_place_with_two_dates_is_one_event(nlp):
    ex = extract_text(nlp, "The RSF shelled El Fasher on 10 May and on 12 May.", published=PUBLISHED)  # Sudan
    assert len([e for e in ex.events if e.type == "Shelling"]) == 1


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Hans Grundberg briefed the Council on Yemen. Talks had stalled for months. Prisoners remained in detention. "
         "Fighting continued near Marib. He stressed that the truce was fragile.", "Hans Grundberg"),  # Yemen
        ("Catherine Russell said children in Sudan faced famine. Schools had closed. Clinics were looted. Markets were "
         "empty. She stressed that aid must reach Darfur.", "Catherine Russell"),  # Sudan
    ],
)
def test_he_or_she_speaking_sentences_later_is_who_has_been_speaking(nlp, text, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    stressed = next(e for e in ex.events if e.trigger.text == "stressed")
    assert role(ex, stressed, "speaker") == [speaker]


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("In early 2023, the government moved to dissolve the regional forces. Some regional forces joined Fano "
         "militants who began fighting against the army.", "ArmedClash", "2023"),  # Ethiopia
        ("On 3 March, M23 fighters surrounded Sake. The rebels shelled the town's hospital.", "Shelling", "2024-03-03"),  # DR Congo
    ],
)
def test_a_sentence_opening_with_a_time_dates_the_next(nlp, text, cls, value):
    assert one(extract_text(nlp, text, published=PUBLISHED), cls).time.value == value


def test_a_sentence_with_its_own_time_keeps_it(nlp):
    text = "On 3 March, M23 fighters surrounded Sake. A week later, the rebels shelled Goma."  # DR Congo
    assert one(extract_text(nlp, text, published=PUBLISHED), "Shelling").time.value != "2024-03-03"


def test_a_time_on_moving_to_do_dates_what_was_done(nlp):
    text = "In early 2023, the government moved to dissolve the Amhara special forces."  # Ethiopia
    assert one(extract_text(nlp, text, published=PUBLISHED), "Dissolution").time.value == "2023"


@pytest.mark.parametrize(
    "text, cls, value",
    [
        # the time of the next sentence's own "by", not the previous sentence's
        ("The TPLF retook Mekelle in June 2021. By mid-2022 the blockade of Tigray had cut off fuel and medicine.",
         "Blockade", "2022"),  # Ethiopia
        ("M23 captured Bunagana in June 2022. By January 2024 the rebels had surrounded Goma.", "Blockade", "2024-01"),  # DR Congo
        ("Fighting erupted in Khartoum in April 2023. By late 2024 the war had displaced 11 million people.",
         "Displacement", "2024"),  # Sudan
        ("By March the Houthis had attacked more than 50 ships.", "Attack", "2024-03"),  # Yemen
    ],
)
def test_a_past_by_on_a_pluperfect_dates_what_had_been_reached(nlp, text, cls, value):
    ev = [e for e in extract_text(nlp, text, published=PUBLISHED).events if e.type == cls]
    assert ev and ev[-1].time is not None and ev[-1].time.value == value


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis will stop attacking ships by March 2025, the envoy said.",  # Yemen
        "The junta must release the detained politicians by Friday.",  # Mali
        "Israeli forces are expected to withdraw from Rafah by July.",  # Gaza
    ],
)
def test_a_by_ahead_or_under_an_obligation_is_a_deadline(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert ex.events and all(e.time is None for e in ex.events if e.type != "Statement")


@pytest.mark.parametrize(
    "text, times",
    [
        ("The Houthis attacked ships in November 2023, and the US launched strikes on Yemen in January 2024.",
         {"attacked": "2023-11", "launched strikes": "2024-01"}),  # Yemen
        ("The army, which shelled Omdurman in May, captured Wad Madani in January.",
         {"shelled": "2024-05", "captured": "2024-01"}),  # Sudan
        ("Russia shelled Kharkiv on Monday after Ukraine struck Belgorod on Sunday.",
         {"shelled": "2024-06-10", "struck": "2024-06-09"}),  # Ukraine
    ],
)
def test_each_event_of_a_sentence_keeps_its_own_time(nlp, text, times):
    """A time of another event of the same sentence does not date this one."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    got = {e.trigger.text: e.time.value if e.time else None for e in ex.events}
    assert {k: got.get(k) for k in times} == times


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The offensive was part of a conflict with rebel groups that had signed the Algiers Agreement in 2015.",
         "MilitaryOperation"),  # Mali
        ("The siege hit militias that had fought the army in 2019.", "Blockade"),  # Sudan
        ("The offensive ended the rule of a junta that had seized power in 2021.", "MilitaryOperation"),  # Niger
    ],
)
def test_the_earlier_time_of_a_relative_clause_about_someone_else_dates_nothing(nlp, text, cls):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert ev.time is None


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("By 6 December, the SDF captured Deir ez-Zor.", "TerritorialControl", "2023-12-06"),  # Syria
        ("By mid-May, Russian forces occupied several villages near Vovchansk.", "TerritorialControl", "2024-05"),  # Ukraine
    ],
)
def test_a_past_by_on_a_past_tense_dates_it(nlp, text, cls, value):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert ev.time is not None and ev.time.value == value


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("On 24 October, the deadliest attacks on schools since the beginning of the crisis in 2017 occurred in Kumba.",
         "Attack", "2023-10-24"),  # Cameroon
        ("On 3 March, the worst shelling since the start of the war in 2022 hit Kharkiv.", "Shelling", "2024-03-03"),  # Ukraine
    ],
)
def test_the_year_of_a_since_phrase_gives_no_other_date_its_year(nlp, text, cls, value):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert ev.time is not None and ev.time.value == value


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("October saw the most violent attacks on schools since the beginning of the crisis in 2017.", "Attack", None),  # Cameroon
        ("The shelling was the heaviest since the start of the war in 2022.", "Shelling", None),  # Ukraine
        ("Since the incursion by Russian forces on 10 May, 6,000 people have fled.", "MilitaryOperation", "2024-05-10"),  # Ukraine
    ],
)
def test_a_year_in_a_since_phrase_bounds_a_comparison_unless_an_event_is_there(nlp, text, cls, value):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert (ev.time.value if ev.time else None) == value


@pytest.mark.parametrize(
    "text, trigger, value",
    [
        ("On 26 July 2023, soldiers arrested President Mohamed Bazoum, while another group of soldiers announced his removal.",
         "announced", "2023-07-26"),  # Niger
        ("On Monday, Russian forces shelled Kharkiv and attacked Vovchansk.", "attacked", "2024-06-10"),  # Ukraine
        ("On 3 March, M23 fighters surrounded Sake, while FARDC troops withdrew from the town.", "withdrew", "2024-03-03"),  # DR Congo
    ],
)
def test_a_time_opening_the_sentence_dates_the_verbs_joined_to_the_one_it_dates(nlp, text, trigger, value):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if e.trigger.text == trigger]
    assert ev and ev[0].time is not None and ev[0].time.value == value, [(e.trigger.text, e.time) for e in ex.events]


def test_a_headline_by_a_year_without_a_verb_does_not_hang(nlp):
    ex = extract_text(nlp, "Famine in Gaza by 2024.", published=PUBLISHED)  # Gaza
    assert ex is not None


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Ethiopian forces carried out another airstrike on Mekelle on Wednesday, two days after an airstrike killed three children there.", "Casualties", "2024-06-10"),  # Ethiopia
        ("Rebels seized the town on 10 May, three days after government troops withdrew from it.", "Withdrawal", "2024-05-07"),  # Sahel
        ("Israel struck Rafah on 6 May, two days after Hamas fired rockets at Kerem Shalom.", "Shelling", "2024-05-04"),  # Gaza
        ("Russia hit Kharkiv on Friday, two days after Ukrainian drones struck Belgorod.", "AirStrike", "2024-06-05"),  # Ukraine
        ("The RSF attacked El Fasher on 12 April, three days after the army shelled Nyala.", "Shelling", "2024-04-09"),  # Sudan
    ],
)
def test_n_days_after_an_event_dates_that_event_before_the_main_clause(nlp, text, cls, value):
    """"X on Wednesday, two days after Y happened": Y two days before Wednesday (it was
    dated two days after it)."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, cls).time.value == value


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Gunmen attacked a market in Mopti on 3 March. In the evening, insurgents ambushed an army lorry.", "Attack", ["2024-03-03", "2024-03-03"]),  # Mali
        ("Houthi forces fired missiles at a tanker on 12 January. On the same day, the US military confirmed the attack.", "Statement", ["2024-01-12"]),  # Red Sea
        ("Rebels shelled Goma on 5 May. The next day, they captured the airport.", "TerritorialControl", ["2024-05-06"]),  # DR Congo
        ("Gangs attacked the national penitentiary on 2 March. That night, they stormed a second prison.", "Attack", ["2024-03-02", "2024-03-02"]),  # Haiti
        ("Russian missiles struck Kyiv on 8 July. The following day, drones hit Odesa.", "AirStrike", ["2023-07-09"]),  # Ukraine
        ("Israeli jets struck Khan Younis on 4 May. Later that day, tanks shelled Rafah.", "Shelling", ["2024-05-04"]),  # Gaza
    ],
)
def test_the_same_day_that_night_the_next_day_are_the_day_told_before(nlp, text, cls, value):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert [e.time.value if e.time else None for e in ex.events if e.type == cls] == value


def test_what_was_said_is_no_anchor_for_that_day(nlp):
    """Ethiopia: "injured in a second airstrike later that day" is the day of the first
    airstrike, not the day it was told."""
    ex = extract_text(nlp, "An airstrike on Mekelle killed three children on Monday. Haq told reporters on Tuesday about it. "
                      "Nine people were injured in a second airstrike in Mekelle later that day.", published=PUBLISHED)
    assert [e.time.value for e in ex.events if e.type == "Casualties" and e.count == 9] == ["2024-06-10"]


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("The Nduga hostage crisis began on 7 February 2023 when Free Papua Movement insurgents attacked a plane.", "Attack", "2023-02-07"),  # Indonesia
        ("The siege of Marawi started on 23 May 2017 when militants attacked the city.", "Attack", "2017-05-23"),  # Philippines
        ("The war broke out on 15 April 2023 when the RSF attacked army bases in Khartoum.", "Attack", "2023-04-15"),  # Sudan
        ("The standoff started on 3 March when gangs stormed the national penitentiary in Port-au-Prince.", "Attack", "2024-03-03"),  # Haiti
        ("The Tchoma Bangou massacres took place on January 2, 2021, when 105 people were killed.", "Casualties", "2021-01-02"),  # Niger
        ("Fighting erupted on 26 October when M23 rebels attacked army positions near Rutshuru.", "Attack", "2023-10-26"),  # DR Congo
    ],
)
def test_a_when_clause_happens_on_the_date_it_follows(nlp, text, cls, value):
    """"began on 7 February 2023 when insurgents attacked a plane": the attack that day,
    the clause parsed on the date or on a verb that is no event."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, cls).time.value == value


def test_a_shift_is_not_the_date_of_a_when_clause(nlp):
    """DR Congo: "two months after the fighting in the month of August when 15 civilians were
    killed": the killing is not two months after anything."""
    ex = extract_text(nlp, "These new developments are taking place two months after the fighting in the month of "
                      "August when 15 civilians were killed.", published=date(2013, 10, 28))
    killed = one(ex, "Casualties")
    assert killed.time is None or killed.time.value == "2013-08"


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Sudanese police placed the opposition leader under house arrest in Khartoum on Tuesday.", "Arrest", "2024-06-11"),  # Sudan
        ("Somali troops repelled an assault by al-Shabaab fighters on a military base near Mogadishu on Monday.", "Attack", "2024-06-10"),  # Somalia
        ("The Ethiopian army halted its offensive in Amhara on Friday.", "MilitaryOperation", "2024-06-07"),  # Ethiopia
        ("On 3 May 2023, heavy rain caused a river to burst its banks near Benghazi, killing dozens of people.", "Casualties", "2023-05-03"),  # Libya
        ("Rebel fighters entered Damascus on 8 December 2024 as President Bashar al-Assad fled the country.", "Displacement", "2024-12-08"),  # Syria
    ],
)
def test_a_verb_that_is_no_event_dates_the_events_it_governs(nlp, text, cls, value):
    assert one(extract_text(nlp, text, published=PUBLISHED), cls).time.value == value


def test_a_time_governed_by_a_no_event_verb_never_overrides_an_events_own(nlp):
    ev = one(extract_text(nlp, "The commission postponed the elections planned for 20 December on Monday.", published=PUBLISHED), "Election")  # DR Congo
    assert ev.time.value == "2024-12-20"


def test_the_subject_of_a_no_event_verb_is_not_governed(nlp):
    ex = extract_text(nlp, "Officials said on Monday that the army would halt its offensive.", published=PUBLISHED)  # Myanmar
    assert one(ex, "MilitaryOperation").time is None


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("A junta air strike on a village in Magway region killed 15 villagers on Thursday.", "AirStrike", "2024-06-06"),  # Myanmar
        ("A Russian missile attack on Kharkiv killed seven people on Saturday.", "Shelling", "2024-06-08"),  # Ukraine
        ("The fighting killed at least 40 civilians in Tigray on Friday, aid workers said.", "ArmedClash", "2024-06-07"),  # Ethiopia
    ],
)
def test_an_event_noun_subject_of_a_dated_event_verb_takes_its_day(nlp, text, cls, value):
    assert one(extract_text(nlp, text, published=PUBLISHED), cls).time.value == value


def test_a_war_that_killed_since_a_year_gets_no_day(nlp):
    ex = extract_text(nlp, "The war has killed more than 10,000 people since 2022.", published=PUBLISHED)  # Sudan
    assert one(ex, "War").time is None


def test_an_as_clause_after_the_main_clauses_day_shares_it(nlp):
    ex = extract_text(nlp, "Jihadists overran the army post on Sunday as soldiers retreated toward the town.", published=PUBLISHED)  # Mali
    assert one(ex, "Withdrawal").time.value == "2024-06-09"


@pytest.mark.parametrize(
    "text, value",
    [
        # "appointed" tagged as a bare past participle (VBN) by the model in both
        ("The council dismissed the interior minister on Monday and appointed lawyer Jean Baptiste to replace him.", "2024-06-10"),  # Haiti
        ("The president sacked the army chief on Tuesday and appointed general Ali Omar to replace him.", "2024-06-11"),  # South Sudan
    ],
)
def test_an_appointment_joined_to_a_dated_dismissal_keeps_its_day(nlp, text, value):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, "Appointment").time.value == value == one(ex, "Dismissal").time.value


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("The army recaptured the town on Sunday, two days after rebels seized it.", "Seizure", "2024-06-07"),  # DR Congo
        ("The government announced a truce on Wednesday, a day after the fighting killed at least eight civilians.", "ArmedClash", "2024-06-11"),  # Libya
    ],
)
def test_a_clause_after_a_day_shift_on_a_dated_event_is_dated_from_it(nlp, text, cls, value):
    assert one(extract_text(nlp, text, published=PUBLISHED), cls).time.value == value


def test_a_time_before_an_inverted_speaker_dates_the_report(nlp):
    ex = extract_text(nlp, "Gunmen abducted more than 200 pupils from a school in Kaduna state, on Thursday, residents said.", published=PUBLISHED)  # Nigeria
    assert one(ex, "Abduction").time.value == "2024-06-06"
    assert one(ex, "Statement").time is None


def test_a_time_after_the_saying_verb_dates_the_saying(nlp):
    ex = extract_text(nlp, "The army attacked the town, officials said on Monday.", published=PUBLISHED)  # Sudan
    assert one(ex, "Statement").time.value == "2024-06-10"
    assert one(ex, "Attack").time is None


def test_what_tear_gas_was_used_to_do_happened_that_day(nlp):
    ev = one(extract_text(nlp, "Security forces used tear gas to break up a protest in Dhaka on Monday.", published=PUBLISHED), "Crackdown")  # Bangladesh
    assert (ev.time.value, ev.modality) == ("2024-06-10", "asserted")


def test_a_response_joined_to_a_dated_attack_shares_its_day(nlp):
    ex = extract_text(nlp, "Al-Shabaab attacked a base near Kismayo on Monday, and the army retaliated with air strikes.", published=PUBLISHED)  # Somalia
    assert one(ex, "AirStrike").time.value == "2024-06-10"


def test_a_charge_joined_to_a_dated_arrest_does_not_date_the_crime(nlp):
    ex = extract_text(nlp, "Police arrested the activist on Monday and charged him with murder.", published=PUBLISHED)  # Kenya
    assert one(ex, "Killing").time is None
