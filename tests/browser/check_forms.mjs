// Fills every browser form of one or more site folders the way an applicant would, in headless
// Chromium, and checks that nothing typed is lost: printed to PDF, every typed value is on the
// paper, complete (pdftotext); a reload keeps every value; validation messages are Arabic and
// name the field; «مسح البيانات» asks first; «طباعة نموذج فارغ» leaves the values alone. Then the
// weight of each policy page, fonts included, against a budget.
//
//   node check_forms.mjs [--pdfs DIR] [--budget KB] --typing latn|arab SITE_DIR [--typing … SITE_DIR]…
//
// --typing: the digits typed into that site's forms (the form shows them in the organisation's
// digits). Exits 77 (skipped) when Chromium cannot be found, 1 when any check fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Report, chromiumOrSkip, finish, run, withChromium } from './browser.mjs';

const DIGITS = { latn: '0123456789', arab: '٠١٢٣٤٥٦٧٨٩', persian: '۰۱۲۳۴۵۶۷۸۹' };

function parseArguments(argv) {
  const options = { pdfs: null, budget: 250, sites: [] };
  let typing = 'latn';
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--pdfs') options.pdfs = argv[++i];
    else if (argv[i] === '--budget') options.budget = Number(argv[++i]);
    else if (argv[i] === '--typing') typing = argv[++i];
    else options.sites.push({ dir: argv[i], typing });
  }
  return options;
}

function toDigits(text, to) {
  return text.replace(/[0-9٠-٩۰-۹]/g, (c) => {
    for (const from of Object.values(DIGITS)) if (from.includes(c)) return DIGITS[to][from.indexOf(c)];
    return c;
  });
}

// Text as compared: no spaces or direction marks, no harakat or tatweel (a PDF may put a mark
// before or after its letter), compatibility forms folded (presentation forms → letters).
function comparable(text) {
  return text.normalize('NFKC')
    .replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0640]/g, '')
    .replace(/[\u064b-\u065f\u0670]/g, '');
}

// A printed PDF's text, read three ways: as pdftotext reads it; block by block (pdftotext's
// layout analysis keeps side-by-side fields apart); and line by line across the page (digit
// cells, one word per cell, fall into separate blocks). Lines are read top to bottom, a line's
// words right to left and left to right (Arabic one way, digit cells the other). -bbox gives an
// Arabic word's letters in visual order.
function printedText(pdf) {
  const plain = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const logical = (word) => (/[\u0621-\u064a\u066e-\u06d3\ufb50-\ufefc]/.test(word) ? [...word].reverse().join('') : word);
  const wordsOf = (text) => [...text.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x: Number(m[1]), y: (Number(m[2]) + Number(m[3])) / 2, text: logical(decode(m[4])) }));
  const read = (lines) => [
    lines.map((words) => [...words].sort((p, q) => q.x - p.x).map((w) => w.text).join('')).join(''),
    lines.map((words) => [...words].sort((p, q) => p.x - q.x).map((w) => w.text).join('')).join(''),
  ];
  const texts = [plain];
  for (const page of xml.split('<page ').slice(1)) {
    for (const block of page.split('<block ').slice(1)) texts.push(...read(block.split('<line ').slice(1).map(wordsOf)));
    const rows = [];
    for (const word of wordsOf(page).sort((p, q) => p.y - q.y)) {
      const row = rows.find((r) => Math.abs(r.y - word.y) < 3);
      if (row) row.words.push(word); else rows.push({ y: word.y, words: [word] });
    }
    texts.push(...read(rows.map((r) => r.words)));
  }
  return texts.map(comparable);
}

