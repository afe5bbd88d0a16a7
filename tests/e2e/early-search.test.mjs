// A search before the wasm (issue 29): with the page's wasm request held back, words sent in the
// search box are looked up in the baked names file of the page's language (names-LANG.json,
// `coalition bake --early`: the core's `frame::find` answers) and the record found is shown as a
// click on the baked map shows it (panel, outline, link), the box cleared; words the file lacks,
// or a names file that fails, are kept and answered by the live viewer when it takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, serve } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** A page at `path` whose wasm is held until `release()`, and early.js until `releaseEarly()`
 *  when `holdEarly`; `languages` stands for the reader's browser languages; `names` answers the
 *  names files' requests (else they are served), which `asked` lists. */
async function heldPage(path, { languages = null, holdEarly = false, colorScheme = 'light', names = null } = {}) {
  const b = await browser({ width: 1280, height: 900, colorScheme });
  const holder = () => {
    const h = { free: false, routes: [] };
    h.route = (route) => (h.free ? route.continue() : h.routes.push(route));
    h.release = async () => { h.free = true; for (const r of h.routes.splice(0)) await r.continue(); };
    return h;
  };
  const wasm = holder();
  const early = holder();
  const asked = [];
  await b.page.route('**/coalition_map_bg.wasm', wasm.route);
  if (holdEarly) await b.page.route('**/early.bundle.js', early.route);
  await b.page.route('**/baked/early/names-*.json', (route) => {
    asked.push(new URL(route.request().url()).pathname.split('/').pop());
    return names ? names(route) : route.continue();
  });
  if (languages) {
    await b.page.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), languages);
  }
  await b.page.goto(server.url + path);
  return { b, page: b.page, release: wasm.release, releaseEarly: early.release, asked };
}

/** The map countries outlined on the visible baked picture (the selection's stroke). */
const outlined = (page) => page.evaluate(() => [...new Set([...document.querySelectorAll('[data-part="baked"] [data-c], [data-part="baked"] [data-m]')]
  .filter((n) => n.getBoundingClientRect().width > 0 && getComputedStyle(n).strokeWidth === '2.5px')
  .map((n) => n.getAttribute('data-c') ?? n.getAttribute('data-m')))]);

const live = (page) => page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60000 });
const panelFor = (page, id) => page.waitForFunction((c) => new URLSearchParams(location.search).get('country') === c
  && document.body.dataset.early === 'panel', id, { timeout: 15000 });

async function search(page, words) {
  await page.waitForSelector('#search');
  await page.fill('#search', words);
  await page.press('#search', 'Enter');
}

test('before the wasm, "France" + Enter shows France as a click would: panel, outline, link, the box cleared; the live viewer keeps it', async () => {
  const { b, page, release, asked } = await heldPage('?date=2014-09-11');
  try {
    await page.waitForSelector('[data-part="baked"] svg.baked-wide path[data-c="FRA"]', { state: 'visible' });
    assert.deepEqual(asked, [], 'the names are not asked for before the reader searches');
    await search(page, 'France');
    await panelFor(page, 'FRA');
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    assert.deepEqual(await outlined(page), ['FRA'], 'France outlined, and no other');
    assert.match(page.url(), /\?date=2014-09-11&country=FRA$/, 'the link keeps its day');
    assert.match(await page.textContent('[data-part="date-label"]'), /11 Sept 2014/);
    assert.equal(await page.inputValue('#search'), '', 'the box cleared, as the live search clears it');
    assert.deepEqual(asked, ['names-en.json'], 'the English names, once');
    assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined, 'the live viewer is not there yet');
    await release();
    await live(page);
    const view = await page.evaluate(() => window.coalitionMap.view());
    assert.deepEqual([view.country, view.date], ['FRA', '2014-09-11']);
    assert.equal(await page.textContent('[data-part="panel"] h2'), 'France');
    assert.equal(await page.evaluate(() => window.coalitionEarlySearch), undefined, 'not sent again');
  } finally {
    await b.close();
  }
});

