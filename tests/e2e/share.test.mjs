// End-to-end: one view state round-trips through the URL (reload, back button, shared link); bad
// values give a visible notice, not a blank page; two embeds on one page stay independent and tell
// the host what the reader clicked; the iframe embed reads its URL; every export parses back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, browser, checkSettled } from './harness.mjs';

let server, b;
before(async () => {
  server = await serve();
  b = await browser();
});
after(async () => {
  await b?.close();
  server?.close();
});

async function open(path) {
  await b.page.goto(server.url + path);
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
}

const details = (name) => b.page.getByRole('region', { name: `Details: ${name}` });

test('a shared link restores the view, and selections, reload and back round-trip', async () => {
  await open('?country=FRA&date=2014-09-15&framing=world');
  await details('France').waitFor({ timeout: 3000 });
  assert.equal(await b.page.locator('#date-label').innerText(), '15 Sept 2014');
  assert.equal(await b.page.getAttribute('[data-framing="world"]', 'aria-pressed'), 'true');

  await b.page.evaluate(() => window.coalitionMap.select('TUR'));
  await b.page.waitForFunction(() => location.search.includes('country=TUR'));
  assert.match(b.page.url(), /country=TUR&date=2014-09-15&framing=world/);

  await b.page.reload();
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true');
  await details('Turkey').waitFor({ timeout: 3000 });

  await b.page.goBack();
  await details('France').waitFor({ timeout: 3000 });
  assert.deepEqual(await b.page.evaluate(() => window.coalitionMap.view()),
    { country: 'FRA', date: '2014-09-15', framing: 'world', item: null });
  assert.deepEqual(b.errors, []);
});

test('unknown or malformed values are ignored with a visible notice', async () => {
  await open('?country=XXZ&date=2014-02-30&framing=moon&item=%3Cscript%3E');
  const notice = b.page.locator('#notice');
  assert.equal(await notice.isVisible(), true);
  const text = await notice.innerText();
  for (const bit of ['XXZ', '2014-02-30', 'moon', '<script>']) assert.ok(text.includes(bit), `${bit} in ${text}`);
  assert.equal(await b.page.isHidden('#status'), true, 'the map still loads');
  await details('the conferences').waitFor({ timeout: 3000 });
  assert.deepEqual(b.errors, []);
});

test('the embed code follows the view', async () => {
  await open('?country=IRN&date=2014-09-15');
  const code = await b.page.locator('#embed-code').inputValue();
  assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>/);
  assert.match(code, /<coalition-map country="IRN" date="2014-09-15"><\/coalition-map>/);
  await checkSettled(b.page, '#embed-iframe');
  assert.match(await b.page.locator('#embed-code').inputValue(), /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?country=IRN&date=2014-09-15"/);
});

test('two embeds on one page are independent and send country-select', async () => {
  await b.page.goto(server.url + 'embed-example.html');
  await b.page.waitForFunction(() => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'), null, { timeout: 20000 });
  const first = b.page.locator('#first');
  const second = b.page.locator('#second');
  await first.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  await second.getByRole('region', { name: 'Details: the conferences' }).waitFor({ timeout: 3000 });
  // Click Australia in the second (world framing) embed at the point it locates.
  const p = await b.page.evaluate(() => document.getElementById('second').locate('AUS'));
  assert.ok(p, 'Australia not on the world map');
  await second.locator('canvas[data-part="map"]').click({ position: { x: p.x, y: p.y } });
  await second.getByRole('region', { name: 'Details: Australia' }).waitFor({ timeout: 3000 });
  await first.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 1000 });
  assert.match(await b.page.locator('#log').innerText(), /second: Australia \(AUS\)/);
  // Attributes set the view after load, too.
  await b.page.evaluate(() => document.getElementById('first').setAttribute('country', 'Bahrain'));
  await first.getByRole('region', { name: 'Details: Bahrain' }).waitFor({ timeout: 3000 });
  assert.deepEqual(b.errors, []);
});

