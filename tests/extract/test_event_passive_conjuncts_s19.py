"""Session 19 (args19b): the doer of an active verb conjoined to a passive one, of the later
items of a reported list of acts, and "it" for a collective noun that speaks
(kg/extract/events/subjects.py ``_passive_conjunct_subject``, ``_listed_clause_subject``,
kg/extract/events/arguments.py, kg/extract/events/pronouns.py).

An active verb without a subject of its own ("died", "killed six insurgents", "have gone on
hunger strike"), conjoined to a passive verb, is done by the passive's subject: the one it was
done to does the second act ("the soldiers were ambushed and killed four attackers"); who dies
that way is the victim ("two policemen were wounded and died later"). Not a second passive ("were
arrested and charged", "were abducted and were freed": done to them too, by someone else), nor a
conjoined clause with a subject of its own ("were injured and police arrested 20 people").

"Activists said security forces stormed the university, beat the students and then arrested
dozens of them": the parser hangs the later items, after a comma and without a subject, on
the verb of saying; they are the first item's subject's acts, never the speaker's.

"Police said it had arrested 40 people": "it" in what a collective noun of the group lexicon
(police) says is that speaker, as a body's "it" is; still never the people a plural noun names
("prosecutors say it was driven to the city and detonated").

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text
from helpers import role_names as _actors

DONE_BY_THE_PASSIVE_SUBJECT = [
    # (text, trigger, role, label)
    ("Three soldiers were ambushed near Menaka and killed four attackers in the exchange of fire.", "killed", "agent", "soldiers"),
    ("Three activists were detained in Minsk on Sunday and have gone on hunger strike.", "gone on hunger strike", "agent", "activists"),
    ("Dozens of detainees were transferred to a prison in Tbilisi and began a hunger strike.", "began a hunger strike", "agent", "detainees"),
    ("The prisoners were moved to another jail in Bogota and went on hunger strike on Friday.", "went on hunger strike", "agent", "prisoners"),
    ("Two journalists were shot outside a hotel in Lagos and died later in hospital.", "died", "target", "journalists"),
    ("Two policemen were wounded in the attack in Peshawar and died later in hospital.", "died", "target", "policemen"),
    ("Four miners were trapped underground in Sindh and died on Monday.", "died", "target", "miners"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "label"), DONE_BY_THE_PASSIVE_SUBJECT)
def test_active_conjunct_of_a_passive_is_done_by_its_subject(nlp, text, trigger, role, label):
    ex = extract_text(nlp, text)
    assert label in _actors(ex, event_at(ex, trigger), role)


def test_died_conjunct_has_no_doer(nlp):
    ex = extract_text(nlp, "Two journalists were shot outside a hotel in Lagos and died later in hospital.")
    assert not _actors(ex, event_at(ex, "died"), "agent")


NOT_THE_PASSIVE_SUBJECT = [
    # (text, trigger, who must not be its agent, its agent if any)
    ("The opposition leader and two aides were arrested and charged with treason in Kampala.", "charged with", "aides", None),
    ("Twelve protesters were rounded up and shot by soldiers in Yangon.", "shot", "protesters", "soldiers"),
    ("Dozens of villagers were kidnapped and tortured by militiamen in Ituri.", "tortured", "villagers", "militiamen"),
    ("Two aid workers were abducted near Gao and were freed a week later.", "freed", "aid workers", None),
    ("Four students were arrested in Tehran and released on bail on Monday.", "released", "students", None),
    ("Several protesters were injured in Caracas and police arrested 20 people.", "arrested", "protesters", "police"),
]


@pytest.mark.parametrize(("text", "trigger", "not_agent", "agent"), NOT_THE_PASSIVE_SUBJECT)
def test_second_passive_or_own_subject_is_not_the_passive_subject(nlp, text, trigger, not_agent, agent):
    ex = extract_text(nlp, text)
    agents = _actors(ex, event_at(ex, trigger), "agent")
    assert not_agent not in agents
    if agent is not None:
        assert agent in agents


IT_IS_THE_COLLECTIVE_SPEAKER = [
    ("Police said it had arrested 40 people after the protest in Nairobi.", "arrested", "agent"),
    ("The police said it was investigating the killing of a journalist in Manila.", "investigating", "agent"),
    ("Police said it had been attacked by a mob in Lahore.", "attacked", "target"),
    ("Police said the gunmen had killed five people in Kaduna and it had arrested two suspects.", "arrested", "agent"),
]


@pytest.mark.parametrize(("text", "trigger", "role"), IT_IS_THE_COLLECTIVE_SPEAKER)
def test_it_is_the_collective_noun_that_speaks(nlp, text, trigger, role):
    ex = extract_text(nlp, text)
    assert "police" in _actors(ex, event_at(ex, trigger), role)


def test_it_is_never_a_plural_speaker(nlp):
    ex = extract_text(nlp, "Prosecutors say it was driven to the city and detonated near a market in Kabul.")
    event = event_at(ex, "detonated")
    assert "prosecutors" not in _actors(ex, event, "agent") | _actors(ex, event, "target")


LISTED_ACTS = [
    ("An opposition official said soldiers surrounded the party headquarters late Tuesday, blocked the entrances "
     "and then arrested its leader in Bamako.", "arrested", "soldiers"),
    ("Human rights groups said troops entered the camp on Friday, searched the tents and then abducted six men near Kidal.",
     "abducted", "troops"),
    ("Activists said security forces stormed the university late Monday, beat the students and then arrested dozens "
     "of them in Tehran.", "beat", "security forces"),
    ("Activists said security forces stormed the university late Monday, beat the students and then arrested dozens "
     "of them in Tehran.", "arrested", "security forces"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), LISTED_ACTS)
def test_later_items_of_a_reported_list_are_the_first_items_subjects(nlp, text, trigger, agent):
    ex = extract_text(nlp, text)
    assert agent in _actors(ex, event_at(ex, trigger), "agent")


def test_reported_list_target_is_not_its_doer(nlp):
    ex = extract_text(nlp, "Activists said security forces stormed the university late Monday, beat the students and then "
                           "arrested dozens of them in Tehran.")
    assert "security forces" not in _actors(ex, event_at(ex, "arrested"), "target")


def test_own_clause_after_the_list_keeps_its_subject(nlp):
    ex = extract_text(nlp, "Residents said gunmen opened fire on the market, and the police arrested three suspects in Kano.")
    agents = _actors(ex, event_at(ex, "arrested"), "agent")
    assert "police" in agents and "gunmen" not in agents
