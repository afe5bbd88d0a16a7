// End-to-end: the page with a dataset ten times the embedded one (issue 18's scale), made in the
// page as scripts/scale-dataset.mjs makes it. The timeline draws the ten copies of an item as one
// counted marker, yet → reaches every item exactly once, hovering a counted marker says so and
// clicks on it reach each of its items; the table view builds its events table lazily. Timings
// are the benchmark's (scripts/bench.mjs), never asserted here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const TIMES = 10;
let app, b, expected;
before(async () => {
  app = await openApp();
  b = app.b;
  expected = await b.page.evaluate(async (times) => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    const data = JSON.parse(await new Coalition().json());
    const copies = (list, rename) => Array.from({ length: times }, (_, i) => list.map((r) => (i === 0 ? r : rename(structuredClone(r), `-x${i + 1}`)))).flat();
    data.pledges = copies(data.pledges, (p, s) => ({ ...p, id: `${p.id}${s}` }));
    data.statements = copies(data.statements, (st, s) => ({ ...st, id: `${st.id}${s}` }));
    data.events = copies(data.events, (e, s) => ({ ...e, id: `${e.id}${s}`, pledges: (e.pledges ?? []).map((p) => `${p}${s}`) }));
    const res = await window.coalitionMap.loadDataset(data);
    if (!res.ok) throw new Error(JSON.stringify(res.errors.slice(0, 3)));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // One marker per event and pledge, and one per disputed conference date.
    const disputed = data.conferences.filter((c) => c.date_dispute).length;
    return { items: data.events.length + data.pledges.length + disputed, events: data.events.length };
  }, TIMES);
});
after(async () => { await app?.close(); });

test('→ on the timeline reaches every item of a 10× dataset exactly once, then comes round', async () => {
  await b.page.focus('#timeline');
  const seen = await b.page.evaluate(async (n) => {
    const canvas = document.getElementById('timeline');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ids = [];
    for (let i = 0; i <= n; i++) {
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await frame(); // each step drawn, as a reader stepping through sees it
      ids.push((await window.coalitionMap.view()).item);
    }
    return ids;
  }, expected.items);
  const round = seen.slice(0, expected.items);
  assert.equal(new Set(round).size, expected.items, 'every item once in one round');
  assert.equal(seen[expected.items], seen[0], 'one more step comes back to the first');
  // A real key press steps too (the canvas has focus).
  const before = (await b.page.evaluate(() => window.coalitionMap.view())).item;
  await b.page.keyboard.press('ArrowRight');
  await b.page.waitForFunction((id) => window.coalitionMap.view().then((v) => v.item !== id), before);
});

test('a counted marker says what it holds on hover, and clicks on it select each of its items', async () => {
  await b.page.evaluate(() => window.coalitionMap.selectItem(null));
  const at = await b.page.evaluate(() => window.coalitionMap.locateItem('fra-air-strikes'));
  assert.ok(at, 'the pledge is drawn');
  const box = await b.page.locator('#timeline').boundingBox();
  await b.page.mouse.move(box.x + at.x, box.y + at.y);
  const tip = b.page.locator('[data-part="timeline-tooltip"]');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), new RegExp(`1 of ${TIMES} at this marker`));
  const picked = [];
  for (let i = 0; i < TIMES; i++) {
    await b.page.mouse.click(box.x + at.x, box.y + at.y);
    picked.push((await b.page.evaluate(() => window.coalitionMap.view())).item);
  }
  assert.equal(new Set(picked).size, TIMES, `ten clicks reach the ${TIMES} copies: ${picked.join(', ')}`);
  assert.ok(picked.every((id) => /^fra-air-strikes(-x\d+)?$/.test(id)), picked.join(', '));
});

test('the table view builds the events table a page at a time', async () => {
  await b.page.click('#table-view summary');
  const rows = () => b.page.locator('#table-view .events-table tbody tr').count();
  await b.page.locator('#table-view .events-table').waitFor();
  assert.equal(await rows(), 50, 'the first 50 rows only');
  assert.match(await b.page.locator('#table-view .events-table caption').textContent(), new RegExp(`\\(${expected.events}\\)`));
  assert.ok(await b.page.locator('#table-view tr:has(button[data-code="FRA"])').count(), 'the countries table is whole');
  const table = b.page.locator('#table-view .events-table');
  await table.getByRole('button', { name: 'Show 50 more' }).click();
  assert.equal(await rows(), 100);
  await table.getByRole('button', { name: `Show all ${expected.events} events` }).click();
  assert.equal(await rows(), expected.events);
  assert.equal(await b.page.locator('#table-view .more-rows').isHidden(), true, 'nothing left to show');
  // A selection leaves the rows built (the events table depends on the dataset only).
  await b.page.evaluate(() => window.coalitionMap.select('FRA'));
  assert.equal(await rows(), expected.events);
});

test('a pledge picked on the timeline is built in the panel even past the first entries of its list', async () => {
  await b.page.evaluate(() => window.coalitionMap.selectItem(null));
  const one = await b.page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    return new Coalition().record('country', 'USA', '').pledges.length;
  });
  // The last copy of a United States pledge: far past the panel's first 20 pledges.
  const last = `usa-strategy-financing-x${TIMES}`;
  await b.page.evaluate((id) => window.coalitionMap.selectItem(id), last);
  const panel = b.page.getByRole('region', { name: 'Details: United States' });
  const entry = panel.locator(`[data-pledge="${last}"]`);
  await entry.waitFor({ timeout: 3000 });
  assert.equal(await entry.getAttribute('class'), 'picked');
  const pledges = await panel.locator('h3:text("Pledges and commitments") + ul > li[data-pledge]').count();
  assert.ok(pledges > 20 && pledges <= one * TIMES, `the list runs on to the picked pledge: ${pledges}`);
  assert.deepEqual(b.errors, []);
});
