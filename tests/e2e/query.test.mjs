// The page's one query reader (www/query.js: first-paint.js, early.js, permalink.js and app.js
// read links through it) reads a link as the core does (`ViewState::from_query`): compared here,
// query by query, with the live page's wasm on the edges where the readers used to differ — which
// of two repeated keys wins, an empty or over-long value, an undecodable key, a doubled `?`, the
// 33rd pair — and, before the wasm, early.js answers such links as the live viewer will.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, serve, untilReady } from './harness.mjs';
import { VIEW_KEYS, decode, encode, queryPairs, readQuery, rewriteQuery } from '../../www/query.js';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

const filler = (n) => Array.from({ length: n }, (_, i) => `x${i}=1`).join('&');
const QUERIES = [
  '?country=GBR&country=FRA',
  '?country=FRA&country=',
  '?country=FRA&country=%20%20',
  `?country=FRA&country=${'A'.repeat(70)}`,
  `?record=${'r'.repeat(65)}`,
  '??#country=FRA',
  '?%63ountry=FRA&%64ate=2014-09-11',
  '?country=%46RA',
  '?country=FR%41',
  '?country=+FRA+',
  '?%ZZ=1&country=FRA',
  '?%E9=1&country=FRA&x=%E9%',
  '?%2Bcountry=FRA',
  '?country%3DFRA',
  '?country=FRA&date=2014-09-11&date=2014-09-12',
  '?framing=gulf&framing=world',
  '?lang=fr&lang=',
  '?utm_source=a&country=FRA&&utm_source=b&?fbclid=c',
  `?${filler(31)}&country=FRA`,
  `?${filler(32)}&country=FRA`,
];

test('the core\'s decode, byte for byte: + is a space, a bad escape stays, bad UTF-8 is U+FFFD', () => {
  // The same cases as tests/params.rs checks against `view::decode`.
  assert.equal(decode('a+b%20c'), 'a b c');
  assert.equal(decode('%ZZ%4'), '%ZZ%4');
  assert.equal(decode('%'), '%');
  assert.equal(decode('%E9'), '\uFFFD');
  assert.equal(decode('%C3%A9t%C3%A9'), 'été');
  assert.equal(decode('%+41'), '\u0004' + '1', 'Rust\'s from_str_radix takes "+4"');
  assert.equal(decode('%2B'), '+', 'an escaped + stays a +');
  assert.equal(encode('a b&é,~'), 'a%20b%26%C3%A9,~');
  assert.deepEqual(queryPairs('??a=1&&b&c=2=3').map((p) => [p.key, p.value]), [['a', '1'], ['b', ''], ['c', '2=3']]);
  assert.deepEqual(readQuery('?country=GBR&country=FRA&country=').view, { country: 'FRA' });
  assert.equal(rewriteQuery('??a=1&country=FRA&?b=2', (k) => VIEW_KEYS.includes(k), [['record', 'x y']]), '?a=1&b=2&record=x%20y');
});

test('each link is read as the core reads it: the view and the host\'s own parameters', async () => {
  const b = await browser();
  try {
    await b.page.goto(server.url);
    await untilReady(b.page);
    const core = await b.page.evaluate(async (queries) => {
      const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
      const app = new Coalition();
      return queries.map((q) => {
        app.applyQuery(q);
        const v = app.view();
        const ours = app.query();
        const all = app.urlQuery();
        return {
          view: { country: v.country ?? null, date: v.date ?? null, framing: v.framing, record: v.record ?? null, lang: v.lang ?? null },
          foreign: ours ? all.slice(ours.length).replace(/^&/, '') : all,
        };
      });
    }, QUERIES);
    QUERIES.forEach((q, i) => {
      const { view } = readQuery(q);
      const js = { country: view.country ?? null, date: view.date ?? null, framing: view.framing ?? 'region', record: view.record ?? null, lang: view.lang ?? null };
      assert.deepEqual(js, core[i].view, q);
      assert.equal(rewriteQuery(q, (k) => VIEW_KEYS.includes(k), []).replace(/^\?/, ''), core[i].foreign, `${q}: the host's parameters`);
    });
  } finally {
    await b.close();
  }
});

test('before the wasm, early.js answers a repeated key or an undecodable one as the live viewer does', async () => {
  for (const q of ['?country=FRA&country=&date=2014-09-11', '?%ZZ=1&country=GBR&country=FRA&date=2014-09-11']) {
    const b = await browser({ width: 1280, height: 900 });
    const held = [];
    let released = false;
    await b.page.route('**/coalition_map_bg.wasm', (route) => (released ? route.continue() : held.push(route)));
    try {
      await b.page.goto(server.url + q);
      await b.page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
      assert.equal(await b.page.textContent('[data-part="panel"] h2'), 'France', q);
      released = true;
      for (const r of held) await r.continue();
      await untilReady(b.page);
      const view = await b.page.evaluate(() => window.coalitionMap.view());
      assert.deepEqual([view.country, view.date], ['FRA', '2014-09-11'], q);
      assert.equal(await b.page.textContent('[data-part="panel"] h2'), 'France', q);
    } finally {
      await b.close();
    }
  }
});

test('a Cite permalink drops every view parameter, the story, language and digits too', async () => {
  const { permalink, hostRecord } = await import('../../www/permalink.js');
  const link = permalink('iran-paris-absence', 'https://example.org/map/?article=42&story=jeddah-to-paris&step=paris&lang=fr&numerals=arab&country=FRA#x');
  assert.equal(link, 'https://example.org/map/?article=42&record=iran-paris-absence');
  assert.equal(hostRecord('?record=a&record=b'), 'b', 'the last record=, as the core reads it');
  assert.equal(hostRecord('?record=&x=1'), null);
});
