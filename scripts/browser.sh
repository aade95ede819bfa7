#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the console's browser tests (playwright-core drives
# /usr/bin/chromium; Playwright's own browser downloads are not reachable from these machines).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "browser: installing Debian's chromium for the browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null \
    || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null; }
  exit 0
fi
cat >&2 <<HELP
browser: /usr/bin/chromium is missing and cannot be installed from here. Install it with:
  sudo apt-get install -y chromium
HELP
exit 1
