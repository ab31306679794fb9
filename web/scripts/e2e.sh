#!/usr/bin/env bash
# Runs the Playwright end-to-end suite (e2e/*.spec.ts) against a running platform (./sentia up) in Debian's Chromium.
# Playwright's own browser downloads are not used: the `chromium` package is installed when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

chromium="${CHROMIUM_PATH:-$(command -v chromium || true)}"
if [[ -z "$chromium" ]]; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the end-to-end tests..."
    apt-get install -y chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get install -y chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium: install your system's chromium package or set CHROMIUM_PATH." >&2
    exit 3
  fi
  chromium="$(command -v chromium)"
fi
export CHROMIUM_PATH="$chromium" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

base="${SENTIA_URL:-http://localhost:8080}"
if ! curl -fsS "$base/health" >/dev/null; then
  echo "Nothing answers at $base/health: start the platform first (./sentia up)." >&2
  exit 3
fi
exec npx playwright test "$@"
