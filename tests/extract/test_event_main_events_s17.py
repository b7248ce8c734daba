"""Main events told with particle verbs, and words that look like events and tell none (session
17): soldiers, rebels or protesters who take over or seize a seat of power or of the press
occupy it (kgo:TerritorialControl "take over {Premises}"), but one person who takes over a
ministry succeeds to it; police who break into or through a building raid it (kgo:Attack
"break into {Structure}", a police operation by agent_classes); someone taken or led away is
arrested, or abducted when gunmen take him (agent_classes, kgo:Raider); a broadcaster goes off
the air (kgo:MediaShutdown); a leader attends a ceremony (kgo:Meeting "attend {Occasion}"); a
suspect is held for questioning (kgo:Investigation). No event: "were met with repression" (a
response), "a long history of rebellion" (a habit), "a 25 percent cut in food assistance" (an
amount), "reported to number about 100" (a hedge), a politician's convoy (no troops), "pulled
out of the race" (a candidate). A cut in aid is an aid cut (kgo:AidSuspension); soldiers
who return to barracks withdraw; a suspect is charged "for" an offence. Sentences written for this test (Eritrea aside, none from a
corpus article: Mali, Guinea, Burkina Faso, Sudan, Niger, Gabon, Mozambique, DR Congo,
Myanmar, Thailand, Bolivia, Kenya, Uganda, Venezuela, Pakistan, Nigeria, Haiti, Sri Lanka,
Tunisia, Ethiopia, Peru, Zimbabwe, Cameroon, Iran, Belarus, Malawi)."""
from __future__ import annotations

import pytest

from helpers import extract_text, role_names

pytestmark = pytest.mark.model


def _types(ex):
    return [(e.type, e.trigger.text) for e in ex.events]


def _of(ex, cls):
    return [e for e in ex.events if e.type == cls]


@pytest.mark.parametrize("text, cls, agent", [
    ("Mutinous soldiers took over the state broadcaster in Bamako on Tuesday.", "TerritorialControl", "soldiers"),  # Mali
    ("Special forces seized the presidential palace in Conakry early on Sunday.", "TerritorialControl", "forces"),  # Guinea
    ("Rebels took over the police headquarters in the northern town on Friday.", "TerritorialControl", "rebels"),  # Burkina Faso
    ("Protesters took over the parliament building in Khartoum for several hours.", "Protest", "protesters"),  # Sudan
    ("Militants seized the radio station in Mocimboa da Praia.", "TerritorialControl", "militants"),  # Mozambique
])
def test_seat_taken_over_is_occupied(nlp, text, cls, agent):
    ex = extract_text(nlp, text)
    found = _of(ex, cls)
    assert found, _types(ex)
    assert any(agent in name for name in role_names(ex, found[0], "agent")), _types(ex)


@pytest.mark.parametrize("text", [
    "The new minister took over the ministry of finance in January.",  # Niger
    "Ms. Nyirenda took over as chairman of the party in 2019.",  # Zambia-style, invented
    "She took over the embassy in Nairobi last year.",  # Kenya
    "The family took over the business in 1998.",  # Gabon
])
def test_handover_is_no_occupation(nlp, text):
    ex = extract_text(nlp, text)
    assert not _of(ex, "TerritorialControl"), _types(ex)


@pytest.mark.parametrize("text, cls", [
    ("Police broke into the offices of the opposition newspaper in Kampala on Tuesday.", "PoliceOperation"),  # Uganda
    ("Police broke through the doors of the activist's home late Monday and took him away.", "PoliceOperation"),  # Venezuela
    ("Gunmen broke into the church compound in Kaduna and opened fire.", "Attack"),  # Nigeria
])
def test_breaking_into_a_building(nlp, text, cls):
    ex = extract_text(nlp, text)
    assert _of(ex, cls), _types(ex)


def test_troops_breaking_through_lines_raid_no_building(nlp):
    ex = extract_text(nlp, "Government troops broke through rebel lines east of the town.")  # Myanmar
    assert not _of(ex, "PoliceOperation") and not [e for e in _of(ex, "Attack") if e.trigger.text.startswith("broke")], _types(ex)


@pytest.mark.parametrize("text, cls", [
    ("Police took the opposition leader away in an unmarked van.", "Arrest"),  # Pakistan
    ("Soldiers led the journalists away after the rally in Yangon.", "Arrest"),  # Myanmar
    ("Armed men took the two aid workers away from the construction site.", "Abduction"),  # Nigeria
    ("Gunmen took the pastor away from his church in Port-au-Prince.", "Abduction"),  # Haiti
])
def test_taken_away(nlp, text, cls):
    ex = extract_text(nlp, text)
    assert _of(ex, cls), _types(ex)


