// The guided stories in French and Arabic: a story link with `lang=fr` or `lang=ar` shows the
// step's title and caption translated (www/stories.<tag>.json, fetched when a story is shown),
// marked with the language and its direction, the sources' quotations English inside it
// (`lang="en" dir="ltr"`); choosing another language mid-story keeps the step and changes its
// caption; while the translations load, or when they cannot be fetched, the English shows, marked
// English (never a blank); two French embeds on one page both speak French, and an embed whose
// `lang` changes mid-story changes its caption; axe-core finds nothing with an Arabic story open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser, untilReady, ROOT } from './harness.mjs';

/** The translations as the page fetches them. */
const WORDS = Object.fromEntries(['fr', 'ar'].map((l) => [l, JSON.parse(readFileSync(join(ROOT, `www/stories.${l}.json`), 'utf8')).stories]));
const step = (lang, story, id) => WORDS[lang][story].steps[id];
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** What the story controls show, with the caption's and the title's language marks. */
function shown(page, root = 'document') {
  return page.evaluate((where) => {
    const scope = where === 'document' ? document : document.querySelector(where).shadowRoot;
    const box = scope.getElementById('story');
    const caption = box.querySelector('[data-story-caption]');
    const title = box.querySelector('[data-story-title]');
    return {
      hidden: box.hidden,
      title: title?.textContent ?? null,
      titleLang: title?.getAttribute('lang') ?? null,
      caption: caption?.textContent ?? null,
      lang: caption?.getAttribute('lang') ?? null,
      dir: caption?.getAttribute('dir') ?? null,
      english: [...(caption?.querySelectorAll('[lang="en"][dir="ltr"]') ?? [])].map((e) => e.textContent),
      story: box.querySelector('.story-name')?.textContent ?? null,
      step: new URLSearchParams(location.search).get('step'),
    };
  }, root);
}

/** Waits until the caption is `text`. */
async function untilCaption(page, text, root = 'document') {
  await page.waitForFunction(([want, where]) => {
    const scope = where === 'document' ? document : document.querySelector(where)?.shadowRoot;
    return scope?.querySelector('#story [data-story-caption]')?.textContent === want;
  }, [text, root], { timeout: 10000 });
}

