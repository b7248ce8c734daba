"""Charges as a noun (ontology/events-politics.ttl kgo:Trial "charge [of]", with
``plural_only_nouns`` of ontology/lexicon/events.toml): "on charges of treason" is a charge,
"in charge of security" and "took charge of" are none. Sentences written for this test
(Ethiopia, Uganda, Belarus, South Sudan, Tunisia, Myanmar)."""
from __future__ import annotations

import pytest

from helpers import events_of, extract_text

pytestmark = pytest.mark.model


def _types(ex):
    return [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The journalist pleaded not guilty to charges of spreading false news in Addis Ababa.",  # Ethiopia
        "Police arrested three opposition leaders in Kampala on charges of treason.",  # Uganda
        "The blogger was detained in Minsk on charges of inciting riots.",  # Belarus
    ],
)
def test_charges_of_a_crime_are_a_charge(nlp, text):
    ex = extract_text(nlp, text)
    assert [e for e in events_of(ex, "Trial") if e.trigger.text == "charges"], _types(ex)


@pytest.mark.parametrize(
    "text",
    [
        "The general in charge of security in Upper Nile resigned on Monday.",  # South Sudan
        "The colonel took charge of the brigade in Juba.",  # South Sudan
        "The minister in charge of the interior met protesters in Tunis.",  # Tunisia
        "Soldiers placed charges of TNT under the bridge in Sagaing.",  # Myanmar
    ],
)
def test_being_in_charge_is_no_charge(nlp, text):
    assert not events_of(extract_text(nlp, text), "Trial")
