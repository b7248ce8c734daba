"""A speaker named by a definite title alone ("The Secretary-General strongly condemns ..."
in a statement that never writes the name) is the person the knowledge base says held a
post of that title, on the day the article was published, in an organisation the article
names or is published by (kg/extract/kb_posts.py, kg/extract/events/speakers.py). Sentences
written for these tests, from several crises (Mali, Sudan, Ukraine, Haiti, Myanmar, Turkey).
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import role

pytestmark = pytest.mark.model

UN = "United Nations, Office of the Spokesperson for the Secretary-General"


def _extract(nlp, text: str, published: date, publisher: str | None):
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    article = Article.create(text, published=published, source="<test>", publisher=publisher)
    return extract_doc(nlp(text), article)


def _speakers(ex) -> list[list[str]]:
    said = [e for e in ex.events if e.type in ("Condemnation", "Statement", "Appeal")]
    assert said, [(e.type, e.trigger.text) for e in ex.events]
    return [role(ex, e, "speaker") for e in said]


@pytest.mark.parametrize(
    "text, published, publisher",
    [
        ("The Secretary-General strongly condemns the attack on a school in Kidal.", date(2023, 5, 10), UN),
        ("The Secretary-General condemns the shelling of the market in Omdurman, which killed 15 people.", date(2024, 2, 5), UN),
        # the organisation named in the text, no publisher
        ("The Secretary-General strongly condemns the air strike on Pazigyi and reaffirms the solidarity of the "
         "United Nations with the people of Myanmar.", date(2023, 4, 12), None),
    ],
)
def test_the_title_alone_is_the_post_holder_of_the_day(nlp, text, published, publisher):
    ex = _extract(nlp, text, published, publisher)
    assert ["António Guterres"] in _speakers(ex)


@pytest.mark.parametrize(
    "text, published, publisher",
    [
        # before the holder took office: not him (the knowledge base has no earlier holder)
        ("The Secretary-General condemns the bombing in Ankara, which killed dozens of people.", date(2015, 10, 10), UN),
        # no organisation with such a post named, nor publishing: whose Secretary-General is unknown
        ("The Secretary-General condemned the attack on the convoy near Kharkiv.", date(2024, 5, 25), None),
    ],
)
def test_no_holder_without_the_organisation_and_the_day(nlp, text, published, publisher):
    ex = _extract(nlp, text, published, publisher)
    assert all("António Guterres" not in s for s in _speakers(ex))
    assert not any(e.label == "António Guterres" for e in ex.entities.values())


def test_a_holder_the_article_names_comes_first(nlp):
    # Haiti: the article names the post's holder itself; the title is that person
    text = ("UN Secretary-General António Guterres spoke on Monday. The Secretary-General condemned the attack by "
            "armed gangs on the National Penitentiary in Port-au-Prince.")
    ex = _extract(nlp, text, date(2024, 3, 4), None)
    assert ["António Guterres"] in _speakers(ex)
    assert sum(e.label == "António Guterres" for e in ex.entities.values()) == 1
