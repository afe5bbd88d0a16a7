// The dataset's own short texts in French and Arabic (i18n/data.<tag>.json): on `?lang=fr` and
// `?lang=ar` an event's title is translated on the timeline (its text alternative, drawn by the
// wasm), in the hover and under it, and in the panel (a conference's name, city and roster, a
// statement's topic, a decision's limits, a dispute's question); the English that stays (summaries, quotations) is marked
// `lang="en" dir="ltr"`. A link's refused map view and time window are said in the language, and
// the Arabic counts take their plural forms.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser, untilReady, ROOT } from './harness.mjs';

/** The translations, as written by hand (tests/data_words.rs checks them against the dataset). */
const texts = (lang) => JSON.parse(readFileSync(join(ROOT, `i18n/data.${lang}.json`), 'utf8')).texts;

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** The panel's text outside every element marked English: what the page says in its language. */
function ownText() {
  const panel = document.querySelector('#panel').cloneNode(true);
  for (const e of panel.querySelectorAll('[lang="en"]')) e.remove();
  return panel.textContent;
}

for (const lang of ['fr', 'ar']) {
  test(`?lang=${lang}: the timeline, its hover and the panel show the dataset's titles in ${lang}`, async () => {
    const tr = texts(lang);
    const b = await browser({ width: 1280, height: 1000 });
    try {
      await b.page.goto(`${server.url}?lang=${lang}&item=paris-conference&country=paris`);
      await untilReady(b.page);
      const title = tr['paris-conference'].title.text;
      // The timeline's text alternative names the selected event by its translated title.
      const alt = await b.page.locator('#timeline').getAttribute('aria-label');
      assert.ok(alt.includes(title), alt);
      assert.ok(!alt.includes('International Conference on Peace'), alt);
      // The item under the timeline, and its hover.
      assert.ok((await b.page.locator('#item-detail h3').innerText()).includes(title));
      const p = await b.page.evaluate(() => window.coalitionMap.locateItem('jeddah-conference'));
      await b.page.hover('#timeline', { position: { x: p.x, y: p.y } });
      const tip = b.page.locator('#timeline-tooltip');
      await tip.waitFor({ state: 'visible', timeout: 3000 });
      const tipText = await tip.locator('strong').innerText();
      assert.equal(tipText, tr['jeddah-conference'].title.text);
      assert.equal(await tip.locator('[lang="en"]').count(), 1, 'the summary, marked English');
      // The conference's panel: its name and city translated, its summary marked English.
      const panel = await b.page.evaluate(() => ({
        h2: document.querySelector('#panel h2').textContent,
        h3: document.querySelector('#panel h3').textContent,
        english: [...document.querySelectorAll('#panel [lang="en"]')].map((e) => e.getAttribute('dir')),
        roster: [...document.querySelectorAll('#panel .roster button')].map((e) => e.textContent),
      }));
      // Its roster names the participants in the language (CLDR's names, as the map does).
      assert.ok(panel.roster.includes({ fr: 'Arabie saoudite', ar: 'المملكة العربية السعودية' }[lang]), panel.roster.join(' | '));
      assert.ok(!panel.roster.includes('Saudi Arabia'), panel.roster.join(' | '));
      assert.equal(panel.h2, tr.paris.name.text);
      assert.equal(panel.h3, tr.paris.city.text);
      // The question its sources answer differently (its date), in the language too.
      const conferenceOwn = await b.page.evaluate(ownText);
      assert.ok(conferenceOwn.includes(tr['paris-date'].question.text), conferenceOwn.slice(0, 600));
      assert.ok(!conferenceOwn.includes('On what date was the Paris conference held?'), conferenceOwn.slice(0, 600));
      assert.ok(panel.english.length > 3 && panel.english.every((d) => d === 'ltr'), panel.english.join());
      // A country's record: the statement's topic and the decision's limits in the language.
      await b.page.evaluate(() => window.coalitionMap.select('GBR'));
      await b.page.waitForFunction((was) => document.querySelector('#panel h2')?.textContent !== was, panel.h2, { timeout: 3000 });
      const own = await b.page.evaluate(ownText);
      for (const [id, field] of [['hammond-iran', 'topic'], ['gbr-commons-vote', 'limits'], ['paris', 'name']]) {
        assert.ok(own.includes(tr[id][field].text), `${id}.${field}: ${own.slice(0, 400)}`);
      }
      for (const en of ['Iran and the coalition', 'Iraq only', 'International Conference on Peace']) {
        assert.ok(!own.includes(en), `English “${en}” outside lang="en"`);
      }
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('a refused map view and time window are said in French and in Arabic', async () => {
  const b = await browser();
  try {
    for (const [lang, window, view] of [
      ['fr', 'fenêtre de temps « 2014-09-20..2014-09-10 » : elle finit avant de commencer', 'lon,lat,zoom attendu'],
      ['ar', 'النافذة الزمنية «2014-09-20..2014-09-10»: تنتهي قبل أن تبدأ', 'يُتوقع lon,lat,zoom'],
    ]) {
      await b.page.goto(`${server.url}?lang=${lang}&view=1,2&window=2014-09-20..2014-09-10`);
      await untilReady(b.page);
      const notice = await b.page.locator('#notice').innerText();
      assert.ok(notice.includes(window), notice);
      assert.ok(notice.includes(view), notice);
      assert.ok(!/expected|ends before/.test(notice), notice);
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('Arabic counts take their plural forms (the timeline, the conferences\' rosters)', async () => {
  const b = await browser();
  try {
    // 11–99 take the singular accusative, 3–10 the plural, 100 and over the singular genitive.
    const form = (n, [few, many, other]) => (n % 100 >= 3 && n % 100 <= 10 ? few : n % 100 >= 11 ? many : other);
    for (const window of ['', '&window=2014-09-14..2014-09-16', '&window=2014-06-09..2015-02-13']) {
      await b.page.goto(`${server.url}?lang=ar${window}`);
      await untilReady(b.page);
      const alt = await b.page.locator('#timeline').getAttribute('aria-label');
      const n = Number(/يضم (\d+)/.exec(alt)?.[1]);
      assert.ok(n > 2, alt);
      assert.ok(alt.includes(`${n} ${form(n, ['عناصر', 'عنصرًا', 'عنصر'])} من`), alt);
    }
    const counts = await b.page.locator('#panel .count strong').allInnerTexts();
    assert.ok(counts.length >= 2, counts.join(' | '));
    for (const c of counts) {
      const n = Number(/\d+/.exec(c)[0]);
      assert.equal(c, `${n} ${form(n, ['مشاركين', 'مشاركًا', 'مشارك'])}`);
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
