// A page in French or Arabic never shows its baked English chrome first (issue 29): the first-paint
// script sets the document's lang and dir at once, asks for words.<tag>.json, keeps the chrome's
// words unseen (transparent, their room kept) until they are in, and shows English if they fail or
// take over two seconds. Each test holds the words file back, then releases it (or fails it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, untilReady } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** Records, at every frame, whether the masthead's heading was seen in English (baked), and counts
 *  the words file's requests. */
function probe() {
  window.seenEnglish = 0;
  window.frames = 0;
  const look = () => {
    const h1 = document.querySelector('h1');
    if (h1) {
      window.frames++;
      const shown = getComputedStyle(h1).color !== 'rgba(0, 0, 0, 0)';
      if (shown && /^The coalition against ISIL/.test(h1.textContent)) window.seenEnglish++;
    }
    if (document.body?.dataset.ready !== 'true') requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** A page at `path` with words.<tag>.json held until `release()` (or `fail()`), and the wasm held
 *  until `live()`. */
async function held(path) {
  const b = await browser({ width: 1280, height: 900 });
  const words = [];
  const wasm = [];
  let requests = 0;
  let wordsFree = false;
  let wasmFree = false;
  await b.page.route('**/words.*.json', (route) => {
    requests++;
    return wordsFree ? route.continue() : words.push(route);
  });
  await b.page.route('**/coalition_map_bg.wasm', (route) => (wasmFree ? route.continue() : wasm.push(route)));
  await b.page.addInitScript(probe);
  await b.page.goto(server.url + path);
  return {
    b, page: b.page,
    requests: () => requests,
    release: async () => { wordsFree = true; for (const r of words.splice(0)) await r.continue(); },
    fail: async () => { for (const r of words.splice(0)) await r.fulfill({ status: 404, body: 'gone' }); },
    live: async () => { wasmFree = true; for (const r of wasm.splice(0)) await r.continue(); },
  };
}

const state = (page) => page.evaluate(() => {
  const h1 = document.querySelector('h1');
  return {
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    pending: document.documentElement.classList.contains('words-pending'),
    heading: h1.textContent,
    headingShown: getComputedStyle(h1).color !== 'rgba(0, 0, 0, 0)',
    loading: document.querySelector('[data-part="status"]').textContent,
    box: (({ width, height }) => ({ width: Math.round(width), height: Math.round(height) }))(document.querySelector('[data-part="map-wrap"]').getBoundingClientRect()),
  };
});

test('?lang=ar: Arabic and right to left at once, no English chrome while the words are held, Arabic once they come; the app takes them without a second request', async () => {
  const { b, page, requests, release, live } = await held('?lang=ar');
  try {
    await page.waitForLoadState('domcontentloaded');
    await page.waitForTimeout(300);
    const waiting = await state(page);
    assert.deepEqual([waiting.lang, waiting.dir, waiting.pending, waiting.headingShown], ['ar', 'rtl', true, false], JSON.stringify(waiting));
    await release();
    await page.waitForFunction(() => !document.documentElement.classList.contains('words-pending'), null, { timeout: 5000 });
    const shown = await state(page);
    assert.equal(shown.lang, 'ar');
    assert.equal(shown.dir, 'rtl');
    assert.ok(shown.headingShown, 'the heading shows');
    assert.doesNotMatch(shown.heading, /coalition against/, 'the heading in Arabic');
    assert.match(shown.heading, /[\u0600-\u06FF]/);
    assert.doesNotMatch(shown.loading, /Loading/, '"Loading" in Arabic too');
    assert.deepEqual(shown.box, waiting.box, 'the map\'s box did not move');
    assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined, 'before the app');
    await live();
    await untilReady(page);
    assert.equal(requests(), 1, 'the app took the words the first-paint script asked for');
    assert.equal(await page.evaluate(() => window.seenEnglish), 0, 'no frame showed the English heading');
    assert.ok(await page.evaluate(() => window.frames) > 3);
    assert.match(await page.textContent('h1'), /[\u0600-\u06FF]/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('?lang=fr with the words file failing: English shows, marked English, then the app does as before', async () => {
  const { b, page, fail, live } = await held('?lang=fr');
  try {
    await page.waitForLoadState('domcontentloaded');
    assert.equal((await state(page)).pending, true);
    await fail();
    await page.waitForFunction(() => !document.documentElement.classList.contains('words-pending'), null, { timeout: 5000 });
    const shown = await state(page);
    assert.deepEqual([shown.lang, shown.dir, shown.headingShown], ['en', 'ltr', true], JSON.stringify(shown));
    assert.match(shown.heading, /^The coalition against ISIL/);
    await live();
    await untilReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  } finally {
    await b.close();
  }
});

test('?lang=fr with the words file late: English after about two seconds, French once it comes', async () => {
  const { b, page, release, live } = await held('?lang=fr');
  try {
    await page.waitForLoadState('domcontentloaded');
    const start = Date.now();
    await page.waitForFunction(() => !document.documentElement.classList.contains('words-pending'), null, { timeout: 5000 });
    assert.ok(Date.now() - start > 1000, 'English waited for the words a while');
    const late = await state(page);
    assert.deepEqual([late.lang, late.headingShown], ['en', true]);
    assert.match(late.heading, /^The coalition against ISIL/);
    await release();
    await page.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 5000 });
    assert.doesNotMatch(await page.textContent('h1'), /^The coalition against ISIL/, 'French once the words came');
    await live();
    await untilReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  } finally {
    await b.close();
  }
});
