// End-to-end: the map at the scale of the story (issue 15). Zoom and pan by buttons, keys,
// Ctrl + wheel, drag and a two-finger pinch each change the URL, and the URL restores the view;
// choosing a country zooms to it; every state with a role is named by the tooltip at its located
// point and opened by a click there, at 1280 and 375 px and two zoom levels; the status filter,
// keyboard traversal and compare mode work and live in the URL.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, untilReady } from './harness.mjs';

const server = await serve();
const b = await browser();
after(async () => { await b.close(); server.close(); });

const open = async (q, page = b.page) => {
  await page.goto(server.url + q);
  await untilReady(page);
};
const param = (name, page = b.page) => new URL(page.url()).searchParams.get(name);
const viewChanged = (before, page = b.page) =>
  page.waitForFunction((v) => new URL(location.href).searchParams.get('view') !== v, before, { timeout: 3000 });

test('buttons, keys, Ctrl + wheel, double-click and drag zoom and pan; a reload restores the view', async () => {
  await open('?framing=gulf');
  await b.page.click('[data-map-zoom="in"]');
  await viewChanged(null);
  assert.match(param('view'), /^-?\d+\.\d\d,-?\d+\.\d\d,[\d.]+$/);
  const box = await b.page.locator('#map').boundingBox();
  let before = param('view');
  await b.page.mouse.dblclick(box.x + box.width / 3, box.y + box.height / 3);
  await viewChanged(before);
  before = param('view');
  await b.page.focus('#map');
  await b.page.keyboard.press('+');
  await viewChanged(before);
  before = param('view');
  await b.page.keyboard.press('Shift+ArrowLeft');
  await viewChanged(before);
  before = param('view');
  await b.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await b.page.keyboard.down('Control');
  await b.page.mouse.wheel(0, -300);
  await b.page.keyboard.up('Control');
  await viewChanged(before);
  before = param('view');
  const selected = (await b.page.evaluate(() => window.coalitionMap.view())).country;
  await b.page.mouse.move(box.x + 100, box.y + 100);
  await b.page.mouse.down();
  await b.page.mouse.move(box.x + 220, box.y + 160, { steps: 6 });
  await b.page.mouse.up();
  await viewChanged(before);
  assert.equal((await b.page.evaluate(() => window.coalitionMap.view())).country, selected, 'a drag is not a click');
  const url = b.page.url();
  const view = await b.page.evaluate(() => window.coalitionMap.view());
  await open(url.slice(server.url.length));
  assert.deepEqual(await b.page.evaluate(() => window.coalitionMap.view()), view);
  await b.page.click('[data-map-zoom="reset"]');
  await b.page.waitForFunction(() => !location.search.includes('view='));
  assert.deepEqual(b.errors, []);
});

test('a two-finger pinch zooms the map (touch emulation)', async () => {
  const t = await browser({ width: 375, height: 800, hasTouch: true });
  try {
    await open('?framing=gulf', t.page);
    const box = await t.page.locator('#map').boundingBox();
    const cdp = await t.context.newCDPSession(t.page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
    });
    await touch('touchStart', 20);
    for (const d of [30, 45, 60, 80]) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await t.page.waitForFunction(() => location.search.includes('view='), null, { timeout: 3000 });
    const zoom = Number(param('view', t.page).split(',')[2]);
    assert.ok(zoom > 1.5, `zoomed to ${zoom}`);
    assert.deepEqual(t.errors, []);
  } finally {
    await t.close();
  }
});

test('choosing a small country in search zooms the map to it', async () => {
  await open('');
  await b.page.fill('#search', 'Bahrain');
  await b.page.press('#search', 'Enter');
  await b.page.getByRole('region', { name: 'Details: Bahrain' }).waitFor({ timeout: 3000 });
  await b.page.waitForFunction(() => location.search.includes('view='));
  assert.ok(Number(param('view').split(',')[2]) > 2, param('view'));
});

/** Every state with a role on some date, by code. */
const statesWithRole = (page) => page.evaluate(async () => {
  const { Coalition } = await import(document.querySelector('script[type="module"][src]').src);
  const app = new Coalition();
  const ids = new Set();
  for (const d of ['2014-09-08', '2014-09-11', '2014-09-15', '']) {
    for (const a of app.list('countries', d)) if (a.kind === 'state' && a.status) ids.add(a.id);
  }
  return [...ids];
});

