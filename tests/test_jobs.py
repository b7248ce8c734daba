"""``--jobs``: kg's extraction in forked workers writes what one process writes, in the
same order, and one article's failure (or a worker's death) costs that article alone.

On real, varied news (corpus/world/dev/articles), with the real model and a real
embedded store; small batches so that every worker gets several.
"""
from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")]

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "corpus" / "world" / "dev" / "articles"


@pytest.fixture(scope="module")
def news() -> list[Path]:
    """A dozen real articles (text files with their metadata sidecars)."""
    texts = sorted(NEWS.glob("*.txt"))[:12]
    assert len(texts) == 12
    return texts


@pytest.fixture(scope="module")
def small_batches(settings):
    return replace(settings, batch_size=3)


def _extract(paths, settings, jobs: int):  # type: ignore[no-untyped-def]
    from kg.run import extract_to

    out = io.BytesIO()
    report = extract_to(paths, out, settings, jobs=jobs)
    return out.getvalue(), report


@pytest.fixture(scope="module")
def one_job(news, small_batches, nlp):
    return _extract(news, small_batches, 1)


def test_extract_with_two_jobs_writes_the_same_bytes(news, small_batches, one_job):
    serial, serial_report = one_job
    parallel, report = _extract(news, small_batches, 2)
    assert serial_report.articles == report.articles == len(news)
    assert not report.skipped
    assert parallel == serial


def _dying_on(monkeypatch, victim: str, how: str) -> None:  # type: ignore[no-untyped-def]
    """Make reading ``victim`` out fail in a worker: an exception, or the worker's death."""
    import kg.extract.pipeline as pipeline

    real = pipeline.extract_doc
    parent = os.getpid()

    def extract_doc(doc, article, **kwargs):  # type: ignore[no-untyped-def]
        if (article.source or "").endswith(victim):
            if how == "exit" and os.getpid() != parent:
                os._exit(3)
            raise RuntimeError("reading out broke")
        return real(doc, article, **kwargs)

    monkeypatch.setattr(pipeline, "extract_doc", extract_doc)


@pytest.mark.parametrize("how", ["raise", "exit"])
def test_a_failing_article_in_a_worker_costs_that_article_alone(news, small_batches, one_job, monkeypatch, how):
    victim = news[4]  # in the second batch, with two others
    _dying_on(monkeypatch, victim.name, how)
    out, report = _extract(news, small_batches, 2)
    assert report.articles == len(news) - 1
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith(str(victim)), report.skipped
    assert ("its worker process exited with code 3" if how == "exit" else "reading out broke") in report.skipped[0]
    # the others, as one process writes them, in their order
    expected, _ = _extract([p for p in news if p != victim], small_batches, 1)
    assert _blocks(out) == _blocks(expected)


