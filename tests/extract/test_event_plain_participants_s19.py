"""Session 19 (args19): participants named by a plain noun phrase or a pronoun, on any crisis
(ontology/lexicon/groups.toml, kg/extract/events/context.py, kg/extract/events/pronouns.py).

* aid, humanitarian and relief organisations, agencies and groups, charities, contenders and
  rivals (plural) and a population (collective) are groups of people: they speak, act and are
  acted on ("aid agencies said", "evacuate the civilian population"), and "they"/"them" can
  stand for them;
* the doer of an infinitive that complements an adjective of ``controlling_adjectives``
  (able, unable, ready, quick, likely...) is the subject of the adjective's clause ("aid
  groups have been unable to deliver food", "the rebels were ready to negotiate"); never a
  dummy "it", and not through other adjectives ("the town is difficult to attack");
* a plural noun of a post's title or of people by what they do (``plural_posts`` and the title
  heads: "prosecutors said", "the coup leaders claimed", "critics say", "senior commanders
  met") names a group of the article as the group lexicon's nouns do; not "speakers" or the
  nouns that only ever speak ("spokesmen": ``speakers_only``), and "according to X" makes X
  the speaker, never the addressee too; "it" is never the people a plural noun names;
* whom a passive accusation or conviction is made against is its subject, also when the
  gerund after "of" names a state ("two journalists have been accused of spying for
  Ethiopia"): the gerund clause says what they did, not whose they are ("fighters from
  Wagner" are Wagner's);
* a bare "those" with the participle of an act done to people ("ensure that those detained are
  afforded safeguards", "families of those arrested") is that act's target, a group labelled
  with the two words, when the sentence names no one for it ("among those killed was X": X);
* an object "them" in what a statement says is the nearest group its content names before
  it, other than its own clause's subject, before the speaker who reports it ("officials
  said protesters blocked roads and police dispersed them"); when the content names no other
  group, the speaker ("the rebels said government troops attacked them").

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text
from helpers import role_names as _actors

PLAIN_GROUPS = [
    # (text, trigger, role, the group's label)
    ("Aid agencies said on Monday that fighting in Darfur had cut off food supplies.", "said", "speaker", "aid agencies"),
    ("Humanitarian organisations say the displaced in Tigray have received no food for weeks.", "say", "speaker",
     "humanitarian organisations"),
    ("Ukrainian authorities began to evacuate the civilian population of Pokrovsk on Friday.", "evacuate", "target",
     "civilian population"),
    ("Relief groups warned on Sunday that famine threatened millions in Yemen.", "warned", "speaker", "relief groups"),
    ("Both contenders claimed victory in the disputed election in Malawi.", "claimed", "speaker", "contenders"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "label"), PLAIN_GROUPS)
def test_plain_group_nouns_are_participants(nlp, text, trigger, role, label):
    ex = extract_text(nlp, text)
    assert label in _actors(ex, event_at(ex, trigger), role)


CONTROLLED = [
    # (text, trigger, the agent)
    ("Aid organizations in Sudan say they have been unable to deliver food to the camps.", "deliver food", "aid organizations"),
    ("The rebels said on Sunday they were ready to negotiate with the government in Kinshasa.", "negotiate", "rebels"),
    ("Police in Nairobi were quick to arrest dozens of protesters on Tuesday.", "arrest", "police"),
    ("Jihadist militants are likely to attack the army base in northern Burkina Faso, residents said.", "attack", "jihadist militants"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), CONTROLLED)
def test_controlling_adjective_gives_the_doer(nlp, text, trigger, agent):
    ex = extract_text(nlp, text)
    assert agent in _actors(ex, event_at(ex, trigger), "agent")


def test_no_doer_through_other_adjectives(nlp):
    # the town is what is attacked, not who attacks; "it" is no one
    ex = extract_text(nlp, "The town of Kidal is difficult to attack from the north, officials in Mali said.")
    assert not _actors(ex, event_at(ex, "attack"), "agent")
    ex = extract_text(nlp, "It is unlikely to attack the camp before the rains, officials in Chad said.")
    assert not _actors(ex, event_at(ex, "attack"), "agent")


THEM_IN_CONTENT = [
    # (text, trigger, role, whom "them" stands for, the speaker it is not)
    ("Officials in Lima said protesters blocked the main roads and police dispersed them with tear gas.",
     "dispersed", "target", "protesters", "officials"),
    ("Witnesses said soldiers rounded up villagers near Mopti and shot them.", "shot", "target", "villagers", "witnesses"),
    ("The ministry in Kyiv said residents of the village had been sent leaflets warning them of the shelling.",
     "warning", "addressee", "residents", "ministry"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "group", "speaker"), THEM_IN_CONTENT)
def test_them_is_the_group_the_content_names(nlp, text, trigger, role, group, speaker):
    ex = extract_text(nlp, text)
    found = _actors(ex, event_at(ex, trigger), role)
    assert group in found
    assert not any(speaker in x for x in found)


def test_them_is_the_speaker_when_the_content_names_no_other_group(nlp):
    ex = extract_text(nlp, "The rebels said government troops attacked them near Goma on Sunday.")
    assert "rebels" in _actors(ex, event_at(ex, "attacked"), "target")
    ex = extract_text(nlp, "Police in Dhaka said they arrested 15 students, accusing them of burning a bus.")
    assert "students" in _actors(ex, event_at(ex, "accusing"), "target")


PLURAL_POSTS = [
    # (text, trigger, role, the group's label)
    ("Prosecutors said the suspect had fled to Kenya after the bombing in Kampala.", "said", "speaker", "prosecutors"),
    ("Critics say the vote in Caracas was rigged.", "say", "speaker", "critics"),
    ("The coup leaders claimed the takeover in Niamey was a response to corruption.", "claimed", "speaker", "coup leaders"),
    ("Senior military commanders met in Khartoum on Sunday to discuss the offensive.", "met", "agent", "senior military commanders"),
    ("Relatives of the victims protested outside the court in Lagos on Monday.", "protested", "agent", "relatives"),
    ("In August, federal prosecutors accused the former minister of corruption in Lima.", "accused", "speaker", "federal prosecutors"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "label"), PLURAL_POSTS)
def test_plural_posts_are_groups(nlp, text, trigger, role, label):
    ex = extract_text(nlp, text)
    assert label in _actors(ex, event_at(ex, trigger), role)


def test_according_to_is_the_speaker_only(nlp):
    ex = extract_text(nlp, "The suspect fled to Kenya after the attack in Mogadishu, according to prosecutors.")
    said = event_at(ex, "according")
    assert "prosecutors" in _actors(ex, said, "speaker")
    assert not _actors(ex, said, "addressee")
    ex = extract_text(nlp, "Rebels opened fire on army patrols near Marawi, according to military spokesmen.")
    assert not _actors(ex, event_at(ex, "according"), "addressee")


def test_it_is_not_a_plural_speaker(nlp):
    ex = extract_text(nlp, "Prosecutors say he drove the truck to Kansas, and that it was driven to Oklahoma City and detonated.")
    assert "prosecutors" not in _actors(ex, event_at(ex, "detonated"), "target")


ACCUSED = [
    # (text, trigger, the accused)
    ("Two journalists have been accused of spying for Ethiopia.", "accused", "journalists"),
    ("The rebels have been accused of using Bhutan as a base to launch attacks in Assam.", "accused", "rebels"),
    ("Dozens of protesters were convicted of attacking police officers in Belarus.", "convicted", "protesters"),
]


@pytest.mark.parametrize(("text", "trigger", "accused"), ACCUSED)
def test_passive_accusation_targets_its_subject(nlp, text, trigger, accused):
    ex = extract_text(nlp, text)
    assert accused in _actors(ex, event_at(ex, trigger), "target")


def test_a_named_owner_still_owns_the_group(nlp):
    # "fighters from Wagner": Wagner's fighters, not a group of their own
    ex = extract_text(nlp, "Fighters from the Wagner Group attacked the town of Moura in central Mali.")
    assert "fighters" not in _actors(ex, event_at(ex, "attacked"), "agent")


THOSE = [
    # (text, trigger, the target's label)
    ("The authorities must ensure that those detained in San Salvador are afforded all safeguards.", "detained", "those detained"),
    ("Families of those arrested in Tehran gathered outside Evin prison on Saturday.", "arrested", "those arrested"),
    ("Doctors in Kabul said most of those injured in the blast were children.", "injured", "those injured"),
]


@pytest.mark.parametrize(("text", "trigger", "label"), THOSE)
def test_those_done_to_are_the_target(nlp, text, trigger, label):
    ex = extract_text(nlp, text)
    assert label in _actors(ex, event_at(ex, trigger), "target")


def test_those_named_stay_named(nlp):
    ex = extract_text(nlp, "Police fired on protesters in Dhaka. Among those killed was Abu Sayeed, a student.")
    found = _actors(ex, event_at(ex, "killed"), "target")
    assert "abu sayeed" in found and "those killed" not in found
