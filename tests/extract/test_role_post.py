"""Reading one title phrase (kg/extract/role_post.py, role_phrases.py, role_complete.py): the
forms of posts session 5 found lost on text kg was not tuned on.

Own sentences, each mechanism on sentences from at least eight crises or countries.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def posts(ex) -> set[tuple[str, str, str | None]]:
    """(person, post label, organisation), by label."""
    name = lambda key: ex.entities[key].label if key else None  # noqa: E731
    return {(name(r.person), r.label, name(r.org)) for r in ex.roles}


def posts_of(ex, person: str) -> set[tuple[str, str | None]]:
    return {(label, org) for p, label, org in posts(ex) if p == person}


@pytest.mark.parametrize(
    "text, post",
    [
        ("Port-au-Prince Mayor Youri Chevry said gangs controlled most of the capital.", ("Youri Chevry", "Mayor", "Port-au-Prince")),  # Haiti
        ("Cap-Haïtien Mayor Patrick Almonor said the port had reopened.", ("Patrick Almonor", "Mayor", "Cap-Haïtien")),  # Haiti
        ("Mazar-i-Sharif governor Mohammad Dawood Muzammil was killed in a suicide attack.",
         ("Mohammad Dawood Muzammil", "Governor", "Mazar-i-Sharif")),  # Afghanistan
        ("Pointe-Noire Mayor Jean-François Kando said the floods had killed 12 people.",
         ("Jean-François Kando", "Mayor", "Pointe-Noire")),  # Congo-Brazzaville
        ("Beni Mayor Narcisse Muteba said the rebels had killed 30 civilians.", ("Narcisse Muteba", "Mayor", "Beni")),  # DR Congo
        ("Timbuktu governor Bakoun Kante said the jihadists had shelled the airport.", ("Bakoun Kante", "Governor", "Timbuktu")),  # Mali
        ("El Fasher governor Nimir Mohammed Abdel Rahman said the city was under siege.",
         ("Nimir Mohammed Abdel Rahman", "Governor", "El Fasher")),  # Sudan
        ("Kherson governor Oleksandr Prokudin said Russian drones had hit a bus.", ("Oleksandr Prokudin", "Governor", "Kherson")),  # Ukraine
        ("Maiduguri Mayor Umar Kadafur said the bombers had struck a wedding.", ("Umar Kadafur", "Mayor", "Maiduguri")),  # Nigeria
    ],
)
def test_a_local_post_is_in_the_town_named_before_it_hyphens_and_all(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, person, expected",
    [
        ("Minni Minawi, the governor of the Darfur region and leader of the Sudan Liberation Movement, said his fighters "
         "would defend the camps.", "Minni Minawi", {("Governor", "Darfur"), ("Leader", "Sudan Liberation Movement/Army")}),  # Sudan
        ("Mahmoud Abbas, the president of the Palestinian Authority and chairman of the PLO, met Egyptian officials.",
         "Mahmoud Abbas", {("President", "Palestinian Authority"), ("Chairman", "Palestine Liberation Organization")}),  # Gaza
        ("Sheikh Hasina, the prime minister of Bangladesh and leader of the Awami League, fled to India.",
         "Sheikh Hasina", {("Prime Minister", "Bangladesh"), ("Leader", "Awami League")}),  # Bangladesh
        ("Riek Machar, the first vice president of South Sudan and leader of the SPLM-IO, was detained in Juba.",
         "Riek Machar", {("First Vice President", "South Sudan"), ("Leader", "Sudan People's Liberation Movement-in-Opposition")}),
        ("Khalifa Haftar, the commander of the Libyan National Army and ruler of eastern Libya, met Russian officials.",
         "Khalifa Haftar", {("Commander", "Libyan National Army"), ("Ruler", "Libya")}),  # Libya
        ("Nicolas Maduro, the president of Venezuela and leader of the Socialist Party, claimed victory.",
         "Nicolas Maduro", {("President", "Venezuela"), ("Leader", "Socialist Party")}),  # Venezuela
        ("Naim Qassem, the secretary-general of Hezbollah and head of its Shura Council, said the group would not disarm.",
         "Naim Qassem", {("Secretary-General", "Hezbollah"), ("Head", "Shura Council")}),  # Lebanon
        # a noun conjoined to the title that is no title is not a word of the post (Uganda / DR Congo)
        ("Muhoozi Kainerugaba, the chief of the Uganda People's Defence Force and son of the president, threatened Congo.",
         "Muhoozi Kainerugaba", {("Chief", "Uganda People's Defence Force")}),
    ],
)
def test_a_lower_case_title_conjoined_after_an_of_phrase_is_a_post_of_its_own(nlp, text, person, expected):
    assert posts_of(extract_text(nlp, text), person) == expected


@pytest.mark.parametrize(
    "text, post",
    [
        ("Denis Pushilin, the Russian-installed leader of the Donetsk region, said shelling had killed three people.",
         ("Denis Pushilin", "Leader", "Donetsk Oblast")),  # Ukraine
        ("Vladimir Saldo, the Moscow-appointed head of the Kherson region, ordered an evacuation.",
         ("Vladimir Saldo", "Head", "Kherson Oblast")),  # Ukraine
        ("Mohammed al-Bukhaiti, the Houthi-appointed governor of Dhamar, condemned the strikes.",
         ("Mohammed al-Bukhaiti", "Governor", "Dhamar")),  # Yemen
        ("Mohamed Hassan Idris, the Rwandan-backed governor of North Kivu, said the airport would reopen.",
         ("Mohamed Hassan Idris", "Governor", "North Kivu")),  # DR Congo
        ("Abdullah Nasser, the Taliban-appointed governor of Kandahar, banned music at weddings.",
         ("Abdullah Nasser", "Governor", "Kandahar")),  # Afghanistan
        ("Ahmed Madobe, the Kenyan-backed leader of Jubaland, rejected the election results.",
         ("Ahmed Madobe", "Leader", "Jubaland")),  # Somalia
        ("Nasrat Khan, the Tehran-backed commander of the Kataib Hezbollah militia, denied the attack.",
         ("Nasrat Khan", "Commander", "Kata'ib Hezbollah")),  # Iraq
        # with nothing else in the title, who installed the post is whose it is
        ("Yevhen Balitsky, the Russian-installed governor, said the plant was safe.", ("Yevhen Balitsky", "Governor", "Russia")),
    ],
)
def test_who_installed_a_post_is_no_word_of_it(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, post",
    [
        ("North Korean leader Kim Jong Un met Russian officials in Pyongyang.", ("Kim Jong Un", "Leader", "North Korea")),
        ("South Sudanese President Salva Kiir sacked his finance minister.", ("Salva Kiir", "President", "South Sudan")),
        ("Central African President Faustin-Archange Touadéra thanked the instructors.",
         ("Faustin-Archange Touadéra", "President", "Central African Republic")),
        ("Saudi Arabian Foreign Minister Faisal bin Farhan met his Iranian counterpart.",
         ("Faisal bin Farhan", "Foreign Minister", "Saudi Arabia")),
        ("South African President Cyril Ramaphosa called for a ceasefire in eastern Congo.",
         ("Cyril Ramaphosa", "President", "South Africa")),
        ("South Korean President Lee Jae-myung said Seoul would talk to Pyongyang.", ("Lee Jae-myung", "President", "South Korea")),
        ("Burkinabe Prime Minister Rimtalba Jean Emmanuel Ouedraogo met Malian officials.",
         ("Rimtalba Jean Emmanuel Ouedraogo", "Prime Minister", "Burkina Faso")),
        ("Sergei Shoigu arrived in Pyongyang for talks with North Korean leader Kim Jong Un.", ("Kim Jong Un", "Leader", "North Korea")),
    ],
)
def test_a_demonym_of_several_words_is_read_whole(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, post",
    [
        ("Sergei Shoigu, the secretary of Russia's Security Council, arrived in Pyongyang.", ("Sergei Shoigu", "Secretary", "Security Council of Russia")),
        ("Dmitry Medvedev, the deputy chairman of Russia's Security Council, threatened Kyiv.",
         ("Dmitry Medvedev", "Deputy Chairman", "Security Council of Russia")),
        ("Armen Grigoryan, the secretary of Armenia's Security Council, met Azerbaijani officials.",
         ("Armen Grigoryan", "Secretary", "Security Council of Armenia")),
        ("Marat Imankulov, the secretary of Kyrgyzstan's Security Council, spoke about the border clashes.",
         ("Marat Imankulov", "Secretary", "Security Council of Kyrgyzstan")),
        ("Ramil Usubov, the secretary of Azerbaijan's Security Council, met Russian officials.",
         ("Ramil Usubov", "Secretary", "Security Council of Azerbaijan")),
        ("Nasrullo Mahmudzoda, the secretary of Tajikistan's Security Council, visited Kabul.",
         ("Nasrullo Mahmudzoda", "Secretary", "Security Council of Tajikistan")),
        ("Victor Bebe, the secretary of Moldova's Security Council, warned about Transnistria.", ("Victor Bebe", "Secretary", "Security Council of Moldova")),
        # a body of the country the KB links as such keeps it: Sudan's army is the SAF
        ("Abdel Fattah al-Burhan, Sudan's army chief, flew to Cairo.", ("Abdel Fattah al-Burhan", "Army Chief", "Sudanese Armed Forces")),
    ],
)
def test_a_countrys_own_body_is_not_the_one_the_kb_linked_its_name_to(nlp, text, post):
    # (since session 9 the entity step no longer links "Russia's Security Council" to the UN's
    # council: the post is in the country's own body, the KB's where it has it)
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, person, expected",
    [
        # a post named by its verb is a post in the body the verb's object names ...
        ("Mohamed Hamdan Dagalo, who heads the RSF, said his forces would form a government.",
         "Mohamed Hamdan Dagalo", {("Head", "Rapid Support Forces")}),  # Sudan
        ("Jimmy Cherizier, a former police officer who leads the G9 alliance, threatened the capital.",
         "Jimmy Cherizier", {("Leader", "G9"), ("Former Police Officer", None)}),  # Haiti
        ("Olusegun Obasanjo, who leads the African Union's mediation team, arrived in Pretoria.",
         "Olusegun Obasanjo", {("Leader", "African Union")}),  # Ethiopia talks
        # ... and none when it names no body
        ("Godfrey Otunge, the Kenyan police commander who leads the multinational security mission, said his officers "
         "had retaken the palace.", "Godfrey Otunge", {("Police Commander", "Kenya")}),  # Haiti / Kenya
        ("Bintou Keita, who leads the investigation, said the report was ready.", "Bintou Keita", set()),  # DR Congo
        ("Abdullah Abdullah, who led the reconciliation council, stayed in Kabul.", "Abdullah Abdullah", set()),  # Afghanistan
        ("Moussa Faki, who heads the regional peace initiative, called for talks.", "Moussa Faki", set()),  # Chad / AU
        ("Nyan Win, who leads the resistance in the south, said the town had fallen.", "Nyan Win", set()),  # Myanmar
    ],
)
def test_a_post_named_by_its_verb_needs_a_body_named(nlp, text, person, expected):
    assert posts_of(extract_text(nlp, text), person) == expected


@pytest.mark.parametrize(
    "text, post",
    [
        ("Abdirahman Mohamed Abdullahi, the president of Somaliland, arrived in Addis Ababa.",
         ("Abdirahman Mohamed Abdullahi", "President", "Somaliland")),
        ("Vadim Krasnoselsky, the leader of Transnistria, asked Moscow for help.", ("Vadim Krasnoselsky", "Leader", "Transnistria")),
        ("Aslan Bzhania, the president of Abkhazia, resigned after protests.", ("Aslan Bzhania", "President", "Abkhazia")),
        ("Ahmed Madobe, the president of Jubaland, accused Mogadishu of meddling.", ("Ahmed Madobe", "President", "Jubaland")),
        ("Ersin Tatar, the president of Northern Cyprus, met Turkish officials.", ("Ersin Tatar", "President", "Northern Cyprus")),
        ("Milorad Dodik, the president of Republika Srpska, was sentenced in Sarajevo.", ("Milorad Dodik", "President", "Republika Srpska")),
        ("Nechirvan Barzani, the president of the Kurdistan Region, met Turkish officials.",
         ("Nechirvan Barzani", "President", "Kurdistan Region")),
        ("Getachew Reda, the president of Tigray, said the truce held.", ("Getachew Reda", "President", "Tigray")),
    ],
)
def test_the_head_of_a_place_is_the_places_post(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, appointer, post",
    [
        ("Palestinian President Mahmoud Abbas appointed Mohammad Mustafa as prime minister on Thursday.",
         "Mahmoud Abbas", ("Mohammad Mustafa", "Prime Minister", "Palestine")),
        ("Hamza Abdi Barre was appointed prime minister by Somali President Hassan Sheikh Mohamud in June 2022.",
         "Hassan Sheikh Mohamud", ("Hamza Abdi Barre", "Prime Minister", "Somalia")),
        ("Chadian President Mahamat Idriss Deby appointed Succes Masra as prime minister in January.",
         "Mahamat Idriss Deby", ("Succes Masra", "Prime Minister", "Chad")),
        ("Haitian President Jovenel Moise named Ariel Henry prime minister two days before he was killed.",
         "Jovenel Moise", ("Ariel Henry", "Prime Minister", "Haiti")),
        ("Guinean junta leader Mamady Doumbouya appointed Amadou Oury Bah as prime minister.",
         "Mamady Doumbouya", ("Amadou Oury Bah", "Prime Minister", "Guinea")),
        ("Tunisian President Kais Saied appointed Kamel Madouri as prime minister on Wednesday.",
         "Kais Saied", ("Kamel Madouri", "Prime Minister", "Tunisia")),
        # the appointer's post is in a body of a state: the state's
        ("Sudanese army chief Abdel Fattah al-Burhan appointed Kamil Idris as prime minister in May.",
         "Abdel Fattah al-Burhan", ("Kamil Idris", "Prime Minister", "Sudan")),
        # the appointer is the state
        ("Mali's junta appointed Abdoulaye Maiga as prime minister. Mali named him after the row with Choguel Maiga.",
         None, ("Abdoulaye Maiga", "Prime Minister", "Mali")),
    ],
)
def test_a_post_given_by_a_naming_verb_is_the_givers_states_and_not_the_givers(nlp, text, appointer, post):
    found = posts(extract_text(nlp, text))
    assert post in found
    assert not any(p == appointer and label == post[1] for p, label, _ in found)


@pytest.mark.parametrize(
    "text, post",
    [
        ("Bintou Keita, who serves as the head of MONUSCO, briefed the council.",
         ("Bintou Keita", "Head", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")),
        ("Kamil Idris, serving as acting prime minister of Sudan, met the envoy.", ("Kamil Idris", "Acting Prime Minister", "Sudan")),
        ("Hans Grundberg, who serves as the UN special envoy for Yemen, met Houthi officials.",
         ("Hans Grundberg", "Special Envoy", "United Nations")),
        ("Tom Andrews, who serves as UN special rapporteur on Myanmar, condemned the strikes.",
         ("Tom Andrews", "Special Rapporteur", "United Nations")),
        ("Nicholas Haysom, who serves as head of UNMISS, warned of war.", ("Nicholas Haysom", "Head", "United Nations Mission in South Sudan")),
        ("Maria Isabel Salvador, who serves as head of BINUH, briefed the council on Haiti.",
         ("Maria Isabel Salvador", "Head", "United Nations Integrated Office in Haiti")),
        ("Geir Pedersen, who serves as UN envoy for Syria, met the new government.", ("Geir Pedersen", "Envoy", "United Nations")),
        ("Roza Otunbayeva, who serves as head of UNAMA, met Taliban officials.",
         ("Roza Otunbayeva", "Head", "United Nations Assistance Mission in Afghanistan")),
    ],
)
def test_a_post_served_in_now_is_held(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Abdullah Abdullah, who served as chief executive of Afghanistan, stayed in Kabul.",
        "Ellen Johnson Sirleaf, who served as president of Liberia, led the panel.",
    ],
)
def test_a_post_served_in_before_is_not_held(nlp, text):
    """A post held before, read as one ("Former President"), as "former president X" is;
    never the post held now."""
    assert all(r.label.startswith("Former ") for r in extract_text(nlp, text).roles)


@pytest.mark.parametrize(
    "text, post",
    [
        ("Catherine Russell, the head of UNICEF since 2022, visited Gaza.", ("Catherine Russell", "Head", "United Nations Children's Fund")),
        ("Naim Qassem, the leader of Hezbollah since 2024, said the group would not disarm.", ("Naim Qassem", "Leader", "Hezbollah")),
        ("Assimi Goita, Mali's president since 2021, dissolved the parties.", ("Assimi Goita", "President", "Mali")),
        ("Ibrahim Traore, Burkina Faso's leader since 2022, reshuffled the cabinet.", ("Ibrahim Traore", "Leader", "Burkina Faso")),
        ("Abiy Ahmed, Ethiopia's prime minister since 2018, opened the dam.", ("Abiy Ahmed", "Prime Minister", "Ethiopia")),
        ("Hassan Sheikh Mohamud, Somalia's president since 2022, visited Baidoa.", ("Hassan Sheikh Mohamud", "President", "Somalia")),
        ("Min Aung Hlaing, Myanmar's military ruler since 2021, visited Moscow.", ("Min Aung Hlaing", "Military Ruler", "Myanmar")),
        ("Ahmed al-Sharaa, Syria's president since January, visited Paris.", ("Ahmed al-Sharaa", "President", "Syria")),
    ],
)
def test_since_when_a_post_is_held_is_no_word_of_it(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, post",
    [
        ("Oleksii Reznikov, Ukraine's former defence minister, gave evidence.", ("Oleksii Reznikov", "Former Defence Minister", "Ukraine")),
        ("Imran Khan, Pakistan's former prime minister, was sentenced on Friday.", ("Imran Khan", "Former Prime Minister", "Pakistan")),
        ("Former Sudanese prime minister Abdalla Hamdok called for talks.", ("Abdalla Hamdok", "Former Prime Minister", "Sudan")),
        ("Ex-Malian prime minister Choguel Maiga was detained in Bamako.", ("Choguel Maiga", "Former Prime Minister", "Mali")),
        ("Sheikh Hasina, Bangladesh's former prime minister, was sentenced in absentia.",
         ("Sheikh Hasina", "Former Prime Minister", "Bangladesh")),
        ("Former Haitian prime minister Ariel Henry left the country.", ("Ariel Henry", "Former Prime Minister", "Haiti")),
        ("Former Somali president Sharif Sheikh Ahmed criticised the election law.", ("Sharif Sheikh Ahmed", "Former President", "Somalia")),
        ("Rashid Dostum, Afghanistan's former vice president, returned to Kabul.", ("Rashid Dostum", "Former Vice President", "Afghanistan")),
        ("Former Congolese president Joseph Kabila was sentenced to death.", ("Joseph Kabila", "Former President", "DR Congo")),
    ],
)
def test_a_post_held_before_is_read_as_one(nlp, text, post):
    found = posts(extract_text(nlp, text))
    assert post in found
    assert not any(p == post[0] and label == post[1].removeprefix("Former ") for p, label, _ in found)


def test_a_post_held_before_names_no_one_for_a_title_without_a_name(nlp):
    """"the prime minister said" is not the former prime minister the text names (Haiti)."""
    ex = extract_text(nlp, "Former Haitian prime minister Ariel Henry left the country. The prime minister said the police would stay.")
    said = [e for e in ex.events if e.trigger.text == "said"]
    assert said and not any(ex.entities[p.entity].label == "Ariel Henry" for e in said for p in e.participants)


@pytest.mark.parametrize(
    "text, post",
    [
        ("Mohamed Osman, a Sudan researcher at Human Rights Watch, said the attacks amounted to war crimes.",
         ("Mohamed Osman", "Researcher", "Human Rights Watch")),  # Sudan
        ("Jalel Harchaoui, an analyst at the Royal United Services Institute, said Haftar's forces were weaker.",
         ("Jalel Harchaoui", "Analyst", "Royal United Services Institute")),  # Libya
        ("Kholood Khair, founder of the Confluence Advisory think tank, said the RSF was winning.",
         ("Kholood Khair", "Founder", "Confluence Advisory")),  # Sudan
        ("Paul-Simon Handy, a researcher at the Institute for Security Studies, said the junta was isolated.",
         ("Paul-Simon Handy", "Researcher", "Institute for Security Studies")),  # Sahel
        ("Malik Agar, a member of the Sovereignty Council, met the envoy.", ("Malik Agar", "Member", "Sovereignty Council")),  # Sudan
        ("Richard Gowan, an analyst at the International Crisis Group, said the council was divided.",
         ("Richard Gowan", "Analyst", "International Crisis Group")),  # UN
        ("Fahim Tokhi, a member of the Afghan parliament, fled to Pakistan.", ("Fahim Tokhi", "Member of Parliament", "Afghanistan")),
        ("Sadiq al-Mahdi, a professor at the University of Khartoum, said the war had destroyed the city.",
         ("Sadiq al-Mahdi", "Professor", "University of Khartoum")),  # Sudan
    ],
)
def test_a_post_in_a_research_body_an_ngo_or_a_council(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Hamdan, a member of the family, said the house was hit.",  # Gaza
        "Hilal Khashan, a professor, said the war would spread.",  # Lebanon
        "Aung Myo Min, a founder, said the school had been bombed.",  # Myanmar
    ],
)
def test_such_a_post_in_no_body_named_is_none(nlp, text):
    assert not extract_text(nlp, text).roles


@pytest.mark.parametrize(
    "text, post, superior",
    [
        ("Ukrainian President Volodymyr Zelenskiy's chief of staff, Andriy Yermak, met US officials.",
         ("Andriy Yermak", "Chief of Staff", "Ukraine"), "Volodymyr Zelenskiy"),
        ("Sudanese army chief Abdel Fattah al-Burhan's adviser, Mohamed Mohamed Khair, said the army would not negotiate.",
         ("Mohamed Mohamed Khair", "Adviser", "Sudanese Armed Forces"), "Abdel Fattah al-Burhan"),
        ("Somali President Hassan Sheikh Mohamud's spokesman, Abdirahman Yusuf, said the talks had failed.",
         ("Abdirahman Yusuf", "Spokesman", "Somalia"), "Hassan Sheikh Mohamud"),
        ("Israeli Prime Minister Benjamin Netanyahu's spokesman, Omer Dostri, said the talks had stalled.",
         ("Omer Dostri", "Spokesman", "Israel"), "Benjamin Netanyahu"),
        ("Congolese President Felix Tshisekedi's spokeswoman, Tina Salama, denied the report.",
         ("Tina Salama", "Spokeswoman", "DR Congo"), "Felix Tshisekedi"),
        ("Haitian Prime Minister Garry Conille's chief of staff, Jean Junior Joseph, resigned.",
         ("Jean Junior Joseph", "Chief of Staff", "Haiti"), "Garry Conille"),
        ("Nigerian President Bola Tinubu's spokesman, Bayo Onanuga, said the army would act.",
         ("Bayo Onanuga", "Spokesman", "Nigeria"), "Bola Tinubu"),
        ("Iranian President Masoud Pezeshkian's chief of staff, Mohsen Haji-Mirzaei, visited Baghdad.",
         ("Mohsen Haji-Mirzaei", "Chief of Staff", "Iran"), "Masoud Pezeshkian"),
    ],
)
def test_the_person_whose_post_it_is_is_its_superior(nlp, text, post, superior):
    ex = extract_text(nlp, text)
    assert post in posts(ex)
    (held,) = [r for r in ex.roles if ex.entities[r.person].label == post[0]]
    assert held.reports_to is not None and ex.entities[held.reports_to].label == superior


@pytest.mark.parametrize(
    "text, post",
    [
        ("The spokesman for the Secretary-General, Stéphane Dujarric, told reporters the convoy was hit.",
         ("Stéphane Dujarric", "Spokesman for Secretary-General", "United Nations")),  # UN
        ("The deputy to the head of the mission, Ali Ahmed, met the governor.", ("Ali Ahmed", "Deputy", None)),  # Somalia
        ("The adviser to the Sudanese army chief, Mohamed Khair, said the army would not negotiate.",
         ("Mohamed Khair", "Adviser", "Sudanese Armed Forces")),  # Sudan (the superior's body, session 7)
        ("The head of the U.N. mission in Congo, Bintou Keita, warned the council.", ("Bintou Keita", "Head", "United Nations")),
        ("The governor of North Kivu, Peter Cirimwami, was killed.", ("Peter Cirimwami", "Governor", "North Kivu")),  # DR Congo
        ("The representative of the United Kingdom to the council, Barbara Woodward, spoke.",
         ("Barbara Woodward", "Representative", "United Kingdom")),  # UN
        ("The commander of the RSF in North Darfur, Ali Yagoub, was killed in El Fasher.",
         ("Ali Yagoub", "Commander", "Rapid Support Forces")),  # Sudan
        ("The spokesperson for the UN refugee agency, Olga Sarrado, said 2,000 people had crossed into Chad.",
         ("Olga Sarrado", "Spokesperson", "Office of the United Nations High Commissioner for Refugees")),  # Chad
    ],
)
def test_a_name_hung_on_a_superiors_title_holds_the_outer_post(nlp, text, post):
    found = posts(extract_text(nlp, text))
    assert post in found
    assert not any(p == post[0] and label in ("Secretary-General", "Head", "Army Chief") and label != post[1] for p, label, _ in found)


@pytest.mark.parametrize(
    "text, post",
    [
        ("Lt. Col. Nadav Shoshani, an Israeli military spokesman, said troops had entered Rafah.",
         ("Nadav Shoshani", "Military Spokesman", "Israel Defense Forces")),  # Gaza
        ("Sudanese military spokesman Nabil Abdallah said the attack failed.", ("Nabil Abdallah", "Military Spokesman", "Sudanese Armed Forces")),
        ("Ethiopian military spokesman Getnet Adane said the army had retaken the town.",
         ("Getnet Adane", "Military Spokesman", "Ethiopian National Defense Force")),
        ("Russian military spokesman Igor Konashenkov said the drones were shot down.",
         ("Igor Konashenkov", "Military Spokesman", "Russian Armed Forces")),
        ("Ukrainian military spokesman Oleksandr Shtupun said the attack was repelled.",
         ("Oleksandr Shtupun", "Military Spokesman", "Armed Forces of Ukraine")),
        ("Myanmar military spokesman Zaw Min Tun said the town was retaken.", ("Zaw Min Tun", "Military Spokesman", "Tatmadaw")),
        ("Houthi military spokesman Yahya Saree said the group fired missiles.", ("Yahya Saree", "Military Spokesman", "Houthis")),
        # a name that did swallow the title's words still gives them back
        ("United Nations Special Coordinator Tor Wennesland briefed the council.",
         ("Tor Wennesland", "Special Coordinator", "United Nations")),
        # a known name that ends in no body's noun is no body of the post's ("UN human rights")
        ("Volker Türk, the U.N. human rights chief, called for an inquiry into the killings in Bangladesh.",
         ("Volker Türk", "Human Rights Chief", "United Nations")),
    ],
)
def test_a_body_the_kb_knows_by_the_title_words_is_the_posts(nlp, text, post):
    assert post in posts(extract_text(nlp, text))


@pytest.mark.parametrize(
    "text, post",
    [
        ("Basem Naim, an official with Hamas, said the group had accepted the proposal.", ("Basem Naim", "Official", "Hamas")),
        ("Khalid Mohamed, an official with the RSF, said the convoy was safe.", ("Khalid Mohamed", "Official", "Rapid Support Forces")),
        ("Abdul Qahar Balkhi, an official with the Taliban, said women would be allowed to work.",
         ("Abdul Qahar Balkhi", "Official", "Taliban")),
        ("Willy Ngoma, a commander with M23, said the rebels controlled Sake.", ("Willy Ngoma", "Commander", "M23")),
        ("Hussein Abdi, an official with the Somali government, said the attack was repelled.",
         ("Hussein Abdi", "Official", "Government of Somalia")),
        ("Aye Aye, an official with the National Unity Government, said the junta had bombed a school.",
         ("Aye Aye", "Official", "National Unity Government")),
        ("Ali Ahmed, a commander with the Arakan Army, said the town had fallen.", ("Ali Ahmed", "Commander", "Arakan Army")),
        ("Mahmoud Mardawi, an official with Hamas, said the talks had stalled.", ("Mahmoud Mardawi", "Official", "Hamas")),
    ],
)
def test_a_post_with_a_body_keeps_no_dangling_preposition(nlp, text, post):
    assert post in posts(extract_text(nlp, text))
