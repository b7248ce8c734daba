"""Arguments, session 13: the events of an "after" clause that names no place happened where
the main clause says ("A curfew was imposed in Bamako after soldiers fired at protesters,
killing two men"), and who was behind an event did it ("al-Shabaab was behind the attack",
"the M23 was responsible for the killings", "the attack was blamed on Boko Haram"), and the
state whose power changes hands is the place, not a second agent ("Burkina Faso's military
ousted the president", "Guinea's president resigned"), with cases where the rules must not
fire (a place of the clause's own, a meeting, the end of a way, what is only said; a denial,
a negation, "those responsible"; a state that acts beside another, forces that take a town),
and the victims "from" a body named are of that body ("killed two aid workers from the IRC"),
and what is done on arriving is done there ("a convoy drove into Monguno and came under attack"),
and a threat and the act it threatens share their sides ("threatened a coup against Qarase"),
and a channel names whom it was said to ("said in a statement to Reuters"), and who answers an
appeal was appealed to ("Australia refused Qarase's request"), and the "with" of a rupture is its
other side, not its place ("severed relations with Ukraine").
Sentences written for this test (Mali, Papua New Guinea, Guinea, Bangladesh, Jamaica,
Myanmar, DR Congo, Niger, Somalia, Israel, Sudan, Nigeria, Afghanistan, Burkina Faso, Fiji,
Ukraine, Rwanda, Kenya, South Sudan, Gaza, Australia, New Zealand, Qatar, Algeria, Belgium, France)."""
from __future__ import annotations

import pytest

from helpers import assert_role, event_at, extract_text, place_of, role_cases, role_names

pytestmark = pytest.mark.model


# ---------------------------------------------------------------------- who is in which role

ROLES = [
    *role_cases("who_was_behind_an_event_did_it", [
        ("Authorities said al-Shabaab was behind the attack on the hotel.", "attack", "al-shabaab"),
        ("Police said Hamas was behind the rocket attack.", "rocket attack", "hamas"),
        ("Officials said the M23 was responsible for the killings in Kishishe.", "killings", "m23"),
        ("The UN said the RSF were responsible for the shelling of El Fasher.", "shelling", "rapid support forces"),
        ("Boko Haram has been behind a series of kidnappings and suicide bombings.", "kidnappings", "boko haram"),
        ("Boko Haram has been behind a series of kidnappings and suicide bombings.", "suicide bombings", "boko haram"),
    ], "agent"),
    *role_cases("who_is_blamed_did_it", [
        ("The attack was blamed on Boko Haram.", "attack", {"boko haram"}),
        ("The ambush was blamed on the ADF.", "ambush", {"allied democratic forces"}),
        ("Boko Haram has been blamed for the bombing of the mosque.", "bombing", {"boko haram"}),
        ("The RSF has been accused of ethnic cleansing in West Darfur.", "ethnic cleansing", {"rapid support forces"}),
        # what is blamed on no actor
        ("The clashes were blamed on a dispute over land.", "clashes", set()),
        # condemned, not blamed
        ("The attack was condemned by the African Union.", "attack", set()),
    ], "agent"),
    *role_cases("victims_from_a_body", [
        ("The attack killed two aid workers from the International Rescue Committee.", "killed",
         {"international rescue committee"}),
        ("Gunmen killed four health workers from Doctors Without Borders in Tigray.", "killed", {"médecins sans frontières"}),
        ("The airstrike killed 84 fighters from Wagner.", "killed", {"wagner group"}),
        # people from a place are not the place's
        ("The raid killed 12 villagers from Kiwanja.", "killed", {"villagers"}),
    ], "target"),
    *role_cases("a_threat_and_the_act_it_threatens_share_their_sides", [
        ("For weeks, the army chief Frank Bainimarama has threatened a coup against Prime Minister Laisenia Qarase.",
         "threatened", "target", {"laisenia qarase"}),
        ("The ADF threatened further attacks on MONUSCO peacekeepers.", "threatened", "target",
         {"united nations organization stabilization mission in the democratic republic of the congo"}),
        ("Hamas threatened Israel with more rocket attacks.", "rocket attacks", "agent", {"hamas"}),
        ("Hamas threatened Israel with more rocket attacks.", "rocket attacks", "target", {"israel"}),
        # a town the act would hit is where, not whom
        ("The M23 threatened an assault on Goma.", "threatened", "target", set()),
        ("Russia threatened strikes on Kyiv.", "threatened", "target", set()),
    ]),
    *role_cases("whom_a_statement_was_made_to", [
        ("The army said in a statement to Reuters that 12 soldiers were killed.", "said", {"reuters"}),
        ("In a letter to the Security Council, the minister said the talks had failed.", "said", {"united nations security council"}),
        # who takes part in a call is no addressee of what was urged in it
        ("In a call with Aliyev, Blinken urged Azerbaijan to end the offensive.", "urged", {"azerbaijan"}),
        # the channel the parser hung on the object
        ("The group claimed responsibility in a statement to the Associated Press.", "claimed", {"associated press"}),
        ("The army denied the reports in a statement to Reuters.", "denied", {"reuters"}),
        # a statement to no one named
        ("The African Union condemned the attack in a statement on Sunday.", "condemned", set()),
    ], "addressee"),
    *role_cases("who_answers_an_appeal_was_appealed_to", [
        ("Australia refused Mr. Qarase's request to send troops.", "request", {"australia"}),
        ("New Zealand condemned the coup but refused Mr. Qarase's request for troops.", "request", {"new zealand"}),
        ("The Taliban ignored the UN's call for talks.", "call", {"taliban"}),
        # welcoming a call is not being called on
        ("The UN welcomed Qatar's call for a ceasefire.", "call", set()),
    ], "addressee"),
]


