"""The command line, end to end, on real files, the real model and real stores."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "politico-2023-09-19.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def kg(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real ``kg`` command in a child process."""
    return subprocess.run([sys.executable, "-m", "kg", *args], input=input, capture_output=True, env=ENV, cwd=cwd, timeout=600)


def quads(data: str, fmt: str = "nquads") -> set:
    ds = Dataset()
    ds.parse(data=data, format=fmt)
    return set(ds.quads((None, None, None, None)))


@pytest.fixture(scope="module")
def seed_nquads() -> str:
    run = kg("extract", str(SEED), "--published", "2023-09-19", "--format", "nquads")
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout.decode("utf-8")


def test_extract_writes_nquads_an_independent_parser_accepts(seed_nquads, tmp_path):
    assert len(quads(seed_nquads)) > 200
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (raptor2-utils) not installed; .ci/run installs it")
    f = tmp_path / "seed.nq"
    f.write_text(seed_nquads, encoding="utf-8")
    run = subprocess.run([rapper, "-i", "nquads", "-c", str(f)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    import re

    counted = int(re.search(r"returned (\d+) (?:triples|statements)", run.stderr).group(1))
    assert counted == len(quads(seed_nquads))


def test_extract_is_deterministic(seed_nquads, capsysbinary):
    assert main(["extract", str(SEED), "--published", "2023-09-19"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == seed_nquads


def test_extract_other_formats_parse(tmp_path, capsysbinary):
    for fmt, parse_as in [("trig", "trig"), ("jsonld", "json-ld")]:
        out = tmp_path / f"seed.{fmt}"
        assert main(["extract", str(SEED), "--format", fmt, "-o", str(out)]) == 0
        assert len(quads(out.read_text(encoding="utf-8"), parse_as)) > 200
    out = tmp_path / "seed.ttl"
    assert main(["extract", str(SEED), "--format", "turtle", "-o", str(out)]) == 0
    from rdflib import Graph

    assert len(Graph().parse(out, format="turtle")) > 200


def test_extract_reads_standard_input():
    run = kg("extract", "-", "--published", "2024-02-01", input="Ilham Aliyev spoke in Baku on Monday.".encode())
    assert run.returncode == 0, run.stderr.decode()
    assert '"2024-02-01"^^<http://www.w3.org/2001/XMLSchema#date>' in run.stdout.decode()


def test_usage_errors_exit_2(capsys):
    assert main(["extract"]) == 2
    assert main(["extract", str(SEED), "--published", "19/09/2023"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["no-such-command"]) == 2


def test_bad_input_is_one_line_naming_the_file_and_the_rest_goes_on(tmp_path, capsysbinary):
    good = tmp_path / "good.txt"
    good.write_text("Armenia and Azerbaijan held talks in Brussels on Sunday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    lines = tmp_path / "feed.jsonl"
    lines.write_text('{"text": "Russia and Turkey met in Moscow.", "id": "ok-1"}\n{not json\n', encoding="utf-8")
    status = main(["extract", str(good), str(bad), str(lines)])
    out, err = capsysbinary.readouterr()
    err = err.decode()
    assert status == 1
    problems = [line for line in err.splitlines() if line.startswith("kg: skipped")]
    assert len(problems) == 2, err
    assert any(str(bad) in p for p in problems)
    assert any(f"{lines}:2" in p for p in problems)
    assert "Traceback" not in err
    ids = {str(s) for s, *_ in quads(out.decode()) if "/article/" in str(s) and "#" not in str(s) and "/event/" not in str(s)}
    assert any(i.endswith("/article/ok-1") for i in ids) and len(ids) == 2


def test_missing_file_is_an_error_not_a_traceback():
    run = kg("extract", "/no/such/file.txt")
    assert run.returncode == 1
    err = run.stderr.decode()
    assert "/no/such/file.txt" in err and "Traceback" not in err


def test_load_twice_keeps_the_quad_count_and_query_sees_the_article(tmp_path, capsys):
    store = str(tmp_path / "store")
    assert main(["load", str(SEED), "--store", store]) == 0
    first = capsys.readouterr().err
    assert "1 added" in first
    assert main(["load", str(SEED), "--store", store]) == 0
    second = capsys.readouterr().err
    assert "1 unchanged" in second
    count = lambda text: int(text.rsplit(" quads in the store", 1)[0].rsplit(" ", 1)[-1])  # noqa: E731
    assert count(first) == count(second) > 200
    assert main(["query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and int(out[1]) == count(first)


def test_load_a_mixed_folder_with_progress_and_broken_inputs(tmp_path):
    from ingest.mixed_corpus import build_mixed_corpus

    corpus = tmp_path / "corpus"
    info = build_mixed_corpus(corpus, n=200)
    store = tmp_path / "store"
    run = kg("load", str(corpus), "--store", str(store), "--progress")
    err = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 1  # some inputs were skipped
    assert " articles/s]" in err  # the progress bar, asked for (stderr is not a terminal here)
    assert "Traceback" not in err
    skipped = [line for line in err.splitlines() if line.startswith("kg: skipped")]
    assert len(skipped) == info["errors"], err[-3000:]
    for name in info["broken"]:
        assert any(name in line for line in skipped), name
    summary = [line for line in err.splitlines() if "articles," in line or "articles " in line][-1]
    assert f"{info['good_articles']} articles" in summary, summary
    run = kg("query", "--sparql", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }",
             "--store", str(store), "--format", "csv")
    assert run.returncode == 0, run.stderr.decode()
    assert int(run.stdout.decode().split()[1]) == info["good_articles"]


def test_progress_has_a_total_and_stays_out_of_logs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(["Sudan and Chad held talks on Sunday.", "Kenya sent police to Haiti.", "Mali expelled an envoy."]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    run = kg("load", str(folder), "--store", str(tmp_path / "s1"), "--progress")
    err = run.stderr.decode()
    assert run.returncode == 0 and "3/3 articles" in err and "s/ articles" not in err, err
    run = kg("load", str(folder), "--store", str(tmp_path / "s2"))  # standard error is a pipe: no bar
    err = run.stderr.decode()
    assert run.returncode == 0 and "articles/s" not in err and "\r" not in err, err
    assert "kg: 3 articles, 3 added" in err, err


def test_gzip_and_sidecar_through_the_cli(tmp_path, capsysbinary):
    text = "Armenian Prime Minister Nikol Pashinyan met Ilham Aliyev in Brussels on Friday."
    with gzip.open(tmp_path / "story.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(text)
    (tmp_path / "story.json").write_text(json.dumps({"published": "2023-07-15", "url": "https://example.org/story", "title": "Talks"}))
    assert main(["extract", str(tmp_path / "story.txt.gz"), "--format", "nquads"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert '"2023-07-15"^^<http://www.w3.org/2001/XMLSchema#date>' in out
    assert "https://example.org/story" in out and '"Talks"' in out


def test_export_rdf_formats_from_the_store(tmp_path, capsys):
    store = str(tmp_path / "store")
    assert main(["load", str(SEED), "--store", store]) == 0
    for fmt, parse_as in [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]:
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--format", fmt, "--store", store, "-o", str(out)]) == 0
        assert len(quads(out.read_text(encoding="utf-8"), parse_as)) > 200
    assert main(["export", "--format", "nope", "--store", store, "-o", str(tmp_path / "x")]) == 2  # a usage error
    assert "unknown export format" in capsys.readouterr().err
    # the format from the file's extension; standard output (N-Quads) by default
    assert main(["export", "--store", store, "-o", str(tmp_path / "g.graphml")]) == 0
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert main(["export", "--store", store, "-o", str(tmp_path / "g.ttl")]) == 0
    assert len(quads((tmp_path / "g.ttl").read_text(encoding="utf-8"), "turtle")) > 200
    capsys.readouterr()
    assert main(["export", "--store", store]) == 0
    assert len(quads(capsys.readouterr().out, "nquads")) > 200
    assert main(["export", "--store", store, "-o", str(tmp_path / "noext")]) == 2


def test_remove_takes_the_article_out(tmp_path, capsys):
    store = str(tmp_path / "store")
    assert main(["load", str(SEED), "--store", store]) == 0
    capsys.readouterr()
    assert main(["query", "--sparql", "SELECT ?id WHERE { ?a <https://schema.org/identifier> ?id }", "--store", store, "--format", "csv"]) == 0
    article_id = capsys.readouterr().out.splitlines()[1]
    assert main(["remove", article_id, "--store", store]) == 0
    assert main(["query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "0"
    assert main(["remove", article_id, "--store", store]) == 1


def test_an_article_over_the_models_length_limit_costs_only_itself(tmp_path, capsysbinary):
    (tmp_path / "a.txt").write_text("Sudan and Chad held talks in N'Djamena on Sunday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("word " * 200_001, encoding="utf-8")  # 1,000,005 characters
    (tmp_path / "c.txt").write_text("Kenya sent police officers to Haiti on Tuesday.", encoding="utf-8")
    status = main(["extract", str(tmp_path)])
    out, err = capsysbinary.readouterr()
    err = err.decode()
    assert status == 1 and "Traceback" not in err
    problems = [line for line in err.splitlines() if line.startswith("kg: skipped")]
    assert len(problems) == 1 and "b.txt" in problems[0] and "over the limit of 500,000" in problems[0] and "--max-chars" in problems[0], err
    ids = {str(s) for s, *_ in quads(out.decode()) if str(s).split("/")[-2:-1] == ["article"] and "#" not in str(s)}
    assert len(ids) == 2


def test_ctrl_c_exits_130(tmp_path):
    import signal
    import time

    (tmp_path / "a.txt").write_text("Sudan and Chad held talks in N'Djamena on Sunday.", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "extract", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV,
    )
    time.sleep(1.5)  # inside the model load or the extraction
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert "Traceback" not in err.decode()


def test_every_mistake_is_one_kg_error_line(capsys):
    for argv, status in ((["query", "articles", "--format", "bogus"], 2), (["no-such-command"], 2),
                         (["export", "--format", "bogus", "-o", "x.bin"], 2), (["extract"], 2)):
        assert main(argv) == status, argv
        err = capsys.readouterr().err
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("kg: error: "), (argv, err)


def test_ctrl_c_during_a_load_says_what_was_stored(tmp_path):
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03d}.txt").write_text(f"Report {i}: fighting near Goma displaced families, officials in Kinshasa said on Monday.", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "load", str(folder), "--store", str(tmp_path / "store")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (tmp_path / "store").exists():
        time.sleep(0.2)
    def size() -> int:
        return sum(f.stat().st_size for f in (tmp_path / "store").rglob("*") if f.is_file())

    time.sleep(1)
    empty = size()
    while time.monotonic() < deadline and size() < empty + 64_000:  # some articles are stored by now,
        time.sleep(0.2)  # however busy the machine is
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    err = err.decode()
    assert proc.returncode == 130, err
    assert "kg: interrupted; stored before the interruption:" in err and "added" in err, err
    assert "Traceback" not in err
