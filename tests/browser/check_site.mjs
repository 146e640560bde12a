// Opens every page siyasa wrote into one or more site folders in Debian's headless Chromium and
// checks what a visitor gets: right-to-left layout, the Arabic web font really in use, no
// sideways scrolling on a 360 px phone, every link and asset resolving to a file that exists,
// no request leaving the disk, and no serious or critical axe-core accessibility violation.
//
//   node check_site.mjs [--screenshots DIR] [--page FILE]... [--fragment FILE]... SITE_DIR...
//
// --page: a standalone page (`siyasa render --format html`); --fragment: a page hosting a
// `--fragment` body inside someone else's left-to-right layout (the fragment must still read
// right to left there; the host's fonts are the host's business, so no font checks).
//
// Exits 77 (skipped) when Chromium cannot be found, 1 when any check fails.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Report, chromiumOrSkip, finish, run, withChromium } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const WIDTHS = [360, 1280];
const FONT_FAMILY = 'SiyasaBody';
const STANDALONE_FAMILIES = ['Amiri', 'Noto Kufi Arabic'];

function parseArguments(argv) {
  const options = { screenshots: null, sites: [], pages: [], fragments: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--screenshots') options.screenshots = argv[++i];
    else if (argv[i] === '--page') options.pages.push(argv[++i]);
    else if (argv[i] === '--fragment') options.fragments.push(argv[++i]);
    else options.sites.push(argv[i]);
  }
  return options;
}

// The pages of a site folder: index.html, one per policy, and the browser forms in forms/.
function pagesOf(siteDir) {
  const html = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
    .filter((name) => name.endsWith('.html')).sort().map((name) => path.join(dir, name));
  return [...html(siteDir), ...html(path.join(siteDir, 'forms'))];
}

// "kiswa/site/forms/x.html" → "kiswa-forms-x": a name for screenshots and messages.
function pageLabel(pageFile) {
  const parts = pageFile.split(path.sep);
  const site = parts.lastIndexOf('site');
  if (site < 1) return path.basename(pageFile, '.html');
  return [parts[site - 1], ...parts.slice(site + 1)].join('-').replace(/\.html$/, '');
}

// Where a relative link of `page` points on disk, or null for links that are not files.
function fileTarget(href, pageUrl) {
  const url = new URL(href, pageUrl);
  return url.protocol === 'file:' ? fileURLToPath(url) : null;
}

// The site folder a page belongs to (the nearest folder named "site" above it), or null.
function siteRootOf(pageFile) {
  const parts = path.resolve(pageFile).split(path.sep);
  const at = parts.lastIndexOf('site');
  return at > 0 ? parts.slice(0, at + 1).join(path.sep) : null;
}

// A page of a site folder links only files inside that folder: uploading it publishes them all.
async function checkLinks(page, pageFile, name, report) {
  const root = siteRootOf(pageFile);
  const { links, fragments, ids } = await page.evaluate(() => ({
    links: [...document.querySelectorAll('a[href], link[href], img[src], script[src]')]
      .map((e) => e.getAttribute('href') ?? e.getAttribute('src')),
    fragments: [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1)),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
  }));
  const pageUrl = pathToFileURL(pageFile).href;
  const missing = [];
  for (const href of links) {
    if (href.startsWith('#')) continue;
    const target = fileTarget(href, pageUrl);
    if (target === null) {
      if (!/^(https?:|mailto:|tel:|data:image\/)/.test(href)) missing.push(`${href.slice(0, 80)} (unexpected scheme)`);
    } else if (!fs.existsSync(target.split('#')[0])) {
      missing.push(href);
    } else if (root && path.relative(root, target.split('#')[0]).startsWith('..')) {
      missing.push(`${href} (outside ${root})`);
    }
  }
  const idSet = new Set(ids);
  for (const fragment of fragments) if (!idSet.has(decodeURIComponent(fragment))) missing.push(`#${fragment}`);
  report.check(missing.length === 0, `${name}: every link resolves within its site folder`, missing.join(', '));
  report.check(idSet.size === ids.length, `${name}: element ids are unique`);
}

// The fonts Chromium really drew the page title with (DevTools protocol), so a font that
// "loaded" but lost to a fallback still fails.
async function fontsUsedFor(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) return [];
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

