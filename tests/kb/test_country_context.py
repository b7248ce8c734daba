"""Country context in geocoding (kg/kb/geocode.py): a name the article's own countries
have no town of is not placed deep inside a neighbouring country, where a namesake lies
(GeoNames lacks most villages); a town by the border still is. Sentences written for
these tests, from several crises."""
from __future__ import annotations

import pytest

from kg.kb.geocode import NEIGHBOUR_KM, GeoContext, geocode

from kg.kb.distance import distance_km as km

from helpers import extract_text



@pytest.mark.parametrize(
    "name, article, neighbour",
    [
        ("Nola", "SD", "CF"),  # a town of the Central African Republic, 1,100 km from Sudan's towns
        ("Dalang", "AF", "CN"),  # towns of China, thousands of km from Afghanistan's
        ("Namponkoré", "ML", "BF"),  # a village of Burkina Faso, 430 km from Mali's towns
    ],
)
def test_a_namesake_deep_inside_a_neighbour_gives_no_point(name: str, article: str, neighbour: str) -> None:
    found = geocode(name, GeoContext(countries={article: 3.0}))
    assert found is None or found.country_code != neighbour, found


@pytest.mark.parametrize(
    "name, article, neighbour",
    [
        ("Adré", "SD", "TD"),  # Chad's border town, in a story on Sudan
        ("Ménaka", "NE", "ML"),  # Mali's town near Niger, in a story on Niger
        # a regional city deep inside a neighbour (NEIGHBOUR_TOWN_POPULATION or more people)
        ("Kherson", "RU", "UA"),  # "Russian forces shelled Kherson": 66,000 people in GeoNames
        ("Kaga-Bandoro", "SD", "CF"),  # 55,000 people, 500-600 km from Sudan's towns
    ],
)
def test_a_town_by_the_border_of_a_neighbour_is_still_taken(name: str, article: str, neighbour: str) -> None:
    found = geocode(name, GeoContext(countries={article: 3.0}))
    assert found is not None and found.country_code == neighbour, found


def test_the_neighbour_limit_is_a_few_hundred_km() -> None:
    assert 100 <= NEIGHBOUR_KM <= 500


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, far_from",
    [
        ("RSF fighters attacked the village of Nola, east of Nyala in South Darfur, Sudan, residents said.",
         "Nola", (3.52, 16.05)),
        ("Taliban forces clashed with resistance fighters in Dalang, a village in Panjshir province, Afghanistan, "
         "local sources said.", "Dalang", (24.45, 112.49)),
        ("Jihadists raided Namponkoré, a hamlet in Mali's Mopti region, and burned granaries, the army said.",
         "Namponkoré", (11.74, 1.78)),
    ],
)
def test_a_village_of_the_story_is_not_moved_into_a_neighbour(nlp, text: str, name: str, far_from: tuple[float, float]) -> None:
    ex = extract_text(nlp, text)
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    e = found.get(name)
    assert e is not None, sorted(found)
    # no point, or one borrowed from the region the sentence puts it in: never the namesake's
    assert e.lat is None or km((e.lat, e.lon), far_from) > 300, e
