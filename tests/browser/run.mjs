#!/usr/bin/env node
// Browser checks of a built Signpost site, in headless Debian Chromium.
//
//   node run.mjs <dist-dir> <artifacts-dir>     every page of every locale
//   node run.mjs --expect-violations <dir>      proves the checks can fail
//   node run.mjs --framing <url> <root-dir>     a page served with the site's
//                                               headers cannot be framed
//   node run.mjs --search <dist-dir> <cases.json> <artifacts-dir>
//                                               the search, by its reader
//   node run.mjs --recall <dist-dir> <cases.json>
//                                               search recall, query by query
//   node run.mjs --first-search <dist-dir> <cases.json>
//                                               bytes of a first search
//
// The site is served from a loopback port by Node's own http module. Every
// request the browser makes goes through one route handler: requests to
// the local server pass, the "Exit this page" destination is answered with
// a tiny local page (it is where the quick exit is meant to go), and any
// other request is aborted and recorded as a failure, so the run is
// offline and proves the pages make no third-party request.
//
// Per page (each locale, each kind): axe-core (WCAG 2.0/2.1/2.2 A and AA),
// no horizontal scroll at 320 and 1280 CSS px with screenshots of both,
// valid HTML (html-validate), language and direction, one h1 and heading
// order, landmarks, skip links, visible focus, no inline script or style,
// no cookies or storage, outbound links without a referrer. Advice pages
// also: the quick exit (Shift three times, the button, the skip link,
// without JavaScript), Back not returning, the print button, page weight,
// and click-to-call links that match the English page and read
// left-to-right. Prints `N passed, M failed` last; exits 1 on any failure.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

import { chromium } from 'playwright-core';
import { HtmlValidate } from 'html-validate';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const CHROMIUM = process.env.SIGNPOST_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [320, 1280];
const PAGE_WEIGHT_LIMIT = 60 * 1000; // bytes of HTML + CSS + JS per advice page
const SHIFT_TIMEOUT_MS = 5000; // static/js/site.js resets the count after this
const SOURCE_LOCALE = 'en';
const RTL_LOCALES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi']);
const EXIT_PAGE = '<!DOCTYPE html><html lang="en"><head><title>Exit</title></head><body><p>Exit</p></body></html>';

// ---------------------------------------------------------------- results

let passed = 0;
let failed = 0;

function pass(name) {
  passed += 1;
  console.log(`ok    ${name}`);
}

function fail(name, detail) {
  failed += 1;
  console.log(`FAIL  ${name}`);
  for (const line of String(detail).split('\n')) {
    console.log(`        ${line}`);
  }
}

/** Records one check: `problems` is a list of strings (empty = passed). */
function check(name, problems) {
  const list = (Array.isArray(problems) ? problems : [problems]).filter(Boolean);
  if (list.length === 0) {
    pass(name);
  } else {
    fail(name, list.join('\n'));
  }
  return list.length === 0;
}

const STEP_TIMEOUT_MS = 60000;

/** Runs `body`; an exception or a hang is a failed check, never a crash. */
async function step(name, body) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  try {
    const problems = await Promise.race([body(), timeout]);
    return check(name, problems ?? []);
  } catch (error) {
    fail(name, error && error.stack ? error.stack : String(error));
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function summaryAndExit() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

// ------------------------------------------------------------------ server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/**
 * The site's path on its server (`/` or e.g. `/help/`), which 404.html uses
 * for its links since it can be served at any depth: read from its
 * stylesheet link.
 */
function basePath(root) {
  const notFound = path.join(root, '404.html');
  const html = fs.existsSync(notFound) ? fs.readFileSync(notFound, 'utf8') : '';
  const match = /href="?(\/[^" >]*?)css\/[^" >]*\.css/.exec(html);
  return match ? match[1] : '/';
}

/** Every request the server answered: its path and Cache-Control header. */
const served = [];

/**
 * Serves `root` on 127.0.0.1 (a free port), also under the site's base path
 * when it has one; 404.html with status 404 for unknown paths.
 */
function serve(root) {
  const base = basePath(root);
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (base !== '/' && pathname.startsWith(base)) {
      pathname = '/' + pathname.slice(base.length);
    }
    served.push({ pathname, cacheControl: request.headers['cache-control'] || '' });
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) {
      file = path.join(file, 'index.html');
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        const notFound = path.join(root, '404.html');
        const page = fs.existsSync(notFound) ? fs.readFileSync(notFound) : Buffer.from('');
        response.writeHead(404, { 'content-type': TYPES['.html'] }).end(page);
        return;
      }
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Every .html file under `root`, as paths relative to it, sorted. */
function htmlFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.name.endsWith('.html')) {
        found.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  walk(root);
  return found;
}

/** What a built file is: its URL path, locale, kind and a short name. */
function describe(relative) {
  const parts = relative.split('/');
  const urlPath = '/' + relative.replace(/(^|\/)index\.html$/, '$1');
  if (parts.length === 1) {
    const kind = relative === '404.html' ? 'not-found' : relative === 'index.html' ? 'root' : 'other';
    return { relative, urlPath, locale: SOURCE_LOCALE, kind, name: relative.replace(/\.html$/, '') };
  }
  const locale = parts[0];
  if (parts.length === 2 && parts[1] === 'index.html') {
    return { relative, urlPath, locale, kind: 'home', name: `${locale}-home` };
  }
  if (parts.length === 3 && parts[1] === 'leaflets' && parts[2] === 'index.html') {
    return { relative, urlPath, locale, kind: 'leaflets', name: `${locale}-leaflets` };
  }
  if (parts.length === 3 && parts[1] === 'search' && parts[2] === 'index.html') {
    return { relative, urlPath, locale, kind: 'search', name: `${locale}-search` };
  }
  if (parts.length === 3 && parts[2] === 'index.html') {
    return { relative, urlPath, locale, kind: 'advice', slug: parts[1], name: `${locale}-${parts[1]}` };
  }
  return { relative, urlPath, locale, kind: 'other', name: relative.replace(/[/.]/g, '-') };
}

// ----------------------------------------------------------------- browser

/** The run's shared state for the route handler. */
const network = {
  origin: '',
  exitUrls: new Set(),
  exits: [], // { url, referer }
  blocked: [], // urls
  fonts: [], // urls
  gate: null, // a promise the exit response waits for, when set
  exitState: null, // what the page looked like as it left (reported by the page)
  phoneLinks: 0, // click-to-call links seen on advice pages
};

async function newContext(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
    ...options,
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(network.origin + '/')) {
      if (request.resourceType() === 'font') {
        network.fonts.push(url);
      }
      await route.continue();
      return;
    }
    if (network.exitUrls.has(url) && request.isNavigationRequest()) {
      network.exits.push({ url, referer: request.headers().referer || null });
      if (network.gate) {
        await network.gate;
      }
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EXIT_PAGE });
      return;
    }
    if (url.startsWith('data:') || url === 'about:blank') {
      await route.continue();
      return;
    }
    network.blocked.push(url);
    await route.abort('blockedbyclient');
  });
  // Injected through DevTools before any page script (the page's own CSP
  // does not apply to it): collect CSP violations, and report how the page
  // looks at the moment it starts leaving, since a page that is navigating
  // away can no longer be asked.
  await context.exposeBinding('__signpostExitState', (_source, state) => {
    network.exitState = state;
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    let reported = false;
    new MutationObserver(() => {
      if (reported || !document.documentElement.classList.contains('exiting')) return;
      reported = true;
      const overlay = document.querySelector('.exit-overlay');
      const box = overlay ? overlay.getBoundingClientRect() : null;
      const main = document.querySelector('main');
      const searchBox = document.querySelector('[data-search-input]');
      window.__signpostExitState({
        overlay: Boolean(overlay) && getComputedStyle(overlay).position === 'fixed' && box.width >= innerWidth && box.height >= innerHeight,
        mainHidden: Boolean(main) && getComputedStyle(main).visibility === 'hidden',
        searchText: searchBox ? searchBox.value : null,
        searchResults: document.querySelectorAll('[data-search-results] li').length,
      });
    }).observe(document, { attributes: true, attributeFilter: ['class'], childList: true, subtree: true });
  });
  return context;
}

