"""The rebuilding of derived WikiEvents train records (bench/wikievents_derived.py) and the
committed sample it wrote (bench/data/wikievents/train-derived): no model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .loader import bench_script

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bench" / "data" / "wikievents" / "train-derived"


@pytest.fixture(scope="module")
def wd():
    yield from bench_script("wikievents_derived")


@pytest.fixture(scope="module")
def we():
    yield from bench_script("wikievents")


RECORD = {
    "docid": "doc_1",
    "tokens": ["Police", "said", "the", "U", ".", "S", ".", "embassy", "was", "hit", ".",
               "Omar", "Ali", "'", "s", "men", "attacked", "the", "base", "in", "Gao", ",", "police", "said", "."],
    "sentences": [],
    "event_mentions": [
        # the derived copy puts the trigger on the first "said"; its argument is in the second sentence
        {"event_type": "Contact.Contact", "trigger": {"start_idx": 1, "end_idx": 2, "text": "said"},
         "arguments": [{"role": "Communicator", "text": "police"}]},
        {"event_type": "Conflict.Attack", "trigger": {"start_idx": 16, "end_idx": 17, "text": "attacked"},
         "arguments": [{"role": "Attacker", "text": "Omar Ali"}, {"role": "Place", "text": "Gao"},
                       {"role": "Instrument", "text": "rockets"}]},
        {"event_type": "Life.Die", "trigger": {"start_idx": 0, "end_idx": 0, "text": "kil"}, "arguments": []},
    ],
}


def test_convert_rebuilds_text_moves_triggers_and_types_arguments(wd, we):
    rec, coref, (args_dropped, events_dropped) = wd.convert(RECORD)
    assert (args_dropped, events_dropped) == (1, 1)  # "rockets" is not in the text; the empty trigger
    doc = we.parse_doc(rec, coref["clusters"])
    assert doc.text == "Police said the U.S. embassy was hit. Omar Ali's men attacked the base in Gao, police said."
    said, attacked = doc.events
    assert (said.type, said.text, doc.text[said.start - 7:said.start]) == ("Contact.Contact.Unspecified", "said", "police ")
    assert attacked.type == "Conflict.Attack.Unspecified"
    names = {doc.mentions[a.entity].text: (a.role, doc.mentions[a.entity].named) for a in attacked.arguments}
    assert names == {"Omar Ali": ("Attacker", True), "Gao": ("Place", True)}


def test_the_committed_sample_reads_with_its_check_set(we):
    docs = we.read_split("train", SAMPLE)
    assert len(docs) == 69
    check = we.read_doc_ids(SAMPLE / "check-train.txt")
    assert len(we.select_docs(docs, keep=check)) == 23
    assert len(we.select_docs(docs, drop=check)) == 46
    assert not {json.loads(line)["doc_id"] for line in (ROOT / "bench/data/wikievents/dev.jsonl").read_text().splitlines()
                if line.strip()} & {d.id for d in docs}
