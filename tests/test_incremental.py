"""Incremental loads: an unchanged article is recognised before the model reads it."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_only_new_or_changed_articles_are_parsed(tmp_path, settings, monkeypatch):
    import kg.extract.pipeline as pipeline
    from kg.run import load
    from kg.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    texts = {
        "a.txt": "Sudan's army and the RSF clashed in El Fasher on Sunday.",
        "b.txt": "Kenya sent police officers to Haiti on Tuesday.",
        "c.txt": "M23 rebels entered Goma, residents said.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    # an article with a URL keeps its id when its text changes (one without is a new article)
    (folder / "b.json").write_text('{"url": "https://news.example.org/haiti-police", "published": "2024-06-25"}')
    parsed: list[str] = []
    real = pipeline.extract_doc

    def counting(doc, article, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(article.source)
        return real(doc, article, **kwargs)

    monkeypatch.setattr(pipeline, "extract_doc", counting)
    with open_store(str(tmp_path / "store"), settings) as store:
        first = load([folder], store, settings, progress=False)
        quads = len(store)
        assert first.outcomes["added"] == 3 and len(parsed) == 3
        parsed.clear()
        again = load([folder], store, settings, progress=False)
        assert again.outcomes == {"unchanged": 3} and again.articles == 3 and parsed == []
        assert len(store) == quads
        (folder / "b.txt").write_text(texts["b.txt"] + " The mission is led by Kenya.", encoding="utf-8")
        (folder / "d.txt").write_text("Mali's junta expelled a UN envoy.", encoding="utf-8")
        parsed.clear()
        third = load([folder], store, settings, progress=False)
        assert third.outcomes == {"unchanged": 2, "replaced": 1, "added": 1}
        assert sorted(p.rsplit("/", 1)[-1] for p in parsed) == ["b.txt", "d.txt"]


def test_an_unchanged_reload_imports_neither_the_extractor_nor_numpy(tmp_path):
    """A ``kg load`` that finds every article unchanged pays only for Python, the store and
    reading the inputs: the extractor, spaCy, NumPy (near-duplicate signatures) and the
    canonical layer are never imported (each costs tens of milliseconds to import)."""
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {
        "a.txt": "Houthi forces fired two missiles at a tanker in the Red Sea on Monday.",
        "b.txt": "Armed gangs blocked the main road north of Port-au-Prince, the police said.",
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    root = Path(__file__).resolve().parents[1]
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['kg', 'load', {str(folder)!r}, '--store', {store!r}, '--no-progress']\n"
        "try:\n    runpy.run_module('kg', run_name='__main__')\nexcept SystemExit as done:\n    code = done.code\n"
        "heavy = ['kg.extract.pipeline', 'spacy', 'numpy', 'kg.canon', 'kg.parallel', 'kg.sparql.lexer']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )

    def run() -> subprocess.CompletedProcess:  # type: ignore[type-arg]
        return subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True)

    first = run()
    assert "2 added" in first.stderr and "kg.extract.pipeline" in first.stdout  # the probe sees imports
    again = run()
    assert "2 unchanged" in again.stderr, again.stderr
    assert again.stdout.strip() == "[]"