def _blocks(nquads: bytes) -> list[str]:
    """The article graphs in the order written (the shared entities graph left out)."""
    graphs: list[str] = []
    for line in nquads.decode("utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        if "/graph/entities" not in graph and (not graphs or graphs[-1] != graph):
            graphs.append(graph)
    return graphs


def _load(paths, settings, store_dir: Path, jobs: int):  # type: ignore[no-untyped-def]
    from kg.run import load
    from kg.store import open_store

    written: list[str] = []
    with open_store(str(store_dir), settings) as store:
        put = store.put_article

        def record(rdf):  # type: ignore[no-untyped-def]
            written.append(rdf.article_id)
            return put(rdf)

        store.put_article = record  # type: ignore[method-assign]
        report = load(paths, store, settings, progress=False, jobs=jobs)
        dump = io.BytesIO()
        store.dump(dump)
    return set(dump.getvalue().decode("utf-8").splitlines()), written, report


def test_load_with_two_jobs_stores_the_same_quads_in_the_same_order(news, small_batches, tmp_path, nlp):
    serial, serial_order, serial_report = _load(news, small_batches, tmp_path / "one", 1)
    parallel, order, report = _load(news, small_batches, tmp_path / "two", 2)
    assert serial_report.outcomes["added"] == report.outcomes["added"] == len(news)
    assert order == serial_order
    assert len(parallel) > 1000
    assert parallel == serial
    # loaded again: nothing is parsed, nothing forked
    again, _, report = _load(news, small_batches, tmp_path / "two", 2)
    assert report.outcomes == {"unchanged": len(news)} and again == parallel


def test_load_with_two_jobs_goes_on_past_a_dead_worker(news, small_batches, tmp_path, monkeypatch, nlp):
    victim = news[7]
    _dying_on(monkeypatch, victim.name, "exit")
    _, order, report = _load(news, small_batches, tmp_path / "store", 2)
    assert report.outcomes["added"] == len(news) - 1
    assert [line.split(":")[0] for line in report.skipped] == [str(victim)]
    assert len(order) == len(news) - 1


def test_the_jobs_option_reaches_the_command(news, tmp_path, capsysbinary, one_job, monkeypatch):
    from kg.cli import main

    monkeypatch.setenv("KG_BATCH_SIZE", "3")
    out = tmp_path / "out.nq"
    assert main(["extract", *map(str, news), "--jobs", "2", "-o", str(out)]) == 0
    assert out.read_bytes() == one_job[0]


def test_a_long_load_flushes_the_store_now_and_then(news, small_batches, tmp_path, monkeypatch, nlp):
    """The embedded store's write buffers grow by about 1 KB per quad unless flushed: a load
    flushes them every ``FLUSH_EVERY`` statements, so its memory stays flat."""
    import kg.run
    from kg.run import load
    from kg.store import open_store

    monkeypatch.setattr(kg.run, "FLUSH_EVERY", 1000)
    events: list[str | int] = []
    with open_store(str(tmp_path / "store"), small_batches) as store:
        flush, put = store.flush, store.put_article
        store.flush = lambda **kw: (events.append("flush"), flush(**kw))[1]  # type: ignore[method-assign]
        store.put_article = lambda rdf: (events.append(len(rdf)), put(rdf))[1]  # type: ignore[method-assign]
        report = load(news[:6], store, small_batches, progress=False)
    assert report.outcomes["added"] == 6
    expected: list[str | int] = []
    unflushed = 0
    for size in (e for e in events if e != "flush"):
        expected.append(size)
        unflushed += size  # type: ignore[operator]
        if unflushed >= 1000:
            expected.append("flush")
            unflushed = 0
    assert events == expected and events.count("flush") >= 2


def test_with_one_job_no_round_is_written_before_the_input_ends(news, small_batches, tmp_path, monkeypatch, nlp):
    """With one job, what the store held back is written once per ``FLUSH_EVERY`` statements
    and as the input ends (told a batch ahead: a whole batch is still to be extracted), not in
    the smaller ``WRITE_EVERY`` rounds of a parallel load: each round costs a bulk write, an
    index write and a settling, and the more rounds the more RocksDB compacts (0.20 of the
    0.80 CPU s a load of 54 news articles adds to their extraction, in rounds of 10,000)."""
    import kg.run
    from kg.run import load
    from kg.store import open_store

    monkeypatch.setattr(kg.run, "FLUSH_EVERY", 10**9)
    monkeypatch.setattr(kg.run, "WRITE_EVERY", 1)  # a round after each article, were they used
    events: list[str] = []
    with open_store(str(tmp_path / "store"), small_batches) as store:
        write_pending, put = store.write_pending, store.put_article
        store.write_pending = lambda **kw: (events.append("round"), write_pending(**kw))[1]  # type: ignore[method-assign]
        store.put_article = lambda rdf: (events.append("put"), put(rdf))[1]  # type: ignore[method-assign]
        report = load(news[:9], store, small_batches, progress=False)
    assert report.outcomes["added"] == 9
    # 9 articles in batches of 3: the end told as the second batch is handed out, the first
    # batch's three articles put by then
    assert events.index("round") >= small_batches.batch_size


def test_articles_written_together_store_what_one_by_one_stores(news, small_batches, tmp_path, monkeypatch, nlp):
    """The embedded store writes the new articles of a load together (every ``FLUSH_EVERY``
    statements, by its bulk loader) and links them after: the store then holds what writing
    and linking them one by one gives, near-duplicates (a wire copy of one of them), the
    canonical layer, and a second load replacing a changed article included."""
    import json
    import shutil

    import kg.run
    from kg.run import load
    from kg.store import open_store

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in news[:5]:
        shutil.copy(path, first)
        shutil.copy(path.with_suffix(".json"), first)
    copy = first / "wire-copy.txt"
    copy.write_text("YAOUNDE (Example Wire) — " + news[3].read_text(encoding="utf-8"), encoding="utf-8")
    meta = {**json.loads(news[3].with_suffix(".json").read_text(encoding="utf-8")),
            "url": "https://wire.example.org/copy", "publisher": "Example Wire"}
    copy.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    changed = second / news[1].name  # the same article (its url), a sentence added
    changed.write_text(news[1].read_text(encoding="utf-8") + "\n\nThe fighting went on overnight, residents said.",
                       encoding="utf-8")
    shutil.copy(news[1].with_suffix(".json"), second)
    shutil.copy(news[5], second)
    shutil.copy(news[5].with_suffix(".json"), second)
    runs = []
    for every in (1, 10**9):  # each article written alone, then all together
        monkeypatch.setattr(kg.run, "FLUSH_EVERY", every)
        with open_store(str(tmp_path / f"store-{every}"), small_batches) as store:
            reports = [load([folder], store, small_batches, progress=False) for folder in (first, second)]
            dump = io.BytesIO()
            store.dump(dump)
        runs.append((set(dump.getvalue().decode("utf-8").splitlines()), [r.summary() for r in reports],
                     [r.near_duplicates for r in reports]))
    assert runs[0] == runs[1]
    assert [len(pairs) for pairs in runs[0][2]] == [1, 0]
    assert reports[1].outcomes == {"replaced": 1, "added": 1} and reports[0].canonical


def test_with_two_jobs_the_workers_sign_the_texts(news, small_batches, tmp_path, monkeypatch, nlp):
    """The MinHash signature of each text (near-duplicates) is computed in the worker that
    extracts it, not in the process writing the store, and the store ends the same."""
    from kg.dedup.graph import Deduplicator
    from kg.vocab import KGO

    serial, _order, serial_report = _load(news[:6], small_batches, tmp_path / "one", 1)

    def not_here(self, article_id, text):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{article_id} signed in the process writing the store")

    monkeypatch.setattr(Deduplicator, "sign", not_here)
    parallel, _order, report = _load(news[:6], small_batches, tmp_path / "two", 2)
    assert report.outcomes == {"added": 6} and not report.skipped
    assert sum(f"<{KGO.textSignature}>" in q for q in parallel) == 6
    assert parallel == serial
    assert report.near_duplicates == serial_report.near_duplicates


LENT = ROOT / "tests" / "data" / "canon" / "lent"


def test_a_load_stores_the_same_quads_whatever_the_order_batches_and_jobs(settings, tmp_path, monkeypatch, nlp):
    """Four reports of two attacks, each pair lending the place attacked (a village, a
    checkpoint no gazetteer has) the points of two other places: the store holds the same
    quads, the canonical layer's index entries included, whether the articles come in one
    order or another, are each written and indexed as they come (as a load does when a
    batch's bounds fall between them, which depends on how fast workers extract) or all
    written at once, by one process or two workers. (The dozen news articles above lend no
    place two points: the first point read was all there was.)"""
    import kg.run

    names = ["kivu-west", "kivu-masisi", "yemen-lahij", "yemen-abyan"]
    one_by_one = replace(settings, batch_size=1)
    runs = {}
    for order, every, jobs in ((names, 10**9, 1), (names, 1, 1), (names[::-1], 1, 1), (names, 1, 2), (names[::-1], 1, 2)):
        monkeypatch.setattr(kg.run, "FLUSH_EVERY", every)
        key = (order[0], every, jobs)
        runs[key], _order, report = _load([LENT / f"{n}.txt" for n in order], one_by_one, tmp_path / "-".join(map(str, key)), jobs)
        assert report.outcomes == {"added": 4} and not report.skipped
    reference = runs.pop((names[0], 10**9, 1))
    assert sum("#blockingKey" in q and "cell:" in q for q in reference) > 4  # the places' cells are keys
    for key, quads in runs.items():
        assert quads == reference, (key, sorted(quads ^ reference)[:6])
