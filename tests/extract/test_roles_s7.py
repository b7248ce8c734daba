"""Posts and speakers session 7 found lost on its own probe (bench/data/roles_probe_s7.toml):
a speaker named by a title only ("the Syrian minister said", "the UN official said") is the
one person the article gives that post in that body, and nobody when the text titles two
people so; the posts of one person joined by "and" are no list of speakers; a leader of a
kind of movement takes no body from the one that spoke before; posts held before ("the last
commander", "who served as") and "now head of".

Own sentences, each mechanism on sentences from several crises.
"""
from __future__ import annotations

import pytest

from helpers import extract_text, role_posts, statement_speakers

pytestmark = pytest.mark.model


posts = role_posts
speakers = statement_speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Asaad al-Shaibani, Syria's foreign minister, met his Turkish counterpart Hakan Fidan in Ankara. "
         "The Syrian minister said the two countries would coordinate against the Islamic State group.", "Asaad al-Shaibani"),  # Syria
        ("Mali's foreign minister, Abdoulaye Diop, met Niger's foreign minister, Bakary Yaou Sangare, in Bamako. "
         "The Malian minister said the Sahel states would leave ECOWAS.", "Abdoulaye Diop"),  # Sahel
    ],
)
def test_a_title_with_its_country_speaks_for_the_one_holder_there(nlp, text, speaker):
    """Two people hold the post, one in the country the title names: that one speaks, not the country."""
    assert speakers(extract_text(nlp, text))[-1] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Two ministers spoke after the strike on Odesa: Foreign Minister Andrii Sybiha and Energy Minister Herman Halushchenko. "
        "The minister said the attack had cut power to 200,000 homes.",  # Ukraine (one post the parser loses)
        "Sudan's finance minister, Gibril Ibrahim, and its health minister, Haitham Mohammed Ibrahim, visited Port Sudan. "
        "The minister said cholera had spread to nine states.",  # Sudan
    ],
)
def test_the_minister_said_is_nobody_when_two_ministers_are_named(nlp, text):
    ex = extract_text(nlp, text)
    said = [e for e in ex.events if e.trigger.text == "said"]
    assert said and not [p for p in said[-1].participants if p.role == "speaker"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Nicholas Haysom, the outgoing head of the UN mission in South Sudan, warned that the country risked sliding back into war. "
         "The UN official said the elections had to be postponed.", "Nicholas Haysom"),  # South Sudan
        ("Hans Grundberg, the UN special envoy for Yemen, visited Aden on Monday. The UN official said the truce was holding.",
         "Hans Grundberg"),  # Yemen
        ("Catherine Russell, UNICEF's executive director, and Cindy McCain, who heads the World Food Programme, visited Port Sudan. "
         "The UNICEF official said children were dying of hunger in Darfur.", "Catherine Russell"),  # Sudan: two bodies
        ("Sergei Lavrov, Russia's foreign minister, met Ukrainian negotiators in Istanbul. "
         "The Russian diplomat said Moscow wanted a lasting settlement.", "Sergey Lavrov"),  # Ukraine
        ("Gedion Timothewos, Ethiopia's foreign minister, met Eritrean envoys in Jeddah. "
         "The Ethiopian diplomat said Addis Ababa sought access to the sea peacefully.", "Gedion Timothewos"),  # Ethiopia
    ],
)
def test_the_official_of_a_body_is_the_one_person_given_a_post_in_it(nlp, text, speaker):
    assert speakers(extract_text(nlp, text))[-1] == [speaker]


def test_a_diplomat_of_a_country_nobody_holds_a_post_in_stays_the_country(nlp):
    ex = extract_text(nlp, "Volker Perthes, the UN envoy for Sudan, resigned. The German diplomat said the Council had failed to act.")
    assert speakers(ex)[-1] == ["Germany"]


def test_officials_of_a_body_still_speak_for_it(nlp):
    """ "UN humanitarian officials confirmed": plural officials stay the body's."""
    ex = extract_text(nlp, "Tom Fletcher, the UN relief chief, visited Bangui. UN humanitarian officials confirmed that 40 civilians had been killed.")
    assert "United Nations" in speakers(ex)[-1]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Mohammed Abdulsalam, the chief negotiator and spokesman of the Houthi movement, said attacks on shipping would stop.",
         "Mohammed Abdulsalam"),  # Yemen
        ("Zabihullah Mujahid, the chief spokesman and deputy information minister of the Taliban, said the ban would stay.",
         "Zabihullah Mujahid"),  # Afghanistan
    ],
)
def test_two_posts_of_one_person_are_no_list_of_speakers(nlp, text, person):
    assert speakers(extract_text(nlp, text)) == [[person]]


