"""A bare "the Government" whose antecedent is a body the recogniser read with its demonym
("the *Malawian* Government"): that body is of the demonym's country, so a later mention of
that same country ("Malawi's biggest cities") stands between as no other state and the
description still refers back to it; a mention of another country still does
(kg/extract/events/descriptions.py, ``DescriptionReader._country``); the body is labelled as kg labels
a country's body ("Government of Malawi", kg/extract/body_names.py). Own sentences (Malawi,
Ethiopia, Zimbabwe, Kenya/Uganda)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, cls, body",
    [
        ("The UN urged the Malawian Government to investigate the killings. At least 19 people died in "
         "Malawi's biggest cities. The Government arrested dozens of protesters on Friday.", "Arrest", "Government of Malawi"),
        ("Aid agencies urged the Ethiopian Government to lift the blockade. Fighting continued in Ethiopia's "
         "northern region of Tigray. The Government imposed a curfew in the capital.", "Restriction", "Government of Ethiopia"),
        ("Rights groups criticised the Zimbabwean Government after the election. Soldiers patrolled Zimbabwe's "
         "capital, Harare. The Government banned protests on Monday.", "Restriction", "Government of Zimbabwe"),
    ],
)
def test_the_government_refers_back_across_its_own_country(nlp, text, cls, body):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert body in role(ex, one(ex, cls), "agent")


def test_another_country_between_still_stops_it(nlp):
    text = ("Rights groups criticised the Kenyan Government after the election. Soldiers patrolled Uganda's "
            "capital, Kampala. The Government banned protests on Monday.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    agents = role(ex, one(ex, "Restriction"), "agent")
    assert "Kenyan Government" not in agents and "Government of Kenya" not in agents