@pytest.mark.parametrize("text, trigger, role, who, present", ROLES)
def test_the_role_a_sentence_gives(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


@pytest.mark.parametrize(
    "text, triggers, place",
    [
        ("A curfew was imposed in Bamako after soldiers fired at protesters, killing two men.", ("fired at", "killing"), "Bamako"),
        ("A state of emergency was declared in Port Moresby after gunmen looted shops and set fire to a market.",
         ("looted", "set fire to"), "Port Moresby"),
        ("Protests broke out in Conakry after security forces shot dead a student.", ("shot dead",), "Conakry"),
        ("Riots erupted in Dhaka after police arrested the opposition leader.", ("arrested",), "Dhaka"),
        ("A state of emergency has been declared in Kingston, the capital of Jamaica, after gunmen fired at police stations, "
         "injuring two officers.", ("fired at", "injuring"), "Kingston"),
    ],
)
def test_after_clause_takes_the_main_place(nlp, text, triggers, place):
    ex = extract_text(nlp, text)
    for trigger in triggers:
        assert place_of(ex, event_at(ex, trigger)) == place, trigger


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # the clause names its own place
        ("A curfew was imposed in Kinshasa after rebels shelled Goma.", "shelled", "Goma"),
        ("A curfew was imposed in Yangon after soldiers shelled villages in Sagaing.", "shelled", "Sagaing"),
        # a meeting is not where what it meets about happened
        ("The Security Council met in New York after rebels attacked a peacekeeping base.", "attacked", None),
        # the end of a way is not where the cause was
        ("Dozens of families fled to Goma after rebels attacked their village.", "attacked", None),
        # what is only said or threatened takes no place
        ("The junta imposed a curfew in Niamey after Nigeria threatened to intervene.", "threatened", None),
    ],
)
def test_after_clause_keeps_its_own(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == place


@pytest.mark.parametrize(
    "text, trigger",
    [
        # denied or negated: no agent
        ("The Taliban denied they were behind the bombing.", "bombing"),
        ("Hamas said it was not behind the attack.", "attack"),
        # "those responsible": nobody named
        ("Those responsible for the massacre in Beni must be punished.", "massacre"),
    ],
)
def test_no_agent_from_a_denied_or_unnamed_culprit(nlp, text, trigger):
    ex = extract_text(nlp, text)
    assert role_names(ex, event_at(ex, trigger), "agent") == set()


@pytest.mark.parametrize(
    "text, trigger, agents, place",
    [
        ("Guinea's president resigned on Tuesday.", "resigned", set(), "Guinea"),
        ("The Malian prime minister stepped down on Monday.", "stepped down", set(), "Mali"),
        ("Burkina Faso's military ousted President Roch Kabore.", "ousted", {"army of burkina faso"}, "Burkina Faso"),
        ("Mali's junta dismissed the prime minister.", "dismissed", {"junta of mali"}, "Mali"),
        ("Niger's presidential guard detained President Bazoum and seized power.", "seized power",
         {"presidential guard of niger"}, "Niger"),
        ("Fiji's military has taken control of the country from the elected government.", "taken control of",
         {"army of fiji"}, "Fiji"),
        # not a change of power, or not the state's own: the state keeps its part
        ("Russian forces took control of Avdiivka.", "took control of", {"russian armed forces", "russia"}, "Avdiivka"),
        ("Rwanda and the M23 rebels seized Goma.", "seized", {"rwanda", "m23"}, "Goma"),
    ],
)
def test_the_state_of_a_change_of_power_is_its_place(nlp, text, trigger, agents, place):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert role_names(ex, e, "agent") == agents
    assert place_of(ex, e) == place


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("A convoy travelling from Maiduguri drove into Monguno and came under attack.", "attack", "Monguno"),
        ("The rebels left Bunia on Monday, drove to Komanda and attacked the market.", "attacked", "Komanda"),
        ("Thousands fled to Renk and were attacked by militiamen.", "attacked", "Renk"),
        # a place of its own clause stays
        ("Protesters gathered in Westlands, marched to parliament and clashed with police in Nairobi.", "clashed", "Nairobi"),
        # what is said after going is not placed by the going
        ("The soldiers went to Gao and said they would attack Kidal.", "said", None),
    ],
)
def test_what_is_done_on_arriving_is_done_there(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == place


@pytest.mark.parametrize(
    "text, trigger, targets, place",
    [
        ("Niger severed diplomatic relations with Ukraine.", "severed diplomatic relations", {"ukraine"}, None),
        ("Mali broke off relations with Algeria.", "broke off relations", {"algeria"}, None),
        ("Rwanda cut diplomatic ties with Belgium on Monday.", "cut diplomatic ties", {"belgium"}, None),
        # where it was done stays where
        ("The juntas cut ties with France in Bamako.", "cut ties", {"france"}, "Bamako"),
    ],
)
def test_the_other_side_of_a_rupture(nlp, text, trigger, targets, place):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert role_names(ex, e, "target") == targets
    assert place_of(ex, e) == place


@pytest.mark.parametrize(
    "text, trigger, targets, place",
    [
        ("Coup leaders overthrew Fiji's first ethnic Indian prime minister in 2000.", "overthrew", set(), "Fiji"),
        ("The army ousted the Malian president in August 2020.", "ousted", set(), "Mali"),
        # a named leader stays the one ousted
        ("The army ousted President Ibrahim Boubacar Keita in Mali.", "ousted", {"ibrahim boubacar keita"}, "Mali"),
    ],
)
def test_the_state_of_an_unnamed_ousted_leader_is_the_place(nlp, text, trigger, targets, place):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert role_names(ex, e, "target") == targets
    assert place_of(ex, e) == place
