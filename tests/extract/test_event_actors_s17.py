"""Session 17 (ev17a): actors named by a common noun, an office or a pronoun, and roles on the
right side (kg/extract/events/context.py, pronouns.py, role_reading.py, arguments.py,
speakers.py, home_bodies.py; kg/extract/speech.py).

* "accused X of V-ing", "charged X with V-ing", "X were accused of V-ing": the one charged
  did V, never the accuser (``charging_verbs``); an object pronoun in a statement ("Police
  said they arrested 15 students, accusing *them* of ...") is never its clause's subject,
  who is the speaker;
* a bare body noun coordinated after a country's body is that country's body too ("the
  Rwandan police *and army*", "Zimbabwean police and *soldiers*");
* "the country's police": the body of the country named before;
* a harm verb with a subject and no object nor auxiliary is a passive cut short ("left 20
  rioters and seven police officers *injured*"): its subject is the victim, not the doer;
* "According to a statement issued by police, “We used force”": "we" is who the statement
  speaks for;
* "higher than announced by the police": a participle's "by" agent speaks;
* a bare "the government" in a passage that names no place since the sentence that set the
  scene: that sentence's one country ("near the border with X" names no scene).

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text
from helpers import role_names as _actors

CHARGED = [
    # (text, trigger of the charged act, who did it, who must not)
    ("Nepal police said they arrested 15 students, accusing them of staging illegal demonstrations and taking hostages.",
     "staging illegal demonstrations", "students", "police of nepal"),
    ("Nepal police said they arrested 15 students, accusing them of staging illegal demonstrations and taking hostages.",
     "taking hostages", "students", "police of nepal"),
    ("Police in Kenya charged 12 students with burning a bus in Nakuru.", "burning", "students", "police of kenya"),
    ("Ethiopian police arrested dozens of farmers on Monday. The farmers were accused of looting shops in Gondar.",
     "looting", "farmers", "police of ethiopia"),
    ("The Bolivian army detained 30 miners, accusing them of blocking roads and attacking a police station.",
     "attacking", "miners", "army of bolivia"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, doer, not_doer", CHARGED)
def test_the_one_charged_did_the_act_not_the_accuser(nlp, text, trigger, doer, not_doer):
    ex = extract_text(nlp, text)
    agents = _actors(ex, event_at(ex, trigger), "agent")
    assert doer in agents
    assert not_doer not in agents


@pytest.mark.model
def test_who_is_blamed_for_an_act_did_it_and_the_accuser_did_not(nlp):
    ex = extract_text(nlp, "The army in Chad blamed the rebels for attacking a convoy near Abeche.")
    agents = _actors(ex, event_at(ex, "attacking"), "agent")
    assert "rebels" in agents and "army of chad" not in agents


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, bodies", [
    ("Rwandan police and army used live ammunition to disperse refugees in Kigali on Thursday.", "used",
     {"police of rwanda", "rwanda defence force"}),
    ("Ugandan police and soldiers fired tear gas at protesters in Kampala on Monday.", "fired",
     {"police of uganda", "army of uganda"}),
    ("Zimbabwean police and the army arrested 30 opposition supporters in Harare.", "arrested",
     {"police of zimbabwe", "army of zimbabwe"}),
])
def test_a_bare_body_after_a_countrys_body_is_that_countrys(nlp, text, trigger, bodies):
    ex = extract_text(nlp, text)
    assert bodies <= _actors(ex, event_at(ex, trigger), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, other", [
    ("Kenyan police and local militias attacked the village on Monday.", "attacked", "local militias"),
    ("Nigerian troops and rebels clashed near Maiduguri on Friday.", "clashed", "rebels"),
])
def test_a_list_item_with_its_own_words_is_no_body_of_the_country(nlp, text, trigger, other):
    ex = extract_text(nlp, text)
    actors = _actors(ex, event_at(ex, trigger), "agent")
    assert other in actors
    assert not any(a.endswith(("of kenya", "of nigeria")) and a not in ("police of kenya", "army of nigeria") for a in actors)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, body", [
    ("Riots broke out in Rwanda on Thursday. Five people were killed, the country's police announced Friday.",
     "announced", "police of rwanda"),
    ("Clashes spread across Bolivia this week. The country's army denied firing on the crowds.", "denied", "army of bolivia"),
])
def test_the_countrys_body_is_the_body_of_the_country_named_before(nlp, text, trigger, body):
    ex = extract_text(nlp, text)
    assert body in _actors(ex, event_at(ex, trigger), "speaker")


@pytest.mark.model
@pytest.mark.parametrize("text, victims", [
    ("Protesters clashed with police in Dhaka. Officers said the clashes left 20 rioters and seven police officers injured.",
     "police officers"),
    ("The blast in Kabul left 20 people injured, officials said.", "people"),
    ("A statement issued by police in Lima said the riots left 40 protesters wounded.", "protesters"),
])
def test_the_injured_of_a_cut_short_passive_are_its_victims(nlp, text, victims):
    ex = extract_text(nlp, text)
    e = next(e for e in ex.events if e.type == "Casualties" and e.trigger.text in ("injured", "wounded"))
    assert victims in _actors(ex, e, "target")
    assert victims not in _actors(ex, e, "agent")


@pytest.mark.model
def test_the_killers_of_an_active_clause_stay_its_doers(nlp):
    ex = extract_text(nlp, "Gunmen killed 12 villagers in Zamfara state on Sunday, police said.")
    e = event_at(ex, "killed")
    assert "gunmen" in _actors(ex, e, "agent")
    assert "villagers" in _actors(ex, e, "target")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, who", [
    ("Kenyan police clashed with students in Nairobi on Monday. According to a statement issued by the Kenyan police, "
     "“We used proportional force to restore order.”", "used proportional force", "police of kenya"),
    ("Peruvian police dispersed miners in Lima on Friday. According to a statement issued by the Peruvian police, "
     "“We used proportional force against the rioters.”", "used proportional force", "police of peru"),
])
def test_we_in_a_statement_issued_by_someone_is_who_issued_it(nlp, text, trigger, who):
    ex = extract_text(nlp, text)
    assert who in _actors(ex, event_at(ex, trigger), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chadian police used tear gas in N'Djamena on Monday. Residents say the number of deaths could be higher than announced by the police.",
    "Malian police fired on protesters in Bamako. Families say the toll could be higher than reported by the police.",
])
def test_a_participles_by_agent_speaks(nlp, text):
    ex = extract_text(nlp, text)
    e = next(e for e in ex.events if e.trigger.text in ("announced", "reported") and e.type in ("Announcement", "Statement"))
    speakers = _actors(ex, e, "speaker")
    assert any(s.startswith("police of") for s in speakers)
    assert "residents" not in speakers and "families" not in speakers


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, body", [
    ("The dispute centres on farmland in Ghana's Upper East Region, near the border with Burkina Faso. "
     "Periodic escalations have led to deaths and displacement. "
     "In July, the government again deployed additional soldiers to the area.", "deployed", "government of ghana"),
    ("Soldiers took over the state broadcaster in Eritrea's capital, Asmara, on Monday. Reports say the dissidents forced announcers to read a statement. "
     "State media gave no explanation. The government has not commented on the situation.", "commented", "government of eritrea"),
])
def test_a_bare_government_takes_the_country_of_the_sentence_that_set_the_scene(nlp, text, trigger, body):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert body in _actors(ex, e, "agent") | _actors(ex, e, "speaker")


@pytest.mark.model
def test_a_scene_of_two_countries_fixes_no_government(nlp):
    ex = extract_text(nlp, "Fighting between Sudan and Chad displaced thousands. Aid groups warned of hunger. "
                           "The government has not commented on the situation.")
    e = event_at(ex, "commented")
    assert not any(a.startswith("government of") for a in _actors(ex, e, "speaker"))


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("Opposition spokesman John Banda said police had not charged the party leader. "
     "“Senior officials have said that President Peter Mwale must be arrested,” he said outside a police station in Lilongwe.",
     "john banda"),
    ("Rebel spokesman Ali Musa said the fighters had taken the town. "
     "“We will hand Governor Ahmed Idris over to the courts,” he said by telephone.", "ali musa"),
])
def test_he_who_speaks_after_a_quote_is_the_speaker_going_on_not_a_man_named_in_it(nlp, text, speaker):
    ex = extract_text(nlp, text)
    said = [e for e in ex.events if e.trigger.text == "said"][-1]
    assert _actors(ex, said, "speaker") == {speaker}


@pytest.mark.model
def test_he_who_does_something_else_is_not_the_speaker_going_on(nlp):
    ex = extract_text(nlp, "Analyst Jan Novak said the prime minister had won the vote. Robert Kral ran on a nationalist platform. "
                           "He had pledged to end military aid, while criticising NATO.")
    e = event_at(ex, "criticising")
    assert "jan novak" not in _actors(ex, e, "speaker")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, who", [
    ("The operation has the support of Indian forces, thousands of whom have been deployed to seal the border.", "deployed",
     "army of india"),
    ("The offensive has the backing of Kenyan troops, hundreds of whom were deployed to Somalia last year.", "deployed",
     "army of kenya"),
])
def test_some_of_whom_after_a_comma_stands_for_the_noun_before_it(nlp, text, trigger, who):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert who in _actors(ex, e, "target") | _actors(ex, e, "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, agent", [
    ("The police in Katima Mulilo are enforcing a daily curfew.", "police"),
    ("The junta in Niger extended the ban on protests.", "junta of niger"),
    ("Authorities in Bangladesh lifted the curfew in Dhaka on Sunday.", "government of bangladesh"),
])
def test_who_enforces_extends_or_lifts_a_restriction_imposes_it(nlp, text, agent):
    ex = extract_text(nlp, text)
    e = next(e for e in ex.events if e.type == "Restriction")
    assert agent in _actors(ex, e, "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, body", [
    ("Dissident soldiers in Eritrea have ended their day-long siege of the information ministry.", "siege",
     "information ministry of eritrea"),
    ("Protesters stormed the parliament in Kenya on Tuesday.", "stormed", "parliament of kenya"),
])
def test_a_bare_state_body_in_a_story_on_one_country_is_that_countrys(nlp, text, trigger, body):
    ex = extract_text(nlp, text)
    assert body in _actors(ex, event_at(ex, trigger), "target")


@pytest.mark.model
def test_a_bare_ministry_between_two_countries_is_neither(nlp):
    ex = extract_text(nlp, "Fighting between Sudan and Chad displaced thousands. The foreign ministry condemned the attack.")
    assert not any("ministry of" in a for a in _actors(ex, event_at(ex, "condemned"), "speaker"))
