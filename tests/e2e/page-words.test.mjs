// The page's own scripts speak the reader's language too (session 9): words a script writes after
// the page is built — the Play button's label while it plays and after, an approximate date in a
// record, a brought dataset's failed download, a citation — come from the message tables
// (src/voice/messages.rs, i18n/<tag>.json) through t(), not from English written in the script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, untilReady } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

async function open(path) {
  const b = await browser({ width: 1280, height: 1000 });
  await b.page.goto(server.url + path);
  await untilReady(b.page);
  return b;
}

for (const [lang, play, pause] of [['fr', 'Lecture', 'Pause'], ['ar', 'تشغيل', 'إيقاف مؤقت'], ['en', 'Play', 'Pause']]) {
  test(`?lang=${lang}: Play reads "${play}", then "${pause}" while it plays, then "${play}" again`, async () => {
    const b = await open(`?lang=${lang}&date=2014-09-11`);
    try {
      const button = b.page.locator('#play');
      assert.equal(await button.textContent(), play);
      await button.click();
      assert.equal(await button.textContent(), pause);
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      await button.click();
      assert.equal(await button.textContent(), play);
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('a language chosen while Play runs: the button speaks it, and says what it does', async () => {
  const b = await open('?date=2014-09-11');
  try {
    await b.page.locator('#play').click();
    await b.page.selectOption('#language', 'fr');
    await b.page.waitForFunction(() => document.documentElement.lang === 'fr' && document.querySelector('#language').value === 'fr');
    const [label, pressed] = await b.page.evaluate(() => [document.querySelector('#play').textContent, document.querySelector('#play').getAttribute('aria-pressed')]);
    assert.equal(label, pressed === 'true' ? 'Pause' : 'Lecture');
    await b.page.locator('#play').click();
    const again = await b.page.evaluate(() => [document.querySelector('#play').textContent, document.querySelector('#play').getAttribute('aria-pressed')]);
    assert.deepEqual(again, pressed === 'true' ? ['Lecture', 'false'] : ['Pause', 'true']);
  } finally {
    await b.close();
  }
});

test('?lang=fr: an approximate date in a record reads "vers …", a failed download says why in French', async () => {
  const b = await open('?lang=fr&country=JOR&date=2014-09-30');
  try {
    const strikes = await b.page.locator('#panel [data-record="jor-first-strike-syria"]').innerText();
    assert.match(strikes, /^vers 22 /, strikes);
    assert.doesNotMatch(strikes, /\babout\b/);
  } finally {
    await b.close();
  }
  const c = await browser({ width: 1280, height: 1000 });
  try {
    await c.page.goto(`${server.url}?lang=fr&dataset=/no-such-dataset.json`);
    await untilReady(c.page);
    const errors = c.page.locator('[data-part="errors"]');
    await errors.waitFor({ state: 'visible' });
    assert.match(await errors.innerText(), /no-such-dataset\.json: le serveur a répondu 404/);
    // Another site's dataset is refused before any download, with a notice in French too.
    await c.page.goto(`${server.url}?lang=fr&dataset=https://example.com/x.json`);
    await untilReady(c.page);
    assert.equal(await c.page.locator('#notice').innerText(),
      'Jeu de données « https://example.com/x.json » ignoré : seuls les fichiers de ce site peuvent être chargés.');
  } finally {
    await c.close();
  }
});

test('?lang=ar: a citation\'s source names are one left-to-right run, separators included', async () => {
  const b = await open('?lang=ar&country=FRA&date=2014-09-15');
  try {
    const cites = await b.page.$$eval('#panel .cite', (nodes) => nodes.map((n) => {
      const run = n.querySelector(':scope > [lang="en"][dir="ltr"]');
      return { run: Boolean(run), all: run ? run.querySelectorAll('.src').length === n.querySelectorAll('.src').length : false, text: run?.textContent ?? '' };
    }));
    assert.ok(cites.length > 3, `${cites.length} citations`);
    for (const c of cites) assert.ok(c.run && c.all, JSON.stringify(c));
    assert.ok(cites.some((c) => c.text.includes('; ')), 'a citation of several sources keeps its separators inside the run');
  } finally {
    await b.close();
  }
});

test('a French browser on the plain address: the baked legend speaks French before the app and the wasm', async () => {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
    .then((br) => br.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } }).then((c) => ({ br, c })));
  try {
    const page = await context.c.newPage();
    await page.route(/app\.bundle\.js|coalition_map_bg\.wasm/, () => {}); // held: never answered
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.lang === 'fr' && document.querySelector('#play')?.textContent === 'Lecture');
    const labels = await page.$$eval('[data-part="legend"] [data-status] [data-t]', (ns) => ns.map((n) => n.textContent));
    assert.ok(labels.length >= 10, JSON.stringify(labels));
    assert.ok(labels.includes('Frappe en Syrie'), JSON.stringify(labels));
    assert.ok(!labels.includes('Striking in Syria'), JSON.stringify(labels));
    assert.ok(await page.isVisible('[data-part="legend"] [data-status="striking_syria"]'), 'the baked legend is on screen');
  } finally {
    await context.br.close();
  }
});