/** Console errors, page errors and failed local requests of one page. */
function watch(page) {
  const seen = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      seen.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (url.startsWith(network.origin + '/')) {
      seen.push(`request failed: ${url} ${request.failure()?.errorText ?? ''}`);
    }
  });
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith(network.origin + '/') && response.status() >= 400 && response.request().resourceType() !== 'document') {
      seen.push(`HTTP ${response.status()}: ${url}`);
    }
  });
  return seen;
}

async function runAxe(page) {
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!present) {
    // Evaluated through DevTools: the page's CSP does not stop it, and the
    // page itself is not changed.
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
}

function axeProblems(results) {
  return results.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}: ${(node.failureSummary || '').replace(/\s+/g, ' ')}`)
      .join('\n');
    return `${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
  });
}

async function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    return { scroll: doc.scrollWidth, client: doc.clientWidth };
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(predicate, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (predicate()) {
      return;
    }
    await sleep(20);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

// ---------------------------------------------------------- page checks

/** Structure and privacy checks that need the live DOM (at 1280 px). */
async function structure(page, info, raw) {
  return page.evaluate(({ locale, rtl, raw, search }) => {
    const problems = [];
    const html = document.documentElement;
    if (html.getAttribute('lang') !== locale) {
      problems.push(`<html lang="${html.getAttribute('lang')}">, expected "${locale}"`);
    }
    const dir = html.getAttribute('dir');
    if (dir !== (rtl ? 'rtl' : 'ltr')) {
      problems.push(`<html dir="${dir}">, expected "${rtl ? 'rtl' : 'ltr'}"`);
    }
    if (getComputedStyle(document.body).direction !== (rtl ? 'rtl' : 'ltr')) {
      problems.push(`body is laid out ${getComputedStyle(document.body).direction}`);
    }
    // Headings: one h1, first, and no level skipped on the way down.
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const h1s = headings.filter((h) => h.tagName === 'H1');
    if (h1s.length !== 1) {
      problems.push(`${h1s.length} h1 elements, expected 1`);
    }
    if (headings.length && headings[0].tagName !== 'H1') {
      problems.push(`first heading is ${headings[0].tagName}: "${headings[0].textContent.trim()}"`);
    }
    let level = 0;
    for (const heading of headings) {
      const next = Number(heading.tagName[1]);
      if (next > level + 1) {
        problems.push(`heading order: ${heading.tagName} "${heading.textContent.trim()}" follows h${level}`);
      }
      level = next;
    }
    // Landmarks.
    const count = (selector) => document.querySelectorAll(selector).length;
    if (count('main') !== 1) problems.push(`${count('main')} <main> elements`);
    if (count('body > header') !== 1) problems.push('no site header (banner)');
    if (count('body > footer') !== 1) problems.push('no site footer (contentinfo)');
    // Skip links: "Exit this page" first, then "Skip to main content".
    const focusable = [...document.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), textarea, select')]
      .filter((el) => el.checkVisibility());
    const first = focusable[0];
    const exitButton = document.querySelector('.exit-button');
    if (!exitButton) {
      problems.push('no "Exit this page" button (.exit-button)');
    } else {
      const exitUrl = exitButton.href;
      if (!/^https:\/\//.test(exitUrl) || new URL(exitUrl).origin === location.origin) {
        problems.push(`exit button goes to ${exitUrl}, expected an https:// address on another site`);
      }
      if (!first || first.href !== exitUrl || !first.classList.contains('skip-link')) {
        problems.push(`the first focusable element is not the "Exit this page" skip link: ${first && first.outerHTML.slice(0, 120)}`);
      } else if (first.textContent.trim() !== exitButton.textContent.trim()) {
        problems.push(`skip link "${first.textContent.trim()}" and button "${exitButton.textContent.trim()}" differ`);
      }
      const box = exitButton.getBoundingClientRect();
      if (box.top > 250 || box.height < 24) {
        problems.push(`exit button is not prominent near the top (top ${box.top}px, height ${box.height}px)`);
      }
      const style = getComputedStyle(exitButton);
      if (style.backgroundColor !== 'rgb(212, 53, 28)') {
        problems.push(`exit button background is ${style.backgroundColor}, expected the warning red`);
      }
    }
    const second = focusable[1];
    if (!second || second.getAttribute('href') !== '#main-content' || !document.getElementById('main-content')) {
      problems.push('the second focusable element is not a skip link to #main-content');
    }
    const status = document.querySelector('.exit-this-page [role="status"]');
    if (!status) {
      problems.push('no status region for the Shift key announcements');
    }
    for (const attribute of ['data-press-two', 'data-press-one', 'data-expired']) {
      const text = document.querySelector('.exit-this-page')?.getAttribute(attribute) || '';
      if (!text.trim()) problems.push(`.exit-this-page has no ${attribute} text`);
    }
    // Privacy and the CSP: no inline script, style or handlers.
    // Search pages only may compile WebAssembly and fetch the site's own
    // files; never 'unsafe-eval', 'unsafe-inline' or blob:.
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '';
    const expectedScript = search ? "script-src 'self' 'wasm-unsafe-eval';" : "script-src 'self';";
    const withoutWasm = csp.replace(" 'wasm-unsafe-eval'", '');
    if (!/default-src 'none'/.test(csp) || !csp.includes(expectedScript) || /unsafe/.test(withoutWasm) || /blob:|data:|\*/.test(csp)) {
      problems.push(`Content-Security-Policy is "${csp}"`);
    }
    // First in <head>: a policy applies only to what comes after it.
    if (document.head.firstElementChild?.getAttribute('http-equiv') !== 'Content-Security-Policy') {
      problems.push(`the first element of <head> is ${document.head.firstElementChild?.outerHTML}, not the policy`);
    }
    if (search !== /connect-src 'self'/.test(csp) || /worker-src|child-src/.test(csp)) {
      problems.push(`Content-Security-Policy is "${csp}" (connect-src 'self' on search pages only, no workers)`);
    }
    if (document.querySelector('meta[name="referrer"]')?.content !== 'no-referrer') {
      problems.push('no <meta name="referrer" content="no-referrer">');
    }
    // Checked on the file as served (parsed, not run): the live DOM may
    // carry attributes the browser itself adds (autofill styles).
    const served = new DOMParser().parseFromString(raw, 'text/html');
    for (const script of served.querySelectorAll('script')) {
      if (!script.getAttribute('src')) problems.push('inline <script>');
      else if (new URL(script.getAttribute('src'), location.href).origin !== location.origin) problems.push(`third-party script ${script.getAttribute('src')}`);
    }
    if (served.querySelector('style')) problems.push('inline <style> element');
    for (const el of served.querySelectorAll('*')) {
      for (const attribute of el.getAttributeNames()) {
        if (attribute === 'style' || attribute.startsWith('on')) {
          problems.push(`inline ${attribute}= on <${el.tagName.toLowerCase()}>`);
        }
      }
    }
    for (const link of document.querySelectorAll('a[href], area[href]')) {
      const url = new URL(link.href, location.href);
      if (/^https?:$/.test(url.protocol) && url.origin !== location.origin) {
        const rel = (link.getAttribute('rel') || '').split(/\s+/);
        if (!rel.includes('noreferrer')) problems.push(`outbound link without rel="noreferrer": ${link.href}`);
      }
    }
    for (const form of document.querySelectorAll('form')) {
      if (form.method !== 'get') problems.push('a form that is not GET');
    }
    // The language switcher: every language, each marked with its language.
    const switcher = document.querySelector('nav.language-switcher');
    if (switcher) {
      for (const link of switcher.querySelectorAll('a')) {
        if (!link.getAttribute('lang') || !link.getAttribute('hreflang') || !link.textContent.trim()) {
          problems.push(`language link without lang/hreflang/name: ${link.outerHTML.slice(0, 120)}`);
        }
      }
    }
    return problems;
  }, { locale: info.locale, rtl: RTL_LOCALES.has(info.locale.split('-')[0]), raw, search: info.kind === 'search' });
}

/** Every focusable element looks different when focused. */
async function focusVisible(page) {
  return page.evaluate(() => {
    const problems = [];
    // Open every disclosure so that what is inside is checked too.
    for (const details of document.querySelectorAll('details')) details.open = true;
    const elements = [...document.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), textarea, select')]
      .filter((el) => el.checkVisibility());
    const look = (el) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.borderColor, s.position, s.clipPath].join('|');
    };
    for (const el of elements) {
      const before = look(el);
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) {
        problems.push(`cannot focus ${el.outerHTML.slice(0, 100)}`);
        continue;
      }
      if (look(el) === before) {
        problems.push(`no visible focus style on ${el.outerHTML.slice(0, 100)}`);
      }
      el.blur();
    }
    return problems;
  });
}

