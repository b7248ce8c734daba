"""The article's country when the text places things in a part of it ("in *western* X",
"across *northern* X": a compass adjective between the locative word and the country,
kg.extract.role_context.located_mention), and a member of a legislature named without one
("Senator X", "lawmaker X": ``roles.toml`` ``state_post_heads``) in a story set in one
country: that country's. Own texts from several crises; none names a country the article
places nothing in, a country named only after "from", or a senator of another country.
"""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model

# Each names its country twice, never bare after "in"; two holders of one title, or a
# neighbour named too, keep the other readings of the article's country from answering.
BURKINA = (
    "Gunmen killed at least 20 soldiers in eastern Burkina Faso on Sunday, the army said.\n\n"
    "The attack was the deadliest this year in eastern Burkina Faso, where neighbouring Niger has also faced raids.\n\n"
    "Defence Minister Kassoum Coulibaly said reinforcements had been sent."
)
CAMEROON = (
    "Separatist fighters burned a school in western Cameroon on Tuesday, residents said.\n\n"
    "Violence in western Cameroon has forced thousands to flee to Nigeria since 2017.\n\n"
    "Communication Minister Rene Sadi condemned the attack."
)
ETHIOPIA = (
    "Fighting resumed in northern Ethiopia on Monday, aid workers said. Eritrean troops were seen near the border.\n\n"
    "Food convoys have not reached northern Ethiopia for three weeks.\n\n"
    "President Sahle-Work Zewde called for talks. Exiled opposition figures say President Sahle-Work Zewde must resign."
)
COLOMBIA = (
    "Rebels attacked a police station across southern Colombia overnight, officials said. Venezuela denied "
    "sheltering the fighters.\n\n"
    "The attacks in southern Colombia were the worst in a decade.\n\n"
    "Senator Maria Fernanda Cabal said the government had lost control of the border."
)
PHILIPPINES = (
    "Floods killed 40 people in the Philippines on Saturday, the disaster agency said. The Philippines is hit by "
    "about 20 storms a year.\n\n"
    "Lawmaker Rufus Rodriguez said the dams had been opened too late."
)
# must not: a country named only after "from" (not where things happen) and another one
FROM_ONLY = (
    "Refugees from eastern Congo arrived in Uganda on Friday. Congo's army has been fighting rebels for months, "
    "and Uganda says it cannot take more.\n\n"
    "Minister Hilary Onek said the camps were full."
)
# must not: a senator of another country, named so, keeps it
FOREIGN_SENATOR = (
    "Protesters marched in Manila on Monday against the new tax. The Philippines has seen three such protests "
    "this year.\n\n"
    "US Senator Marco Rubio said Washington was watching."
)


@pytest.mark.parametrize(
    "text, post",
    [
        (BURKINA, ("Kassoum Coulibaly", "Defence Minister", "Burkina Faso")),
        (CAMEROON, ("Rene Sadi", "Communication Minister", "Cameroon")),
        (ETHIOPIA, ("Sahle-Work Zewde", "President", "Ethiopia")),
        (COLOMBIA, ("Maria Fernanda Cabal", "Senator", "Colombia")),
        (PHILIPPINES, ("Rufus Rodriguez", "Lawmaker", "Philippines")),
    ],
)
def test_a_post_without_a_country_is_the_one_the_article_places_things_in(nlp, text, post):
    assert post in role_posts(extract_text(nlp, text))


def test_a_country_named_only_after_from_is_not_where_things_happen(nlp):
    posts = [p for p in role_posts(extract_text(nlp, FROM_ONLY)) if p[0] == "Hilary Onek"]
    assert all(p[2] != "DR Congo" and p[2] != "Congo" for p in posts)


def test_a_senator_named_with_his_country_keeps_it(nlp):
    posts = [p for p in role_posts(extract_text(nlp, FOREIGN_SENATOR)) if p[0] == "Marco Rubio"]
    assert posts and all(p[2] == "United States" for p in posts)
