// Before the wasm arrives (issue 29): with the page's wasm request held back, the default page
// shows the baked map and a click on France opens France's panel; a `?country=FRA&date=2014-09-11`
// link shows France's panel and the baked map recoloured for 11 Sept (fills equal to the live
// map's statuses for that day); a link the baked files cannot show rightly (`?framing=gulf`) shows
// no map but "Loading"; and once the wasm is released the live viewer takes over with the same
// selection and date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, serve } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** A page whose first module's wasm is held until `release()` is called. */
async function heldPage(width, path) {
  const b = await browser({ width, height: 900 });
  const held = [];
  let released = false;
  await b.page.route('**/coalition_map_bg.wasm', (route) => (released ? route.continue() : held.push(route)));
  await b.page.goto(server.url + path);
  const release = async () => {
    released = true;
    for (const r of held) await r.continue();
  };
  return { b, page: b.page, release };
}

/** Each baked path's fill by map country, as the reader sees it now (its computed fill: the early
 *  colours are CSS rules over the picture's own fill attributes, www/early-paint.js). */
const bakedFills = (page, codes) => page.evaluate((cs) => Object.fromEntries(cs.map((c) => {
  const path = [...document.querySelectorAll(`[data-part="baked"] path[data-c="${c}"]`)]
    .find((p) => p.getBoundingClientRect().width > 0);
  const rgb = path ? getComputedStyle(path).fill.match(/\d+/g) : null;
  return [c, rgb ? `#${rgb.slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}` : null];
})), codes);

/** The map countries outlined on the visible baked picture (the selection's stroke). */
const outlined = (page) => page.evaluate(() => [...new Set([...document.querySelectorAll('[data-part="baked"] [data-c], [data-part="baked"] [data-m]')]
  .filter((n) => n.getBoundingClientRect().width > 0 && getComputedStyle(n).strokeWidth === '2.5px')
  .map((n) => n.getAttribute('data-c') ?? n.getAttribute('data-m')))]);

/** A point inside a country's shape on the wide baked picture (its box's centre may fall on a
 *  neighbour). */
const pointIn = (page, code) => page.evaluate((c) => {
  // Its largest piece (a country may be drawn in several).
  const area = (p) => p.getBBox().width * p.getBBox().height;
  const path = [...document.querySelectorAll(`[data-part="baked"] svg.baked-wide path[data-c="${c}"]`)]
    .sort((a, b) => area(b) - area(a))[0];
  const box = path.getBBox();
  const m = path.getScreenCTM();
  for (let i = 1; i < 10; i++) {
    for (let j = 1; j < 10; j++) {
      const p = new DOMPoint(box.x + (box.width * i) / 10, box.y + (box.height * j) / 10);
      if (path.isPointInFill(p)) {
        const s = p.matrixTransform(m);
        return { x: s.x, y: s.y };
      }
    }
  }
  return null;
}, code);

/** The live map's colours of `codes` on `date` (null: no role that day), from the page's module. */
const liveFills = (page, date, codes) => page.evaluate(async ({ date, codes }) => {
  const { Coalition } = await import(document.querySelector('script[type="module"][src*="app.bundle"]').src);
  const app = new Coalition();
  const colour = new Map(app.list('labels').statuses.map((s) => [s.key, s.color.toLowerCase()]));
  const status = new Map(app.list('countries', date).map((a) => [a.id, a.status]));
  return Object.fromEntries(codes.map((c) => [c, status.get(c) ? colour.get(status.get(c)) : null]));
}, { date, codes });

const live = (page) => page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60000 });

