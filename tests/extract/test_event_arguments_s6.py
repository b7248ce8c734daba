"""Arguments the sentence states that kg dropped or gave the wrong side (session 6): a
plural possessive on an event done to someone ("condemned *their* detention", "called for
*their* release") names its victims, the targets of the event told before it, not who
condemns or calls; "across the country" / "in the country" is the country named before.

Own sentences, each mechanism on sentences from several crises.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def _label(ex, key: str) -> str:
    return ex.entities[key].label if key in ex.entities else key


def _roles(ex, trigger: str) -> dict[str, set[str]]:
    """role -> labels, of the event whose trigger text is ``trigger``."""
    event = next(e for e in ex.events if e.trigger.text == trigger)
    out: dict[str, set[str]] = {}
    for p in event.participants:
        out.setdefault(p.role, set()).add(_label(ex, p.entity))
    return out


@pytest.mark.parametrize(
    "text, trigger, victims, not_victims",
    [
        ("Twelve aid workers were abducted in Darfur last week. The UN condemned their abduction and called for their release.",
         "abduction", {"aid workers"}, {"United Nations"}),  # Sudan
        ("The RSF detained three aid workers near El Fasher. The UN said their detention violated international law.",
         "detention", {"aid workers"}, {"United Nations", "Rapid Support Forces"}),  # Sudan
        ("The junta arrested four journalists in Yangon. Press freedom groups condemned their arrest.",
         "arrest", {"journalists"}, {"press freedom groups"}),  # Myanmar
        ("Police arrested six opposition activists in Kampala on Tuesday. Human rights groups condemned their arrest.",
         "arrest", {"opposition activists"}, {"human rights groups", "police"}),  # Uganda
        ("Gunmen kidnapped 40 villagers in Zamfara state on Sunday. The governor condemned their abduction.",
         "abduction", {"villagers"}, {"gunmen"}),  # Nigeria
    ],
)
def test_their_on_an_event_done_to_someone_is_its_victims(nlp, text, trigger, victims, not_victims):
    roles = _roles(extract_text(nlp, text), trigger)
    assert victims <= roles.get("target", set())
    assert not ({label for labels in roles.values() for label in labels} & not_victims)


def test_their_release_of_someone_is_who_releases(nlp):
    # "their release of the prisoners": they release; the possessive is no victim then
    ex = extract_text(nlp, "M23 rebels seized Goma in January. Their release of 30 prisoners in Goma was welcomed by residents.")
    roles = _roles(ex, "release")
    assert "M23" not in roles.get("target", set())


def test_their_with_no_earlier_victims_is_left_unread(nlp):
    # nothing was done to anyone before: "their" is not guessed from the clause's subject
    ex = extract_text(nlp, "Rights groups in Tunisia said their detention of migrants must end.")
    for e in ex.events:
        assert not any(p.role == "target" and _label(ex, p.entity) == "rights groups" for p in e.participants)


@pytest.mark.parametrize(
    "text, trigger, country",
    [
        ("Protests broke out in Kenya in June. Police arrested 749 people across the country.", "arrested", "Kenya"),  # Kenya
        ("Bangladesh was shaken by student protests. At least 300 people were killed in the country in July.", "killed", "Bangladesh"),  # Bangladesh
        ("The junta in Mali suspended political parties. Arrests of opposition figures continued in the country.", "Arrests", "Mali"),  # Mali
        ("Cholera spread in Sudan. Attacks on hospitals rose across the country.", "Attacks", "Sudan"),  # Sudan
        ("Mozambique's election was disputed. Security forces killed at least 30 protesters across the country, rights groups said.",
         "killed", "Mozambique"),  # Mozambique
    ],
)
def test_the_country_is_the_country_named_before(nlp, text, trigger, country):
    ex = extract_text(nlp, text)
    event = next(e for e in ex.events if e.trigger.text == trigger)
    assert event.place is not None and _label(ex, event.place) == country


def test_a_town_named_in_the_clause_stays_before_the_country(nlp):
    ex = extract_text(nlp, "Fighting spread across Sudan. Militias attacked a market in Nyala, killing 12 people across the country.")
    event = next(e for e in ex.events if e.trigger.text == "attacked")
    assert event.place is not None and _label(ex, event.place) == "Nyala"


@pytest.mark.parametrize(
    "text, trigger, town",
    [
        ("A convoy was ambushed on a road near Menaka, Gao region, on Sunday.", "ambushed", "Menaka"),  # Mali
        ("Gunmen attacked a convoy near Bentiu, Unity State, on Tuesday.", "attacked", "Bentiu"),  # South Sudan
        ("Drones struck fuel depots near Port Sudan, Red Sea state, on Sunday.", "struck", "Port Sudan"),  # Sudan
        ("Clashes erupted near Bunia, Ituri province, on Monday.", "Clashes", "Bunia"),  # DR Congo
        ("Al-Shabaab stormed a hotel in Kismayo, Jubaland, on Saturday.", "stormed", "Kismayo"),  # Somalia
    ],
)
def test_a_town_named_with_its_region_is_the_place(nlp, text, trigger, town):
    ex = extract_text(nlp, text)
    event = next(e for e in ex.events if e.trigger.text == trigger)
    assert event.place is not None and _label(ex, event.place) == town



@pytest.mark.parametrize(
    "text, trigger, count",
    [
        ("A total of 57 migrants drowned off the coast of Libya.", "drowned", 57),  # Mediterranean
        ("A total of 112 protesters were arrested in Dhaka on Friday.", "arrested", 112),  # Bangladesh
        ("The strike on the market left at least 20 people dead.", "left", 20),  # Sudan
        ("The flood left 31 people dead in Beledweyne.", "left", 31),  # Somalia
        ("At least 354 people were killed and 46 injured in the fighting in Khartoum.", "injured", 46),  # Sudan
        ("749 people were detained during the protests in Nairobi.", "detained", 749),  # Kenya
    ],
)
def test_the_number_an_event_counts(nlp, text, trigger, count):
    ex = extract_text(nlp, text)
    event = next(e for e in ex.events if e.trigger.text == trigger)
    assert event.count == count


@pytest.mark.parametrize(
    "text, trigger, victims, doers",
    [
        ("Security forces opened fire on protesters in Khartoum, killing 12 of them.", "killing", "protesters", "security forces"),  # Sudan
        ("Gunmen attacked worshippers at a mosque in Niger, killing dozens of them.", "killing", "worshippers", "gunmen"),  # Niger
        ("Soldiers fired on miners near Kolwezi, wounding eight of them.", "wounding", "miners", "soldiers"),  # DR Congo
        ("Police charged at demonstrators in Nairobi and arrested 40 of them.", "arrested", "demonstrators", "police"),  # Kenya
    ],
)
def test_a_counted_them_is_who_was_hit_not_who_hit(nlp, text, trigger, victims, doers):
    roles = _roles(extract_text(nlp, text), trigger)
    assert victims in roles.get("target", set())
    assert doers not in roles.get("target", set())


@pytest.mark.parametrize(
    "text, who, demanders",
    [
        ("Protesters in Nairobi demanded the resignation of President William Ruto.", "William Ruto", "protesters"),  # Kenya
        ("Opposition parties called for the resignation of Prime Minister Ariel Henry.", "Ariel Henry", "opposition parties"),  # Haiti
        ("Students in Dhaka demanded the resignation of Sheikh Hasina.", "Sheikh Hasina", "students"),  # Bangladesh
    ],
)
def test_the_resignation_of_someone_is_theirs_not_the_demanders(nlp, text, who, demanders):
    roles = _roles(extract_text(nlp, text), "resignation")
    assert roles.get("agent") == {who}
    assert demanders not in {label for labels in roles.values() for label in labels}


@pytest.mark.parametrize(
    "text, trigger, speakers",
    [
        ("Security forces opened fire on protesters in Omdurman on Thursday, killing nine of them, medics said.", "killing", "medics"),  # Sudan
        ("Gunmen ambushed a bus near Kidal and abducted 20 of them, local officials said.", "abducted", "local officials"),  # Mali
        ("Soldiers rounded up villagers in Sagaing and shot them, residents said.", "shot", "residents"),  # Myanmar
        ("The RSF stormed the camp and killed them, activists said.", "killed", "activists"),  # Sudan
        ("Militants attacked farmers in Borno and killed 12 of them, police said.", "killed", "police"),  # Nigeria
    ],
)
def test_them_is_not_the_speaker_named_after_it(nlp, text, trigger, speakers):
    roles = _roles(extract_text(nlp, text), trigger)
    assert speakers not in roles.get("target", set())


def test_they_said_before_is_still_the_speaker(nlp):
    roles = _roles(extract_text(nlp, "Rebels said they had captured the town of Walikale."), "captured")
    assert roles.get("agent") == {"rebels"}


@pytest.mark.parametrize(
    "text, trigger, victims",
    [
        ("A total of 61 migrants drowned off the coast of Libya on Saturday, the IOM said.", "drowned", "migrants"),  # Mediterranean
        ("A total of 112 protesters were arrested in Dhaka on Friday.", "arrested", "protesters"),  # Bangladesh
        ("A total of 40 villagers were abducted near Kajuru in Kaduna state.", "abducted", "villagers"),  # Nigeria
    ],
)
def test_a_total_of_people_are_its_victims(nlp, text, trigger, victims):
    assert victims in _roles(extract_text(nlp, text), trigger).get("target", set())


@pytest.mark.parametrize(
    "text, trigger, role, group",
    [
        ("Police detained five opposition members in Bujumbura on Wednesday.", "detained", "target", "opposition members"),  # Burundi
        ("Security forces detained eleven student leaders in Dhaka on Friday.", "detained", "target", "student leaders"),  # Bangladesh
        ("Gunmen abducted three party members near Bamenda.", "abducted", "target", "party members"),  # Cameroon
        ("Riot police detained dozens of protesters in Tbilisi on Sunday. Opposition leaders demanded their release.",
         "demanded", "speaker", "opposition leaders"),  # Georgia
    ],
)
def test_people_named_by_their_side_or_standing_are_a_group(nlp, text, trigger, role, group):
    assert group in _roles(extract_text(nlp, text), trigger).get(role, set())
