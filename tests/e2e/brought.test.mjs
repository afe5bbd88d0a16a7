// End-to-end: a brought dataset (`?dataset=`, the embed's `dataset` attribute) under hostile
// networks and links (issue 30). A download that stalls — no answer, or a body that stops half
// way — ends with a clear error and a retry, and the page stays usable; while it downloads
// nothing is drawn from the embedded dataset; a Cite permalink keeps `dataset=` on the page and
// the host page's own query in an embed, and opens its record there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, get } from 'node:http';
import { join } from 'node:path';
import { serve, browser, inkOf, ROOT } from './harness.mjs';

let server, proxy, proxyUrl, b;
let good;
/** Responses the proxy holds open (a body that stopped): ended after the tests. */
const held = [];

/** The embedded dataset with France renamed, so a test can tell the brought one on screen. */
const brought = () => {
  const d = JSON.parse(JSON.stringify(good));
  d.actors.find((a) => a.id === 'FRA').name = 'Frankreich';
  return JSON.stringify(d);
};

const EMBED_HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><script type="module" src="/embed.js"></script></head>
<body><h1>Article 42</h1><coalition-map country="FRA" DATASET></coalition-map></body></html>`;

before(async () => {
  server = await serve();
  const cmd = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug/coalition');
  good = JSON.parse(execFileSync(cmd, ['export', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  // A same-origin stand-in for a slow or broken server: the page's own files from the static
  // server, plus a dataset whose body stops after its first kilobyte and never ends, and host
  // pages for the embed.
  proxy = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/data/half.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(brought().slice(0, 1024));
      held.push(res);
      return;
    }
    if (path === '/data/brought.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(brought());
      return;
    }
    if (path.startsWith('/host-')) {
      const dataset = path === '/host-half.html' ? 'dataset="/data/half.json"' : '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(EMBED_HOST.replace('DATASET', dataset));
      return;
    }
    get(server.url + req.url.slice(1), (up) => {
      res.writeHead(up.statusCode ?? 500, up.headers);
      up.pipe(res);
    });
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${proxy.address().port}/`;
  b = await browser();
  // The Cite button copies to the clipboard: keep what it copies.
  await b.page.addInitScript(() => {
    window.copied = [];
    if (navigator.clipboard) navigator.clipboard.writeText = async (t) => { window.copied.push(t); };
  });
});
after(async () => {
  for (const res of held) res.destroy();
  await b?.close();
  proxy?.close();
  server?.close();
});

const ready = (page) => page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
const embedReady = (page) => page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 30000 });

test('a ?dataset= that never answers times out with a clear error and a retry; the page stays usable', async () => {
  const { page } = b;
  let answer = false;
  await page.route('**/data/stalled.json', (route) => {
    if (answer) route.fulfill({ status: 200, contentType: 'application/json', body: brought() });
    // else: never answered, like a server that accepted the connection and went quiet
  });
  const started = Date.now();
  await page.goto(`${server.url}?dataset=/data/stalled.json&country=FRA`);
  await ready(page);
  const waited = Date.now() - started;
  assert.ok(waited >= 9000 && waited < 25000, `gave up after ${waited} ms`);
  const box = page.locator('#dataset-errors');
  const text = await box.innerText();
  assert.match(text, /could not be loaded/);
  assert.match(text, /nothing arrived for 10 seconds, so the download was stopped/);
  // Usable: the embedded data, drawn, selectable.
  await page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  assert.ok((await inkOf(page, '#map')) > 0.3, 'the map is drawn');
  // The retry is a button the keyboard reaches; this time the server answers.
  const retry = box.getByRole('button', { name: 'Try again' });
  await retry.focus();
  answer = true;
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Details: Frankreich' }).waitFor({ timeout: 10000 });
  assert.equal(await box.isHidden(), true);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  assert.deepEqual(b.errors, []);
});

