"""kg/canon/records.py: an article's event records read of its triples before they are stored
(:func:`article_events`, what ``kg load``'s workers send with each article) are the records
:func:`read_article_events` reads back from the store, on dev news of several crises and on an
undated report (its day is then the latest its events name)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DEV = Path(__file__).resolve().parents[2] / "corpus" / "world" / "dev" / "articles"
STORIES = ["drc-goma-offensive-2025-01", "mali-kidal-offensive-2023", "myanmar-rakhine-arakan-army-offensive-2024",
           "haiti-security-council-press-statement-2024-03", "ethiopia-tigray-mekelle-airstrikes-2021-10",
           "gaza-security-council-rafah-2024-05"]


@pytest.fixture(scope="module")
def rdfs(settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf

    undated = tmp_path_factory.mktemp("undated") / "sudan-el-fasher.txt"
    undated.write_text("Shelling in El Fasher\n\nThe RSF shelled a market in El Fasher on 14 June 2024, killing 12 "
                       "people, medics said. On 16 June 2024 the army said it had repelled an attack on the city.",
                       encoding="utf-8")
    undated.with_suffix(".json").write_text(json.dumps({"url": "https://example.org/el-fasher"}), encoding="utf-8")
    paths = [DEV / f"{name}.txt" for name in STORIES] + [undated]
    return list(extract_rdf(read_articles(paths), settings, Report()))


@pytest.mark.parametrize("where", ["memory:", "folder"])
def test_records_read_of_an_articles_triples_are_those_read_from_the_store(rdfs, settings, tmp_path, where):
    from kg.canon.records import article_events, read_article_events
    from kg.store import open_store

    with open_store(where if where == "memory:" else str(tmp_path / "store"), settings) as store:
        for rdf in rdfs:
            store.put_article(rdf)
        events = 0
        for rdf in rdfs:
            before = article_events(str(rdf.graph), str(store.iris.article(rdf.article_id)), rdf.claim_triples)
            assert before == read_article_events(store, [rdf.article_id]), rdf.article_id
            events += len(before)
        assert events > 50
        undated = rdfs[-1]  # (the inputs are read in the order given)
        days = {rec.published for rec in read_article_events(store, [undated.article_id]).values()}
        assert days == {date(2024, 6, 16)}
