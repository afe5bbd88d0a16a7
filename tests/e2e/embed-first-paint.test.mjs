// The iframe embed's load order (issue 29, "the same for the embed"), as the page's: its first
// paint needs no request beyond its HTML (the element's sheet, its page's sheet and its
// first-paint script inline, allowed by their hashes in the strict policy); a linked embed
// (`embed.html?country=FRA&date=2014-09-11`) shows the map coloured for that day from its HTML
// alone, asks for its baked files and its answer's small module (embed-answer.js) from the head,
// shows France's panel with the element's bundle still held back, asks for that bundle and the
// wasm only once the answer's files are in, and the live viewer takes over with the same
// selection and date, nothing moving; the wasm compiles as it streams. Under the strict policy
// nothing is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browser, serve, ROOT } from './harness.mjs';

const LINK = 'embed.html?country=FRA&date=2014-09-11';
let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** The iframe page at `path` with the answer's module, the element's bundle and the wasm each
 *  held until released (`hold`: which of them). */
async function heldEmbed(path, { width = 1280, hold = ['answer', 'bundle', 'wasm'] } = {}) {
  const b = await browser({ width, height: 1200 });
  const held = { answer: [], bundle: [], wasm: [] };
  const released = { answer: !hold.includes('answer'), bundle: !hold.includes('bundle'), wasm: !hold.includes('wasm') };
  await b.page.addInitScript(() => {
    // What a reader sees at each frame from the first: the map box, and whether it shows the baked
    // picture recoloured for the link, "Loading", or the live map.
    window.frames_ = [];
    window.streamed = 0;
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const stream = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = function (...args) {
      window.streamed += 1;
      return stream.apply(this, args);
    };
    const look = () => {
      const m = document.querySelector('coalition-map');
      const wrap = m?.shadowRoot?.querySelector('[data-part="map-wrap"]');
      if (wrap) {
        const baked = m.querySelector('[slot="baked"]');
        const status = m.shadowRoot.querySelector('[data-part="status"]');
        const r = wrap.getBoundingClientRect();
        window.frames_.push({
          box: [r.top, r.height, r.width].map(Math.round),
          baked: Boolean(baked && baked.getBoundingClientRect().width > 0 && getComputedStyle(baked).display !== 'none'),
          recoloured: document.documentElement.classList.contains('early-view'),
          // "Loading" seen: shown, and nothing over it (the slotted baked map lies over it).
          loading: Boolean(status && !status.hidden && getComputedStyle(status).display !== 'none' && (() => {
            const s = status.getBoundingClientRect();
            const over = s.width > 0 ? m.shadowRoot.elementFromPoint(s.x + s.width / 2, s.y + s.height / 2) : null;
            return Boolean(over && status.contains(over));
          })()),
          // The live map drawn: the element removes the baked picture in the task that draws it
          // (its data-ready waits for the texts file as well, so it may come some frames later).
          live: Boolean(m.viewer) && !baked,
        });
        if (m.dataset.ready === 'true') return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await b.page.route(/embed-answer\.bundle\.js$/, (r) => (released.answer ? r.continue() : held.answer.push(r)));
  await b.page.route(/embed-frame\.bundle\.js$/, (r) => (released.bundle ? r.continue() : held.bundle.push(r)));
  await b.page.route('**/coalition_map_bg.wasm', (r) => (released.wasm ? r.continue() : held.wasm.push(r)));
  // Not until "load": the held module script keeps it back.
  await b.page.goto(server.url + path, { waitUntil: 'commit' });
  const release = async (what) => {
    released[what] = true;
    for (const r of held[what]) await r.continue();
  };
  return { b, page: b.page, release, held };
}

/** What the element shows: the baked picture's fills the reader sees, its outline, the panel's
 *  heading, the date's words. */
const shown = (page) => page.evaluate(() => {
  const m = document.querySelector('coalition-map');
  const baked = m.querySelector('[slot="baked"]');
  const hex = (node) => {
    const rgb = node ? getComputedStyle(node).fill.match(/\d+/g) : null;
    return rgb ? `#${rgb.slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}` : null;
  };
  const visible = (code) => [...(baked?.querySelectorAll(`path[data-c="${code}"]`) ?? [])].find((p) => p.getBoundingClientRect().width > 0);
  const part = (name) => m.shadowRoot.querySelector(`[data-part="${name}"]`);
  return {
    bakedVisible: Boolean(baked && baked.getBoundingClientRect().width > 0 && getComputedStyle(baked).display !== 'none'),
    fills: Object.fromEntries(['SAU', 'TUR', 'FRA', 'EGY', 'GBR', 'USA', 'QAT', 'IRQ'].map((c) => [c, hex(visible(c))])),
    outlined: [...(baked?.querySelectorAll('path[data-c]') ?? [])].find((p) => p.getBoundingClientRect().width > 0
      && getComputedStyle(p).strokeWidth === '2.5px')?.getAttribute('data-c') ?? null,
    heading: part('panel').querySelector('h2')?.textContent ?? null,
    date: part('date-label').textContent,
    // The default view's baked words are not shown for a link until its frame replaces them.
    dateShown: getComputedStyle(part('date-label')).visibility === 'visible',
    early: m.dataset.early ?? null,
  };
});

/** Each resource's start and end (ms from navigation), by the end of its path. */
const timings = (page) => page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    dcl: nav.domContentLoadedEventStart,
    list: performance.getEntriesByType('resource').map((r) => ({
      name: new URL(r.name).pathname.split('/').slice(-2).join('/'), start: r.startTime, end: r.responseEnd, blocking: r.renderBlockingStatus,
    })),
  };
});

test('the embed\'s HTML holds everything its first paint needs: no stylesheet link, no script file before the body', async () => {
  const html = await (await fetch(server.url + 'embed.html')).text();
  assert.doesNotMatch(html, /<link[^>]+rel="?stylesheet/, 'no stylesheet link, in the head or in the declarative shadow root');
  const head = html.slice(0, html.indexOf('</head>'));
  // No script file in the head: the first-paint script asks for the element's bundle (a module
  // preload, run once the page is parsed; never render-blocking, fetched once: below).
  assert.deepEqual([...head.matchAll(/<script\b[^>]*\ssrc=[^>]*>/g)].map((m) => m[0]), []);
  assert.equal([...head.matchAll(/<script>/g)].length, 1, 'the first-paint script inline');
  assert.equal([...head.matchAll(/<style>/g)].length, 2, 'the element\'s sheet and the page\'s inline');
  assert.doesNotMatch(head, /rel="?preload/, 'no preload: the element asks for the wasm once the page is parsed');
  const shadow = html.slice(html.indexOf('<template shadowrootmode="open">'));
  assert.match(shadow, /^<template shadowrootmode="open"><style>/, 'the shadow root carries the sheet inline');
  const b = await browser({ width: 412, height: 900 });
  try {
    for (const q of ['', '?country=FRA&date=2014-09-11', '?framing=gulf']) {
      await b.page.goto(`${server.url}embed.html${q}`);
      await b.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 30000 });
      const { list } = await timings(b.page);
      assert.deepEqual(list.filter((r) => r.blocking === 'blocking').map((r) => r.name), [], `${q}: no render-blocking request`);
      // The inline sheets took effect, in the page and in the shadow root.
      assert.equal(await b.page.evaluate(() => getComputedStyle(document.body).margin), '0px', q);
      assert.equal(await b.page.evaluate(() => getComputedStyle(document.querySelector('coalition-map').shadowRoot.querySelector('.viewer')).borderTopStyle), 'solid', q);
      assert.equal(list.filter((r) => r.name.endsWith('.css')).length, 0, `${q}: no stylesheet fetched (the element added no link of its own)`);
      assert.equal(list.filter((r) => r.name.endsWith('coalition_map_bg.wasm')).length, 1, `${q}: the wasm fetched once`);
      assert.equal(list.filter((r) => r.name.endsWith('embed-frame.bundle.js')).length, 1, `${q}: the element's bundle fetched once`);
      // The answer's module only for the link it answers.
      assert.equal(list.filter((r) => r.name.endsWith('embed-answer.bundle.js')).length, q.includes('country=') ? 1 : 0, q);
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

for (const width of [1280, 375]) {
  test(`at ${width} px a linked embed shows 11 Sept's map from its HTML, France's panel from its answer's module with the element's bundle held back, then the live viewer with the same view, nothing moving`, async () => {
    const { b, page, release, held } = await heldEmbed(LINK, { width });
    try {
      // The HTML alone (the bundle and the wasm held): the baked map recoloured, France outlined,
      // the default view's words not shown.
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.waitForFunction(() => document.documentElement.classList.contains('early-view'), null, { timeout: 10000 });
      const first = await shown(page);
      assert.equal(first.bakedVisible, true, 'the baked map is on screen');
      assert.equal(first.early, null, 'before the element\'s script');
      await page.waitForFunction(() => [...document.querySelectorAll('coalition-map [slot="baked"] path[data-c="FRA"]')]
        .some((p) => p.getBoundingClientRect().width > 0 && getComputedStyle(p).strokeWidth === '2.5px'), null, { timeout: 10000 });
      assert.equal((await shown(page)).outlined, 'FRA', 'France outlined once its record is in');
      assert.equal(first.dateShown, false, 'the default date\'s words wait');
      // The link's files were asked for from the head, with the answer's module (held); the
      // element's bundle and the wasm not yet (they would share the bandwidth); the statuses by day
      // came in the HTML.
      const t = await timings(page);
      const names = t.list.map((r) => r.name);
      for (const f of ['early/day-2014-09-11.json', 'early/lists.json', 'early/record-FRA.json']) assert.ok(names.includes(f), `${f}: ${names}`);
      assert.ok(!names.includes('early/days.json'), 'the statuses by day are in the HTML');
      assert.equal(held.answer.length, 1, 'the answer\'s module asked for from the head');
      assert.deepEqual([held.bundle.length, held.wasm.length], [0, 0], 'the element\'s bundle and the wasm wait for the answer\'s files');
      // The answer's module: France's panel, with the element's bundle held back (asked for now).
      await release('answer');
      await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'panel', null, { timeout: 15000 });
      const early = await shown(page);
      assert.equal(early.heading, 'France');
      assert.match(early.date, /11 Sept 2014/);
      assert.equal(early.dateShown, true);
      assert.deepEqual(early.fills, first.fills, 'the map the HTML painted is the one the answer shows');
      assert.equal(await page.evaluate(() => customElements.get('coalition-map')), undefined, 'the element is not defined yet');
      await page.waitForFunction(() => document.querySelector('link[rel="modulepreload"]'), null, { timeout: 10000 });
      await page.evaluate(() => {
        window.earlyHeading = document.querySelector('coalition-map').shadowRoot.querySelector('[data-part="panel"] h2');
      });
      // The element's bundle: it takes the answer over as it is (the panel not rendered again).
      await release('bundle');
      await page.waitForFunction(() => customElements.get('coalition-map') && document.querySelector('coalition-map').early, null, { timeout: 15000 });
      assert.equal(await page.evaluate(() => document.querySelector('coalition-map').shadowRoot.querySelector('[data-part="panel"] h2') === window.earlyHeading), true,
        'the element kept the answer\'s panel');
      assert.equal((await shown(page)).early, 'panel');
      await release('wasm');
      await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 60000 });
      // (A held request has no timing entry until it ends: read once the wasm is in.)
      const all = (await timings(page)).list;
      const wasm = all.find((r) => r.name.endsWith('coalition_map_bg.wasm'));
      const files = all.filter((r) => /early\/(day|lists|record)/.test(r.name) || r.name.endsWith('embed-answer.bundle.js'));
      const bundle = all.find((r) => r.name.endsWith('embed-frame.bundle.js'));
      assert.ok(wasm && bundle && files.length === 4 && files.every((f) => f.end <= wasm.start && f.end <= bundle.start),
        `the baked files and the answer's module in before the element's bundle and the wasm are asked for: ${JSON.stringify({ files, wasm, bundle })}`);
      const view = await page.evaluate(() => document.querySelector('coalition-map').view);
      assert.deepEqual([view.country, view.date], ['FRA', '2014-09-11'], 'the live viewer keeps the selection and the date');
      const after = await shown(page);
      assert.equal(after.heading, 'France');
      assert.equal(after.bakedVisible, false, 'the live map replaced the baked one');
      // The fills the HTML painted are the live map's statuses that day, in its legend's colours.
      const live = await page.evaluate((codes) => {
        const app = /** @type {any} */ (document.querySelector('coalition-map')).viewer.app;
        const colour = new Map(app.list('labels').statuses.map((s) => [s.key, s.color.toLowerCase()]));
        const status = new Map(app.list('countries', '2014-09-11').map((a) => [a.id, a.status]));
        return Object.fromEntries(codes.map((c) => [c, status.get(c) ? colour.get(status.get(c)) : null]));
      }, Object.keys(first.fills));
      const compared = Object.keys(live).filter((c) => live[c] !== null && first.fills[c] !== null);
      for (const c of compared) assert.equal(first.fills[c], live[c], `${c}: the HTML's fill for 11 Sept`);
      assert.ok(compared.length >= 3, JSON.stringify({ first: first.fills, live }));
      // Two modules, each compiled as it streamed: the map's, then the timeline's (its own module,
      // asked for after the map's first paint; the element is ready once it has drawn).
      assert.equal(await page.evaluate(() => window.streamed), 2, 'the wasm compiled as it streamed');
      // At every frame from the first: the recoloured baked map or the live one, never "Loading"
      // or the default day's picture, in one box.
      const frames = await page.evaluate(() => window.frames_);
      assert.ok(frames.length > 3, `${frames.length} frames seen`);
      const wrong = frames.filter((f) => !f.live && !(f.baked && f.recoloured && !f.loading));
      assert.deepEqual(wrong, [], 'every frame before the live map shows the recoloured baked one');
      for (const f of frames) {
        for (const [i, v] of f.box.entries()) assert.ok(Math.abs(v - frames[0].box[i]) <= 1, `the map's box moved: ${JSON.stringify([frames[0].box, f.box])}`);
      }
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.01, `cumulative layout shift ${shift.toFixed(4)}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('a default embed asks for the wasm once its HTML is in, not in its first paint\'s bandwidth; a link the baked files cannot answer shows "Loading", never a wrong map', async () => {
  const b = await browser({ width: 800 });
  try {
    await b.page.goto(server.url + 'embed.html');
    await b.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 30000 });
    const t = await b.page.evaluate(() => ({
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('coalition_map_bg.wasm'))?.startTime,
    }));
    assert.ok(t.wasm >= t.html, `the wasm after the HTML: ${JSON.stringify(t)}`);
  } finally {
    await b.close();
  }
  const { b: held, page, release } = await heldEmbed('embed.html?country=QAT&framing=gulf');
  try {
    await release('bundle');
    await page.waitForTimeout(1500);
    const s = await shown(page);
    assert.equal(s.bakedVisible, false);
    assert.equal(s.early, null);
    await release('wasm');
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 60000 });
    assert.deepEqual(held.errors, []);
  } finally {
    await held.close();
  }
});

test('under the strict policy (the build\'s, one for both pages) the linked embed is refused nothing', async () => {
  const csp = JSON.parse(await readFile(`${ROOT}www/csp.json`, 'utf8'));
  assert.deepEqual(csp.pages, ['index.html', 'embed.html']);
  assert.doesNotMatch(csp.policy, /'unsafe-inline'|'unsafe-eval'/);
  const strict = await serve({ csp: true });
  const b = await browser({ width: 412, height: 900 });
  try {
    await b.page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of [LINK, 'embed.html']) {
      const res = await b.page.goto(strict.url + path);
      assert.equal(res.headers()['content-security-policy'], csp.policy);
      await b.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 30000 });
      assert.deepEqual(await b.page.evaluate(() => window.violations), [], path);
      assert.equal(await b.page.evaluate(() => getComputedStyle(document.body).margin), '0px', `${path}: the inline sheet applies`);
    }
    await b.page.goto(strict.url + LINK);
    await b.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.early === 'panel'
      || document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 30000 });
    assert.deepEqual(await b.page.evaluate(() => window.violations), []);
    assert.deepEqual(b.errors, [], 'a refusal would be a console error');
  } finally {
    await b.close();
    strict.close();
  }
});
