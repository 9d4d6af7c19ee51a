#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the browser test of the HTML reports
# (ReportBrowserIT, JUnit tag "browser"), unless /usr/bin/chromium is already there.
# Needs root (or sudo). The test skips itself when Chromium is absent.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo ".ci/browser-setup.sh: installing chromium" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
