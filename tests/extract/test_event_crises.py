"""Events that crises bring, found missing by the events probe (bench/events_probe.py) and
read since session 5: natural disasters, trials and sentences, demolitions, mass graves,
jailing, aid named by what carries it, a post named by its holder (``ontology/events-crises.ttl``);
and the arguments around them (kg/extract/events/arguments.py, context.py). Own sentences
from many crises."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import events_of, extract_text, one, role

PUBLISHED = date(2025, 3, 6)  # a Thursday

pytestmark = pytest.mark.model


def place(ex, event):
    return ex.entities[event.place].label if event.place else None


@pytest.mark.parametrize(
    "text, cls",
    [
        ("A powerful earthquake hit western Afghanistan on Saturday, destroying entire villages.", "NaturalDisaster"),  # Afghanistan
        ("Floods swept through displacement camps in the Gedo region of Somalia last week.", "NaturalDisaster"),  # Somalia
        ("A military court in Kinshasa sentenced 37 people to death on Friday.", "Trial"),  # DR Congo
        ("The trial of former rebel commander Ali Kushayb opened in The Hague.", "Trial"),  # Sudan
        ("Israeli bulldozers demolished dozens of homes in Masafer Yatta on Monday.", "Demolition"),  # West Bank
        ("Investigators found a mass grave in the forest near Izium.", "MassViolence"),  # Ukraine
        ("The junta jailed the former information minister for ten years.", "Arrest"),  # Myanmar
        ("Aid trucks reached Kadugli in South Kordofan for the first time in months.", "HumanitarianAid"),  # Sudan
        ("President Tshisekedi dismissed General Christian Tshiwewe on Friday.", "Dismissal"),  # DR Congo
        ("The army and the RSF agreed to a cessation of hostilities on Monday.", "Ceasefire"),  # Sudan
        ("Police dispersed thousands of demonstrators in Belgrade on Saturday.", "Crackdown"),  # Serbia
        ("Riot police used water cannon to disperse protesters outside parliament in Tbilisi.", "Crackdown"),  # Georgia
        ("Both sides called for an immediate cessation of fighting in Tigray.", "Ceasefire"),  # Ethiopia
    ],
)
def test_crisis_events_the_taxonomy_lacked(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert cls in [e.type for e in ex.events], [(e.type, e.trigger.text) for e in ex.events]


def test_fog_is_no_crowd(nlp):
    """Kenya: "disperse" needs a crowd to be a crackdown."""
    ex = extract_text(nlp, "The smoke dispersed over Nairobi by the evening.", published=PUBLISHED)
    assert not events_of(ex, "Crackdown")


def test_a_sentence_names_its_convict_and_a_dismissal_its_holder(nlp):
    """Mali, Haiti: the one sentenced is the trial's target; "dismissed Prime Minister X": X."""
    ex = extract_text(nlp, "A court in Bamako sentenced the activist Clément Dembélé to two years in prison on Monday.", published=PUBLISHED)
    trial = one(ex, "Trial")
    assert "Clément Dembélé" in role(ex, trial, "target")
    assert place(ex, trial) == "Bamako" and trial.time.value == "2025-03-03"
    ex = extract_text(nlp, "The council dismissed Prime Minister Garry Conille on Sunday.", published=PUBLISHED)
    assert role(ex, one(ex, "Dismissal"), "target") == ["Garry Conille"]


def test_an_events_file_beside_events_ttl_adds_classes_and_triggers(tmp_path):
    """Every ontology/events-*.ttl is read into the lexicon with events.ttl."""
    import shutil

    from kg.extract.event_lexicon import load_lexicon
    from kg.resources import ontology_dir

    for f in ("events.ttl", "kg.ttl"):
        shutil.copy(ontology_dir() / f, tmp_path / f)
    assert "pummel" not in load_lexicon(tmp_path).verbs
    (tmp_path / "events-more.ttl").write_text(
        '@prefix kgo: <https://w3id.org/kg-news/ontology#> .\n'
        '@prefix owl: <http://www.w3.org/2002/07/owl#> .\n'
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
        'kgo:Shelling kgo:verbTrigger "pummel" .\n'
        'kgo:Flood a owl:Class ; rdfs:subClassOf kgo:Event ; rdfs:label "flood" ; kgo:nounTrigger "deluge" .\n',
        encoding="utf-8")
    load_lexicon.cache_clear()
    lex = load_lexicon(tmp_path)
    assert [p.cls for p in lex.verbs["pummel"]] == ["Shelling"]
    assert lex.is_a("Flood", "Event") and [p.cls for p in lex.nouns_for("deluge")] == ["Flood"]
    load_lexicon.cache_clear()


