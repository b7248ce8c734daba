"""A district the NER leaves out or mislabels ("the Karongi district": no entity; "the
Shwebo district": NORP) is a place when GeoNames' table of second-level divisions has it
under that name (kg.extract.site_nouns.unnamed_divisions, division_label), at the
division's point. Own texts from several crises; none fires on a name the table lacks or
on a word that is no unit of a country ("the Green zone")."""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, label, point",
    [
        ("Cyclone winds flattened homes in the Morondava district of Madagascar on Monday, officials said.",
         "Morondava district", (-20.3, 44.3)),
        ("Troops burned villages in the Shwebo district of Myanmar's Sagaing Region, residents said.",
         "Shwebo district", (22.6, 95.7)),
        ("Police fired tear gas at protesters in the Chandauli district of Uttar Pradesh, Indian officials said.",
         "Chandauli district", (25.3, 83.1)),
        ("Herders clashed with farmers in the Kwimba district of Tanzania, police said on Monday.",
         "Kwimba district", (-2.9, 33.4)),
        ("Militants attacked a police post in the Vehari district of Punjab, Pakistani police said.",
         "Vehari district", (30.0, 72.3)),
    ],
)
def test_a_district_the_ner_missed_is_a_place_at_its_point(nlp, text, label, point):
    ex = extract_text(nlp, text)
    found = [e for e in ex.entities.values() if e.kind == "place" and e.label == label]
    assert found, [(e.label, e.types) for e in ex.entities.values()]
    (place,) = found
    assert "AdministrativeArea" in place.types
    assert place.lat is not None and abs(place.lat - point[0]) < 1.0 and abs(place.lon - point[1]) < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a village in the Halloranville district on Monday, officials said.",  # no such division
        "Soldiers patrolled the Green zone of Baghdad on Monday.",  # "zone" is a unit word, Green County is no "Green zone"
        "The Sunday market in the town was closed.",
    ],
)
def test_no_division_where_the_table_has_none(nlp, text):
    from kg.extract.site_nouns import division_label, unnamed_divisions

    doc = nlp(text)
    taken = {t.i for e in doc.ents for t in e}
    assert unnamed_divisions(doc, taken) == []
    assert [s for e in doc.ents if (s := division_label(e)) is not None] == []
