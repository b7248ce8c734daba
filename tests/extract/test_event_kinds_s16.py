"""Session 16 (issue 11, WikiEvents precision): event kinds read from who does them, and
forces stationed somewhere.

The kind of an event noun is read from who does it through a verb of doing (kgo:agentVerb:
"launched", "carried out", "conducted").

Police or security forces who *launch* or *carry out* raids carry out a police operation, as
when they "raided" (``agent_classes``); armed groups' raids stay attacks. The first of "Police
and counter-terror officers", which the parser hangs on the last as a modifier, counts as a doer.
"Troops stationed in X", a participle hung on the noun, says where they are: no troop movement,
and what befalls them befalls them there ("opened fire on police stationed at the gate in X").
An explosion an "-ing" clause gives as the result of a bombing ("touched off a landmine, setting
off an explosion that killed ...") is that bombing. A later mention of the raids that names no
doer of its own takes the kind its doer gave the first ("the raids lasted hours"). A phrase fronted
before a verb is no dependent its pattern requires ("For each business, call the workers").
Sentences written for these tests (Kenya, Mali, Brazil, Pakistan, Peru, Nigeria, Somalia, Syria,
Colombia, Russia, Eritrea, Turkey, Belarus, Venezuela)."""
from __future__ import annotations

import pytest

from helpers import extract_text


def _kinds(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in extract_text(nlp, text).events}


@pytest.mark.parametrize(
    "text, trigger, cls",
    [
        ("Police launched raids on homes in Nairobi on Monday.", "launched raids", "PoliceOperation"),
        ("Security forces carried out raids in three districts of Bamako overnight.", "carried out raids", "PoliceOperation"),
        ("Raids were carried out by police in the Kibera slum on Friday.", "Raids were carried", "PoliceOperation"),
        ("Police and counter-terror officers launched further raids early Monday in Karachi.",
         "launched further raids", "PoliceOperation"),
        ("Riot police surrounded the campus and launched raids on the dormitories in Lima.",
         "launched raids", "PoliceOperation"),
        # must not fire: armed groups and soldiers raid as an attack
        ("Rebels launched raids on army posts in northern Mali.", "launched raids", "Attack"),
        ("Jihadists carried out a raid on a military base near Gao, killing 12 soldiers.", "carried out a raid", "Attack"),
        ("Al-Shabaab fighters launched a raid on an army base in Lower Shabelle.", "launched a raid", "Attack"),
        ("Soldiers raided a village suspected of harbouring insurgents in Borno.", "raided", "Attack"),
        ("Government forces launched an attack on the rebel stronghold near Idlib.", "launched an attack", "Attack"),
        # a phrase fronted before the verb ("for which" still counts) and one after it
        ("For the third time this year, the union in Lagos called for a national strike.", "called for", "Appeal"),
        ("These are the reforms for which the protesters in Khartoum have called.", "called", "Appeal"),
        ("On Monday, the opposition in Dhaka called for a general strike.", "called for", "Appeal"),
        ("On the government's orders, police arrested 20 activists in Minsk.", "arrested", "Arrest"),
        # stationing troops is a troop movement (below: troops stationed somewhere are none)
        ("Russia stationed troops and nuclear weapons in Belarus last year.", "stationed", "TroopMovement"),
        ("The government has stationed 2,000 soldiers along the border with Venezuela.", "stationed", "TroopMovement"),
        ("Troops were stationed in the capital ahead of the vote.", "stationed", "TroopMovement"),
    ],
)
def test_the_kind_of_a_trigger(nlp, text, trigger, cls):
    kinds = _kinds(nlp, text)
    assert kinds.get(trigger) == cls, kinds


def test_police_attacked_stay_an_attack_when_the_noun_is_no_raid(nlp):
    # the police row is about raids, storms, searches and sweeps only
    kinds = _kinds(nlp, "Police launched an assault on the gang's hideout in Medellin.")
    assert "PoliceOperation" not in kinds.values(), kinds


