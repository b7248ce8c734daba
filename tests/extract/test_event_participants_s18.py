"""Session 18 (args18a): participants read by syntax, for any event kind
(kg/extract/events/nouns.py, arguments.py; ontology argument frames).

* the person who is the possessor of a singular noun of an event done to someone
  (kgo:argumentFrame "possTarget": arrest, detention, abduction, release, killing, ouster,
  dismissal...) is its target, not its agent ("X's arrest sparked protests"); not when
  the noun has an "of" object ("X's release of prisoners": X releases), nor on a plural
  noun ("the president's killings": their own acts), nor when the possessor is a state or
  a body ("Russia's expulsion");
* the subject of a verb of undergoing (``undergoing_verbs``: survive, suffer, face...) whose
  object is an event done to someone is its target ("X survived an assassination
  attempt", "X faces arrest"), not in a war or talks ("Ukraine faces a long war");
* what an event noun, the subject of a verb of harm that is no event itself
  (``struck_verbs``: target, rock, tear through), struck is its target ("the attack
  targeted a convoy of the Malian army");
* the "by" agent of the last of coordinated passives is the first's too, when both are done
  to someone ("were abducted and killed by al-Shabaab fighters"), not through a verb that
  is no such event ("were wounded and flown to Kinshasa by UN helicopters");
* "at the hands of X" on a harm (its verb, or the verb whose object the event noun is):
  X did it;
* "X was the target of <event>", "the target of <event> was X": X is its target;
* "the two leaders", "both men" (``counted_person_nouns``) stand for the people named together
  in the nearest sentence before that names any, when it names exactly as many (as actors of
  any event, speakers too); not when it names more or fewer; "the two countries", "both
  sides" (``counted_party_nouns``) in the same way for states and organisations;
* the noun a present participle of undergoing describes ("children *dying* of cholera",
  ``undergoer_verbs``) is its victim, not its doer;
* "X was among those arrested", "Among those killed was Y", "Those released included A and
  B": the names are those it was done to.

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text
from helpers import role_names as _actors

POSSESSED = [
    # (text, trigger, the person it was done to)
    ("Imran Khan's arrest sparked riots across Pakistan on Tuesday.", "arrest", "imran khan"),
    ("Ousmane Sonko's detention angered his supporters in Dakar.", "detention", "ousmane sonko"),
    ("Sheikh Hasina's ouster ended fifteen years of rule in Bangladesh.", "ouster", "hasina"),
    ("Evo Morales's resignation and Jeanine Anez's arrest divided Bolivia.", "arrest", "jeanine anez"),
    ("Kizza Besigye's detention in Nairobi was condemned by rights groups.", "detention", "kizza besigye"),
    ("Alexei Navalny's death in an Arctic prison shocked his supporters.", "death", "alexei navalny"),
    ("Maria Kolesnikova's abduction in Minsk alarmed diplomats.", "abduction", "maria kolesnikova"),
    ("Pedro Castillo's removal from office triggered protests across Peru.", "removal", "pedro castillo"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, person", POSSESSED)
def test_a_persons_possessed_event_was_done_to_them(nlp, text, trigger, person):
    ex = extract_text(nlp, text)
    ev = event_at(ex, trigger)
    assert person in _actors(ex, ev, "target")
    assert person not in _actors(ex, ev, "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, doer", [
    ("Vladimir Putin's release of prisoners surprised observers in Kyiv.", "release", "vladimir putin"),
    ("Rodrigo Duterte's killings drew condemnation from the United Nations.", "killings", "rodrigo duterte"),
    ("Hamas's abduction of civilians shocked Israel.", "abduction", "hamas"),
])
def test_a_possessor_with_an_of_object_or_on_a_plural_noun_did_it(nlp, text, trigger, doer):
    ex = extract_text(nlp, text)
    ev = event_at(ex, trigger)
    assert doer in _actors(ex, ev, "agent")
    assert doer not in _actors(ex, ev, "target")


@pytest.mark.model
def test_a_states_possessed_offensive_is_its_own(nlp):
    ex = extract_text(nlp, "Russia's offensive in the east stalled in March.")
    assert "russia" in _actors(ex, event_at(ex, "offensive"), "agent")


UNDERGONE = [
    ("President Nicolas Maduro survived an attack on his life in Caracas.", "attack", "nicolas maduro"),
    ("Opposition leader Kizza Besigye faces arrest in Uganda.", "arrest", "kizza besigye"),
    ("Hezbollah faced Israeli strikes in southern Lebanon on Sunday.", "strikes", "hezbollah"),
    ("The Kurdistan Workers' Party suffered heavy air strikes in northern Iraq.", "air strikes", "kurdistan workers' party"),
    ("Governor Babagana Zulum survived an ambush near Maiduguri.", "ambush", "babagana zulum"),
    ("Former president Jacob Zuma faces trial in South Africa.", "trial", "jacob zuma"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, target", UNDERGONE)
def test_who_undergoes_an_event_is_its_target(nlp, text, trigger, target):
    ex = extract_text(nlp, text)
    ev = event_at(ex, trigger)
    assert target in _actors(ex, ev, "target")
    assert target not in _actors(ex, ev, "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, side", [
    ("Ukraine faces a long war with Russia.", "war", "ukraine"),
    ("Armenia and Azerbaijan face difficult talks in Brussels.", "talks", "armenia"),
])
def test_who_faces_a_war_or_talks_is_no_target(nlp, text, trigger, side):
    ex = extract_text(nlp, text)
    assert side not in _actors(ex, event_at(ex, trigger), "target")


STRUCK = [
    ("The attack targeted a convoy of the Malian army near Gao.", "attack", "malian armed forces"),
    ("Bombings targeted the Nigerian military in Borno last year.", "Bombings", "army of nigeria"),
    ("The explosion targeted the headquarters of Hezbollah in Beirut.", "explosion", "hezbollah"),
    ("A drone strike targeted al-Shabaab near Kismayo on Monday.", "drone strike", "al-shabaab"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, target", STRUCK)
def test_what_an_event_targeted_is_its_target(nlp, text, trigger, target):
    ex = extract_text(nlp, text)
    assert target in _actors(ex, event_at(ex, trigger), "target")


@pytest.mark.model
def test_what_protests_rocked_was_no_target(nlp):
    ex = extract_text(nlp, "The protests rocked the government of Sri Lanka in July.")
    assert not _actors(ex, event_at(ex, "protests"), "target")


@pytest.mark.model
def test_a_verb_that_is_an_event_itself_keeps_its_own_victims(nlp):
    ex = extract_text(nlp, "The blast killed five Somali soldiers in Mogadishu.")
    assert not _actors(ex, event_at(ex, "blast"), "target")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, doer", [
    ("Fifteen attackers were killed or captured by Nigerian security forces.", "killed", "security forces of nigeria"),
    ("Three aid workers were abducted and killed by al-Shabaab fighters in Somalia.", "abducted", "al-shabaab"),
    ("The protesters were arrested and beaten by Zimbabwean police in Harare.", "arrested", "police of zimbabwe"),
    ("Two journalists were detained and tortured by the Myanmar military in Yangon.", "detained", "tatmadaw"),
    ("Several villagers were kidnapped and later killed by Boko Haram near Maiduguri.", "kidnapped", "boko haram"),
])
def test_coordinated_passives_share_their_by_agent(nlp, text, trigger, doer):
    ex = extract_text(nlp, text)
    assert doer in _actors(ex, event_at(ex, trigger), "agent")


@pytest.mark.model
def test_a_by_agent_of_a_verb_that_is_no_harm_is_not_shared(nlp):
    ex = extract_text(nlp, "Two soldiers were wounded and flown to Kinshasa by UN helicopters.")
    assert not _actors(ex, event_at(ex, "wounded"), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, doer", [
    ("Dozens of protesters died at the hands of Ethiopian police in Oromia.", "died", "police of ethiopia"),
    ("Opposition activists suffered torture at the hands of the Eritrean army.", "torture", "eritrea"),
    ("Hundreds of civilians were killed at the hands of the Rapid Support Forces in Darfur.", "killed", "rapid support forces"),
    ("Two journalists were beaten at the hands of Zimbabwean police in Harare.", "beaten", "police of zimbabwe"),
])
def test_at_the_hands_of_names_the_doer(nlp, text, trigger, doer):
    ex = extract_text(nlp, text)
    assert doer in _actors(ex, event_at(ex, trigger), "agent")


@pytest.mark.model
def test_in_the_hands_of_names_no_doer(nlp):
    ex = extract_text(nlp, "Three civilians were wounded in Goma, which remains in the hands of the M23 rebels.")
    assert "m23" not in _actors(ex, event_at(ex, "wounded"), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, target", [
    ("The embassy of Israel was the target of a bomb attack in Nicosia.", "bomb attack", "israel"),
    ("Hezbollah became the target of Israeli air strikes in southern Lebanon.", "air strikes", "hezbollah"),
    ("The target of the attack was the Malian army, officials said.", "attack", "malian armed forces"),
    ("The Kurdistan Workers' Party was the target of Turkish drone strikes in Iraq.", "drone strikes", "kurdistan workers' party"),
])
def test_who_is_said_to_be_the_target_of_an_event_is_its_target(nlp, text, trigger, target):
    ex = extract_text(nlp, text)
    assert target in _actors(ex, event_at(ex, trigger), "target")


@pytest.mark.model
def test_the_target_of_criticism_is_no_target_of_an_attack(nlp):
    ex = extract_text(nlp, "Hamas was the target of criticism after the attack on Israel.")
    assert "hamas" not in _actors(ex, event_at(ex, "attack"), "target")


COUNTED = [
    ("Emmanuel Macron spoke with Olaf Scholz on Friday. The two leaders said the attack in Kyiv was an act of terror.",
     "said", "speaker", {"emmanuel macron", "olaf scholz"}),
    ("Opposition leader Nelson Chamisa and President Emmerson Mnangagwa were invited to a prayer meeting in Harare. "
     "The two men had gone to attend the service when police blocked the road.", "attend", "agent",
     {"nelson chamisa", "emmerson mnangagwa"}),
    ("Police detained Bobi Wine and Alexei Navalny in Kampala. Both men were released on Tuesday.",
     "released", "target", {"bobi wine", "alexei navalny"}),
    ("Joe Biden met Xi Jinping in Bali on Monday. The two leaders agreed to resume talks on climate.",
     "resume talks", "agent", {"joe biden", "xi jinping"}),
    ("Hakainde Hichilema and Edgar Lungu campaigned in Lusaka. The two rivals accused each other of fraud on Sunday.",
     "accused", "speaker", {"hakainde hichilema", "edgar lungu"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, people", COUNTED)
def test_the_two_men_are_the_two_named_before(nlp, text, trigger, role, people):
    ex = extract_text(nlp, text)
    assert people <= _actors(ex, event_at(ex, trigger), role)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, person", [
    ("Police detained Bobi Wine, Alexei Navalny and Joshua Wong in Kampala. The two men were released on Tuesday.",
     "released", "target", "joshua wong"),
    ("Police detained Bobi Wine in Kampala. The two men were released on Tuesday.", "released", "target", "bobi wine"),
])
def test_the_two_men_are_no_one_when_the_count_differs(nlp, text, trigger, role, person):
    ex = extract_text(nlp, text)
    assert person not in _actors(ex, event_at(ex, trigger), role)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, victim", [
    ("Three children dying of cholera were taken to a clinic in Aden.", "dying", "children"),
    ("Migrants drowning off Libya were rescued by the Italian coast guard.", "drowning", "migrants"),
    ("Prisoners dying of hunger in a jail near Juba were freed on Monday.", "dying", "prisoners"),
])
def test_who_is_dying_is_the_victim(nlp, text, trigger, victim):
    ex = extract_text(nlp, text)
    ev = event_at(ex, trigger)
    assert victim in _actors(ex, ev, "target")
    assert victim not in _actors(ex, ev, "agent")


@pytest.mark.model
def test_who_is_killing_is_the_doer(nlp):
    ex = extract_text(nlp, "Soldiers killing civilians in Tigray were filmed by a drone.")
    assert "soldiers" in _actors(ex, event_at(ex, "killing"), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, people", [
    ("Opposition leader Freeman Mbowe was among those arrested in Mwanza on Monday.", "arrested", {"freeman mbowe"}),
    ("Journalist Mahmoud Hussein was among those detained by Egyptian police in Cairo.", "detained", {"mahmoud hussein"}),
    ("Among those abducted was Leah Sharibu, a schoolgirl from Dapchi.", "abducted", {"leah sharibu"}),
    ("Those released included Maria Kalesnikava and Ales Bialiatski.", "released", {"maria kalesnikava", "ales bialiatski"}),
    ("Rebel commander Sultani Makenga was among those killed in the fighting.", "killed", {"sultani makenga"}),
])
def test_who_is_among_those_it_was_done_to_is_its_target(nlp, text, trigger, people):
    ex = extract_text(nlp, text)
    ev = event_at(ex, trigger)
    assert people <= _actors(ex, ev, "target")
    assert not people & _actors(ex, ev, "agent")


@pytest.mark.model
def test_among_those_who_did_it_is_no_target(nlp):
    ex = extract_text(nlp, "Hemedti was among those who ordered the attack on El Fasher.")
    assert "hemedti" not in _actors(ex, event_at(ex, "attack"), "target")


PARTIES = [
    ("Armenia and Azerbaijan held talks in Brussels on Sunday. The two countries agreed to open a border crossing.",
     "agreed to", "agent", {"armenia", "azerbaijan"}),
    ("Thailand accused Cambodia of shelling border villages. Both sides have deployed troops along the frontier.",
     "deployed", "agent", {"thailand", "cambodia"}),
    ("Ethiopia and Eritrea signed a peace deal in 2018. The two neighbours fought a war from 1998 to 2000.",
     "fought a war", "agent", {"ethiopia", "eritrea"}),
    ("The Sudanese army and the Rapid Support Forces have fought since April. Both sides have been accused of war crimes.",
     "accused", "target", {"rapid support forces", "sudan"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, parties", PARTIES)
def test_the_two_countries_are_the_two_named_before(nlp, text, trigger, role, parties):
    ex = extract_text(nlp, text)
    assert parties <= _actors(ex, event_at(ex, trigger), role)


@pytest.mark.model
def test_both_sides_are_no_one_when_three_were_named(nlp):
    ex = extract_text(nlp, "Qatar hosted talks between the United States and the Taliban. Both sides agreed to a prisoner swap.")
    assert "qatar" not in _actors(ex, event_at(ex, "agreed to"), "agent")
