"""People named with their post in wire copy, UN releases and government statements: one
Person entity with the whole name, and the post with its organisation or country.

Mechanisms (kg/extract/names.py, spans.py, typer.py, entities.py, roles.py; kg/nlp/pipeline.py):
a title that is also a name ("Sheikh", "Sultan") stays before a lone word; a name in
apposition to a title is a person's; a name after "Title of|for X" is one the NER may miss;
"President of Mali X" holds the post; "Supreme", "Grand" are title words; a long name the NER
cut in two is one; rank abbreviations keep their dot; a rank between post and name is not the
post's; "X State Governor" is X State's governor. Sentences are our own, from many crises.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def people(ex) -> dict[str, tuple[str, ...]]:
    return {e.label: e.types for e in ex.entities.values()}


def posts(ex) -> set[tuple[str, str, str | None]]:
    name = lambda key: ex.entities[key].label if key else None  # noqa: E731
    return {(name(r.person), r.label, name(r.org)) for r in ex.roles}


@pytest.mark.parametrize(
    "text, post",
    [
        # Gaza: the name apposed to "The head of X" is a person's, though the NER calls it an organisation
        ("The head of UNRWA, Philippe Lazzarini, said the agency was running out of fuel in Gaza.",
         ("Philippe Lazzarini", "Head", "United Nations Relief and Works Agency for Palestine Refugees in the Near East")),
        # Ukraine: the same, after a place
        ("The mayor of Mariupol, Vadym Boychenko, said Russian forces had destroyed the city.", ("Vadym Boychenko", "Mayor", "Mariupol")),
        # Bangladesh: "Sheikh" before a lone word is part of the name
        ("Bangladesh's Prime Minister Sheikh Hasina resigned and fled to India.", ("Sheikh Hasina", "Prime Minister", "Bangladesh")),
        # Mali: "President of Mali X", the NER's one organisation
        ("President of Mali Assimi Goïta met the Russian ambassador in Bamako.", ("Assimi Goïta", "President", "Mali")),
        # Iran: "Supreme" is part of the title, not an organisation
        ("Iran's Supreme Leader Ali Khamenei warned Israel against an attack.", ("Ali Khamenei", "Supreme Leader", "Iran")),
        # Syria: a name after "Envoy for Syria" the NER missed
        ("UN Special Envoy for Syria Geir Pedersen met officials in Damascus.", ("Geir Pedersen", "Special Envoy", "United Nations")),
        # Sudan: a rank between the post and the name (abbreviations keep their dot)
        ("Sudanese army spokesman Brig. Gen. Nabil Abdallah said the RSF had shelled El Fasher.",
         ("Nabil Abdallah", "Army Spokesman", "Sudanese Armed Forces")),
        # Israel: the same, written out
        ("IDF spokesman Rear Admiral Daniel Hagari said troops had entered Khan Younis.",
         ("Daniel Hagari", "Spokesman", "Israel Defense Forces")),
        # Nigeria: the state of a governor, before or after the title
        ("Kaduna State Governor Uba Sani said gunmen had abducted 60 worshippers in Kajuru.", ("Uba Sani", "Governor", "Kaduna State")),
        ("Governor of Zamfara State Dauda Lawal said bandits had abducted 50 villagers.", ("Dauda Lawal", "Governor", "Zamfara")),
        # Iraq / UN: a long name the NER cut in two
        ("Iraq's Permanent Representative to the UN, Abbas Kadhom Obaid Al-Fatlawi, addressed the Council.",
         ("Abbas Kadhom Obaid Al-Fatlawi", "Permanent Representative", "Iraq")),
        # Chad: the title hung on the name's first word
        ("Chadian President Mahamat Idriss Déby Itno met Sudanese refugees in Adré.", ("Mahamat Idriss Déby Itno", "President", "Chad")),
        # Jerusalem: "Grand Mufti"
        ("The Grand Mufti of Jerusalem, Mohammad Hussein, condemned the raid.", ("Mohammad Hussein", "Grand Mufti", "Jerusalem")),
        # the UN and NATO: "General" of a post stays in it
        ("Secretary-General António Guterres said he was appalled by the attack in Kherson.", ("António Guterres", "Secretary-General", "United Nations")),
    ],
)
def test_a_titled_person_and_the_post(nlp, text, post):
    ex = extract_text(nlp, text)
    assert people(ex).get(post[0], ("",))[0] == "Person", people(ex)
    assert post in posts(ex)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Brig. Gen. Sultan Abdulkareem said the coalition had intercepted drones over the Red Sea.", "Sultan Abdulkareem"),  # Yemen
        ("Minister of Defence Sadio Camara visited troops in Kidal.", "Sadio Camara"),  # Mali
        ("Chief of Army Staff Lt. Gen. Taoreed Lagbaja said troops would stay in Borno.", "Taoreed Lagbaja"),  # Nigeria
        ("Mauritanian President Mohamed Ould Cheikh El Ghazouani hosted the summit in Nouakchott.", "Mohamed Ould Cheikh El Ghazouani"),
        ("Senior General Min Aung Hlaing said the military would hold elections in Myanmar.", "Min Aung Hlaing"),  # Myanmar
    ],
)
def test_the_whole_name_after_titles_and_ranks(nlp, text, person):
    found = people(extract_text(nlp, text))
    assert found.get(person, ("",))[0] == "Person", found
    assert not [label for label, types in found.items() if "Person" in types and label != person]


def test_title_words_are_no_entities(nlp):
    found = people(extract_text(nlp, "Iran's Supreme Leader Ali Khamenei warned Israel against an attack."))
    assert "Supreme" not in found
    found = people(extract_text(nlp, "Chief of Army Staff Lt. Gen. Taoreed Lagbaja said troops would stay in Borno."))
    assert not [label for label in found if "Lt" in label.split()]


def test_a_title_that_is_also_a_name_goes_before_a_longer_name(nlp):
    """Somalia: "Sheikh" before three words is a title."""
    ex = extract_text(nlp, "Al-Shabab spokesman Sheikh Ali Mohamud Rage claimed the attack in Mogadishu.")
    assert ("Ali Mohamud Rage", "Spokesman", "Al-Shabaab") in posts(ex)


def test_a_title_between_two_names_keeps_them_apart(nlp):
    """Somalia: a district and its commissioner are not one name."""
    ex = extract_text(nlp, "Speaking to reporters, Mahas District Commissioner Mumin Mohamed Halane said the killings occurred.")
    assert "Mumin Mohamed Halane" in people(ex)
    assert not [label for label in people(ex) if "Commissioner" in label]


def test_a_post_ending_in_general_keeps_it(nlp):
    ex = extract_text(nlp, "NATO Secretary General Jens Stoltenberg said allies would send more air defence to Ukraine.")
    assert ("Jens Stoltenberg", "Secretary General", "North Atlantic Treaty Organization") in posts(ex)


def test_rank_abbreviations_are_one_token(nlp):
    doc = nlp("Col. Abdoulaye Maïga and Brig. Gen. Nabil Abdallah spoke.")
    assert [t.text for t in doc[:3]] == ["Col.", "Abdoulaye", "Maïga"]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text, post",
    [
        ("Haiti's Transitional Presidential Council named Alix Didier Fils-Aimé prime minister.", ("Alix Didier Fils-Aimé", "Prime Minister", None)),
        ("Sudan's army chief appointed Kamil Idris as prime minister on Monday.", ("Kamil Idris", "Prime Minister", "Sudan")),  # (the appointer's country, session 6)
        ("The junta named Col. Abdoulaye Maïga interim prime minister of Mali.", ("Abdoulaye Maïga", "Interim Prime Minister", "Mali")),
    ],
)
def test_the_object_of_a_naming_verb_holds_the_post(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


def test_the_object_of_another_verb_holds_nothing(nlp):
    """Gaza/Iran: "killed X as he slept" names no post."""
    assert not extract_text(nlp, "Israeli forces killed Ismail Haniyeh as he slept in Tehran.").roles


@pytest.mark.parametrize(
    "text, post",
    [
        # Sudan: a sentence-initial name the NER missed, with its title apposed after it
        ("Clementine Nkweta-Salami, the UN humanitarian coordinator in Sudan, said aid was blocked.",
         ("Clementine Nkweta-Salami", "Humanitarian Coordinator", "United Nations")),
        # Sudan: a first name the NER took for an organisation
        ("The RSF's deputy commander, Abdelrahim Hamdan Dagalo, was sanctioned by the United States.",
         ("Abdelrahim Hamdan Dagalo", "Deputy Commander", "Rapid Support Forces")),
        # Red Sea: "its" is not part of the post
        ("Its spokesman, Yahya Saree, said the group had fired missiles at Eilat.", ("Yahya Saree", "Spokesman", None)),
    ],
)
def test_names_before_an_apposed_title(nlp, text, post):
    ex = extract_text(nlp, text)
    assert people(ex).get(post[0], ("",))[0] == "Person", people(ex)
    assert post in posts(ex)


def test_a_portfolio_is_not_part_of_the_name(nlp):
    """Sudan/Chad: "High Commissioner for Refugees X" is X."""
    ex = extract_text(nlp, "UN High Commissioner for Refugees Filippo Grandi visited Adré on the border with Sudan.")
    assert ("Filippo Grandi", "High Commissioner for Refugees", "United Nations") in posts(ex)
    assert not [label for label in people(ex) if label.startswith("Refugees")]


def test_an_acronym_the_kb_does_not_know_is_no_town(nlp):
    """Sudan: "head of DPPA" is a department, not a town the NER called it."""
    ex = extract_text(nlp, "Rosemary DiCarlo, head of DPPA, briefed the Council on the situation in Sudan.")
    assert people(ex)["DPPA"][0] == "Organization"
    assert ("Rosemary DiCarlo", "Head", "DPPA") in posts(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's junta chief Min Aung Hlaing said the army would hold elections.",
        "Senior General Min Aung Hlaing's government declared martial law in Mandalay.",
    ],
)
def test_a_name_cut_inside_its_chain_is_whole(nlp, text):
    """Myanmar: the NER's "Min Aung" and "Aung" + "Hlaing" (a place) are one person."""
    found = people(extract_text(nlp, text))
    assert found.get("Min Aung Hlaing", ("",))[0] == "Person", found
    assert "Hlaing" not in found and "Min Aung" not in found


def test_a_first_name_the_ner_took_for_a_place(nlp):
    """Myanmar: the NER's place "Aung" is the first word of a person's name; Kenya: a body's
    name stays a body's."""
    found = people(extract_text(nlp, "Aung San Suu Kyi was sentenced to 33 years in prison in Naypyitaw."))
    assert found.get("Aung San Suu Kyi", ("",))[0] == "Person", found
    found = people(extract_text(nlp, "The Kenya Defence Forces said troops had killed 20 al-Shabaab fighters near Lamu."))
    assert found.get("Kenya Defence Forces", ("",))[0] != "Person", found