async function storageProblems(page, context) {
  const problems = [];
  const cookies = await context.cookies();
  if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
  const stored = await page.evaluate(() => ({
    cookie: document.cookie,
    local: window.localStorage.length,
    session: window.sessionStorage.length,
  }));
  if (stored.cookie) problems.push(`document.cookie = ${stored.cookie}`);
  if (stored.local) problems.push(`${stored.local} localStorage entries`);
  if (stored.session) problems.push(`${stored.session} sessionStorage entries`);
  return problems;
}

/** `[href, text]` of every click-to-call link, in document order. */
async function phoneLinks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href^="tel:"]')].map((a) => {
      const bdi = a.querySelector('bdi[dir="ltr"], [dir="ltr"]');
      let order = null;
      if (bdi && bdi.firstChild) {
        // Where the first and last characters are drawn: left-to-right means
        // the first is left of the last.
        const text = bdi.firstChild;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const firstBox = range.getBoundingClientRect();
        range.setStart(text, text.length - 1);
        range.setEnd(text, text.length);
        const lastBox = range.getBoundingClientRect();
        order = firstBox.left < lastBox.left ? 'ltr' : 'rtl';
      }
      return {
        href: a.getAttribute('href'),
        text: a.textContent.trim(),
        isolated: Boolean(bdi),
        direction: bdi ? getComputedStyle(bdi).direction : null,
        drawn: order,
        nowrap: getComputedStyle(a).whiteSpace,
      };
    }),
  );
}

// ------------------------------------------------------------ quick exit

/**
 * Opens the locale home, then the advice page, runs `trigger`, and checks
 * that the page hid itself before going, that it lands on the exit URL with
 * no referrer, and that Back does not return to the advice page.
 */
async function exitFlow(context, homeUrl, adviceUrl, trigger) {
  const page = await context.newPage();
  const problems = watch(page);
  let release = () => {};
  try {
    await page.goto(homeUrl);
    await page.goto(adviceUrl);
    const exitUrl = new URL(await page.locator('.exit-button').getAttribute('href')).href;
    network.exitUrls.add(exitUrl);
    const before = network.exits.length;
    network.exitState = null;
    network.gate = new Promise((resolve) => {
      release = resolve;
    });
    // The trigger may wait for the navigation it starts, which waits for
    // the gate: run it alongside.
    let triggerError = null;
    const triggered = (async () => {
      try {
        await trigger(page);
      } catch (error) {
        triggerError = error;
      }
    })();
    await waitUntil(() => network.exits.length > before || triggerError, 10000, 'the request for the exit URL');
    if (triggerError) throw triggerError;
    await waitUntil(() => network.exitState !== null, 2000, 'the page to hide itself').catch(() => null);
    const state = network.exitState;
    if (!state || !state.overlay || !state.mainHidden) {
      problems.push(`the page was not hidden behind an overlay while leaving: ${JSON.stringify(state)}`);
    }
    network.gate = null;
    release();
    await triggered;
    if (triggerError) throw triggerError;
    await page.waitForURL(exitUrl, { timeout: 5000 });
    const hit = network.exits[network.exits.length - 1];
    if (hit.referer) problems.push(`the exit request sent a referrer: ${hit.referer}`);
    await page.goBack({ timeout: 5000 }).catch(() => null);
    if (page.url() === adviceUrl) problems.push('Back returned to the advice page');
    if (page.url() !== homeUrl) problems.push(`Back went to ${page.url()}, expected the page before the advice (${homeUrl})`);
    return problems;
  } finally {
    network.gate = null;
    release();
    await page.close();
  }
}

async function pressShift(page, times) {
  for (let i = 0; i < times; i += 1) {
    await page.keyboard.press('Shift');
    await sleep(60);
  }
}

// ------------------------------------------------------------- the runs

async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium fonts-noto-core fonts-noto-cjk\``);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

