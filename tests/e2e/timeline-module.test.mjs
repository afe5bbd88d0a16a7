// The timeline's own wasm module (the third: pkg/coalition_timeline*), asked for after the map's
// first paint. With its request held back: the live map draws, a click on France opens France's
// panel, the date control moves the view, and the timeline card says it is loading, its canvas at
// the height the timeline will have (baked by width for the default view); once released, the timeline draws with the selection made meanwhile and answers its
// API. With the request failing, the card says so and the rest of the page works. The same for the
// <coalition-map> element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, inkOf, serve } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** A page whose timeline module is held until `release()` (or failed, with `fail`). */
async function heldTimeline(width, path, { fail = false } = {}) {
  const b = await browser({ width, height: 900 });
  const held = [];
  let released = false;
  await b.page.route('**/coalition_timeline_bg.wasm', (route) => {
    if (fail) return route.abort();
    return released ? route.continue() : held.push(route);
  });
  await b.page.goto(server.url + path);
  const release = async () => {
    released = true;
    for (const r of held) await r.continue();
  };
  return { b, page: b.page, release, requested: () => held.length };
}

/** Where France is on the page's map canvas, from a module instance drawn at the same size. */
const franceOnMap = (page) => page.evaluate(async () => {
  const { Coalition } = await import(document.querySelector('script[type="module"][src*="app.bundle"]').src);
  const shown = document.querySelector('canvas[data-part="map"]');
  const app = new Coalition();
  const c = document.createElement('canvas');
  app.drawMap(c, shown.clientWidth, shown.clientHeight, 1);
  return app.locate('map', 'FRA');
});

/** The timeline card's box and its status line. */
const card = (page) => page.evaluate(() => {
  const canvas = document.querySelector('canvas[data-part="timeline"]');
  const note = document.querySelector('[data-part="timeline-status"]');
  return {
    height: Math.round(canvas.getBoundingClientRect().height),
    status: note ? note.textContent : null,
    error: note ? note.classList.contains('error') : false,
    busy: canvas.getAttribute('aria-busy'),
  };
});

