"""kg/cluster: extraction on a Dask cluster of 2 worker processes on loopback, into shards
that `kg bulk-load` turns into the very store `kg load` of the same articles makes."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import Settings
from kg.errors import ClusterError
from kg.store import open_store
from kg.store.bulk import load_nquads

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "world" / "dev" / "articles"
# six crises: DR Congo, Gaza, Haiti, Myanmar, Sudan, Yemen (a sidecar .json gives each its metadata)
ARTICLES = [
    DEV / f"{name}.txt"
    for name in (
        "drc-goma-offensive-2025-01",
        "gaza-security-council-rafah-2024-05",
        "haiti-security-council-press-statement-2024-03",
        "myanmar-sagaing-pazigyi-airstrike-2023-04",
        "sudan-zamzam-abu-shouk-attacks-2025-04",
        "yemen-us-uk-strikes-houthis-2024-01",
    )
]
MORE = DEV / "mali-kidal-offensive-2023.txt"
SETTINGS = Settings()


@pytest.fixture(scope="module")
def client():
    """Two worker processes, one thread each, scheduler and workers on 127.0.0.1."""
    distributed = pytest.importorskip("distributed", reason="the distributed extra is not installed: pip install -e '.[distributed]'")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def _quads(store) -> set[str]:
    import io

    out = io.BytesIO()
    store.dump(out, format="nquads")
    return {line for line in out.getvalue().decode("utf-8").splitlines() if line}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """The six articles through `kg load` (one article at a time, each its own update)."""
    from kg.run import load

    path = tmp_path_factory.mktemp("load") / "store"
    with open_store(str(path), SETTINGS) as store:
        report = load(ARTICLES, store, SETTINGS, progress=False)
    assert report.outcomes["added"] == 6 and not report.skipped
    return path


def test_shards_bulk_loaded_are_the_quads_kg_load_writes(client, loaded, tmp_path):
    from kg.cluster import extract_shards
    from kg.run import relink

    shards = tmp_path / "shards"
    report = extract_shards(ARTICLES, shards, SETTINGS, cluster=client, partition_size=4)
    assert not report.skipped, report.skipped
    assert report.articles == 6 and report.partitions == 2 and report.workers == 2
    assert [p.name for p in report.shards] == ["part-000000.nq", "part-000001.nq"]
    assert sorted(p.name for p in shards.iterdir()) == ["part-000000.nq", "part-000001.nq"]  # no temporary left

    with open_store(str(tmp_path / "bulk"), SETTINGS) as store:
        result = load_nquads(store, shards)
        assert result.files == 2 and result.replaced == 0
        relink(store, SETTINGS)  # what `kg bulk-load` does after the files: near-duplicates, canonical events
        bulk = _quads(store)
        assert len(store.article_ids()) == 6
        again = load_nquads(store, shards)  # loading the shards again changes nothing
        relink(store, SETTINGS)
        assert again.replaced == 6 and _quads(store) == bulk
    with open_store(str(loaded), SETTINGS, read_only=True) as store:
        expected = _quads(store)
    assert len(expected) > 1000
    assert bulk == expected


def test_unchanged_articles_are_not_sent_and_failures_are_reported_alone(client, loaded, tmp_path):
    from kg.cluster import extract_shards

    french = tmp_path / "bamako.txt"
    french.write_text(
        "Les combats ont repris dimanche près de Kidal, dans le nord du Mali, selon des sources locales. "
        "L'armée malienne et ses alliés ont pilonné les positions des groupes armés pendant toute la nuit, "
        "et des centaines de familles ont fui vers la frontière algérienne, a indiqué un responsable.\n",
        encoding="utf-8",
    )
    with open_store(str(loaded), SETTINGS, read_only=True) as store:
        report = extract_shards([*ARTICLES, MORE, french], tmp_path / "shards", SETTINGS, cluster=client, store=store)
    assert report.outcomes["unchanged"] == 6
    assert report.articles == 7  # six unchanged, one extracted; the French text refused
    assert len(report.skipped) == 1 and "bamako.txt" in report.skipped[0], report.skipped
    (shard,) = report.shards
    from kg.ingest import read_articles
    from kg.rdf import Iris
    from kg.store.bulk import graphs_in_nquads

    (mali,) = read_articles([MORE])
    iris = Iris(SETTINGS.base_iri)
    articles = {g for g in graphs_in_nquads(shard) if g.startswith(iris.article_graph_prefix)}
    assert articles == {str(iris.article_graph(mali.id))}


def test_a_folder_holding_shards_is_refused_before_any_work(tmp_path):
    from kg.cluster import extract_shards

    (tmp_path / "part-000000.nq").write_text("")
    with pytest.raises(ClusterError, match="already holds N-Quads files"):
        extract_shards(ARTICLES, tmp_path, SETTINGS, cluster="tcp://127.0.0.1:9")


def test_an_unreachable_scheduler_is_one_clear_error():
    pytest.importorskip("distributed")
    from kg.cluster import connect

    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with connect("tcp://127.0.0.1:9", timeout=1):
            pass


def test_the_article_time_limit_holds_on_the_workers(client, tmp_path):
    """Tasks run in worker threads, where no signal arrives: the limit still stops each article."""
    from kg.cluster import extract_shards

    hurried = SETTINGS.evolve(article_timeout=0.000_001)
    report = extract_shards(ARTICLES[:2], tmp_path / "shards", hurried, cluster=client)
    assert report.shards == [] and report.articles == 0
    assert len(report.skipped) == 2 and all("took longer than the limit" in line for line in report.skipped), report.skipped
