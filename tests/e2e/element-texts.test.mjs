// The <coalition-map> element says it is ready (`data-ready`, and its `ready` promise) only once
// its first panel's long texts are in it (www/baked/texts.json, texts.js), as the page's
// body[data-ready] does: a host that waits for it sees the summaries, not the loading line. With
// the texts file held back the live viewer works and shows its loading line, and the element is
// not ready; released, the element is ready with the texts in its panel. A texts file that fails
// ends the wait too (the panel says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, serve } from './harness.mjs';

let server;
let texts;
before(async () => {
  server = await serve();
  texts = await (await fetch(`${server.url}baked/texts.json`)).json();
});
after(() => server?.close());

/** A host page with one live element on France, its texts file held (or failing: `fail`). */
async function hostWithTexts({ fail = false } = {}) {
  const b = await browser({ width: 1280, height: 900 });
  const held = [];
  await b.page.route('**/baked/texts.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : held.push(route)));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"><script type="module" src="embed.js"></script></head>
<body><h1>An article</h1><coalition-map country="FRA" framing="world"></coalition-map></body></html>`;
  await b.page.route('**/_host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await b.page.addInitScript(() => {
    // When the element's `ready` promise resolved, and to what.
    customElements.whenDefined('coalition-map').then(() => {
      /** @type {any} */ (document.querySelector('coalition-map')).ready.then((ok) => { window.readyResolved = ok; });
    });
  });
  await b.page.goto(server.url + '_host.html');
  return { b, page: b.page, held };
}

/** What the element's panel shows: its loading line, its text, and whether it says it is ready. */
const panel = (page) => page.evaluate(() => {
  const m = /** @type {any} */ (document.querySelector('coalition-map'));
  const box = m.shadowRoot.querySelector('[data-part="panel"]');
  return {
    ready: m.dataset.ready ?? null,
    resolved: window.readyResolved ?? null,
    heading: box.querySelector('h2')?.textContent ?? null,
    note: box.querySelector('.texts-note')?.textContent ?? null,
    text: box.textContent,
  };
});

/** The long texts (over 80 characters) a text shows. */
const shownTexts = (text) => texts.filter((s) => s.length > 80 && text.includes(s));

test('the element is ready only once its panel\'s long texts are in; a host waiting for data-ready sees the summaries', async () => {
  const { b, page, held } = await hostWithTexts();
  try {
    // The live viewer with France's panel and its loading line: working, not said to be ready.
    await page.waitForFunction(() => document.querySelector('coalition-map')?.shadowRoot.querySelector('[data-part="panel"] .texts-note'), null, { timeout: 60000 });
    await page.waitForFunction(() => /** @type {any} */ (document.querySelector('coalition-map')).viewer, null, { timeout: 10000 });
    assert.ok(held.length >= 1, 'the texts file was asked for');
    await page.waitForTimeout(300);
    const waiting = await panel(page);
    assert.equal(waiting.heading, 'France');
    assert.ok(waiting.note, 'the loading line is shown');
    assert.equal(waiting.ready, null, 'not ready while the texts are on their way');
    assert.equal(waiting.resolved, null, 'el.ready waits for them too');
    for (const r of held.splice(0)) await r.continue();
    // What a host sees the moment the element says it is ready.
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 30000 });
    const ready = await panel(page);
    assert.equal(ready.note, null, 'no loading line once ready');
    assert.ok(shownTexts(ready.text).length >= 1, 'France\'s long texts are in the panel');
    assert.equal(ready.heading, 'France');
    await page.waitForFunction(() => window.readyResolved !== undefined);
    assert.equal((await panel(page)).resolved, true);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a texts file that fails ends the element\'s wait too: ready, and the panel says the texts could not be loaded', async () => {
  const { b, page } = await hostWithTexts({ fail: true });
  try {
    await page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 60000 });
    await page.waitForFunction(() => document.querySelector('coalition-map').shadowRoot.querySelector('[data-part="panel"] .texts-note.error'), null, { timeout: 10000 });
    assert.equal((await panel(page)).heading, 'France');
    assert.ok(b.errors.every((e) => /texts\.json|503|Failed to load resource/.test(e)), b.errors.join('\n'));
  } finally {
    await b.close();
  }
});
