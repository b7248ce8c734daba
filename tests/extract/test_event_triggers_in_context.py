"""Words that are events only in context (kg/extract/events/triggers.py, structure.py; word
lists in ontology/lexicon/events.toml, senses in ontology/events.ttl): an explosive device is a
bombing only where nothing is done with it, a convoy only when it moves and is not civilian,
a statement noun or a participle of an attack is not a second event, a verb of aiming
whose "with" is a measure (sanctions) is no attack, hearsay in the passive is
no speech act; predicate adjectives and a few nouns the tagger misreads are events. Sentences
from Afghanistan, Somalia, Mali, Syria, Yemen, Northern Ireland, Ukraine, Nigeria, Sudan, Gaza,
Ethiopia, DR Congo, Myanmar, Venezuela, Philippines, Russia, Belarus, Iran, Pakistan."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_classes, class_cases, class_rows, events_of, extract_text, one

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


def _types(ex):
    return [(e.type, e.trigger.text) for e in ex.events]


# ---------------------------------------------------------------------- classes made, and not made

CASES = [
    *class_cases("a_device_acted_on_is_no_bombing", [
        "Militants planted an improvised explosive device (IED) along the road in Arghandab.",  # Afghanistan
        "Al-Shabaab fighters used car bombs and suicide vests against the hotel guards.",  # Somalia
        "The Houthis have been using home-made IEDs and landmines to target shipping.",  # Yemen
        "Police defused a roadside bomb near Gao.",  # Mali
        "Insurgents make roadside bombs in workshops near Deir ez-Zor.",  # Syria
        # a device conjoined to the verb that acts on it (the parser hangs it on the verb)
        "Insurgents use roadside bombs and landmines against police patrols in Helmand.",  # Afghanistan
        "Boko Haram fighters used grenades and explosives against the barracks in Borno.",  # Nigeria
    ], makes_no=("Bombing",)),
    *class_rows("a_convoy_is_a_troop_movement_only_when_it_moves_and_is_not_civilian", [
        ("Russian convoys were seen heading toward Kharkiv.", "TroopMovement", True),  # Ukraine
        ("The lorry was part of a convoy which was travelling from Maiduguri to an ISIL camp.", "TroopMovement", True),  # Nigeria
        ("M23 convoys moved toward Goma overnight.", "TroopMovement", True),  # DR Congo
        ("An aid convoy reached El Fasher on Monday.", "TroopMovement", False),  # Sudan
        ("Israeli forces fired on a UN convoy of food trucks in Gaza.", "TroopMovement", False),  # Gaza
        ("A roadside bomb detonated under a convoy of Malian soldiers near Gao.", "TroopMovement", False),  # Mali
        ("Gunmen attacked a convoy of fuel tankers near Kabul.", "TroopMovement", False),  # Afghanistan
        ("Armed men looted a humanitarian convoy in Tigray.", "TroopMovement", False),  # Ethiopia
    ]),
    *class_cases("hearsay_in_the_passive_is_no_statement", [
        "The gunmen, said to be linked with the RSF, attacked the village.",  # Sudan
        "Elements said to be linked with the wahhabist tendency gained influence in Dagestan.",  # Russia
        "The parents of the gunman are reported to have been refugees from Syria.",  # Syria
        "In Myanmar there are said to have been dozens of such incidents.",  # Myanmar
    ], makes_no=("Statement",)),
    *class_rows("words_that_are_not_that_event_here", [
        ("Why do I have to sign if I don't agree?", "Agreement"),  # Venezuela
        ("She dismissed the rumours that the disease was Ebola.", "Dismissal"),  # Venezuela
        ("His boss called her in for a talk last week.", "Negotiation"),  # Venezuela
        ("A citizen of Kyrgyzstan pleaded not guilty to the charges.", "Appeal"),  # Kyrgyzstan
        ("The sniper was consulting a map of Marawi.", "Consultation"),  # Philippines
        ("Huge traffic jams built up after the attacks in Belfast.", "TroopBuildup"),  # Northern Ireland
        ("Castaner instructed the police to reinforce the security of public sites.", "TroopMovement"),  # France
        ("Following a 48-hour strike, the government banned gatherings in Caracas.", "Attack"),  # Venezuela
        ("The army offered a reward for the capture of Abubakar Shekau.", "TerritorialControl"),  # Nigeria
    ], present=False),
    *class_rows("the_same_words_where_they_are_that_event", [
        ("Armenia and Azerbaijan agreed to a ceasefire.", "Ceasefire"),  # Nagorno-Karabakh
        ("Burhan dismissed the army chief of staff.", "Dismissal"),  # Sudan
        ("Peace talks between the government and the TPLF resumed in Pretoria.", "Negotiation"),  # Ethiopia
        ("Russian troops massed along the border.", "TroopBuildup"),  # Ukraine
        ("Russia reinforced its positions near Bakhmut.", "TroopMovement"),  # Ukraine
        ("The army offered a reward for the capture of Abubakar Shekau.", "Arrest"),  # Nigeria
        ("Zelenskiy pleaded with Western leaders for more air defence.", "Appeal"),  # Ukraine
        ("Washington consulted its allies before the strikes on Yemen.", "Consultation"),  # Yemen
    ], present=True),
    *class_cases("claiming_to_have_done_it_is_a_claim", [
        "The army claimed to have hit three gunmen in Belfast.",  # Northern Ireland
        "Al-Shabaab claimed to have killed 20 soldiers near Baidoa.",  # Somalia
    ], makes=("Statement",)),
    *class_rows("claiming_land_is_no_speech_act", [
        ("India and Pakistan both administer parts of Kashmir but claim the territory in its entirety.", "Statement", False),  # Kashmir
        ("Gunmen fired on tourists visiting the Himalayan region, which both India and Pakistan claim.", "Statement", False),  # Kashmir
        ("Venezuela claims the Essequibo region of Guyana.", "Statement", False),  # Guyana
        ("Al-Shabaab claimed responsibility for the attack in Mogadishu.", "Statement", True),  # Somalia
        ("The army claimed the strike killed 20 militants.", "Statement", True),  # Mali
    ]),
    *class_rows("refusing_a_thing_or_labelling_a_group_is_no_denial_or_appointment", [
        ("More than 170 people were killed, some of whom were denied medical care.", "Denial", False),  # Bangladesh
        ("The Ethiopian government denied launching the airstrikes on Mekelle.", "Denial", True),  # Ethiopia
        ("In May, Ethiopia designated the group a terrorist organization.", "Appointment", False),  # Ethiopia
        ("The junta designated Ali Lamine Zeine as prime minister.", "Appointment", True),  # Niger
    ]),
    *class_cases("declaring_a_state_is_still_an_announcement", [
        "In August 1999, an Islamic body declared an independent state in parts of Dagestan.",  # Russia
    ], makes=("Announcement",)),
    *class_rows("only_some_senses_are_read_from_the_subject", [
        ("Dozens were killed in the violence, with Ituri province the hardest hit.", "Attack", False),  # DR Congo
        ("Some 21 bombs had gone off in Belfast by the evening.", "Bombing", True),  # Northern Ireland
        ("Russian troops massed along the border with Ukraine.", "TroopBuildup", True),  # Ukraine
        ("Protesters massed outside parliament in Nairobi.", "TroopBuildup", False),  # Kenya
    ]),
]


@pytest.mark.parametrize("text, makes, makes_no", CASES)
def test_the_class_a_sentence_makes(nlp, text, makes, makes_no):
    assert_classes(extract_text(nlp, text, published=PUBLISHED), makes, makes_no)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("A roadside IED detonated under an army truck near Gao.", "detonated"),  # Mali
        ("Some 21 bombs had gone off in Belfast by the evening.", "gone off"),  # Northern Ireland
        ("Militants set off a car bomb at the entrance of the Sahafi Hotel in Mogadishu.", "set off"),  # Somalia
        ("A vehicle carrying ISIS fighters touched off an IED near Raqqa.", "touched off"),  # Syria
        ("A car bomb killed ten people in Mogadishu.", "car bomb"),  # Somalia: the bomb stands for its blast
    ],
)
def test_a_device_that_goes_off_is_one_bombing(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, "Bombing").trigger.text == trigger


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed near Gao, the army statement said.",  # Mali
        "The Sudanese army issued a statement, saying the RSF had shelled Omdurman.",  # Sudan
        "The Taliban issued a statement on Monday, saying they had captured the district.",  # Afghanistan
        "The junta's statement said the election would be held in December.",  # Myanmar
    ],
)
def test_a_statement_and_its_saying_are_one_speech_act(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert len(events_of(ex, "Statement")) == 1, _types(ex)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The blast targeted a market in Mogadishu.", "Bombing"),  # Somalia
        ("Bombings targeted at the army killed dozens in Dagestan.", "Bombing"),  # Russia
        ("The airstrike hit a hospital in Sagaing.", "AirStrike"),  # Myanmar
        ("The drone strike hit a wedding party near Sanaa.", "AirStrike"),  # Yemen
    ],
)
def test_an_attack_that_targets_or_hits_is_one_attack(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    attacks = [e for e in ex.events if e.type in ("Attack", "Bombing", "AirStrike")]
    assert [e.type for e in attacks] == [cls], _types(ex)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The European Union targeted 20 Belarusian officials with sanctions on Monday.", "Sanctions"),  # Belarus
        ("Washington hit Iranian oil firms with new sanctions after the tanker seizure.", "Sanctions"),  # Iran
        ("The Treasury targeted three RSF commanders with sanctions over the killings in Darfur.", "Sanctions"),  # Sudan
    ],
)
def test_targeting_with_a_measure_is_no_attack(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert events_of(ex, cls) and not [e for e in ex.events if e.type == "Attack"], _types(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen targeted a police station in Peshawar, killing three officers.",  # Pakistan
        "The army targeted the rebel base with airstrikes overnight near Kidal.",  # Mali
    ],
)
def test_targeting_with_force_stays_an_attack(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert [e for e in ex.events if e.type == "Attack" and e.trigger.text == "targeted"], _types(ex)


@pytest.mark.parametrize(
    "text, cls, trigger",
    [
        ("Nine people were dead after the blasts in Belfast.", "Casualties", "dead"),  # Northern Ireland
        ("Some 130 more were mutilated, injured and scarred.", "Casualties", None),  # Northern Ireland
        ("The opposition called for protests after the slaying of seven demonstrators in Caracas.", "Killing", "slaying"),  # Venezuela
        ("Two car bombs claimed nine lives in Mogadishu.", "Casualties", "claimed nine lives"),  # Somalia
        ("Thousands took to the streets of Khartoum.", "Protest", "took to the streets"),  # Sudan
        ("Unions launched a general strike in Niamey.", "Protest", None),  # Niger
        ("Israel's offensive began in October.", "MilitaryOperation", "offensive"),  # Gaza
        ("Maduro survived the failed assassination attempt in Caracas.", "Attack", "assassination attempt"),  # Venezuela
        ("The IRA men carried out the May 22 concert bombing in the city.", "Bombing", "carried out the May 22 concert bombing"),  # Northern Ireland
    ],
)
def test_events_the_lexicon_or_the_tagger_hid(nlp, text, cls, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    found = events_of(ex, cls)
    assert found, _types(ex)
    if trigger is not None:
        assert found[0].trigger.text == trigger


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Some 60,000 people left everything behind to escape clashes between armed groups.", "Displacement"),  # CAR
        ("Thousands escaped the fighting in Khartoum.", "Displacement"),  # Sudan
        ("Villagers escaped the airstrikes on Sagaing.", "Displacement"),  # Myanmar
        ("Gang leaders escaped from the national penitentiary.", "Escape"),  # Haiti
    ],
)
def test_escaping_violence_is_displacement_escaping_prison_is_escape(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert [e.type for e in ex.events if e.trigger.text.startswith("escape")] == [cls], _types(ex)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The southern factions captured Daraa and Suwayda.", "TerritorialControl"),  # Syria
        ("M23 captured Rubaya and Masisi.", "TerritorialControl"),  # DR Congo
        ("The army captured the rebel commander Abu Yahya.", "Arrest"),  # Syria
    ],
)
def test_a_place_captured_is_territory_a_person_captured_is_an_arrest(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert [e.type for e in ex.events if e.trigger.text == "captured"] == [cls], _types(ex)
