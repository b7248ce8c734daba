"""The extractor's description (model, version, KB fingerprint) is known without loading the
model, so that an unchanged reload loads no model."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_description_read_from_files_is_the_loaded_pipelines(settings, nlp):
    from kg.nlp import model_description
    from kg.nlp.pipeline import expected_model_description

    assert expected_model_description(settings) == model_description(nlp)


def test_the_kb_fingerprint_follows_the_files(tmp_path):
    from kg.nlp.kb_ruler import files_fingerprint

    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("key,label\nkhartoum,Khartoum\n", encoding="utf-8")
    b.write_text("key,label\ngoma,Goma\n", encoding="utf-8")
    first = files_fingerprint([a, b])
    assert files_fingerprint([a, b]) == first != files_fingerprint([b, a]) != files_fingerprint([a])
    b.write_text("key,label\ngoma,Goma\nbunia,Bunia\n", encoding="utf-8")
    assert files_fingerprint([a, b]) != first


def test_an_unchanged_reload_loads_no_model(tmp_path, settings, nlp, monkeypatch):
    import kg.nlp
    from kg.run import load
    from kg.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sahel.txt").write_text("Mali's junta expelled the French ambassador from Bamako on Monday.", encoding="utf-8")
    (folder / "yemen.txt").write_text("Houthi forces attacked a ship in the Red Sea near Hodeidah.", encoding="utf-8")
    with open_store(str(tmp_path / "store"), settings) as store:
        assert load([folder], store, settings, progress=False).outcomes["added"] == 2

        def no_model(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError("the model was loaded for a reload of unchanged articles")

        monkeypatch.setattr(kg.nlp, "build_pipeline", no_model)
        again = load([folder], store, settings, progress=False)
    assert again.outcomes == {"unchanged": 2}
