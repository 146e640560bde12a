#!/usr/bin/env bash
# ctest entry for the browser checks. Writes
#   WORK_DIR/samples/  the sites of the organisations built in code, standalone pages and a
#                      fragment in a host page (tests/html/sample_site_main.cpp),
#   WORK_DIR/build/    what `siyasa build` writes for the repository's orgs/ (PDFs, forms, sites),
# installs the npm packages from package-lock.json when they are missing, then opens every page
# in headless Chromium (check_site.mjs); screenshots at 360 and 1280 px go to
# WORK_DIR/screenshots. Then fills every form of two built sites (check_forms.mjs): kiswa
# (Arabic-Indic digits) typed with Western digits, example (Western digits) typed with
# Arabic-Indic ones; the printed PDFs go to WORK_DIR/printed. Exit 77 (ctest: skipped) only
# when Chromium cannot be found.
#   run.sh SAMPLE_SITE_BINARY SIYASA_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
generator="$1"
siyasa="$2"
source_dir="$3"
work="$4"

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
"$generator" "$work/samples"
"$siyasa" build --orgs "$source_dir/orgs" --templates "$source_dir/templates" \
  --fonts "$source_dir/fonts" --out "$work/build" --jobs 2 --quiet

singles=()
for page in "$work"/samples/standalone/*.html; do singles+=(--page "$page"); done
for page in "$work"/samples/fragment/*.html; do singles+=(--fragment "$page"); done
status=0
node "$here/check_site.mjs" --screenshots "$work/screenshots" "${singles[@]}" \
  "$work"/samples/*/site "$work"/build/*/site || status=$?
node "$here/check_forms.mjs" --pdfs "$work/printed" --budget 250 \
  --typing latn "$work/build/kiswa/site" --typing arab "$work/build/example/site" || status=$?
exit "$status"
