// End-to-end: the story after Paris. A link to 15 October 2014 shows the autumn's statuses with a
// legend and text alternative that name them; the UK's panel gives its Commons vote and first
// strike with the sources' words; every country on the State Department's list (Kosovo and Taiwan
// included) can be located and opened; the timeline zoomed to October draws the decisions, strikes
// and meetings at 1280 and 375 px (screenshots in $SHOTS, default /tmp, for a person to look at).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, inkOf } from './harness.mjs';

const SHOTS = process.env.SHOTS ?? '/tmp';
const OCTOBER = '?date=2014-10-15&window=2014-10-01..2014-10-31';
const opened = [];
after(async () => {
  for (const a of opened) await a.close();
});

async function open(path, options) {
  const a = await openApp(path, options);
  opened.push(a);
  return a.b;
}

test('15 October 2014: the autumn statuses, named in the text alternative and the table', async () => {
  const b = await open('?date=2014-10-15');
  assert.deepEqual(b.errors, []);
  const label = await b.page.getAttribute('#map', 'aria-label');
  assert.match(label, /on 15 October 2014/);
  assert.match(label, /Striking in Iraq: \d+/);
  assert.match(label, /Striking in Syria: \d+/);
  assert.match(label, /Listed as a partner: \d+/);
  const legend = await b.page.evaluate(() => window.coalitionMap.legend?.() ?? null);
  if (legend) assert.ok(legend.some((l) => l.label === 'Decided to strike'));
  const date = await b.page.locator('#date-label').innerText();
  assert.equal(date, '15 Oct 2014');
});

test('the United Kingdom on 15 October: striking in Iraq, with its vote and first strike', async () => {
  const b = await open('?date=2014-10-15&country=GBR');
  const panel = b.page.getByRole('region', { name: 'Details: United Kingdom' });
  await panel.waitFor({ timeout: 5000 });
  const text = await panel.innerText();
  assert.match(text, /Striking in Iraq/);
  assert.match(text, /Decisions to strike/i);
  assert.match(text, /524 to 43/);
  assert.match(text, /does not endorse UK air strikes in Syria/);
  assert.match(text, /First strikes and missions/i);
  assert.match(text, /RAF jets have carried out their first strikes/);
  assert.deepEqual(b.errors, []);
});

test('every partner on the list can be located in the region or the world framing, Kosovo and Taiwan included', async () => {
  // The states on the State Department's list of early October (its two organisations aside).
  const listed = ['ALB', 'AUS', 'AUT', 'BHR', 'BEL', 'BGR', 'CAN', 'HRV', 'CYP', 'CZE', 'DNK', 'EGY', 'EST', 'FIN', 'FRA', 'GEO', 'DEU', 'GRC', 'HUN', 'IRQ', 'IRL', 'ITA', 'JPN', 'JOR', 'XKX', 'KWT', 'LVA', 'LBN', 'LTU', 'LUX', 'MKD', 'MDA', 'MNE', 'MAR', 'NLD', 'NZL', 'NOR', 'OMN', 'POL', 'PRT', 'QAT', 'KOR', 'ROU', 'SAU', 'SRB', 'SVK', 'SVN', 'ESP', 'SWE', 'TWN', 'TUR', 'UKR', 'ARE', 'GBR', 'USA'];
  const missing = {};
  for (const framing of ['region', 'world']) {
    const b = await open(`?date=2014-10-15&framing=${framing}`);
    missing[framing] = await b.page.evaluate(async (codes) => {
      const out = [];
      for (const c of codes) if (!(await window.coalitionMap.locate(c))) out.push(c);
      return out;
    }, listed);
  }
  const nowhere = missing.region.filter((c) => missing.world.includes(c));
  assert.deepEqual(nowhere, [], 'listed states no framing reaches');
  for (const c of ['XKX', 'TWN']) assert.ok(!nowhere.includes(c));
  // Singapore joined on 3 November: on the world map from then on.
  const late = await open('?date=2014-11-03&framing=world');
  assert.ok(await late.page.evaluate(() => window.coalitionMap.locate('SGP')), 'Singapore');
  // Kosovo opens its record.
  const b = await open('?date=2014-10-15');
  const p = await b.page.evaluate(() => window.coalitionMap.locate('XKX'));
  await b.page.click('#map', { position: { x: p.x, y: p.y } });
  const panel = b.page.getByRole('region', { name: 'Details: Kosovo' });
  await panel.waitFor({ timeout: 5000 });
  assert.match(await panel.innerText(), /Listed as a coalition partner/i);
});

for (const width of [1280, 375]) {
  test(`the timeline zoomed to October draws the autumn at ${width} px`, async () => {
    const b = await open(OCTOBER, { width, height: 900 });
    assert.deepEqual(b.errors, []);
    assert.ok((await inkOf(b.page, '#timeline')) > 0.02, 'timeline blank');
    const keys = await b.page.evaluate(() => window.coalitionMap.timelineMarkers?.() ?? null);
    if (keys) assert.ok(keys.some((m) => m.key.startsWith('strike:')), 'no strike on the timeline');
    const timeline = b.page.locator('#timeline');
    await timeline.scrollIntoViewIfNeeded();
    await timeline.screenshot({ path: `${SHOTS}/autumn-timeline-${width}.png` });
    await b.page.locator('#map').screenshot({ path: `${SHOTS}/autumn-map-${width}.png` });
  });
}

for (const width of [1280, 375]) {
  test(`listings as partners: a band of their own on the autumn's timeline at ${width} px`, async () => {
    const b = await open('?date=2014-10-15&window=2014-09-25..2014-11-10', { width, height: 900 });
    // The State Department's list of early October: one counted marker for its 58 entries; a
    // click opens the first, Albania, and says who listed it.
    const at = await b.page.evaluate(() => window.coalitionMap.locateItem('state-list-alb'));
    assert.ok(at, 'the listing is on the timeline');
    // The other listings (Iceland's own word, Taiwan's, Bosnia's and Singapore's joining) have
    // markers of their own.
    for (const id of ['isl-joins', 'twn-joins', 'bih-joins', 'sgp-joins']) {
      assert.ok(await b.page.evaluate((k) => window.coalitionMap.locateItem(k), id), id);
    }
    const timeline = b.page.locator('#timeline');
    await timeline.scrollIntoViewIfNeeded();
    await timeline.screenshot({ path: `${SHOTS}/listings-timeline-${width}.png` });
    await timeline.click({ position: at });
    const detail = await b.page.locator('#item-detail').innerText();
    assert.match(detail, /Listed as a coalition partner/);
    assert.match(detail, /Listed by United States/);
    assert.equal((await b.page.evaluate(() => window.coalitionMap.view())).country, 'ALB');
    assert.deepEqual(b.errors, []);
  });
}
