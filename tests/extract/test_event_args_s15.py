"""Session 15 (ev15a): actors the sentence states around an event noun, in clauses the
argument readers did not look into (kg/extract/events/nouns.py, arguments.py).

* who took part in an election, told by a relative clause on it ("the election, which X
  won", "the elections, which saw X win a majority");
* whose rule a coup ended ("the coup that ended X's rule", "that toppled President Y");
* who led it, told by a copula ("X was one of the leading figures in the coup", "Y was among
  the leaders of the coup");
* the sides of a clash that the parser hung on the raid it broke out in, or on the place it
  names ("clashes broke out during a raid between police and X", "fighting erupted in Goma
  between X and Y").

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text


def _actors(ex, event, role: str | None = None) -> set[str]:
    """Lower-cased labels of the event's participants (in ``role``, or in any role)."""
    return {ex.entities[p.entity].label.lower() for p in event.participants
            if p.entity in ex.entities and (role is None or p.role == role)}


ELECTION_WINNERS = [
    ("Raila Odinga rejected the result of the 2013 presidential election, which Uhuru Kenyatta won.", "presidential election", "uhuru kenyatta", True),
    ("Tshisekedi was sworn in after the December 2018 election, which Martin Fayulu contested.", "election", "martin fayulu", True),
    ("Jammeh refused to accept the result of the 2016 election, which Adama Barrow won.", "election", "adama barrow", True),
    ("The 2020 referendum, which saw Alassane Ouattara secure a third term, was boycotted by the opposition.",
     "referendum", "alassane ouattara", True),
    # not a relative clause of taking part: no one is named as a participant
    ("The vote, which observers said was flawed, returned Paul Biya to power.", "vote", "observers", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, who, present", ELECTION_WINNERS)
def test_a_relative_clause_names_who_took_part_in_an_election(nlp, text, trigger, who, present):
    ex = extract_text(nlp, text)
    assert (who in _actors(ex, event_at(ex, trigger), "participant")) == present


def test_an_election_with_a_clause_of_when_it_was_held_has_no_participant(nlp):
    ex = extract_text(nlp, "The election, which was held on Sunday, passed off peacefully.")
    assert not _actors(ex, event_at(ex, "election"))


COUP_TARGETS = [
    ("The 2021 coup that toppled President Alpha Conde was led by Colonel Mamady Doumbouya.", "alpha conde"),
    ("The 1989 coup that ended the rule of Sadiq al-Mahdi brought Omar al-Bashir to power.", "sadiq al-mahdi"),
    ("General Tiani was one of the leading figures in the 2023 coup that ended Mohamed Bazoum's two years in power.",
     "mohamed bazoum"),
    ("Captain Ibrahim Traore was among the leaders of the coup that ousted Paul-Henri Damiba.", "paul-henri damiba"),
    ("The 2008 coup that overthrew Sidi Ould Cheikh Abdallahi was condemned by the African Union.",
     "sidi ould cheikh abdallahi"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, ousted", COUP_TARGETS)
def test_the_coup_that_ended_someones_rule_targets_them(nlp, text, ousted):
    ex = extract_text(nlp, text)
    assert ousted in _actors(ex, event_at(ex, "coup"), "target")


def test_a_coup_that_ended_the_fighting_targets_no_one(nlp):
    ex = extract_text(nlp, "The coup that ended the fighting was welcomed by residents of Bamako.")
    assert not _actors(ex, event_at(ex, "coup"), "target")


COUP_LEADERS = [
    ("General Tiani was one of the leading figures in the 2023 coup that ended Mohamed Bazoum's two years in power.",
     "tiani", True),
    ("Captain Ibrahim Traore was among the leaders of the coup that ousted Paul-Henri Damiba.", "ibrahim traore", True),
    ("Lieutenant Colonel Damiba was the leader of the January coup in Ouagadougou.", "damiba", True),
    ("Colonel Assimi Goita was a figure in the 2020 coup.", "assimi goita", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text, leader, present", COUP_LEADERS)
def test_a_copula_naming_a_leader_of_the_coup_gives_its_agent(nlp, text, leader, present):
    ex = extract_text(nlp, text)
    assert (leader in _actors(ex, event_at(ex, "coup"), "agent")) == present


SIDES = [
    ("Clashes broke out during a raid between Kenyan police and al-Shabaab fighters in Mandera.", "Clashes",
     {"al-shabaab", "police of kenya"}),
    ("A shootout which erupted during a raid between Nigerian police and Boko Haram occurred in Maiduguri on Monday.",
     "shootout", {"boko haram", "police of nigeria"}),
    ("Heavy fighting erupted in Goma between the M23 and the Congolese army.", "Heavy fighting",
     {"m23", "armed forces of the democratic republic of the congo"}),
    ("Fighting broke out near Kidal between the Malian army and the CSP on Sunday.", "Fighting",
     {"malian armed forces", "csp"}),
    ("Clashes erupted during a raid between Somali troops and al-Shabaab near Kismayo.", "Clashes", {"al-shabaab"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, sides", SIDES)
def test_the_sides_of_a_clash_hung_on_its_raid_or_place(nlp, text, trigger, sides):
    ex = extract_text(nlp, text)
    assert sides <= _actors(ex, event_at(ex, trigger), "participant")


def test_a_raid_by_one_side_gives_the_clash_no_sides(nlp):
    ex = extract_text(nlp, "Clashes erupted in Bamako after a raid by Malian police.")
    assert not _actors(ex, event_at(ex, "Clashes"))


def test_an_escalation_between_unnamed_neighbours_mints_no_group(nlp):
    ex = extract_text(nlp, "The council met to address the most serious escalation between the two neighbours in a decade.")
    assert not _actors(ex, event_at(ex, "escalation"))


# Verbs joined by "and" share the object the parser hung on the last one: who was arrested,
# abducted or released. Not when the first verb has an object or a phrase of its own, nor when
# the second has its own subject.
SHARED_OBJECTS = [
    ("Soldiers arrested and tortured dozens of protesters in Bamenda.", "arrested", "protesters", True),
    ("Gunmen abducted and killed three aid workers in Kidal.", "abducted", "aid workers", True),
    ("The militia abducted, raped and killed dozens of women in Ituri.", "abducted", "women", True),
    ("The court ordered the government to release and retry nine opposition leaders.", "release", "opposition leaders", True),
    ("The Houthis continue to round up and detain hundreds of staff of the United Nations.", "round up", "united nations", True),
    ("Police arrested five students and the army killed three protesters in Yangon.", "arrested", "protesters", False),
    ("Soldiers arrested dozens in Bamenda and tortured three protesters.", "arrested", "protesters", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, whom, present", SHARED_OBJECTS)
def test_verbs_joined_by_and_share_their_object(nlp, text, trigger, whom, present):
    ex = extract_text(nlp, text)
    assert (whom in _actors(ex, event_at(ex, trigger), "target")) == present


# An infinitive on a noun of ordering is done at the orderer's behest ("an order by the Supreme
# Court to release"), not by the subject of the clause the noun sits in.
ORDERS = [
    ("The president declared a state of emergency following an order by the Supreme Court to release nine leaders.",
     "release", "supreme court", "president"),
    ("Police arrested the editor again despite a ruling by the High Court to free him.", "free", "high court", "police"),
    ("Protesters marched on Friday after an order by the Constitutional Court to annul the election.", "annul", None,
     "protesters"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, orderer, not_agent", ORDERS)
def test_the_orderer_not_the_clause_subject_has_it_done(nlp, text, trigger, orderer, not_agent):
    ex = extract_text(nlp, text)
    found = [e for e in ex.events if e.trigger.text == trigger]
    agents = _actors(ex, found[0], "agent") if found else set()
    assert not_agent not in agents
    if orderer is not None:
        assert orderer in agents


# A copula says two event nouns are one ("the invasion of X was an amphibious assault led by
# Y"): they share their arguments when of one family, though neither class subsumes the other.
COPULA_SAME = [
    ("The invasion of Anjouan on March 25, 2008, was an amphibious assault led by the Comoros and the African Union.",
     "invasion", "comoros", "Anjouan"),
    ("The raid on the village of Kili on 3 May was a military operation led by the Malian army.", "raid",
     "malian armed forces", "Kili"),
    ("The strike on Sanaa on Monday was an air raid by the Saudi-led coalition.", "strike", "saudi-led coalition", "Sanaa"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, agent, place", COPULA_SAME)
def test_a_copula_makes_two_event_nouns_one(nlp, text, trigger, agent, place):
    from helpers import place_of

    ex = extract_text(nlp, text)
    event = event_at(ex, trigger)
    assert agent in _actors(ex, event, "agent")
    assert place_of(ex, event) == place
    assert event.same_as


def test_a_copula_between_events_of_two_families_joins_nothing(nlp):
    ex = extract_text(nlp, "The 2023 election in Zimbabwe was a war of words between ZANU-PF and the opposition.")
    assert not event_at(ex, "election").same_as


# Who says a noun of saying that is the object of a verb of issuing it.
ISSUED = [
    ("Amnesty International published a statement condemning the arrests.", "statement", "amnesty international", True),
    ("Rights groups, such as Amnesty International and Human Rights Watch, had published statements condemning the crackdown.",
     "statements", "human rights watch", True),
    ("The Ethiopian government released a statement denying the massacre.", "statement", "government of ethiopia", True),
    ("The UN welcomed the statement by the African Union.", "statement", "united nations", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, speaker, present", ISSUED)
def test_who_issued_a_statement_said_it(nlp, text, trigger, speaker, present):
    ex = extract_text(nlp, text)
    assert (speaker in _actors(ex, event_at(ex, trigger), "speaker")) == present


def test_the_winner_of_an_election_that_saw_them_win_misparsed(nlp):
    from datetime import date

    text = ("The demonstrators claimed that the elections, which saw the governing Party of Communists of the "
            "Republic of Moldova (PCRM) win a majority of seats, were fraudulent.")
    ex = extract_text(nlp, text, published=date(2009, 4, 30))
    assert "party of communists of the republic of moldova" in _actors(ex, event_at(ex, "elections"), "participant")


# "he" never stands for a person the article addresses as "Ms.", nor "she" for a "Mr.": the
# speaker of the statement the pronoun is in is passed over for the person named before.
GENDERED = [
    ("Human Rights Watch researcher Laetitia Bader condemned the killing of journalist Abdi Ali in Mogadishu, "
     "saying he was shot by soldiers. Ms. Bader called for an inquiry.", "shot", "abdi ali", "laetitia bader"),
    ("Opposition leader Bobi Wine accused police of abducting activist Nana Mwafrika, saying she was beaten in "
     "custody. Mr. Wine said the arrests must stop.", "beaten", "nana mwafrika", "bobi wine"),
    ("Amnesty regional director Tigere Chagutah condemned the arrest of activist Namatai Kwekweza, saying she "
     "was assaulted in detention. Mr. Chagutah urged her release.", "assaulted", "namatai kwekweza", "tigere chagutah"),
    ("Mrs. Fatou Diallo told reporters that her son Amadou Bah was arrested on Monday and that he was beaten by police.",
     "beaten", "amadou bah", "fatou diallo"),
    ("Mr. Juan Guaido said opposition lawmaker Delsa Solorzano was detained on Tuesday and that she was beaten by police.",
     "beaten", "delsa solorzano", "juan guaido"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, victim, not_victim", GENDERED)
def test_a_pronoun_skips_a_person_titled_with_the_other_gender(nlp, text, trigger, victim, not_victim):
    ex = extract_text(nlp, text)
    targets = _actors(ex, event_at(ex, trigger), "target")
    assert victim in targets and not_victim not in targets


@pytest.mark.model
@pytest.mark.parametrize("text, who", [
    ("Mr. Bobi Wine said he was beaten by soldiers at a checkpoint.", "bobi wine"),
    ("Ms. Stella Nyanzi said she was beaten by police in Kampala.", "stella nyanzi"),
])
def test_a_pronoun_of_the_speakers_own_gender_is_the_speaker(nlp, text, who):
    ex = extract_text(nlp, text)
    assert who in _actors(ex, event_at(ex, "beaten"), "target")


# A place written before the first clause's subject is where the clauses joined to it happened
# ("in Paris, shops have been ransacked and cars set alight", the second auxiliary left out).
FRONTED = [
    ("Macron urged calm, while in Paris, shops have been ransacked and cars set alight.", "set alight", "Paris"),
    ("In Nairobi, shops were looted and several buildings were set on fire on Tuesday.", "set on fire", "Nairobi"),
    ("In Khartoum, markets were shelled and hospitals were bombed.", "bombed", "Khartoum"),
    ("While in Lagos, banks have been looted and police stations set on fire.", "set on fire", "Lagos"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, place", FRONTED)
def test_a_fronted_place_covers_the_joined_clauses(nlp, text, trigger, place):
    from helpers import place_of

    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == place


def test_a_place_after_the_first_subject_stays_with_its_clause(nlp):
    from helpers import place_of

    ex = extract_text(nlp, "Rioters burned cars in Lyon and police detained 40 people.")
    assert place_of(ex, event_at(ex, "detained")) is None


# A plural group noun the parser conjoined to the noun before is the subject of the verb right
# after it ("ransacked shops in Kampala and police arrested twelve people": the police arrested).
OPENERS = [
    ("Looters ransacked shops in Kampala and police arrested twelve people.", "arrested", "police", "looters"),
    ("Militants stormed a school in Borno and troops rescued 30 students.", "rescued", "troops", "militants"),
    ("Rioters torched cars in Nanterre and police detained dozens of youths.", "detained", "police", "rioters"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, agent, not_agent", OPENERS)
def test_a_group_noun_before_a_conjoined_verb_is_its_subject(nlp, text, trigger, agent, not_agent):
    ex = extract_text(nlp, text)
    agents = _actors(ex, event_at(ex, trigger), "agent")
    assert agent in agents and not_agent not in agents


def test_a_group_noun_in_a_list_of_targets_is_still_a_target(nlp):
    ex = extract_text(nlp, "Gunmen attacked soldiers and police in Mandera on Monday.")
    assert {"soldiers", "police"} <= _actors(ex, event_at(ex, "attacked"), "target")


# A noun of a force's presence acts for the group noun it is made of.
FORCES = [
    ("Over the weekend, a large joint-operation police presence in Ottawa arrested about 200 protesters and seized "
     "36 license plates.", "arrested", "police"),
    ("Over the weekend, a large joint-operation police presence in Ottawa arrested about 200 protesters and seized "
     "36 license plates.", "seized", "police"),
    ("A police contingent in Port-au-Prince arrested ten gang members.", "arrested", "police"),
    ("A heavy police presence in Nairobi dispersed the protesters with tear gas on Tuesday.", "dispersed", "police"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, agent", FORCES)
def test_a_force_presence_acts_for_its_group(nlp, text, trigger, agent):
    ex = extract_text(nlp, text)
    assert agent in _actors(ex, event_at(ex, trigger), "agent")


def test_a_presence_of_no_group_names_no_agent(nlp):
    ex = extract_text(nlp, "A strong media presence in Kigali covered the arrests of ten opposition members.")
    assert not _actors(ex, event_at(ex, "arrests"), "agent")
