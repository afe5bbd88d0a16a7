// One frame per view, two faces: for the same link the page and `coalition view` say the same words
// (the date, the legend's title and counts, the map's text alternative, the selection), because both
// render the one frame src/frame.rs computes. And the words follow every change: the legend's title
// keeps up with Play (issue 30's item 5).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openApp, untilReady, ROOT } from './harness.mjs';

const app = await openApp();
after(() => app.close());
const { b, server } = app;

/** The frame the CLI computes for a link's query. */
function cliFrame(query) {
  const out = execFileSync('cargo', ['run', '-q', '--locked', '--', 'view', query, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

/** What the page shows of the frame's words. */
async function pageWords() {
  return b.page.evaluate(() => {
    const $ = (s) => document.querySelector(s);
    return {
      date: $('#date-label').textContent,
      title: $('[data-part="legend-title"]').textContent,
      counts: Object.fromEntries([...document.querySelectorAll('[data-part="legend"] [data-status]')]
        .map((b) => [b.dataset.status, Number(b.querySelector('.legend-count').textContent)])),
      pressed: [...document.querySelectorAll('[data-part="legend"] [aria-pressed="true"]')].map((b) => b.dataset.status),
      mapAlt: $('[data-part="map"]').getAttribute('aria-label'),
    };
  });
}

for (const query of ['', 'country=FRA&date=2014-09-15', 'date=2014-09-11&compare=2014-09-11', 'country=POL&status=signed', 'country=arab-league&framing=gulf']) {
  test(`the page and \`coalition view\` say the same words for ?${query}`, async () => {
    await b.page.goto(`${server.url}?${query}`);
    await untilReady(b.page);
    const cli = cliFrame(query);
    const page = await pageWords();
    assert.equal(page.date, cli.date_label);
    assert.equal(page.title, cli.legend.title);
    assert.deepEqual(page.counts, Object.fromEntries(cli.legend.entries.map((e) => [e.key, e.count])));
    assert.deepEqual(page.pressed, cli.legend.entries.filter((e) => e.pressed).map((e) => e.key));
    assert.equal(page.mapAlt, cli.map_alt);
  });
}

test('the legend title, the date and the map\'s text alternative follow Play', async () => {
  await b.page.goto(`${server.url}?date=2014-09-11`);
  await untilReady(b.page);
  assert.equal((await pageWords()).title, 'Status on 11 Sept 2014');
  await b.page.click('[data-part="play"]');
  await b.page.waitForFunction(() => document.querySelector('#date-label').textContent === '12 Sept 2014', null, { timeout: 5000 });
  await b.page.click('[data-part="play"]'); // pause
  const words = await pageWords();
  assert.equal(words.date, '12 Sept 2014');
  assert.equal(words.title, 'Status on 12 Sept 2014');
  assert.match(words.mapAlt, /on 12 September 2014/);
  assert.deepEqual(words.counts, Object.fromEntries(cliFrame('date=2014-09-12').legend.entries.map((e) => [e.key, e.count])));
});

test('a change is announced in the core\'s words', async () => {
  await b.page.goto(`${server.url}?date=2014-09-15`);
  await untilReady(b.page);
  await b.page.evaluate(() => window.coalitionMap.select('FRA'));
  const cli = cliFrame('country=FRA&date=2014-09-15');
  assert.equal(await b.page.locator('#announce').innerText(), `Selected France: ${cli.selection.status}.`);
  await b.page.evaluate(() => window.coalitionMap.setDate('2014-09-11'));
  assert.equal(await b.page.locator('#announce').innerText(), 'Date shown: 11 Sept 2014.');
  await b.page.selectOption('[data-part="compare"]', '2014-09-11');
  assert.equal(await b.page.locator('#announce').innerText(), 'Comparing with 11 Sept 2014: joined, changed and dropped are coloured.');
  assert.equal(await b.page.locator('[data-part="legend-title"]').innerText(), 'Change from 11 Sept 2014 to 11 Sept 2014');
});

test('a conference opens from a link, with its summary, the communiqué\'s points, roster and disputes', async () => {
  await b.page.goto(`${server.url}?country=paris`);
  await untilReady(b.page);
  const panel = b.page.getByRole('region', { name: 'Details: International Conference on Peace and Security in Iraq' });
  const text = await panel.innerText();
  assert.match(text, /The second conference on building the coalition against ISIL \(Infogalactic\)/, 'its summary, citations by name');
  assert.match(text, /What the communiqué says/i);
  assert.match(text, /29 participants/);
  assert.match(text, /On what date was the Paris conference held\?/);
  assert.match(text, /14 Sept 2014/);
  // The frame names it, the CLI says the same.
  const cli = cliFrame('country=paris');
  assert.equal(cli.selection.conference, true);
  assert.equal(cli.selection.status, 'Conference in Paris, 15 Sept 2014');
  assert.equal((await pageWords()).mapAlt, cli.map_alt);
  // A roster name opens that country.
  await panel.getByRole('button', { name: 'Japan' }).click();
  await b.page.getByRole('region', { name: 'Details: Japan' }).waitFor({ timeout: 3000 });
});

test('a conference opens from the timeline, from search and from the overview', async () => {
  await b.page.goto(server.url);
  await untilReady(b.page);
  const p = await b.page.evaluate(() => window.coalitionMap.locateItem('jeddah-conference'));
  await b.page.click('#timeline', { position: { x: p.x, y: p.y } });
  await b.page.getByRole('region', { name: 'Details: Jeddah conference' }).waitFor({ timeout: 3000 });
  assert.equal((await b.page.evaluate(() => window.coalitionMap.view())).country, 'jeddah');
  assert.match(await b.page.locator('#announce').innerText(), /Jeddah/);
  // Search finds a conference by its city.
  await b.page.fill('#search', 'Paris');
  await b.page.press('#search', 'Enter');
  await b.page.getByRole('region', { name: 'Details: International Conference on Peace and Security in Iraq' }).waitFor({ timeout: 3000 });
  assert.match(b.page.url(), /country=paris/);
  // The overview names each conference as a button.
  await b.page.evaluate(() => window.coalitionMap.select(null));
  await b.page.getByRole('region', { name: 'Details: the conferences' }).getByRole('button', { name: /^Jeddah conference, Jeddah/ }).click();
  await b.page.getByRole('region', { name: 'Details: Jeddah conference' }).waitFor({ timeout: 3000 });
});
