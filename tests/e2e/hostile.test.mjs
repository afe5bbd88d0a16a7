// End-to-end robustness: broken datasets are refused with each problem's path and reason while the
// last good view stays; a dataset full of markup and javascript: URLs renders inert; a `dataset=`
// parameter cannot point at another origin; an aggressively styled host page and the embed do not
// leak into each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser, inkOf, ROOT } from './harness.mjs';

let server, b;
let good;
const FIXTURES = join(ROOT, 'www/_fixtures');
const dialogs = [];
before(async () => {
  server = await serve();
  b = await browser();
  b.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  // The embedded dataset, exported by the CLI, is the base every broken copy starts from.
  // (`cargo test` has built the debug binary by the time check.sh runs these tests.)
  const cmd = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug/coalition');
  good = JSON.parse(execFileSync(cmd, ['export', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
});
after(async () => {
  await b?.close();
  server?.close();
  rmSync(FIXTURES, { recursive: true, force: true });
});

/** Serves `body` at a same-origin address for this page only. */
async function host(path, body, type = 'application/json') {
  await b.page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: type, body }));
}

async function openWith(query) {
  await b.page.goto(`${server.url}?${query}`);
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
}

const clone = () => JSON.parse(JSON.stringify(good));
const broken = {
  'wrong-type': [(d) => { d.pledges[0].kind = 7; }, 'pledges[0].kind'],
  'unknown-code': [(d) => { d.actors[0].id = 'FRN'; }, 'actors[0].id'],
  'date-range': [(d) => { d.events[0].date.date = '1999-01-01'; }, 'events[0].date.date'],
  dangling: [(d) => { d.participations[0].conference = 'nowhere'; }, 'participations[0].conference'],
};

for (const [name, [mutate, path]] of Object.entries(broken)) {
  test(`a dataset with ${name} is refused with its path, and the last good view stays`, async () => {
    const d = clone();
    mutate(d);
    await host(`/data/${name}.json`, JSON.stringify(d));
    await openWith(`dataset=/data/${name}.json&country=FRA`);
    const box = b.page.locator('#dataset-errors');
    await box.waitFor({ state: 'visible', timeout: 3000 });
    const text = await box.innerText();
    assert.match(text, /could not be loaded/);
    assert.ok(text.includes(path), `${path} not in: ${text}`);
    await b.page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
    assert.ok((await inkOf(b.page, '#map')) > 0.3, 'the map is still drawn');
    assert.deepEqual(b.errors, []);
  });
}

test('a 50 MB dataset and deeply nested JSON are refused, and the JS API returns the errors', async () => {
  // Served by the real static server (a 50 MB body through the test's request interception would
  // measure Playwright, not the page), from a fixtures folder the test removes again.
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(join(FIXTURES, 'huge.json'), Buffer.alloc(50 * 1024 * 1024, 'x'));
  await openWith('dataset=/_fixtures/huge.json');
  assert.match(await b.page.locator('#dataset-errors').innerText(), /limit/);
  const deep = '['.repeat(200000) + ']'.repeat(200000);
  const result = await b.page.evaluate((t) => window.coalitionMap.loadDataset(t), deep);
  assert.equal(result.ok, false);
  assert.equal(result.errors.length, 1);
  assert.ok(result.errors[0].reason.length > 0);
  // Still alive: a good dataset loads after the bad ones.
  const ok = await b.page.evaluate((t) => window.coalitionMap.loadDataset(t), JSON.stringify(good));
  assert.equal(ok.ok, true);
  assert.equal(await b.page.isHidden('#dataset-errors'), true);
  assert.deepEqual(b.errors, []);
});

test('a dataset on another origin is refused with a notice', async () => {
  await openWith('dataset=http://example.invalid/evil.json&country=IRN');
  assert.match(await b.page.locator('#notice').innerText(), /only this site’s own files/);
  await b.page.getByRole('region', { name: 'Details: Iran' }).waitFor({ timeout: 3000 });
});

