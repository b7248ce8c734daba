"""Where and when, session 12: the town or region of "Nigeria's northern state of Borno" rather
than its possessor country; a town parsed on the parties of a clash ("clashes broke out
between the two communities in the X area"). Sentences written for this test (Nigeria,
Mozambique, Mexico, Ethiopia, Pakistan, Kenya, South Sudan, Mali, Ukraine, Armenia and
Azerbaijan, Haiti, Chad), with ones where the rule must not fire."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text, place_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("Gunmen attacked a market on Tuesday in Nigeria's northern state of Borno, killing 12 people.", "attacked", "Borno"),
        ("Insurgents attacked a village on Sunday in Mozambique's northern province of Cabo Delgado, killing 11 people.",
         "attacked", "Cabo Delgado"),
        ("Gunmen ambushed a bus on Friday in Mexico's southern state of Guerrero.", "ambushed", "Guerrero State"),
        ("Fighting erupted on Tuesday in Ethiopia's northern region of Tigray between federal troops and regional forces.",
         "Fighting", "Tigray"),
        ("A bomb exploded at a market in Pakistan's southwestern province of Balochistan on Monday, killing seven people.",
         "exploded", "Balochistan"),
        # the rule must not fire: no possessor country, no "of" place
        ("Soldiers clashed with protesters on Wednesday in the capital of Mali.", "clashed", "Mali"),
        ("Heavy fighting raged on Monday in Ukraine's east.", "Heavy fighting", "Ukraine"),
    ],
)
def test_region_of_a_country(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == place


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("Clashes broke out between the Kikuyu and Kalenjin communities in the Eldoret area bordering the Rift Valley.",
         "Clashes", "Eldoret"),
        ("Late on Saturday, fighting broke out between the Dinka and Nuer communities in the Pibor area bordering the Ethiopian frontier.",
         "fighting", "Pibor"),
        # not a country or a capital named by its demonym: the town the sentence names
        ("Clashes erupted between rival gangs in the Haitian capital, Port-au-Prince, on Thursday.", "Clashes", "Port-au-Prince"),
        # the parties themselves are no place
        ("Clashes between Armenia and Azerbaijan erupted on Tuesday.", "Clashes", None),
        ("Fighting broke out between soldiers from Chad and rebels on Friday.", "Fighting", None),
    ],
)
def test_place_on_the_parties_of_a_clash(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == place