for (const width of [1280, 375]) {
  test(`before the wasm at ${width} px: a link's panel and day, then the live viewer takes over`, async () => {
    const { b, page, release } = await heldPage(width, '?country=FRA&date=2014-09-11');
    try {
      await page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
      assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
      assert.match(await page.textContent('[data-part="date-label"]'), /11 Sept 2014/);
      assert.ok(await page.isVisible('[data-part="baked"]'), 'the baked map is on screen');
      assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined, 'the live viewer is not there yet');
      // The disputes' claim values in words, as the live panel words them (not "2014-09-15").
      const claimWords = () => page.$$eval('[data-part="panel"] .claims strong', (xs) => xs.map((x) => x.textContent));
      const earlyClaims = await claimWords();
      assert.ok(earlyClaims.length > 0, 'France\'s panel shows a dispute');
      const codes = ['SAU', 'TUR', 'FRA', 'EGY', 'GBR', 'USA'].filter(Boolean);
      const early = await bakedFills(page, codes);
      assert.deepEqual(await outlined(page), ['FRA'], 'France outlined, and no other');
      await release();
      await live(page);
      // The live map's statuses on that day, in the live legend's colours.
      const expected = await page.evaluate(async (cs) => {
        const { Coalition } = await import(document.querySelector('script[type="module"][src*="app.bundle"]').src);
        const app = new Coalition();
        const labels = app.list('labels');
        const colour = new Map(labels.statuses.map((s) => [s.key, s.color.toLowerCase()]));
        const status = new Map(app.list('countries', '2014-09-11').map((a) => [a.id, a.status]));
        return Object.fromEntries(cs.map((c) => [c, status.get(c) ? colour.get(status.get(c)) : null]));
      }, codes);
      for (const c of codes) {
        if (expected[c] === null || early[c] === null) continue; // no role that day: the land colour
        assert.equal(early[c], expected[c], `${c}: baked fill for 11 Sept`);
      }
      assert.ok(codes.filter((c) => expected[c] !== null && early[c] !== null).length >= 3, JSON.stringify({ early, expected }));
      // The live viewer took over with the same selection and date.
      const view = await page.evaluate(() => window.coalitionMap.view());
      assert.equal(view.country, 'FRA');
      assert.equal(view.date, '2014-09-11');
      assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
      assert.ok(!(await page.isVisible('[data-part="baked"]')), 'the live map replaced the baked one');
      assert.deepEqual(await claimWords(), earlyClaims, 'the claims worded as the live panel words them');
    } finally {
      await b.close();
    }
  });
}

test('before the wasm, a click on the baked map opens that country and the live viewer keeps it', async () => {
  const { b, page, release } = await heldPage(1280, '');
  try {
    await page.waitForSelector('[data-part="baked"] svg.baked-wide path[data-c="FRA"]', { state: 'visible' });
    const point = await pointIn(page, 'FRA');
    assert.ok(point, 'a point inside France');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    assert.match(page.url(), /country=FRA/);
    await release();
    await live(page);
    assert.equal((await page.evaluate(() => window.coalitionMap.view())).country, 'FRA');
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
  } finally {
    await b.close();
  }
});

test('before the wasm, a search is kept, not a reload of the page at a bare "?"; the live viewer answers it', async () => {
  // Before, the form (no action of its own) was sent by the browser: the page reloaded at `?`,
  // the link's date lost and nothing selected. The baked names that early.js answers a search
  // with (early-search.test) fail here: the search is the live viewer's.
  const { b, page, release } = await heldPage(1280, '?date=2014-09-11');
  await page.route('**/baked/early/names-*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  try {
    await page.waitForSelector('#search');
    await page.fill('#search', 'France');
    await page.press('#search', 'Enter');
    await page.waitForTimeout(500);
    assert.match(page.url(), /\?date=2014-09-11$/, 'the page was not reloaded');
    assert.equal(await page.inputValue('#search'), 'France', 'the words stay in the box');
    await release();
    await live(page);
    await page.waitForFunction(() => document.querySelector('[data-part="panel"] h2')?.textContent === 'France');
    const view = await page.evaluate(() => window.coalitionMap.view());
    assert.equal(view.country, 'FRA');
    assert.equal(view.date, '2014-09-11');
  } finally {
    await b.close();
  }
});

test('before the wasm, a link the baked files cannot show shows "Loading", never a wrong map', async () => {
  const { b, page, release } = await heldPage(1280, '?framing=gulf&country=QAT');
  try {
    await page.waitForTimeout(1500);
    assert.ok(!(await page.isVisible('[data-part="baked"]')), 'no baked map for a framing it was not drawn in');
    assert.equal(await page.evaluate(() => document.body.dataset.early), undefined);
    await release();
    await live(page);
    assert.equal((await page.evaluate(() => window.coalitionMap.view())).framing, 'gulf');
  } finally {
    await b.close();
  }
});

