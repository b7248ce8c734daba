"""Where, session 21 (when21): an event of a class a state holds within itself (an election, a
dissolution, a state of emergency, an ouster; ``national_classes``) with no place of its own
happened in the state whose body holds it: the state its sentence gives the body ("*Cambodia's*
Supreme Court dissolved the party", "the *Bulgarian* parliament passed a law"), and, in an
article that names one country, that country (its institutions are that country's, as
:mod:`kg.extract.events.home_bodies` reads "the army"). That is the event's place
(``sem:hasPlace``), not the article's inferred one; other events of such an article keep the
inference only. Sentences written for this test after events in Cambodia (2017), Bulgaria,
Japan (2022), El Salvador (2022), Paraguay (2012) and Thailand (2024)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, places_of_class

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 8, 9)


@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("Cambodia's Supreme Court dissolved the main opposition party on Thursday.", "Dissolution", "Cambodia"),
        ("Thailand's Constitutional Court dissolved the Move Forward party on Wednesday.", "Dissolution", "Thailand"),
    ],
)
def test_the_state_of_the_body_that_acts(nlp, text, cls, place):
    assert places_of_class(nlp, text, cls, published=PUBLISHED) == [place]


@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("Japan mourned its former prime minister on Saturday. He was shot while campaigning in Nara "
         "ahead of the upper house elections scheduled for Sunday.", "Election", "Japan"),
        ("The state of emergency has been in force in El Salvador for a year. An initial month-long state "
         "of emergency was introduced on 27 March 2022 and has since been regularly renewed.", "Restriction", "El Salvador"),
        ("Paraguay has been calm since the protests. Former president Fernando Lugo was ousted in 2012 "
         "after a land eviction.", "Ouster", "Paraguay"),
    ],
)
def test_national_event_in_an_article_on_one_country_is_there(nlp, text, cls, place):
    assert set(places_of_class(nlp, text, cls, published=PUBLISHED)) == {place}


def test_other_events_of_such_an_article_keep_the_inference_only(nlp):
    ex = extract_text(nlp, "Paraguay has been calm since the protests. Former president Fernando Lugo was ousted "
                           "in 2012 after a land eviction in which 17 people were killed.", published=PUBLISHED)
    killed = [e for e in ex.events if e.type == "Casualties"]
    assert killed and all(e.place is None and ex.entities[e.inferred_place].label == "Paraguay" for e in killed)


def test_the_one_country_named_but_no_setting_places_nothing(nlp):
    """No event is told in the United States: it is named as where concerns came from."""
    ex = extract_text(nlp, "The attacks came amid tensions brought about by the reelection of President Julius Maada Bio "
                           "which raised concerns from the United States.", published=PUBLISHED)
    assert all(e.place is None for e in ex.events if e.type == "Election")
