"""Carrying the hurt for care is no arrest, and "hurt" tells an injury (session 18). A verb of
taking whose destination or means is a place of care ("taken away in ambulances", "taken to
hospital", "to the morgue", "on a stretcher") or whose object is the wounded, the injured or
the dead is no Arrest and no Abduction (nonevents.medical_taking); someone taken away by
police or led away in handcuffs is still arrested, and gunmen still abduct. People "hurt"
(a passive or a reduced passive) are casualties as "injured" ones are; "the sanctions hurt
the economy" tells none (nonevents.harmed_people). Sentences written for this test (Mali,
Kenya, Pakistan, Ukraine, Lebanon, Syria, Chile, Nigeria, Venezuela, Sudan, Guinea, Haiti,
Uganda, Iran, Zimbabwe, Belarus, DR Congo, Afghanistan, Egypt, Peru, Bangladesh, Sri Lanka)."""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def _types(ex):
    return [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("text", [
    "Three soldiers were killed and the wounded were taken away in ambulances, the army said in Bamako.",  # Mali
    "Several protesters were wounded and taken to hospital by the Red Cross in Nairobi, police said.",  # Kenya
    "Two policemen were rushed to hospital after the blast in Peshawar on Tuesday.",  # Pakistan
    "The bodies were taken away to the morgue after the shelling of Kharkiv, officials said.",  # Ukraine
    "The injured were led away by medics after the explosion in Beirut.",  # Lebanon
    "Four wounded soldiers were taken away in ambulances after the attack near Deir ez-Zor.",  # Syria
    "Several civilians were taken away by ambulance after the shelling in Idlib.",  # Syria
    "Medics took the injured protesters away to a clinic in Santiago.",  # Chile
    "Paramedics took two people to hospital after the crash in Lagos.",  # Nigeria
    "The two students were taken to hospital by the Red Cross in Caracas.",  # Venezuela
    "The victims were taken away to a medical facility in Khartoum.",  # Sudan
    "A woman was led away on a stretcher after the stampede in Conakry.",  # Guinea
    "The man was taken to the morgue in Port-au-Prince.",  # Haiti
])
def test_taken_for_care_is_no_arrest(nlp, text):
    ex = extract_text(nlp, text)
    assert not [e for e in ex.events if e.type in ("Arrest", "Abduction")], _types(ex)


@pytest.mark.parametrize("text, cls", [
    ("The opposition leader was taken away by police after the rally in Kampala on Monday.", "Arrest"),  # Uganda
    ("The journalist was led away in handcuffs by security officers in Tehran.", "Arrest"),  # Iran
    ("Police took the opposition leader away from his home in Harare on Monday.", "Arrest"),  # Zimbabwe
    ("Gunmen took the priest away from his church in Kaduna state on Sunday.", "Abduction"),  # Nigeria
    ("Three journalists were taken to a police station in Minsk.", "Abduction"),  # Belarus (as before)
    ("Rebels took the wounded soldiers hostage near Goma on Friday.", "Abduction"),  # DR Congo
    ("Police took the injured suspect into custody in Dhaka.", "Arrest"),  # Bangladesh
])
def test_real_takings_stay(nlp, text, cls):
    ex = extract_text(nlp, text)
    assert cls in [e.type for e in ex.events], _types(ex)


@pytest.mark.parametrize("text", [
    "Five people were hurt when a bomb exploded in a market in Maiduguri.",  # Nigeria
    "Dozens hurt in blast at Kabul mosque.",  # Afghanistan
    "Two officers were badly hurt in the attack on the checkpoint in Sinai.",  # Egypt
    "Several protesters were hurt as police fired tear gas in Lima.",  # Peru
])
def test_people_hurt_are_casualties(nlp, text):
    ex = extract_text(nlp, text)
    assert ("Casualties", "hurt") in _types(ex), _types(ex)


@pytest.mark.parametrize("text", [
    "The sanctions hurt the economy of Venezuela, the minister said.",  # Venezuela
    "The scandal hurt his chances in the election in Peru.",  # Peru
    "Rising prices have hurt exports from Bangladesh this year.",  # Bangladesh
    "The drought hurt the tea harvest in Sri Lanka.",  # Sri Lanka
])
def test_things_hurt_tell_no_injury(nlp, text):
    ex = extract_text(nlp, text)
    assert not [e for e in ex.events if e.trigger.text == "hurt"], _types(ex)