test('the embed\'s dataset attribute whose body stops half way times out too, with a retry', async () => {
  const { page } = b;
  const started = Date.now();
  await page.goto(`${proxyUrl}host-half.html`);
  await embedReady(page);
  const waited = Date.now() - started;
  assert.ok(waited >= 9000 && waited < 25000, `gave up after ${waited} ms`);
  const embed = page.locator('coalition-map');
  const text = await embed.locator('[data-part="errors"]').innerText();
  assert.match(text, /half\.json: nothing arrived for 10 seconds/);
  await embed.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  assert.ok((await inkOf(page, 'coalition-map canvas[data-part="map"]')) > 0.3);
  assert.equal(await embed.getByRole('button', { name: 'Try again' }).count(), 1);
  assert.deepEqual(b.errors, []);
});

test('while a ?dataset= downloads, no map of the embedded dataset is drawn under "Loading"', async () => {
  const { page } = b;
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/slow.json', async (route) => {
    await released;
    await route.fulfill({ status: 200, contentType: 'application/json', body: brought() });
  });
  await page.goto(`${server.url}?dataset=/data/slow.json&country=FRA&date=2014-09-11`);
  // The wasm and the first module are up well within this; the dataset is still on its way.
  await page.waitForTimeout(2500);
  const during = await page.evaluate(() => ({
    drawn: document.querySelector('#map').dataset.drawn ?? null,
    overlay: getComputedStyle(document.querySelector('#status')).display !== 'none',
    baked: [...document.querySelectorAll('.baked')].some((e) => getComputedStyle(e).display !== 'none'),
  }));
  assert.deepEqual(during, { drawn: null, overlay: true, baked: false });
  release();
  await ready(page);
  await page.getByRole('region', { name: 'Details: Frankreich' }).waitFor({ timeout: 3000 });
  assert.match(await page.textContent('#legend-title'), /11 Sept 2014/);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  assert.deepEqual(b.errors, []);
});

test('Cite on the page keeps dataset= (and any host parameter), and the link opens the record', async () => {
  const { page } = b;
  await page.goto(`${proxyUrl}?utm_source=mail&dataset=/data/brought.json&country=FRA&date=2014-09-15`);
  await ready(page);
  const panel = page.getByRole('region', { name: 'Details: Frankreich' });
  await panel.waitFor({ timeout: 3000 });
  const cite = panel.getByRole('button', { name: /^Cite/ }).first();
  await cite.click();
  const copied = await page.evaluate(() => window.copied.at(-1));
  const link = copied.match(/https?:\/\/\S+$/)[0];
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, proxyUrl);
  assert.match(url.search, /^\?utm_source=mail&dataset=\/data\/brought\.json&record=[a-z0-9-]+$/);
  const record = url.searchParams.get('record');
  await page.goto(link);
  await ready(page);
  await panel.waitFor({ timeout: 3000 });
  assert.equal(await panel.locator(`[data-record="${record}"]`).getAttribute('class'), 'picked');
  assert.deepEqual(b.errors, []);
});

test('Cite in an embed keeps the host page\'s own query, and the link opens the record there', async () => {
  const { page } = b;
  await page.goto(`${proxyUrl}host-plain.html?article=42#comments`);
  await embedReady(page);
  const embed = page.locator('coalition-map');
  const panel = embed.getByRole('region', { name: 'Details: France' });
  await panel.waitFor({ timeout: 3000 });
  await panel.getByRole('button', { name: /^Cite/ }).first().click();
  const copied = await page.evaluate(() => window.copied.at(-1));
  const link = copied.match(/https?:\/\/\S+$/)[0];
  const url = new URL(link);
  assert.equal(url.pathname, '/host-plain.html');
  assert.match(url.search, /^\?article=42&record=[a-z0-9-]+$/);
  assert.equal(url.hash, '');
  const record = url.searchParams.get('record');
  await page.goto(link);
  await embedReady(page);
  const picked = embed.locator(`[data-record="${record}"]`);
  await picked.waitFor({ timeout: 3000 });
  assert.equal(await picked.getAttribute('class'), 'picked');
  assert.deepEqual(b.errors, []);
});

