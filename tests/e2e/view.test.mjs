// End-to-end: the one view state (issues 14 and 18). Organisations and map countries without a
// record live in the URL like any country; a host's own parameters survive a click; the embed
// snippet carries the whole view and stays inert when pasted into a host page, whatever the ids;
// hostile datasets, redirects and non-string API calls get clear refusals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, browser, untilReady, ROOT, checkSettled } from './harness.mjs';

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
  await untilReady(b.page);
}

const details = (name) => b.page.getByRole('region', { name: `Details: ${name}` });
const search = () => new URLSearchParams(new URL(b.page.url()).search);

test('an organisation in the URL opens its record and stays in the URL', async () => {
  await open('?country=arab-league');
  await details('Arab League').waitFor({ timeout: 3000 });
  assert.equal(await b.page.isHidden('#notice'), true);
  await b.page.evaluate(() => window.coalitionMap.setDate('2014-09-15'));
  await b.page.waitForFunction(() => location.search.includes('date=2014-09-15'));
  assert.equal(search().get('country'), 'arab-league');
  await details('Arab League').waitFor({ timeout: 1000 });
  assert.deepEqual(b.errors, []);
});

test('a record deep in a long panel is scrolled into the panel, not the page', async () => {
  // The last of the United States' statements sits below the panel's fold at 1280 × 800.
  await open('?country=USA&record=us-nearly-40-countries');
  const entry = b.page.locator('[data-part="panel"] [data-record="us-nearly-40-countries"]');
  await entry.waitFor({ timeout: 3000 });
  assert.equal(await entry.getAttribute('class'), 'picked');
  const inPanel = () => b.page.evaluate(() => {
    const panel = document.querySelector('[data-part="panel"]');
    const e = panel.querySelector('[data-record="us-nearly-40-countries"]').getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    return { scrolled: panel.scrollTop, top: e.top - p.top, bottom: p.bottom - e.top };
  });
  await b.page.waitForFunction(() => document.querySelector('[data-part="panel"]').scrollTop > 0, null, { timeout: 3000 });
  const at = await inPanel();
  assert.ok(at.top >= 0 && at.bottom > 0, `the record is inside the panel's box: ${JSON.stringify(at)}`);
  assert.equal(await b.page.evaluate(() => window.scrollY), 0, 'the page itself does not scroll');
  assert.deepEqual(b.errors, []);
});

test('an organisation picked in search lands in the URL', async () => {
  await open('');
  await b.page.fill('#search', 'Arab League');
  await b.page.press('#search', 'Enter');
  await details('Arab League').waitFor({ timeout: 3000 });
  await b.page.waitForFunction(() => location.search.includes('country=arab-league'));
});

test("a host's own parameters survive a click", async () => {
  await open('?utm_source=news%20letter&utm_medium=x');
  const p = await b.page.evaluate(() => window.coalitionMap.locate('FRA'));
  await b.page.locator('#map').click({ position: p });
  await details('France').waitFor({ timeout: 3000 });
  await b.page.waitForFunction(() => location.search.includes('country=FRA'));
  assert.equal(search().get('utm_source'), 'news letter');
  assert.equal(search().get('utm_medium'), 'x');
});

test('a map country outside the dataset round-trips through the URL', async () => {
  await open('');
  const p = await b.page.evaluate(() => window.coalitionMap.locate('POL'));
  assert.ok(p, 'Poland is on the map');
  await b.page.locator('#map').click({ position: p });
  await details('Poland').waitFor({ timeout: 3000 });
  await b.page.waitForFunction(() => location.search.includes('country=POL'));
  await b.page.reload();
  await untilReady(b.page);
  await details('Poland').waitFor({ timeout: 3000 });
  assert.equal(await b.page.isHidden('#notice'), true, 'no "not in the dataset" notice');
  assert.deepEqual(b.errors, []);
});

test('the embed snippet carries the whole view, the timeline item included', async () => {
  await open('?country=TUR&item=jeddah-conference&date=2014-09-11');
  const code = await b.page.locator('#embed-code').inputValue();
  assert.match(code, /<coalition-map country="TUR" date="2014-09-11" item="jeddah-conference"><\/coalition-map>/);
  await checkSettled(b.page, '#embed-iframe');
  const iframe = await b.page.locator('#embed-code').inputValue();
  assert.match(iframe, /embed\.html\?country=TUR&date=2014-09-11&item=jeddah-conference"/);
  // The iframe's URL (entities decoded, as a browser reads it) opens the same view.
  const src = iframe.match(/src="([^"]+)"/)[1];
  await b.page.goto(src);
  await b.page.waitForFunction(() => document.querySelector('coalition-map').dataset.ready === 'true', null, { timeout: 20000 });
  const view = await b.page.evaluate(() => document.querySelector('coalition-map').view);
  assert.deepEqual(view, { country: 'TUR', date: '2014-09-11', framing: 'region', item: 'jeddah-conference' });
});

