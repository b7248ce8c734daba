#!/usr/bin/env bash
# Tools the visualisation tests use (idempotent; .ci/run calls it):
#   graphviz         renders the DOT export (dot -Tsvg)
#   chromium         headless browser for the HTML viewer test (never downloaded by npm)
#   libjgrapht-java  ships the official GraphML XML Schema (graphml.xsd, xlink.xsd) the tests validate against
#   node, npm        run playwright-core (package.json, package-lock.json) to drive chromium
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  need=()
  command -v dot >/dev/null || need+=(graphviz)
  command -v chromium >/dev/null || need+=(chromium)
  [ -f /usr/share/java/jgrapht-io.jar ] || need+=(libjgrapht-java)
  command -v npm >/dev/null || need+=(nodejs npm)
  fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
  if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
if command -v npm >/dev/null && [ -f package-lock.json ]; then
  # playwright-core never downloads a browser; the tests use /usr/bin/chromium
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
