"""Points, types and wrong entities on world news, session 11 (kg/extract/geocontext.py
``borrow_points``, ontology/lexicon/names.toml ``[places] site_nouns``, kg/extract/nonnames.py
``time_zone``, kg/extract/entities.py): sentences written for these tests, from several crises
(Nigeria, Pakistan, DR Congo, Afghanistan, Iraq, Kenya, Mali, Chad, Syria, Kosovo, India,
Peru, Sudan, South Sudan).

- a village GeoNames lacks, written "X, Region", lies in that region, not at a town its
  sentence names elsewhere; a list of peers ("X, Y and Z in R") is no such address;
- a name before a lower-case "facility" or "installation" names a site, a place at its town;
- a time zone in brackets after a clock time (seconds included) is no entity;
- one word after a title of address ("Mr.", "Ms.", "Dr.") is a person, whatever country it
  spells; the country named elsewhere in the article stays the country;
- a KB region's bare name that is also its seat's is the town ("captured Hama"), never where a
  word of a region's kind names the region (kg/extract/placing.py ``seat_town``);
- a middle word of a person's full name, alone, is that person ("die for Dudus" after
  "Christopher Dudus Coke"; kg/extract/entity_names.py ``_given_names``).
"""
from __future__ import annotations

import pytest

from helpers import extract_text


def entity_labelled(ex, label: str):
    """The first entity labelled ``label``, or ``None``."""
    found = [e for e in ex.entities.values() if e.label == label]
    return found[0] if found else None


def entities_labelled(ex, label: str):
    """Every entity labelled ``label``."""
    return [e for e in ex.entities.values() if e.label == label]


# ---------------------------------------------------------------- a village and its region


@pytest.mark.parametrize(
    "text, village, region, elsewhere",
    [
        # Nigeria (banditry in Kaduna)
        ("Ten villagers were killed in Kalwatu, Kaduna State, while another attack hit Zaria on Tuesday.",
         "Kalwatu", "Kaduna State", "Zaria"),
        # DR Congo (ADF raids in North Kivu): the town named after the region is elsewhere
        ("ADF fighters killed 14 people in Mbelumbelu, North Kivu, and burned houses near Butembo.",
         "Mbelumbelu", "North Kivu", "Butembo"),
    ],
)
def test_a_village_written_with_its_region_lies_in_the_region(nlp, text, village, region, elsewhere):
    ex = extract_text(nlp, text)
    v, r, t = entity_labelled(ex, village), entity_labelled(ex, region), entity_labelled(ex, elsewhere)
    assert v is not None and r is not None and t is not None
    assert (v.lat, v.lon) == (r.lat, r.lon)
    assert (v.lat, v.lon) != (t.lat, t.lon)
    assert v.link_confidence is not None and v.link_confidence <= 0.35


def test_a_list_of_peers_is_no_address(nlp):
    # Nigeria: "Kalwatu, Kachia and Zaria in Kaduna State": Kalwatu is listed with the town
    # Kachia, not written with a region after its comma
    ex = extract_text(nlp, "Gunmen attacked Kalwatu, Kachia and Zaria in Kaduna State on Tuesday.")
    v, kachia = entity_labelled(ex, "Kalwatu"), entity_labelled(ex, "Kachia")
    assert v is not None and kachia is not None and (v.lat, v.lon) == (kachia.lat, kachia.lon)


# ---------------------------------------------------------------- facilities are sites


@pytest.mark.parametrize(
    "text, site, town",
    [
        # Pakistan (Kurram): the site's name is a district's, the NER's an organisation's
        ("The blast at the Kurram gas facility near Parachinar, Pakistan, killed four workers, police said.",
         "Kurram", "Parachinar"),
        # DR Congo (M23 in South Kivu)
        ("Rebels seized the Kamanyola customs facility near Bukavu, South Kivu, the army said.",
         "Kamanyola", "Bukavu"),
        # Mali: an installation
        ("Jihadists struck the Tessit military installation near Gao before dawn, the army said.",
         "Tessit", "Gao"),
    ],
)
def test_a_name_before_a_facility_is_a_site_at_its_town(nlp, text, site, town):
    ex = extract_text(nlp, text)
    s, t = entity_labelled(ex, site), entity_labelled(ex, town)
    assert s is not None and t is not None
    assert s.kind == "place" and "Organization" not in s.types
    assert s.lat is not None and abs(s.lat - t.lat) < 0.5 and abs(s.lon - t.lon) < 0.5


def test_a_body_s_facility_stays_the_body(nlp):
    # DR Congo: "the WFP facility" is the programme's, an acronym is no site's name
    ex = extract_text(nlp, "Militants shelled the WFP facility near Bunia, Ituri, on Sunday.")
    wfp = [e for e in ex.entities.values() if e.label == "World Food Programme"]
    assert wfp and wfp[0].kind == "organization"


# ---------------------------------------------------------------- time zones in brackets


@pytest.mark.parametrize(
    "text, zone",
    [
        ("The first explosion hit the market in Kabul at 09:15 (AFT), officials said.", "AFT"),  # Afghanistan
        ("The raid near Kirkuk began at 04:30:10 (AST), according to the army.", "AST"),  # Iraq
        ("The Kenya Defence Forces said the raid began at 05:40:12 (EAT) near Mandera.", "EAT"),  # Kenya
    ],
)
def test_a_time_zone_in_brackets_after_a_clock_time_is_no_entity(nlp, text, zone):
    ex = extract_text(nlp, text)
    assert zone not in {e.label for e in ex.entities.values()}


