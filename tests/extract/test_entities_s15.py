"""Entities typed right on crises never seen, session 15 (issue 10): sentences written for
these tests, from several crises.

- a time zone written out after a clock time ("at 20:15 West Africa Time (WAT)") is no
  entity, nor is its short form, nor a country that opens it ("at 06:29 Israel Standard Time");
- an age right before a name ("16-year-old Samir B") makes it a person's, not when the age
  is a noun's the name modifies ("the 19-year-old Goma resident");
- a title before a name before a lower-case site noun ("the King Faisal hospital") is the
  site's, which is a place, also named with its noun; a titled person stays a person;
- a stance prefix ("the pro-Bouteflika National Liberation Front") is no part of the name;
- an acronym the NER stopped at a hyphen goes on over it ("RPF-Inkotanyi"), not over a
  country or a name the KB knows ("SAF-RSF");
- ISO 3166 names written upright ("Republic of Korea") are countries, and a state's forces
  named with one are a state body.
"""
from __future__ import annotations

import pytest

from helpers import extract_text


def _entities(nlp, text: str) -> dict:  # type: ignore[no-untyped-def]
    ex = extract_text(nlp, text)
    return {e.label: e for e in ex.entities.values()}


@pytest.mark.parametrize(
    "text, zone_words, kept",
    [
        # Nigeria: a zone and its short form
        ("Gunmen attacked the hotel at 20:15 West Africa Time (WAT), police in Abuja said.", ("West Africa", "WAT"), "Abuja"),
        # Ukraine
        ("The first missile struck Kyiv at 04:10 Eastern European Time (EET), officials said.", ("Eastern European", "EET"), "Kyiv"),
        # Israel: a country opens the zone's name
        ("Rocket fire began at 06:29 Israel Standard Time on Saturday, residents of Sderot said.", ("Israel",), "Sderot"),
        # Myanmar
        ("The airstrike hit Sagaing at 09:30 Myanmar Standard Time, residents said.", ("Myanmar",), "Sagaing"),
        # Kenya
        ("Police fired tear gas at 11:00 East Africa Time in Nairobi on Tuesday.", ("East Africa",), "Nairobi"),
    ],
)
def test_a_time_zone_written_out_is_no_entity(nlp, text: str, zone_words: tuple[str, ...], kept: str) -> None:
    found = _entities(nlp, text)
    assert not [label for label in found if any(w in label for w in zone_words) or label.endswith("Time")], sorted(found)
    assert kept in found, sorted(found)


def test_a_country_before_a_clock_time_is_still_named(nlp) -> None:
    # Israel, Egypt: no zone follows the country
    found = _entities(nlp, "At 10:00 Israel said it had struck Gaza. Talks resumed at 14:00 in Cairo.")
    assert found["Israel"].types[0] == "Country", sorted(found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Relatives said 16-year-old Samir B was killed by a stray bullet in Tripoli.", "Samir B"),  # Libya
        ("Protesters demanded justice for 22-year-old Zhina A, who died in custody in Tehran.", "Zhina A"),  # Iran
        ("Police shot dead 19-year-old Adama K during a traffic stop in Dakar, his family said.", "Adama K"),  # Senegal
        ("The death of 17-year-old Nahel M in a Paris suburb set off riots.", "Nahel M"),  # France
    ],
)
def test_an_age_before_a_name_makes_a_person(nlp, text: str, name: str) -> None:
    found = _entities(nlp, text)
    assert found[name].types[0] == "Person", (name, found[name].types)


@pytest.mark.parametrize(
    "text, town",
    [
        ("The 19-year-old Goma resident was detained on Friday.", "Goma"),  # DR Congo
        ("A 22-year-old Kherson man was killed by shelling, officials said.", "Kherson"),  # Ukraine
    ],
)
def test_an_age_of_the_noun_a_town_modifies_makes_no_person(nlp, text: str, town: str) -> None:
    found = _entities(nlp, text)
    assert found[town].types[0] == "City", (town, found[town].types)


@pytest.mark.parametrize(
    "text, site, named",
    [
        ("Gunmen stormed the Sheikh Zayed mosque in Kano on Friday, police said.", "Sheikh Zayed", "Sheikh Zayed mosque"),  # Nigeria
        ("Patients were evacuated from the King Faisal hospital in Kigali after the shelling.", "King Faisal", "King Faisal hospital"),  # Rwanda
        ("Protesters gathered outside the President Ahmadou Ahidjo stadium in Yaounde on Sunday.",
         "President Ahmadou Ahidjo", "President Ahmadou Ahidjo stadium"),  # Cameroon
        ("A suicide bomber struck the Imam Hussein mosque in Quetta during Friday prayers.", "Imam Hussein", "Imam Hussein mosque"),  # Pakistan
    ],
)
def test_a_title_before_a_site_noun_is_the_sites(nlp, text: str, site: str, named: str) -> None:
    found = _entities(nlp, text)
    assert site in found, sorted(found)
    e = found[site]
    assert e.kind == "place" and named in e.aliases, e
    assert e.lat is not None, e  # the town's point


def test_a_titled_person_stays_a_person(nlp) -> None:
    # Mali: no site's noun follows the name
    found = _entities(nlp, "Imam Ali Kone said the mosque in Bamako was closed.")
    assert found["Ali Kone"].types[0] == "Person", sorted(found)