test('embed code with hostile values stays inert when pasted into a host page', async () => {
  await open('');
  const hostile = 'x" onload="window.__pwned=1" a=\'<img src=x onerror="window.__pwned=2">';
  const result = await b.page.evaluate(async (hostile) => {
    const { embedSnippet } = await import('/embed-code.js');
    window.__pwned = 0;
    const view = { country: hostile, date: hostile, framing: hostile, item: hostile, compare: hostile, statuses: [hostile], kinds: [hostile] };
    const query = `country=${encodeURIComponent(hostile)}`;
    const out = [];
    for (const iframe of [false, true]) {
      const snippet = embedSnippet({ base: `${location.origin}/`, view, query, iframe });
      // Pasted as a CMS would: parsed as HTML into the host's page.
      const host = document.createElement('div');
      host.innerHTML = snippet;
      document.body.append(host);
      const elements = [...host.querySelectorAll('*')];
      out.push({
        tags: elements.map((e) => e.localName),
        attrs: elements.map((e) => e.getAttributeNames()),
        country: host.querySelector('coalition-map')?.getAttribute('country'),
        src: host.querySelector('iframe')?.getAttribute('src'),
        script: host.querySelector('script')?.getAttribute('src'),
      });
      host.remove();
    }
    await new Promise((r) => setTimeout(r, 300));
    return { out, pwned: window.__pwned };
  }, hostile);
  assert.equal(result.pwned, 0, 'no handler ran');
  const [element, iframe] = result.out;
  assert.deepEqual(element.tags, ['script', 'coalition-map']);
  assert.deepEqual(element.attrs[1], ['country', 'date', 'framing', 'item', 'compare', 'status', 'kinds']);
  assert.equal(element.country, hostile, 'the value arrives whole, as text');
  assert.deepEqual(iframe.tags, ['iframe', 'script']);
  assert.deepEqual(iframe.attrs[0], ['src', 'title', 'width', 'height', 'loading', 'frameborder']);
  assert.deepEqual(iframe.attrs[1], ['src', 'async'], 'the resize script: a file, no inline code');
  assert.ok(iframe.src.endsWith(`?country=${encodeURIComponent(hostile)}`));
  assert.ok(iframe.script.endsWith('/embed-resize.js'));
});

test('datasets with unsafe ids or shadowing aliases are refused with their paths', async () => {
  await open('');
  const r = await b.page.evaluate(async () => {
    const data = JSON.parse(await (await fetch('/pkg/coalition_map_bg.wasm', { method: 'HEAD' }).then(() => null)) ?? 'null');
    return data;
  }).catch(() => null);
  assert.equal(r, null);
  const results = await b.page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    const good = JSON.parse(await new Coalition().json());
    const badId = structuredClone(good);
    badId.events[0].id = 'x" onload="alert(1)';
    const clash = structuredClone(good);
    clash.actors.find((a) => a.id === 'FRA').aliases.push('QAT');
    return [await window.coalitionMap.loadDataset(badId), await window.coalitionMap.loadDataset(clash)];
  });
  assert.equal(results[0].ok, false);
  assert.ok(results[0].errors.some((e) => e.path === 'events[0].id' && /only letters, digits/.test(e.reason)), JSON.stringify(results[0].errors));
  assert.equal(results[1].ok, false);
  assert.ok(results[1].errors.some((e) => /"QAT" already names actor/.test(e.reason)), JSON.stringify(results[1].errors));
  // Qatar still opens Qatar.
  await b.page.evaluate(() => window.coalitionMap.select('QAT'));
  await details('Qatar').waitFor({ timeout: 3000 });
});

test('a dataset link that redirects to another origin is refused', async () => {
  // Another origin (another port) that would happily serve a dataset to anyone (CORS open).
  const other = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end('{}');
  });
  await new Promise((r) => other.listen(0, '127.0.0.1', r));
  const elsewhere = `http://127.0.0.1:${other.address().port}/d.json`;
  // A same-origin address that redirects there.
  await b.page.route((url) => url.pathname === '/moved.json', (route) => route.fulfill({ status: 302, headers: { location: elsewhere } }));
  try {
    await open('?dataset=/moved.json');
    const errors = b.page.locator('#dataset-errors');
    await errors.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await errors.innerText(), /moved\.json: it redirects to another site/);
  } finally {
    await b.page.unrouteAll();
    other.close();
  }
  b.errors.length = 0;
});

test('the map tooltip follows the date under a still pointer', async () => {
  await open('?date=2014-09-11');
  const p = await b.page.evaluate(() => window.coalitionMap.locate('DEU'));
  await b.page.mouse.move(0, 0);
  const box = await b.page.locator('#map').boundingBox();
  await b.page.mouse.move(box.x + p.x, box.y + p.y);
  const tip = b.page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.equal((await tip.innerText()).trim(), 'Germany');
  await b.page.evaluate(() => window.coalitionMap.setDate('2014-09-15'));
  await b.page.waitForFunction(() => document.getElementById('tooltip').textContent.includes('Attended Paris'), null, { timeout: 3000 });
});

