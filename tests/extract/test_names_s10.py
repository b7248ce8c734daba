"""Wrong entities and types, session 10 (kg/extract/entities.py, names.py, typer.py,
org_kinds.py, linking.py, entity_typing.py): sentences written for these tests, from many
crises.

- a one-word name the article uses as a people's ("the X people", "of X descent") is a
  people at every mention ("the X demand", "many Xs"): no person and no body;
- a name before a noun of an outlet or a platform ("the X website"), or listed after one
  ("platforms like X and Y"), is an organisation, not a person;
- a name in apposition to a post's title hung on the end of the title's phrases ("The
  spokesman for the UN mission in Mali, X,") is a person, not a place;
- a unit named "... Autonomous Region" is an administrative area, not a town;
- a legislature by its noun alone ("Congress"), a council that governs and a self-declared
  territory's army are state bodies;
- a region whose name holds "and" is one region; two regions stay two;
- another name given to an event ("the X massacre, also known as Y") is no entity.
"""
from __future__ import annotations

import pytest

from helpers import extract_text


def by_label(ex) -> dict[str, tuple[str, ...]]:
    """Label -> types of the extraction's entities."""
    return {e.label: e.types for e in ex.entities.values()}


# ---------------------------------------------------------------------- no model


@pytest.mark.parametrize(
    "label, kind",
    [
        ("Congress", "GovernmentOrganization"),  # a legislature by its noun alone
        ("Constitutional Council", "GovernmentOrganization"),
        ("Privy Council", "GovernmentOrganization"),
        ("Puntland Security Forces", "GovernmentOrganization"),  # a territory's forces
        ("Somaliland National Army", "GovernmentOrganization"),
        ("African National Congress", None),  # a party, not the legislature
        ("Sudan Liberation Army", None),
    ],
)
def test_state_bodies_by_their_names(label, kind):
    from kg.extract.org_kinds import org_types

    types = org_types(label)
    assert (types[0] if types else None) == kind


def test_a_unit_by_its_last_word():
    from kg.extract.names import unit_named

    assert unit_named("Guangxi Zhuang Autonomous Region") and unit_named("Helmand Province")
    assert not unit_named("Region") and not unit_named("Red Sea")


# ---------------------------------------------------------------------- with the model


@pytest.mark.model
@pytest.mark.parametrize(
    "text, people",
    [
        ("The Ogoni people have protested for decades. The Ogoni demand for a share of oil revenue was rejected.", "Ogoni"),
        ("Thousands of Rohingyas fled to Bangladesh. Many Rohingyas now live in camps near Cox's Bazar.", "Rohingyas"),
        ("Most of the victims were farmers of Berom descent, the Plateau State police said.", "Berom"),
    ],
)
def test_a_people_is_no_person_and_no_body(nlp, text, people):
    ex = extract_text(nlp, text, published=None)
    types = by_label(ex)
    assert not any(t in types.get(people, ()) for t in ("Person", "Organization", "City")), types


@pytest.mark.model
@pytest.mark.parametrize(
    "text, outlet",
    [
        ("The Zaman al-Wasl website reported that regime forces shelled villages near Idlib.", "Zaman al-Wasl"),
        ("Opposition activists in Belarus used apps such as Signal and Threema to organise the marches.", "Threema"),
    ],
)
def test_an_outlet_or_platform_is_no_person(nlp, text, outlet):
    ex = extract_text(nlp, text, published=None)
    assert "Person" not in by_label(ex).get(outlet, ()), by_label(ex)


@pytest.mark.model
def test_a_name_apposed_to_a_title_of_several_phrases_is_a_person(nlp):
    ex = extract_text(
        nlp, "The spokesman for the UN mission in South Sudan, Ken Mwangi Otieno, said peacekeepers had reached Malakal.",
        published=None,
    )
    assert "Person" in by_label(ex).get("Ken Mwangi Otieno", ()), by_label(ex)


@pytest.mark.model
def test_an_autonomous_region_is_an_administrative_area(nlp):
    ex = extract_text(nlp, "Police were deployed across the Guangxi Zhuang Autonomous Region after the protests.", published=None)
    assert "AdministrativeArea" in by_label(ex).get("Guangxi Zhuang Autonomous Region", ()), by_label(ex)


@pytest.mark.model
def test_a_legislature_by_its_noun_alone_is_a_state_body(nlp):
    ex = extract_text(nlp, "Guatemala's Congress voted on Wednesday to strip the judge of immunity.", published=None)
    assert "GovernmentOrganization" in by_label(ex).get("Congress", ()), by_label(ex)


@pytest.mark.model
def test_a_region_whose_name_holds_and_is_one_region(nlp):
    ex = extract_text(nlp, "Security forces fired on protesters in Kohgiluyeh and Boyer-Ahmad province in Iran.", published=None)
    types = by_label(ex)
    assert "AdministrativeArea" in types.get("Kohgiluyeh and Boyer-Ahmad", ()), types
    assert "Kohgiluyeh" not in types
    ex = extract_text(nlp, "Strikes hit the Kyiv and Kharkiv regions overnight, Ukraine said.", published=None)
    assert not any(" and " in label for label in by_label(ex))  # two regions stay two


@pytest.mark.model
def test_another_name_of_an_event_is_no_entity(nlp):
    ex = extract_text(nlp, "The Bucha massacre, also known as Bloody Bucha, shocked the world.", published=None)
    assert "Bloody Bucha" not in by_label(ex)
    ex = extract_text(nlp, "The Sudanese general Abdel Fattah al-Burhan, known as Burhan, said the army would fight.", published=None)
    assert "Person" in by_label(ex).get("Abdel Fattah al-Burhan", ())  # a person's other name is no event's


@pytest.mark.model
@pytest.mark.parametrize(
    "text, town",
    [
        ("Gunmen attacked a convoy near In Guezzam, close to the border with Niger.", "In Guezzam"),
        ("Troops were flown to the town of In Salah in southern Algeria.", "In Salah"),
    ],
)
def test_a_towns_first_word_after_a_preposition_is_the_towns(nlp, text, town):
    ex = extract_text(nlp, text, published=None)
    types = by_label(ex)
    assert "Place" in types.get(town, ()), types
    assert town.split()[1] not in types


@pytest.mark.model
def test_a_name_of_aims_joined_by_and_is_one_body(nlp):
    ex = extract_text(nlp, "The rebels are known as the Front for Change and Concord in Chad.", published=None)
    types = by_label(ex)
    assert "Organization" in types.get("Front for Change and Concord", ()), types
    assert "Concord" not in types and "Front for Change" not in types
    ex = extract_text(nlp, "The Movement for Change and Progress Party said Khartoum had fallen.", published=None)
    assert "Movement for Change and Progress Party" in by_label(ex)  # a longer name is left alone


@pytest.mark.model
def test_a_body_by_the_words_of_its_long_name_is_no_place(nlp):
    ex = extract_text(
        nlp,
        "The killings drew criticism from rights groups and the Inter-American Commission on Human Rights, which called them a massacre.",
        published=None,
    )
    assert "Organization" in by_label(ex).get("Inter-American Commission on Human Rights", ()), by_label(ex)


@pytest.mark.model
def test_a_use_the_ner_missed_votes_for_the_type(nlp):
    ex = extract_text(
        nlp,
        "The Kurdpa website that covers news in the Kurdish provinces reported arrests on Monday. "
        "Kurdpa also reported that two porters were shot.",
        published=None,
    )
    assert "Organization" in by_label(ex).get("Kurdpa", ()), by_label(ex)  # the NER read a person at its one mention
