"""Named sites written with a lower-case site noun (issue 10; kg/extract/site_nouns.py), on
sentences written for these tests from several crises (not the probe's sentences):

* a name right before a site's noun ("the X hospital", "the X military camp") is a place,
  not the person or body the NER took it for, and takes the point of the town its sentence
  puts it in;
* a site's name the NER missed, or labelled NORP/PRODUCT/EVENT, is found ("the X market");
* a site named after a place far from the town its sentence puts it in takes the town's
  point (kg/extract/borrow.py ``_sites_placed_elsewhere``);
* a people's, faith's or country's word before a site's noun names no site ("the Rohingya
  refugee camp"), nor does a name after "a" ("a JNIM base").
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km

from helpers import extract_text

MOGADISHU = (2.03711, 45.34375)
KHARTOUM = (15.55177, 32.53241)
GOMA = (-1.67409, 29.22845)
KANO = (12.00012, 8.51672)
ADEN = (12.77957, 45.03852)
ODESA = (46.48572, 30.74383)


def _found(nlp, text: str) -> dict:  # type: ignore[no-untyped-def]
    ex = extract_text(nlp, text)
    return {m.span.text: ex.entities[m.entity] for m in ex.mentions}


@pytest.mark.parametrize(
    "text, name, point",
    [
        # Somalia: a hotel the NER may read as a person
        ("Gunmen stormed the Maka al-Mukarama hotel in Mogadishu on Friday evening, a police officer said.",
         "Maka al-Mukarama", MOGADISHU),
        # Sudan: a hospital named after a person
        ("Shells hit the Ibrahim Malik hospital in Khartoum, forcing doctors to evacuate patients, a medics' union said.",
         "Ibrahim Malik", KHARTOUM),
        # DR Congo: a camp with a lower-case word between
        ("M23 fighters shelled the Bulengo displacement camp west of Goma on Thursday, aid workers said.",
         "Bulengo", GOMA),
        # Yemen: a port named with a modifier
        ("Separatist forces seized the Mualla fishing port in Aden after clashes with government troops, residents said.",
         "Mualla", ADEN),
        # Ukraine: a market
        ("A Russian drone hit the Privoz market in Odesa early on Sunday, injuring four traders, the regional governor said.",
         "Privoz", ODESA),
    ],
)
def test_a_site_before_its_noun_is_a_place_at_its_towns_point(nlp, text: str, name: str, point: tuple[float, float]) -> None:
    found = _found(nlp, text)
    e = found.get(name) or next((v for k, v in found.items() if k.startswith(name)), None)
    assert e is not None, sorted(found)
    assert e.kind == "place", e
    assert e.lat is not None and km((e.lat, e.lon), point) < 30, e


def test_a_site_named_after_a_far_place_takes_its_towns_point(nlp) -> None:
    # Nigeria: "Bama" is a town 70 km from Maiduguri; the camp of that name is in Kano here
    found = _found(nlp, "Flooding swept through the Bama displacement camp in Kano on Monday, state emergency officials said.")
    e = found.get("Bama")
    assert e is not None and e.kind == "place", sorted(found)
    assert e.lat is not None and km((e.lat, e.lon), KANO) < 30, e


@pytest.mark.parametrize(
    "text, word",
    [
        ("Gunmen attacked herders at the Fulani cattle market near Zaria on Saturday, police said.", "Fulani"),
        ("Protesters gathered outside the Somali embassy in Nairobi on Monday, witnesses said.", "Somali"),
        ("Jihadists overran a JNIM base near the border, the army said.", "JNIM"),
    ],
)
def test_a_peoples_word_or_a_kind_before_a_site_noun_names_no_site(nlp, text: str, word: str) -> None:
    found = _found(nlp, text)
    e = found.get(word)
    assert e is None or e.kind != "place", e