test('a file brought by hand is checked in place: problems listed and reachable, a valid one shown, and back', async () => {
  const { page } = b;
  await page.goto(`${server.url}?country=FRA`);
  await ready(page);
  const requests = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  // A file with hundreds of problems, through the file picker.
  const d = JSON.parse(brought());
  for (const e of d.events) e.actors = ['ZZA', 'ZZB', 'ZZC', 'ZZD', 'ZZE', 'ZZF', 'ZZG', 'ZZH'];
  const broken = JSON.stringify(d);
  await page.setInputFiles('#dataset-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const box = page.locator('#dataset-errors');
  await box.waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await box.innerText(), /events\[0\]\.actors\[0\]: unknown actor "ZZA"/);
  assert.match(await box.innerText(), /more problem/);
  // The keyboard is on the list, which scrolls; the page still shows the built-in data.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Problems found');
  await page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  assert.match(await page.locator('#dataset-shown').innerText(), /broken\.json was not loaded.*Still showing the built-in dataset/);
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)));
  assert.deepEqual(violations, [], 'axe with the error list open');
  // A valid file dropped anywhere on the page.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'mine.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('main').dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, brought());
  await page.getByRole('region', { name: 'Details: Frankreich' }).waitFor({ timeout: 10000 });
  assert.equal(await box.isHidden(), true);
  assert.match(await page.locator('#dataset-shown').innerText(), /Showing your dataset “mine\.json” \(\d+ actors, \d+ events\)/);
  // Checked in this browser: nothing was sent (the second module's own files at most were fetched).
  const out = requests.filter((r) => !/^GET http:\/\/127\.0\.0\.1:\d+\/pkg\/coalition_tools/.test(r));
  assert.deepEqual(out, []);
  // And back.
  await page.getByRole('button', { name: 'Back to the dataset shown before' }).click();
  await page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 10000 });
  assert.match(await page.locator('#dataset-shown').innerText(), /Showing the built-in dataset again/);
  assert.deepEqual(b.errors, []);
});

test('a CSV or SVG download whose module cannot be fetched says so, and the button retries', async () => {
  const { page } = b;
  await page.goto(`${server.url}?country=FRA`);
  await ready(page);
  await page.route(/coalition_tools/, (route) => route.abort());
  await page.click('[data-export="csv"]');
  const status = page.locator('#export-status');
  await page.waitForFunction(() => document.getElementById('export-status').textContent.length > 0, null, { timeout: 10000 });
  assert.match(await status.innerText(), /^Data \(CSV\) could not be made \(.+\)\. Press the button again to retry\.$/);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click('[data-export="csv"]')]);
  assert.equal(dl.suggestedFilename(), 'coalition-2014.csv');
  assert.equal(await status.innerText(), '');
});

test('the JSON download of a 4–5 MB dataset can be loaded back', async () => {
  const { page } = b;
  await page.goto(`${server.url}?country=FRA`);
  await ready(page);
  // 50,000 small sources: under 5 MB written compact (defaults included), well over indented.
  const d = JSON.parse(brought());
  for (let i = 0; i < 50000; i++) d.sources.push({ id: `s${i}`, kind: 'official', publisher: 'P', title: 'T', dated: 'D' });
  const text = JSON.stringify(d);
  assert.ok(text.length > 3.5e6 && text.length < 5e6, `${text.length} bytes`);
  const loaded = await page.evaluate((t) => window.coalitionMap.loadDataset(t), text);
  assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
  const back = await readFile(await dl.path(), 'utf8');
  assert.ok(back.length <= 5 * 1024 * 1024, `${back.length} bytes`);
  const again = await page.evaluate((t) => window.coalitionMap.loadDataset(t), back);
  assert.equal(again.ok, true, JSON.stringify(again.errors));
});
