"""Speakers named only by what they are (kg/extract/events/groups.py, the ``speakers_only``
words of ontology/lexicon/groups.toml): "officials said", "ministry sources said", "a party
spokesman said" — the speaker of the statement is a group of the article, labelled with the
phrase. Sentences from several crises (Bolivia, Guinea, Haiti, Sri Lanka, Mozambique, Nepal,
Chad, Greece), and ones where the words name no actor."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_at, extract_text, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, label",
    [
        ("Protests spread across Bolivia on Monday. Officials said 40 people had been killed.", "said", "officials"),
        ("Clashes erupted in Guinea on Sunday. Ministry sources said the soldiers left late Monday.", "said", "ministry sources"),
        ("Violence hit Haiti on Friday. Security sources said gunmen attacked a checkpoint.", "said", "security sources"),
        ("Unrest spread in Sri Lanka. Diplomatic sources said the talks had failed.", "said", "diplomatic sources"),
        ("Fighting continued in northern Mozambique. A party spokesman said the leader had been taken to a police station.",
         "said", "a party spokesman"),
        ("Floods swept through Nepal last week. By Friday, officials had acknowledged that 200 people were missing.",
         "acknowledged", "officials"),
        ("Rebels advanced on the capital of Chad. The capital was calm, according to several sources.", "according", "sources"),
    ],
)
def test_speaker_named_by_what_they_are(nlp, text, trigger, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, event_at(ex, trigger), "speaker") == [label]
    (key,) = [p.entity for p in event_at(ex, trigger).participants if p.role == "speaker"]
    assert ex.entities[key].kind == "group"


@pytest.mark.parametrize(
    "text",
    [
        "Sources of water were cut off in the town after troops shelled villages in Myanmar.",  # no speaker
        "Gunmen attacked the officials' car near the border with Sudan.",  # an owner, not a speaker
        "Officials closed the border with Greece on Monday.",  # not a speaker: resolved only, as before
    ],
)
def test_no_group_when_they_do_not_speak(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    labels = {e.label.lower() for e in ex.entities.values() if e.kind == "group"}
    assert not labels & {"sources", "officials", "officials'"}, labels


def test_spokesman_for_someone_or_referring_back_is_not_a_group(nlp):
    # "the spokesman" refers back; "a spokeswoman for the ministry": for whom, the label would not say
    ex = extract_text(nlp, "Clashes erupted in Guinea. The spokesman said the soldiers left late Monday. "
                           "A spokeswoman for the ministry said the border was closed.", published=PUBLISHED)
    assert not [e for e in ex.entities.values() if e.kind == "group" and "spokes" in e.label.lower()]


def test_officials_named_before_are_those(nlp):
    # a bare "officials" after "Kenyan officials" refers back as before, no new group
    ex = extract_text(nlp, "Kenyan officials met in Nairobi on Monday. Officials said the militants had fled.", published=PUBLISHED)
    assert "officials" not in {e.label.lower() for e in ex.entities.values() if e.kind == "group"}
