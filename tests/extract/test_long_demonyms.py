"""A demonym of several words the NER cuts ("Sri" a place + "Lankan") or mislabels ("Sierra
Leonean" a person, "Equatorial *Guinean*" Guinea's people) is one people of its country
(kg.extract.demonym_spans.relabel_long_demonyms): the post before a name is that country's
and its label has no demonym in it; a longer name that holds the demonym keeps it. Own
texts from several crises."""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, post",
    [
        ("Sri Lankan President Ranil Wickremesinghe declared a state of emergency in Colombo on Monday.",
         ("Ranil Wickremesinghe", "President", "Sri Lanka")),
        ("Sierra Leonean President Julius Maada Bio imposed a curfew in Freetown after the prison break.",
         ("Julius Maada Bio", "President", "Sierra Leone")),
        ("Equatorial Guinean Vice-President Teodoro Nguema Obiang said the plotters had been arrested in Malabo.",
         ("Teodoro Nguema Obiang", "Vice-President", "Equatorial Guinea")),
    ],
)
def test_a_post_after_a_demonym_of_several_words_is_its_countrys(nlp, text, post):
    ex = extract_text(nlp, text)
    assert post in role_posts(ex)
    assert not {"Sri", "Guinea", "Sierra Leonean"} & {e.label for e in ex.entities.values()}


@pytest.mark.parametrize(
    "text, people, country",
    [
        ("Two Sierra Leonean peacekeepers were wounded in the attack near Bangui.", "Sierra Leonean peacekeepers", "Sierra Leone"),
        ("Equatorial Guinean troops arrested the plotters in Malabo, officials said.", None, "Equatorial Guinea"),
        ("Sri Lankan fishermen were detained by the Indian navy off Jaffna on Sunday.", None, "Sri Lanka"),
    ],
)
def test_a_demonym_of_several_words_names_its_country_not_another(nlp, text, people, country):
    labels = {e.label for e in extract_text(nlp, text).entities.values()}
    assert country in labels and "Guinea" not in labels and "Sri" not in labels
    if people:
        assert people in labels


def test_a_name_that_holds_the_demonym_keeps_it(nlp):
    # the whole name, the country's army's (kg/extract/body_names.py): not "Lankan Army"
    entities = extract_text(nlp, "The Sri Lankan Army said it had freed the hostages near Jaffna.").entities.values()
    assert any(e.label == "Army of Sri Lanka" and "Sri Lankan Army" in e.aliases for e in entities)
