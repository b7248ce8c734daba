"""When, session 20 (events20c): a time phrase on a verb, written before a "when" clause on it,
dates the event the clause tells: the clause's verb, or the event noun it has as its object
with a light verb ("came to power in 1987 when he *led a coup*"), also when the main verb is
itself an event ("Fighting broke out in April 2023 when the group launched an attack": both
then). Only a clause told in the past; not a habit told in the present, not the time of a
saying. Sentences written for this test (Burkina Faso, Chad, Sudan, Myanmar, Libya, Nigeria,
Mali), with ones where the rule must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 20)


def _time(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return found[0].time.value if found[0].time is not None else None


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # a verb that is no event: its "when" clause's event noun, told with a light verb
        ("The colonel came to power in 1987 when he led a coup against the president.", "coup", "1987"),
        ("The general came to power in 1990 when he led a rebellion against the president.", "rebellion", "1990"),
        # an event verb: the clause's event happened then too
        ("Fighting broke out in April 2023 when the paramilitary group launched an attack on army bases.",
         "launched an attack", "2023-04"),
        ("Violence erupted in March 2021 when the junta launched an offensive in Magway.",
         "launched an offensive", "2021-03"),
        ("Clashes broke out in August 2022 when militiamen staged an ambush near Tripoli.",
         "staged an ambush", "2022-08"),
        ("Protests erupted in 2019 when the rebels launched an attack on the capital.", "launched an attack", "2019"),
        # ... and the main clause keeps its time
        ("Fighting broke out in April 2023 when the paramilitary group launched an attack on army bases.",
         "Fighting", "2023-04"),
    ],
)
def test_when_clause_after_time_happens_then(nlp, text, trigger, when):
    assert _time(nlp, text, trigger) == when


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a habit told in the present: no time to share
        ("Fighting often breaks out in the dry season when herders launch raids on farms.", "launch raids"),
        # the day of a saying dates no event of its "when" clause
        ("The minister said on Monday when rebels launched an offensive that the army would respond.",
         "launched an offensive"),
    ],
)
def test_when_clause_not_dated(nlp, text, trigger):
    assert _time(nlp, text, trigger) is None
