// End-to-end: the lean first load (issue 19). A plain page load, and an embed's, fetch only the first
// wasm module and, after the map's first paint, the timeline's (the third: pkg/coalition_timeline*);
// the second (pkg/coalition_tools*: validation, JSON import, CSV and SVG exports)
// arrives on demand, once, when a reader brings a dataset (the API, ?dataset=) or downloads the
// CSV or an SVG, and every download works with it loaded that way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, browser } from './harness.mjs';

let server, b;
/** Every URL the page requested since the last `open`. */
const requests = [];
before(async () => {
  server = await serve();
  b = await browser();
  b.page.on('request', (r) => requests.push(r.url()));
});
after(async () => {
  await b?.close();
  server?.close();
});

/** The paths of the wasm files among them. */
const wasmRequested = () => requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);

async function open(path, ready = () => document.body.dataset.ready === 'true') {
  requests.length = 0;
  await b.page.goto(server.url + path);
  await b.page.waitForFunction(ready, null, { timeout: 20000 });
  // Idle work after the first paint (warm-up, the cached base layer) must not fetch it either.
  await b.page.waitForTimeout(800);
}

test('a plain page load, and an interaction, fetch only the first module and the timeline\'s', async () => {
  await open('?country=FRA&date=2014-09-15');
  await b.page.evaluate(() => window.coalitionMap.select('QAT'));
  await b.page.evaluate(() => window.coalitionMap.setDate('2014-09-11'));
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_timeline_bg.wasm']);
  assert.ok(!requests.some((u) => /coalition_tools/.test(u)), requests.join('\n'));
});

test('an embed page fetches only the first module and the timeline\'s, once for both embeds', async () => {
  await open('embed-example.html', () => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'));
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_timeline_bg.wasm']);
});

test('bringing a dataset fetches the second module once, and the dataset loads', async () => {
  await open('');
  const result = await b.page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    const data = JSON.parse(await new Coalition().json());
    data.actors.find((a) => a.id === 'FRA').name = 'France (brought)';
    data.pledges[0].summary = 'A pledge only the brought dataset has';
    const first = await window.coalitionMap.loadDataset(data);
    const bad = await window.coalitionMap.loadDataset('{"sources": 1}');
    return { first, bad };
  });
  assert.equal(result.first.ok, true, JSON.stringify(result.first.errors));
  assert.ok(result.first.actors > 30 && result.first.events > 5);
  assert.equal(result.bad.ok, false);
  assert.match(result.bad.errors[0].path, /sources|document/);
  assert.equal(result.bad.actors, result.first.actors, 'a refused dataset leaves the loaded one');
  await b.page.evaluate(() => window.coalitionMap.select('FRA'));
  await b.page.getByRole('region', { name: 'Details: France (brought)' }).waitFor({ timeout: 3000 });
  // The exports are of the brought dataset (the second module reads it from the first).
  await b.page.locator('[data-export="csv"]').scrollIntoViewIfNeeded();
  assert.match((await download('[data-export="csv"]')).data.toString('utf8'), /A pledge only the brought dataset has/);
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_timeline_bg.wasm', '/pkg/coalition_tools_bg.wasm']);
});

test('?dataset= loads through the second module', async () => {
  await open('?dataset=/pkg/coalition_map.d.ts');
  // Not JSON: refused by the second module, whose words name the problem.
  const errors = await b.page.locator('#dataset-errors').innerText();
  assert.match(errors, /could not be loaded/);
  // (The dataset is checked before the viewer is built, so before the timeline's module is asked for.)
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_tools_bg.wasm', '/pkg/coalition_timeline_bg.wasm']);
});

/** Clicks an export button and returns the download's file name and bytes. */
async function download(selector) {
  const [dl] = await Promise.all([b.page.waitForEvent('download', { timeout: 10000 }), b.page.click(selector)]);
  return { name: dl.suggestedFilename(), data: await readFile(await dl.path()) };
}

test('every download works; the SVGs, the JSON and the CSV fetch the second module, once', async () => {
  await open('?country=FRA&date=2014-09-15');
  await b.page.locator('[data-export="csv"]').scrollIntoViewIfNeeded();
  for (const which of ['map-png', 'timeline-png']) {
    const { name, data } = await download(`[data-export="${which}"]`);
    assert.match(name, /\.png$/);
    assert.ok(data.length > 1000, `${which}: ${data.length} bytes`);
  }
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_timeline_bg.wasm'], 'the PNGs need no second module');
  // The JSON is written by the second module from the first's pack (session 9: the dataset's
  // serialiser left the first module): the document `coalition export --json` prints, which
  // loads back.
  const json = await download('[data-export="json"]');
  assert.match(json.name, /\.json$/);
  const doc = JSON.parse(json.data.toString('utf8'));
  assert.ok(doc.actors.some((a) => a.id === 'FRA') && doc.participations.length > 20);
  assert.ok(json.data.toString('utf8').includes('\n  "'), 'indented, to read and edit');
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_timeline_bg.wasm', '/pkg/coalition_tools_bg.wasm']);
  const csv = (await download('[data-export="csv"]')).data.toString('utf8');
  assert.match(csv, /^\uFEFFsection,id,actor/, 'a UTF-8 byte-order mark, then the header');
  assert.ok(csv.split('\r\n').length > 100);
  assert.deepEqual(wasmRequested(), ['/pkg/coalition_map_bg.wasm', '/pkg/coalition_timeline_bg.wasm', '/pkg/coalition_tools_bg.wasm']);
  // The SVGs reuse the module already loaded, and draw the view shown (its date, in its theme).
  const map = (await download('[data-export="map-svg"]')).data.toString('utf8');
  assert.match(map, /^<svg/);
  assert.match(map, /Status on 15 Sept 2014/);
  assert.match((await download('[data-export="timeline-svg"]')).data.toString('utf8'), /Conference/);
  assert.equal(wasmRequested().length, 3);
  assert.deepEqual(b.errors, []);
});
