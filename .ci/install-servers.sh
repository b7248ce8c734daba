#!/usr/bin/env bash
# Install the servers and the browser the store/serve tests start themselves (as root).
#
# * OpenLink Virtuoso (Debian virtuoso-opensource): tests/store start `virtuoso-t` on a
#   free loopback port with their own virtuoso.ini in a temporary folder; the packaged
#   service is not used (its start is suppressed while installing).
# * Chromium and its driver: tests/serve drive the `kg serve` page headless through
#   playwright-core (npm, package.json at the repo root; it never downloads a browser).
# * the Oxigraph server comes from PyPI (oxigraph==0.5.13, in the test extra).
#
# Idempotent: installs only what is missing. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "install-servers.sh: run as root (apt-get); skipping system packages" >&2
else
  export DEBIAN_FRONTEND=noninteractive
  need=()
  command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource)
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    # the package asks for a DBA password and starts a system-wide server: answer the
    # question, and keep services from starting inside this (container) install
    echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" | debconf-set-selections
    echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | debconf-set-selections
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

# playwright-core (a driver only: no browser download), pinned in package-lock.json
if command -v npm >/dev/null; then
  if [ ! -d node_modules/playwright-core ]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent 2>/dev/null \
      || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent
  fi
fi
