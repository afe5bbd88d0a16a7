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

/** Each baked path's fill by map country, as the reader sees it now. */
const bakedFills = (page, codes) => page.evaluate((cs) => Object.fromEntries(cs.map((c) => {
  const path = [...document.querySelectorAll(`[data-part="baked"] path[data-c="${c}"]`)]
    .find((p) => p.getBoundingClientRect().width > 0);
  return [c, path?.getAttribute('fill')?.toLowerCase() ?? null];
})), codes);

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
      assert.ok(await page.evaluate(() => document.querySelector('[data-part="baked"] path.early-selected[data-c="FRA"]') !== null), 'France outlined');
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
    // A point inside France's outline (its box's centre may fall on a neighbour).
    const point = await page.evaluate(() => {
      const path = document.querySelector('[data-part="baked"] svg.baked-wide path[data-c="FRA"]');
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
    });
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