test('names, quotes and sources full of markup render as inert text', async () => {
  const d = clone();
  const fra = d.actors.find((a) => a.id === 'FRA');
  fra.name = '<img src=x onerror="window.__pwned=1">';
  const st = d.statements.find((s) => s.actor === 'FRA' && s.quotes && s.quotes.length);
  st.quotes[0].quote = '<script>window.__pwned=2</script>';
  st.summary = '<a href="javascript:window.__pwned=3">click</a>';
  const src = d.sources.find((s) => s.kind === 'official');
  src.publisher = '<b onmouseover="window.__pwned=4">Ministry</b>';
  src.published_at = 'javascript:window.__pwned=5';
  await host('/data/xss.json', JSON.stringify(d));
  const before = `${server.url}?dataset=/data/xss.json&country=FRA`;
  await b.page.goto(before);
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  const panel = b.page.locator('#panel');
  await panel.getByText('<img src=x onerror="window.__pwned=1">').first().waitFor({ timeout: 3000 });
  const text = await panel.innerText();
  assert.ok(text.includes('<script>window.__pwned=2</script>'), 'quote shown as text');
  assert.ok(text.includes('javascript:window.__pwned=5'), 'javascript: URL shown as text');
  const found = await b.page.evaluate(() => ({
    pwned: window.__pwned,
    imgs: document.querySelectorAll('#panel img').length,
    scripts: document.querySelectorAll('#panel script').length,
    // Any link with a scheme must be http(s); relative links (the page's own) have none.
    badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
      .filter((h) => /^\s*[a-z][a-z0-9+.-]*:/i.test(h) && !/^(https?|blob):/i.test(h.trim())),
  }));
  // Hover and click around the panel, where an inline handler would fire.
  await panel.hover();
  await b.page.mouse.click(5, 5);
  assert.equal(await b.page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(found, { pwned: undefined, imgs: 0, scripts: 0, badLinks: [] });
  assert.deepEqual(dialogs, []);
  assert.equal(b.page.url(), before, 'no navigation');
});

test('an aggressively styled host page and the embed do not leak into each other', async () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>
  * { font-size: 40px !important; color: red !important; background: yellow !important; letter-spacing: 9px !important; }
  canvas { display: none !important; } div, p, li, ul, h2, h3 { padding: 60px !important; margin: 40px !important; }
  button { display: none !important; }
</style>
<script>window.Coalition = 'the host owns this name'; window.el = 42; window.Viewer = 'host';</script>
<script type="module" src="/embed.js"></script></head>
<body><div class="panel" id="hostpanel">host panel</div><coalition-map country="FRA"></coalition-map></body></html>`;
  await host('/host.html', page, 'text/html');
  await b.page.goto(`${server.url}host.html`);
  await b.page.waitForFunction(() => document.querySelector('coalition-map').dataset.ready === 'true', null, { timeout: 20000 });
  const embed = b.page.locator('coalition-map');
  await embed.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  const inside = await b.page.evaluate(() => {
    const root = document.querySelector('coalition-map').shadowRoot;
    const canvas = root.querySelector('canvas[data-part="map"]');
    const h2 = root.querySelector('[data-part="panel"] h2');
    const button = root.querySelector('[data-framing="world"]');
    const cs = (e) => getComputedStyle(e);
    return {
      canvasDisplay: cs(canvas).display, canvasHeight: canvas.clientHeight,
      h2Size: cs(h2).fontSize, h2Color: cs(h2).color, buttonDisplay: cs(button).display,
      hostPanelBorder: cs(document.getElementById('hostpanel')).borderTopWidth,
      globals: [window.Coalition, window.el, window.Viewer],
    };
  });
  assert.equal(inside.canvasDisplay, 'block');
  assert.ok(inside.canvasHeight > 100);
  assert.notEqual(inside.h2Size, '40px');
  assert.notEqual(inside.h2Color, 'rgb(255, 0, 0)');
  assert.notEqual(inside.buttonDisplay, 'none');
  assert.equal(inside.hostPanelBorder, '0px', "the embed's .panel style did not reach the host");
  assert.deepEqual(inside.globals, ['the host owns this name', 42, 'host'], 'host globals untouched');
  assert.ok((await inkOf(b.page, 'coalition-map canvas[data-part="map"]')) > 0.3, 'the embed drew its map');
  assert.deepEqual(b.errors, []);
});

test('a territory without an ISO code: the tooltip and the click say the same (not in the dataset)', async () => {
  await openWith('country=FRA');
  const { page } = b;
  // Northern Cyprus lies between Cyprus's located point and Turkey's; Somaliland between
  // Djibouti's and Somalia's: walk those lines until the tooltip names a territory without a code.
  const map = page.locator('#map');
  let found = null;
  for (const [from, to] of [['CYP', 'TUR'], ['DJI', 'SOM']]) {
    const [p0, p1] = await page.evaluate(async ([f, t]) => [await window.coalitionMap.locate(f), await window.coalitionMap.locate(t)], [from, to]);
    if (!p0 || !p1) continue;
    for (let i = 1; i < 40 && !found; i++) {
      const p = { x: p0.x + ((p1.x - p0.x) * i) / 40, y: p0.y + ((p1.y - p0.y) * i) / 40 };
      await map.hover({ position: p });
      const tip = await page.locator('#tooltip').innerText();
      if (/^(N\. Cyprus|Somaliland)/.test(tip)) found = { p, tip, name: tip.split(' — ')[0] };
    }
    if (found) break;
  }
  assert.ok(found, 'N. Cyprus or Somaliland found on the map');
  assert.equal(found.tip, `${found.name} — not in the dataset`);
  await map.click({ position: found.p });
  // The click neither opens another record nor clears the selection as the sea does: it says why.
  assert.equal((await page.evaluate(() => window.coalitionMap.view())).country, 'FRA');
  await page.getByRole('region', { name: /^Details: France/ }).waitFor({ timeout: 3000 });
  assert.ok((await page.locator('#announce').textContent()).startsWith(`${found.name}: not in the dataset and without an ISO code`));
  assert.deepEqual(b.errors, []);
});

test('a 1 MB name or title makes a tooltip of readable size, not ten million pixels', async () => {
  const d = clone();
  const huge = 'W'.repeat(1_000_000);
  d.actors.find((a) => a.id === 'FRA').name = `France${huge}`;
  d.events[0].title = `Title${huge}`; // the page loads and draws with it too
  await host('/data/huge-name.json', JSON.stringify(d));
  await openWith('dataset=/data/huge-name.json&date=2014-09-15');
  assert.equal(await b.page.isHidden('#dataset-errors'), true);
  const p = await b.page.evaluate(() => window.coalitionMap.locate('FRA'));
  await b.page.locator('#map').hover({ position: p });
  const tip = b.page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  const box = await tip.boundingBox();
  assert.ok(box.width <= 400 && box.height <= 60, JSON.stringify(box));
  const text = await tip.innerText();
  assert.ok(text.length < 200 && text.startsWith('FranceWWW') && text.includes('…'), text.slice(0, 300));
  assert.deepEqual(b.errors, []);
});

test('a source links only its urls; the words on where it is published stay text', async () => {
  // The Jeddah communiqué has words and no URL: nothing in its entry is a link.
  await openWith('country=QAT');
  const li = b.page.locator('#panel li', { hasText: 'mirrored at' });
  await li.first().waitFor({ timeout: 3000 });
  assert.equal(await li.first().locator('a').count(), 0);
  assert.match(await li.first().innerText(), /published at US Department of State; mirrored at rbs0\.com\/Communique20140911\.html and elsewhere/);
  // A report with two URLs: two links, each to one of them, and nothing else linked.
  await openWith('country=GBR&date=2014-12-31');
  const report = b.page.locator('#panel li', { hasText: 'publicwhip.org.uk' }).first();
  await report.waitFor({ timeout: 3000 });
  const links = await report.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, [
    'https://webtest.parliament.uk/business/news/news-by-year/2014/september/house-of-commons-debate-uk-government-response-to-isil',
    'https://www.publicwhip.org.uk/division.php?date=2014-09-26&house=commons&number=53',
  ]);
  // Nowhere on the page a link with a scheme other than http(s), or one made of prose.
  const bad = await b.page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href'))
    .filter((h) => (/^[a-z][a-z0-9+.-]*:/i.test(h) && !/^https?:\/\//i.test(h)) || /%20|;/.test(h)));
  assert.deepEqual(bad, []);
  for (const href of await b.page.$$eval('#panel a[href^="http"]', (as) => as.map((a) => a.href))) {
    assert.match(new URL(href).protocol, /^https?:$/);
  }
});
