// End-to-end accessibility: axe-core reports no WCAG 2.2 A/AA violation on the page, the table view
// and the embeds, in light and dark; keyboard-only readers can find and select a country and step
// through events; selections are announced; screenshots at 375 and 1280 px in both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser, ROOT } from './harness.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
before(async () => { server = await serve(); mkdirSync('test-results', { recursive: true }); });
after(() => server?.close());

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on the page, its table view and the embeds (${scheme})`, async () => {
    const b = await browser({ colorScheme: scheme });
    try {
      await b.page.goto(`${server.url}?country=FRA&date=2014-09-15`);
      await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
      assert.deepEqual(await axe(b.page), [], 'page');
      await b.page.click('#table-view summary');
      await b.page.locator('#table-view table').first().waitFor();
      assert.deepEqual(await axe(b.page), [], 'table view');
      await b.page.evaluate(() => window.coalitionMap.selectItem('paris-date'));
      assert.deepEqual(await axe(b.page), [], 'page with a timeline item selected');
      await b.page.goto(`${server.url}embed-example.html`);
      await b.page.waitForFunction(() => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'), null, { timeout: 20000 });
      assert.deepEqual(await axe(b.page), [], 'embeds');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('keyboard only: search selects a country, arrows step through events, the table selects', async () => {
  const b = await browser();
  try {
    await b.page.goto(server.url);
    await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    // Tab from the top of the page to the search box.
    let guard = 0;
    while (!(await b.page.evaluate(() => document.activeElement?.id === 'search')) && guard++ < 20) await b.page.keyboard.press('Tab');
    assert.ok(guard < 20, 'search box not reachable by Tab');
    for (const [query, name] of [['UAE', 'United Arab Emirates'], ['Britain', 'United Kingdom'], ['united kingdom', 'United Kingdom'], ['fra', 'France']]) {
      await b.page.keyboard.type(query);
      await b.page.keyboard.press('Enter');
      await b.page.getByRole('region', { name: `Details: ${name}` }).waitFor({ timeout: 3000 });
      assert.match(await b.page.locator('#announce').innerText(), new RegExp(`Selected ${name}`));
      await b.page.focus('#search');
    }
    // An organisation has no shape: its record shows all the same.
    await b.page.keyboard.type('Arab League');
    await b.page.keyboard.press('Enter');
    await b.page.getByRole('region', { name: 'Details: Arab League' }).waitFor({ timeout: 3000 });

    // Tab on to the timeline, then step through events with the arrow keys.
    // (The status filter has twelve buttons since the story runs to December: five more stops.)
    guard = 0;
    while (!(await b.page.evaluate(() => document.activeElement?.id === 'timeline')) && guard++ < 60) await b.page.keyboard.press('Tab');
    assert.ok(guard < 60, 'timeline not reachable by Tab');
    await b.page.keyboard.press('ArrowRight');
    await b.page.keyboard.press('ArrowRight');
    const detail = await b.page.locator('#item-detail').innerText();
    assert.ok(detail.length > 10, 'an event is selected');
    assert.match(await b.page.locator('#announce').innerText(), /\w/);

    // The table view: open it and select a country from it, all from the keyboard.
    await b.page.focus('#table-view summary');
    await b.page.keyboard.press('Enter');
    await b.page.locator('#table-view button[data-code="TUR"]').focus();
    await b.page.keyboard.press('Enter');
    await b.page.getByRole('region', { name: 'Details: Turkey' }).waitFor({ timeout: 3000 });
    const label = await b.page.getAttribute('#map', 'aria-label');
    assert.match(label, /Selected: Turkey/);
    assert.match(label, /on \d+ September 2014\. ([\w ,]+: \d+|No country has a role yet)/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('tabbing down to the share card keeps the focused control on screen', async () => {
  // The cards above it are laid out only near the screen (content-visibility), standing in at
  // 320 px: without card-sizes.js the focused checkbox jumped 1,647 px, off the screen, the frame
  // after the Tab (the disputes card drawn at its real height).
  const b = await browser({ width: 1280, height: 800 });
  try {
    await b.page.goto(server.url);
    await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    await b.page.evaluate(() => { document.querySelector('#copy-embed').focus({ preventScroll: true }); scrollTo(0, 0); });
    await b.page.keyboard.press('Tab');
    const tops = await b.page.evaluate(async () => {
      const out = [];
      for (let k = 0; k < 8; k++) {
        const r = document.activeElement.getBoundingClientRect();
        out.push({ id: document.activeElement.id, top: Math.round(r.top), bottom: Math.round(r.bottom) });
        await new Promise((res) => requestAnimationFrame(res));
      }
      return out;
    });
    assert.ok(tops.every((t) => t.id === 'embed-iframe'), JSON.stringify(tops));
    assert.ok(tops.every((t) => t.top >= 0 && t.bottom <= 800), `on screen in every frame: ${JSON.stringify(tops)}`);
    assert.equal(new Set(tops.map((t) => t.top)).size, 1, `it does not move: ${JSON.stringify(tops)}`);
  } finally {
    await b.close();
  }
});

test('touch targets are at least 24 px and nothing scrolls sideways at 360 px', async () => {
  const b = await browser({ width: 360, height: 780 });
  try {
    await b.page.goto(`${server.url}?country=BHR`);
    await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    const small = await b.page.evaluate(() => [...document.querySelectorAll('button, input, select, summary, a')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ e, r }) => (r.width < 24 || r.height < 24) && !(e.tagName === 'A' && e.closest('p, li')))
      .map(({ e, r }) => `${e.tagName}#${e.id}.${e.className} ${Math.round(r.width)}x${Math.round(r.height)}`));
    assert.deepEqual(small, []);
    assert.ok(await b.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    // Bahrain is a marker with a 24 px target: a click 10 px off its centre (north, away from
    // Qatar's marker) still selects it.
    await b.page.evaluate(() => window.coalitionMap.select(null));
    const p = await b.page.evaluate(() => window.coalitionMap.locate('BHR'));
    await b.page.click('#map', { position: { x: p.x, y: p.y - 10 } });
    await b.page.getByRole('region', { name: 'Details: Bahrain' }).waitFor({ timeout: 3000 });
  } finally {
    await b.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`screenshots at 375 and 1280 px (${scheme})`, async () => {
    for (const width of [375, 1280]) {
      const b = await browser({ width, height: 800, colorScheme: scheme });
      try {
        await b.page.goto(`${server.url}?country=FRA&date=2014-09-15`);
        await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
        await b.page.waitForTimeout(200);
        await b.page.screenshot({ path: `test-results/a11y-${scheme}-${width}.png` });
        const bg = await b.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        assert.equal(bg === 'rgb(13, 17, 23)', scheme === 'dark', `${scheme} background ${bg}`);
      } finally {
        await b.close();
      }
    }
  });
}

test('without WebAssembly the page and the embed show a clear error, not a blank page', async () => {
  const b = await browser();
  try {
    await b.context.addInitScript(() => { delete window.WebAssembly; });
    await b.page.goto(server.url);
    const status = b.page.locator('#status');
    await b.page.waitForFunction(() => document.getElementById('status').classList.contains('error'), null, { timeout: 10000 });
    assert.match(await status.innerText(), /does not support WebAssembly/);
    await b.page.goto(`${server.url}embed.html`);
    const embedStatus = b.page.locator('coalition-map [data-part="status"]');
    await b.page.waitForFunction(() => document.querySelector('coalition-map').shadowRoot
      .querySelector('[data-part="status"]').classList.contains('error'), null, { timeout: 10000 });
    assert.match(await embedStatus.innerText(), /does not support WebAssembly/);
  } finally {
    await b.close();
  }
});
