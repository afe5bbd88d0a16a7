// End-to-end: where the sources disagree, the page shows both sides (issue 17) — on a country's
// record, in a section listing every dispute — and every record has a permalink that opens and
// highlights it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, untilReady } from './harness.mjs';

let app;
before(async () => { app = await openApp('?country=IRN'); });
after(async () => { await app?.close(); });

test("Iran's record shows both sides of its absence from Paris", async () => {
  const { page } = app.b;
  const panel = page.getByRole('region', { name: 'Details: Iran' });
  await panel.waitFor({ timeout: 3000 });
  const dispute = panel.locator('[data-record="iran-paris-absence"]');
  const text = await dispute.innerText();
  assert.match(text, /Why was Iran absent from the Paris conference\?/);
  for (const side of ['not invited', 'did not send delegates', 'refused to take part']) {
    assert.ok(text.includes(side), `${side} in ${text}`);
  }
  assert.deepEqual(app.b.errors, []);
});

test('the disputes section lists every dispute with its claims', async () => {
  const { page } = app.b;
  const all = await page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    return JSON.parse(await new Coalition().json()).disputes.map((d) => [d.id, d.claims.length]);
  });
  assert.ok(all.length >= 10, `${all.length} disputes`);
  const shown = await page.$$eval('[data-part="disputes"] > .dispute', (nodes) =>
    nodes.map((n) => [n.dataset.record, n.querySelectorAll('.claims > li').length]));
  assert.deepEqual(shown, all);
});

test('a permalink opens its record and highlights it', async () => {
  const { page } = app.b;
  await page.goto(`${app.server.url}?record=western-source-saudi-frontline`);
  await untilReady(page);
  const panel = page.getByRole('region', { name: 'Details: Saudi Arabia' });
  await panel.waitFor({ timeout: 3000 });
  assert.equal(await panel.locator('[data-record="western-source-saudi-frontline"]').getAttribute('class'), 'picked');
  // A new selection lets go of it, in the URL too.
  await page.evaluate(() => window.coalitionMap.select('FRA'));
  await page.waitForFunction(() => location.search.includes('country=FRA') && !location.search.includes('record='));
  await page.goto(`${app.server.url}?record=no-such-record`);
  await untilReady(page);
  assert.match(await page.locator('#notice').innerText(), /Ignored record “no-such-record”/);
});
