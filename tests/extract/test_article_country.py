"""The article's one country (:mod:`kg.extract.article_country`): one rule, strict for the
events' setting and home bodies, lenient for posts; sentences from several crises."""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model


def _country(nlp, text: str, *, strict: bool, title: str | None = None) -> str | None:
    from kg.extract import extract_doc
    from kg.extract.article_country import article_country
    from kg.ingest.article import Article

    doc = nlp(text)
    ex = extract_doc(doc, Article.create(text, title=title, source="<test>"))
    key = article_country(doc, ex.entities, ex.mentions, title=title or "", strict=strict)
    return ex.entities[key].label if key else None


@pytest.mark.parametrize(
    "text, country",
    [
        # one country only, named once: both rules (Mali, floods)
        ("Floods have displaced 40,000 people in Mali since August, the aid agency said.", "Mali"),
        # by its demonym and its capital (Sudan, war)
        ("Sudanese troops shelled the outskirts of Khartoum overnight, residents said.", "Sudan"),
    ],
)
def test_the_only_country_named_is_the_article_country_for_both_rules(nlp, text, country):
    assert _country(nlp, text, strict=True) == country
    assert _country(nlp, text, strict=False) == country


@pytest.mark.parametrize(
    "text, country",
    [
        # a neighbour named in passing (Niger, coup): the lenient rule keeps the country named most
        ("Soldiers in Niger detained the president. The junta in Niger closed the borders. "
         "Crowds in Niamey cheered the soldiers. Niger's neighbours met in Abuja, and Nigerian "
         "officials condemned the coup.", "Niger"),
    ],
)
def test_a_country_named_in_passing_leaves_only_the_lenient_rule_a_country(nlp, text, country):
    assert _country(nlp, text, strict=True) is None
    assert _country(nlp, text, strict=False) == country


@pytest.mark.parametrize(
    "text",
    [
        # two countries named as often (Armenia and Azerbaijan, border clashes)
        "Armenia accused Azerbaijan of shelling border villages. Azerbaijan said Armenia fired first.",
        # a region the knowledge base puts in another country (Rwanda, eastern DR Congo)
        "Troops in Rwanda were put on alert on Monday. Fighting spread across North Kivu, where thousands fled.",
    ],
)
def test_no_article_country_when_the_story_is_not_inside_one(nlp, text):
    assert _country(nlp, text, strict=True) is None


def test_a_dateline_abroad_does_not_take_the_story_abroad(nlp):
    # (Myanmar, earthquake; filed in Geneva)
    text = "GENEVA, Switzerland – Aid agencies said rescue teams in Myanmar were still digging through rubble on Sunday."
    assert _country(nlp, text, strict=True) == "Myanmar"


def test_a_state_post_without_a_country_in_a_one_country_story_is_that_countrys(nlp):
    # (Burkina Faso, jihadist attack; an invented junta chief the KB does not know)
    text = "Interim President Ibrahim Sawadogo visited the wounded on Tuesday after gunmen killed 30 soldiers in Burkina Faso."
    assert ("Ibrahim Sawadogo", "Interim President", "Burkina Faso") in role_posts(extract_text(nlp, text))
