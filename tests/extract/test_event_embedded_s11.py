"""Session 11: events embedded under verbs of asking, telling and letting. The one asked
does what the infinitive says (also through a conjoined infinitive); a removal ordered stays
the orderer's; an appeal's background events happened, told as the appeal is."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import event_at, extract_text, role_names

PUBLISHED = date(2024, 5, 20)


@pytest.mark.parametrize(
    "text, trigger, agent, not_agent",
    [
        # Eritrea/Djibouti: the second of two conjoined infinitives
        ("The Security Council urged Eritrea to show maximum restraint and withdraw its forces from the border.",
         "withdraw", "eritrea", "united nations security council"),
        # Mali: a verb of persuading, no appeal event of its own
        ("France persuaded the Malian junta to free the hostages.", "free", "junta of mali", "france"),
        # Sudan: ordered to attack, the troops attack
        ("The Sudanese army chief ordered the Rapid Support Forces to attack the rebel positions near El Fasher.",
         "attack", "rapid support forces", "sudan"),
        # Ethiopia: asked, with the appeal conjoined
        ("The African Union called on Ethiopia to halt its offensive and hold talks with the Tigrayan forces.",
         "hold talks", "ethiopia", "african union"),
        # Kosovo/Serbia: encouraged
        ("The European Union encouraged Serbia and Kosovo to resume talks.", "resume talks", "serbia", "european union"),
    ],
)
def test_who_is_asked_does_what_is_asked(nlp, text, trigger, agent, not_agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = event_at(ex, trigger)
    agents = role_names(ex, ev, "agent") | role_names(ex, ev, "participant")
    assert agent in agents and not_agent not in agents
    assert ev.modality in ("hypothetical", "planned")


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # Gaza: an ordered evacuation is the orderer's (removal_classes)
        ("Israel ordered 100,000 Palestinians in Rafah to evacuate to Al-Mawasi.", "evacuate", "israel"),
        # Myanmar: said, not asked: the subject acts
        ("The Myanmar junta vowed to retake the town of Lashio.", "retake", "junta of myanmar"),
        # Haiti: "use" names the means, its subject acts
        ("Kenyan police used tear gas to disperse protesters in Port-au-Prince.", "disperse", "kenya"),
    ],
)
def test_the_rule_does_not_fire_on_removals_plans_or_means(nlp, text, trigger, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    agents = role_names(ex, event_at(ex, trigger), "agent")
    assert any(agent in a for a in agents), agents


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        # Malawi-like: the killings an inquiry is into happened
        ("The UN envoy called for an inquiry into the killings of 19 protesters in Lilongwe.", "killings", "asserted"),
        # Djibouti-like: the fighting an appeal follows happened
        ("The Security Council called on Djibouti and Eritrea to agree to a ceasefire after several days of fighting along their border.",
         "fighting", "asserted"),
        # Myanmar: the arrests of the people to be released happened
        ("Human Rights Watch urged the junta to release the journalists arrested in Yangon last week.", "arrested", "asserted"),
        # inside a statement the appeal is reported, and so is its background
        ("A spokeswoman told reporters that the office is calling on the Government of Bangladesh to open an inquiry into the crackdown on protests.",
         "crackdown", "reported"),
        # what is called for has not happened
        ("The UN envoy called for an inquiry into the killings of 19 protesters in Lilongwe.", "inquiry", "hypothetical"),
        # Cuba: the means of what is called for is called for too
        ("\"I urge the Government to address the protesters' grievances through dialogue,\" she said.", "dialogue", "hypothetical"),
        # Libya
        ("The envoy urged the Libyan factions to settle the dispute by negotiation.", "negotiation", "hypothetical"),
        # Jamaica-like: what an accusation says someone desires stays planned
        ("The police accuse the gang of a desire to launch attacks on the security forces and urged citizens to leave.",
         "launch attacks", "planned"),
    ],
)
def test_an_appeals_background_happened(nlp, text, trigger, modality):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert event_at(ex, trigger).modality == modality


@pytest.mark.parametrize(
    "text, trigger, addressee",
    [
        ("The Ukrainian foreign minister wrote to the Security Council on Monday.", "wrote", "united nations security council"),  # Ukraine
        ("President Ruto wrote to the African Union about the crisis in Sudan.", "wrote", "african union"),  # Sudan/Kenya
    ],
)
def test_whom_a_letter_is_written_to(nlp, text, trigger, addressee):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert addressee in role_names(ex, event_at(ex, trigger), "addressee")


def test_a_place_written_from_is_no_addressee(nlp):
    # Venezuela/Guyana: who writes is never whom it is written to, nor a place
    ex = extract_text(nlp, "Venezuela wrote to Guyana's government in Georgetown.", published=PUBLISHED)
    assert "georgetown" not in role_names(ex, event_at(ex, "wrote"), "addressee")


def test_the_topic_of_an_investigation_asked_for_is_no_call(nlp):
    # Malawi-like: the allegations exist; the clash they tell is the forces', not the office's
    ex = extract_text(nlp, "The UN human rights office urged the Malawian Government to set up a transparent investigation into "
                           "allegations that its security forces committed grave rights violations when they clashed with protesters "
                           "last week.", published=PUBLISHED)
    assert event_at(ex, "allegations").modality != "hypothetical"
    clash = event_at(ex, "clashed")
    assert not any("human rights" in a for a in role_names(ex, clash, "agent"))


def test_an_object_pronoun_in_a_statement_stays_with_its_antecedent(nlp):
    # Kenya (Mandera): "them" is the passengers, never the militants named before
    ex = extract_text(nlp, "One elder said the militants first fired a volley of shots at the travelers' vehicles, forced the "
                           "surviving passengers out and shot them dead.", published=PUBLISHED)
    assert role_names(ex, event_at(ex, "shot"), "target") == {"surviving passengers"}