test('the JS API refuses wrong types and dates the URL would refuse, with clear errors', async () => {
  await open('');
  const r = await b.page.evaluate(async () => {
    const out = {};
    for (const [name, call] of [
      ['select', () => window.coalitionMap.select(12)],
      ['setDate', () => window.coalitionMap.setDate(20140915)],
      ['far date', () => window.coalitionMap.setDate('2013-01-01')],
    ]) {
      try { await call(); out[name] = 'no error'; } catch (e) { out[name] = `${e.name}: ${e.message}`; }
    }
    return out;
  });
  assert.match(r.select, /^TypeError: select\(code\) must be a string/);
  assert.match(r.setDate, /^TypeError: setDate\(date\) must be a string/);
  assert.match(r['far date'], /outside the story \(dates from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d are shown\)/);
  // The page is still alive.
  await b.page.evaluate(() => window.coalitionMap.select('FRA'));
  await details('France').waitFor({ timeout: 3000 });
  assert.deepEqual(b.errors, []);
});

test('after loading a dataset the timeline still says how many items it has', async () => {
  await open('');
  const label = await b.page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    await window.coalitionMap.loadDataset(await new Coalition().json());
    return document.getElementById('timeline').getAttribute('aria-label');
  });
  assert.doesNotMatch(label, /Timeline of 0 /);
  assert.match(label, /Timeline of \d+ events, pledges, decisions, strikes and listings/);
});

test('the timeline counts the same records before and after it is drawn, as the CLI does', async () => {
  // The first frame (before the timeline's layout) counted events and pledges only, and the
  // drawn one its markers: two numbers for one timeline.
  const cmd = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug/coalition');
  const cli = execFileSync(cmd, ['view', ''], { encoding: 'utf8' });
  const expected = cli.match(/Timeline of (\d+) /)[1];
  await open('');
  const label = await b.page.evaluate(() => document.getElementById('timeline').getAttribute('aria-label'));
  assert.equal(label.match(/Timeline of (\d+) /)?.[1], expected, label);
});

test('a removed embed stops playing', async () => {
  await b.page.goto(server.url + 'embed-example.html');
  await b.page.waitForFunction(() => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'), null, { timeout: 20000 });
  const drawnAfterRemoval = await b.page.evaluate(async () => {
    const el = document.getElementById('first');
    el.shadowRoot.querySelector('[data-part="play"]').click();
    await new Promise((r) => setTimeout(r, 700));
    const canvas = el.shadowRoot.querySelector('[data-part="map"]');
    el.remove();
    // A frame already requested (or the resize on removal) may still draw once; Play steps a day
    // every 600 ms, so two seconds would show three more draws if it kept playing.
    await new Promise((r) => setTimeout(r, 300));
    const at = canvas.dataset.drawn;
    await new Promise((r) => setTimeout(r, 2000));
    return [at, canvas.dataset.drawn];
  });
  assert.equal(drawnAfterRemoval[1], drawnAfterRemoval[0], 'no redraws after removal');
});

test('every record of the embedded dataset is built whole (no "Show all" on the longest lists)', async () => {
  // The United States has the longest list: 16 pledges.
  await open('?country=USA');
  await details('United States').waitFor({ timeout: 3000 });
  const counts = await b.page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    const rec = new Coalition().record('country', 'USA', '');
    const panel = document.getElementById('panel');
    return {
      pledges: [rec.pledges.length, panel.querySelectorAll('li[data-pledge]').length],
      more: panel.querySelectorAll('button.more').length,
    };
  });
  assert.ok(counts.pledges[0] >= 16, `the longest list: ${counts.pledges[0]} pledges`);
  assert.equal(counts.pledges[1], counts.pledges[0], 'every pledge is in the panel');
  assert.equal(counts.more, 0, 'nothing waits behind a "Show all" button');
  assert.deepEqual(b.errors, []);
});

test('a record with hundreds of statements builds the first 20 and the rest on demand', async () => {
  await open('');
  const r = await b.page.evaluate(async () => {
    const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
    const data = JSON.parse(await new Coalition().json());
    const fra = data.statements.filter((s) => s.actor === 'FRA');
    for (let i = 0; i < 100; i++) for (const s of fra) data.statements.push({ ...s, id: `${s.id}-copy${i}` });
    const res = await window.coalitionMap.loadDataset(data);
    await window.coalitionMap.select('FRA');
    await new Promise((res2) => requestAnimationFrame(() => setTimeout(res2, 0)));
    const panel = document.getElementById('panel');
    const list = [...panel.querySelectorAll('h3')].find((h) => h.textContent === 'Positions and statements').nextElementSibling;
    const before = list.querySelectorAll('li[data-record]').length;
    const button = list.querySelector('button.more');
    const label = button?.textContent;
    button?.click();
    return { ok: res.ok, before, label, after: list.querySelectorAll('li[data-record]').length, total: fra.length * 101 };
  });
  assert.equal(r.ok, true);
  assert.equal(r.before, 20);
  assert.match(r.label, /^Show all \d+ \(\d+ more\)$/);
  assert.equal(r.after, r.total);
});
