// End-to-end: the pledge timeline a reader can read (issue 16). It opens by country; the reader
// can switch to kinds; the time axis zooms and pans and the URL keeps it; a click on a pledge
// selects its country, moves the map to its day and scrolls the panel to it; → and ← reach every
// item exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, untilReady } from './harness.mjs';

let app, b;
before(async () => {
  app = await openApp();
  b = app.b;
});
after(async () => { await app?.close(); });

const ready = () => untilReady(b.page);
const frame = () => b.page.waitForTimeout(120);

test('the first view is pledges by country; By kind switches and the URL keeps it', async () => {
  assert.equal(await b.page.getAttribute('[data-timeline="actor"]', 'aria-pressed'), 'true');
  const byActor = await b.page.evaluate(() => document.getElementById('timeline').clientHeight);
  await b.page.click('[data-timeline="kind"]');
  await b.page.waitForFunction(() => location.search.includes('timeline=kind'));
  await frame();
  const byKind = await b.page.evaluate(() => document.getElementById('timeline').clientHeight);
  assert.notEqual(byKind, byActor, 'the layout changed');
  await b.page.reload();
  await ready();
  assert.equal(await b.page.getAttribute('[data-timeline="kind"]', 'aria-pressed'), 'true');
  await b.page.click('[data-timeline="actor"]');
  await b.page.waitForFunction(() => !location.search.includes('timeline='));
});

test('zooming the axis (buttons, keys, Ctrl+wheel, drag) changes the URL and a reload restores it', async () => {
  await b.page.goto(app.server.url);
  await ready();
  await b.page.click('[data-timeline-zoom="in"]');
  await b.page.waitForFunction(() => location.search.includes('window='));
  const zoomed = new URL(b.page.url()).searchParams.get('window');
  assert.match(zoomed, /^\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$/);
  // Keys: + zooms further in, Shift+← pans to earlier days.
  await b.page.focus('#timeline');
  await b.page.keyboard.press('+');
  await b.page.keyboard.press('Shift+ArrowLeft');
  await b.page.waitForFunction((w) => new URL(location.href).searchParams.get('window') !== w, zoomed);
  // Ctrl + wheel over the canvas zooms too (a trackpad pinch arrives the same way).
  const box = await b.page.locator('#timeline').boundingBox();
  const before = new URL(b.page.url()).searchParams.get('window');
  await b.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await b.page.keyboard.down('Control');
  await b.page.mouse.wheel(0, 400); // zoom out
  await b.page.keyboard.up('Control');
  await b.page.waitForFunction((w) => new URL(location.href).searchParams.get('window') !== w, before);
  // A drag pans.
  await b.page.click('[data-timeline-zoom="in"]');
  await b.page.click('[data-timeline-zoom="in"]');
  await frame();
  const beforeDrag = new URL(b.page.url()).searchParams.get('window');
  await b.page.mouse.move(box.x + box.width * 0.5, box.y + box.height - 30);
  await b.page.mouse.down();
  await b.page.mouse.move(box.x + box.width * 0.8, box.y + box.height - 30, { steps: 5 });
  await b.page.mouse.up();
  await b.page.waitForFunction((w) => new URL(location.href).searchParams.get('window') !== w, beforeDrag);
  const url = b.page.url();
  const view = await b.page.evaluate(() => window.coalitionMap.view());
  await b.page.goto(url);
  await ready();
  assert.deepEqual(await b.page.evaluate(() => window.coalitionMap.view()), view);
  // All days: the dataset's whole span. Since the story runs to December it is wider than the
  // first view (the September story's days, no window in the URL), so the URL names it.
  await b.page.click('[data-timeline-zoom="reset"]');
  await b.page.waitForFunction(() => new URL(location.href).searchParams.get('window') === '2014-08-08..2014-12-15');
});

test('a click on a pledge selects its country, moves the map to its day and shows it in the panel', async () => {
  await b.page.goto(app.server.url);
  await ready();
  const p = await b.page.evaluate(() => window.coalitionMap.locateItem('aus-fighter-jets'));
  assert.ok(p, 'the Australian aircraft pledge is drawn');
  await b.page.locator('#timeline').click({ position: p });
  const panel = b.page.getByRole('region', { name: 'Details: Australia' });
  await panel.waitFor({ timeout: 3000 });
  const view = await b.page.evaluate(() => window.coalitionMap.view());
  assert.equal(view.country, 'AUS');
  assert.equal(view.item, 'aus-fighter-jets');
  assert.match(await b.page.locator('#date-label').innerText(), /Sept 2014/);
  assert.equal(await panel.locator('[data-pledge="aus-fighter-jets"]').getAttribute('class'), 'picked');
  assert.deepEqual(b.errors, []);
});

test('→ and ← reach every item exactly once', async () => {
  await b.page.goto(app.server.url);
  await ready();
  const total = await b.page.evaluate(() => document.getElementById('timeline').getAttribute('aria-label').match(/Timeline of (\d+)/)[1]);
  await b.page.focus('#timeline');
  const seen = [];
  for (let i = 0; i < Number(total); i++) {
    await b.page.keyboard.press('ArrowRight');
    seen.push(await b.page.evaluate(() => window.coalitionMap.view().then((v) => `${v.item}@${v.date}`)));
  }
  // Every marker once: as many distinct selections as markers.
  assert.equal(new Set(seen).size, Number(total), seen.join(' '));
  await b.page.keyboard.press('ArrowRight');
  assert.equal(await b.page.evaluate(() => window.coalitionMap.view().then((v) => `${v.item}@${v.date}`)), seen[0], 'wraps round');
  await b.page.keyboard.press('ArrowLeft');
  assert.equal(await b.page.evaluate(() => window.coalitionMap.view().then((v) => `${v.item}@${v.date}`)), seen.at(-1));
});

test('screenshots of the timeline at 1280 and 375 px', async () => {
  await b.page.goto(app.server.url + '?date=2014-09-15');
  await ready();
  await frame();
  await b.page.locator('.timeline-card').screenshot({ path: 'test-results/timeline-1280.png' });
  await b.page.setViewportSize({ width: 375, height: 800 });
  await frame();
  await b.page.locator('.timeline-card').screenshot({ path: 'test-results/timeline-375.png' });
  await b.page.setViewportSize({ width: 1280, height: 800 });
});
