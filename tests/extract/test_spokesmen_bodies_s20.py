"""People who speak for a state body, named by it ("Iraqi *police* officials said", "Nigerian
*military* sources", "a *police* spokesman", "*information ministry* sources told"), speak for
that body of the country the phrase (or, bare, the article) names, beside the country
(kg/extract/events/role_reading.py, ``_spokesmen_body``); not for a modifier that qualifies
the body ("local police officials") nor for a body of another organisation ("UN police
officials"). Own sentences from Iraq, Nigeria, Afghanistan, Namibia, Eritrea, Pakistan,
Kenya, Mali, Somalia."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, cls, slot, label",
    [
        # Iraq: the NER reads "Iraqi police officials" as one mention of Iraq
        ("Iraqi police officials said a suicide bomber killed 12 people at a checkpoint in Baghdad on Monday.",
         "Statement", "speaker", "Police of Iraq"),
        # Nigeria: "military" tagged as an adjective
        ("Nigerian military sources said soldiers repelled an attack on a base in Borno state.",
         "Statement", "speaker", "Army of Nigeria"),
        # Afghanistan: the addressee after the verb
        ("Afghan police officials told reporters that gunmen attacked a checkpoint in Helmand.",
         "Statement", "speaker", "Police of Afghanistan"),
        # Namibia: the body in a list of modifiers
        ("Gunmen attacked a police station in Katima Mulilo, Namibia. Intelligence and police officials said three officers were killed.",
         "Statement", "speaker", "Police of Namibia"),
        # Kenya: bare, in news about one country
        ("Gunmen attacked a bus near Mandera in northern Kenya on Tuesday. A police spokesman said six passengers were killed.",
         "Statement", "speaker", "Police of Kenya"),
        # Eritrea: a two-word body, bare
        ("Soldiers occupied a ministry building in Asmara, Eritrea, on Monday. Information ministry sources told reporters that the soldiers left at night.",
         "Statement", "speaker", "Information Ministry of Eritrea"),
    ],
)
def test_people_of_a_body_speak_for_it(nlp, text, cls, slot, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label in role(ex, one(ex, cls), slot)


@pytest.mark.parametrize(
    "text",
    [
        # a modifier that qualifies the body: no state's own police (Pakistan)
        "Militants attacked a police station in Pakistan on Monday. Local police officials said four officers were killed.",
        # another organisation's police (Mali)
        "Gunmen attacked a convoy near Gao in Mali on Monday. UN police officials said two peacekeepers were wounded.",
        # two countries named in the sentence: whose army, the text does not fix (Somalia / Kenya)
        "Army officials said Somalia and Kenya agreed to reopen the border.",
    ],
)
def test_no_state_body_when_the_phrase_does_not_fix_one(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    speakers = role(ex, one(ex, "Statement"), "speaker")
    assert not any(label.startswith(("Police of", "Army of")) for label in speakers)