test('a story link with lang=fr shows the step in French, the quotations in English', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${server.url}?story=jeddah-to-paris&step=communique&lang=fr`);
    await untilReady(b.page);
    const want = step('fr', 'jeddah-to-paris', 'communique');
    await untilCaption(b.page, want.caption);
    const s = await shown(b.page);
    assert.equal(s.title, 'Le communiqué');
    assert.equal(s.story, 'De Djeddah à Paris');
    assert.deepEqual([s.lang, s.dir, s.titleLang], ['fr', 'ltr', 'fr']);
    assert.match(s.caption, /^La déclaration commune des participants/);
    // The sources' words, English inside the French, each marked.
    assert.deepEqual(s.english, [
      'supporting the new Iraqi government in its fight against the Daech (ISIL) by all means necessary, including appropriate military assistance',
      'any means necessary, including military assistance',
      'all possible means',
    ]);
    // Next: the next step in French, said in French.
    await b.page.click('#story [data-story-go="next"]');
    await untilCaption(b.page, step('fr', 'jeddah-to-paris', 'pledges').caption);
    assert.equal((await shown(b.page)).title, 'Qui a promis quoi');
    assert.match(await b.page.locator('#announce').innerText(), /^Étape 7 sur 9 : Qui a promis quoi\.$/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a story link with lang=ar shows the step in Arabic, right to left; the offer is in Arabic', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${server.url}?story=jeddah-to-paris&step=tehran&lang=ar`);
    await untilReady(b.page);
    const want = step('ar', 'jeddah-to-paris', 'tehran');
    await untilCaption(b.page, want.caption);
    const s = await shown(b.page);
    assert.equal(s.title, 'ردّ طهران');
    assert.equal(s.story, 'من جدة إلى باريس');
    assert.deepEqual([s.lang, s.dir, s.titleLang], ['ar', 'rtl', 'ar']);
    assert.deepEqual(s.english, ['dirty hands', 'We are not and will not coordinate militarily.']);
    assert.ok(!/Tehran said/.test(s.caption), s.caption);
    // The step list names every step in Arabic.
    const list = await b.page.locator('#story .story-steps button').allTextContents();
    assert.equal(list[0], 'استراتيجية أوباما');
    // axe-core, with the Arabic story open (its English quotations and records marked).
    await b.page.addScriptTag({ path: AXE });
    const violations = await b.page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    assert.deepEqual(violations.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), []);
    // Leaving the story: the offer names it in Arabic.
    await b.page.click('#story [data-story-go="explore"]');
    await b.page.waitForFunction(() => !document.getElementById('story-start').hidden, null, { timeout: 5000 });
    assert.match(await b.page.locator('#story-start').innerText(), /من جدة إلى باريس/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('choosing another language mid-story keeps the step and changes its caption', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${server.url}?story=pledge-to-strike&step=syria&lang=fr`);
    await untilReady(b.page);
    await untilCaption(b.page, step('fr', 'pledge-to-strike', 'syria').caption);
    await b.page.click('#story [data-story-go="next"]');
    await untilCaption(b.page, step('fr', 'pledge-to-strike', 'how-many').caption);
    await b.page.waitForFunction(() => new URLSearchParams(location.search).get('step') === 'how-many', null, { timeout: 5000 });
    // The language menu (the page reloads in the language, its link keeping the step).
    await Promise.all([b.page.waitForURL(/lang=ar/), b.page.selectOption('#language', 'ar')]);
    await untilReady(b.page);
    await untilCaption(b.page, step('ar', 'pledge-to-strike', 'how-many').caption);
    let s = await shown(b.page);
    assert.equal(s.step, 'how-many');
    assert.deepEqual([s.lang, s.dir], ['ar', 'rtl']);
    assert.equal(s.title, 'كم عدد الشركاء');
    // And back to English: the dataset's own words, no translation left over.
    await Promise.all([b.page.waitForURL(/lang=en/), b.page.selectOption('#language', 'en')]);
    await untilReady(b.page);
    s = await shown(b.page);
    assert.equal(s.step, 'how-many');
    assert.match(s.caption, /^How many had joined\? In the week of 22 to 26 September/);
    assert.deepEqual([s.lang, s.dir], ['en', 'ltr']);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('while the translations load, and when they fail, the English shows, marked English', async () => {
  const b = await browser();
  try {
    // Held: the English first, then the Arabic when it arrives.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await b.page.route('**/stories.ar.json', async (route) => { await held; await route.continue(); });
    await b.page.goto(`${server.url}?story=jeddah-to-paris&lang=ar`);
    await untilReady(b.page);
    let s = await shown(b.page);
    assert.equal(s.hidden, false);
    assert.match(s.caption, /^Some day between 8 and 10 September 2014/);
    assert.deepEqual([s.lang, s.dir, s.titleLang], ['en', 'ltr', 'en']);
    assert.equal(await b.page.evaluate(() => document.documentElement.dir), 'rtl', 'the page itself is Arabic');
    release();
    await untilCaption(b.page, step('ar', 'jeddah-to-paris', 'address').caption);
    s = await shown(b.page);
    assert.deepEqual([s.lang, s.dir], ['ar', 'rtl']);
    await b.page.unroute('**/stories.ar.json');

    // Not found: the English stays, and stepping still works (in English).
    await b.page.route('**/stories.fr.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await b.page.goto(`${server.url}?story=jeddah-to-paris&step=jeddah&lang=fr`);
    await untilReady(b.page);
    await b.page.click('#story [data-story-go="next"]');
    await b.page.waitForFunction(() => new URLSearchParams(location.search).get('step') === 'tour', null, { timeout: 5000 });
    s = await shown(b.page);
    assert.match(s.caption, /^After Jeddah, Kerry went to Ankara/);
    assert.deepEqual([s.lang, s.dir], ['en', 'ltr']);
    assert.equal(s.title, "Kerry's tour");
  } finally {
    await b.close();
  }
});

test('two French embeds on a page both tell their story in French; a lang changed mid-story changes the caption', async () => {
  const b = await browser();
  try {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script></head><body><main><coalition-map story="pledge-to-strike" step="andrews" lang="fr"></coalition-map>
<coalition-map id="second" story="jeddah-to-paris" step="paris" lang="fr"></coalition-map></main></body></html>`;
    await b.page.route('**/story-lang-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await b.page.goto(`${server.url}story-lang-host.html`);
    await b.page.waitForFunction(() => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'), null, { timeout: 20000 });
    // One fetch answers both (each is drawn again when it arrives).
    await untilCaption(b.page, step('fr', 'pledge-to-strike', 'andrews').caption, 'coalition-map');
    await untilCaption(b.page, step('fr', 'jeddah-to-paris', 'paris').caption, '#second');
    await b.page.evaluate(() => document.querySelector('coalition-map').setAttribute('lang', 'ar'));
    await untilCaption(b.page, step('ar', 'pledge-to-strike', 'andrews').caption, 'coalition-map');
    const s = await shown(b.page, 'coalition-map');
    assert.deepEqual([s.lang, s.dir, s.title], ['ar', 'rtl', 'رؤساء الأركان']);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
