#!/usr/bin/env bash
# Runs the Playwright end-to-end suite (e2e/*.spec.ts) against a running platform (./sentia up)
# in Debian's Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/chromium.sh
exec npx playwright test "$@"
