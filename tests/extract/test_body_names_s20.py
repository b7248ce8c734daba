"""A state body named as one, with capitals ("the Croatian Army", "Kenya Police", "the
Nigerian Navy"), is the node kg makes of that country's body of that kind ("Croatian
forces", "the Kenyan police": "Army of Croatia", "Police of Kenya"), one node per body in an
article (kg/extract/body_names.py): not a second node "Croatian Army". Not a name with a word
more ("Free Syrian Army", "Syrian National Army", "Uganda People's Defence Force"), not the
bare "Forces" ("Lebanese Forces", a party), and not another kind or country's body. Own
sentences (Croatia 1995, Nigeria, Kenya, Mozambique, Syria, Lebanon, Uganda, Haiti,
Colombia)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2024, 6, 26)

pytestmark = pytest.mark.model


def node_of(ex, surface: str) -> str:
    """The key of the entity the mention written ``surface`` stands for (the first such)."""
    keys = [m.entity for m in ex.mentions if m.span.text == surface]
    assert keys, f"no mention {surface!r}: {[m.span.text for m in ex.mentions]}"
    return keys[0]


@pytest.mark.parametrize(
    "text, name, phrase, label",
    [
        ("Croatian forces shelled the town of Knin on Friday. The Croatian Army said it had taken the hills above the town.",
         "Croatian Army", "Croatian forces", "Army of Croatia"),
        ("The Nigerian Army said its troops killed 20 militants near Maiduguri. Nigerian soldiers later withdrew from the village.",
         "Nigerian Army", "Nigerian soldiers", "Army of Nigeria"),
        ("Kenya Police said five people died in the protests in Nairobi. The Kenyan police fired tear gas at the crowd.",
         "Kenya Police", "Kenyan police", "Police of Kenya"),
        ("Insurgents attacked a ferry off Mocimboa da Praia. The Mozambican Navy said it sank two of their boats, "
         "and the Mozambican navy later patrolled the coast.",
         "Mozambican Navy", "Mozambican navy", "Navy of Mozambique"),
    ],
)
def test_a_body_named_as_one_is_the_countrys_body(nlp, text, name, phrase, label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    key = node_of(ex, name)
    assert key == node_of(ex, phrase)
    assert ex.entities[key].label == label
    assert name in ex.entities[key].aliases
    assert not any(e.label == name for e in ex.entities.values())


def test_kinds_stay_apart(nlp):
    """Nigeria: its army, navy and police are three bodies."""
    text = ("The Nigerian Army and the Nigerian Navy said they had rescued 30 hostages in the creeks near Port Harcourt, "
            "and the Nigeria Police arrested six suspects.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    keys = {node_of(ex, n) for n in ("Nigerian Army", "Nigerian Navy", "Nigeria Police")}
    assert len(keys) == 3
    assert {ex.entities[k].label for k in keys} == {"Army of Nigeria", "Navy of Nigeria", "Police of Nigeria"}


def test_countries_stay_apart(nlp):
    """Haiti / Colombia: each country's national police is its own."""
    text = ("The Haitian National Police said the Colombian National Police had sent ten officers to Port-au-Prince "
            "to train its new anti-gang unit.")
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert node_of(ex, "Haitian National Police") != node_of(ex, "Colombian National Police")


@pytest.mark.parametrize(
    "text, name, not_label",
    [
        # Syria: a rebel army named with the country's demonym is no state army
        ("The Free Syrian Army said it had pushed Syrian army troops out of two villages near Idlib.",
         "Free Syrian Army", "Army of Syria"),
        ("The Syrian National Army, backed by Turkey, attacked Kurdish positions near Manbij.",
         "Syrian National Army", "Army of Syria"),
        # Lebanon: "Forces" names a party as well as an army
        ("The Lebanese Forces, a Christian party, said its offices in Beirut had been attacked.",
         "Lebanese Forces", "Army of Lebanon"),
        # Uganda: a proper name of more words than a demonym and a body word
        ("The Uganda People's Defence Force said it had killed 12 rebels in eastern Congo.",
         "Uganda People's Defence Force", "Army of Uganda"),
    ],
)
def test_other_names_stay_their_own(nlp, text, name, not_label):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert ex.entities[node_of(ex, name)].label != not_label


def test_the_kbs_body_when_it_knows_one(nlp):
    """Rwanda / DR Congo: "Rwanda Defence Forces", a name the KB lacks, is the KB's Rwanda
    Defence Force (found by the country's name and a word of the army's kind)."""
    text = "The Rwanda Defence Forces denied that its soldiers had crossed into North Kivu."
    ex = extract_text(nlp, text, published=PUBLISHED)
    body = ex.entities[node_of(ex, "Rwanda Defence Forces")]
    assert body.link_source == "kb"
    assert body.label == "Rwanda Defence Force"