def test_an_acronym_in_brackets_after_a_name_stays(nlp):
    # Kenya: the acronym defined after the body's name is the body, no time zone
    ex = extract_text(nlp, "The Kenya Defence Forces (KDF) said on Monday that 12 militants were killed near Mandera.")
    # (Kenya's army, named as written: kg/extract/body_names.py)
    assert any("Kenya Defence Forces" in {e.label, *e.aliases} and e.kind == "organization" for e in ex.entities.values())


# ---------------------------------------------------------------- a title of address before a country's name


@pytest.mark.parametrize(
    "text, name, country_elsewhere",
    [
        # Kenya-style wire copy: an official whose surname is a country's name
        ("Mr. Nigeria, a district commissioner, told reporters that the road was closed.", "Nigeria", None),
        # Mali: "Ms." and a country named elsewhere
        ("Ms. Mali, a nurse at the district hospital, said officials in DR Congo had not replied.", "Mali", "DR Congo"),
        # Chad: the same word is a person after "Dr." and the country after "the president of"
        ("Dr. Chad told reporters in N'Djamena that the president of Chad would visit Abeche.", "Chad", "Chad"),
    ],
)
def test_a_name_after_a_title_of_address_is_a_person(nlp, text, name, country_elsewhere):
    ex = extract_text(nlp, text)
    found = entities_labelled(ex, name)
    assert any(e.kind == "person" for e in found), [(e.label, e.types) for e in found]
    if country_elsewhere is not None:
        assert any("Country" in e.types for e in entities_labelled(ex, country_elsewhere))


def test_a_country_without_a_title_stays_the_country(nlp):
    # Nigeria: no title of address, no person
    ex = extract_text(nlp, "Nigeria, a regional power, told reporters that the border was closed.")
    found = entities_labelled(ex, "Nigeria")
    assert found and all(e.kind == "place" and "Country" in e.types for e in found)


# ---------------------------------------------------------------- a region's bare name that is its seat's


@pytest.mark.parametrize(
    "text, name",
    [
        ("Opposition forces advanced toward Hama in central Syria and captured it on Thursday.", "Hama"),  # Syria
        ("Government troops retook Daraa on Friday after heavy shelling, a monitor said.", "Daraa"),  # Syria
        ("Protesters blocked roads in Basra and Arbil over power cuts.", "Basra"),  # Iraq
        ("Serb protesters gathered in Mitrovica after the arrest.", "Mitrovica"),  # Kosovo
    ],
)
def test_a_region_s_bare_name_is_its_seat(nlp, text, name):
    ex = extract_text(nlp, text)
    found = entities_labelled(ex, name)
    assert found and all("City" in e.types and e.lat is not None for e in found), [(e.label, e.types) for e in found]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Airstrikes hit three villages in Daraa province on Friday.", "Daraa"),  # the kind word after it
        ("The army shelled villages in the province of Hama on Friday.", "Hama"),  # the kind word before it
        ("Fighting spread across Idlib and Hama governorates as rebels advanced.", "Hama"),  # after a list
        ("Floods displaced thousands of families in Bihar, officials said.", "Bihar"),  # India: no seat so named
    ],
)
def test_a_region_named_as_a_region_stays_the_region(nlp, text, name):
    ex = extract_text(nlp, text)
    found = entities_labelled(ex, name)
    assert found and all("City" not in e.types and "AdministrativeArea" in e.types for e in found), [(e.label, e.types) for e in found]


# ---------------------------------------------------------------- a middle name alone is the person


@pytest.mark.parametrize(
    "text, full, word",
    [
        # Jamaica-style: a nickname written between given name and surname, then alone
        ("Residents vowed to protect Christopher Dudus Coke. One woman said: we are willing to die for Dudus.",
         "Christopher Dudus Coke", "Dudus"),
        # Peru: a second given name, read by the NER as a body alone
        ("Prosecutors charged Maria Rosa Santos with fraud. Supporters of Rosa gathered in Lima.",
         "Maria Rosa Santos", "Rosa"),
        # Sudan
        ("Police said Mohamed Hamdan Dagalo had left Khartoum. Supporters of Hamdan gathered outside.",
         "Mohamed Hamdan Dagalo", "Hamdan"),
    ],
)
def test_a_middle_name_alone_is_the_person_named_in_full(nlp, text, full, word):
    ex = extract_text(nlp, text)
    labels = {e.label for e in ex.entities.values()}
    assert full in labels and word not in labels, labels


def test_a_middle_name_that_is_a_town_after_in_stays_the_town(nlp):
    # South Sudan: "in Bor" is the town even when a person's name holds the word
    ex = extract_text(nlp, "Gunmen loyal to John Bor Deng attacked the market. Fighting later spread to villages in Bor.")
    assert any(e.label == "Bor" and e.kind == "place" for e in ex.entities.values())


# ---------------------------------------------------------------- "Town" ends a place's name


def test_town_the_ner_cut_off_a_place_s_name_is_its_last_word(nlp):
    # Jamaica-style: a neighbourhood named "X Town" in a list the NER cut
    ex = extract_text(nlp, "The police urged citizens to evacuate the Tivoli Gardens and Denham Town areas of the city.")
    labels = {e.label for e in ex.entities.values()}
    assert "Denham Town" in labels and "Denham" not in labels


def test_town_at_a_sentence_start_is_no_part_of_a_name(nlp):
    # DR Congo: "Town officials" begins a sentence of its own
    ex = extract_text(nlp, "Clashes erupted near Goma. Town officials said roads were closed.")
    assert "Goma" in {e.label for e in ex.entities.values()}
