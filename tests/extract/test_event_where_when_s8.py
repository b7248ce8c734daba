"""Where and when, session 8 (kg/extract/events/occasion.py, places.py, timing.py): verbs
conjoined with one subject tell one occasion and share its place and time, never over what
their own clause states; a town named deep in the phrase of what was hit, of the
circumstance or of the site; the event of a "when" clause, of a relative clause on an event
noun, of an "in an ambush" phrase or a "with N killed" toll is where and when its host is;
an election, a coup or a decision of a state is in that state; "the same day" and a time on a
verb that is no event date the event noun it governs. Own sentences (bench/events_probe.toml,
part s8-where) from Ethiopia, Burkina Faso, Mozambique, Haiti, Nigeria, DR Congo, Myanmar,
Sudan, Gaza, Kenya, Cameroon, Niger, Yemen, Mali, Gabon, Ghana, Lebanon and Uganda."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2025, 3, 6)  # a Thursday


def _where_when(ex, cls) -> set[tuple[str | None, str | None]]:
    """(place label, time value) of every event of class ``cls``."""
    return {(ex.entities[e.place].label if e.place else None, e.time.value if e.time else None)
            for e in ex.events if e.type == cls}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, place, time",
    [
        # the later verb's time (and the sentence's place) back to the first one
        ("In Amhara region, Fano militiamen attacked a police station and freed dozens of prisoners on Tuesday.",
         "Attack", "Amhara", "2025-03-04"),  # Ethiopia
        ("In Djibo, jihadists burned dozens of houses and abducted 20 people on Saturday, residents said.",
         "Arson", "Djibo", "2025-03-01"),  # Burkina Faso
        ("Insurgents beheaded five villagers and burned a church in Macomia district on Sunday.",
         "Killing", "Macomia district", "2025-03-02"),  # Mozambique
        # the first verb's place (the town it hit) forward to the later ones
        ("Gangs attacked the town of Mirebalais on Monday, freed more than 500 inmates from its prison and burned the police station.",
         "Release", "Mirebalais", "2025-03-03"),  # Haiti
        # the "when" clause of the later verb speaks for both
        ("Bandits killed 14 people and kidnapped several women when they raided Kaura Namoda in Zamfara state on Friday.",
         "Casualties", "Kaura Namoda", "2025-02-28"),  # Nigeria
        # a participle's conjunct
        ("Boko Haram fighters raided the village of Mafa on Friday night, looting shops and abducting 15 women.",
         "Abduction", "Mafa", "2025-02-28"),  # Nigeria
    ],
)
def test_conjoined_verbs_share_one_occasion(nlp, text, cls, place, time):
    assert _where_when(extract_text(nlp, text, published=PUBLISHED), cls) == {(place, time)}


@pytest.mark.model
def test_a_verb_keeps_the_place_and_time_its_clause_states(nlp):
    ex = extract_text(nlp, "Soldiers killed three protesters in Bamenda on Monday and arrested 40 people in Buea on Tuesday.",
                      published=PUBLISHED)  # Cameroon
    assert _where_when(ex, "Casualties") == {("Bamenda", "2025-03-03")}
    assert _where_when(ex, "Arrest") == {("Buea", "2025-03-04")}


@pytest.mark.model
def test_the_end_of_a_way_is_not_where_the_first_verb_happened(nlp):
    ex = extract_text(nlp, "Soldiers killed 12 militants and then withdrew to Gao.", published=PUBLISHED)  # Mali
    assert _where_when(ex, "Withdrawal") == {("Gao", None)}
    assert _where_when(ex, "Casualties") == {(None, None)}


@pytest.mark.model
def test_a_later_verb_with_its_own_subject_gives_no_place_back(nlp):
    ex = extract_text(nlp, "Gunmen killed five farmers, and soldiers arrested two suspects in Jos on Tuesday.",
                      published=PUBLISHED)  # Nigeria
    assert {e.place for e in ex.events if e.type == "Casualties"} == {None}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("CODECO militiamen attacked a camp for displaced people near Bunia on Sunday night.", "Attack", "Bunia"),  # DR Congo
        ("On 14 February, armed men attacked a site for displaced people in Djugu territory, Ituri province, killing 18 civilians.",
         "Attack", "Djugu"),  # DR Congo: the territory, not the country
        ("The Haitian National Police said officers killed 12 gang members during an operation in the Delmas area of Port-au-Prince on Sunday.",
         "Casualties", "Delmas"),  # Haiti: the place of the circumstance
        ("Gunmen abducted 30 worshippers from a church in a village of Kajuru local government area in Kaduna state on Sunday.",
         "Abduction", "Kajuru"),  # Nigeria: the place of the site
        ("The Israeli military carried out a series of strikes across southern Lebanon on Sunday.", "Attack", "Lebanon"),  # Lebanon
    ],
)
def test_a_place_deep_in_the_phrase_of_what_was_hit(nlp, text, cls, place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert {ex.entities[e.place].label if e.place else None for e in ex.events if e.type == cls} == {place}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, place, time",
    [
        ("At least 25 people were killed on Sunday when gunmen opened fire on a wedding party in the village of Kalinda.",
         "Attack", "Kalinda", "2025-03-02"),  # Nigeria: the "when" clause
        ("An airstrike that killed 20 people in Tabayin on Monday drew condemnation from the UN.",
         "AirStrike", "Tabayin", "2025-03-03"),  # Myanmar: the relative clause
        ("Since the latest offensive by M23 on 20 January, during which the rebels took control of Minova, thousands have fled.",
         "TerritorialControl", "Minova", "2025-01-20"),  # DR Congo: "during which"; what was taken control of is a place
        ("Gunmen attacked a bus near Kalakitti on Tuesday in an ambush that left 15 passengers dead.",
         "Casualties", "Kalakitti", "2025-03-04"),  # Kenya: the ambush, then its toll
        ("The attacks occurred in Kumba on 24 October, with at least eight children killed.",
         "Casualties", "Kumba", "2024-10-24"),  # Cameroon: a "with" toll
        ("Militants attacked a military post near Dori on Sunday. Soldiers repelled the assault and killed 20 attackers.",
         "Casualties", "Dori", "2025-03-02"),  # Burkina Faso: the assault they repelled
        ("Early on Sunday, Russian drones hit apartment buildings in Kyiv, setting fires and injuring nine people.",
         "Casualties", "Kyiv", "2025-03-02"),  # Ukraine: the conjunct of a participle that is no event
        ("Jihadists raided the town of Djibo on Monday, burning the market and killing 12 traders.",
         "Casualties", "Djibo", "2025-03-03"),  # Burkina Faso
        ("On Monday, Israeli forces detained 15 people in raids across the West Bank, the Palestinian prisoners' group said.",
         "Attack", "West Bank", "2025-03-03"),  # West Bank: the raids they were detained in, that day
        ("Five people were killed by an airstrike on a market in Tabayin on Tuesday.",
         "AirStrike", "Tabayin", "2025-03-04"),  # Myanmar: the agent of a passive
        ("The hospital in Kadugli was destroyed by shelling on Monday, doctors said.",
         "Shelling", "Kadugli", "2025-03-03"),  # Sudan: a gerund agent
        ("Dozens of homes in Beit Lahia were flattened by Israeli airstrikes overnight on Saturday.",
         "AirStrike", "Beit Lahia", "2025-03-01"),  # Gaza: the day named, not "overnight" from publication
        ("Kenya was rocked by nationwide protests on Tuesday.", "Protest", "Kenya", "2025-03-04"),  # Kenya
        ("The army said on Monday it killed 30 militants in air strikes in Borno state.",
         "Casualties", "Borno", None),  # Nigeria: the toll's phrase hung on its object
        ("On Sunday a car bomb went off near a checkpoint in Mogadishu's Hodan district; at least seven people died.",
         "Casualties", "Mogadishu", "2025-03-02"),  # Somalia: the toll after a semicolon
        ("The UN said that on Friday a convoy carrying food was looted near Kabkabiya, in North Darfur, and that two "
         "drivers were killed.", "Casualties", "Kabkabiya", "2025-02-28"),  # Sudan: "town, in region" is the town
    ],
)
def test_an_event_inside_another_events_phrase_is_where_and_when_it_was(nlp, text, cls, place, time):
    assert _where_when(extract_text(nlp, text, published=PUBLISHED), cls) == {(place, time)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("Gabon held a presidential election on Saturday, the first since the military seized power in 2023.", "Election", "Gabon"),
        ("Ghana's presidential election on Saturday passed off peacefully, observers said.", "Election", "Ghana"),
        ("Mali's junta dissolved all political parties on Tuesday, state television reported.", "Dissolution", "Mali"),
        ("Niger's military seized power in a coup on 26 July 2023.", "Coup", "Niger"),
    ],
)
def test_what_a_state_holds_or_decides_is_in_that_state(nlp, text, cls, place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert {ex.entities[e.place].label if e.place else None for e in ex.events if e.type == cls} == {place}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, time",
    [
        ("On 15 March, the Houthis launched drones at a US warship in the Red Sea; the US responded with strikes on Sanaa the same day.",
         "Attack", "2024-03-15"),  # Yemen: "the same day" on a verb that is no event
        ("On 27 January, M23 fighters captured Goma airport, shelled the city centre and forced thousands of people to flee.",
         "Displacement", "2025-01-27"),  # DR Congo: forced to flee
        ("On 26 July 2023, soldiers arrested the president, while another group of soldiers announced his removal, "
         "closed the borders and suspended the constitution.", "Dissolution", "2023-07-26"),  # Niger
        ("The Houthis claimed responsibility on Tuesday for a missile attack on Tel Aviv on Monday night.",
         "Shelling", "2025-03-03"),  # Yemen: the second time of the clause of saying
    ],
)
def test_the_time_the_sentence_gives_reaches_its_events(nlp, text, cls, time):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert {e.time.value if e.time else None for e in ex.events if e.type == cls} == {time}


@pytest.mark.model
def test_the_saying_keeps_its_own_day(nlp):
    ex = extract_text(nlp, "The Houthis claimed responsibility on Tuesday for a missile attack on Tel Aviv on Monday night.",
                      published=PUBLISHED)  # Yemen
    assert {e.time.value for e in ex.events if e.type == "Statement"} == {"2025-03-04"}


@pytest.mark.model
def test_an_event_noun_so_many_days_before_the_day_stated(nlp):
    ex = extract_text(nlp, "Two days after the election, on Tuesday, police fired live rounds at opposition supporters in Maputo.",
                      published=PUBLISHED)  # Mozambique
    assert {e.time.value for e in ex.events if e.type == "Election"} == {"2025-03-02"}


@pytest.mark.model
def test_after_a_semicolon_only_a_toll_takes_the_first_clauses_place(nlp):
    ex = extract_text(nlp, "Rebels shelled Goma on Monday; the army arrested 20 suspects.", published=PUBLISHED)  # DR Congo
    assert {e.place for e in ex.events if e.type == "Arrest"} == {None}
