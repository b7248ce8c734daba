"""Speakers named with a title of address (kg/extract/names.py ``addressed``, name_joins.py,
linking.py ``person_surnames``): a name right after "Mr.", "Ms.", "Mrs.", "Dr." is a
person's, whatever country, demonym or town it also spells, and speaks as that person;
the person's full name elsewhere in the article is the same node. Sentences written for
these tests, from several crises (Mali, Ukraine, Sudan, Gaza, Myanmar, Kenya, Syria).
"""
from __future__ import annotations

import pytest

from helpers import extract_text, one, role

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a surname that is a demonym in the country tables ("Türk": Turkey's)
        ("Mr. Türk said the attacks on civilians in Sudan must stop.", "Türk"),
        # a town the KB knows ("Victoria", the Seychelles' capital): no metonymy for its country
        ("“Strikes on Kharkiv must end,” Dr. Victoria said.", "Victoria"),
        # a country's name as a surname
        ("“The shelling of Aleppo went on all night,” said Mrs. Jordan, a nurse in the city.", "Jordan"),
        ("Ms. Chad told reporters that the road to Goma was closed.", "Chad"),
    ],
)
def test_a_name_after_a_title_of_address_is_a_person_speaking(nlp, text, speaker):
    ex = extract_text(nlp, text)
    said = [e for e in ex.events if e.type == "Statement"]
    assert said, [(e.type, e.trigger) for e in ex.events]
    assert role(ex, said[0], "speaker") == [speaker]
    person = next(e for e in ex.entities.values() if e.label == speaker)
    assert "Person" in person.types
    assert not any("Country" in e.types or "City" in e.types for e in ex.entities.values() if e.label != "Ukraine" and e.label not in ("Sudan", "Kharkiv", "Aleppo", "Goma"))


def test_the_titled_surname_is_the_person_named_in_full(nlp):
    # Gaza: the NER misses the full name in a long post title; the titled surname joins it
    ex = extract_text(
        nlp,
        "UN High Commissioner for Human Rights Volker Türk said he was appalled by the strike on Gaza. "
        "“Those responsible must be held to account,” Mr. Türk said.",
    )
    said = [e for e in ex.events if e.type == "Statement"]
    assert [role(ex, e, "speaker") for e in said] == [["Volker Türk"], ["Volker Türk"]]
    assert not any(e.label == "Turkey" for e in ex.entities.values())


def test_a_demonym_without_a_title_stays_an_affiliation(nlp):
    # Myanmar: without a title of address the same word is still read as a people's word
    ex = extract_text(nlp, "Turkish officials said aid to Myanmar would continue.")
    assert not any("Person" in e.types for e in ex.entities.values())


@pytest.mark.parametrize(
    "text, person",
    [
        # a UN office's last word run into the name of its official (Maldives)
        ("The rule of law chief in the High Commissioner’s Office Mona Rishmawi told VOA the decree was unlawful.", "Mona Rishmawi"),
        # a presidency's (Somalia) and a prime minister's office (Ukraine)
        ("An adviser in the President’s Bureau Abdi Warsame said the attack in Mogadishu killed 12 people.", "Abdi Warsame"),
        ("The head of the Prime Minister’s Office Mykola Petrenko said Kharkiv was shelled overnight.", "Mykola Petrenko"),
    ],
)
def test_a_bodys_last_word_is_no_part_of_the_name_after_it(nlp, text, person):
    from kg.extract.name_joins import cut_office_words
    from kg.extract.spans import name_candidates

    doc = nlp(text)
    people = [c.span.text for c in cut_office_words(doc, name_candidates(doc)[0]) if c.span.label_ == "PERSON"]
    assert person in people
    assert not any(p.endswith(person) and p != person for p in people)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a spokesperson named by surname alone after the quote, which the NER calls a body
        ("“Detainees in Almaty must have access to lawyers,” Throssell said.", "Throssell"),  # Kazakhstan
        ("“Aid trucks are stuck at the Rafah crossing,” said Laerke on Friday.", "Laerke"),  # Gaza
        ("“The camps around Goma are overflowing,” Saleh told reporters.", "Saleh"),  # DR Congo
    ],
)
def test_a_bare_surname_after_a_quote_is_a_person_speaking(nlp, text, speaker):
    ex = extract_text(nlp, text)
    said = [e for e in ex.events if e.type == "Statement"]
    assert said and role(ex, said[0], "speaker") == [speaker]
    assert "Person" in next(e for e in ex.entities.values() if e.label == speaker).types


def test_an_acronym_after_a_quote_stays_a_body(nlp):
    # Nigeria: "NNPC" speaks for the company
    ex = extract_text(nlp, "“Pipeline attacks in the Niger Delta have cut output,” NNPC said.")
    assert "Person" not in next(e for e in ex.entities.values() if e.label == "NNPC").types


def test_the_short_title_is_its_holder_named_before(nlp):
    # Sri Lanka-like: a spokesperson speaks after the post's holder is named with the long title;
    # "The High Commissioner" later is the holder, not the spokesperson
    ex = extract_text(
        nlp,
        "UN High Commissioner for Human Rights Michelle Bachelet urged restraint in Colombo. "
        "“The violence must end,” Throssell said. "
        "The High Commissioner called on the authorities to protect protesters.",
    )
    appeals = [e for e in ex.events if e.type == "Appeal"]
    assert appeals and all(role(ex, e, "speaker") == ["Michelle Bachelet"] for e in appeals)
    assert not any(r.label == "High Commissioner" for r in ex.roles if ex.entities[r.person].label == "Throssell")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the parse hangs the name inside the post's phrase; the section or body it names does not speak
        ("Chief of the Rule of Law Section in the High Commissioner’s Office Mona Rishmawi, told VOA the decree was unlawful.",
         "Mona Rishmawi"),  # Maldives
        ("Former Nigerien minister and Tillaberi native Issoufou Issaka stated that the attacks were reprisals.",
         "Issoufou Issaka"),  # Niger
    ],
)
def test_a_name_closing_a_titled_subject_speaks(nlp, text, speaker):
    ex = extract_text(nlp, text)
    said = [e for e in ex.events if e.type == "Statement"]
    assert said and role(ex, said[0], "speaker") == [speaker]
