// verify.html in headless Chromium: a visitor chooses a PDF; the page hashes it in the browser
// and must say it is the approved version (for a file the site publishes) or that it is not
// (for the same file with one byte changed). Nothing may be requested from outside the disk.
//
//   node verify_page.mjs SITE_DIR GOOD.pdf TAMPERED.pdf [SCREENSHOT.png [EARLIER.pdf]]
//
// GOOD.pdf must be the current version of a policy; EARLIER.pdf, an earlier copy of the same
// version (built before a template change). Exits 77 (skipped) without Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Report, chromiumOrSkip, finish, run, withChromium } from './browser.mjs';

async function resultFor(page, file) {
  await page.setInputFiles('#verify-file', file);
  await page.waitForFunction(() => {
    const r = document.getElementById('verify-result');
    return r.classList.contains('verify-ok') || r.classList.contains('verify-bad');
  }, null, { timeout: 20000 });
  return page.evaluate(() => {
    const r = document.getElementById('verify-result');
    return { text: r.textContent, ok: r.classList.contains('verify-ok'), old: r.classList.contains('verify-old') };
  });
}

async function main() {
  const [site, good, tampered, screenshot, earlier] = process.argv.slice(2);
  if (!tampered) {
    console.error('usage: node verify_page.mjs SITE_DIR GOOD.pdf TAMPERED.pdf [SCREENSHOT.png]');
    process.exit(2);
  }
  const executable = chromiumOrSkip();
  const manifest = JSON.parse(fs.readFileSync(path.join(site, 'manifest.json'), 'utf8'));
  const current = manifest.documents.find((d) => d.current && fs.existsSync(path.join(site, d.file)) &&
    fs.readFileSync(path.join(site, d.file)).equals(fs.readFileSync(good)));
  const report = new Report();
  const check = (ok, what, detail = '') => report.check(ok, what, detail);
  check(Boolean(current), 'GOOD.pdf is a current document of manifest.json');
  await withChromium(executable, {}, async (context) => {
    const page = await context.newPage();
    const outside = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url()); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = pathToFileURL(path.join(site, 'verify.html')).href + '#' + (current ? current.id : '');
    await page.goto(url);
    const expected = await page.evaluate(() => {
      const e = document.getElementById('expected');
      return e.hidden ? '' : e.textContent;
    });
    check(current && expected.includes(`الإصدار (${current.version})`) && expected.includes(current.title),
      'the QR link\'s #id names the version and policy it points to', expected);
    const match = await resultFor(page, good);
    check(match.ok && !match.old && match.text.includes(`الإصدار (${current?.version})`) && match.text.includes('الإصدار الحالي'),
      'the built PDF is recognised as the current approved version', match.text);
    // Each date is a left-to-right isolate on one line (a date broken at its hyphen read "-2024-05 30").
    const dateLines = await page.evaluate(() =>
      [...document.querySelectorAll('#expected bdi, #verify-result bdi')].map((b) => b.getClientRects().length));
    check(dateLines.length === 2 && dateLines.every((n) => n === 1), 'the approval dates stay whole, left to right',
      JSON.stringify(dateLines));
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    const mismatch = await resultFor(page, tampered);
    check(!mismatch.ok && mismatch.text.includes('ليس إصداراً منشوراً'), 'the PDF with one byte changed is rejected', mismatch.text);
    if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-tampered.png'), fullPage: true });
    if (earlier) {
      const before = await resultFor(page, earlier);
      check(before.ok && before.text.includes(`الإصدار (${current?.version})`) && before.text.includes('نسخة سابقة من الإصدار نفسه'),
        'an earlier copy of the same version is recognised as such', before.text);
    }
    check(outside.length === 0, 'nothing is requested from outside the disk (the file is not uploaded)', outside.join(', '));
    check(errors.length === 0, 'no script error', errors.join('\n'));
  });
  finish(report);
}

run(main);
