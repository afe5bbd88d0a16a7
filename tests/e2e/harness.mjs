// Shared set-up for the browser tests: a static server on a free port and Debian's Chromium driven by
// playwright-core (no browser download), with console errors collected so a test can fail on them.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Starts scripts/serve.mjs on a free port; resolves to { url, close }. */
export async function serve({ csp = false, root = join(ROOT, 'www') } = {}) {
  const args = [join(ROOT, 'scripts/serve.mjs'), '--port', '0', '--root', root];
  if (csp) args.push('--csp');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/[\d.]+:\d+\//);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, close: () => child.kill() };
}

/** Launches headless Chromium with a fresh profile; resolves to { context, page, errors, close }. */
export async function browser({ width = 1280, height = 800, colorScheme = 'light', hasTouch = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'coalition-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width, height },
    colorScheme,
    hasTouch,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context, page, errors,
    close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Waits until the page (or every embed on it) has drawn for the first time. */
export async function untilReady(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
}

/**
 * A served page in a fresh browser, opened at `path` and drawn: the set-up most suites share.
 * Resolves to { server, b, close }.
 */
export async function openApp(path = '', options = {}) {
  const server = await serve();
  const b = await browser(options);
  await b.page.goto(server.url + path);
  await untilReady(b.page);
  return { server, b, close: async () => { await b.close(); server.close(); } };
}

/** Fraction of a canvas's pixels that differ from its top-left pixel (0 = blank). */
export async function inkOf(page, selector) {
  return page.$eval(selector, (c) => {
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let differ = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differ++;
    }
    return differ / (data.length / 4);
  });
}

/** Checks a checkbox in the cards below the viewer once the layout around it has settled. The
 *  cards above it are laid out only near the screen (`content-visibility: auto`, style.css), so
 *  scrolling to it lays them out at their real height the next frame and moves it: a click aimed
 *  before that frame lands elsewhere (Playwright: "Clicking the checkbox did not change its
 *  state", seen under load). Scrolled to, two frames waited, then checked as a reader would. */
export async function checkSettled(page, selector) {
  const box = page.locator(selector);
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await box.check();
}

export { ROOT };
