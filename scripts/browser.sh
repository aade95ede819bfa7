#!/usr/bin/env bash
# Makes sure Debian's Chromium, and Chinese fonts for its screenshots, are there for the console's
# browser tests (playwright-core drives /usr/bin/chromium; Playwright's own browser downloads are not
# reachable from these machines).
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk)

if [ -x /usr/bin/chromium ] && [ -d /usr/share/fonts/opentype/noto ]; then
  echo "browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "browser: installing ${PACKAGES[*]} for the browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}" >/dev/null \
    || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}" >/dev/null; }
  exit 0
fi
cat >&2 <<HELP
browser: Chromium or its Chinese fonts are missing and cannot be installed from here. Install them with:
  sudo apt-get install -y ${PACKAGES[*]}
HELP
exit 1