@pytest.mark.parametrize(
    "text, name, not_name",
    [
        ("Many deputies of the pro-Bouteflika National Liberation Front voted against the bill.",
         "National Liberation Front", "Bouteflika National Liberation Front"),  # Algeria
    ],
)
def test_a_stance_prefix_is_no_part_of_the_name(nlp, text: str, name: str, not_name: str) -> None:
    found = _entities(nlp, text)
    assert name in found and not_name not in found, sorted(found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Delegates of the RPF-Inkotanyi met in Kigali on Tuesday.", "RPF-Inkotanyi"),  # Rwanda
        ("Fighting erupted between the army and the SSC-Khatumo forces near Las Anod.", "SSC-Khatumo"),  # Somaliland
    ],
)
def test_an_acronym_goes_on_over_its_hyphen(nlp, text: str, name: str) -> None:
    found = _entities(nlp, text)
    assert name in found and found[name].kind == "organization", sorted(found)


def test_two_known_names_across_a_hyphen_stay_two(nlp) -> None:
    # Sudan: both sides of the war are KB bodies
    found = _entities(nlp, "The SAF-RSF war has displaced millions, the UN said.")
    assert "Rapid Support Forces" in found and "Sudanese Armed Forces" in found, sorted(found)


def test_iso_names_written_upright_are_countries() -> None:
    from kg.kb.geo import country_by_name
    from kg.extract.org_kinds import org_types

    assert country_by_name("Republic of Korea").country_code == "KR"
    assert country_by_name("State of Palestine").country_code == "PS"
    assert country_by_name("Islamic Republic of Iran").country_code == "IR"
    assert org_types("Republic of Korea Army Special Warfare Command") == ("GovernmentOrganization", "Organization")
    assert org_types("Military Operations Command") is None  # an opposition coalition's name says no state


@pytest.mark.parametrize(
    "text, site",
    [
        ("Police raided the Finsbury Park Islamic Centre in London on Monday.", "Finsbury Park Islamic Centre"),  # UK
        ("Detainees rioted at the Tripoli Detention Centre on Sunday, guards said.", "Tripoli Detention Centre"),  # Libya
        ("Gunmen opened fire inside the Westgate Shopping Mall in Nairobi, killing 67 people.", "Westgate Shopping Mall"),  # Kenya
    ],
)
def test_a_name_ending_in_two_words_of_a_building_is_a_place(nlp, text: str, site: str) -> None:
    found = _entities(nlp, text)
    assert found[site].kind == "place", found[site]


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Carter Center said the vote in Monrovia was credible.", "Carter Center"),  # Liberia
        ("The Islamic Centre of England said it condemned the attack.", "Islamic Centre of England"),  # UK
    ],
)
def test_a_body_named_centre_stays_a_body(nlp, text: str, body: str) -> None:
    found = _entities(nlp, text)
    assert found[body].kind == "organization", found[body]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The militants were sent by a claimant to the throne of the Sultanate of Sulu.", "Sultanate of Sulu"),  # Philippines
        ("Officials of the Emirate of Kano said the palace in Kano was closed.", "Emirate of Kano"),  # Nigeria
    ],
)
def test_a_polity_named_after_its_land_is_one_name(nlp, text: str, name: str) -> None:
    found = _entities(nlp, text)
    assert name in found and found[name].kind == "organization", sorted(found)


def test_a_kingdom_of_a_country_is_the_country(nlp) -> None:
    # Spain, Morocco, Oman: the country's official name
    found = _entities(nlp, "The Kingdom of Spain and the Kingdom of Morocco signed an accord in Rabat.")
    assert found["Spain"].types[0] == "Country" and found["Morocco"].types[0] == "Country", sorted(found)
    found = _entities(nlp, "Residents of the Sultanate of Oman woke to news of the shooting in Muscat.")
    assert found["Oman"].types[0] == "Country", sorted(found)


@pytest.mark.parametrize(
    "text, body",
    [
        ("A spokesman for the Nairobi Metropolitan Police said the march was illegal.", "Nairobi Metropolitan Police"),  # Kenya
        ("A spokesperson for the Lahore Capital City Police told reporters that 40 people were held.", "Lahore Capital City Police"),  # Pakistan
    ],
)
def test_a_body_named_with_its_town_after_for_stays_whole(nlp, text: str, body: str) -> None:
    found = _entities(nlp, text)
    assert body in found and found[body].kind == "organization", sorted(found)


def test_a_person_named_with_a_place_after_for_is_still_split(nlp) -> None:
    # Sudan: the envoy's post is for the country, the name is the person's
    found = _entities(nlp, "Special Envoy for Sudan Ramtane Lamamra met officials in Port Sudan.")
    assert found["Ramtane Lamamra"].types[0] == "Person" and found["Sudan"].types[0] == "Country", sorted(found)


def test_a_site_noun_the_tagger_read_as_a_proper_noun_still_names_a_site(nlp) -> None:
    # Mali: "airport", lower case, tagged PROPN after the village's name
    ex = extract_text(nlp, "The convoy travelled from Gao to Tessit airport under escort.")
    site = next(e for e in ex.entities.values() if e.label == "Tessit")
    assert site.kind == "place" and "Tessit airport" in site.aliases, site
