#!/usr/bin/env bash
# The README's pictures, made from the seed article:
#   docs/img/viewer.png    the HTML viewer (kg export --format html), a node clicked
#   docs/img/network.png   the network drawn by Graphviz (kg export --format dot)
# Needs what .ci/install-viz.sh installs (graphviz, chromium, npm ci) and kg's Python
# environment:  PYTHON=/path/to/python bash scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3 )}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
KG=("$PYTHON" -m kg)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"${KG[@]}" load examples/politico-2023-09-19.txt --store "$work/store"
# the richest projection the seed has: events when extraction finds them, else co-mentions
events="$("${KG[@]}" query --store "$work/store" --format csv --sparql \
  'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }' | tail -1 | tr -d '\r')"
if [ "${events:-0}" -gt 0 ]; then projection=actor-event-place; else projection=co-mention; fi
echo "seed: $events events; drawing the $projection projection"
"${KG[@]}" export --store "$work/store" --format html --projection "$projection" -o "$work/seed.html"
"${KG[@]}" export --store "$work/store" --format dot --projection "$projection" -o "$work/seed.dot"
mkdir -p docs/img
dot -Tpng -Gdpi=110 "$work/seed.dot" -o docs/img/network.png
node tests/export/browser/viewer_check.mjs "$work/seed.html" "$work/seen.json" "" docs/img/viewer.png
echo "wrote docs/img/viewer.png and docs/img/network.png"
