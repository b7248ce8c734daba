"""Session 22 (issue 15): what an act avenged is an earlier killing, not the toll told beside it.

"A suicide bomber set off an explosion within the mosque, killing 84 people ... a faction
claimed responsibility for the bombing, stating that it was carried out to avenge the death of
their founder" (an encyclopedia's lead): the founder's death is not the 84 dead, yet the
article's coreference made "the death" refer back to "killing 84 people" (a definite mention of
a compatible class), and the canonical layer, reading that ``owl:sameAs``, joined the founder's
death to every other report's toll of the bombing (3 false pairs on the dev2 story). A
definite mention that is the object of a word of revenge (``revenge_words``: "to avenge the
death of X", "in revenge for the killing of X") and names victims the candidate does not name
refers back to no killing told before (kg/extract/events/coreference.py ``_avenged``).

Invented reports of several crises (Iraq, Nigeria, Somalia), extracted with the real model and
read as the store gives them; must not fire: a killing avenged whose victims are the story's
own ("vowed to avenge the killing of the villagers": the toll told before)."""
from __future__ import annotations

import pytest

from kg.canon import EventRecord
from kg.canon.records import article_events

from helpers import extract_reports

pytestmark = pytest.mark.model

# (story, published, text, the toll's trigger, the avenged killing's trigger)
STORIES = [
    ("kirkuk", "2024-03-05", "A suicide bomber killed 31 people at a market in Kirkuk on 4 March 2024. The group claimed "
                             "the bombing, stating that it was carried out to avenge the death of its commander Abu Hamza Rashid.",
     "killed", "death"),
    ("zurmi", "2023-06-13", "Gunmen killed 18 villagers in Zurmi on 12 June 2023. The gang said the raid was carried out to "
                            "avenge the killing of its leader Musa Danladi.",
     "killed", "killing"),
    ("baidoa", "2022-05-03", "A car bomb killed nine soldiers at a base near Baidoa on 2 May 2022. The militants said the "
                             "attack was carried out in revenge for the death of their commander Ahmed Nur Hassan.",
     "killed", "death"),
]
# must not fire: the killing avenged is the story's own toll
OWN = [
    ("kaya", "2024-06-06", "Gunmen killed 15 villagers in Kaya on 5 June 2024. Relatives of the villagers vowed to avenge "
                           "the killing of the villagers.",
     "killed", "killing"),
]


@pytest.fixture(scope="module")
def reports(settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    return extract_reports(settings, tmp_path_factory.mktemp("avenged"), [(s, p, t) for s, p, t, *_ in STORIES + OWN])


def _at(records: dict[str, EventRecord], trigger: str) -> EventRecord:
    found = [r for r in records.values() if r.label == trigger]
    assert found, sorted(r.label for r in records.values())
    return found[0]


@pytest.mark.parametrize(("story", "toll", "avenged"), [(s, t, a) for s, _, _, t, a in STORIES])
def test_the_killing_avenged_is_not_the_toll_told_before(reports, story, toll, avenged):
    records = article_events(*reports[story])
    dead, earlier = _at(records, toll), _at(records, avenged)
    assert dead.iri not in earlier.same_as and earlier.iri not in dead.same_as, (earlier.same_as, dead.same_as)


@pytest.mark.parametrize(("story", "toll", "avenged"), [(s, t, a) for s, _, _, t, a in OWN])
def test_a_killing_of_the_story_avenged_is_still_its_toll(reports, story, toll, avenged):
    records = article_events(*reports[story])
    dead, again = _at(records, toll), _at(records, avenged)
    assert dead.iri in again.same_as or again.iri in dead.same_as, (again.same_as, dead.same_as)
