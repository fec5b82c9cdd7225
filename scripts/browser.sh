#!/usr/bin/env bash
# Make sure headless Chromium is there for the browser tests (tests/web, -m browser).
#
# Installs Debian's `chromium` package (and the fonts it needs to draw text) only when
# /usr/bin/chromium is missing, so a second run takes well under a second. Playwright drives
# this system browser (executable_path=/usr/bin/chromium); `playwright install` is never used,
# because it downloads a browser build of its own. Runs as root on a fresh Debian machine.
set -euo pipefail

log() { echo "browser.sh: $*" >&2; }

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if [ "$(id -u)" != 0 ]; then
    log "/usr/bin/chromium is missing and installing it needs root: apt-get install chromium"
    exit 1
fi

log "installing Chromium from Debian packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update >&2
apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation >&2
/usr/bin/chromium --version >&2
