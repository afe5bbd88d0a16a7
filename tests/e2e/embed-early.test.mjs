// The embeds before the wasm arrives (issue 29), as the page (early.test.mjs): with the wasm
// request held back, a <coalition-map country="FRA" date="2014-09-11"> shows France's panel and the
// baked map recoloured for 11 Sept, a click on the baked map opens that country, and the same for
// the iframe embed (embed.html?country=FRA&date=2014-09-11); with the wasm released the live viewer
// takes over with the same selection, the map's box and the date control where they were; a click
// on the linked iframe's baked map before the element's bundle is kept too. And the
// small states' markers: a click on Bahrain's baked marker opens Bahrain before the wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { browser, serve } from './harness.mjs';

let server;
before(async () => {
  server = await serve();
  mkdirSync('test-results', { recursive: true });
});
after(() => server?.close());

/** A host page with one element, as the snippet puts it on any site. */
const hostPage = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"><script type="module" src="embed.js"></script></head>
<body><h1>An article</h1><coalition-map id="m"${attrs}></coalition-map></body></html>`;

/** A page at `path` (or a host page with `html`) whose wasm is held until `release()` (and the
 *  iframe's element bundle until `releaseBundle()`, with `bundle`). */
async function heldPage(path, { html, width = 1280, bundle = false } = {}) {
  const b = await browser({ width, height: 900 });
  const held = [];
  let released = false;
  await b.page.route('**/coalition_map_bg.wasm', (route) => (released ? route.continue() : held.push(route)));
  const heldBundle = [];
  let bundleReleased = !bundle;
  await b.page.route(/embed-frame\.bundle\.js$/, (route) => (bundleReleased ? route.continue() : heldBundle.push(route)));
  if (html) await b.page.route('**/_host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await b.page.goto(server.url + (html ? '_host.html' : path));
  const release = async () => {
    released = true;
    for (const r of held) await r.continue();
  };
  const releaseBundle = async () => {
    bundleReleased = true;
    for (const r of heldBundle) await r.continue();
  };
  return { b, page: b.page, release, releaseBundle };
}

/** What the element shows, read through its shadow root. */
const shown = (page) => page.evaluate(() => {
  const m = document.querySelector('coalition-map');
  const root = m.shadowRoot;
  const part = (name) => root.querySelector(`[data-part="${name}"]`);
  // The baked picture: the element's own (in its shadow root) or the iframe page's (slotted).
  const baked = part('baked') ?? m.querySelector('[slot="baked"]');
  // Within the element (a screenshot may scroll the page).
  const top = m.getBoundingClientRect().top;
  const rect = (node) => {
    const r = node?.getBoundingClientRect();
    return r ? { top: Math.round(r.top - top), height: Math.round(r.height), width: Math.round(r.width) } : null;
  };
  // "Loading" is seen where the overlay is shown and nothing lies over it (the iframe's baked map
  // lies over it, slotted in).
  const status = part('status');
  const box = status.getBoundingClientRect();
  const over = box.width > 0 ? root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) : null;
  // The fill the reader sees (the early colours are CSS rules over the picture's own fill
  // attributes, www/early-paint.js), as #rrggbb.
  const seen = (node) => {
    const rgb = node ? getComputedStyle(node).fill.match(/\d+/g) : null;
    return rgb ? `#${rgb.slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}` : null;
  };
  const visibleFill = (code) => seen([...(baked?.querySelectorAll(`path[data-c="${code}"]`) ?? [])]
    .find((p) => p.getBoundingClientRect().width > 0));
  return {
    early: m.dataset.early ?? null,
    ready: m.dataset.ready ?? null,
    heading: part('panel').querySelector('h2')?.textContent ?? null,
    date: part('date-label').textContent,
    bakedVisible: Boolean(baked && baked.getBoundingClientRect().width > 0 && getComputedStyle(baked).display !== 'none'),
    outlined: [...(baked?.querySelectorAll('path[data-c]') ?? [])].find((p) => getComputedStyle(p).strokeWidth === '2.5px')?.getAttribute('data-c') ?? null,
    fills: Object.fromEntries(['SAU', 'TUR', 'FRA', 'EGY', 'GBR', 'USA'].map((c) => [c, visibleFill(c)])),
    // The small states' markers are recoloured with the shapes.
    markers: Object.fromEntries([...(baked?.querySelectorAll('circle[data-m]') ?? [])]
      .filter((c) => c.getBoundingClientRect().width > 0)
      .map((c) => [c.getAttribute('data-m'), seen(c)])),
    mapBox: rect(part('map-wrap')),
    dateControl: rect(root.querySelector('.date-control')),
    legend: root.querySelectorAll('[data-part="legend"] [data-status]').length,
    loading: !status.hidden && getComputedStyle(status).display !== 'none' && Boolean(over && status.contains(over)),
  };
});

