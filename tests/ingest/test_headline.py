"""A plain text's first line as its headline (issue 13: `kg query articles` showed blank rows).

The headline stays in the text: offsets are those of the file's text.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.ingest import read_articles

ROOT = Path(__file__).resolve().parents[2]

STORIES = {  # several crises, several headline styles
    "somalia.txt": ("Floods cut off Beledweyne as Shabelle river bursts its banks",
                    "\n\nThe Shabelle river rose overnight, OCHA said on Tuesday.\n"),
    "haiti.md": ("# Gangs seize Mirebalais after attack on prison", "\nResidents fled towards Saut-d'Eau.\n"),
    "ukraine.txt": ("Why Kharkiv's power grid keeps failing?", "\n\nRussian strikes hit substations again.\n"),
    "myanmar.txt": ("“We have nowhere to go”: Rohingya flee Maungdaw fighting",
                    "\n\nThe Arakan Army said on Monday it had taken the town.\n"),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_first_line_is_the_headline_and_stays_in_the_text(tmp_path, name):
    first, body = STORIES[name]
    (tmp_path / name).write_text(first + body, encoding="utf-8")
    (article,) = read_articles([tmp_path / name])
    assert article.title == first.lstrip("# ")
    assert article.text.startswith(first)  # kept: offsets are the file's
    i = article.text.index(first.lstrip("# ").split()[-1])
    assert article.text[i:].startswith(first.lstrip("# ").split()[-1])


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan on Tuesday announced a new offensive in Nagorno-Karabakh.\n\nMore follows.\n",  # a sentence
        "Geneva, 11 April 2023\n\nThe High Commissioner condemned the airstrike.\n",  # a dateline
        "Rebels took Bunia on Friday and the army withdrew\n",  # nothing follows
        "Fighting continued in Nyala, where the army and the Rapid Support Forces have fought for weeks, and"
        " residents said that water and food were running out across the whole of the city and its camps\n\nMore.\n",  # too long
        "the army said\n\nthat it had withdrawn.\n",  # not a capital
    ],
)
def test_lines_that_are_not_headlines(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (article,) = read_articles([tmp_path / "a.txt"])
    assert article.title is None


def test_a_sidecar_title_wins(tmp_path):
    (tmp_path / "a.txt").write_text("Strikes hit Hodeidah port\n\nThe port was closed.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "Hodeidah port closed after strikes"}), encoding="utf-8")
    (article,) = read_articles([tmp_path / "a.txt"])
    assert article.title == "Hodeidah port closed after strikes"


def test_seed_first_line_is_a_sentence_not_a_headline():
    from kg.ingest.text import headline_of

    assert headline_of((ROOT / "examples" / "politico-2023-09-19.txt").read_text(encoding="utf-8")) is None


@pytest.mark.model
def test_stdin_gets_the_same_headline_through_kg_load(tmp_path):
    store = tmp_path / "store"
    text = "Rapid Support Forces shell El Fasher camps\n\nShelling hit Abu Shouk camp on Sunday, aid groups said.\n"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "kg", "load", "-", "--store", str(store)], input=text.encode(),
                         capture_output=True, env=env, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr.decode()
    q = subprocess.run([sys.executable, "-m", "kg", "query", "articles", "--store", str(store), "--format", "csv"],
                       capture_output=True, env=env, cwd=ROOT, timeout=600)
    assert q.returncode == 0, q.stderr.decode()
    assert "Rapid Support Forces shell El Fasher camps" in q.stdout.decode()
