"""A bare state body placed in a country by its own "in" phrase ("police in Pakistan say",
"the authorities in Mali said", "the army in Burkina Faso said") is that country's body, even
in an article naming several countries, where the bare phrase alone fixes none
(kg/extract/events/role_reading.py, ``_located_body``); not the people of a body ("soldiers
in Mali" may be another country's), nor a body placed in a town. Own sentences (Pakistan,
Mali, Burkina Faso, Niger, France)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import by_trigger, extract_text, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model

TEXT = ("Police in Pakistan say gunmen on a motorcycle opened fire on two officers in Quetta. "
        "Authorities in Mali said soldiers killed 20 militants near Gao. "
        "The army in Burkina Faso said it repelled an attack on a base in Djibo.")


@pytest.mark.parametrize(
    "trigger, label",
    [("say", "Police of Pakistan"), ("said", "Government of Mali")],
)
def test_a_body_in_a_country_is_its_body(nlp, trigger, label):
    ex = extract_text(nlp, TEXT, published=PUBLISHED)
    speakers = [s for e in ex.events if e.type == "Statement" and e.trigger.text == trigger for s in role(ex, e, "speaker")]
    assert label in speakers


def test_the_people_of_a_body_are_not_placed_so(nlp):
    """France / Niger: "soldiers in Niger" may be another country's."""
    text = "France said on Monday that soldiers in Niger killed ten militants near Tillaberi. Niger denied it."
    ex = extract_text(nlp, text, published=PUBLISHED)
    agents = role(ex, by_trigger(ex, "Casualties", "killed"), "agent")
    assert not any(a.startswith("Army of") for a in agents)