# Where a force is stationed (``stative_participles``): "troops stationed in X", hung on the
# noun, say where they are, no troop movement; what befalls them befalls them there.


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The republic has seen numerous bombings targeted at the Russian garrison stationed in the republic.",
         "TroopMovement"),
        ("Thousands of troops stationed near the border with Eritrea were put on alert.", "TroopMovement"),
        ("Peacekeepers stationed in Kidal came under mortar fire on Sunday.", "TroopMovement"),
        ("Gunmen opened fire on soldiers stationed at a checkpoint outside Maiduguri.", "TroopMovement"),
        # a phrase fronted before a verb is no dependent its pattern requires: no "call for"
        ("For each business, call all the workers and organize how they will vote on Sunday.", "Appeal"),
        ("For the ministry in Caracas, call every employee and check the list.", "Appeal"),
    ],
)
def test_no_event_of_the_kind(nlp, text, cls):
    kinds = _kinds(nlp, text)
    assert cls not in kinds.values(), kinds


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("Two policemen were injured when the attackers opened fire on police stationed at the entrance "
         "of the building in Ankara.", "opened fire on", "Ankara"),
        ("Peacekeepers stationed in Kidal came under mortar fire on Sunday.", "mortar fire", "Kidal"),
    ],
)
def test_where_they_are_stationed_is_where_they_are_hit(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    ev = next(e for e in ex.events if e.trigger.text == trigger)
    assert ev.place is not None and ex.entities[ev.place].label == place, [(e.trigger.text, e.place) for e in ex.events]


# An event noun an "-ing" clause gives as the result of the event its verb tells, of the same
# kind ("touched off a landmine, *setting off an explosion*"): one event, with the noun's clauses.


@pytest.mark.parametrize(
    "text, place",
    [
        ("A minibus touched off a landmine, setting off an explosion that killed nine passengers near Mopti.", "Mopti"),
        ("A roadside bomb went off in Quetta, causing a blast that damaged several shops.", "Quetta"),
        ("Militants detonated a car bomb outside the ministry in Kabul, triggering an explosion heard across the city.", "Kabul"),
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu, setting off a blast that killed four soldiers.",
         "Mogadishu"),
    ],
)
def test_an_explosion_set_off_by_a_bombing_is_that_bombing(nlp, text, place):
    ex = extract_text(nlp, text)
    bombings = [e for e in ex.events if e.type == "Bombing"]
    assert len(bombings) == 1, [(e.type, e.trigger.text) for e in ex.events]
    assert bombings[0].place is not None and ex.entities[bombings[0].place].label == place


@pytest.mark.parametrize(
    "text, kinds",
    [
        # a result of another kind stays an event of its own
        ("Rebels shelled the town of Kiwanja, triggering clashes with the army.", {"Shelling", "ArmedClash"}),
        ("Gunmen attacked a police station in Zamfara, sparking protests by residents.", {"Attack", "Protest"}),
        # two explosions told apart by their own verbs
        ("A bomb exploded at the market in Maiduguri and a second bomb exploded near the mosque an hour later.", {"Bombing"}),
    ],
)
def test_a_result_of_another_kind_stays(nlp, text, kinds):
    ex = extract_text(nlp, text)
    assert kinds <= {e.type for e in ex.events}, [(e.type, e.trigger.text) for e in ex.events]
    if kinds == {"Bombing"}:
        assert len([e for e in ex.events if e.type == "Bombing"]) == 2


# One sense in one story: a mention of the same word that names no doer takes the kind the doer
# gave another ("police raided ... the raids lasted hours": a police operation again).


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Police raided the offices of the opposition party in Harare on Tuesday. The raids lasted several hours, "
         "witnesses said.", "PoliceOperation"),
        ("Police and counter-terror officers launched further raids early Monday in Lahore. Residents reported "
         "hearing gunshots during the raids.", "PoliceOperation"),
        ("Security forces raided homes of opposition leaders in Dhaka overnight. Several activists were detained "
         "in the raids.", "PoliceOperation"),
        # must not fire: the doer made them attacks
        ("Jihadists carried out raids on villages near Gao on Sunday. The raids killed 12 civilians, officials said.",
         "Attack"),
        ("Gunmen raided a village in Zamfara state. The raid left 20 people dead.", "Attack"),
    ],
)
def test_a_later_mention_takes_the_kind_its_doer_gave(nlp, text, cls):
    ex = extract_text(nlp, text)
    later = [e for e in ex.events if e.trigger.text.lower() in ("raids", "raid", "the raids")]
    assert later and all(e.type == cls for e in later), [(e.type, e.trigger.text) for e in ex.events]


def test_a_later_mention_with_its_own_doer_keeps_its_kind(nlp):
    ex = extract_text(nlp, "Police raided the offices of the opposition party in Harare on Tuesday. Last week, "
                           "rebel raids on farms in the north killed six people.")
    kinds = {e.trigger.text: e.type for e in ex.events}
    assert kinds.get("raids") == "Attack", kinds
