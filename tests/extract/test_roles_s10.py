"""Posts session 10 found lost on the world corpus's tuning parts, each mechanism on own
sentences from several crises: a title typed with non-breaking hyphens; two titles joined
by "and" before one name; a name apposed to the subject of a verb that gives a post; an age
or a count of terms before a title; the article's country from its headline, and not a
country named in passing while the article's towns lie in another.
"""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, post",
    [
        ("UN Under\u2011Secretary\u2011General Martin Griffiths visited Port Sudan on Monday.",
         ("Martin Griffiths", "Under-Secretary-General", "United Nations")),  # Sudan
        ("In Kabul, UN Assistant Secretary\u2011General Miroslav Jenca met Taliban officials.",
         ("Miroslav Jenca", "Assistant Secretary-General", "United Nations")),  # Afghanistan
    ],
)
def test_a_title_typed_with_non_breaking_hyphens_is_a_title(nlp, text, post):
    assert post in role_posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, posts",
    [
        ("Hamas leader and former prime minister Ismail Haniyeh was killed in an air strike in Tehran.",
         {("Ismail Haniyeh", "Leader", "Hamas")}),  # Gaza
        ("Al-Shabaab spokesman and senior commander Ali Dhere said the fighters had taken the base.",
         {("Ali Dhere", "Spokesman", "Al-Shabaab"), ("Ali Dhere", "Senior Commander", "Al-Shabaab")}),  # Somalia
    ],
)
def test_two_titles_joined_before_a_name_are_both_its_holders(nlp, text, posts):
    assert posts <= role_posts(extract_text(nlp, text))


def test_two_titles_each_with_the_are_two_people(nlp):
    # "the army chief and the defence minister X": the first title is someone else's
    posts = role_posts(extract_text(nlp, "The army chief and the defence minister Yasser al-Atta flew to Port Sudan."))
    assert not any(label == "Army Chief" for _, label, _ in posts)


@pytest.mark.parametrize(
    "text, post",
    [
        ("Her successor, Ali Lamine Zeine, was named prime minister of Niger on Tuesday.",
         ("Ali Lamine Zeine", "Prime Minister", "Niger")),  # Niger
        ("Ariel Henry's rival, Garry Conille, was sworn in as prime minister of Haiti on Monday.",
         ("Garry Conille", "Prime Minister", "Haiti")),  # Haiti
        ("The army announced that the late leader's son, Mahamat Idriss Deby, is now acting as president of Chad.",
         ("Mahamat Idriss Deby", "President", "Chad")),  # Chad
    ],
)
def test_a_name_apposed_to_the_subject_takes_the_post_its_verb_gives(nlp, text, post):
    assert post in role_posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, person, label",
    [
        ("Separatists attacked a school near Bamenda in Cameroon. The 91-year-old president Paul Biya has ruled Cameroon since 1982.",
         "Paul Biya", "President"),  # Cameroon
        ("Police in Mandalay arrested the two-term chief minister Zaw Myint Maung of Mandalay region.",
         "Zaw Myint Maung", "Chief Minister"),  # Myanmar
        ("Former three-time prime minister Nawaz Sharif returned to Lahore in Pakistan.",
         "Nawaz Sharif", "Former Prime Minister"),  # Pakistan
    ],
)
def test_an_age_or_a_count_of_terms_is_no_word_of_a_post(nlp, text, person, label):
    labels = {lab for p, lab, _ in role_posts(extract_text(nlp, text)) if p == person}
    assert label in labels and not any(any(ch.isdigit() for ch in lab) or "Term" in lab for lab in labels)


def test_the_headline_places_the_story_in_its_country(nlp):
    # Peru: other countries named as often, the headline says where the story is
    text = ("Peruvian police fired tear gas at protesters near Cusco on Sunday. Interior minister Victor Rojas said the "
            "police would clear the roads. Bolivian officials closed the border, and in Washington and New York, US "
            "officials urged calm.")
    posts = role_posts(extract_text(nlp, text, title="Clashes in Peru"))
    assert ("Victor Rojas", "Interior Minister", "Peru") in posts


def test_a_country_named_in_passing_is_not_the_articles_when_its_towns_lie_in_another(nlp):
    # Colombia: the United States named twice, the article's towns all Colombian
    text = ("Soldiers freed 12 hostages in a raid near Cali. The rebel commander is wanted in the United States, where a "
            "U.S. court has charged him. Attacks in Cali, Popayan and Jamundi have risen this year, Defence Minister "
            "Ivan Velasquez said.")
    posts = role_posts(extract_text(nlp, text))
    assert ("Ivan Velasquez", "Defence Minister", "United States") not in posts
    assert ("Ivan Velasquez", "Defence Minister", "Colombia") in posts