@pytest.mark.parametrize(
    "text, where",
    [
        ("Russian missiles hit apartment blocks in the Ukrainian capital Kyiv on Monday.", "Kyiv"),  # Ukraine
        ("Israeli jets struck targets in the Lebanese capital Beirut on Friday.", "Beirut"),  # Lebanon
        ("The United States carried out air strikes on Houthi targets in the Yemeni capital Sanaa overnight.", "Sanaa"),  # Yemen
        ("Jihadists attacked an army post in the Malian town Boulkessi on Sunday.", "Boulkessi"),  # Mali
        ("Gangs attacked police stations in the Haitian capital Port-au-Prince overnight.", "Port-au-Prince"),  # Haiti
        ("M23 rebels attacked army positions in Congo's North Kivu province.", "North Kivu"),  # DR Congo
    ],
)
def test_the_town_a_phrase_names_before_the_country_of_its_adjective(nlp, text, where):
    """"in the Yemeni capital Sanaa": Sanaa, not Yemen (the name apposed to the place noun)."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if load_is_a(e.type, "Attack")]
    assert place(ex, event) == where


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        ("A Russian missile struck a residential building in Sumy on Sunday.", "Attack", "Russia"),  # Ukraine
        ("Houthi drones hit a Greek tanker in the Red Sea.", "Attack", "Houthis"),  # Red Sea
        ("Israeli tank shells killed five people in Khan Younis.", "Casualties", "Israel"),  # Gaza
        ("An RSF drone struck the power station in Merowe on Tuesday.", "Attack", "Rapid Support Forces"),  # Sudan
        ("Pakistani artillery shells hit villages in Kunar province.", "Attack", "Pakistan"),  # Afghanistan
        ("Azerbaijani mortars shelled Armenian positions near Jermuk.", "Attack", "Azerbaijan"),  # Armenia
    ],
)
def test_whose_weapon_did_it_is_the_agent(nlp, text, cls, agent):
    """"A Russian missile struck": Russia, as "a Russian air strike" is Russia's."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if load_is_a(e.type, cls))
    assert agent in role(ex, event, "agent")


def load_is_a(cls: str, ancestor: str) -> bool:
    from kg.extract.event_lexicon import load_lexicon

    return load_lexicon().is_a(cls, ancestor)


@pytest.mark.parametrize(
    "text, target",
    [
        ("MINUSCA peacekeepers repelled an attack by armed men on their base in Bangassou on Sunday.",
         "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),  # CAR
        ("Somali troops foiled an al-Shabaab assault on a base in Hiraan.", "Somalia"),  # Somalia
        ("The Malian army repulsed a jihadist attack on its camp in Boulkessi.", "Mali"),  # Mali
        ("Ukraine thwarted a Russian offensive near Pokrovsk in November.", "Ukraine"),  # Ukraine
        ("Ethiopian forces repelled an Eritrean attack on the town of Zalambessa.", "Ethiopia"),  # Ethiopia/Eritrea
        ("Syrian government troops repulsed a rebel offensive on Hama.", "Syria"),  # Syria
    ],
)
def test_who_fought_an_attack_off_was_its_target(nlp, text, target):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if load_is_a(e.type, "MilitaryAction"))
    assert target in role(ex, event, "target") and target not in role(ex, event, "agent")