// A valid value for every text box of the page, typed with `typing` digits.
async function fillEveryField(page, typing) {
  const typed = [];
  const controls = await page.$$eval('form.intake input, form.intake textarea', (all) => all.map((e) => ({
    id: e.id, type: e.type, tag: e.tagName, part: e.dataset.part || '', pattern: e.getAttribute('pattern') || '',
    maxLength: e.maxLength, name: e.name, calendar: e.closest('fieldset.date')?.dataset.calendar || '',
  })));
  const digits = (s) => toDigits(s, typing);
  // Arabic text naming its field (its index spelt in letters), long enough to wrap.
  const letters = 'ابتثجحخدذر';
  let count = 0;
  const text = (n) => `قيمة ${String(++count).replace(/\d/g, (d) => letters[d])} ${'كتبها المتقدم كاملة '.repeat(n)}نهاية`;
  for (const c of controls) {
    if (c.type === 'radio') {
      // The first answer of each group (the Hijri calendar where there is a choice).
      const first = await page.$eval(`[id="${c.id}"]`, (e) => e.form.querySelector(`input[name="${CSS.escape(e.name)}"]`) === e);
      if (first) await page.check(`[id="${c.id}"]`);
      continue;
    }
    if (c.type === 'checkbox') { await page.check(`[id="${c.id}"]`); continue; }
    let value;
    if (c.name.endsWith('[age]')) value = digits('12');
    else if (c.part === 'day') value = digits(c.calendar === 'gregorian' ? '28' : '29');
    else if (c.part === 'month') value = digits('11');
    else if (c.part === 'year') value = digits(c.calendar === 'gregorian' ? '1987' : '1445');
    else if (c.pattern.startsWith('[12') || c.pattern.startsWith('[1١')) value = digits('1098765432');
    else if (c.pattern.startsWith('[2٢')) value = digits('2098765432');
    else if (c.pattern.startsWith('[0٠۰][5')) value = digits('0551234567');
    else if (c.pattern && c.maxLength > 0 && /\{\d+\}$/.test(c.pattern)) value = digits('1234567890123456'.slice(0, c.maxLength));
    else if (c.pattern) value = digits(c.maxLength > 0 ? '4500'.slice(0, c.maxLength) : '4500');
    else if (c.type === 'email') value = 'applicant@example.org';
    else if (c.tag === 'TEXTAREA') value = Array.from({ length: 9 }, (_, i) => `السطر ${digits(String(i + 1))} ${text(1)}`).join('\n');
    else if (c.name.includes('[')) value = c.name.includes('[age]') ? digits('12') : text(1);
    else if (/_(name|date)$/.test(c.name)) value = text(0);  // a signer's name, a date: short
    else if (/_other$/.test(c.name)) value = text(1);
    else value = text(3);
    await page.fill(`[id="${c.id}"]`, value);
    typed.push({ id: c.id, value, numeric: Boolean(c.pattern) });
  }
  return typed;
}

// Every word of `value` in `text`, in order and close together: a value printed beside another
// field's lines (a label, a neighbour's wrapped value) comes out of pdftotext interleaved.
function inOrderNearby(text, value) {
  const words = value.split(/\s+/).map(comparable).filter(Boolean);
  for (let start = text.indexOf(words[0]); start >= 0; start = text.indexOf(words[0], start + 1)) {
    let at = start;
    const ok = words.every((w) => { const found = text.indexOf(w, at); if (found < 0) return false; at = found + w.length; return true; });
    if (ok && at - start <= 2 * comparable(value).length) return true;
  }
  return false;
}

async function formState(page) {
  return page.$$eval('form.intake input, form.intake textarea', (all) => all.map((e) => [e.id,
    e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value]));
}

