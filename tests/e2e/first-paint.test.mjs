// End-to-end: the baked first paint (issue 19). www/index.html carries the default view's map as an
// SVG and its statuses as a <noscript> table, both rendered at build time by `coalition bake`. Here:
// the map is on screen before any script runs and without JavaScript at all; a deep link or a dark
// theme never shows it (it would show statuses or colours the reader did not ask for); the live
// canvas takes its place in the same box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, browser, untilReady } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** A browser whose page never runs the app (its script is refused): what a reader sees between the
 *  HTML arriving and the wasm drawing, frozen. first-paint.js still runs. */
async function beforeTheApp(options = {}) {
  const b = await browser(options);
  await b.page.route(/app\.bundle\.js$/, (r) => r.abort());
  return b;
}

const bakedShown = (page) => page.evaluate(() => {
  const baked = document.querySelector('.baked');
  if (!baked) return null;
  const box = baked.getBoundingClientRect();
  return getComputedStyle(baked).display !== 'none' && box.width > 100 && box.height > 100;
});
const overlayShown = (page) => page.$eval('#status', (o) => getComputedStyle(o).display !== 'none');

test('the default view is on screen before the script, with its legend and no "Loading" overlay', async () => {
  const b = await beforeTheApp();
  try {
    await b.page.goto(server.url);
    assert.equal(await bakedShown(b.page), true);
    assert.equal(await overlayShown(b.page), false);
    const svg = await b.page.$eval('.baked svg', (s) => ({
      paths: s.querySelectorAll('path').length,
      text: s.textContent,
      fills: new Set([...s.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).size,
    }));
    assert.ok(svg.paths > 100, `${svg.paths} country paths`);
    assert.ok(svg.fills >= 5, 'the statuses have their colours');
    // The page's one legend (the status buttons under the map, issue 24) is in the HTML with the
    // baked map, with the default view's counts; the picture itself carries no second legend.
    const legend = await b.page.$eval('.map-tools', (m) => ({
      text: m.textContent, visible: getComputedStyle(m.querySelector('[data-status]')).visibility === 'visible',
    }));
    assert.match(legend.text, /Pledged military support/, 'the legend is on screen with the map');
    assert.match(legend.text, /end of September 2014/, 'the legend says which date it shows');
    assert.ok(legend.visible, 'the legend is visible');
    assert.doesNotMatch(svg.text, /Pledged military support/, 'no second legend inside the map');
  } finally {
    await b.close();
  }
});

test('the first paint needs no request beyond the HTML: the stylesheet and the first-paint script are inline', async () => {
  const html = await (await fetch(server.url)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  assert.doesNotMatch(head, /<link[^>]+rel="?stylesheet/, 'no stylesheet link in the head');
  // Every script in the head is inline (a module script is never render-blocking, but none is
  // written there either: first-paint.js inserts them in the order the link needs them).
  assert.deepEqual([...head.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => /\ssrc=/.test(t)), []);
  assert.equal([...head.matchAll(/<style>/g)].length, 1, 'the stylesheet inline');
  const b = await browser();
  try {
    for (const q of ['', '?country=FRA&date=2014-09-11', '?framing=gulf']) {
      await b.page.goto(server.url + q);
      await untilReady(b.page);
      const blocking = await b.page.evaluate(() => performance.getEntriesByType('resource')
        .filter((r) => r.renderBlockingStatus === 'blocking').map((r) => r.name));
      assert.deepEqual(blocking, [], `${q}: no render-blocking request`);
      // The inline stylesheet and script took effect.
      assert.equal(await b.page.evaluate(() => getComputedStyle(document.body).margin), '0px', q);
      assert.equal(await b.page.evaluate(() => document.documentElement.classList.contains('scripted')), true, q);
    }
  } finally {
    await b.close();
  }
});

test('a link early.js answers asks for the app only after its answer; any other link after the first paint', async () => {
  const b = await browser();
  try {
    // When the app's script was written into the page, and when the linked panel was on screen.
    await b.page.addInitScript(() => {
      window.seen = {};
      const look = () => {
        const now = performance.now();
        if (!window.seen.app && document.querySelector('script[src*="app.bundle"]')) window.seen.app = now;
        if (!window.seen.panel && document.body?.dataset.early === 'panel') window.seen.panel = now;
        if (document.body?.dataset.ready !== 'true') requestAnimationFrame(look);
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
      look();
    });
    await b.page.goto(`${server.url}?country=FRA&date=2014-09-11`);
    await untilReady(b.page);
    const early = await b.page.evaluate(() => window.seen);
    assert.ok(early.panel > 0 && early.app >= early.panel, JSON.stringify(early));
    // The app's script is still the page's first module script (tests and the benchmark import it).
    assert.match(await b.page.evaluate(() => document.querySelector('script[type="module"][src]').src), /app\.bundle\.js$/);
    // Any other view, the default one too: the app's script and the wasm are asked for once the
    // page is on screen, not in the first paint's bandwidth and main thread (Lighthouse's FCP and
    // LCP on a simulated phone counted the wasm's download).
    for (const q of ['?framing=gulf', '']) {
      await b.page.goto(`${server.url}${q}`);
      await untilReady(b.page);
      const other = await b.page.evaluate(() => ({
        ...window.seen,
        paint: performance.getEntriesByName('first-paint')[0]?.startTime,
        wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.startTime,
      }));
      assert.ok(other.paint > 0 && other.app >= other.paint && other.wasm >= other.paint, `${q}: ${JSON.stringify(other)}`);
      assert.match(await b.page.evaluate(() => document.querySelector('script[type="module"][src]').src), /app\.bundle\.js$/);
    }
  } finally {
    await b.close();
  }
});

test('early.js is a file, asked for at once for a link it answers, after the first paint for the default view, never where it has no part', async () => {
  const b = await browser();
  try {
    for (const [q, wanted] of [['', true], ['?framing=gulf', false]]) {
      await b.page.goto(server.url + q);
      await untilReady(b.page);
      const t = await b.page.evaluate(() => ({
        paint: performance.getEntriesByName('first-paint')[0]?.startTime,
        early: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/early.bundle.js'))?.startTime ?? null,
        inline: [...document.querySelectorAll('script:not([src])')].some((s) => s.textContent.includes('earlyAnswer') || s.textContent.length > 8000),
      }));
      assert.equal(t.inline, false, `${q}: no inline early module in the HTML`);
      if (wanted) assert.ok(t.paint > 0 && t.early >= t.paint, `${q}: ${JSON.stringify(t)}`);
      else assert.equal(t.early, null, `${q}: a view early.js cannot answer never asks for it`);
    }
    // A link it answers: with the baked files, from the head (before the page is parsed).
    await b.page.goto(`${server.url}?country=FRA&date=2014-09-11`);
    await untilReady(b.page);
    const link = await b.page.evaluate(() => ({
      dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
      early: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/early.bundle.js'))?.startTime ?? null,
      record: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/record-FRA.json'))?.startTime ?? null,
    }));
    assert.ok(link.early !== null && link.record !== null && link.early < link.dcl, JSON.stringify(link));
  } finally {
    await b.close();
  }
});

test('a deep link never shows the baked statuses: the overlay waits for the live map', async () => {
  const b = await beforeTheApp();
  try {
    // As the core reads a query: a doubled `?` (issue 30), a percent-encoded key, a host parameter
    // first are deep links all the same.
    for (const q of ['?compare=2014-09-11', '?framing=world', '?status=host', '?item=x', '?utm_source=x&compare=2014-09-11']) {
      await b.page.goto(server.url + q);
      assert.equal(await bakedShown(b.page), false, `${q}: the baked map is hidden`);
      assert.equal(await overlayShown(b.page), true, `${q}: "Loading the map…" instead`);
    }
    // A selection and a date alone are answered before the app (www/early.js, issue 29): the baked
    // picture shows only once it is recoloured for the link's day, never with the default's. A
    // host's own parameter beside them (`fbclid=` on a link shared on a social network) is no view.
    for (const q of ['?date=2014-09-11', '?country=FRA', '??date=2014-09-11', '???country=FRA', '?%64ate=2014-09-11', '?utm_source=x&date=2014-09-11']) {
      await b.page.goto(server.url + q);
      await b.page.waitForFunction(() => document.body.dataset.early, null, { timeout: 15000 });
      assert.equal(await bakedShown(b.page), true, `${q}: the baked map, recoloured`);
      assert.equal(await b.page.evaluate(() => document.documentElement.classList.contains('early-view')), true, q);
      // The day's words follow the map with their file.
      if (q.includes('date')) await b.page.waitForFunction(() => /11 Sept 2014/.test(document.querySelector('#legend-title').textContent), null, { timeout: 15000 });
    }
    // A host's own parameters are not a view: the baked map stays.
    await b.page.goto(`${server.url}?utm_source=newsletter`);
    assert.equal(await bakedShown(b.page), true);
  } finally {
    await b.close();
  }
});

test('a deep link to 11 Sept draws its own statuses, never the baked ones, at any moment', async () => {
  const b = await browser();
  try {
    // Sample every animation frame from the first script on: the baked map must never be visible
    // with the default day's statuses (www/early.js shows it only recoloured for the link's day).
    await b.page.addInitScript(() => {
      window.bakedSeen = false;
      const look = () => {
        const baked = document.querySelector('.baked');
        const recoloured = document.documentElement.classList.contains('early-view');
        if (baked && getComputedStyle(baked).display !== 'none' && !recoloured) window.bakedSeen = true;
        if (document.body?.dataset.ready !== 'true') requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    for (const q of ['?date=2014-09-11', '??date=2014-09-11']) {
      await b.page.goto(`${server.url}${q}`);
      await untilReady(b.page);
      assert.equal(await b.page.evaluate(() => window.bakedSeen), false, q);
      assert.equal(await b.page.$('.baked'), null, 'the live map replaced it');
      assert.match(await b.page.textContent('#legend-title'), /11 Sept 2014/, q);
    }
  } finally {
    await b.close();
  }
});

test('a dark theme (system or saved) never shows the light baked map', async () => {
  const dark = await beforeTheApp({ colorScheme: 'dark' });
  try {
    await dark.page.goto(server.url);
    assert.equal(await bakedShown(dark.page), false, 'system dark');
  } finally {
    await dark.close();
  }
  const saved = await beforeTheApp();
  try {
    await saved.page.goto(server.url);
    await saved.page.evaluate(() => localStorage.setItem('coalition-map-theme', 'dark'));
    await saved.page.reload();
    assert.equal(await saved.page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await bakedShown(saved.page), false, 'saved dark');
  } finally {
    await saved.close();
  }
});

for (const [width, picture] of [[1280, 'wide'], [375, 'narrow']]) {
  test(`at ${width} px the ${picture} picture shows, and the live map takes its box: nothing moves`, async () => {
    const frozen = await beforeTheApp({ width });
    const live = await browser({ width });
    try {
      await frozen.page.goto(server.url);
      const shown = await frozen.page.$$eval('.baked svg', (svgs) => svgs
        .filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getAttribute('class')));
      assert.deepEqual(shown, [`baked-${picture}`]);
      const before = await frozen.page.$eval('#map-wrap', (w) => w.getBoundingClientRect().toJSON());
      await live.page.goto(server.url);
      await untilReady(live.page);
      const afterDraw = await live.page.$eval('#map-wrap', (w) => w.getBoundingClientRect().toJSON());
      assert.equal(await live.page.$('.baked'), null);
      for (const k of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(before[k] - afterDraw[k]) <= 1, `${k}: ${before[k]} before, ${afterDraw[k]} after`);
      }
    } finally {
      await frozen.close();
      await live.close();
    }
  });
}

test('the page builds one picture, the one its box shows, and the other if a resize crosses over', async () => {
  // Both pictures are inert markup in the HTML (<noscript>, www/baked-pick.js): the unshown one's
  // elements are never built unless the box comes to show it.
  const frozen = await beforeTheApp({ width: 1280 });
  const pictures = () => frozen.page.$$eval('.baked svg', (svgs) => svgs.map((s) => [s.getAttribute('class'), s.getBoundingClientRect().width > 0]));
  try {
    await frozen.page.goto(server.url);
    assert.deepEqual(await pictures(), [['baked-wide', true]]);
    assert.equal(await frozen.page.$$eval('.baked noscript', (n) => n.length), 1, 'the narrow one still inert');
    await frozen.page.setViewportSize({ width: 375, height: 800 });
    await frozen.page.waitForFunction(() => document.querySelectorAll('.baked svg').length === 2);
    assert.deepEqual(await pictures(), [['baked-narrow', true], ['baked-wide', false]]);
  } finally {
    await frozen.close();
  }
});

test('the iframe embed is drawn from its HTML too: baked map in the element\'s box, hidden for a deep link', async () => {
  const frozen = await browser({ width: 800 });
  // The element's script refused; the first-paint script (first-paint.bundle.js) still runs.
  await frozen.page.route(/embed-frame\.bundle\.js$/, (r) => r.abort());
  const live = await browser({ width: 800 });
  const inFrame = (page) => page.evaluate(() => {
    const m = document.querySelector('coalition-map');
    const wrap = m.shadowRoot.querySelector('#map-wrap').getBoundingClientRect();
    const shown = [...m.querySelectorAll('.baked svg')].filter((s) => s.getBoundingClientRect().width > 0).length;
    const search = m.shadowRoot.querySelector('#search');
    return { wrap: wrap.toJSON(), shown, searchShown: !!search && search.getBoundingClientRect().width > 0 };
  });
  try {
    await frozen.page.goto(`${server.url}embed.html`);
    const before = await inFrame(frozen.page);
    assert.equal(before.shown, 1, 'one baked picture in the element');
    assert.equal(before.searchShown, false, 'the page-only parts never show in the embed');
    // A deep link the baked files cannot answer (a selection and a date alone are painted from the
    // HTML now, recoloured: embed-first-paint.js, tested in embed-first-paint.test.mjs).
    await frozen.page.goto(`${server.url}embed.html?country=IRQ&framing=world`);
    assert.equal((await inFrame(frozen.page)).shown, 0, 'a deep link hides it');
    await live.page.goto(`${server.url}embed.html`);
    await live.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 20000 });
    const afterDraw = await inFrame(live.page);
    assert.equal(afterDraw.shown, 0, 'the live map replaced it');
    for (const k of ['x', 'y', 'width', 'height']) {
      assert.ok(Math.abs(before.wrap[k] - afterDraw.wrap[k]) <= 1, `${k}: ${before.wrap[k]} before, ${afterDraw.wrap[k]} after`);
    }
    assert.deepEqual(live.errors, []);
  } finally {
    await frozen.close();
    await live.close();
  }
});

test('without JavaScript the page shows the map and the statuses as a table', async () => {
  // A persistent context (the harness's) cannot switch JavaScript off; a plain one can.
  const chromiumBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    // In a dark system theme too: the light picture is the only map there is without JavaScript.
    const dark = await (await chromiumBrowser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' })).newPage();
    await dark.goto(server.url);
    assert.equal(await bakedShown(dark), true, 'dark theme, no JavaScript');
    const page = await (await chromiumBrowser.newContext({ javaScriptEnabled: false, colorScheme: 'light' })).newPage();
    await page.goto(server.url);
    assert.equal(await bakedShown(page), true);
    const table = page.getByRole('table', { name: /Countries and organisations by the end of September 2014/ });
    await table.waitFor({ timeout: 3000 });
    const row = (name) => table.getByRole('row', { name: new RegExp(`^${name}\\b`) });
    assert.match(await row('France').textContent(), /Pledged military support/);
    assert.match(await row('Qatar').textContent(), /Signed Jeddah communiqué/);
    assert.match(await row('Iran').textContent(), /Rejected cooperation/);
    assert.ok((await table.getByRole('row').count()) > 30);
    // The iframe embed too: its map and the same table under it.
    await page.goto(`${server.url}embed.html`);
    const frameTable = page.getByRole('table', { name: /Countries and organisations by the end of September 2014/ });
    await frameTable.waitFor({ timeout: 3000 });
    assert.match(await frameTable.getByRole('row', { name: /^France\b/ }).textContent(), /Pledged military support/);
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('coalition-map .baked svg')].some((s) => s.getBoundingClientRect().width > 100)));
  } finally {
    await chromiumBrowser.close();
  }
});