test('before the wasm, a French reader finds a French name, its first words and a code; the names come on the box\'s first focus', async () => {
  const { b, page, release, asked } = await heldPage('', { languages: ['fr-FR', 'fr'] });
  try {
    await page.waitForSelector('[data-part="baked"] svg.baked-wide path[data-c="FRA"]', { state: 'visible' });
    await page.waitForFunction(() => window.coalitionEarlyListening === true, null, { timeout: 15000 });
    await page.focus('#search');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('names-fr.json')), null, { timeout: 5000 });
    await search(page, 'Émirats arabes unis');
    await panelFor(page, 'ARE');
    assert.deepEqual(await outlined(page), ['ARE']);
    assert.equal(await page.inputValue('#search'), '');
    await search(page, '  émirats ');
    await page.waitForFunction(() => document.querySelector('#search').value === '', null, { timeout: 15000 });
    assert.match(page.url(), /\?country=ARE$/);
    await search(page, 'irq');
    await panelFor(page, 'IRQ');
    assert.deepEqual(await outlined(page), ['IRQ']);
    await search(page, 'Djeddah');
    await panelFor(page, 'jeddah');
    assert.deepEqual(asked, ['names-fr.json'], 'the French names, once (on focus)');
    await release();
    await live(page);
    assert.equal((await page.evaluate(() => window.coalitionMap.view())).country, 'jeddah');
  } finally {
    await b.close();
  }
});

test('before the wasm, words the names lack ("Atlantis") are kept and the live viewer says it found nothing', async () => {
  const { b, page, release } = await heldPage('?date=2014-09-11');
  try {
    await page.waitForFunction(() => window.coalitionEarlyListening === true, null, { timeout: 15000 });
    await search(page, 'Atlantis');
    await page.waitForTimeout(500);
    assert.equal(await page.inputValue('#search'), 'Atlantis', 'the words stay in the box');
    assert.match(page.url(), /\?date=2014-09-11$/, 'nothing selected, the page not reloaded');
    assert.notEqual(await page.evaluate(() => document.body.dataset.early), 'panel');
    await release();
    await live(page);
    await page.waitForFunction(() => /Atlantis/.test(document.querySelector('[data-part="announce"]').textContent), null, { timeout: 15000 });
    assert.match(await page.textContent('[data-part="announce"]'), /No country, organisation or conference called “Atlantis”/);
  } finally {
    await b.close();
  }
});

test('before early.js has loaded, a search is kept and answered by it as soon as it runs', async () => {
  const { b, page, release, releaseEarly } = await heldPage('', { holdEarly: true });
  try {
    await page.waitForSelector('[data-part="baked"] svg.baked-wide path[data-c="FRA"]', { state: 'visible' });
    await search(page, 'united arab emirates');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.coalitionEarlySearch), true, 'kept by the first-paint script');
    assert.equal(await page.evaluate(() => window.coalitionEarlyListening), undefined, 'early.js is not there yet');
    assert.equal(await page.inputValue('#search'), 'united arab emirates');
    await releaseEarly();
    await panelFor(page, 'ARE');
    assert.deepEqual(await outlined(page), ['ARE']);
    assert.equal(await page.inputValue('#search'), '');
    await release();
    await live(page);
    assert.equal((await page.evaluate(() => window.coalitionMap.view())).country, 'ARE');
  } finally {
    await b.close();
  }
});

test('before the wasm, a names file that fails, or a dark page, leaves a real name to the live viewer', async () => {
  for (const options of [{ names: (route) => route.fulfill({ status: 404, body: 'gone' }) }, { colorScheme: 'dark' }]) {
    const { b, page, release } = await heldPage('?date=2014-09-11', options);
    try {
      await search(page, 'France');
      await page.waitForTimeout(500);
      assert.equal(await page.inputValue('#search'), 'France', `${JSON.stringify(Object.keys(options))}: the words stay`);
      assert.match(page.url(), /\?date=2014-09-11$/);
      await release();
      await live(page);
      await page.waitForFunction(() => document.querySelector('[data-part="panel"] h2')?.textContent === 'France', null, { timeout: 15000 });
      const view = await page.evaluate(() => window.coalitionMap.view());
      assert.deepEqual([view.country, view.date], ['FRA', '2014-09-11']);
    } finally {
      await b.close();
    }
  }
});