@pytest.mark.parametrize(
    "text, post",
    [
        ("Mohamed Hamdan Dagalo, who commands the Rapid Support Forces, said the city had fallen. Ali Karti, an Islamist leader, was sanctioned.",
         ("Ali Karti", "Islamist Leader", None)),  # Sudan
        # (not the party that spoke before; the opposition of the country the story is set in, roles.toml
        # country_politics_words)
        ("Imran Khan's party said its rallies would go ahead. Omar Ayub, the opposition leader, was detained in Islamabad.",
         ("Omar Ayub", "Opposition Leader", "Pakistan")),  # Pakistan
    ],
)
def test_a_leader_of_a_kind_of_movement_takes_no_body_that_spoke_before(nlp, text, post):
    got = posts(extract_text(nlp, text))
    assert post in got


@pytest.mark.parametrize(
    "text, post",
    [
        ("Rodrigo Londoño, the last commander of the FARC guerrillas and now head of the Comunes party, urged the ELN to return to talks.",
         ("Rodrigo Londoño", "Former Commander", "Revolutionary Armed Forces of Colombia")),  # Colombia
        ("Rodrigo Londoño, the last commander of the FARC guerrillas and now head of the Comunes party, urged the ELN to return to talks.",
         ("Rodrigo Londoño", "Head", "Comunes")),  # Colombia: "now" is no word of the post
        ("Myint Swe, who served as acting president of Myanmar after the coup, died in Naypyitaw.",
         ("Myint Swe", "Former Acting President", "Myanmar")),  # Myanmar
        ("Salva Kiir, who served as vice president of Sudan before independence, dismissed his finance minister.",
         ("Salva Kiir", "Former Vice President", "Sudan")),  # South Sudan
        ("Hamdok served as prime minister of Sudan until 2022.", ("Hamdok", "Former Prime Minister", "Sudan")),  # Sudan
    ],
)
def test_posts_held_before_and_held_now(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


def test_a_post_served_now_is_no_post_held_before(nlp):
    got = posts(extract_text(nlp, "Mahamat Deby, who serves as Chad's transitional president, won the vote."))
    assert ("Mahamat Deby", "Transitional President", "Chad") in got


@pytest.mark.parametrize(
    "text, post",
    [
        ("Interim President Joseph Boakai of Liberia and acting President Ahmed Hassan of Somaliland met in Monrovia.",
         ("Ahmed Hassan", "Acting President", "Somaliland")),  # Somaliland: no state to the gazetteer
        ("Regional President Ahmed Madobe of Jubaland accused Mogadishu of arming clan militias.",
         ("Ahmed Madobe", "Regional President", "Jubaland")),  # Somalia
        ("Acting Governor Arega Kebede of Amhara said the militia had been pushed out of Gondar.",
         ("Arega Kebede", "Acting Governor", "Amhara")),  # Ethiopia
    ],
)
def test_the_place_of_a_post_named_after_its_holder(nlp, text, post):
    """ "President X *of Y*": the parser hangs "of Y" on the name; Y is the post's place all the same."""
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, post",
    [
        ("Ahmed al-Sharaa, Syria's interim president, met the Kurdish commander Mazloum Abdi in Damascus. "
         "Abdi, who heads the Syrian Democratic Forces, said the deal would integrate his fighters into the army.",
         ("Mazloum Abdi", "Kurdish Commander", "Syrian Democratic Forces")),  # Syria
        ("The veteran negotiator Bertrand Bisimwa met mediators in Doha. Bisimwa, who leads the M23, said the talks had stalled.",
         ("Bertrand Bisimwa", "Negotiator", "M23")),  # DR Congo ("veteran" is no word of the post)
    ],
)
def test_a_post_without_a_body_is_in_the_one_body_of_the_holders_other_post(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


def test_a_post_of_a_kind_of_movement_takes_no_body_of_another_post(nlp):
    got = posts(extract_text(nlp, "Abdel Hai Youssef, an Islamist leader, was sanctioned. Youssef, who heads the Popular Resistance militia, denied it."))
    assert not {(p, label, org) for p, label, org in got if label == "Islamist Leader" and org is not None}


@pytest.mark.parametrize(
    "text, post",
    [
        ("Mikhail Podolyak, an adviser to the head of Ukraine's presidential office, said Russia had shelled Kherson.",
         ("Mikhail Podolyak", "Adviser", "Ukraine")),  # Ukraine
        ("Youssef Ezzat, an adviser to the RSF commander, said the paramilitaries would join the talks.",
         ("Youssef Ezzat", "Adviser", "Rapid Support Forces")),  # Sudan
    ],
)
def test_an_adviser_to_a_title_without_a_name_is_in_its_body(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


def test_an_adviser_to_a_named_person_reports_to_them(nlp):
    ex = extract_text(nlp, "Hikmet Hajiyev, foreign policy adviser to Azerbaijani President Ilham Aliyev, said Armenia had shelled the border.")
    adviser = next(r for r in ex.roles if r.label == "Foreign Policy Adviser")
    assert ex.entities[adviser.reports_to].label == "Ilham Aliyev"


@pytest.mark.parametrize(
    "text, post",
    [
        ("Gunmen killed 12 people in a village in Zamfara state, police said. Governor Dauda Lawal condemned the attack.",
         ("Dauda Lawal", "Governor", "Zamfara")),  # Nigeria
        ("Gunmen killed 12 people in a village in Zamfara state, police said. Deputy Governor Mani Mummuni condemned the attack.",
         ("Mani Mummuni", "Deputy Governor", "Zamfara")),  # Nigeria
        ("Russian drones hit the Kharkiv region overnight. Governor Oleh Syniehubov said three people were hurt.",
         ("Oleh Syniehubov", "Governor", "Kharkiv Oblast")),  # Ukraine
        ("Floods hit Helmand province on Monday. Governor Abdul Ahad Fazli said 40 people had died.",
         ("Abdul Ahad Fazli", "Governor", "Helmand")),  # Afghanistan
        ("Mozambique's President Filipe Nyusi met OCHA head Tom Fletcher in Pemba. Valige Tauabo, the provincial governor, "
         "said 100,000 people had fled.", ("Valige Tauabo", "Provincial Governor", None)),  # Mozambique: a city is no province
        ("Fighting spread from North Kivu to South Kivu. Governor Jean-Jacques Purusi said the rebels were near Uvira.",
         ("Jean-Jacques Purusi", "Governor", None)),  # DR Congo: two provinces, none
    ],
)
def test_a_governor_named_without_a_region_is_the_one_region_of_the_article(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


def test_a_post_of_a_place_read_as_no_entity_takes_no_country_of_the_article(nlp):
    """ "President X *of Somaliland*": Somaliland's president (a territory of the world KB, a place
    whatever the NER called it), never Ethiopia's."""
    got = posts(extract_text(nlp, "President Abdirahman Irro of Somaliland met Ethiopia's prime minister in Addis Ababa."))
    assert ("Abdirahman Irro", "President", "Somaliland") in got and ("Abdirahman Irro", "President", "Ethiopia") not in got


@pytest.mark.parametrize(
    "text, person, town",
    [
        ("Colonel Ibrahim Sulaiman, the commander of the army's 22nd division in Babanusa, said his troops had held the base.",
         "Ibrahim Sulaiman", "Babanusa"),  # Sudan
        ("Major Oleksandr Petrenko, the commander of the brigade's drone unit in Pokrovsk, said Russian troops had advanced.",
         "Oleksandr Petrenko", "Pokrovsk"),  # Ukraine
    ],
)
def test_the_town_a_unit_is_in_is_no_body_of_its_commander(nlp, text, person, town):
    assert not {org for p, _, org in posts(extract_text(nlp, text)) if p == person} & {town}


@pytest.mark.parametrize(
    "text, post",
    [
        ("Rebecca Nyandeng, one of South Sudan's five vice presidents, was dismissed.",
         ("Rebecca Nyandeng", "Vice President", "South Sudan")),  # South Sudan
        ("Jaish al-Adl said Abdulrahim Mollazadeh, one of the group's commanders, was killed in Pakistan.",
         ("Abdulrahim Mollazadeh", "Commander", "Jaish al-Adl")),  # Iran-Pakistan border
    ],
)
def test_one_of_the_holders_of_a_post_holds_it(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


def test_one_of_a_group_that_is_no_post_holds_none(nlp):
    assert not extract_text(nlp, "Hassan, one of the protesters in Khartoum, said police had fired tear gas.").roles


@pytest.mark.parametrize(
    "text, post",
    [
        ("Chad's government said its foreign minister, Abderaman Koulamallah, had ended the defence pact with France.",
         ("Abderaman Koulamallah", "Foreign Minister", "Chad")),  # Chad
        ("The Somali government said its spokesman, Farhan Jimale, would brief reporters in Mogadishu.",
         ("Farhan Jimale", "Spokesman", "Government of Somalia")),  # Somalia
    ],
)
def test_its_after_a_states_body_is_that_state(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, post",
    [
        ("In Mali, where the junta expelled French troops, Defence Minister Sadio Camara signed a deal with Russia.",
         ("Sadio Camara", "Defence Minister", "Mali")),  # Mali
        ("In Haiti, Prime Minister Alix Didier Fils-Aime met Kenyan police commanders and US diplomats.",
         ("Alix Didier Fils-Aime", "Prime Minister", "Haiti")),  # Haiti
        ("In talks with Russia, President Emmanuel Macron of France and Chancellor Olaf Scholz pressed for a truce.",
         ("Olaf Scholz", "Chancellor", None)),  # Ukraine: talks are no country
    ],
)
def test_a_state_post_is_in_the_country_its_sentence_opens_on(nlp, text, post):
    assert post in posts(extract_text(nlp, text))
