#!/usr/bin/env bash
# Captures every page in light and dark at 1440x900 into docs/screenshots/<page>-<theme>.png and
# writes docs/README.md listing them, against a running platform (./sentia up, SENTIA_URL) with
# the demo tenant, signed in as its manager (and its admin for /admin). Commit what it writes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/chromium.sh
exec npx playwright test -c playwright.screenshots.config.ts "$@"
