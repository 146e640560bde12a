#!/usr/bin/env bash
# ctest entry for the browser checks: writes the sites of the organisations built in code and of
# every orgs/*.toml (tests/html/sample_site_main.cpp) into WORK_DIR/output, installs the npm packages from package-lock.json when they are missing,
# then opens every page in headless Chromium (check_site.mjs). Screenshots at 360 and 1280 px
# land in WORK_DIR/screenshots. Exit 77 (ctest: skipped) only when Chromium cannot be found.
#   run.sh SAMPLE_SITE_BINARY WORK_DIR [ORGS_DIR TEMPLATES_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
generator="$1"
work="$2"
shift 2

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "SKIP: Chromium not found at $chromium (scripts/setup installs Debian's chromium; or set CHROMIUM)"
  exit 77
fi
export CHROMIUM="$chromium"

if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

rm -rf "$work"
"$generator" "$work/output" "$@"
singles=()
for page in "$work"/output/standalone/*.html; do singles+=(--page "$page"); done
for page in "$work"/output/fragment/*.html; do singles+=(--fragment "$page"); done
exec node "$here/check_site.mjs" --screenshots "$work/screenshots" "${singles[@]}" "$work"/output/*/site