/** The live map's fills on a day, in the live legend's colours, from the element's own module. */
const liveFills = (page, date, codes) => page.evaluate(async ({ date, codes }) => {
  const m = /** @type {any} */ (document.querySelector('coalition-map'));
  const app = m.viewer.app;
  const colour = new Map(app.list('labels').statuses.map((s) => [s.key, s.color.toLowerCase()]));
  const status = new Map(app.list('countries', date).map((a) => [a.id, a.status]));
  return Object.fromEntries(codes.map((c) => [c, status.get(c) ? colour.get(status.get(c)) : null]));
}, { date, codes });

const live = (page) => page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 60000 });

/** A point inside `code`'s baked shape (or on its marker), in the page's coordinates. */
const pointOn = (page, code) => page.evaluate((code) => {
  const m = document.querySelector('coalition-map');
  const baked = m?.shadowRoot.querySelector('[data-part="baked"]') ?? m?.querySelector('[slot="baked"]') ?? document.querySelector('[data-part="baked"]');
  const visible = (n) => n.getBoundingClientRect().width > 0;
  const marker = [...baked.querySelectorAll(`circle[data-m="${code}"]`)].find(visible);
  if (marker) {
    const r = marker.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }
  const path = [...baked.querySelectorAll(`path[data-c="${code}"]`)].find(visible);
  const box = path.getBBox();
  const ctm = path.getScreenCTM();
  for (let i = 1; i < 10; i++) {
    for (let j = 1; j < 10; j++) {
      const p = new DOMPoint(box.x + (box.width * i) / 10, box.y + (box.height * j) / 10);
      if (path.isPointInFill(p)) {
        const s = p.matrixTransform(ctm);
        return { x: s.x, y: s.y };
      }
    }
  }
  return null;
}, code);

/** An element or iframe page asked for France on 11 Sept: its panel and that day's colours before
 *  the wasm, then the live viewer with the same view, nothing moved. */
async function linkedFrance({ path, html, shot, width = 1280 }) {
  const { b, page, release } = await heldPage(path, { html, width });
  try {
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'panel', null, { timeout: 15000 });
    const early = await shown(page);
    assert.equal(early.heading, 'France');
    assert.match(early.date, /11 Sept 2014/);
    assert.ok(early.bakedVisible, 'the baked map is on screen');
    assert.equal(early.outlined, 'FRA', 'France outlined');
    assert.equal(early.ready, null, 'the live viewer is not there yet');
    assert.equal(early.loading, false, 'no "Loading" over the baked map');
    assert.ok(early.legend >= 5, 'the legend takes its room');
    await page.locator('coalition-map').screenshot({ path: `test-results/${shot}.png` });
    await release();
    await live(page);
    const after = await shown(page);
    const view = await page.evaluate(() => document.querySelector('coalition-map').view);
    assert.equal(view.country, 'FRA');
    assert.equal(view.date, '2014-09-11');
    assert.equal(after.heading, 'France');
    assert.equal(after.bakedVisible, false, 'the live map replaced the baked one');
    // Within a pixel: before it draws, the map's box is 0.66 of its width exactly (viewer.css),
    // the canvas then takes it rounded to whole pixels (ui.js drawMap).
    const near = (a, b, what) => {
      for (const k of ['top', 'height', 'width']) assert.ok(Math.abs(a[k] - b[k]) <= 1, `${what}: ${JSON.stringify({ early: b, live: a })}`);
    };
    near(after.mapBox, early.mapBox, 'the map keeps its box');
    near(after.dateControl, early.dateControl, 'the date control stays where it was');
    const expected = await liveFills(page, '2014-09-11', Object.keys(early.fills));
    const compared = Object.keys(early.fills).filter((c) => expected[c] !== null && early.fills[c] !== null);
    for (const c of compared) assert.equal(early.fills[c], expected[c], `${c}: baked fill for 11 Sept`);
    assert.ok(compared.length >= 3, JSON.stringify({ early: early.fills, expected }));
    // Every marker on screen: its country's colour that day, or the land's (no role yet).
    const markers = Object.keys(early.markers);
    assert.ok(markers.includes('BHR'), `Bahrain's marker: ${markers}`);
    const onDay = await liveFills(page, '2014-09-11', markers);
    const land = (await page.evaluate(() => fetch('/baked/early/days.json').then((r) => r.json()))).land.toLowerCase();
    for (const c of markers) assert.equal(early.markers[c], onDay[c] ?? land, `${c}: its marker's fill for 11 Sept`);
    assert.ok(markers.some((c) => onDay[c] !== null), 'a marker in a status colour');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
}

