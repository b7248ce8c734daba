"""The wheel users install carries the ontology, the query library and the example."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_ontology_queries_and_examples(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("ontology", "queries", "examples"):
        shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()}
        for rel in shipped:
            assert f"kg/_data/{rel}" in names, rel
    assert "kg/py.typed" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_resources_resolve_in_a_checkout():
    from kg.resources import examples_dir, ontology_dir, queries_dir

    assert (ontology_dir() / "kg.ttl").is_file()
    assert queries_dir().is_dir()
    assert (examples_dir() / "politico-2023-09-19.txt").is_file()


def test_import_does_no_work():
    code = "import sys, kg, kg.cli, kg.store, kg.export, kg.query; print(sorted(m for m in ('spacy', 'pyoxigraph', 'trafilatura', 'networkx') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
