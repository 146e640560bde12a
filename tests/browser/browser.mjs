// Shared by the browser checks (check_site.mjs, check_forms.mjs, verify_page.mjs): Debian's
// Chromium found and started headless in a throwaway profile, and the ok / not ok report.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

export class Report {
  constructor() { this.passed = 0; this.failed = 0; }
  check(ok, what, detail = '') {
    if (ok) { this.passed += 1; console.log(`ok - ${what}`); }
    else { this.failed += 1; console.log(`not ok - ${what}${detail ? `\n    ${detail}` : ''}`); }
  }
}

// Chromium's path; exits 77 (skipped) when there is none.
export function chromiumOrSkip() {
  const executable = CHROMIUM_CANDIDATES.find((p) => p && fs.existsSync(p));
  if (!executable) {
    console.log('SKIP: Chromium not found (looked for $CHROMIUM, /usr/bin/chromium); scripts/setup installs it');
    process.exit(77);
  }
  return executable;
}

// Runs `body(context)` in a headless Chromium with a fresh profile (`launch`: more launch
// options), then closes it and removes the profile, whatever happened.
export async function withChromium(executable, launch, body) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'siyasa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable, headless: true, args: CHROMIUM_FLAGS, ...launch,
  });
  try {
    await body(context);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// Prints the counts and exits 0 when every check passed, 1 otherwise.
export function finish(report) {
  console.log(`${report.passed} passed, ${report.failed} failed`);
  process.exit(report.failed === 0 ? 0 : 1);
}

// Runs the script's main, exiting 1 on an uncaught error.
export function run(main) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