@pytest.mark.parametrize(
    "text, agent",
    [
        ("Hezbollah fired rockets into northern Israel, and Israel responded with strikes on southern Lebanon.", "Israel"),  # Lebanon
        ("Ukraine retaliated with drone strikes on Russian oil refineries.", "Ukraine"),  # Ukraine
        ("The Houthis responded with missile attacks on ships in the Red Sea.", "Houthis"),  # Yemen
        ("Pakistan hit back with air strikes on militant hideouts in Afghanistan.", "Pakistan"),  # Afghanistan
        ("The Sudanese army responded with air strikes on RSF positions in Nyala.", "Sudan"),  # Sudan
        ("Azerbaijan responded with drone strikes on Armenian positions.", "Azerbaijan"),  # Armenia
    ],
)
def test_who_responds_with_an_attack_does_it(nlp, text, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = [e for e in ex.events if load_is_a(e.type, "Attack")][-1]
    assert agent in role(ex, event, "agent")


@pytest.mark.parametrize(
    "text, where",
    [
        ("Israel responded with strikes on southern Lebanon.", "Lebanon"),  # Lebanon
        ("Russian drones attacked eastern Ukraine overnight.", "Ukraine"),  # Ukraine
        ("Government forces shelled northern Ethiopia for days.", "Ethiopia"),  # Ethiopia
        ("Turkish jets bombed northern Iraq on Monday.", "Iraq"),  # Iraq/Syria
        ("Jihadists attacked central Mali again in March.", "Mali"),  # Mali
        ("Boko Haram fighters attacked northeastern Nigeria last year.", "Nigeria"),  # Nigeria
    ],
)
def test_an_area_of_a_country_is_where_not_whom(nlp, text, where):
    """"strikes on southern Lebanon": Lebanon is the place, not a target."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if load_is_a(e.type, "MilitaryAction"))
    assert place(ex, event) == where and where not in role(ex, event, "target")


@pytest.mark.parametrize(
    "text, cls, mediator",
    [
        ("The Houthis released the crew of the Galaxy Leader on Wednesday after mediation by Oman.", "Release", "Oman"),  # Yemen
        ("Israel and Hamas agreed to a ceasefire through Qatari mediation.", "Ceasefire", "Qatar"),  # Gaza
        ("Russia and Ukraine exchanged prisoners after Emirati mediation.", "Release", "United Arab Emirates"),  # Ukraine
        ("The two sides signed a truce in Doha after mediation by Qatar.", "Ceasefire", "Qatar"),  # DR Congo / M23
        ("Armenia and Azerbaijan signed a peace deal in Washington after mediation by the United States.", "Agreement", "United States"),  # Armenia
        ("Sudan's army and the RSF agreed to a truce after Egyptian mediation.", "Ceasefire", "Egypt"),  # Sudan
    ],
)
def test_the_mediator_of_the_mediation_a_clause_went_through(nlp, text, cls, mediator):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert mediator in role(ex, one(ex, cls), "mediator")


@pytest.mark.parametrize(
    "text, cls, targets",
    [
        ("The Tatmadaw detained Aung San Suu Kyi along with President Win Myint.", "Arrest", ["Aung San Suu Kyi", "Win Myint"]),  # Myanmar
        ("Soldiers arrested President Mohamed Bazoum along with his wife Hadiza.", "Arrest", ["Mohamed Bazoum"]),  # Niger
        ("Venezuelan police arrested Freddy Superlano together with Perkins Rocha.", "Arrest", ["Freddy Superlano", "Perkins Rocha"]),  # Venezuela
        ("Police detained Imran Khan along with Shah Mahmood Qureshi in Islamabad.", "Arrest", ["Imran Khan", "Shah Mahmood Qureshi"]),  # Pakistan
        ("Rebels abducted the Catholic priest Jean Bosco along with two nuns near Butembo.", "Abduction", ["Jean Bosco"]),  # DR Congo
        ("Houthi authorities detained Hans Jakobsen along with Mariam Saleh in Sanaa.", "Arrest", ["Hans Jakobsen", "Mariam Saleh"]),  # Yemen
    ],
)
def test_along_with_adds_to_what_the_verb_acts_on(nlp, text, cls, targets):
    ex = extract_text(nlp, text, published=PUBLISHED)
    got = role(ex, next(e for e in ex.events if load_is_a(e.type, cls)), "target")
    assert all(t in got for t in targets), got


@pytest.mark.parametrize(
    "text, agent, target",
    [
        ("The Pakistani army put Imran Khan under arrest.", "Pakistan", "Imran Khan"),  # Pakistan
        ("Imran Khan was placed under arrest in Islamabad.", None, "Imran Khan"),  # Pakistan, passive
        ("The Tatmadaw placed Aung San Suu Kyi under house arrest in Naypyidaw.", "Tatmadaw", "Aung San Suu Kyi"),  # Myanmar
        ("A UN convoy came under attack near Kadugli on Monday.", None, "United Nations"),  # Sudan
        ("Soldiers placed President Mohamed Bazoum under house arrest in Niamey.", "Army of Niger", "Mohamed Bazoum"),  # Niger: a story on one country, its soldiers (home_bodies)
        ("Ethiopian police placed the journalist Tesfalidet Kidane under arrest.", "Ethiopia", "Tesfalidet Kidane"),  # Ethiopia
    ],
)
def test_what_is_placed_or_comes_under_an_event_is_its_target(nlp, text, agent, target):
    """"placed X under house arrest": X arrested, by who placed; "came under attack": attacked."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if e.type in ("Arrest", "Attack"))
    assert target in role(ex, event, "target")
    if agent is not None:
        assert agent in role(ex, event, "agent")


def test_dissidents_and_peacekeepers_are_their_groups(nlp):
    """Colombia: "fighting between the ELN and FARC dissidents"; CAR: "MINUSCA peacekeepers"."""
    ex = extract_text(nlp, "Fighting between the ELN and FARC dissidents in the Catatumbo region forced thousands to flee.", published=PUBLISHED)
    assert role(ex, one(ex, "ArmedClash"), "participant") == ["National Liberation Army", "Revolutionary Armed Forces of Colombia"]


@pytest.mark.parametrize(
    "text, agent, where",
    [
        ("Thousands of people fled Zamzam camp after RSF fighters stormed it on Friday.", "Rapid Support Forces", "Zamzam"),  # Sudan
        ("The ship was sailing off Hodeidah when the Houthis attacked it.", "Houthis", "Hodeidah"),  # Red Sea
        ("Israeli forces entered Jenin camp and raided it overnight.", "Israel", "Jenin"),  # West Bank
        ("Al-Shabaab fighters reached Afgooye and attacked it at dawn.", "Al-Shabaab", "Afgooye"),  # Somalia
        ("Israeli forces reached Rafah and stormed it at dawn.", "Israel", "Rafah"),  # Gaza
        ("Gunmen surrounded Mopti and attacked it on Sunday.", "gunmen", "Mopti"),  # Mali
        ("People fled Zamzam camp after RSF fighters stormed it on Friday, the International Organization for Migration said.",
         "Rapid Support Forces", "Zamzam"),  # Sudan: not the speaker the report ends with
    ],
)
def test_it_after_an_attack_verb_is_not_the_attacker(nlp, text, agent, where):
    """"RSF fighters stormed it": not the RSF attacking itself; the place it stands for."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if load_is_a(e.type, "Attack"))
    assert agent in role(ex, event, "agent") and agent not in role(ex, event, "target")
    assert where in (place(ex, event) or "")


@pytest.mark.parametrize(
    "text, target",
    [
        ("Iran's foreign ministry condemned the Israeli strikes on its nuclear facilities on Friday.", "Iran"),  # Iran
        ("The UN condemned the attack on its compound in Kadugli.", "United Nations"),  # Sudan
        ("Sudan's army condemned the RSF shelling of its headquarters in Khartoum.", "Sudan"),  # Sudan
        ("The Houthis condemned the American air strikes on their positions in Hodeidah.", "Houthis"),  # Yemen
        ("Ukraine condemned the Russian shelling of its nuclear plant in Zaporizhzhia.", "Ukraine"),  # Ukraine
        ("MONUSCO condemned the M23 attack on its base in Sake.",
         "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"),  # DR Congo
    ],
)
def test_whose_struck_things_are_the_target(nlp, text, target):
    """"condemned the strikes on its nuclear facilities": its = the condemner's, the target."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if load_is_a(e.type, "Attack"))
    assert target in role(ex, event, "target")
