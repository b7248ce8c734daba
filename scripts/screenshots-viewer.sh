#!/usr/bin/env bash
# The HTML viewer's first view, as a person opening the file sees it, at ~200 and ~2,000 nodes:
#   docs/img/viewer-200.png    the world corpus (corpus/world: real articles on 13 crises),
#                              actor-event-place projection of the events since 2024-09-01
#   docs/img/viewer-2000.png   a synthetic corpus of 85 articles (bench/bench_store.py), 2,001 nodes
# and next to each a .json of what the page showed (tests/export/browser/viewer_firstview.mjs):
# the labels drawn and their size on screen, overlaps, the legend, the time to open.
# Needs what .ci/install-viz.sh installs (chromium, node, npm ci) and kg's Python environment:
#   PYTHON=/path/to/python bash scripts/screenshots-viewer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3 )}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
KG=("$PYTHON" -m kg)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs/img

shoot() {  # shoot NAME VIEWER.html
  node tests/export/browser/viewer_firstview.mjs "$2" "docs/img/$1.json" "docs/img/$1.png" 1400x900
  "$PYTHON" - "docs/img/$1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
sizes = sorted({l["fontPx"] for l in d["labels"]})
print(f"  {sys.argv[1]}: {d['nodes']} nodes, {d['shown']} shown, {len(d['labels'])} labels at {sizes} px, "
      f"{d['labelOverlaps']} overlapping, {len(d['legend'])} legend entries, opened in {d['seconds']:.1f} s, errors {d['errors']}")
PY
}

echo "== ~200 nodes: the world corpus"
"${KG[@]}" load corpus/world/dev/articles corpus/world/heldout/articles --store "$work/world" --no-progress
"${KG[@]}" export --store "$work/world" --since 2024-09-01 -o "$work/world.html"
shoot viewer-200 "$work/world.html"

echo "== ~2,000 nodes: a synthetic corpus"
nq="$("$PYTHON" -c 'import sys; sys.path.insert(0, "bench"); import bench_store; print(bench_store.corpus(85 * 1300)[0])')"
"${KG[@]}" bulk-load "$nq" --store "$work/synthetic"
"${KG[@]}" export --store "$work/synthetic" -o "$work/synthetic.html"
shoot viewer-2000 "$work/synthetic.html"
echo "wrote docs/img/viewer-200.png and docs/img/viewer-2000.png"