test('defineCoalitionMap registers the element under a second name, quietly; the first name again is a no-op', async () => {
  await b.page.goto(server.url + 'embed-example.html');
  const warnings = [];
  const listen = (m) => { if (m.type() === 'warning') warnings.push(m.text()); };
  b.page.on('console', listen);
  try {
    const same = await b.page.evaluate(async () => {
      const m = await import('/embed.js'); // the served element: it re-exports defineCoalitionMap
      const again = m.defineCoalitionMap() === customElements.get('coalition-map');
      m.defineCoalitionMap('newsroom-map');
      const twice = m.defineCoalitionMap('newsroom-map') === customElements.get('newsroom-map');
      const el = document.createElement('newsroom-map');
      el.id = 'renamed';
      el.setAttribute('country', 'JOR');
      document.body.append(el);
      return again && twice;
    });
    assert.ok(same, 'each name keeps its class');
    await b.page.locator('#renamed').getByRole('region', { name: 'Details: Jordan' }).waitFor({ timeout: 10000 });
    assert.deepEqual(warnings, [], 'our own copy never warns');
    assert.deepEqual(b.errors, []);
  } finally {
    b.page.off('console', listen);
  }
});

test('the iframe embed reads its view from its URL', async () => {
  await b.page.goto(server.url + 'embed.html?country=IRQ&date=2014-09-11');
  await b.page.waitForFunction(() => document.querySelector('coalition-map').dataset.ready === 'true', null, { timeout: 20000 });
  await b.page.locator('coalition-map').getByRole('region', { name: 'Details: Iraq' }).waitFor({ timeout: 3000 });
  assert.deepEqual(b.errors, []);
});

async function download(selector) {
  const [dl] = await Promise.all([b.page.waitForEvent('download'), b.page.click(selector)]);
  return { name: dl.suggestedFilename(), data: await readFile(await dl.path()) };
}

/** Splits CSV text into records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

test('exports: PNG decodes, SVG parses, CSV has a row per record, JSON is the dataset', async () => {
  await open('?country=FRA&date=2014-09-15');
  for (const which of ['map-png', 'timeline-png']) {
    const { name, data } = await download(`[data-export="${which}"]`);
    assert.match(name, /\.png$/);
    const size = await b.page.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      return [bmp.width, bmp.height];
    }, data.toString('base64'));
    assert.ok(size[0] > 300 && size[1] > 150, `${which} ${size}`);
  }
  for (const which of ['map-svg', 'timeline-svg']) {
    const { data } = await download(`[data-export="${which}"]`);
    const parsed = await b.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName,
        shapes: doc.querySelectorAll('polygon, circle, polyline').length, text: doc.documentElement.textContent };
    }, data.toString('utf8'));
    assert.equal(parsed.error, false);
    assert.equal(parsed.root, 'svg');
    assert.ok(parsed.shapes > 20, `${which}: ${parsed.shapes} shapes`);
    if (which === 'map-svg') assert.match(parsed.text, /Status on 15 Sept 2014/);
    else assert.match(parsed.text, /Conference/);
  }
  const json = JSON.parse((await download('[data-export="json"]')).data.toString('utf8'));
  for (const k of ['sources', 'actors', 'conferences', 'participations', 'pledges', 'statements', 'events', 'figures', 'disputes']) {
    assert.ok(Array.isArray(json[k]), k);
  }
  const csv = (await download('[data-export="csv"]')).data;
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark, so Excel reads UTF-8');
  const rows = csvRecords(csv.subarray(3).toString('utf8'));
  const expected = json.participations.length + json.pledges.length + json.statements.length + json.events.length
    + json.figures.length + json.disputes.reduce((n, d) => n + d.claims.length, 0)
    // The story after Paris (issue 28): a row per decision, strike, listing and meeting too.
    + json.decisions.length + json.strikes.length + json.listings.length + json.meetings.length;
  assert.equal(rows[0][0], 'section');
  assert.equal(rows.length - 1, expected, 'one CSV row per record');
  assert.ok(rows.every((r) => r.length === rows[0].length), 'every row has every column');
});
