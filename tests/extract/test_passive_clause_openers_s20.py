"""Two passive clauses joined by "and", the second one's subject parsed as an item of the
first one's "by" agent ("was killed by the gunman *and hostage X* was killed by ..."): X
opens its own clause, so it is what the second was done to, and no doer of the first
(kg/extract/events/context.py, ``ArticleContext.opener``; arguments.py). Own sentence
(a hostage siege)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model

TEXT = "Hostage Ali Hassan was killed by the gunman and hostage Sara Obi was killed by a police bullet in the raid."


def test_the_second_clause_opener_is_its_victim_not_a_doer(nlp):
    ex = extract_text(nlp, TEXT, published=PUBLISHED)
    killings = sorted((e for e in ex.events if e.type == "Casualties"), key=lambda e: e.trigger.start)
    assert len(killings) == 2
    first, second = killings
    assert "Sara Obi" not in role(ex, first, "agent")
    assert role(ex, second, "target") == ["Sara Obi"]
