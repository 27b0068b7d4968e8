#!/usr/bin/env bash
# The browser tests inject axe-core (accessibility rules) into the pages they visit. It comes from the npm
# registry through the machine's npm, once per target directory: npm's cache makes later fetches offline.
set -euo pipefail

VERSION="${1:?axe-core version}"
DESTINATION="${2:?destination directory}"
if [ -f "$DESTINATION/axe-$VERSION.min.js" ]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "The browser tests need axe-core from the npm registry: install Node.js with npm and retry" >&2
    exit 1
fi
mkdir -p "$DESTINATION"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack "axe-core@$VERSION" --prefer-offline --silent >/dev/null)
tar -xzf "$WORK/axe-core-$VERSION.tgz" -C "$WORK" package/axe.min.js
mv "$WORK/package/axe.min.js" "$DESTINATION/axe-$VERSION.min.js"
