"""The scene of a story carried across sentences, session 9 (kg/extract/events/scene.py): the
place and time of an operation go to the consequences and parts told in the next sentences
that state none of their own ("Gunmen attacked a police post in Djibo on Sunday. Five
officers were killed."), with ``Event.scene`` naming the event they came from; not across
background ("Last year, ...", "Previously, ... had ..."), another place, a quotation,
"Separately, ...", nor to what is said, planned or imagined. Own passages from Burkina Faso,
Mali, Sudan, DR Congo, Myanmar, Haiti, the West Bank, Ukraine, Pakistan, Nigeria, Somalia,
Yemen, Niger, Ethiopia, Gaza, Mozambique, South Sudan and Colombia (the check set of
bench/data/events_probe.toml, part "s9-scene-check", was written after the mechanism)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2025, 3, 6)  # a Thursday


def _event(ex, cls: str, trigger: str):
    found = [e for e in ex.events if e.type == cls and e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in ex.events]
    return found[0]


def _place(ex, event) -> str | None:
    return ex.entities[event.place].label if event.place else None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, trigger, place, time",
    [
        ("Gunmen attacked a police post in the town of Djibo in northern Burkina Faso on Sunday. "
         "Five officers were killed and three wounded, a security source said.",
         "Casualties", "killed", "Djibo", "2025-03-02"),  # Burkina Faso: the town, not the country
        ("M23 rebels attacked the town of Sake in North Kivu province on Wednesday. Thousands of residents were displaced.",
         "Displacement", "displaced", "Sake", "2025-03-05"),  # DR Congo
        ("An airstrike hit a market in the village of Let Pan Hla in Sagaing region on Monday. Twenty people were killed, "
         "including children. Dozens of houses were destroyed.",
         "Destruction", "destroyed", "Sagaing Region", "2025-03-03"),  # Myanmar: two sentences on
        ("Gangs attacked the town of Mirebalais in central Haiti on Monday. They freed more than 500 inmates from the prison "
         "and burned the police station.", "Arson", "burned", "Mirebalais", "2025-03-03"),  # Haiti
        ("Israeli forces raided the Nur Shams camp near Tulkarm on Saturday. Troops arrested 15 people and demolished "
         "several homes.", "Arrest", "arrested", "Nur Shams", "2025-03-01"),  # West Bank
        ("Russian missiles struck an apartment block in Dnipro on Friday. At least eight people were killed and 30 wounded.",
         "Casualties", "killed", "Dnipro", "2025-02-28"),  # Ukraine
        ("Militants attacked a checkpoint in North Waziristan on Thursday. Six soldiers were killed.",
         "Casualties", "killed", "North Waziristan", "2025-03-06"),  # Pakistan (published on a Thursday)
        ("Boko Haram insurgents raided the town of Gubio in Borno state on Tuesday. They abducted at least 20 women.",
         "Abduction", "abducted", "Gubio", "2025-03-04"),  # Nigeria
        ("Houthi forces fired missiles at a cargo ship off the coast of Hodeidah on Wednesday. Three crew members died.",
         "Casualties", "died", "Hodeidah", "2025-03-05"),  # Yemen
        ("The Rapid Support Forces shelled the Abu Shouk camp near El Fasher on Tuesday. At least 40 people died and "
         "hundreds fled toward Tawila.", "Casualties", "died", "Abu Shouk", "2025-03-04"),  # Sudan: a way's end sets no scene
        ("The Israeli military said it struck a Hamas command centre inside a former school in Gaza City on Thursday. "
         "Palestinian health officials said 25 people were killed, including women and children.",
         "Casualties", "killed", "Gaza City", "2025-03-06"),  # Gaza: a demonym is whose officials, no other place
        # check passages (written after the mechanism)
        ("Government drones struck a bus station in the town of Bahir Dar on Saturday. At least 15 civilians were killed, "
         "a hospital official told reporters.", "Casualties", "killed", "Bahir Dar", "2025-03-01"),  # Ethiopia
        ("Insurgents attacked the town of Macomia in Cabo Delgado province on Friday. They looted shops and kidnapped several "
         "children. Thousands of residents fled into the bush.", "Displacement", "fled", "Macomia", "2025-02-28"),  # Mozambique
    ],
)
def test_a_consequence_in_the_next_sentence_takes_the_scene(nlp, text, cls, trigger, place, time):
    ex = extract_text(nlp, text, published=PUBLISHED)
    e = _event(ex, cls, trigger)
    assert _place(ex, e) == place
    assert e.time is not None and e.time.value == time
    source = next(x for x in ex.events if x.id == e.scene)
    assert source.place == e.place and source.trigger.start < e.trigger.start


@pytest.mark.model
def test_what_came_later_takes_the_scene_place_not_its_time(nlp):
    # DR Congo, Nigeria: "later" is after the scene
    ex = extract_text(nlp, "M23 rebels attacked the town of Sake in North Kivu province on Wednesday. "
                           "Congolese troops later recaptured the town.", published=PUBLISHED)
    e = _event(ex, "TerritorialControl", "recaptured")
    assert _place(ex, e) == "Sake" and e.time is None
    ex = extract_text(nlp, "Bandits abducted 30 worshippers from a mosque in Zamfara state on Friday. "
                           "Police said 10 of them were later rescued.", published=PUBLISHED)
    e = _event(ex, "Release", "rescued")
    assert _place(ex, e) == "Zamfara" and e.time is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, trigger",
    [
        # background: another time (a date stated; the pluperfect)
        ("Fighters attacked an army base in Menaka on Monday. Last year, the group killed dozens of soldiers in the region.",
         "Casualties", "killed"),  # Mali
        ("The RSF attacked the town of Um Kadada on Saturday. Previously, the group had seized several villages in the area.",
         "TerritorialControl", "seized"),  # Sudan
        # another place
        ("Militants attacked a convoy in Tillaberi on Tuesday. In neighbouring Mali, soldiers arrested 12 suspects.",
         "Arrest", "arrested"),  # Niger / Mali
        # another story, after a paragraph break
        ("Gunmen attacked a police post in Djibo on Sunday. Five officers were killed.\n\n"
         "Separately, the army said it killed 20 militants.", "Casualties", "killed"),  # Burkina Faso
        # beyond the window of three sentences
        ("Jihadists attacked a base in Boulkessi on Monday. The army sent reinforcements. Officials met in Bamako. "
         "A curfew was declared. Ten soldiers were killed.", "Casualties", "killed"),  # Mali
    ],
)
def test_the_scene_ends(nlp, text, cls, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    last = max((e for e in ex.events if e.type == cls and e.trigger.text == trigger), key=lambda e: e.trigger.start)
    assert last.scene is None
    first_time = next(e.time for e in ex.events if e.time is not None)
    assert last.time is None or last.time != first_time


@pytest.mark.model
def test_what_is_said_or_planned_takes_no_scene(nlp):
    # Sudan: a quotation; Pakistan: a plan
    ex = extract_text(nlp, "Drones struck a fuel depot in Port Sudan on Sunday. "
                           "“We will respond to every attack,” the army spokesman said.", published=PUBLISHED)
    assert all(e.scene is None for e in ex.events)
    ex = extract_text(nlp, "A suicide bomber blew himself up at a rally in Bajaur district on Sunday. "
                           "The government said it would arrest those responsible.", published=PUBLISHED)
    said = [e for e in ex.events if e.type in ("Statement", "Arrest")]
    assert said and all(e.scene is None and e.place is None for e in said)
