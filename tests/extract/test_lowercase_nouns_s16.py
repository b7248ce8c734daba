"""A common noun written in lower case is no name, whatever the NER calls it (session 16).

spaCy's model tags "mosques" in "attacks at mosques in X" a facility (FAC): kg made it a
place, lent it X's point, and one IRI (``entity/place/mosques``) then lay in every town an
article put mosques in. Sentences written for these tests, from several crises; names of
sites written with capitals stay places.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, town",
    [
        # Nigeria
        ("Suicide bombers targeted mosques in Maiduguri on Friday, the army said.", "Maiduguri"),
        ("Gunmen opened fire at mosques in Kano on Friday, killing 14 worshippers, police said.", "Kano"),
        # Central African Republic
        ("Rebels looted churches and mosques in Bambari, the UN mission said.", "Bambari"),
        # Mozambique: a list of shelters
        ("Families displaced by the floods are sheltering in schools, mosques, churches and hotels in Beira.", "Beira"),
    ],
)
def test_a_lower_case_noun_is_no_place(nlp, text, town):
    ex = extract_text(nlp, text)
    labels = {e.label for e in ex.entities.values() if e.kind == "place"}
    assert town in labels
    assert not any(label.islower() for label in labels), labels


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # New Zealand: a mosque's name, in capitals
        ("Worshippers fled the Al Noor Mosque in Christchurch after the shooting on Friday.", "Al Noor Mosque", "place"),
        # Somalia: a name with a lower-case particle
        ("Al-Shabaab fighters attacked a base near Kismayo, the army said.", "Al-Shabaab", None),
        # Gaza: a hospital named with its noun
        ("Soldiers raided the Kamal Adwan hospital in Beit Lahia on Friday, the health ministry said.", "Kamal Adwan", "place"),
    ],
)
def test_names_written_with_capitals_stay(nlp, text, name, kind):
    ex = extract_text(nlp, text)
    found = {e.label: e for e in ex.entities.values()}
    assert any(name.lower() in label.lower() for label in found), found.keys()
    if kind is not None:
        assert any(e.kind == kind for label, e in found.items() if name.lower() in label.lower())