test('a link\'s map comes from the first-paint script alone, before early.js has run', async () => {
  // early.js (a file) held back: what is on screen is the head's script's work.
  const b = await browser({ width: 1280, height: 900 });
  const { page } = b;
  try {
    await page.route('**/early.bundle.js', () => {});
    await page.goto(`${server.url}?country=FRA&date=2014-09-11`);
    await page.waitForFunction(() => document.documentElement.classList.contains('early-view'), null, { timeout: 15000 });
    assert.ok(await page.isVisible('[data-part="baked"] svg.baked-wide'), 'the baked map is on screen');
    assert.ok(!(await page.isVisible('[data-part="status"]')), 'no "Loading" over it');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-part="baked"] path[data-c="FRA"]')]
      .some((p) => getComputedStyle(p).strokeWidth === '2.5px'), null, { timeout: 15000 });
    assert.deepEqual(await outlined(page), ['FRA'], 'France outlined once its record is in');
    assert.equal(await page.evaluate(() => document.body.dataset.early), undefined, 'early.js never ran');
    // Countries in the picture (the region), with and without a role that day.
    const codes = ['SAU', 'TUR', 'FRA', 'EGY', 'GBR', 'QAT', 'IRN', 'DEU', 'ITA', 'JOR', 'IRQ', 'SYR', 'ARE', 'LBN'];
    const early = await bakedFills(page, codes);
    // The app, as early.js would have started it, for the live colours of that day.
    await page.evaluate(() => window.coalitionStartApp());
    await live(page);
    const expected = await liveFills(page, '2014-09-11', codes);
    const land = (await page.evaluate(() => fetch('baked/early/days.json').then((r) => r.json()))).land.toLowerCase();
    assert.ok(codes.every((c) => early[c] !== null), JSON.stringify(early));
    for (const c of codes) assert.equal(early[c], expected[c] ?? land, `${c}: its fill for 11 Sept`);
    assert.ok(codes.filter((c) => expected[c] !== null).length >= 6, JSON.stringify({ early, expected }));
  } finally {
    await b.close();
  }
});

test('before the wasm, a click on a link\'s map moves the outline and keeps the link\'s day; the live viewer keeps both', async () => {
  const { b, page, release } = await heldPage(1280, '?country=FRA&date=2014-09-11');
  try {
    await page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
    const codes = ['SAU', 'TUR', 'FRA', 'EGY', 'GBR', 'USA'];
    const before = await bakedFills(page, codes);
    const point = await pointIn(page, 'TUR');
    assert.ok(point, 'a point inside Turkey');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('[data-part="panel"] h2')?.textContent === 'Turkey', null, { timeout: 15000 });
    assert.deepEqual(await outlined(page), ['TUR'], 'Turkey outlined, France no longer');
    assert.deepEqual(await bakedFills(page, codes), before, 'the same day\'s colours');
    assert.match(await page.textContent('[data-part="date-label"]'), /11 Sept 2014/);
    await release();
    await live(page);
    const view = await page.evaluate(() => window.coalitionMap.view());
    assert.deepEqual([view.country, view.date], ['TUR', '2014-09-11']);
    assert.ok(!(await page.isVisible('[data-part="baked"]')), 'the live map replaced the baked one');
  } finally {
    await b.close();
  }
});

test('before the wasm, a record\'s panel reads word for word as the live one: its file carries what it cites', async () => {
  // Each baked record holds its panel, the names of the sources it cites, the cited sources its
  // own list lacks and its claims in words (`coalition bake --early`), no longer the whole
  // dataset's tables: a citation missing from it would read as a source file's id here.
  for (const id of ['FRA', 'USA', 'paris']) {
    const { b, page, release } = await heldPage(1280, `?country=${id}&date=2014-09-11`);
    try {
      await page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
      const text = () => page.$eval('[data-part="panel"]', (p) => p.innerText);
      const early = await text();
      const titles = () => page.$$eval('[data-part="panel"] .cite .src', (xs) => xs.map((x) => x.title));
      const earlyTitles = await titles();
      assert.ok(earlyTitles.length > 0, `${id}: its panel cites`);
      await release();
      await live(page);
      assert.equal(early, await text(), `${id}: the early panel's text is the live panel's`);
      assert.deepEqual(earlyTitles, await titles(), `${id}: each citation's source title`);
    } finally {
      await b.close();
    }
  }
});
