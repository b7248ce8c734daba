"""Session 7: what did not happen or has not happened yet, and figures of speech
(kg/extract/events/modality.py, triggers.py; word lists in ontology/lexicon/events.toml).

A subject naming nobody negates its verb ("no group has claimed", "nobody was arrested"), and
what a claim nobody made would carry stays the article's; a modal clause under a condition is
hypothetical ("if troops advance, they will withdraw"), as is what a rule makes possible
"when" something holds; what a court or a leader orders is not yet done (the order is the
event); an attack on an ideal, a war of words and a standard one fails to meet are no events.
Sentences written for these tests, from Somalia, Sudan, Afghanistan, Libya, Nigeria, Yemen,
Haiti, Ukraine, Niger, Ethiopia, Gaza, Mali, Burkina Faso, Myanmar, Tunisia, Syria and DR Congo."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_modality, events_of, extract_text, modality_cases, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


def _events(nlp, text):  # type: ignore[no-untyped-def]
    return extract_text(nlp, text, published=PUBLISHED)


def _one(ex, classes):  # type: ignore[no-untyped-def]
    """The one event of any of the classes ``classes`` ("A|B")."""
    found = [e for e in ex.events if e.type in classes.split("|")]
    assert len(found) == 1, f"{classes}: {[(e.type, e.trigger.text) for e in ex.events]}"
    return found[0]


# ---------------------------------------------------------------------- modality of the one event of a class

MODALITIES = [
    *modality_cases("what_nobody_claimed_is_still_told_by_the_article", [
        ("No group has claimed responsibility for the bombing of the market in Mogadishu.", "Bombing"),  # Somalia
        ("No group has claimed the attack on the army post in Tillaberi.", "Attack"),  # Niger
        ("No one has claimed responsibility for the kidnapping of the students in Kaduna.", "Abduction"),  # Nigeria
    ], "asserted"),
    *modality_cases("what_follows_from_a_condition_is_hypothetical", [
        ("If Russian troops advance on Pokrovsk, Ukrainian commanders will withdraw to new positions.", "Withdrawal"),  # Ukraine
        ("Al-Shabaab warned that should any attempt be made to free the hostages, they will be killed.", "Casualties"),  # Somalia
        ("Unless the junta releases the prisoners, ECOWAS will impose new sanctions on Niger.", "Sanctions"),  # Niger
        ("If the truce collapses, Israel will resume its offensive in Gaza, officials said.", "MilitaryOperation|Attack"),  # Gaza
        ("If the army enters Mekelle, the Tigrayan forces will attack its convoys.", "Attack"),  # Ethiopia
        ("The gangs will storm the airport in Port-au-Prince if the police withdraw, the UN warned.", "Attack"),  # Haiti
    ], "hypothetical"),
    *modality_cases("future_possible_and_general_events", [
        ("Sudan's transitional authorities said elections will be held in September.", "Election", "planned"),  # Sudan
        ("Fresh elections could be held in Haiti next year, the interim prime minister said.", "Election", "hypothetical"),  # Haiti
        ("Under the constitution, a state of emergency can be declared when the union faces a threat.", "Restriction", "hypothetical"),  # Myanmar
        ("Under Afghan law, a person may be detained when they are suspected of a crime.", "Arrest", "hypothetical"),  # Afghanistan
        ("When the rebels attacked Kidal in November, the army withdrew to Gao.", "Withdrawal", "asserted"),  # Mali
        ("The army will withdraw from Kidal once the talks end, the junta said.", "Withdrawal", "planned"),  # Mali
    ]),
    *modality_cases("what_may_restart_is_not_going_on", [
        ("Talks between Kyiv and Moscow could resume in Istanbul next month, officials said.", "Negotiation", "hypothetical"),  # Ukraine
        ("Indirect negotiations between Israel and Hamas may resume in Cairo on Sunday.", "Negotiation", "hypothetical"),  # Gaza
        ("Peace talks in Doha might resume after Ramadan, mediators said.", "Negotiation", "hypothetical"),  # Afghanistan
        ("Fighting resumed in Khartoum on Friday after a brief lull.", "ArmedClash", "asserted"),  # Sudan
        ("The airstrikes on Idlib could continue for weeks, the UN warned.", "AirStrike", "reported"),  # Syria
    ]),
]


@pytest.mark.parametrize("text, cls, modality", MODALITIES)
def test_the_modality_a_sentence_gives(nlp, text, cls, modality):
    assert_modality(extract_text(nlp, text, published=PUBLISHED), cls, modality)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("No group has claimed responsibility for the bombing of the market in Mogadishu.", "Statement"),  # Somalia
        ("Nobody was arrested after the clashes in Tripoli on Saturday.", "Arrest"),  # Libya
        ("No civilians were killed in the strike on the port of Hodeidah, the Houthis said.", "Casualties"),  # Yemen
        ("No one was detained during the protest in Kabul on Wednesday.", "Arrest"),  # Afghanistan
        ("No aid convoy has reached El Fasher since May, OCHA said.", "HumanitarianAid|HumanitarianAccess"),  # Sudan
        ("Police in Port-au-Prince did not arrest anyone after the attack.", "Arrest"),  # Haiti
    ],
)
def test_a_subject_naming_nobody_negates_its_event(nlp, text, cls):
    ex = _events(nlp, text)
    evs = [e for e in ex.events if e.type in cls.split("|")]
    assert evs and all(e.modality == "negated" for e in evs)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("No fewer than 40 people were killed when gunmen attacked a village in Zamfara.", "Casualties"),  # Nigeria
        ("No one was hurt when a drone struck a fuel depot near Port Sudan, the army said.", "AirStrike"),  # Sudan
        ("Nobody was arrested after the clashes in Tripoli on Saturday.", "ArmedClash"),  # Libya
    ],
)
def test_nobody_negates_only_its_own_verb(nlp, text, cls):
    ev = _one(_events(nlp, text), cls)
    assert ev.modality in ("asserted", "reported")


@pytest.mark.parametrize(
    "text, cls",
    [
        ("A court in Bamako ordered the release of the journalist on Thursday.", "Release"),  # Mali
        ("The junta in Burkina Faso ordered the arrest of two army officers on Friday.", "Arrest"),  # Burkina Faso
        ("A military court in Kinshasa ordered the release of the opposition leader.", "Release"),  # DR Congo
        ("President Putin ordered an offensive in the Kursk region in August.", "MilitaryOperation|Attack"),  # Russia/Ukraine
        ("Protesters in Addis Ababa demanded the release of the detained opposition leader.", "Release"),  # Ethiopia
    ],
)
def test_what_is_ordered_is_not_yet_done(nlp, text, cls):
    ex = _events(nlp, text)
    ev = _one(ex, cls)
    assert ev.modality == "hypothetical"
    assert any(e.type == "Demand" and e.modality == "asserted" for e in ex.events)


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        ("The Sudanese army ordered residents of Wad Madani to evacuate the city.", "Evacuation", "Sudan"),  # Sudan
        ("Israel has ordered 100,000 Palestinians in Rafah to evacuate to Al-Mawasi.", "Evacuation", "Israel"),  # Gaza
    ],
)
def test_an_act_ordered_with_an_infinitive_is_planned_by_who_ordered_it(nlp, text, cls, agent):
    ex = _events(nlp, text)
    ev = _one(ex, cls)
    assert ev.modality == "planned" and any(agent in a for a in role(ex, ev, "agent"))
    assert not [e for e in ex.events if e.type == "Demand"]


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The president called the coup attempt an assault on democracy.", "Attack"),  # Niger
        ("The opposition described the arrest of its leader as an attack on democracy.", "Attack"),  # Tunisia
        ("Rights groups said the new law was an attack on the rule of law in Tunisia.", "Attack"),  # Tunisia
        ("A war of words broke out between Ethiopia and Eritrea over access to the Red Sea.", "War|Escape"),  # Ethiopia
        ("The closure of the newspaper was an assault on press freedom, the union said.", "Attack"),  # Myanmar
        ("The UN rapporteur said the trial of the activists in Yangon failed to meet that standard.", "Meeting"),  # Myanmar
        ("Syria's interim government said the new constitution would meet international standards.", "Meeting"),  # Syria
        ("Human rights groups condemned the use of arbitrary detention by the junta in Niger.", "Arrest"),  # Niger
        ("The Taliban have made arbitrary detention a tool of repression, the UN mission said.", "Arrest"),  # Afghanistan
    ],
)
def test_figures_of_speech_and_practices_are_no_events(nlp, text, cls):
    ex = _events(nlp, text)
    assert not [e for e in ex.events if e.type in cls.split("|")]


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The president called the coup attempt an assault on democracy.", "Coup"),  # Niger
        ("Opposition leaders called the arrest of the journalist an attack on democracy.", "Arrest"),  # Tunisia
        ("The army called the drone strike on the market in Omdurman a war crime.", "AirStrike|Attack"),  # Sudan
    ],
)
def test_calling_something_a_name_is_no_appeal_and_leaves_it_told(nlp, text, cls):
    ex = _events(nlp, text)
    assert not [e for e in ex.events if e.type == "Appeal"]
    assert _one(ex, cls).modality == "asserted"


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The UN envoy called on both sides to return to talks in Jeddah.", "Appeal"),  # Sudan
        ("Amnesty International documented the arbitrary detention of three journalists in Asmara.", "Arrest"),  # Eritrea
        ("The foreign ministers of Ethiopia and Somalia met in Ankara on Monday.", "Meeting"),  # Ethiopia/Somalia
        ("Fighting broke out between the army and the RSF in Omdurman on Tuesday.", "ArmedClash"),  # Sudan
        ("Dozens of inmates broke out of the main prison in Port-au-Prince on Saturday.", "Escape"),  # Haiti
        ("Gunmen attacked the parliament in Mogadishu on Sunday.", "Attack"),  # Somalia
    ],
)
def test_real_events_beside_the_figures_stay(nlp, text, cls):
    assert _one(_events(nlp, text), cls) is not None


def test_a_fact_the_article_states_and_a_speaker_repeats_stays_asserted(nlp):
    ex = _events(nlp, "The M23 rebels seized Goma on Monday. The group's spokesman said the rebels had seized the city to protect civilians.")  # DR Congo
    first = min((e for e in ex.events if e.type == "TerritorialControl"), key=lambda e: e.trigger.start)
    assert first.modality == "asserted"
    assert "M23" in role(ex, first, "agent")
    assert events_of(ex, "Statement")
