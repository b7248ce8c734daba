"""The WikiEvents scorer (bench/wikievents.py) on small hand-made documents: no model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .loader import bench_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def we():
    yield from bench_script("wikievents")


ONTOLOGY = """
@prefix kgo: <https://w3id.org/kg-news/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kgo:Event a owl:Class .
kgo:MilitaryAction a owl:Class ; rdfs:subClassOf kgo:Event .
kgo:Attack a owl:Class ; rdfs:subClassOf kgo:MilitaryAction .
kgo:AirStrike a owl:Class ; rdfs:subClassOf kgo:Attack .
kgo:Casualties a owl:Class ; rdfs:subClassOf kgo:Event .
kgo:Statement a owl:Class ; rdfs:subClassOf kgo:Event .
"""

MAPPING = """# comment
Conflict.Attack.*\tMilitaryAction\tnote
Conflict.Attack.DetonateExplode\tAirStrike
Life.Die.*\tCasualties,NoSuchClass
Justice.*\t-
"""


@pytest.fixture()
def types(we, tmp_path):
    onto_path = tmp_path / "events.ttl"
    onto_path.write_text(ONTOLOGY)
    map_path = tmp_path / "map.tsv"
    map_path.write_text(MAPPING)
    return we.TypeMap.read(map_path, we.Ontology.read(onto_path))


def test_type_map_reads_subclasses_from_the_ontology_and_prefers_the_longest_rule(types):
    assert types.classes("Conflict.Attack.Unspecified") == {"MilitaryAction", "Attack", "AirStrike"}
    assert types.classes("Conflict.Attack.DetonateExplode") == {"AirStrike"}  # exact line wins
    assert types.classes("Life.Die.Unspecified") == {"Casualties"}
    assert types.classes("Justice.Sentence.Unspecified") == set()  # "-": not covered
    assert types.rule("Disaster.Crash.Unspecified") is None  # no line at all
    assert any("NoSuchClass" in w for w in types.warnings)


def _record():
    """A two-sentence WikiEvents record: a headline without a full stop, then a sentence."""
    s1 = ["Bomb", "kills", "two", "in", "Mogadishu"]
    s2 = ["Al-Shabaab", "said", "its", "fighters", "attacked", "the", "base", "in", "Mogadishu", "."]
    t1, t2 = " ".join(s1), " ".join(s2[:-1]) + "."

    def offsets(tokens, text, base):  # WikiEvents: document offsets, one char between sentences
        out, pos = [], 0
        for t in tokens:
            pos = text.index(t, pos)
            out.append([t, base + pos, base + pos + len(t)])
            pos += len(t)
        return out

    toks1, toks2 = offsets(s1, t1, 0), offsets(s2, t2, len(t1) + 1)
    ents = [
        {"id": "d-T1", "start": 4, "end": 5, "entity_type": "GPE", "mention_type": "UNK", "text": "Mogadishu"},
        {"id": "d-T2", "start": 5, "end": 6, "entity_type": "ORG", "mention_type": "UNK", "text": "Al-Shabaab"},
        {"id": "d-T3", "start": 7, "end": 9, "entity_type": "PER", "mention_type": "UNK", "text": "its fighters"},
        {"id": "d-T4", "start": 13, "end": 14, "entity_type": "GPE", "mention_type": "UNK", "text": "Mogadishu"},
        {"id": "d-T5", "start": 10, "end": 12, "entity_type": "FAC", "mention_type": "UNK", "text": "the base"},
    ]
    events = [
        {"id": "d-E1", "event_type": "Life.Die.Unspecified", "trigger": {"start": 1, "end": 2, "text": "kills"},
         "arguments": [{"entity_id": "d-T1", "role": "Place", "text": "Mogadishu"}]},
        {"id": "d-E2", "event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 9, "end": 10, "text": "attacked"},
         "arguments": [{"entity_id": "d-T3", "role": "Attacker", "text": "its fighters"},
                       {"entity_id": "d-T5", "role": "Target", "text": "the base"},
                       {"entity_id": "d-T4", "role": "Place", "text": "Mogadishu"}]},
        {"id": "d-E3", "event_type": "Justice.Sentence.Unspecified", "trigger": {"start": 6, "end": 7, "text": "said"},
         "arguments": []},
    ]
    return {"doc_id": "d", "tokens": s1 + s2, "sentences": [[toks1, t1], [toks2, t2]],
            "entity_mentions": ents, "event_mentions": events}


def test_parse_doc_rebuilds_the_text_with_exact_offsets(we):
    doc = we.parse_doc(_record(), [["d-T1", "d-T4"]])
    assert doc.text.startswith("Bomb kills two in Mogadishu\n\nAl-Shabaab said")  # headline, blank line
    assert [doc.text[e.start:e.end] for e in doc.events] == ["kills", "attacked", "said"]
    assert doc.mentions["d-T4"].text == "Mogadishu"
    assert {m.text for m in doc.corefs("d-T4")} == {"Mogadishu"} and len(doc.corefs("d-T4")) == 2
    assert doc.mentions["d-T2"].named and doc.mentions["d-T1"].named
    assert not doc.mentions["d-T3"].named  # "its fighters"
    assert not doc.mentions["d-T5"].named  # FAC, but no name


def test_is_name_tells_names_from_words_capitalised_by_position(we):
    common = {"police", "the", "we"}
    assert we.is_name(["Police"], sentence_initial=False, headline=False, common=common)  # mid-sentence capital
    assert not we.is_name(["Police"], sentence_initial=True, headline=False, common=common)
    assert we.is_name(["Houthis"], sentence_initial=True, headline=False, common=common)
    assert not we.is_name(["Kills"], sentence_initial=False, headline=True, common={"kills"})
    assert not we.is_name(["We"], sentence_initial=False, headline=False, common=common)  # a pronoun
    assert not we.is_name(["the", "army"], sentence_initial=False, headline=False, common=common)


def test_score_counts_triggers_types_and_attached_named_arguments(we, types):
    doc = we.parse_doc(_record(), [["d-T1", "d-T4"], ["d-T2", "d-T3"]])
    at = lambda word, k=0: [i for i in range(len(doc.text)) if doc.text.startswith(word, i)][k]  # noqa: E731
    mog1, mog2, shab = at("Mogadishu"), at("Mogadishu", 1), at("Al-Shabaab")
    kills, attacked, said = at("kills"), at("attacked"), at("said")
    preds = [
        # a compatible kg event on "kills", its place the other mention of Mogadishu (coreferent)
        we.KgEvent("Casualties", kills, kills + 5, "kills", (("place", ((mog2, mog2 + 9),)),)),
        # a compatible kg event on "attacked" whose agent is Al-Shabaab (coreferent with "its fighters")
        we.KgEvent("Attack", attacked, attacked + 8, "attacked", (("agent", ((shab, shab + 10),)),)),
        # a statement on "said": overlaps a gold trigger of a type kg does not cover
        we.KgEvent("Statement", said, said + 4, "said", ()),
        # an event on no gold trigger
        we.KgEvent("AirStrike", 0, 4, "Bomb", ()),
    ]
    roles = {"Place": {"place"}, "Attacker": {"agent"}}
    r = we.score([doc], {"d": preds}, types, roles)
    assert r["gold_events_covered"] == 2 and r["gold_events_not_covered"] == 1
    assert r["trigger_recall"] == 1.0
    assert r["trigger_precision"] == 0.75  # 3 of 4 kg events on a gold trigger
    assert r["kg_events_covered_classes"] == 3  # Statement maps to nothing here
    # named arguments of found triggers: Mogadishu (E1 Place), Mogadishu (E2 Place); "its
    # fighters" is not a name and "the base" is not one either
    assert r["named_arguments_of_found_triggers"] == 2
    assert r["argument_attachment_named"] == 0.5  # E1's place attached, E2's place not
    assert r["attachment_by_role"]["Place"] == {"gold": 2, "attached": 1, "attached_compatible_role": 1, "rate": 0.5}


def test_score_needs_a_compatible_type_for_recall(we, types):
    doc = we.parse_doc(_record(), [])
    kills = doc.text.index("kills")
    r = we.score([doc], {"d": [we.KgEvent("Attack", kills, kills + 5, "kills", ())]}, types, {})
    assert r["trigger_found"] == 0  # Life.Die wants Casualties, not Attack
    assert r["trigger_precision"] == 1.0  # but the kg event is on a gold trigger


def test_precision_read_counts_only_kg_events_read_as_real(we, types, tmp_path):
    doc = we.parse_doc(_record(), [])
    kills, said = doc.text.index("kills"), doc.text.index("said")
    preds = [we.KgEvent("Casualties", kills, kills + 5, "kills", ()),  # on a gold trigger
             we.KgEvent("AirStrike", 0, 4, "Bomb", ()),  # read: real
             we.KgEvent("Attack", said, said + 4, "said", ()),  # on a gold trigger too
             we.KgEvent("Attack", 11, 14, "two", ())]  # on none, never read
    table = tmp_path / "adjudicated-dev.tsv"
    table.write_text("doc\tstart\tend\ttrigger\tkg_class\tverdict\tnote\n"
                     "d\t0\t4\tBomb\tAirStrike\treal\ta bombing\n"
                     "d\t0\t4\tBomb\tAttack\tnot-event\tanother class on the same words: not this event\n",
                     encoding="utf-8")
    r = we.score([doc], {"d": preds}, types, {}, we.read_adjudication(table))
    assert r["trigger_precision"] == 0.5
    assert r["kg_events_unmatched_read"] == 1 and r["kg_events_unmatched_read_real"] == 1
    assert r["trigger_precision_read"] == 0.75  # 2 on gold + 1 read real, of 4; the unread one counts wrong
    assert [u["trigger"] for u in r["unread"]] == ["two"]
    table.write_text("d\t0\t4\tBomb\tAirStrike\tmaybe\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="row 1"):
        we.read_adjudication(table)
    assert we.read_adjudication(tmp_path / "none.tsv") == {}


def test_a_subset_of_documents_is_scored_by_id_and_a_misspelt_id_is_an_error(we, tmp_path):
    docs = [we.parse_doc(dict(_record(), doc_id=i), []) for i in ("a", "b", "c")]
    ids = tmp_path / "check.txt"
    ids.write_text("# check set\nb  # kept out of tuning\n\nc\n", encoding="utf-8")
    assert we.read_doc_ids(ids) == {"b", "c"}
    assert [d.id for d in we.select_docs(docs, keep=we.read_doc_ids(ids))] == ["b", "c"]
    assert [d.id for d in we.select_docs(docs, drop=we.read_doc_ids(ids))] == ["a"]
    assert [d.id for d in we.select_docs(docs)] == ["a", "b", "c"]
    with pytest.raises(SystemExit, match="not in this split: x"):
        we.select_docs(docs, drop={"b", "x"})
    with pytest.raises(SystemExit, match="not found"):
        we.read_doc_ids(tmp_path / "none.txt")
    # the committed check set names dev documents only
    dev = [we.parse_doc(json.loads(line), []) for line in
           (we.DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(we.select_docs(dev, keep=we.read_doc_ids(we.DATA / "check-dev.txt"))) == 7


def test_committed_mapping_fits_kg_ontology_and_the_data(we):
    """The mapping names only classes kg's ontology has, and covers every KAIROS type of dev/test."""
    types = we.TypeMap.read(we.DATA / "kairos-to-kg.tsv", we.Ontology.read(ROOT / "ontology" / "events.ttl"))
    assert types.warnings == []
    for split in ("dev", "test"):
        for line in (we.DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line)["event_mentions"]:
                assert types.rule(ev["event_type"]) is not None, ev["event_type"]
