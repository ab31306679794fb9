#!/bin/sh
# The web app's build needs Node.js 20.19 or newer (Vite 8, ESLint 10); say how to get it when missing.
want_major=20
want_minor=19
how='Install Node.js 20.19+ (LTS 22 or 24 recommended):
  - Debian/Ubuntu: apt-get install nodejs npm (Debian 13+/Ubuntu 24.10+), or NodeSource packages
  - macOS: brew install node
  - any OS: https://nodejs.org/en/download or nvm: nvm install --lts
then run the build again.'
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  printf 'Sentia'"'"'s web app (web/) needs Node.js >= %s.%s with npm, and none was found on PATH.\n%s\n' "$want_major" "$want_minor" "$how" >&2
  exit 1
fi
version="$(node -p 'process.versions.node' 2>/dev/null || echo 0.0.0)"
major="${version%%.*}"
rest="${version#*.}"
minor="${rest%%.*}"
if [ "$major" -lt "$want_major" ] || { [ "$major" -eq "$want_major" ] && [ "$minor" -lt "$want_minor" ]; }; then
  printf 'Sentia'"'"'s web app (web/) needs Node.js >= %s.%s; found %s at %s.\n%s\n' "$want_major" "$want_minor" "$version" "$(command -v node)" "$how" >&2
  exit 1
fi
