"""Session 12: events news states that kg had no class or no word for (ontology/events-politics.ttl):
armed revolt (kgo:Rebellion), law-making (kgo:Legislation), praise (kgo:Praise), aid cut off
(kgo:AidSuspension), and words of existing classes (a boycott as a protest, charges and sentences
as a trial, troops flown in, people forced from their homes). Sentences invented in the style of
wire news about many crises; the last cases must find no event of the class."""
from __future__ import annotations

import pytest
from helpers import extract_text


@pytest.mark.parametrize(
    "text, cls, trigger",
    [
        ("Soldiers mutinied at a barracks outside Ouagadougou on Sunday.", "Rebellion", "mutinied"),  # Burkina Faso
        ("The Maoists led an armed insurgency against the monarchy for a decade.", "Rebellion", "insurgency"),  # Nepal
        ("Karen fighters rose up against the government in 1949.", "Rebellion", "rose up"),  # Myanmar
        ("The 1994 uprising in Chiapas was led by the Zapatistas.", "Rebellion", "uprising"),  # Mexico
        ("The colonel had led a revolt against the government in Conakry.", "Rebellion", "revolt"),  # Guinea
        ("Ecuador's National Assembly passed the security bill on Thursday.", "Legislation", "passed"),  # Ecuador
        ("Zimbabwe's parliament amended the constitution to extend presidential terms.", "Legislation", "amended"),  # Zimbabwe
        ("Strikes followed the adoption of the pension law in Paris.", "Legislation", "adoption"),  # France
        ("The Security Council welcomed the agreement between the Sudanese parties.", "Praise", "welcomed"),  # Sudan
        ("The African Union commended Senegal for holding peaceful elections.", "Praise", "commended"),  # Senegal
        ("The European Union suspended budget support to Burkina Faso after the coup.", "AidSuspension", "suspended"),  # Burkina Faso
        ("The World Bank froze loans to Myanmar after the military takeover.", "AidSuspension", "froze"),  # Myanmar
        ("The main opposition party boycotted the parliament in Harare.", "Protest", "boycotted"),  # Zimbabwe
        ("Police arrested the gunman in Colombo and charged him with terrorism.", "Trial", "charged"),  # Sri Lanka
        ("Nigeria flew in 500 troops to secure the oil fields of the Delta.", "TroopMovement", "flew in"),  # Nigeria
        ("The clashes forced thousands of families from their homes in Ituri.", "Displacement", "forced"),  # DR Congo
        ("Saudi Arabia launched a military intervention in Yemen in 2015.", "MilitaryOperation", "launched a military intervention"),  # Yemen
        ("The unrest prompted the intervention of peacekeepers from Nigeria and Ghana.", "TroopMovement", "intervention"),  # Liberia
        ("The president joined the fight against the rebels in the east.", "ArmedClash", "fight"),  # Central African Republic
        ("Norway's mediation efforts between the government and the Tamil Tigers collapsed in 2006.", "Mediation", "mediation efforts"),  # Sri Lanka
        ("Protesters set up barricades on the main roads into La Paz.", "Protest", "set up barricades"),  # Bolivia
        ("Rioters erected barricades across the capital overnight.", "Protest", "erected barricades"),  # Kenya
        ("Workers built a barricade of burning tyres outside the port of Beira.", "Protest", "built a barricade"),  # Mozambique
    ],
)
def test_the_class_of_a_stated_event(nlp, text, cls, trigger):
    ex = extract_text(nlp, text)
    assert any(e.type == cls and e.trigger.text.startswith(trigger) for e in ex.events), [(e.type, e.trigger.text) for e in ex.events]


def test_a_sentence_handed_down_is_a_trial(nlp):
    ex = extract_text(nlp, "A court in Tunis handed down a two-year suspended sentence to the activist.")  # Tunisia
    assert [e.type for e in ex.events] == ["Trial"], [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The convoy passed the checkpoint at dawn without incident.", "Legislation"),  # a checkpoint is no bill
        ("Families in Tripoli welcomed the displaced into their homes.", "Praise"),  # people welcomed, no praise
        ("The World Food Programme suspended its operations in Cabo Delgado.", "AidSuspension"),  # operations, not aid given
        ("Riot police charged at the protesters in Dakar.", "Trial"),  # a charge with no "with"
        ("Smugglers flew the cargo into Juba at night.", "TroopMovement"),  # no troops
        ("The floods forced thousands to flee their homes in Sindh.", "Displacement"),  # one flight, not two
        ("The government vowed to step up the fight against corruption in Lagos.", "ArmedClash"),  # a figure of speech
        ("The UN reaffirmed its support to the people of Mali in their fight against terrorism, violent extremism and organized crime.", "ArmedClash"),  # a campaign against phenomena, no foe
        ("Kenya vowed to step up the fight against crime in Nairobi.", "ArmedClash"),  # Kenya
        ("The intervention of the archbishop calmed the crowd in Kinshasa.", "TroopMovement"),  # no troops
        ("Soldiers set up barricades around the presidential palace in Ouagadougou.", "Protest"),  # soldiers' barricades
        ("The Taliban boycotted the talks in Doha.", "Protest"),  # who boycotts talks takes part in them
    ],
)
def test_no_event_of_the_class(nlp, text, cls):
    ex = extract_text(nlp, text)
    found = [e for e in ex.events if e.type == cls]
    if cls == "Displacement":
        assert len(found) == 1, [(e.type, e.trigger.text) for e in ex.events]
    else:
        assert not found, [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        ("ECOWAS decided to retain the option of military intervention in Niger.", "military intervention", "hypothetical"),  # Niger
        ("Residents had no option but to flee the fighting in Wad Madani.", "flee", "asserted"),  # Sudan
    ],
)
def test_an_option_is_no_event_yet(nlp, text, trigger, modality):
    """The option of an event keeps it hypothetical (kgo:Hypothetical cue "option"); having no
    option but to act says it happened."""
    ex = extract_text(nlp, text)
    assert [e.modality for e in ex.events if e.trigger.text == trigger] == [modality], [(e.type, e.trigger.text, e.modality) for e in ex.events]
