"""An opposition leader named without a party or a country ("opposition leader X was
arrested") in a story set in one country is that country's opposition leader (``roles.toml``
``country_politics_words``, kg.extract.role_complete.is_state_post); one named with a
country keeps it, and a story told about two countries alike gives none. Own texts from
several crises."""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, post",
    [
        ("Police in Uganda arrested opposition leader Kizza Besigye in Kampala on Tuesday, his lawyer said. Uganda's "
         "government denied the arrest was political.", ("Kizza Besigye", "Opposition Leader", "Uganda")),
        ("Tanzania's main opposition party said its leader had been detained. Opposition leader Tundu Lissu was taken "
         "from a rally in Tanzania's south, party officials said.", ("Tundu Lissu", "Opposition Leader", "Tanzania")),
        ("Security forces in Guinea fired tear gas at supporters of opposition leader Cellou Dalein Diallo in Conakry. "
         "Guinea's junta has banned protests.", ("Cellou Dalein Diallo", "Opposition Leader", "Guinea")),
        ("Cambodian police detained opposition leader Kem Sokha at his home in Phnom Penh. Cambodia's courts charged "
         "him with treason.", ("Kem Sokha", "Opposition Leader", "Cambodia")),
        ("Belarus jailed opposition leader Maria Kolesnikova for 11 years. Belarus's courts rejected her appeal in "
         "Minsk.", ("Maria Kolesnikova", "Opposition Leader", "Belarus")),
    ],
)
def test_an_opposition_leader_without_a_country_is_the_articles_countrys(nlp, text, post):
    assert post in role_posts(extract_text(nlp, text))


def test_an_opposition_leader_named_with_a_country_keeps_it(nlp):
    text = "Kenya's opposition leader Raila Odinga met Ugandan President Yoweri Museveni in Kampala. Museveni praised Kenya's democracy."
    assert ("Raila Odinga", "Opposition Leader", "Kenya") in role_posts(extract_text(nlp, text))


def test_two_countries_told_about_alike_give_an_opposition_leader_none(nlp):
    text = (
        "Protesters in Georgia and Armenia marched on Sunday. Opposition leader Nika Melia said the protests in "
        "Georgia and Armenia would go on."
    )
    posts = [p for p in role_posts(extract_text(nlp, text)) if p[0] == "Nika Melia"]
    assert posts and all(p[2] is None for p in posts)