// `full`: also the messages, the reload, the blank copy and clearing (the first site only: they
// do not depend on the organisation, and the browser's time is the test's).
async function checkForm(context, file, typing, full, options, report) {
  const label = `${path.basename(path.dirname(path.dirname(path.dirname(file))))}/${path.basename(file, '.html')} typed ${typing}`;
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => { localStorage.clear(); return document.fonts.ready; });
  await page.reload();
  const shown = await page.$eval('form.intake', (f) => f.dataset.digits);

  // Validation messages before anything is typed: Arabic, naming the field.
  const messages = !full ? [] : await page.evaluate(() => {
    document.querySelector('form.intake').checkValidity();
    return [...document.querySelectorAll('form.intake input, form.intake textarea')]
      .filter((e) => !e.validity.valid).map((e) => ({ id: e.id, message: e.validationMessage, name: e.dataset.name || '' }));
  });
  const notArabic = messages.filter((m) => !/[\u0600-\u06ff]/.test(m.message) || /Please|fill out/i.test(m.message)
    || (m.name && !m.message.includes(m.name.replace(/\s*\*\s*$/, ''))));
  if (full) {
    report.check(messages.length > 0 && notArabic.length === 0, `${label}: validation messages are Arabic and name the field`,
      JSON.stringify(notArabic.slice(0, 3)));
  }

  const typed = await fillEveryField(page, typing);
  const invalid = await page.evaluate(() => [...document.querySelectorAll('form.intake input, form.intake textarea')]
    .filter((e) => !e.validity.valid).map((e) => `${e.id}: ${e.validationMessage}`));
  report.check(invalid.length === 0, `${label}: every field filled validly`, invalid.join('; '));
  const values = Object.fromEntries(await formState(page));
  const wrongDigits = typed.filter((t) => t.numeric && values[t.id] !== toDigits(t.value, shown));
  report.check(wrongDigits.length === 0, `${label}: digits shown in the organisation's digits (${shown})`,
    wrongDigits.map((t) => `${t.id}: ${values[t.id]}`).join(', '));
  const cells = await page.$$eval('.cells-box', (boxes) => boxes.filter((b) => {
    const value = b.querySelector('input').value;
    return [...b.querySelectorAll('.cells-show span')].map((s) => s.textContent).join('') !== value
      || [...b.querySelectorAll('.cells-show span')].some((s) => s.textContent.length > 1);
  }).map((b) => b.querySelector('input').id));
  report.check(cells.length === 0, `${label}: one digit per cell`, cells.join(', '));

  // Printed: every typed value on the paper, complete.
  const pdf = path.join(options.pdfs, `${label.replace(/[/ ]/g, '-')}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const printed = printedText(pdf);
  const missing = typed.filter((t) => {
    const want = comparable(t.numeric ? toDigits(t.value, shown) : t.value);
    return !printed.some((text) => text.includes(want) || inOrderNearby(text, t.value));
  });
  report.check(missing.length === 0, `${label}: every typed value prints complete`,
    missing.slice(0, 4).map((t) => `${t.id}: ${t.value.slice(0, 60)}`).join(' | '));
  const footer = printed[0].includes(comparable(`صفحة ${toDigits('1', shown)} من`));
  report.check(footer, `${label}: pages say «صفحة X من Y»`);

  if (!full) {
    await page.evaluate(() => localStorage.clear());
    await page.close();
    return;
  }
  // Kept: a reload brings every value back.
  await page.reload();
  await page.evaluate(() => document.fonts.ready);
  const reloaded = Object.fromEntries(await formState(page));
  const lost = Object.keys(values).filter((id) => values[id] !== reloaded[id]);
  report.check(lost.length === 0, `${label}: a reload keeps every value`, lost.slice(0, 5).join(', '));

  // «طباعة نموذج فارغ» opens an empty copy and leaves the values here.
  const [copy] = await Promise.all([
    context.waitForEvent('page'),
    page.click('button[data-action="blank"]'),
  ]);
  await copy.waitForLoadState('load');
  const copyValues = await formState(copy);
  await copy.close();
  const afterBlank = Object.fromEntries(await formState(page));
  report.check(copyValues.every(([, v]) => v === '' || v === false) && Object.keys(values).every((id) => afterBlank[id] === values[id]),
    `${label}: printing a blank form opens an empty copy and keeps the values`);

  // «مسح البيانات» asks first: refused, nothing changes; accepted, all is gone, reload included.
  page.once('dialog', (d) => d.dismiss());
  await page.click('button[data-action="clear"]');
  const kept = Object.fromEntries(await formState(page));
  page.once('dialog', (d) => d.accept());
  await page.click('button[data-action="clear"]');
  await page.reload();
  const cleared = await formState(page);
  report.check(Object.keys(values).every((id) => kept[id] === values[id]) && cleared.every(([, v]) => v === '' || v === false),
    `${label}: clearing asks first, then clears what was kept`);
  report.check(errors.length === 0, `${label}: no script errors`, errors.join('; '));
  await page.close();
}

// Range checks of the date parts and the "at least one" of a starred checkbox group.
async function checkRanges(context, file, report) {
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  const result = await page.evaluate(() => {
    const set = (e, v) => { e.value = v; e.dispatchEvent(new Event('input', { bubbles: true })); return !e.validity.valid; };
    const hijri = document.querySelector('fieldset.date[data-calendar="hijri"]');
    const part = (name) => hijri.querySelector(`input[data-part="${name}"]`);
    const group = document.querySelector('fieldset[data-required-group] input[type=checkbox]');
    const out = {
      day31: set(part('day'), '31'), day30: !set(part('day'), '٣٠'), day0: set(part('day'), '0'),
      month13: set(part('month'), '13'), month12: !set(part('month'), '۱۲'),
      year0001: set(part('year'), '0001'), year1445: !set(part('year'), '1445'),
      groupEmpty: group ? !group.validity.valid : null, message: part('day').validationMessage,
    };
    set(part('day'), '31');
    out.dayMessage = part('day').validationMessage;
    if (group) { group.click(); out.groupTicked = group.validity.valid; }
    return out;
  });
  await page.evaluate(() => localStorage.clear());
  await page.close();
  const ok = result.day31 && result.day30 && result.day0 && result.month13 && result.month12 && result.year0001
    && result.year1445 && result.groupEmpty === true && result.groupTicked === true && /هجري/.test(result.dayMessage);
  report.check(ok, `${path.basename(file)}: Hijri day 1–30, month 1–12, a plausible year; a starred group needs a tick`,
    JSON.stringify(result));
}

// What a visitor downloads for a policy page: the page, its stylesheets and fonts.
async function checkWeight(context, siteDir, budgetKb, report) {
  const policy = fs.readdirSync(siteDir).filter((n) => n.endsWith('.html') && n !== 'index.html').sort()[0];
  if (!policy) return;
  const page = await context.newPage();
  let bytes = 0;
  const files = [];
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'file:') return;
    const size = fs.statSync(decodeURIComponent(url.pathname)).size;
    bytes += size;
    files.push(`${path.basename(url.pathname)} ${size}`);
  });
  await page.goto(pathToFileURL(path.join(siteDir, policy)).href, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.close();
  const kb = Math.round(bytes / 1024);
  console.log(`# ${siteDir}/${policy}: ${kb} KB (${files.join(', ')})`);
  report.check(kb < budgetKb, `${path.basename(path.dirname(siteDir))}/${policy}: page weight ${kb} KB under ${budgetKb} KB, fonts included`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const executable = chromiumOrSkip();
  if (options.sites.length === 0) {
    console.error('usage: node check_forms.mjs [--pdfs DIR] [--budget KB] --typing latn|arab SITE_DIR…');
    process.exit(2);
  }
  options.pdfs ??= fs.mkdtempSync(path.join(os.tmpdir(), 'siyasa-forms-'));
  fs.mkdirSync(options.pdfs, { recursive: true });
  const report = new Report();
  await withChromium(executable, { viewport: { width: 1280, height: 900 } }, async (context) => {
    await context.route(/^(?!file:)/, (route) => route.abort());
    for (const { dir, typing } of options.sites) {
      const forms = path.join(dir, 'forms');
      const pages = fs.readdirSync(forms).filter((n) => n.endsWith('.html')).sort().map((n) => path.join(forms, n));
      const full = dir === options.sites[0].dir;
      for (const file of pages) await checkForm(context, file, typing, full, options, report);
      const request = pages.find((p) => p.endsWith('beneficiary-support-request.html'));
      if (request && full) await checkRanges(context, request, report);
      await checkWeight(context, dir, options.budget, report);
    }
  });
  finish(report);
}

run(main);
