"""Session 9's geocoding mechanisms (issue 10), on sentences written for these tests from
several crises (kept with the probe's ``s9`` part, bench/data/geoprobe-s9.tsv):

* a country linked as such is never also read as the first-level region of another country
  that bears its name (Niger is not Nigeria's Niger State), so it does not pull a town
  to the namesake in the other country (kg/extract/geocontext.py ``_regions_near``);
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km

from helpers import extract_text


def _point(ex, surface: str) -> tuple[float, float] | None:
    found = [ex.entities[m.entity] for m in ex.mentions if m.span.text == surface]
    assert found, f"{surface!r} not found: {sorted({m.span.text for m in ex.mentions})}"
    e = found[-1]
    return (e.lat, e.lon) if e.lat is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, where",
    [
        # Niger (the country) is no region of Nigeria: Illéla of Niger, not Illela of Nigeria
        ("Soldiers repelled an attack on an army post at Illela, near the border with Nigeria, Niger's defence "
         "ministry said in a statement read on state television.", "Illela", (14.46, 5.24)),
        # Georgia (the country) is no US state: Gori of Georgia stays there
        ("Russian troops moved closer to Gori, near the boundary line, Georgia's interior ministry said, "
         "as the United States called for restraint.", "Gori", (41.98, 44.11)),
    ],
)
def test_a_country_is_not_a_namesake_region(nlp, text: str, name: str, where: tuple[float, float]) -> None:
    point = _point(extract_text(nlp, text, published=None), name)
    assert point is not None and km(point, where) <= 30, point