for (const width of [1280, 375]) {
  test(`the element with country="FRA" date="2014-09-11" answers before the wasm at ${width} px, then the live viewer takes over`, async () => {
    await linkedFrance({ html: hostPage(' country="FRA" date="2014-09-11"'), shot: `embed-early-element-${width}`, width });
  });
}

test('an attribute the host sets before the wasm is answered too; the live viewer takes the host\'s view', async () => {
  const { b, page, release } = await heldPage('', { html: hostPage(' date="2014-09-11"') });
  try {
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'map', null, { timeout: 15000 });
    await page.evaluate(() => document.querySelector('coalition-map').setAttribute('country', 'TUR'));
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'panel', null, { timeout: 15000 });
    assert.equal((await shown(page)).heading, 'Turkey');
    // A framing the baked pictures were not drawn in: back to "Loading", never a wrong map.
    await page.evaluate(() => document.querySelector('coalition-map').setAttribute('framing', 'world'));
    await page.waitForFunction(() => !document.querySelector('coalition-map').dataset.early);
    const s = await shown(page);
    assert.equal(s.bakedVisible, false);
    assert.equal(s.loading, true);
    await release();
    await live(page);
    const view = await page.evaluate(() => document.querySelector('coalition-map').view);
    assert.deepEqual([view.country, view.date, view.framing], ['TUR', '2014-09-11', 'world']);
  } finally {
    await b.close();
  }
});

test('the iframe embed with ?country=FRA&date=2014-09-11 answers before the wasm, then the live viewer takes over', async () => {
  await linkedFrance({ path: 'embed.html?country=FRA&date=2014-09-11', shot: 'embed-early-iframe' });
});

/** A click on France on the baked map before the wasm: its panel; the live viewer keeps it. */
async function clickFrance({ path, html }) {
  const { b, page, release } = await heldPage(path, { html });
  try {
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'map', null, { timeout: 15000 });
    const p = await pointOn(page, 'FRA');
    assert.ok(p, 'a point inside France');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'panel', null, { timeout: 15000 });
    assert.equal((await shown(page)).heading, 'France');
    await page.evaluate(() => {
      window.heard = [];
      document.addEventListener('country-select', (e) => window.heard.push(e.detail.code));
    });
    await release();
    await live(page);
    assert.equal(await page.evaluate(() => document.querySelector('coalition-map').view.country), 'FRA');
    assert.equal((await shown(page)).heading, 'France');
    assert.deepEqual(await page.evaluate(() => window.heard), ['FRA'], 'the host hears the reader\'s pick');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
}

test('a click on the element\'s baked map before the wasm opens that country', async () => {
  await clickFrance({ html: hostPage('') });
});

test('a click on the iframe embed\'s baked map before the wasm opens that country', async () => {
  await clickFrance({ path: 'embed.html' });
});

