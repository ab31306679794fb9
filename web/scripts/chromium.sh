# Sourced by e2e.sh and screenshots.sh: Debian's Chromium for Playwright (whose own browser
# downloads are not used), installed when missing, and a platform answering at SENTIA_URL.
chromium="${CHROMIUM_PATH:-$(command -v chromium || true)}"
if [[ -z "$chromium" ]]; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for Playwright..."
    apt-get install -y chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y chromium >/dev/null; }
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get install -y chromium >/dev/null 2>&1 || { sudo apt-get update -qq && sudo apt-get install -y chromium >/dev/null; }
  else
    echo "Playwright needs Chromium: install your system's chromium package or set CHROMIUM_PATH." >&2
    exit 3
  fi
  chromium="$(command -v chromium)"
fi
export CHROMIUM_PATH="$chromium" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# The Maven build installs the app's packages; a bare checkout gets them here.
if [[ ! -d node_modules/@playwright/test ]]; then
  npm ci --no-audit --no-fund
fi

base="${SENTIA_URL:-http://localhost:8080}"
if ! curl -fsS "$base/health" >/dev/null; then
  echo "Nothing answers at $base/health: start the platform first (./sentia up)." >&2
  exit 3
fi