async function validateHtml(dist, files) {
  const validator = new HtmlValidate({
    extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
    rules: {
      // Only resources from other sites need integrity hashes (there are none).
      'require-sri': ['error', { target: 'crossorigin' }],
      // The minifier drops type="submit", the default, from buttons.
      'no-implicit-button-type': 'off',
    },
  });
  for (const relative of files) {
    await step(`${relative}: valid HTML`, async () => {
      const report = await validator.validateString(fs.readFileSync(path.join(dist, relative), 'utf8'), relative);
      return report.results
        .flatMap((result) => result.messages)
        .map((m) => `${relative}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    });
  }
}

async function checkSite(dist, artifacts) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    fail('site found', `${dist} has no index.html: build the site first`);
    return;
  }
  fs.mkdirSync(artifacts, { recursive: true });
  // SIGNPOST_BROWSER_ONLY=<regex> limits the run to matching pages (for
  // quick iterations; the full run is the test).
  const only = process.env.SIGNPOST_BROWSER_ONLY ? new RegExp(process.env.SIGNPOST_BROWSER_ONLY) : null;
  const files = htmlFiles(dist).filter((relative) => !only || only.test(relative));
  const pages = files.map(describe);
  check('site has advice pages', pages.some((p) => p.kind === 'advice') ? [] : ['no <locale>/<slug>/index.html pages']);

  await validateHtml(dist, files);

  const server = await serve(path.resolve(dist));
  network.origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const started = Date.now();
  try {
    const context = await newContext(browser);
    const url = (info) => network.origin + info.urlPath;

    // The English advice pages first: their phone links are the reference.
    const order = [...pages].sort((a, b) => (a.locale === SOURCE_LOCALE ? 0 : 1) - (b.locale === SOURCE_LOCALE ? 0 : 1));
    const englishPhones = new Map();

    for (const info of order) {
      const page = await context.newPage();
      const seen = watch(page);
      const blockedBefore = network.blocked.length;
      try {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
          const response = await page.goto(url(info), { waitUntil: 'load' });
          check(`${info.name} @${width}: HTTP 200`, response.status() === 200 ? [] : [`HTTP ${response.status()}`]);
          await step(`${info.name} @${width}: axe ${AXE_TAGS.join(' ')}`, async () => axeProblems(await runAxe(page)));
          await step(`${info.name} @${width}: no horizontal scroll`, async () => {
            const { scroll, client } = await overflow(page);
            return scroll > client ? [`content is ${scroll}px wide in a ${client}px viewport`] : [];
          });
          await page.screenshot({ path: path.join(artifacts, `${info.name}-${width}.png`), fullPage: true });
          if (width === 320) {
            await step(`${info.name} @320: language switcher is compact`, async () => {
              const height = await page.evaluate(() => document.querySelector('nav.language-switcher')?.getBoundingClientRect().height ?? 0);
              return height > 100 ? [`the language switcher is ${height}px tall at 320px`] : [];
            });
          }
        }
        const raw = fs.readFileSync(path.join(dist, info.relative), 'utf8');
        await step(`${info.name}: structure, skip links, privacy`, () => structure(page, info, raw));
        await step(`${info.name}: visible focus`, () => focusVisible(page));
        await step(`${info.name}: no cookies or storage`, () => storageProblems(page, context));

        if (info.kind === 'advice') {
          await adviceChecks(context, page, info, url, englishPhones, pages, dist);
        }
        const csp = await page.evaluate(() => window.__cspViolations || []);
        check(`${info.name}: no CSP violations, console errors or failed requests`, [...csp.map((v) => `CSP: ${v}`), ...seen]);
        const blocked = network.blocked.slice(blockedBefore);
        check(`${info.name}: no third-party requests`, blocked.map((u) => `blocked request to ${u}`));
      } catch (error) {
        fail(`${info.name}: page checks ran`, error.stack || String(error));
      } finally {
        await page.close();
      }
    }
    await step('an unknown address gets the styled 404 page', async () => {
      const page = await context.newPage();
      const seen = watch(page);
      try {
        const response = await page.goto(`${network.origin}/${SOURCE_LOCALE}/no-such-page/deeper/`);
        const problems = [...seen.filter((line) => !line.startsWith('console error: Failed to load resource'))];
        if (response.status() !== 404) problems.push(`HTTP ${response.status()}`);
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
        if (styled !== 'rgb(11, 12, 12)') problems.push(`the stylesheet did not load (header background ${styled})`);
        if ((await page.locator('.exit-button').count()) !== 1) problems.push('no exit button');
        return problems;
      } finally {
        await page.close();
      }
    });
    check('no font files downloaded (system fonts only)', network.fonts);
    check('advice pages have click-to-call links', network.phoneLinks > 0 ? [] : ['no tel: link on any advice page']);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`browser checks took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${artifacts}`);
}

async function adviceChecks(context, page, info, url, englishPhones, pages, dist) {
  const adviceUrl = url(info);
  const home = pages.find((p) => p.kind === 'home' && p.locale === info.locale);
  const homeUrl = home ? url(home) : network.origin + '/';

  // Page weight: the HTML and every stylesheet and script it loads.
  await step(`${info.name}: HTML + CSS + JS under ${PAGE_WEIGHT_LIMIT / 1000} kB`, async () => {
    const assets = await page.evaluate(() => [
      ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.href),
      ...[...document.querySelectorAll('script[src]')].map((s) => s.src),
    ]);
    let total = fs.statSync(path.join(dist, info.relative)).size;
    const parts = [`${info.relative} ${total} B`];
    for (const asset of assets) {
      const file = path.join(dist, decodeURIComponent(new URL(asset).pathname));
      const size = fs.statSync(file).size;
      total += size;
      parts.push(`${new URL(asset).pathname} ${size} B`);
    }
    console.log(`      weight ${info.name}: ${total} B (${parts.join(', ')})`);
    return total >= PAGE_WEIGHT_LIMIT ? [`${total} bytes: ${parts.join(', ')}`] : [];
  });

  // Click-to-call links: tel:+44… or a short code, the same numbers and
  // digits as the English page, isolated and drawn left-to-right.
  await step(`${info.name}: phone links dial and read like the English page, left-to-right`, async () => {
    const problems = [];
    const links = await phoneLinks(page);
    network.phoneLinks += links.length;
    for (const link of links) {
      if (!/^tel:(\+44\d{9,10}|\d{3,6})$/.test(link.href)) problems.push(`bad tel: link ${link.href}`);
      if (!link.isolated) problems.push(`${link.href} "${link.text}" is not isolated with dir="ltr"`);
      if (link.direction !== 'ltr') problems.push(`${link.href} "${link.text}" is laid out ${link.direction}`);
      if (link.text.length > 1 && link.drawn !== 'ltr') problems.push(`${link.href} "${link.text}" is drawn right-to-left`);
      if (link.nowrap !== 'nowrap') problems.push(`${link.href} "${link.text}" may wrap`);
    }
    if (info.locale === SOURCE_LOCALE) {
      englishPhones.set(info.slug, links.map((l) => [l.href, l.text]));
    } else {
      if (!englishPhones.has(info.slug)) {
        const reference = await context.newPage();
        try {
          const response = await reference.goto(`${network.origin}/${SOURCE_LOCALE}/${info.slug}/`);
          if (response.status() === 200) englishPhones.set(info.slug, (await phoneLinks(reference)).map((l) => [l.href, l.text]));
        } finally {
          await reference.close();
        }
      }
      const english = englishPhones.get(info.slug);
      const here = JSON.stringify(links.map((l) => [l.href, l.text]));
      if (!english) problems.push(`no English page ${SOURCE_LOCALE}/${info.slug}/ to compare with`);
      else if (JSON.stringify(english) !== here) {
        problems.push(`phone links differ from English:\n  en: ${JSON.stringify(english)}\n  ${info.locale}: ${here}`);
      }
    }
    return problems;
  });

  if (RTL_LOCALES.has(info.locale.split('-')[0])) {
    await step(`${info.name}: right-to-left page`, async () => {
      const dir = await page.evaluate(() => document.documentElement.getAttribute('dir'));
      return dir === 'rtl' ? [] : [`<html dir="${dir}">`];
    });
  }

  // Staying safe online: a translated note near the exit button.
  await step(`${info.name}: "Staying safe online" note`, async () => {
    return page.evaluate(() => {
      const note = document.querySelector('details.staying-safe');
      if (!note) return ['no details.staying-safe'];
      const problems = [];
      if (!note.querySelector('summary')?.textContent.trim()) problems.push('the note has no summary');
      note.open = true;
      if ((note.textContent || '').trim().length < 100) problems.push('the note has almost no text');
      note.open = false;
      const exit = document.querySelector('.exit-button');
      if (exit && exit.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_PRECEDING) {
        problems.push('the note comes before the exit button');
      }
      return problems;
    });
  });

  // Print this page: shown with JavaScript, calls window.print().
  await step(`${info.name}: "Print this page" button`, async () => {
    const printButton = page.locator('[data-print]');
    if ((await printButton.count()) !== 1) return ['no [data-print] button'];
    if (!(await printButton.isVisible())) return ['the print button is hidden with JavaScript on'];
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed += 1;
      };
    });
    await printButton.click();
    const printed = await page.evaluate(() => window.__printed);
    return printed === 1 ? [] : ['clicking the print button did not call window.print()'];
  });

  // Feedback: only when the site has a feedback address; a plain GET form.
  await step(`${info.name}: feedback form (when configured)`, async () => {
    return page.evaluate(() => {
      const section = document.querySelector('.feedback');
      if (!section) return [];
      const problems = [];
      const forms = section.querySelectorAll('form');
      if (forms.length === 0) problems.push('feedback section without a form');
      for (const form of forms) {
        if (!/^https:\/\//.test(form.getAttribute('action') || '')) problems.push(`form action ${form.getAttribute('action')}`);
        if (form.method !== 'get') problems.push('form is not GET');
      }
      if (!section.querySelector('h2')?.textContent.trim()) problems.push('no question heading');
      const submits = [...section.querySelectorAll('button')].filter((b) => b.type === 'submit' && b.textContent.trim());
      if (submits.length < 2 || !section.querySelector('summary')?.textContent.trim()) problems.push('no Yes / No / Send controls');
      const why = section.querySelector('textarea');
      if (!why || !why.labels || why.labels.length !== 1 || !why.labels[0].textContent.trim()) problems.push('the follow-up field has no label');
      return problems;
    });
  });

  // Focus not obscured (WCAG 2.4.11): Tab through the whole page on a
  // small screen; the sticky exit button must never cover what has focus.
  await step(`${info.name} @320: Tab reaches everything, nothing focused is covered`, async () => {
    const p = await context.newPage();
    try {
      await p.setViewportSize({ width: 320, height: 640 });
      await p.goto(adviceUrl);
      const expected = await p.evaluate(
        () => [...document.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), textarea, select')].filter((el) => el.checkVisibility()).length,
      );
      const problems = [];
      const focusCheck = async (key) => {
        await p.keyboard.press(key);
        const where = await p.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const box = el.getClientRects()[0] || el.getBoundingClientRect();
          const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
          const hit = document.elementFromPoint(x, y);
          const covered = !hit || !(el === hit || el.contains(hit) || hit.contains(el));
          return {
            html: el.outerHTML.slice(0, 100),
            covered: covered ? `${hit ? hit.outerHTML.slice(0, 60) : 'nothing'} (focus box top ${box.top}, bottom ${box.bottom}, scrollY ${scrollY})` : null,
            inView: box.bottom > 0 && box.top < innerHeight,
          };
        });
        if (!where) return false;
        if (where.covered) problems.push(`${key}: ${where.html} is covered by ${where.covered}`);
        else if (!where.inView) problems.push(`${key}: ${where.html} is focused out of view`);
        return true;
      };
      // Forwards to the end, then backwards to the start.
      let reached = 0;
      while (reached < expected + 5 && (await focusCheck('Tab'))) reached += 1;
      if (reached < expected) problems.push(`Tab reached ${reached} of ${expected} controls`);
      let back = 0;
      while (back < expected + 5 && (await focusCheck('Shift+Tab'))) back += 1;
      // Links to a part of the page ("On this page", skip link): the part
      // must not land under the sticky button.
      const targets = await p.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')));
      for (const hash of targets) {
        await p.evaluate((h) => {
          location.hash = '';
          document.querySelector(`a[href="${h}"]`).click();
        }, hash);
        const hidden = await p.evaluate((h) => {
          const target = document.getElementById(decodeURIComponent(h.slice(1)));
          const bar = document.querySelector('.exit-this-page').getBoundingClientRect();
          const box = target.getBoundingClientRect();
          const scrolledToEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
          return box.top < bar.bottom && !scrolledToEnd && h !== '#main-content' ? `${h} lands under the exit button (${box.top} < ${bar.bottom})` : null;
        }, hash);
        if (hidden) problems.push(hidden);
      }
      return problems;
    } finally {
      await p.close();
    }
  });

  // Shift pressed three times.
  await step(`${info.name}: Shift pressed 3 times leaves, Back does not return`, async () => {
    return exitFlow(context, homeUrl, adviceUrl, async (p) => {
      await p.locator('h1').click();
      await pressShift(p, 1);
      const one = await p.evaluate(() => ({
        status: document.querySelector('[data-exit-status]').textContent,
        expected: document.querySelector('.exit-this-page').getAttribute('data-press-two'),
        presses: document.querySelector('.exit-this-page').getAttribute('data-presses'),
        indicator: getComputedStyle(document.querySelector('.exit-indicator')).display,
      }));
      if (one.status !== one.expected || one.presses !== '1' || one.indicator === 'none') {
        throw new Error(`after one Shift: ${JSON.stringify(one)}`);
      }
      await pressShift(p, 1);
      const two = await p.evaluate(() => ({
        status: document.querySelector('[data-exit-status]').textContent,
        expected: document.querySelector('.exit-this-page').getAttribute('data-press-one'),
      }));
      if (two.status !== two.expected) throw new Error(`after two Shifts: ${JSON.stringify(two)}`);
      await pressShift(p, 1);
    });
  });

  await step(`${info.name}: the exit button leaves, Back does not return`, async () => {
    return exitFlow(context, homeUrl, adviceUrl, (p) => p.locator('.exit-button').click());
  });

  await step(`${info.name}: the exit skip link is first, visible on focus, and leaves`, async () => {
    return exitFlow(context, homeUrl, adviceUrl, async (p) => {
      await p.keyboard.press('Tab');
      const focused = await p.evaluate(() => {
        const el = document.activeElement;
        const box = el.getBoundingClientRect();
        return { skip: el.classList.contains('skip-link') && el.hasAttribute('data-exit'), width: box.width, height: box.height, top: box.top };
      });
      if (!focused.skip || focused.width < 24 || focused.height < 24 || focused.top < 0) {
        throw new Error(`first Tab: ${JSON.stringify(focused)}`);
      }
      await p.keyboard.press('Enter');
    });
  });

  // Other keys and slow presses start the count again (once, in English:
  // it waits out the timer).
  if (info.locale === SOURCE_LOCALE) {
    await step(`${info.name}: other keys and a pause reset the Shift count`, async () => {
      const p = await context.newPage();
      const exitsBefore = network.exits.length;
      try {
        await p.goto(adviceUrl);
        await p.locator('h1').click();
        await pressShift(p, 2);
        await p.keyboard.press('a');
        await pressShift(p, 1);
        await p.keyboard.press('Shift+A');
        await pressShift(p, 1);
        const problems = [];
        const presses = await p.evaluate(() => document.querySelector('.exit-this-page').getAttribute('data-presses'));
        if (presses !== '1') problems.push(`after Shift, Shift, a, Shift, Shift+A, Shift: ${presses} presses counted, expected 1`);
        await sleep(SHIFT_TIMEOUT_MS + 300);
        const expired = await p.evaluate(() => ({
          status: document.querySelector('[data-exit-status]').textContent,
          expected: document.querySelector('.exit-this-page').getAttribute('data-expired'),
          presses: document.querySelector('.exit-this-page').getAttribute('data-presses'),
        }));
        if (expired.status !== expired.expected || expired.presses !== '0') problems.push(`after the pause: ${JSON.stringify(expired)}`);
        await pressShift(p, 2);
        if (network.exits.length !== exitsBefore || p.url() !== adviceUrl) problems.push('the page was left without three Shift presses in a row');
        return problems;
      } finally {
        await p.close();
      }
    });
  }

  // Without JavaScript: the button is a plain link that still leaves, and
  // the print button stays hidden.
  await step(`${info.name}: without JavaScript the exit link works`, async () => {
    const noScript = await newContext(context.browser(), { javaScriptEnabled: false });
    const p = await noScript.newPage();
    try {
      await p.goto(adviceUrl);
      const problems = [];
      if (await p.locator('[data-print]').isVisible()) problems.push('the print button shows without JavaScript');
      const exit = p.locator('.exit-button');
      const rel = (await exit.getAttribute('rel')) || '';
      if (!rel.split(/\s+/).includes('noreferrer')) problems.push(`exit link rel="${rel}"`);
      const exitUrl = new URL(await exit.getAttribute('href')).href;
      network.exitUrls.add(exitUrl);
      const before = network.exits.length;
      await exit.click();
      await p.waitForURL(exitUrl, { timeout: 5000 });
      if (network.exits.length !== before + 1) problems.push('no request for the exit URL');
      else if (network.exits[network.exits.length - 1].referer) problems.push('the exit request sent a referrer');
      return problems;
    } finally {
      await noScript.close();
    }
  });
}

/** --expect-violations: the same checks on a broken fixture must fail. */
async function expectViolations(dir) {
  const files = htmlFiles(dir);
  if (files.length === 0) {
    fail('fixture pages found', `no .html files in ${dir}`);
    return;
  }
  const server = await serve(path.resolve(dir));
  network.origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    const context = await newContext(browser);
    for (const relative of files) {
      const info = describe(relative);
      const page = await context.newPage();
      try {
        await page.setViewportSize({ width: 320, height: 640 });
        const blockedBefore = network.blocked.length;
        await page.goto(network.origin + info.urlPath, { waitUntil: 'load' });
        const results = await runAxe(page);
        const ids = results.violations.map((v) => v.id);
        console.log(`      axe found in ${relative}: ${ids.join(', ') || 'nothing'}`);
        check(`${relative}: axe reports violations`, ids.length > 0 ? [] : ['axe found no violation in a page built to have them']);
        for (const rule of ['image-alt', 'color-contrast']) {
          check(`${relative}: axe reports ${rule}`, ids.includes(rule) ? [] : [`${rule} was not reported`]);
        }
        const { scroll, client } = await overflow(page);
        check(`${relative}: horizontal scroll at 320px is caught`, scroll > client ? [] : ['no overflow detected']);
        const blocked = network.blocked.slice(blockedBefore);
        check(`${relative}: third-party request is caught and blocked`, blocked.length > 0 ? [] : ['no request was blocked']);
        const problems = await structure(page, info, fs.readFileSync(path.join(dir, relative), 'utf8'));
        check(`${relative}: structure check reports problems`, problems.length > 0 ? [] : ['structure check found nothing']);
      } finally {
        await page.close();
      }
    }
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * `signpost serve` in a real browser: the page at `url` (served by the
 * preview, which watches `file`) must reload itself after each save under
 * its own Content-Security-Policy, show the list of problems (accessible)
 * while `file` is broken, and lose it when `file` is fixed.
 */
async function liveReload(url, file) {
  const origin = new URL(url).origin;
  const browser = await launch();
  const original = fs.readFileSync(file, 'utf8');
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const elsewhere = [];
    await context.route('**/*', async (route) => {
      if (route.request().url().startsWith(origin + '/')) {
        await route.continue();
      } else {
        elsewhere.push(route.request().url());
        await route.abort('blockedbyclient');
      }
    });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const seen = [];
    page.on('console', (message) => {
      if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
    const loads = [];
    page.on('load', () => loads.push(Date.now()));
    await page.goto(url);
    const violations = () => page.evaluate(() => window.__cspViolations);

    // Letters only: digits in the text would be a typed phone number.
    const marker = `Saved and shown without a click, ${Math.random().toString(36).replace(/[^a-z]/g, '')}.`;
    await step('preview: the open page reloads itself after a save', async () => {
      const before = loads.length;
      fs.writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      await page.waitForFunction((text) => document.body && document.body.innerText.includes(text), marker, { timeout: 30000, polling: 100 });
      // The new text shows while the reloaded page is still loading (its
      // stylesheet and script): let its load event arrive before counting.
      // A page that changed without reloading is loaded already, so this
      // does not hide that.
      await page.waitForLoadState('load');
      const problems = [];
      if (loads.length <= before) problems.push('the text changed without a page load');
      if (await page.locator('.signpost-errors').count()) problems.push('a list of problems is shown for a good page');
      problems.push(...(await violations()).map((v) => `CSP violation: ${v}`));
      return problems;
    });

    await step('preview: a problem is listed over the page, accessibly', async () => {
      fs.writeFileSync(file, `${original.trimEnd()}\n\nOr call 0800 555 0199 now.\n`);
      await page.waitForFunction(() => {
        const list = document.querySelector('.signpost-errors');
        return document.readyState === 'complete' && list && list.innerText.includes('0800 555 0199');
      }, null, { timeout: 30000, polling: 100 });
      const problems = [];
      const text = await page.locator('.signpost-errors').innerText();
      const name = path.basename(file);
      if (!text.includes(name)) problems.push(`the list does not name ${name}: ${text}`);
      const results = await runAxe(page);
      problems.push(...axeProblems(results));
      problems.push(...(await violations()).map((v) => `CSP violation: ${v}`));
      return problems;
    });

    await step('preview: fixing the file removes the list', async () => {
      fs.writeFileSync(file, original);
      await page.waitForSelector('.signpost-errors', { state: 'detached', timeout: 30000 });
      return [];
    });

    check('preview: no script errors', seen);
    check('preview: no request left the preview server', elsewhere);
  } finally {
    fs.writeFileSync(file, original);
    await browser.close();
  }
}

/**
 * The host headers in a real browser (issue 21): `url` is a page served
 * with the headers Signpost writes for hosts (by nginx, in the test);
 * `root` is the folder it is served from. A page of another origin that
 * frames it must see the frame refused (`frame-ancestors 'none'`), while
 * the same page served from `root` without those headers is framed (so
 * the check can fail: the meta tag alone cannot refuse framing). Opened
 * directly, the page loads its stylesheet and script under the header
 * policy, and the console has no complaint about any header.
 */
async function framing(url, root) {
  const target = new URL(url);
  const plain = await serve(root);
  const plainUrl = `http://127.0.0.1:${plain.address().port}${target.pathname}`;
  const framer = http.createServer((request, response) => {
    const src = new URL(request.url, 'http://localhost').searchParams.get('src') || '';
    const escaped = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    response.writeHead(200, { 'content-type': TYPES['.html'] });
    response.end(`<!DOCTYPE html><html lang="en"><head><title>Another site</title></head><body><iframe src="${escaped}" title="framed"></iframe></body></html>`);
  });
  await new Promise((resolve) => framer.listen(0, '127.0.0.1', resolve));
  const framerOrigin = `http://127.0.0.1:${framer.address().port}`;
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const allowed = [target.origin, framerOrigin, new URL(plainUrl).origin];
    const elsewhere = [];
    await context.route('**/*', async (route) => {
      const requested = route.request().url();
      if (allowed.some((origin) => requested.startsWith(origin + '/')) || requested.startsWith('chrome-error:')) {
        await route.continue();
      } else {
        elsewhere.push(requested);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    const messages = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));

    /** Whether the frame showing `src` in the framer shows the advice page. */
    const framed = async (src) => {
      await page.goto(`${framerOrigin}/?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const child = page.frames().find((frame) => frame !== page.mainFrame());
      if (!child) return { shown: false, url: '(no frame)' };
      let shown = false;
      try {
        shown = await child.evaluate(() => Boolean(document.querySelector('main h1')));
      } catch {
        shown = false;
      }
      return { shown, url: child.url() };
    };

    await step('framing: the page served without the headers can be framed (the check can fail)', async () => {
      const result = await framed(plainUrl);
      return result.shown ? [] : [`the page served without headers was not shown in a frame (${result.url})`];
    });

    await step('framing: the page served with the headers is refused in a frame of another origin', async () => {
      messages.length = 0;
      const result = await framed(url);
      const problems = result.shown ? [`${url} was shown inside ${framerOrigin}`] : [];
      if (!messages.some((message) => message.includes('frame-ancestors'))) {
        problems.push(`Chromium did not report frame-ancestors; console:\n${messages.join('\n')}`);
      }
      return problems;
    });

    await step('framing: opened directly, the page loads its stylesheet and script and the console has no complaint', async () => {
      messages.length = 0;
      const response = await page.goto(url, { waitUntil: 'load' });
      const problems = [];
      if (!response || response.status() !== 200) problems.push(`status ${response && response.status()}`);
      const loaded = await page.evaluate(() => ({
        h1: Boolean(document.querySelector('main h1')),
        rules: [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0),
        script: document.querySelectorAll('[data-print]:not([hidden])').length,
      }));
      if (!loaded.h1) problems.push('the page has no heading');
      if (loaded.rules === 0) problems.push('no stylesheet rules were loaded');
      if (loaded.script === 0) problems.push('the script did not run (the print button is still hidden)');
      const complaints = messages.filter((message) => /error|warning/.test(message.split(':')[0]));
      problems.push(...complaints);
      return problems;
    });

    check('framing: no request left the local servers', elsewhere);
  } finally {
    await browser.close();
    framer.close();
    plain.close();
  }
}

// ----------------------------------------------------------------- search

/**
 * The search as a reader uses it, for each case `{locale, query, expect,
 * title}`: the search page passes axe (before and with results), typing
 * the query shows `expect` (a page's path from the site root) among the
 * results without the address bar, the history or storage changing,
 * following the result opens the page, Back shows an empty search box,
 * and the quick exit clears the box and the results before the page goes.
 * All of it under the page's own Content-Security-Policy, with no CSP
 * violation and no request leaving the local server.
 */
async function searchByReader(dist, cases, artifacts) {
  fs.mkdirSync(artifacts, { recursive: true });
  const server = await serve(dist);
  network.origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    const context = await newContext(browser);
    for (const item of cases) {
      const name = `search ${item.locale} "${item.query}"`;
      const searchUrl = `${network.origin}/${item.locale}/search/`;
      const expected = `${network.origin}/${item.expect}`;
      const page = await context.newPage();
      const seen = watch(page);
      const blockedBefore = network.blocked.length;
      const servedBefore = served.length;
      try {
        await page.goto(`${network.origin}/${item.locale}/`);
        await page.goto(searchUrl);
        const historyBefore = await page.evaluate(() => history.length);
        await step(`${name}: the search page passes axe before a search`, async () => axeProblems(await runAxe(page)));
        await step(`${name}: the box is private (no form, no name, no autocomplete, no spellcheck)`, async () => page.evaluate(() => {
          const input = document.querySelector('[data-search-input]');
          const problems = [];
          if (!input || !input.checkVisibility()) return ['no visible search box with JavaScript on'];
          if (input.closest('form')) problems.push('the search box is in a form');
          if (input.getAttribute('autocomplete') !== 'off') problems.push(`autocomplete="${input.getAttribute('autocomplete')}"`);
          if (input.hasAttribute('name')) problems.push(`the box has a name (${input.getAttribute('name')}), so autofill can keep it`);
          if (input.getAttribute('spellcheck') !== 'false') problems.push('spellcheck is on (some browsers send text to a spelling service)');
          if (document.querySelector('form:not([action^="https://"])')) problems.push('a form on the search page');
          return problems;
        }));
        await page.locator('[data-search-input]').click();
        await page.keyboard.type(item.query, { delay: 30 });
        const result = page.locator(`[data-search-results] a[href]`).filter({ hasText: item.title });
        await step(`${name}: the page is among the results`, async () => {
          await result.first().waitFor({ timeout: 20000 });
          const found = await page.evaluate(() => [...document.querySelectorAll('[data-search-results] a')].map((a) => a.href));
          const problems = found.includes(expected) ? [] : [`${expected} not in ${JSON.stringify(found)}`];
          for (const url of found) {
            if (!url.startsWith(`${network.origin}/${item.locale}/`)) problems.push(`a result in another language: ${url}`);
          }
          const status = await page.locator('[data-search-status]').textContent();
          if (!status.trim()) problems.push('the results are not announced');
          return problems;
        });
        await page.screenshot({ path: path.join(artifacts, `search-${item.locale}.png`), fullPage: true });
        await step(`${name}: the search page passes axe with results`, async () => axeProblems(await runAxe(page)));
        await step(`${name}: the index files the query needed bypassed the browser's cache`, async () => {
          // fetch(…, {cache: 'no-store'}) asks with Cache-Control: no-cache
          // (seen by the server: Playwright's routing sees the request
          // before the browser adds it).
          const queryFiles = served.slice(servedBefore).filter((entry) => /^\/pagefind\/(index|fragment)\//.test(entry.pathname));
          const problems = queryFiles.length ? [] : ['no index or fragment file was fetched'];
          for (const entry of queryFiles) {
            if (!entry.cacheControl.includes('no-cache')) problems.push(`${entry.pathname} was fetched through the cache (Cache-Control: "${entry.cacheControl}")`);
          }
          return problems;
        });
        await step(`${name}: the address bar, history and storage are unchanged`, async () => {
          const problems = [];
          if (page.url() !== searchUrl) problems.push(`the address became ${page.url()}`);
          const after = await page.evaluate(() => history.length);
          if (after !== historyBefore) problems.push(`history grew from ${historyBefore} to ${after}`);
          problems.push(...(await storageProblems(page, context)));
          return problems;
        });
        await step(`${name}: following the result opens the page; Back shows an empty search`, async () => {
          const problems = [];
          await Promise.all([page.waitForURL(expected, { timeout: 10000 }), result.first().click()]);
          const heading = (await page.locator('h1').textContent()).trim();
          if (heading !== item.title) problems.push(`the page opened is "${heading}", expected "${item.title}"`);
          await page.goBack({ timeout: 10000 });
          if (page.url() !== searchUrl) problems.push(`Back went to ${page.url()}`);
          const left = await page.evaluate(() => ({
            text: document.querySelector('[data-search-input]').value,
            results: document.querySelectorAll('[data-search-results] li').length,
          }));
          if (left.text || left.results) problems.push(`after Back the search still shows "${left.text}" and ${left.results} results`);
          return problems;
        });
        const csp = await page.evaluate(() => window.__cspViolations || []);
        check(`${name}: no CSP violations, console errors or failed requests`, [...csp.map((v) => `CSP: ${v}`), ...seen]);
      } catch (error) {
        fail(`${name}: search checks ran`, error.stack || String(error));
      } finally {
        await page.close();
      }
      await step(`${name}: the quick exit clears the search box and results first`, async () => {
        return exitFlow(context, `${network.origin}/${item.locale}/`, searchUrl, async (p) => {
          await p.locator('[data-search-input]').fill(item.query);
          await p.locator('[data-search-results] a').first().waitFor({ timeout: 20000 });
          await p.locator('.exit-button').click();
        }).then((problems) => {
          const state = network.exitState || {};
          if (state.searchText !== '' || state.searchResults !== 0) {
            problems.push(`as the page left, the box held "${state.searchText}" and ${state.searchResults} results`);
          }
          return problems;
        });
      });
      check(`${name}: no third-party requests`, network.blocked.slice(blockedBefore).map((u) => `blocked request to ${u}`));
    }
    await step('search without JavaScript: no box, every page listed', async () => {
      const noScript = await newContext(browser, { javaScriptEnabled: false });
      const p = await noScript.newPage();
      try {
        const problems = [];
        for (const item of cases) {
          await p.goto(`${network.origin}/${item.locale}/search/`);
          if (await p.locator('[data-search-input]').isVisible()) problems.push(`${item.locale}: a search box that cannot work`);
          const listed = await p.evaluate(() => [...document.querySelectorAll('main ul.a-to-z a')].map((a) => a.href));
          if (!listed.includes(`${network.origin}/${item.expect}`)) problems.push(`${item.locale}: ${item.expect} is not in the list`);
        }
        return problems;
      } finally {
        await noScript.close();
      }
    });
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

/** Text as Pagefind compares it: no marks, lower case, stroked letters plain. */
function comparable(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/đ/g, 'd');
}

/**
 * Whether the words Pagefind matched in a page are those of `query`: each
 * term of the query is marked in the excerpt, or is one of the page's
 * folded words (`folded`, the meta field where the build puts `złoty` as
 * `zloty`, which excerpts do not show), as typed or as the start of the
 * word (stemming takes endings off, at most three letters more or less);
 * in scripts written without spaces, the mark holds the term or lies in it.
 */
function marksMatch(excerpt, folded, query) {
  const marks = [...String(excerpt).replace(/<\/mark><mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/g)]
    .map((m) => comparable(m[1]).replace(/[^\p{L}\p{N}]/gu, ''))
    .concat(comparable(folded).split(/\s+/).filter(Boolean));
  return comparable(query).split(/\s+/).filter(Boolean).every((term) => marks.some((mark) => {
    if (/\p{Script=Han}/u.test(term)) {
      return mark.length >= 2 && (mark.includes(term) || term.includes(mark));
    }
    const [short, long] = mark.length < term.length ? [mark, term] : [term, mark];
    return long.startsWith(short) && long.length - short.length <= 3;
  }));
}

/**
 * Recall, query by query: for each case `{locale, query, expect, why}`,
 * Pagefind's own script and WebAssembly, loaded by the locale's search
 * page under its Content-Security-Policy, must return the page `expect`,
 * for the words asked for, and only pages of that locale (`expect` null:
 * a word only another language has, which must bring back nothing of it).
 * Prints each locale's recall.
 */
async function searchRecall(dist, cases) {
  const server = await serve(dist);
  network.origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const recall = new Map();
  try {
    const context = await newContext(browser);
    const locales = [...new Set(cases.map((c) => c.locale))];
    for (const locale of locales) {
      const page = await context.newPage();
      const seen = watch(page);
      const blockedBefore = network.blocked.length;
      try {
        await page.goto(`${network.origin}/${locale}/search/`);
        // The same script and options the search page's own script uses.
        await page.evaluate(async () => {
          const box = document.querySelector('[data-search]');
          const pagefind = await import(new URL(box.getAttribute('data-bundle'), document.baseURI).href);
          window.__recall = pagefind.createInstance({ noWorker: true, excerptLength: 24 });
          await window.__recall.init();
        });
        for (const item of cases.filter((c) => c.locale === locale)) {
          await step(`recall ${locale} "${item.query}" (${item.why})`, async () => {
            const found = await page.evaluate(async (query) => {
              const response = await window.__recall.search(query);
              const pages = await Promise.all(response.results.map((result) => result.data()));
              return pages.map((data) => ({ url: data.raw_url, excerpt: data.excerpt, folded: (data.meta && data.meta.folded) || '' }));
            }, item.query);
            const urls = found.map((result) => result.url);
            const problems = urls.filter((url) => !url.startsWith(`${locale}/`)).map((url) => `a page of another language: ${url}`);
            const hit = found.find((result) => result.url === item.expect);
            if (item.expect !== null && !hit) problems.push(`${item.expect} not among ${JSON.stringify(urls)}`);
            // Found for the word asked for, not by chance: Pagefind also
            // matches words the query starts with ("pa" for "pasaport"),
            // so the words it marks in the page must be the query's.
            if (hit && !marksMatch(hit.excerpt, hit.folded, item.query)) {
              problems.push(`${item.expect} was found, but for other words: ${hit.excerpt} (folded: ${hit.folded})`);
            }
            const tally = recall.get(locale) || { found: 0, asked: 0 };
            if (item.expect !== null) {
              tally.asked += 1;
              if (urls.includes(item.expect)) tally.found += 1;
            }
            recall.set(locale, tally);
            return problems;
          });
        }
        const csp = await page.evaluate(() => window.__cspViolations || []);
        check(`recall ${locale}: no CSP violations, console errors or failed requests`, [...csp.map((v) => `CSP: ${v}`), ...seen]);
        check(`recall ${locale}: no third-party requests`, network.blocked.slice(blockedBefore).map((u) => `blocked request to ${u}`));
      } finally {
        await page.close();
      }
    }
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
  for (const [locale, { found, asked }] of recall) {
    console.log(`      recall ${locale}: ${found}/${asked}`);
  }
}

/**
 * What a reader's first search downloads, for each case `{locale, query}`
 * (benches/search.rs): the search page is opened in a fresh browser, the
 * query typed, and every response until the results show is counted:
 * bytes as served, and as sent compressed (gzip -9 for text; Pagefind's
 * index files and WebAssembly are gzip already and count as they are).
 * Prints one JSON line per case.
 */
async function firstSearch(dist, cases) {
  const zlib = await import('node:zlib');
  const server = await serve(dist);
  network.origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    for (const item of cases) {
      const context = await newContext(browser);
      const page = await context.newPage();
      const fetched = [];
      let phase = 'page';
      page.on('response', async (response) => {
        const url = response.url();
        if (!url.startsWith(network.origin + '/')) return;
        const when = phase;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gzipped = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
        const compressed = gzipped ? body.length : zlib.gzipSync(body, { level: 9 }).length;
        fetched.push({ url: url.slice(network.origin.length), when, bytes: body.length, compressed });
      });
      await page.goto(`${network.origin}/${item.locale}/search/`, { waitUntil: 'networkidle' });
      phase = 'search';
      await page.locator('[data-search-input]').fill(item.query);
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 30000 });
      await page.waitForLoadState('networkidle');
      const results = await page.locator('[data-search-results] li').count();
      const sum = (list, key) => list.reduce((total, entry) => total + entry[key], 0);
      const searchFiles = fetched.filter((entry) => entry.url.startsWith('/pagefind/') || entry.url.endsWith('/search.js'));
      const pageFiles = fetched.filter((entry) => !searchFiles.includes(entry));
      console.log(JSON.stringify({
        locale: item.locale,
        query: item.query,
        results,
        page: { bytes: sum(pageFiles, 'bytes'), compressed: sum(pageFiles, 'compressed') },
        search: { bytes: sum(searchFiles, 'bytes'), compressed: sum(searchFiles, 'compressed'), files: searchFiles },
      }));
      pass(`first search ${item.locale} "${item.query}" measured`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--expect-violations' && args.length === 2) {
    await expectViolations(path.resolve(args[1]));
  } else if (args[0] === '--framing' && args.length === 3) {
    await framing(args[1], path.resolve(args[2]));
  } else if (args[0] === '--live-reload' && args.length === 3) {
    await liveReload(args[1], path.resolve(args[2]));
  } else if (args[0] === '--search' && args.length === 4) {
    await searchByReader(path.resolve(args[1]), JSON.parse(fs.readFileSync(args[2], 'utf8')), path.resolve(args[3]));
  } else if (args[0] === '--first-search' && args.length === 3) {
    await firstSearch(path.resolve(args[1]), JSON.parse(fs.readFileSync(args[2], 'utf8')));
  } else if (args[0] === '--recall' && args.length === 3) {
    await searchRecall(path.resolve(args[1]), JSON.parse(fs.readFileSync(args[2], 'utf8')));
  } else if (args.length === 2 && !args[0].startsWith('-')) {
    await checkSite(path.resolve(args[0]), path.resolve(args[1]));
  } else {
    console.error('usage: node run.mjs <dist-dir> <artifacts-dir>\n       node run.mjs --expect-violations <fixture-dir>\n       node run.mjs --framing <url-served-with-headers> <folder-it-is-served-from>\n       node run.mjs --live-reload <preview-url> <file-the-preview-watches>\n       node run.mjs --search <dist-dir> <cases.json> <artifacts-dir>\n       node run.mjs --recall <dist-dir> <cases.json>\n       node run.mjs --first-search <dist-dir> <cases.json>');
    process.exit(2);
  }
  summaryAndExit();
}

main().catch((error) => {
  fail('browser suite ran', error.stack || String(error));
  summaryAndExit();
  process.exitCode = 1;
});

