"""An organisation named in full, then by its first words as the owner of a post ("the
Oromo Liberation's commander" after "the Oromo Liberation Army"): the post is the
organisation's (kg.extract.role_body.named_by_its_first_words reads past the possessive),
and a short form the NER took for a person's name though "the" stands before it, or for a
place no gazetteer has, is the organisation (kg.extract.entity_names.resolve_short_forms).
Own texts from several crises; a person named like a foundation keeps his name."""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, post",
    [
        ("Thousands joined the Karamoja Peace Movement in Moroto last year. Peter Lokeris, the Karamoja Peace's "
         "leader, was arrested on Friday.", ("Peter Lokeris", "Leader", "Karamoja Peace Movement")),
        ("The Baloch Liberation Army said it attacked the convoy in Balochistan. Bashir Zeb, the Baloch Liberation's "
         "commander, issued a statement.", ("Bashir Zeb", "Commander", "Baloch Liberation Army")),
        ("The Patani United Liberation Organisation bombed a market in Thailand. Kasturi Mahkota, the Patani United's "
         "president, denied the claim.", ("Kasturi Mahkota", "President", "Patani United Liberation Organisation")),
        ("The Oromo Liberation Army killed ten policemen in Ethiopia. Jaal Marroo, the Oromo Liberation's commander, "
         "denied the claim.", ("Jaal Marroo", "Commander", "Oromo Liberation Army")),
        ("The Zapatista Liberation Army marched in Chiapas. Subcomandante Marcos, the Zapatista Liberation's "
         "spokesman, read a statement.", ("Subcomandante Marcos", "Spokesman", "Zapatista Liberation Army")),
        ("The Free Aceh Movement signed the peace deal in Helsinki. Malik Mahmud, the Free Aceh's prime minister, said "
         "the war was over.", ("Malik Mahmud", "Prime Minister", "Free Aceh Movement")),
    ],
)
def test_a_post_owned_by_an_organisations_first_words_is_its(nlp, text, post):
    assert post in role_posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, short, post",
    [
        ("The Kabylie Hirak Movement organised mass protests in the Kabylie region in northern Algeria in 2019. The "
         "authorities arrested more than 100 Algerians affiliated with the movement, including Said Larbi, the Kabylie "
         "Hirak's leader.", "Kabylie Hirak", ("Said Larbi", "Leader", "Kabylie Hirak Movement")),
        ("The Casamance Hirak Movement is a popular movement that organised protests in the south of Senegal. Police "
         "arrested dozens of activists, including Omar Diatta, the Casamance Hirak's leader.",
         "Casamance Hirak", ("Omar Diatta", "Leader", "Casamance Hirak Movement")),
        ("The Sahel Peace Movement organised marches in central Mali in 2020. Soldiers detained its founders, including "
         "Amadou Koné, the Sahel Peace's leader.", "Sahel Peace", ("Amadou Koné", "Leader", "Sahel Peace Movement")),
    ],
)
def test_a_short_form_after_the_is_the_organisation_not_a_person(nlp, text, short, post):
    ex = extract_text(nlp, text)
    assert short not in {e.label for e in ex.entities.values()}
    assert post in role_posts(ex)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The Mo Ibrahim Foundation published its governance index on Monday. Mo Ibrahim said governance in Africa "
         "had worsened.", "Mo Ibrahim"),
        ("The Nelson Mandela Foundation marked the anniversary in Johannesburg. Nelson Mandela's grandson, Mandla "
         "Mandela, spoke at the event.", "Nelson Mandela"),
    ],
)
def test_a_person_named_like_a_foundation_stays_a_person(nlp, text, person):
    ex = extract_text(nlp, text)
    assert any(e.label == person and e.kind == "person" for e in ex.entities.values())
