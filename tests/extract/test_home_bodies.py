"""A bare state body ("the army said", "security forces killed", "the junta bombed") in news
about one country is that country's body, the node "the Malian army" gets
(kg/extract/events/home_bodies.py); never when the article spans several countries, when
the sentence names another state, or for "a government", "governments", "the governments
of ...". Own sentences from Mali, Sudan, Myanmar, Ethiopia, Somalia, Syria, Afghanistan,
Nigeria, Kenya, Chad, Haiti, Ukraine."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import events_of, extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, cls, slot, label",
    [
        ("Suspected jihadists attacked a military post near Gao in northern Mali on Tuesday. The army said it killed 20 of the attackers.",
         "Statement", "speaker", "Malian Armed Forces"),  # Mali: the knowledge base's body
        ("Heavy fighting was reported in the Sagaing region of Myanmar on Sunday. The junta bombed a school in a village near Monywa.",
         "AirStrike", "agent", "Junta of Myanmar"),  # Myanmar
        ("Clashes continued in the Amhara region of Ethiopia. The government imposed a curfew in Bahir Dar on Friday.",
         "Restriction", "agent", "Government of Ethiopia"),  # Ethiopia: the node "the Ethiopian government" gets
        ("Al-Shabaab fighters stormed a hotel in Mogadishu, Somalia, on Friday. Security forces killed all the attackers.",
         "Casualties", "agent", "Security Forces of Somalia"),  # Somalia: a plural subject without "the"
        ("The regime shelled villages in Idlib province of Syria on Wednesday.",
         "Shelling", "agent", "Government of Syria"),  # Syria: "the regime"
        ("Women protested in Herat, Afghanistan, on Monday. The authorities detained three journalists.",
         "Arrest", "agent", "Government of Afghanistan"),  # Afghanistan: "the authorities"
        ("Protesters marched in Nairobi, Kenya, on Tuesday. Police fired tear gas and arrested 20 people.",
         "Arrest", "agent", "Police of Kenya"),  # Kenya: "Police" without "the"
        ("Gunmen attacked a village in Zamfara state, Nigeria. Five people were killed, police said.",
         "Statement", "speaker", "Police of Nigeria"),  # Nigeria: the speaker after the quote
    ],
)
def test_a_bare_body_in_one_country_news_is_its_body(nlp, text, cls, slot, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert label in role(ex, one(ex, cls), slot)


def test_the_named_body_and_the_bare_one_are_one_node(nlp):
    """Nigeria: "the Nigerian army ... the army" are one node, minted once."""
    text = "Gunmen abducted 30 students in Kaduna on Thursday. The Nigerian army launched an operation. The army said it freed 12 students."
    ex = extract_text(nlp, text, published=PUBLISHED)
    armies = [k for k, e in ex.entities.items() if "GovernmentOrganization" in e.types and "Nigeria" in e.label]
    assert len(armies) == 1
    assert ex.entities[armies[0]].label in role(ex, one(ex, "Statement"), "speaker")


def test_a_passage_in_one_country_fixes_the_body(nlp):
    """Brazil / United States: an article naming two countries, a passage in one of them."""
    text = ("The former president flew to the United States in January. Rioters stormed Congress in Brasilia, Brazil, on Sunday. "
            "The police arrested 400 people in the capital.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert "Police of Brazil" in role(ex, one(ex, "Arrest"), "agent")


@pytest.mark.parametrize(
    "text, cls, slot",
    [
        # several countries in the article: whose army, the text does not say (Chad / Sudan)
        ("Chad and Sudan traded accusations on Monday. The army said it repelled an attack near the border.", "Statement", "speaker"),
        # the passage names two countries (Sudan / Chad)
        ("Refugees from Sudan crossed into Chad on Sunday. The army said it arrested 30 smugglers.", "Arrest", "agent"),
        # the sentence names another state (Kenya / Haiti)
        ("Kenyan officers arrived in Port-au-Prince. The police fired tear gas at protesters in Haiti.", "Crackdown", "agent"),
        # a modifier of its own: "local authorities" are no government (Papua New Guinea)
        ("Floods hit the Sepik region of Papua New Guinea on Monday. Local authorities evacuated 500 families.", "Evacuation", "agent"),
        # "a government", "governments": no description of one body (Ukraine)
        ("Russian drones struck Kharkiv, Ukraine, on Monday. Governments condemned the attack.", "Condemnation", "speaker"),
    ],
)
def test_no_home_body_where_the_country_is_not_fixed(nlp, text, cls, slot):
    ex = extract_text(nlp, text, published=PUBLISHED)
    bodies = {e.label for e in ex.entities.values() if "GovernmentOrganization" in e.types}
    events = events_of(ex, cls)
    assert events  # the event is read; only its state body is not guessed
    assert not any(b in role(ex, ev, slot) for ev in events for b in bodies), bodies
