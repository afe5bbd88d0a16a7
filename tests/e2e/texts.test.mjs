// The dataset's long texts come from their own file (www/baked/texts.json, src/pack/texts.rs), not
// the first wasm module: with that file held back, a panel shows its short parts and a loading
// line, then the texts once it arrives; with the file failing, a clear message and the rest of the
// panel working; and the answer before the wasm (the baked files) needs it not at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, serve, untilReady } from './harness.mjs';

let server;
let texts;
before(async () => {
  server = await serve();
  texts = await (await fetch(`${server.url}baked/texts.json`)).json();
});
after(() => server?.close());

/** A page whose texts file is held until `release()` (or answered with an error: `fail`). */
async function pageWithTexts(path, { fail = false, holdWasm = false } = {}) {
  const b = await browser({ width: 1280, height: 900 });
  const held = [];
  let released = false;
  await b.page.route('**/baked/texts.json', (route) => {
    if (fail) return route.fulfill({ status: 503, body: 'unavailable' });
    return released ? route.continue() : held.push(route);
  });
  const wasm = [];
  if (holdWasm) await b.page.route('**/coalition_map_bg.wasm', (route) => { wasm.push(route); });
  await b.page.goto(server.url + path);
  const release = async () => {
    released = true;
    for (const r of held) await r.continue();
  };
  return { b, page: b.page, release, held };
}

const panelText = (page) => page.$eval('[data-part="panel"]', (p) => p.textContent);
/** The long texts a text shows (the longer ones: a short one, a claim's "any means necessary",
 *  may also be a source's title, which the panel shows without the file). */
const shownTexts = (text) => texts.filter((s) => s.length > 80 && text.includes(s));

test('a panel opened with the texts file held back shows a loading line, then the texts', async () => {
  const { b, page, release, held } = await pageWithTexts('?country=FRA&date=2014-09-15');
  try {
    // The live viewer's panel (the page says it is ready only once the texts are in).
    await page.waitForSelector('[data-part="panel"] .texts-note');
    assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined);
    assert.ok(held.length >= 1, 'the texts file was asked for');
    const note = page.locator('[data-part="panel"] .texts-note');
    assert.equal(await note.textContent(), 'Loading the summaries and quotations…');
    assert.equal(await note.getAttribute('role'), 'status');
    // The short parts are there: the name, the status, the pledges' kinds and sources.
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    assert.ok(await page.locator('[data-part="panel"] [data-pledge]').count() > 0);
    const waiting = await panelText(page);
    assert.deepEqual(shownTexts(waiting), [], 'no long text before the file');
    assert.ok(!waiting.includes('\uE000'), 'no mark reaches the reader');
    await release();
    await untilReady(page);
    assert.equal(await page.locator('[data-part="panel"] .texts-note').count(), 0);
    const full = await panelText(page);
    assert.ok(shownTexts(full).length >= 3, 'the texts are in the panel');
    assert.ok(!full.includes('\uE000'));
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    // Later panels answer at once: the file is here. The overview, built while it was on its
    // way, is built again with the disputed counts' claims.
    await page.evaluate(() => window.coalitionMap.select('GBR'));
    assert.equal(await page.locator('[data-part="panel"] .texts-note').count(), 0);
    assert.ok(shownTexts(await panelText(page)).length >= 1);
    await page.evaluate(() => window.coalitionMap.select(null));
    assert.equal(await page.locator('[data-part="panel"] .texts-note').count(), 0);
    const overview = await panelText(page);
    assert.ok(!overview.includes('\uE000'));
    for (const claim of ['more than 30', 'Thirty', '24 countries', 'Twenty-six']) assert.ok(overview.includes(claim), claim);
    // The disputes section and the item's detail too.
    const disputes = await page.$eval('[data-part="disputes"]', (d) => d.textContent);
    assert.ok(shownTexts(disputes).length >= 3 && !disputes.includes('\uE000'));
    assert.equal(await page.locator('[data-part="disputes"] .texts-note').count(), 0);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a texts file that fails shows a clear message and the rest of the panel works', async () => {
  const { b, page } = await pageWithTexts('?country=FRA&date=2014-09-15', { fail: true });
  try {
    await untilReady(page);
    const note = page.locator('[data-part="panel"] .texts-note');
    await page.waitForFunction(() => document.querySelector('[data-part="panel"] .texts-note.error'));
    assert.equal(await note.textContent(), 'The summaries and quotations could not be loaded. Check the connection and open this again.');
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    assert.ok(await page.locator('[data-part="panel"] [data-pledge]').count() > 0);
    assert.ok(!(await panelText(page)).includes('\uE000'));
    // The rest works: a roster's name opens its record, which asks again and says so again.
    await page.evaluate(() => window.coalitionMap.select(null));
    await page.click('[data-part="panel"] button[data-code="GBR"]');
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'United Kingdom');
    await page.waitForFunction(() => document.querySelector('[data-part="panel"] .texts-note.error'));
    // The map and the timeline are drawn, the view follows the clicks.
    assert.equal((await page.evaluate(() => window.coalitionMap.view())).country, 'GBR');
    // The only errors are the failed requests themselves.
    assert.ok(b.errors.every((e) => /texts\.json|503|Failed to load resource/.test(e)), b.errors.join('\n'));
  } finally {
    await b.close();
  }
});

test('the answer before the wasm needs no texts file', async () => {
  const { b, page } = await pageWithTexts('?country=FRA&date=2014-09-11', { fail: true, holdWasm: true });
  try {
    await page.waitForSelector('[data-part="panel"] h2');
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    const text = await panelText(page);
    assert.ok(shownTexts(text).length >= 3, 'the baked panel carries its texts');
    assert.equal(await page.locator('[data-part="panel"] .texts-note').count(), 0);
  } finally {
    await b.close();
  }
});
