// End-to-end: the date scrubber, the play button and the timeline drive the map; the map's pixels
// under a country show its status colour for the date; a timeline click selects a day and outlines
// the actors involved; hovering a marker shows its text and source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

let app, b;
before(async () => {
  app = await openApp();
  b = app.b;
});
after(async () => {
  await app?.close();
});

const LAND = '#dddbd5';
const ATTENDED = '#56b4e9';
const SIGNED = '#009e73';
const LISTED = '#d4e890';

/** The map's colour around a country's located point, as #rrggbb: the most common pixel in a
 *  15 × 15 px square (the country's name may be written across the point itself). */
async function colourOf(code) {
  await b.page.waitForTimeout(120); // one animation frame for the redraw
  return b.page.evaluate(async (c) => {
    const p = await window.coalitionMap.locate(c);
    const canvas = document.getElementById('map');
    const k = canvas.width / canvas.clientWidth;
    const size = Math.round(15 * k);
    const { data } = canvas.getContext('2d').getImageData(Math.round(p.x * k) - (size >> 1), Math.round(p.y * k) - (size >> 1), size, size);
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const hex = '#' + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }, code);
}

test('the scrubber is keyboard-operable and the map follows its date', async () => {
  const slider = b.page.locator('#date');
  await slider.focus();
  await b.page.keyboard.press('Home');
  const first = await b.page.locator('#date-label').innerText();
  assert.match(first, /Sept 2014|Aug 2014/);
  assert.equal(await colourOf('DEU'), LAND, 'Germany has no role before Paris');
  assert.equal(await colourOf('EGY'), LAND, 'Egypt has no role before Jeddah');
  await b.page.keyboard.press('End');
  // The slider's end is the dataset's last day (15 Dec 2014): Germany is on the State
  // Department's partner list by then, which the map shows before its attendance at Paris.
  assert.equal(await colourOf('DEU'), LISTED, 'Germany listed as a partner');
  // Step back day by day to 14 September: Germany loses its colour, Egypt keeps Jeddah's.
  while (!(await b.page.locator('#date-label').innerText()).startsWith('14 Sept')) {
    await b.page.keyboard.press('ArrowLeft');
  }
  assert.equal(await colourOf('DEU'), LAND);
  assert.equal(await colourOf('EGY'), SIGNED);
});

test('clicking the Jeddah conference on the timeline moves the map to 11 September', async () => {
  const p = await b.page.evaluate(() => window.coalitionMap.locateItem('jeddah-conference'));
  assert.ok(p, 'Jeddah not on the timeline');
  await b.page.click('#timeline', { position: { x: p.x, y: p.y } });
  await assert.doesNotReject(b.page.waitForFunction(
    () => document.getElementById('date-label').textContent.startsWith('11 Sept'), null, { timeout: 3000 }));
  assert.match(await b.page.locator('#item-detail').innerText(), /Jeddah/);
  assert.equal(await colourOf('EGY'), SIGNED);
  assert.equal(await colourOf('DEU'), LAND);
  // The panel reads the same date: Turkey attended Jeddah without signing.
  await b.page.evaluate(() => window.coalitionMap.select('TUR'));
  const panel = b.page.getByRole('region', { name: 'Details: Turkey' });
  assert.match(await panel.innerText(), /Attended, did not sign[\s\S]*as of 11 Sept 2014/);
});

test('the disputed Paris date is drawn as its own marker citing both sources', async () => {
  const p = await b.page.evaluate(() => window.coalitionMap.locateItem('paris-date'));
  assert.ok(p, 'no marker for the disputed 14 September');
  await b.page.hover('#timeline', { position: { x: p.x, y: p.y } });
  const tip = b.page.locator('#timeline-tooltip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  const text = await tip.innerText();
  assert.match(text, /2014-09-14/);
  assert.match(text, /2014-09-15/);
  assert.match(text, /Infogalactic/);
});

test('hovering an event shows its text and source', async () => {
  const p = await b.page.evaluate(() => window.coalitionMap.locateItem('tehran-rejection'));
  await b.page.hover('#timeline', { position: { x: p.x, y: p.y } });
  const tip = b.page.locator('#timeline-tooltip');
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert.match(await tip.innerText(), /Tehran[\s\S]*Source: Middle East Eye/);
});

test('arrow keys on the timeline step through events', async () => {
  await b.page.locator('#timeline').focus();
  await b.page.keyboard.press('ArrowRight');
  const one = await b.page.locator('#item-detail').innerText();
  await b.page.keyboard.press('ArrowRight');
  const two = await b.page.locator('#item-detail').innerText();
  assert.ok(one && two && one !== two, `${one} / ${two}`);
  await b.page.keyboard.press('Escape');
  assert.equal(await b.page.locator('#item-detail').innerText(), '');
});

test('play steps through the days', async () => {
  await b.page.locator('#date').focus();
  await b.page.keyboard.press('Home');
  const before = await b.page.locator('#date-label').innerText();
  await b.page.click('#play');
  await b.page.waitForTimeout(1400);
  await b.page.click('#play'); // pause
  const after = await b.page.locator('#date-label').innerText();
  assert.notEqual(after, before);
  assert.deepEqual(b.errors, []);
});
