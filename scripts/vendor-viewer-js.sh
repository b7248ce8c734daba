#!/usr/bin/env bash
# Copy the HTML viewer's graph library from node_modules into the kg package, with its
# licence, so that `kg export --format html` inlines it without npm or a network.
# Run after changing the cytoscape version in package.json:  npm ci && bash scripts/vendor-viewer-js.sh
# tests/export/test_html.py checks that the vendored copy matches node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
src=node_modules/cytoscape
[ -f "$src/dist/cytoscape.min.js" ] || { echo "run npm ci first ($src is missing)" >&2; exit 1; }
mkdir -p kg/export/assets
cp "$src/dist/cytoscape.min.js" kg/export/assets/cytoscape.min.js
cp "$src/LICENSE" kg/export/assets/cytoscape.LICENSE
node -e 'console.log(require("./node_modules/cytoscape/package.json").version)' > kg/export/assets/cytoscape.VERSION
echo "vendored cytoscape $(cat kg/export/assets/cytoscape.VERSION) into kg/export/assets"