for (const width of [1280, 375]) {
  test(`hover and click agree for every state with a role at ${width} px, at two zoom levels`, async () => {
    const t = await browser({ width, height: 900 });
    try {
      const disagree = [];
      let checked = 0;
      for (const q of ['?framing=region&date=2014-09-15', '?framing=gulf&date=2014-09-15&view=47.00,27.00,2.5']) {
        await open(q, t.page);
        const codes = await statesWithRole(t.page);
        const box = await t.page.locator('#map').boundingBox();
        for (const code of codes) {
          const p = await t.page.evaluate((c) => window.coalitionMap.locate(c), code);
          if (!p) continue; // outside this framing
          await t.page.mouse.move(box.x + p.x, box.y + p.y);
          const tip = await t.page.evaluate(() => {
            const el = document.getElementById('tooltip');
            return el.hidden ? null : el.querySelector('strong')?.textContent ?? null;
          });
          await t.page.mouse.click(box.x + p.x, box.y + p.y);
          const view = await t.page.evaluate(() => window.coalitionMap.view());
          const opened = await t.page.evaluate((c) => document.getElementById('panel').getAttribute('aria-label'), view.country);
          checked++;
          if (view.country !== code || opened !== `Details: ${tip}`) disagree.push(`${q} ${code}: tooltip ${tip}, opened ${opened}`);
        }
      }
      assert.ok(checked > 30, `${checked} checked`);
      assert.deepEqual(disagree, []);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });
}

test('the status filter fades the rest, lives in the URL and is restored', async () => {
  await open('?date=2014-09-15');
  const button = b.page.locator('[data-part="legend"] [data-status="signed"]');
  await button.click();
  await b.page.waitForFunction(() => location.search.includes('status=signed'));
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  await b.page.reload();
  await untilReady(b.page);
  assert.equal(await b.page.locator('[data-part="legend"] [data-status="signed"]').getAttribute('aria-pressed'), 'true');
  await b.page.locator('[data-part="legend"] [data-status="signed"]').click();
  await b.page.waitForFunction(() => !location.search.includes('status='));
});

test('arrow keys move between countries with a role, Enter selects, Esc clears', async () => {
  await open('?framing=gulf&country=SAU');
  await b.page.focus('#map');
  const names = [];
  for (const key of ['ArrowRight', 'ArrowUp', 'ArrowLeft']) {
    await b.page.keyboard.press(key);
    names.push(await b.page.locator('#announce').innerText());
  }
  assert.ok(names.every((n) => /: .*Enter selects\.$/.test(n)), names.join(' | '));
  const last = names.at(-1).split(':')[0];
  await b.page.keyboard.press('Enter');
  await b.page.getByRole('region', { name: `Details: ${last}` }).waitFor({ timeout: 3000 });
  await b.page.keyboard.press('Escape');
  await b.page.getByRole('region', { name: 'Details: the conferences' }).waitFor({ timeout: 3000 });
});

test('compare mode: Jeddah against Paris, with its legend, table column and URL', async () => {
  await open('?date=2014-09-15');
  await b.page.selectOption('[data-part="compare"]', '2014-09-11');
  await b.page.waitForFunction(() => location.search.includes('compare=2014-09-11'));
  assert.equal(await b.page.locator('#legend-title').innerText(), 'Change from 11 Sept 2014 to 15 Sept 2014');
  await b.page.locator('#table-view summary').click();
  const fra = await b.page.locator('#table-view tr:has(button[data-code="FRA"]) [data-change]').getAttribute('data-change');
  assert.equal(fra, 'joined', 'France joined between Jeddah and Paris');
  const sau = await b.page.locator('#table-view tr:has(button[data-code="SAU"]) [data-change]').getAttribute('data-change');
  assert.notEqual(sau, 'joined');
  await b.page.reload();
  await untilReady(b.page);
  assert.equal(await b.page.locator('[data-part="compare"]').inputValue(), '2014-09-11');
  assert.deepEqual(b.errors, []);
});

test('screenshots of the Gulf at 1280 and 375 px', async () => {
  for (const width of [1280, 375]) {
    const t = await browser({ width, height: 900 });
    await open('?framing=gulf&date=2014-09-15', t.page);
    await t.page.waitForTimeout(200);
    await t.page.locator('.map-card').screenshot({ path: `test-results/map-gulf-${width}.png` });
    await t.close();
  }
});

test('pointing at a legend entry outlines its countries; hovering a country lifts its timeline rows', async () => {
  await open('?date=2014-09-15');
  const pixels = (id) => b.page.evaluate((i) => {
    const c = document.getElementById(i);
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let h = 0;
    for (let k = 0; k < data.length; k += 97) h = (h * 31 + data[k]) >>> 0;
    return h;
  }, id);
  const mapBefore = await pixels('map');
  await b.page.hover('[data-part="legend"] [data-status="signed"]');
  await b.page.waitForTimeout(150);
  assert.notEqual(await pixels('map'), mapBefore, 'the signatories are outlined');
  await b.page.mouse.move(0, 0);
  await b.page.waitForTimeout(150);
  await b.page.evaluate(() => window.scrollTo(0, 0)); // the legend row scrolled the map away
  const timelineBefore = await pixels('timeline');
  const q = await b.page.evaluate(() => window.coalitionMap.locate('FRA'));
  const box = await b.page.locator('#map').boundingBox();
  await b.page.mouse.move(box.x + q.x, box.y + q.y);
  await b.page.locator('#tooltip').waitFor({ state: 'visible' });
  await b.page.waitForTimeout(150);
  assert.notEqual(await pixels('timeline'), timelineBefore, "France's rows are lifted");
});

test('a two-finger pinch zooms the timeline axis (touch emulation)', async () => {
  const t = await browser({ width: 375, height: 800, hasTouch: true });
  try {
    await open('', t.page);
    await t.page.locator('#timeline').scrollIntoViewIfNeeded();
    const box = await t.page.locator('#timeline').boundingBox();
    const cdp = await t.context.newCDPSession(t.page);
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
    });
    await touch('touchStart', 10);
    for (const d of [20, 40, 60, 80]) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await t.page.waitForFunction(() => location.search.includes('window='), null, { timeout: 3000 });
    assert.deepEqual(t.errors, []);
  } finally {
    await t.close();
  }
});
