"""The query page of `kg serve`, in headless Chromium (playwright-core from npm, Debian's chromium)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.server, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("page.mjs")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _browser_or_skip() -> str:
    node = shutil.which("node")
    missing = []
    if node is None:
        missing.append("node")
    if not (ROOT / "node_modules" / "playwright-core").is_dir():
        missing.append("playwright-core (npm ci at the repo root)")
    if not Path(CHROMIUM).exists():
        missing.append(f"chromium ({CHROMIUM})")
    if missing:
        reason = "headless browser test needs " + ", ".join(missing) + "; .ci/install-servers.sh installs them"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(reason)
        pytest.skip(reason)
    return node  # type: ignore[return-value]


def test_the_page_runs_queries_and_shows_tables(endpoint):
    node = _browser_or_skip()
    queries = [
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?place ?label WHERE { ?place a <http://semanticweb.cs.vu.nl/2009/11/sem/Place> ; rdfs:label ?label } ORDER BY ?label",
        'SELECT ?v WHERE { BIND("<img src=x onerror=alert(1)><b>bold</b>" AS ?v) }',
        "DROP ALL",
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    ]
    run = subprocess.run(
        [node, str(SCRIPT), endpoint.url, json.dumps(queries)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    labels, xss, drop, capped = out["results"]

    assert labels["headers"] == ["place", "label"] and labels["error"] is None
    assert ["https://w3id.org/kg-news/kb/stepanakert", "Stepanakert"] in labels["rows"]
    assert [r[1] for r in labels["rows"]] == sorted(r[1] for r in labels["rows"])
    assert "https://w3id.org/kg-news/kb/stepanakert" in labels["links"]
    assert labels["status"].startswith(f"{len(labels['rows'])} rows")

    assert xss["rows"] == [["<img src=x onerror=alert(1)><b>bold</b>"]] and xss["injected"] == 0  # text, not HTML

    assert drop["error"].startswith("403") and "read-only" in drop["error"]
    assert len(capped["rows"]) == 50 and "row limit" in capped["status"]

    assert {"events-at-place", "who-said-what", "places"} <= set(out["examples"])
    assert all(u.startswith(endpoint.url) for u in out["requests"]), out["requests"]  # nothing from a CDN
    # the browser logs the refused DROP ALL as a failed resource; nothing else may fail
    assert [e for e in out["errors"] if "status of 403" not in e] == []
