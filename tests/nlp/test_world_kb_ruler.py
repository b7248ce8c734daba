"""The world knowledge base through the real pipeline: names of other crises become linked,
typed entities (kg/nlp/kb_ruler.py over ontology/kb/world-*.csv), and the ruler's patterns
come from the on-disk cache on a second build."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import extract_text
from kg.kb import KnowledgeBase
from kg.nlp import kb_ruler
from kg.nlp.factories import KB_RULER
from kg.nlp.kb_ruler import KBEntityRuler


def linked(ex) -> dict[str, tuple[str, str, str | None, str | None]]:
    """Surface -> (label, most specific type, Wikidata id, KB key's local name) of linked mentions."""
    out = {}
    for mention in ex.mentions:
        entity = ex.entities[mention.entity]
        if entity.kb_key:
            out[mention.span.text] = (entity.label, entity.types[0], entity.wikidata, entity.kb_key.rsplit("/", 1)[-1])
    return out


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (  # Qatar mediating between the DR Congo and Rwanda
            "Mediator Qatar said on Monday that talks between the DRC and Rwanda would resume in Doha.",
            {
                "Qatar": ("Qatar", "Country", "Q846", "qatar"),
                "DRC": ("DR Congo", "Country", "Q974", "dr_congo"),
                "Rwanda": ("Rwanda", "Country", "Q1037", "rwanda"),
            },
        ),
        (  # Sudan
            "The RSF attacked El Fasher, the capital of North Darfur, on Sunday, the Sudanese Armed Forces said.",
            {
                "RSF": ("Rapid Support Forces", "Organization", None, "rsf"),
                "North Darfur": ("North Darfur", "AdministrativeArea", None, "sudan_northern_darfur_55"),
                "Sudanese Armed Forces": ("Sudanese Armed Forces", "GovernmentOrganization", None, "saf"),
            },
        ),
        (  # DR Congo
            "M23 rebels seized towns in North Kivu while the FARDC withdrew.",
            {
                "M23 rebels": ("M23", "Organization", None, "m23"),
                "North Kivu": ("North Kivu", "AdministrativeArea", None, "dr_congo_nord_kivu_11"),
                "FARDC": ("Armed Forces of the Democratic Republic of the Congo", "GovernmentOrganization", None, "fardc"),
            },
        ),
        (  # Myanmar
            "Pyu Saw Htee militias attacked villages in Sagaing Region, the NUG said.",
            {
                "Pyu Saw Htee": ("Pyu Saw Htee", "Organization", None, "pyu_saw_htee"),
                "Sagaing Region": ("Sagaing Region", "AdministrativeArea", None, "myanmar_sagain_10"),
                "NUG": ("National Unity Government", "GovernmentOrganization", None, "nug"),
            },
        ),
        (  # Haiti
            "Viv Ansanm and the G9 clashed with the Kenya-led Multinational Security Support mission.",
            {
                "Viv Ansanm": ("Viv Ansanm", "Organization", None, "viv_ansanm"),
                "G9": ("G9", "Organization", None, "g9"),
            },
        ),
        (  # Red Sea / Yemen
            "Yemen's Houthis fired missiles at ships, according to Egypt and the UN Security Council.",
            {
                "Yemen": ("Yemen", "Country", "Q805", "yemen"),
                "Houthis": ("Houthis", "Organization", None, "houthis"),
                "Egypt": ("Egypt", "Country", "Q79", "egypt"),
                "UN Security Council": ("United Nations Security Council", "Organization", "Q37470", "unsc"),
            },
        ),
        (  # Mali and the Sahel
            "JNIM fighters attacked a convoy in Mali; the Wagner Group and ECOWAS condemned it.",
            {
                "JNIM": ("Jama'at Nusrat al-Islam wal-Muslimin", "Organization", None, "jnim"),
                "Mali": ("Mali", "Country", "Q912", "mali"),
                "Wagner Group": ("Wagner Group", "Organization", None, "wagner_group"),
                "ECOWAS": ("Economic Community of West African States", "Organization", "Q193272", "ecowas"),
            },
        ),
        (  # Ukraine
            "Russian forces shelled Kharkiv Oblast overnight, the Armed Forces of Ukraine said.",
            {
                "Kharkiv Oblast": ("Kharkiv Oblast", "AdministrativeArea", None, "ukraine_kharkiv_07"),
                "Armed Forces of Ukraine": ("Armed Forces of Ukraine", "GovernmentOrganization", None, "armed_forces_of_ukraine"),
            },
        ),
    ],
)
def test_world_names_become_linked_entities_of_the_right_type(nlp, text: str, expected: dict) -> None:
    found = linked(extract_text(nlp, text))
    for surface, value in expected.items():
        assert found.get(surface) == value, (surface, found)


@pytest.mark.model
def test_one_node_for_the_names_of_one_armed_force(nlp) -> None:
    ex = extract_text(nlp, "The Sudanese Armed Forces said the SAF held the bridge, and the Sudanese army would keep it.")
    keys = {ex.entities[m.entity].key for m in ex.mentions if m.span.text in ("Sudanese Armed Forces", "SAF", "Sudanese army")}
    assert len(keys) == 1


@pytest.mark.model
def test_capitals_and_demonyms_of_other_crises_resolve_to_their_country(nlp) -> None:
    ex = extract_text(nlp, "Kyiv said the strikes hit civilians. Yemeni officials denied it.")
    found = linked(ex)
    assert found["Kyiv"][3] == "ukraine"  # the capital stands for the country
    assert found["Yemeni officials"][3] == "yemen"


@pytest.mark.model
def test_world_names_keep_their_case_rules(nlp) -> None:
    """Abbreviations match in capitals only; a division's type word may be in either case."""
    found = linked(extract_text(nlp, "The rsf and the saf, she said, and Idlib province and Helmand Province."))
    assert "rsf" not in found and "saf" not in found
    assert found["Idlib province"][1] == "AdministrativeArea"
    assert found["Helmand Province"][1] == "AdministrativeArea"


def test_a_second_ruler_takes_its_patterns_from_the_cache(monkeypatch, tmp_path: Path) -> None:
    import spacy

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    blank = spacy.blank("en")
    kb = KnowledgeBase.default()
    built = []
    real = kb_ruler._build_patterns

    def counting(nlp, kb):
        built.append(len(kb))
        return real(nlp, kb)

    monkeypatch.setattr(kb_ruler, "_build_patterns", counting)
    first = KBEntityRuler(blank, KB_RULER, kb)
    second = KBEntityRuler(blank, KB_RULER, kb)
    assert built == [len(kb)]  # built once, then read from the cache
    assert first.n_patterns == second.n_patterns > 20000
    text = blank("Mediator Qatar met the RSF in Khartoum.")
    assert [e.text for e in second(text).ents] == ["Qatar", "RSF", "Khartoum"]
