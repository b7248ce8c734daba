"""A state of law is no entity (``[legal_states]`` of ontology/lexicon/nonnames.toml). Own
sentences from several crises."""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def _labels(ex) -> dict[str, tuple[str, ...]]:
    return {e.label: e.types for e in ex.entities.values() if "/group/" not in e.key}


@pytest.mark.parametrize(
    "text, word",
    [
        ("The government declared a State of Emergency in Amhara on Friday.", "State of Emergency"),  # Ethiopia
        ("The junta imposed Martial Law in 11 townships of Yangon and Mandalay.", "Martial Law"),  # Myanmar
        ("Parliament voted to extend Martial Law for another 90 days.", "Martial Law"),  # Ukraine
        ("Islamabad imposed a Curfew in Quetta as protests spread.", "Curfew"),  # Pakistan
    ],
)
def test_a_state_of_law_is_no_entity(nlp, text, word):
    labels = _labels(extract_text(nlp, text, published=None))
    assert word not in labels, labels
