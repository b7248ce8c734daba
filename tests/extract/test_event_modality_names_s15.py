"""Session 15 (issue 11): the right event, class and modality.

* a speech act conjoined to a claim about an event is the speaker's second act, and what it
  demands is called for (kg/extract/events/structure.py, ``_second_speech_acts``);
* an event noun that dates its clause ("after a disputed election") took place, whatever the
  clause denies or supposes (kg/extract/events/modality.py, lexicon ``anchor_prepositions``);
* "the objective of the invasion was to ...": the aim is planned, not the invasion (``aim_nouns``);
* "there should be no looting": called for, hypothetical, not denied;
* "faces charges of murder", "on suspicion of arson": alleged, reported (lexicon ``charge_words``);
* a capitalised event noun a naming word gives ("known as the X Uprising") is a name, and what a
  right allows ("the right to protest") no occurrence: no events (kg/extract/events/nonevents.py,
  lexicon ``naming_words``, ``right_nouns``);
* classes: an act or powers invoked (Decree), a request rejected (PoliticalDecision), charges laid
  (Trial), a strike called (Protest), vehicles impounded (Seizure), camps dismantled (Demolition),
  suspects freed (Release), a raid by security forces (PoliceOperation);
* "overnight" is the night before publication, as "last night" (kg/extract/time.py).

Sentences written for these tests (Georgia, Kenya, Bolivia, Zambia, Niger, Ukraine, Sudan,
Tunisia, Peru, Nepal, Thailand, Pakistan, Haiti, Ecuador, Sri Lanka, Armenia, Belarus, Zimbabwe,
Chile, Bangladesh, Uganda, Thailand, Mali, Iran, Nigeria, DR Congo, Angola), with ones that
must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role_names

PUBLISHED = date(2024, 6, 15)

pytestmark = pytest.mark.model


def _events(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    return ex, [(e.type, e.trigger.text, e.modality) for e in ex.events]


def _at(nlp, text, trigger):
    ex, listed = _events(nlp, text)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, listed
    return ex, found[0]


MODALITY = [
    # the second speech act of a claim: told by the article; what it demands, called for
    ("Opposition parties in Tbilisi claimed that the election was rigged, and demanded a new election and the resignation of the cabinet.",
     "demanded", "asserted"),
    ("Opposition parties in Tbilisi claimed that the election was rigged, and demanded a new election and the resignation of the cabinet.",
     "resignation", "hypothetical"),
    ("The ministry in Nairobi said the explosion was an accident and urged residents to stay calm.", "urged", "asserted"),
    # must not fire: the claimed clause has actors of its own, who demanded
    ("The spokesman said the rebels had attacked the village in Darfur and demanded a ransom for the hostages.", "demanded", "reported"),
    # an event that dates its clause took place
    ("The governor of Santa Cruz refused to step down after a disputed regional election.", "election", "asserted"),
    ("Nobody was arrested during the protests in Lusaka, police said.", "protests", "reported"),
    ("The rebels did not attack the town after the ceasefire in eastern Ukraine.", "ceasefire", "asserted"),
    # ... but a plan stays one, and "before" looks ahead
    ("Troops will return to their barracks in Niamey after the elections next month.", "elections", "planned"),
    ("The governor of Santa Cruz refused to step down.", "step down", "negated"),
    # the aim of an event, not the event, is planned
    ("The objective of the offensive was to cut the road between the two towns.", "offensive", "asserted"),
    ("The purpose of the raid in Port-au-Prince was to free the hostages.", "free", "planned"),
    ("The talks in Addis Ababa were held with the goal of a lasting ceasefire.", "ceasefire", "planned"),
    # what should (not) happen is called for
    ("There should be no looting, the interior minister of Ecuador said.", "looting", "hypothetical"),
    ("There must be a ceasefire in Khartoum before Ramadan, the envoy said.", "ceasefire", "hypothetical"),
    ("There was no looting in Colombo overnight, police said.", "looting", "negated"),
    # what a charge alleges is reported; a definite event charged took place
    ("The former minister faces charges of murder in Lima.", "murder", "reported"),
    ("Police arrested a teenager on suspicion of arson in Dakar.", "arson", "reported"),
    ("The officer was indicted for the killing of the protester in Santiago.", "killing", "asserted"),
    ("Police in Peshawar arrested the suspect and charged him with both attacks.", "attacks", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITY)
def test_modality(nlp, text, trigger, modality):
    _, event = _at(nlp, text, trigger)
    assert event.modality == modality


def test_demand_conjoined_to_a_claim_has_its_speaker(nlp):
    text = "Opposition leaders said the vote in Peru had been rigged and called for a recount."
    ex, event = _at(nlp, text, "called for")
    assert role_names(ex, event, "speaker") == {"opposition leaders"}
    assert event.attributed_to is None


NAMES = [
    ("In Armenia, the unrest is sometimes referred to as the Yerevan Uprising.", "Uprising"),
    ("The protests that followed became known as the Bangkok Rebellion by foreign reporters.", "Rebellion"),
    # what a right allows
    ("The UN urged the authorities in Minsk to respect people's rights to protest peacefully.", "protest"),
    ("Students in Harare exercising their right to protest were beaten by police.", "protest"),
    ("The new constitution of Chile guarantees the right to strike and the freedom to demonstrate.", "demonstrate"),
    ("The envoy urged the junta in Niamey to respect the right to peaceful protest.", "protest"),
]


@pytest.mark.parametrize(("text", "trigger"), NAMES)
def test_a_given_name_is_no_event(nlp, text, trigger):
    _, listed = _events(nlp, text)
    assert trigger not in [t for _, t, _ in listed], listed


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Second Congo War began in 1998 and killed millions.", "War"),  # a name used to tell the event
    ("Police in Karachi called the shooting a terrorist attack.", "attack"),  # a kind, not a name
    ("Residents described the raid in Kandahar as a massacre.", "massacre"),
    ("Police in Dhaka beat students who had gathered to protest against the fuel price rise.", "protest"),
])
def test_named_or_described_events_stay(nlp, text, trigger):
    _at(nlp, text, trigger)


CLASSES = [
    ("On Sunday the prime minister invoked the Public Safety Act to ban the rallies in Colombo.", "invoked the Public Safety Act", "Decree"),
    ("The president of Tunisia invoked emergency powers and suspended parliament.", "invoked emergency powers", "Decree"),
    ("On Tuesday Kenya rejected the opposition leader's request for asylum.", "rejected", "PoliticalDecision"),
    ("On Tuesday Kenya rejected the opposition leader's request for asylum.", "request", "Appeal"),  # the request stays
    ("A court in Kathmandu denied the application for bail on Monday.", "denied", "PoliticalDecision"),
    ("Prosecutors in Lima brought charges against the former minister on Monday.", "brought charges", "Trial"),
    ("Police in Harare laid charges against 40 protesters on Monday.", "laid charges", "Trial"),
    ("Teachers in Port Moresby called a strike over unpaid salaries.", "strike", "Protest"),
    ("Doctors in Lagos declared an indefinite strike on Monday.", "indefinite strike", "Protest"),
    ("Israeli jets carried out a strike on a building in Beirut.", "carried out a strike", "Attack"),
    ("Authorities in Kampala impounded the trucks of the opposition candidate.", "impounded", "Seizure"),
    ("Police in Bangkok dismantled the protest camp near the parliament on Friday.", "dismantled", "Demolition"),
    ("The president of Mali angered the army by freeing several suspected terrorists.", "freeing", "Release"),
    ("Security forces raided the offices of the newspaper in Khartoum on Monday.", "raided", "PoliceOperation"),
    ("Intelligence agents raided the home of the journalist in Tehran.", "raided", "PoliceOperation"),
    # must not fire: the army's or gunmen's raid is an attack, security forces' operation military
    ("Gunmen raided a village in Zamfara state, killing 20 people.", "raided", "Attack"),
    ("The army raided the rebel camp near Goma, killing 12 fighters.", "raided", "Attack"),
    ("Security forces launched a military operation against the rebels in Cabinda.", "launched a military operation", "MilitaryOperation"),
    # must not fire: a claim rejected is a denial, strikes called for are an appeal
    ("The army in Khartoum rejected claims that soldiers had shelled the market.", "rejected claims", "Denial"),
    ("The senator called for strikes on the militants' bases in Waziristan.", "called for", "Appeal"),
]


@pytest.mark.parametrize(("text", "trigger", "cls"), CLASSES)
def test_class(nlp, text, trigger, cls):
    _, event = _at(nlp, text, trigger)
    assert event.type == cls


def test_not_dismantled_without_a_camp(nlp):
    _, listed = _events(nlp, "The new government in Kinshasa pledged to dismantle the network of militias.")
    assert "Demolition" not in [c for c, _, _ in listed], listed


def test_overnight_is_the_night_before(nlp):
    _, event = _at(nlp, "Security forces raided the homes of opposition leaders in Dhaka overnight.", "raided")
    assert event.time is not None and event.time.value == "2024-06-14"


def test_a_convoy_the_story_calls_a_protest_is_one(nlp):
    text = ("The farmers' convoy protest reached the outskirts of Brussels. "
            "On Monday, a convoy was seen heading toward the parliament.")
    _, event = _at(nlp, text, "convoy")
    assert event.type == "Protest"
    _, event = _at(nlp, "A convoy of armoured vehicles was heading toward the capital of Sudan on Sunday.", "convoy")
    assert event.type == "TroopMovement"  # no protest told


@pytest.mark.parametrize(("text", "trigger"), [
    ("The deputies in Nouakchott filed a censure motion against the government on June 30.", "censure motion"),
    ("The prime minister of Nepal lost a confidence vote in parliament on Tuesday.", "confidence vote"),
])
def test_a_motion_against_the_government_is_no_election(nlp, text, trigger):
    _, event = _at(nlp, text, trigger)
    assert event.type == "PoliticalDecision"


def test_conjoined_acts_of_one_subject_share_the_sentence_place(nlp):
    # a new event (the dismantling, placed by "the city") does not take the sentence's one place
    # from the acts conjoined with it
    text = ("On Sunday, riot police in Bangkok arrested 90 protesters, laid charges against their leaders "
            "and dismantled the encampments across the city.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert {ex.entities[e.place].label for e in ex.events if e.type in ("Arrest", "Trial") and e.place} == {"Bangkok"}