test('a click on the linked iframe embed\'s baked map before the element\'s bundle opens that country (its answer\'s module); the element and its live viewer keep it', async () => {
  const { b, page, release, releaseBundle } = await heldPage('embed.html?country=FRA&date=2014-09-11', { bundle: true });
  try {
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'panel', null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => customElements.get('coalition-map')), undefined, 'the element\'s bundle is held');
    const p = await pointOn(page, 'EGY');
    assert.ok(p, 'a point inside Egypt');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('coalition-map').shadowRoot.querySelector('[data-part="panel"] h2')?.textContent === 'Egypt', null, { timeout: 15000 });
    const s = await shown(page);
    assert.equal(s.outlined, 'EGY');
    assert.match(s.date, /11 Sept 2014/, 'the link\'s date kept');
    await releaseBundle();
    await release();
    await live(page);
    const view = await page.evaluate(() => document.querySelector('coalition-map').view);
    assert.deepEqual([view.country, view.date], ['EGY', '2014-09-11']);
    assert.equal((await shown(page)).heading, 'Egypt');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

for (const attrs of [' country="QAT" framing="gulf"', ' date="2013-01-01"']) {
  test(`an element the baked files cannot show (${attrs.trim()}) keeps "Loading", never a wrong map`, async () => {
    const { b, page, release } = await heldPage('', { html: hostPage(attrs) });
    try {
      await page.waitForTimeout(1500);
      const s = await shown(page);
      assert.equal(s.bakedVisible, false);
      assert.equal(s.early, null);
      assert.equal(s.loading, true);
      await release();
      await live(page);
    } finally {
      await b.close();
    }
  });
}

test('on the page before the wasm the small states\' markers take the link\'s day, and a click on Bahrain\'s marker opens Bahrain; the live viewer keeps it', async () => {
  // 15 Oct: Cyprus, Luxembourg and others listed as partners, grey on the default day's picture.
  const { b, page, release } = await heldPage('?date=2014-10-15');
  try {
    await page.waitForFunction(() => document.body.dataset.early === 'map', null, { timeout: 15000 });
    // The fills the reader sees: the early colours are CSS rules (www/early-paint.js).
    const markerFills = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-part="baked"] svg.baked-wide circle[data-m]')]
      .map((c) => [c.getAttribute('data-m'), `#${getComputedStyle(c).fill.match(/\d+/g).slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`])));
    const early = await markerFills();
    assert.ok(['BHR', 'CYP', 'QAT'].every((c) => c in early), JSON.stringify(early));
    const p = await pointOn(page, 'BHR');
    // The marker's centre hits its unseen disc, over Bahrain's own speck and its neighbours.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-c'), p);
    assert.equal(hit, 'BHR');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'Bahrain');
    assert.match(page.url(), /country=BHR/);
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('[data-part="baked"] svg.baked-wide circle[data-m]')]
      .find((c) => getComputedStyle(c).strokeWidth === '2.5px')?.getAttribute('data-m')), 'BHR', 'its marker outlined');
    await release();
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60000 });
    const view = await page.evaluate(() => window.coalitionMap.view());
    assert.deepEqual([view.country, view.date], ['BHR', '2014-10-15']);
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'Bahrain');
    // Each marker's early fill was its country's colour on 15 Oct in the live legend (or the land's).
    const expected = await page.evaluate(async (codes) => {
      const { Coalition } = await import(document.querySelector('script[type="module"][src*="app.bundle"]').src);
      const app = new Coalition();
      const colour = new Map(app.list('labels').statuses.map((s) => [s.key, s.color.toLowerCase()]));
      const status = new Map(app.list('countries', '2014-10-15').map((a) => [a.id, a.status]));
      const land = (await fetch('baked/early/days.json').then((r) => r.json())).land.toLowerCase();
      return { land, fills: Object.fromEntries(codes.map((c) => [c, status.get(c) ? colour.get(status.get(c)) : land])) };
    }, Object.keys(early));
    assert.deepEqual(early, expected.fills);
    assert.notEqual(early.CYP, expected.land, 'Cyprus in its status colour that day, not the land\'s');
  } finally {
    await b.close();
  }
});
