"""Readers that look only where the Doc's indexes of its words and tags say they can find
something (session 19's speed-ups): the same answers as reading every token."""
from __future__ import annotations

import pytest


def _span(doc, words: str):
    """The span of ``doc`` written ``words`` (the first such run of tokens)."""
    ws = words.split()
    for i in range(len(doc) - len(ws) + 1):
        if [t.text for t in doc[i:i + len(ws)]] == ws:
            return doc[i:i + len(ws)]
    raise AssertionError(f"{words!r} not in {doc.text!r}")


@pytest.mark.parametrize(
    "text, runs",
    [
        ("Hamas leader Яхья Синвар was killed in Rafah, the army said.", ["Яхья Синвар"]),
        ("The envoy met 习近平 in Beijing on Monday.", ["习近平"]),
        ("Protesters chanted “Путин” outside the embassy in Riga.", ["Путин"]),
        ("Residents of Khartoum fled as shelling resumed, the ministry said.", []),  # all ASCII
        ("Officials in São Paulo said the café was shut.", []),  # Latin letters outside ASCII
    ],
)
def test_foreign_script_runs(nlp, text, runs):
    from kg.extract.scripts import foreign_script_runs

    doc = nlp(text)
    assert [doc[s:e].text for s, e in foreign_script_runs(doc)] == runs


@pytest.mark.parametrize(
    "text, name, zone",
    [
        ("Sirens sounded at 06:29 Israel Standard Time, the army said.", "Israel", True),
        ("The quake struck at 22:27 Korea Standard Time on Friday.", "Korea Standard Time", True),
        ("Israel said its jets struck targets in Lebanon on Friday.", "Israel", False),  # no "Time" at all
        ("Time is running out for Gaza, the UN relief chief said.", "Gaza", False),
    ],
)
def test_written_zone(nlp, text, name, zone):
    from kg.extract.nonnames import written_zone

    doc = nlp(text)
    assert written_zone(_span(doc, name)) is zone


@pytest.mark.parametrize(
    "text, name, person",
    [
        ("Tshisekedi said his government would not negotiate with the rebels.", "Tshisekedi", True),
        ("Museveni said in Kampala that he would send more troops.", "Museveni", True),
        ("Ruto said the ministry would review the tax plan.", "Ruto", False),  # no pronoun
        ("Hamas said Haniyeh's successor had met his allies.", "Hamas", False),  # a person between
    ],
)
def test_referred_to_as_a_person(nlp, text, name, person):
    from kg.extract.typer import _referred_to_as_a_person

    doc = nlp(text)
    assert _referred_to_as_a_person(_span(doc, name)) is person


@pytest.mark.parametrize(
    "text, name",
    [
        ("Attacks on Zamzam, Abu Shouk and El Fasher killed dozens.", "Abu Shouk"),
        ("Kutum fell, and Mellit and Kabkabiya followed.", "Kabkabiya"),
        ("Gunmen stormed Dori and Djibo overnight, officials said.", "Djibo"),
    ],
)
def test_votes_with_places_as_sentence_votes(nlp, text, name):
    """A mention's sentence read once gives, with any set of places, the votes read anew."""
    from kg.extract.typer import sentence_reading, sentence_votes, votes_with_places

    doc = nlp(text)
    span = _span(doc, name)
    reading = sentence_reading(span, "GPE")
    for places in (set(), {t.i for t in doc if t.pos_ == "PROPN"}):
        again = sentence_votes(span, "GPE", places=places)
        once = votes_with_places(reading, places)
        assert list(once.scores.items()) == list(again.scores.items()) and once.strong == again.strong
