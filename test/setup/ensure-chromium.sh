#!/usr/bin/env bash
# The browser tests run in Debian's Chromium (/usr/bin/chromium), never in a browser a test tool
# downloads. Installs it when it is missing and we may (root, or sudo without a password);
# otherwise says how. Set CHROMIUM_PATH to use another Chromium binary.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
  echo "The browser tests need Chromium: run 'sudo apt-get install -y chromium' (Debian/Ubuntu) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$chromium" --version
