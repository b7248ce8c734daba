#!/usr/bin/env bash
# Install every system tool the full test suite uses (what .ci/run installs before `make test`):
#   raptor2-utils (rapper)  reads kg's RDF with an independent parser
#   graphviz (dot)          renders the DOT export
#   poppler-utils           pdftotext reads the test PDFs independently
#   virtuoso-opensource     a SPARQL server the store tests start themselves (.ci/install-servers.sh)
#   chromium, node, npm     drive the HTML viewer and kg serve's page headless (.ci/install-viz.sh,
#                           which also runs `npm ci` for playwright-core; no browser is downloaded)
#   libjgrapht-java         ships the GraphML XML Schema the export tests validate against
# Debian/Ubuntu, as root:  sudo bash .ci/install-tools.sh   (or: sudo make tools)
# Idempotent: what is installed already is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-tools.sh: system packages need root and apt-get (Debian/Ubuntu): sudo bash .ci/install-tools.sh" >&2
else
  export DEBIAN_FRONTEND=noninteractive
  need=()
  command -v rapper >/dev/null || need+=(raptor2-utils)
  command -v dot >/dev/null || need+=(graphviz)
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
# SPARQL servers (Virtuoso; the oxigraph server comes from PyPI) and the browser tests' tools
for extra in .ci/install-servers.sh .ci/install-viz.sh; do
  if [ -f "$extra" ]; then bash "$extra"; fi
done
# npm ci ran as root: give node_modules back to the checkout's owner (sudo from a user's clone)
if [ -n "${SUDO_USER:-}" ] && [ -d node_modules ]; then chown -R "$SUDO_USER": node_modules; fi
missing=()
for tool in rapper dot pdftotext virtuoso-t chromium node; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -d node_modules/playwright-core ] || missing+=(playwright-core)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-tools.sh: still missing: ${missing[*]} (their tests will be skipped)" >&2
else
  echo "install-tools.sh: rapper, dot, pdftotext, virtuoso-t, chromium, node and playwright-core are ready"
fi
