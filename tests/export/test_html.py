"""The HTML viewer: self-contained, escaped, and working in a real browser.

The browser tests drive Debian's chromium with playwright-core from npm
(browser/viewer_check.mjs); .ci/install-viz.sh installs both.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.export import export_store
from kg.export.html import asset_text

ROOT = Path(__file__).resolve().parents[2]
CHECK = Path(__file__).resolve().parent / "browser" / "viewer_check.mjs"
XSS = '"><img src=x onerror=alert(1)>'
BASE = "https://w3id.org/kg-news/"


def _payload(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def test_page_is_self_contained_and_escaped(fixture_store, tmp_path):
    out = tmp_path / "v.html"
    export_store(fixture_store, "html", out)
    page = out.read_text(encoding="utf-8")
    assert XSS not in page  # never raw: the JSON escapes < and >
    assert "<img" not in page
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?//""", page)  # nothing from a CDN
    assert page.count("<script") == 3  # data, library, viewer
    assert "default-src 'none'" in page
    data = _payload(page)
    labels = {n["label"] for n in data["nodes"]}
    assert XSS in labels and "Azerbaijan" in labels
    assert data["evidence"][f"{BASE}entity/place/stepanakert"][0]["text"][1] == "Stepanakert"


def test_vendored_library_matches_package_json():
    version = json.loads((ROOT / "package.json").read_text())["devDependencies"]["cytoscape"]
    assert asset_text("cytoscape.VERSION").strip() == version
    assert "MIT" in asset_text("cytoscape.LICENSE") or "Permission is hereby granted" in asset_text("cytoscape.LICENSE")
    installed = ROOT / "node_modules" / "cytoscape" / "dist" / "cytoscape.min.js"
    if installed.exists():
        assert installed.read_text(encoding="utf-8") == asset_text("cytoscape.min.js"), "run scripts/vendor-viewer-js.sh"


def _browser(html: Path, out: Path, node: str = "") -> dict:
    node_bin = shutil.which("node")
    if node_bin is None or not Path("/usr/bin/chromium").exists() or not (ROOT / "node_modules" / "playwright-core").exists():
        pytest.skip("node, /usr/bin/chromium or node_modules/playwright-core missing: run .ci/install-viz.sh")
    run = subprocess.run([node_bin, str(CHECK), str(html), str(out), node], capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.mark.browser
def test_a_hostile_label_stays_text_in_the_browser(fixture_store, tmp_path):
    html = tmp_path / "v.html"
    export_store(fixture_store, "html", html)
    seen = _browser(html, tmp_path / "seen.json", f"{BASE}entity/group/xss")
    assert seen["errors"] == [] and seen["dialogs"] == [] and seen["requests"] == []
    assert seen["images"] == 0 and seen["imagesAtEnd"] == 0
    assert seen["panel"].splitlines()[0] == XSS  # the clicked node's name, as text
    assert XSS in seen["marks"]  # its mention, marked in the snippet
    assert "said it would evacuate people from Stepanakert" in seen["panel"]


@pytest.mark.browser
@pytest.mark.model
def test_viewer_shows_the_seed_and_a_clicked_nodes_provenance(seed_oxigraph, tmp_path):
    html = tmp_path / "seed.html"
    export_store(seed_oxigraph, "html", html, projection="co-mention")
    seen = _browser(html, tmp_path / "seen.json")
    labels = {n["label"] for n in seen["nodes"]}
    assert {"Azerbaijan", "Antony Blinken", "Nikol Pashinyan", "Stepanakert"} <= labels
    assert seen["edges"] > 0 and seen["errors"] == [] and seen["requests"] == []
    clicked = next(n["label"] for n in seen["nodes"] if n["id"] == seen["clicked"])
    assert seen["panel"].splitlines()[0] == clicked
    assert "Mentions" in seen["panel"] and seen["marks"], "no snippet shown for the clicked node"
    assert "Azerbaijan launches military offensive in Nagorno-Karabakh" in seen["panel"]  # the article it came from
    assert clicked in seen["matches"]  # search finds it
    assert seen["shownAfterTypeFilter"] < len(seen["nodes"])  # unticking a type hides nodes
