"""Modality by meaning (kg/extract/events/modality.py): a failed, foiled or attempted event
happened (its outcome is recorded), "failed to" still negates the infinitive, and a date before
publication is never a plan. Each cue in several sentences, from Sudan, Ukraine, Somalia,
Bolivia, Gaza, Myanmar, Iraq/Jordan and DR Congo."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_modality, events_of, extract_text, modality_cases, one, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


# ---------------------------------------------------------------------- modality of the one event of a class

MODALITIES = [
    *modality_cases("an_event_failing_as_a_verb_is_not_negated", [
        ("The assault on El Fasher failed.", "Attack"),
    ], "asserted"),
    *modality_cases("a_promise_is_still_a_plan", [
        ("Azerbaijan promised to evacuate civilians.", "Evacuation"),  # Azerbaijan
    ], "planned"),
    # An obligation or a prohibition: the event is hypothetical, and a negation under the
    # modal ("must never be arrested") forbids it rather than denying that it happened.
    *modality_cases("what_must_or_should_happen_has_not_happened", [
        ("Journalists must never be arrested for their work in Myanmar, the UN said.", "Arrest"),  # Myanmar
        ("Afghan women must not be arrested for working, the UN envoy said.", "Arrest"),  # Afghanistan
        ("The detained aid workers should be released immediately, the UN said.", "Release"),  # Yemen
        ("Hostages must be freed, Biden said.", "Release"),  # Gaza
        ("M23 must withdraw from Goma, the Security Council said.", "Withdrawal"),  # DR Congo
        ("The gangs have to be disarmed before the elections, the Kenyan police chief said.", "Disarmament"),  # Haiti
        ("The Taliban need to release the detained aid workers, the envoy said.", "Release"),  # Afghanistan
        ("Mali's junta ought to release the detained politicians, ECOWAS said.", "Release"),  # Mali
        ("Human Rights Watch called for the jailed journalists to be released.", "Release"),  # Ethiopia
        ("Amnesty called for the activists to be freed.", "Release"),  # Sudan
    ], "hypothetical"),
    # What has to stop goes on: the obligation is on the stopping, not on the attacks.
    *modality_cases("what_must_stop_is_going_on", [
        ("The Houthis must stop attacking ships in the Red Sea, Washington said.", "Attack"),  # Yemen
        ("Russia has to stop its attacks on Ukrainian cities, Zelenskiy said.", "Attack"),  # Ukraine
        ("The fighting in Tigray has to stop, the African Union said.", "ArmedClash"),  # Ethiopia
        ("Al-Shabaab must cease its attacks on civilians, the Somali president said.", "Attack"),  # Somalia
    ], "reported"),
    *modality_cases("will_is_a_plan", [
        ("Hamas will release 33 hostages in the first phase.", "Release"),  # Gaza
        ("The army will launch an offensive on El Fasher.", "MilitaryOperation"),  # Sudan
        ("Kenyan police will deploy to Haiti in May.", "TroopMovement"),  # Haiti
    ], "planned"),
    *modality_cases("what_a_verb_must_do_to_an_event_noun_is_hypothetical", [
        ("Those attempting to flee must be allowed safe passage.", "HumanitarianAccess"),  # Sudan
        ("The UN must deliver aid to El Fasher.", "HumanitarianAid"),  # Sudan
        ("Both sides should hold talks in Jeddah.", "Negotiation"),  # Sudan
    ], "hypothetical"),
    # it happened, as the appeal is told (session 11: no longer "reported", which says someone claims it)
    *modality_cases("what_an_appeal_asks_to_stop_or_tells_of_someone_is_not_called_for", [
        ("The council urged Israel to stop its military offensive in Rafah.", "MilitaryOperation", "asserted"),  # Gaza
        ("Hapilon's forces called for reinforcements from the Maute group, which was responsible for the 2016 Davao City bombing.",
         "Bombing", "asserted"),  # Philippines
        ("The envoy urged M23, which captured Goma in January, to withdraw.", "TerritorialControl", "asserted"),  # DR Congo
        ("The council urged Israel to halt the attacks on Rafah.", "Attack", "asserted"),  # Gaza
        ("The council urged the parties to sign a ceasefire.", "Ceasefire", "hypothetical"),  # Sudan
        ("Türk called on the Bangladesh Government to disclose full details about last week's crackdown.", "Crackdown", "asserted"),  # Bangladesh
        ("The UN called for an investigation into the attack on the Zamzam camp.", "Attack", "asserted"),  # Sudan
        ("The envoy called for a halt to the fighting in Tigray.", "ArmedClash", "asserted"),  # Ethiopia
        ("Amnesty called for the release of the detained journalists.", "Release", "hypothetical"),  # Myanmar
    ]),
    *modality_cases("an_appeal_in_a_relative_clause_still_calls_for_its_event", [
        ("The UN, which urged the parties to sign a ceasefire, met in New York.", "Ceasefire"),  # Sudan
    ], "hypothetical"),
]


@pytest.mark.parametrize("text, cls, modality", MODALITIES)
def test_the_modality_a_sentence_gives(nlp, text, cls, modality):
    assert_modality(extract_text(nlp, text, published=PUBLISHED), cls, modality)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The failed RSF assault on El Fasher left dozens dead.", "Attack"),  # Sudan
        ("Ukrainian forces repelled a failed Russian attack on Kupiansk.", "Attack"),  # Ukraine
        ("An attempted coup in Bolivia collapsed within hours.", "Coup"),  # Bolivia
        ("A foiled attack on the base in Baidoa killed no soldiers.", "Attack"),  # Somalia
        ("An unsuccessful offensive near Bakhmut cost hundreds of lives.", "MilitaryOperation"),  # Ukraine
    ],
)
def test_a_failed_event_happened_and_failed(nlp, text, cls):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert ev.modality == "asserted" and ev.outcome == "failed"


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Russian forces failed to capture Vovchansk.", "TerritorialControl"),  # Ukraine
        ("Aid agencies failed to deliver food to Gaza.", "HumanitarianAid"),  # Gaza
        ("The army failed to retake Wad Madani.", "TerritorialControl"),  # Sudan
    ],
)
def test_failing_to_do_something_is_not_doing_it(nlp, text, cls):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert ev.modality == "negated" and ev.outcome is None


@pytest.mark.parametrize(
    "text, cls, value, modality",
    [
        # a past date under "vowed"/"promised" is what they react to, not what they plan
        ("Israel vowed to destroy Hamas after its October 7, 2023 attack.", "Attack", "2023-10-07", "asserted"),  # Gaza
        ("Netanyahu promised to retaliate for the January 28, 2024 drone attack on Tower 22.", "AirStrike", "2024-01-28", "asserted"),  # Jordan
        ("The army said it would avenge the March 3, 2024 ambush in Ituri.", "Attack", "2024-03-03", "reported"),  # DR Congo
        # a future date stays a plan
        ("Myanmar's junta plans to hold an election in December 2025.", "Election", "2025-12", "planned"),  # Myanmar
        ("M23 said it would withdraw from Goma on Monday.", "Withdrawal", "2024-06-17", "planned"),  # DR Congo
    ],
)
def test_a_date_in_the_past_is_never_planned(nlp, text, cls, value, modality):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = [e for e in ex.events if e.type == cls and e.time is not None]
    assert ev, [(e.type, e.trigger.text, e.time) for e in ex.events]
    assert (ev[0].time.value, ev[0].modality) == (value, modality)


def test_the_plan_itself_stays_planned(nlp):
    ex = extract_text(nlp, "Israel vowed to destroy Hamas after its October 7, 2023 attack.", published=PUBLISHED)
    destroy = [e for e in ex.events if e.trigger.text == "destroy"]
    assert destroy and destroy[0].modality == "planned" and destroy[0].time is None
    assert not destroy[0].same_as  # the vowed destruction is not the attack it answers


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        ("The RSF is reported to have captured Mellit.", "TerritorialControl", ["Rapid Support Forces"]),  # Sudan
        ("Al-Shabaab fighters are said to have attacked a base near Baidoa.", "Attack", ["Al-Shabaab"]),  # Somalia
        ("At least 6,000 people are believed to have fled Vovchansk.", "Displacement", ["people"]),  # Ukraine: the people fled
    ],
)
def test_said_to_have_done_it_happened_and_the_subject_did_it(nlp, text, cls, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = one(ex, cls)
    assert ev.modality != "planned" and role(ex, ev, "agent") == agent
    assert all(not role(ex, e, "speaker") for e in ex.events if e.type == "Statement")


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        ("The collapse of the army enabled the RSF to seize Wad Madani.", "TerritorialControl", ["Rapid Support Forces"]),  # Sudan
        ("Heavy shelling allowed M23 to capture Sake.", "TerritorialControl", ["M23"]),  # DR Congo
        ("Airstrikes forced thousands of residents to flee Mandalay.", "Displacement", ["residents"]),  # Myanmar (a group of the article)
    ],
)
def test_what_one_was_made_or_let_do_happened_and_the_object_did_it(nlp, text, cls, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = one(ex, cls)
    assert ev.modality == "asserted" and role(ex, ev, "agent") == agent


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Haitian gangs were reported to have attacked Mirebalais.", "Attack"),  # Haiti
        ("Jihadists are thought to have ambushed the convoy near Gao.", "Attack"),  # Mali
        ("Rebels are believed to have captured Bunagana.", "TerritorialControl"),  # DR Congo
    ],
)
def test_hearsay_in_the_passive_is_reported_and_no_statement(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, cls).modality == "reported"
    assert not events_of(ex, "Statement")
