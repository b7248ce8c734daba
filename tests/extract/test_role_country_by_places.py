"""A post named without a country ("Interior minister X", "Former President X") in an article
set in one country that also names places of another, in a comparison or an aside ("unlike in
Washington, ..."): the article's country when it places things there more often and is
counted half as often again as any other (kg.extract.role_focus.located_country); none when
two countries are told about alike. Own texts from several crises."""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model

KENYA = (
    "Kenyan police say they have arrested at least 300 protesters who stormed parliament in Nairobi on Tuesday.\n\n"
    "The storming of the Kenyan parliament echoed the riot at the U.S. Capitol in Washington. Unlike in Washington, "
    "where lawmakers were in session, the chamber in Nairobi was nearly empty.\n\n"
    "Interior minister Kithure Kindiki said the government would find out who paid for the buses that brought "
    "protesters to Nairobi. Former President Uhuru Kenyatta called for calm."
)
BOLIVIA = (
    "Bolivian troops surrounded the presidential palace in La Paz on Wednesday in what the government called a coup "
    "attempt.\n\n"
    "The scenes recalled the 2019 unrest in Santiago, Chile, but in La Paz the soldiers withdrew within hours and "
    "crowds gathered in El Alto to cheer the government.\n\n"
    "Defence minister Edmundo Novillo said the commander had been arrested."
)
ALIKE = (
    "Sudanese refugees crossed into Chad on Monday, fleeing fighting in Darfur. In Adre, Chadian officials said the "
    "camps were full. In Geneina, across the border in Sudan, shelling continued.\n\n"
    "Chadian soldiers guarded the crossing at Adre while Sudanese families waited in Geneina.\n\n"
    "Interior minister Ahmed Ali said the border would stay open."
)


@pytest.mark.parametrize(
    "text, post",
    [
        (KENYA, ("Kithure Kindiki", "Interior Minister", "Kenya")),
        (KENYA, ("Uhuru Kenyatta", "Former President", "Kenya")),
        (BOLIVIA, ("Edmundo Novillo", "Defence Minister", "Bolivia")),
    ],
)
def test_a_post_without_a_country_is_the_articles_country_despite_a_comparison(nlp, text, post):
    assert post in role_posts(extract_text(nlp, text))


def test_two_countries_told_about_alike_give_a_bare_post_no_country(nlp):
    posts = [p for p in role_posts(extract_text(nlp, ALIKE)) if p[0] == "Ahmed Ali"]
    assert posts and all(p[2] is None for p in posts)
