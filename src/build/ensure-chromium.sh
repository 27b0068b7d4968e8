#!/usr/bin/env bash
# The browser tests drive Debian's chromium through chromium-driver. Installs both when missing
# (as root, or with sudo); otherwise says exactly what to install.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "The browser tests need Chromium and its driver: apt-get install chromium chromium-driver" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "The browser tests need chromium and chromedriver on the PATH (/usr/bin); install them and retry" >&2
    exit 1
fi
echo "Installing Debian chromium and chromium-driver for the browser tests"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
