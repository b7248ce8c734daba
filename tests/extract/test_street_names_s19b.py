"""Session 19b (issue 10): streets and squares named in other languages, and words run into
a number.

* a name whose last word is a word for street or square in another language ("X tér",
  "X Caddesi", "X Meydanı", "X Ploshchad"; names.toml ``[places] street_last``) or whose first
  word is one ("Plaza X", "Piazza X", "Maidan X", "Jalan X", "Trg X"; ``street_first``) is a
  site (schema:Place), not the town, person or body the NER made of it;
* a word of ``street_last`` the NER left after the name ("Szabadság tér", "Andrássy út",
  "Gedimino prospektas") is the name's last word (kg/extract/site_nouns.py street_word_after);
* a name of one word with a street's ending ("Xgasse", "Xplatz", "Xplein", "Xgatan";
  ``street_suffixes``) likewise;
* a capitalised word run into a number ("France24") names a channel or a brand, no town or person.

People whose surname is such a word ("Carlos Calle", "Oleksiy Maidan") and bodies named with an
English word for square ("Square Enix") stay people and bodies.

Sentences written for these tests, about Hungary, Austria, Germany, Chile, Ukraine, Turkey,
Russia, Croatia, Indonesia, Lithuania, the Netherlands, Sweden, Brazil, Italy, Poland, Mali, Colombia, Japan."""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def _types(nlp, text: str) -> dict[str, tuple[str, ...]]:
    """label -> types of every named entity of the text."""
    ex = extract_text(nlp, text, published=None)
    return {e.label: tuple(e.types) for e in ex.entities.values() if e.kind != "group"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police fired tear gas at protesters gathered on Kossuth tér in central Budapest on Monday.", "Kossuth tér"),
        ("Gunmen opened fire near Seitenstettengasse in Vienna, police said.", "Seitenstettengasse"),
        ("Thousands marched along Karl-Marx-Straße in Berlin on Saturday.", "Karl-Marx-Straße"),
        ("Riot police cleared Plaza Dignidad in Santiago late on Friday.", "Plaza Dignidad"),
        ("Clashes broke out on Maidan Nezalezhnosti in Kyiv.", "Maidan Nezalezhnosti"),
        ("Riot police used water cannon on demonstrators along İstiklal Caddesi in Istanbul.", "İstiklal Caddesi"),
        ("Opposition supporters gathered on Bolotnaya Ploshchad in Moscow on Saturday.", "Bolotnaya Ploshchad"),
        ("Thousands of people filled Trg bana Jelačića in Zagreb to protest against the government.", "Trg bana Jelačića"),
        ("Police closed Jalan Thamrin in Jakarta after the explosion.", "Jalan Thamrin"),
        ("Protesters marched to the Leidseplein in Amsterdam.", "Leidseplein"),
        ("Clashes erupted on Avenida Paulista in São Paulo late on Sunday.", "Avenida Paulista"),
        ("Police dispersed a crowd on Piazza del Popolo in Rome.", "Piazza del Popolo"),
        ("Thousands rallied on Plac Zamkowy in Warsaw.", "Plac Zamkowy"),
        ("Protesters gathered around Szabadság tér on Monday night.", "Szabadság tér"),
        ("Police blocked Andrássy út near the opera house in Budapest after the rally.", "Andrássy út"),
        ("Demonstrators occupied Gedimino prospektas in Vilnius.", "Gedimino prospektas"),
    ],
)
def test_a_street_named_in_another_language_is_a_site(nlp, text: str, name: str) -> None:
    types = _types(nlp, text)
    assert "Place" in types.get(name, ()), types
    assert not {"City", "Person", "Organization"} & set(types[name])


@pytest.mark.parametrize(
    "text",
    [
        "The report was first published by France24 on Tuesday.",
        "Militant attacks have raised concerns, with France24 journalist Karim Haddad saying the raid on the"
        " village of Tessit, Gao was a reprisal by members of the Islamic State Sahel Province.",
    ],
)
def test_a_word_run_into_a_number_is_no_town(nlp, text: str) -> None:
    types = _types(nlp, text)
    assert "Organization" in types.get("France24", ()), types
    assert "City" not in types["France24"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The mayor, Carlos Calle, said the city would rebuild.", "Carlos Calle", "Person"),
        ("Ukrainian lawmaker Oleksiy Maidan said the vote was rigged.", "Oleksiy Maidan", "Person"),
        ("Square Enix said its offices in Tokyo were closed.", "Square Enix", "Organization"),
        ("Police said M23 rebels had seized the town.", "M23", "Organization"),
    ],
)
def test_people_and_bodies_named_so_stay(nlp, text: str, name: str, kind: str) -> None:
    assert kind in _types(nlp, text).get(name, ()), _types(nlp, text)