@pytest.mark.parametrize("text", [
    "The flood took away homes and livestock across the district.",  # Sri Lanka
    "Officials took away the ballot boxes for counting.",  # Bolivia
])
def test_things_taken_away_are_no_arrest(nlp, text):
    ex = extract_text(nlp, text)
    assert not _of(ex, "Arrest") and not _of(ex, "Abduction"), _types(ex)


@pytest.mark.parametrize("text, cls", [
    ("State television went off the air for several hours during the mutiny.", "MediaShutdown"),  # Burkina Faso
    ("The authorities took the private channel off the air on Friday.", "MediaShutdown"),  # Tunisia
    ("The president attended the independence ceremony in Addis Ababa on Sunday.", "Meeting"),  # Ethiopia
    ("Several heads of state attended the funeral in Harare.", "Meeting"),  # Zimbabwe
    ("Police held the suspect for questioning in Yaounde.", "Investigation"),  # Cameroon
    ("The national broadcaster has been off the air since the coup in Niamey.", "MediaShutdown"),  # Niger
    ("The mutineers returned to their barracks on Saturday after talks with the president.", "Withdrawal"),  # Burkina Faso
    ("The soldiers got into their trucks late Monday and drove back to their base.", "Withdrawal"),  # Guinea
    ("Prosecutors charged the former minister for corruption in Lilongwe on Friday.", "Trial"),  # Malawi
    ("The refugees protested a 25 percent cut in food assistance.", "AidSuspension"),  # Uganda
    ("The shelling set off the highest alert level in the capital.", "ForcePosture"),  # South Korea-style, invented
    ("The army was put on high alert along the border.", "ForcePosture"),  # Ethiopia
])
def test_particle_and_object_events(nlp, text, cls):
    ex = extract_text(nlp, text)
    assert _of(ex, cls), _types(ex)


@pytest.mark.parametrize("text", [
    "The soldiers were in the capital on Monday.",  # Guinea
    "The hotel charged guests for the water.",  # invented
    "The rebels returned to the negotiating table in Doha.",  # Sudan
])
def test_no_particle_event(nlp, text):
    ex = extract_text(nlp, text)
    assert not [e for e in ex.events if e.type in ("MediaShutdown", "Trial", "Withdrawal")], _types(ex)


def test_attending_a_rally_is_no_meeting(nlp):
    ex = extract_text(nlp, "Thousands attended the opposition rally in Lima.")  # Peru
    assert not _of(ex, "Meeting"), _types(ex)


def test_jet_taking_off_shuts_no_media(nlp):
    ex = extract_text(nlp, "The plane took off into the air from Tehran airport.")  # Iran
    assert not _of(ex, "MediaShutdown"), _types(ex)


@pytest.mark.parametrize("text, cls", [
    ("The protests were met with repression by the security forces.", "Meeting"),  # Belarus
    ("The proposal was met with fierce criticism from the opposition.", "Meeting"),  # Kenya
    ("The region has a long-standing history of rebellion against the central government.", "Rebellion"),  # invented
    ("The country has a long tradition of peaceful protest.", "Protest"),  # Thailand
    ("The refugees protested a 25 percent cut in food assistance.", "HumanitarianAid"),  # Uganda
    ("The soldiers, reported to number about 100, surrounded the ministry.", "Statement"),  # Eritrea-style, invented
    ("The opposition leader's convoy crossed the president's motorcade near Bulawayo.", "TroopMovement"),  # Zimbabwe
    ("The senator pulled out of the race on Wednesday.", "Withdrawal"),  # Peru
    ("Her withdrawal from the election surprised the party.", "Withdrawal"),  # Sri Lanka
])
def test_no_event_of_that_class(nlp, text, cls):
    ex = extract_text(nlp, text)
    assert not _of(ex, cls), _types(ex)


@pytest.mark.parametrize("text, cls", [
    ("The president was met by the prime minister at the airport.", "Meeting"),  # Gabon
    ("Russian troops pulled out of the town on Friday.", "Withdrawal"),  # Ukraine
    ("Rebels withdrew from the city after heavy fighting.", "Withdrawal"),  # DR Congo
    ("A military convoy headed toward the border on Monday.", "TroopMovement"),  # Sudan
    ("The history of the 1994 genocide is taught in every school.", "MassViolence"),  # Rwanda-style
])
def test_still_events(nlp, text, cls):
    ex = extract_text(nlp, text)
    assert _of(ex, cls), _types(ex)