for (const width of [1280, 375]) {
  test(`at ${width} px the map and a click's panel work while the timeline's module is held, then it draws with the selection`, async () => {
    const { b, page, release, requested } = await heldTimeline(width, '');
    try {
      await page.waitForFunction(() => Number(document.querySelector('canvas[data-part="map"]')?.dataset.drawn) > 0, null, { timeout: 20000 });
      await page.waitForFunction(() => document.querySelector('[data-part="timeline-status"]'), null, { timeout: 10000 });
      const loading = await card(page);
      assert.equal(loading.status, 'Loading the timeline…');
      assert.equal(loading.busy, 'true');
      // Asked for after the map's first paint, and held.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /coalition_map_bg\.wasm$/.test(e.name)));
      for (let i = 0; i < 50 && !requested(); i++) await page.waitForTimeout(100);
      assert.equal(requested(), 1, 'the timeline module was asked for once');
      assert.ok(await inkOf(page, 'canvas[data-part="map"]') > 0.15, 'the live map is drawn');
      // A click on France opens its panel; the date control moves the view.
      const p = await franceOnMap(page);
      await page.locator('canvas[data-part="map"]').click({ position: { x: p.x, y: p.y } });
      await page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 5000 });
      await page.locator('[data-part="date"]').focus();
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => /[?&]date=/.test(location.search) && /country=FRA/.test(location.search), null, { timeout: 5000 });
      // Still loading, in the same box, and the page not yet ready.
      const still = await card(page);
      assert.equal(still.status, 'Loading the timeline…');
      assert.equal(still.height, loading.height, 'the card keeps its size while it loads');
      assert.notEqual(await page.evaluate(() => document.body.dataset.ready), 'true');
      await release();
      await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
      const drawn = await card(page);
      assert.equal(drawn.status, null, 'the status line is gone');
      assert.equal(drawn.height, loading.height, 'drawn at the height the card kept for it: nothing moved');
      assert.equal(drawn.busy, null);
      assert.ok(await inkOf(page, 'canvas[data-part="timeline"]') > 0.02, 'the timeline is drawn');
      // Drawn with the selection: France's rows lifted (the picture changes when it is cleared),
      // and the timeline answers the page's API.
      const withFrance = await page.$eval('canvas[data-part="timeline"]', (c) => c.toDataURL());
      assert.ok(await page.evaluate(() => window.coalitionMap.locateItem('paris-conference')), 'an item is located');
      await page.evaluate(() => window.coalitionMap.select(null));
      await page.waitForFunction((before) => document.querySelector('canvas[data-part="timeline"]').toDataURL() !== before, withFrance, { timeout: 5000 });
      assert.ok((await page.evaluate(() => window.coalitionMap.view())).date, 'the date moved while it loaded stays');
      await page.screenshot({ path: `test-results/timeline-module-${width}.png` });
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('when the timeline module cannot be fetched the card says so and the page works', async () => {
  const { b, page } = await heldTimeline(1280, '?country=FRA', { fail: true });
  try {
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    const failed = await card(page);
    assert.equal(failed.status, 'The timeline could not be loaded. Check the connection and reload the page.');
    assert.ok(failed.error);
    await page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 5000 });
    assert.equal(await page.evaluate(() => window.coalitionMap.select('QAT')), 'QAT');
    await page.getByRole('region', { name: 'Details: Qatar' }).waitFor({ timeout: 5000 });
    // The one error is the failed fetch, reported in the console.
    assert.ok(b.errors.length > 0 && b.errors.every((e) => /coalition_timeline|Failed to fetch|net::/.test(e)), b.errors.join('\n'));
  } finally {
    await b.close();
  }
});

test('the <coalition-map> element shows its timeline loading, then drawn', async () => {
  const { b, page, release } = await heldTimeline(1280, 'embed-example.html');
  try {
    const status = () => page.evaluate(() => [...document.querySelectorAll('coalition-map')]
      .map((e) => e.shadowRoot.querySelector('[data-part="timeline-status"]')?.textContent ?? null));
    await page.waitForFunction(() => [...document.querySelectorAll('coalition-map')]
      .every((e) => Number(e.shadowRoot.querySelector('canvas[data-part="map"]')?.dataset.drawn) > 0), null, { timeout: 20000 });
    await page.waitForFunction(() => [...document.querySelectorAll('coalition-map')]
      .every((e) => e.shadowRoot.querySelector('[data-part="timeline-status"]')), null, { timeout: 10000 });
    assert.ok((await status()).every((s) => s === 'Loading the timeline…'));
    await release();
    await page.waitForFunction(() => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'), null, { timeout: 20000 });
    assert.ok((await status()).every((s) => s === null));
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a brought dataset is handed to the timeline\'s module too: its markers and words are the new dataset\'s', async () => {
  const { b, page, release } = await heldTimeline(1280, '');
  try {
    await release();
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    const result = await page.evaluate(async () => {
      const { Coalition } = await import(document.querySelector('script[type="module"][src*="app.bundle"]').src);
      const data = JSON.parse(await new Coalition().json());
      data.events.find((e) => e.id === 'paris-conference').title = 'A title only the brought dataset has';
      return window.coalitionMap.loadDataset(data);
    });
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    await page.locator('.timeline-card').scrollIntoViewIfNeeded();
    const p = await page.evaluate(() => window.coalitionMap.locateItem('paris-conference'));
    const box = await page.locator('canvas[data-part="timeline"]').boundingBox();
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.locator('[data-part="timeline-tooltip"]').waitFor({ timeout: 5000 });
    assert.match(await page.locator('[data-part="timeline-tooltip"]').innerText(), /^A title only the brought dataset has/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