async function checkPage(context, pageFile, options, report, kind = 'site') {
  const name = kind === 'site' ? pageLabel(pageFile) : `${kind} ${path.basename(pageFile)}`;
  const root = kind === 'fragment' ? '.siyasa-policy' : 'html';
  const page = await context.newPage();
  const outside = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) outside.push(request.url());
  });
  await page.route(/^(?!file:)/, (route) => route.abort());

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const label = `${name} @${width}px`;

    const layout = await page.evaluate(([family, root]) => ({
      htmlDirection: getComputedStyle(document.querySelector(root)).direction,
      bodyDirection: getComputedStyle(root === 'html' ? document.body : document.querySelector(`${root} p`)).direction,
      lang: document.querySelector(root).lang,
      charset: document.characterSet,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      fontLoaded: [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded'),
      fontCheck: document.fonts.check(`16px ${family}`, 'سياسة'),
    }), [FONT_FAMILY, root]);
    report.check(layout.htmlDirection === 'rtl' && layout.bodyDirection === 'rtl' && layout.lang === 'ar',
      `${label}: lang ar, computed direction rtl`, JSON.stringify(layout));
    report.check(layout.charset === 'UTF-8', `${label}: UTF-8`, layout.charset);
    report.check(layout.scrollWidth <= layout.clientWidth, `${label}: no horizontal overflow`,
      `scrollWidth ${layout.scrollWidth} > ${layout.clientWidth}`);
    const fontChecks = kind === 'fragment' ? []
      : [['h1', 'the title (bold)'], ['main p', 'running text (regular)']];
    if (kind !== 'fragment') {
      report.check(layout.fontLoaded && layout.fontCheck, `${label}: web font ${FONT_FAMILY} loaded`);
    }
    // A site page must draw with its own web fonts; a standalone page has no assets and names
    // the PDF's faces as installed fonts (local()), so there it must draw with those.
    const expected = kind === 'site' ? (f) => f.isCustomFont
      : (f) => STANDALONE_FAMILIES.includes(f.familyName);
    for (const [selector, what] of fontChecks) {
      const used = (await fontsUsedFor(page, selector)).filter((f) => f.glyphCount > 0);
      report.check(used.length > 0 && used.every(expected),
        `${label}: ${what} is drawn with ${kind === 'site' ? 'the web font' : 'the PDF\'s faces'} only`,
        JSON.stringify(used));
    }

    if (options.screenshots) {
      const stem = kind === 'site' ? pageLabel(pageFile) : `${kind}-${path.basename(pageFile, '.html')}`;
      const shot = path.join(options.screenshots, `${stem}-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
    }
  }

  await checkLinks(page, pageFile, name, report);

  // Print: navigation and buttons are left out, the text stays and fits an A4 page's width.
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => ({
    hidden: [...document.querySelectorAll('.toc, .download, .policy-links, .skip-link, .breadcrumbs')]
      .every((e) => getComputedStyle(e).display === 'none'),
    textShown: getComputedStyle(document.querySelector('main')).display !== 'none',
    overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  report.check(print.hidden && print.textShown && !print.overflow,
    `${name}: print stylesheet hides navigation and keeps the text`, JSON.stringify(print));
  await page.emulateMedia({ media: 'screen' });

  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  report.check(violations.length === 0, `${name}: no serious or critical axe-core violations`, violations.join('\n    '));
  report.check(outside.length === 0, `${name}: no request leaves the disk`, outside.join(', '));
  await page.close();
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const executable = chromiumOrSkip();
  if (options.sites.length + options.pages.length + options.fragments.length === 0) {
    console.error('usage: node check_site.mjs [--screenshots DIR] [--page FILE]... [--fragment FILE]... SITE_DIR...');
    process.exit(2);
  }
  if (options.screenshots) fs.mkdirSync(options.screenshots, { recursive: true });

  const report = new Report();
  await withChromium(executable, {}, async (context) => {
    for (const site of options.sites) {
      const pages = pagesOf(site);
      report.check(pages.some((p) => p.endsWith('index.html')), `${site}: has index.html`);
      for (const pageFile of pages) await checkPage(context, pageFile, options, report);
    }
    for (const pageFile of options.pages) await checkPage(context, pageFile, options, report, 'standalone');
    for (const pageFile of options.fragments) await checkPage(context, pageFile, options, report, 'fragment');
  });
  finish(report);
}

run(main);
