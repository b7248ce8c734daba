"""Speakers, session 14: a news agency or body named by an organisation and owned by a country
("Russia's state-run RIA Novosti news agency reported") speaks for itself, not its country; a body
with no organisation's name of its own still speaks for the possessor ("Israel's army
spokesman said"). Sentences written for this test (Ukraine, Yemen, Israel, Gaza)."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text, role_names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, speaker",
    [
        ("Two soldiers were wounded near Kherson, Russia's state-run RIA Novosti news agency reported.", "reported",
         "ria novosti"),
        ("Two fishermen were killed off Hodeidah, Egypt's state-run Al-Ahram newspaper reported.", "reported", "al-ahram"),
        ("Four people were killed in Kharkiv, Turkey's Anadolu Agency reported.", "reported", "anadolu agency"),
        ("Three soldiers were wounded in the Gaza Strip, Israel's army spokesman said.", "said", "israel"),
    ],
)
def test_named_agency_speaks_not_its_country(nlp, text, trigger, speaker):
    ex = extract_text(nlp, text)
    assert role_names(ex, event_at(ex, trigger), "speaker") == {speaker}
