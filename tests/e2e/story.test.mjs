// A guided story on the page and in the embeds: `?story=ID` opens its first step with caption and
// controls; Next and Previous move the map's date and selection and the URL's `step=` (replaced,
// so Back leaves the story); the step list jumps; Explore leaves the view live; arrow keys step
// inside the controls only; reduced motion; 375 px; the element and the iframe with story/step;
// axe finds nothing with the story open; a screenshot of every step at 1280 and 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser, untilReady, ROOT, checkSettled } from './harness.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
before(async () => { server = await serve(); mkdirSync('test-results', { recursive: true }); });
after(() => server?.close());

/** What the page shows of the story and the view. */
function state(page) {
  return page.evaluate(async () => {
    const box = document.getElementById('story');
    const view = await window.coalitionMap.view();
    return {
      hidden: box.hidden,
      title: box.querySelector('[data-story-title]')?.textContent ?? null,
      position: box.querySelector('[data-story-position]')?.textContent ?? null,
      caption: box.querySelector('[data-story-caption]')?.textContent ?? null,
      date: view.date, country: view.country, story: view.story ?? null, step: view.step ?? null,
      search: location.search,
      focused: document.activeElement?.getAttribute('data-story-title') !== null && document.activeElement?.hasAttribute('data-story-title'),
    };
  });
}

/** Waits until the URL says `step=ID` (the address bar follows the view after the next paint). */
async function untilStep(page, id) {
  await page.waitForFunction((s) => new URLSearchParams(location.search).get('step') === s, id, { timeout: 5000 });
}

test('?story=ID opens the first step; Next, Previous and the list move the view and replace the URL', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${server.url}`);
    await untilReady(b.page);
    // The first screen offers the story.
    const start = b.page.locator('#story-start');
    assert.match(await start.innerText(), /From Jeddah to Paris/);
    const historyBefore = await b.page.evaluate(() => history.length);
    await b.page.goto(`${server.url}?story=jeddah-to-paris`);
    await untilReady(b.page);
    let s = await state(b.page);
    assert.equal(s.hidden, false);
    assert.equal(s.title, "Obama's strategy");
    assert.equal(s.position, 'Step 1 of 9');
    assert.match(s.caption, /between 8 and 10 September 2014/);
    assert.equal(s.country, 'USA');
    assert.equal(s.date, '2014-09-10');
    assert.ok(await b.page.locator('#story [data-story-go="next"]').isVisible());
    assert.ok(await b.page.locator('#story [data-story-go="explore"]').isVisible());
    // The caption's records with their sources, named in prose (no seed file numbers).
    const sources = await b.page.locator('#story .story-sources').innerText();
    assert.match(sources, /Obama's address and anti-ISIL strategy/);
    assert.doesNotMatch(sources, /\d{3}_[0-9a-f]{16}/);

    const entries = await b.page.evaluate(() => history.length);
    await b.page.click('#story [data-story-go="next"]');
    await untilStep(b.page, 'arab-league');
    s = await state(b.page);
    assert.equal(s.position, 'Step 2 of 9');
    assert.equal(s.date, '2014-09-07');
    assert.equal(s.country, 'arab-league');
    assert.ok(s.focused, 'focus moves to the step title');
    assert.match(await b.page.locator('#announce').innerText(), /^Step 2 of 9: The Arab League's resolution\.$/);
    await b.page.click('#story [data-story-go="next"]');
    await untilStep(b.page, 'jeddah');
    s = await state(b.page);
    assert.equal(s.date, '2014-09-11');
    assert.match(s.search, /^\?story=jeddah-to-paris&step=jeddah&/);
    await b.page.click('#story [data-story-go="previous"]');
    await untilStep(b.page, 'arab-league');
    assert.equal((await state(b.page)).date, '2014-09-07');
    // The list jumps.
    await b.page.click('#story .story-steps summary');
    await b.page.click('#story [data-story-step="tehran"]');
    await untilStep(b.page, 'tehran');
    s = await state(b.page);
    assert.equal(s.country, 'IRN');
    assert.equal(s.position, 'Step 9 of 9');
    assert.ok(await b.page.locator('#story [data-story-go="next"]').isDisabled(), 'no step after the last');
    // Stepping replaced the entry: no history grew.
    assert.equal(await b.page.evaluate(() => history.length), entries);
    // Back leaves the story (to the page before it).
    await b.page.goBack();
    await b.page.waitForFunction(() => !location.search.includes('story='), null, { timeout: 5000 });
    await b.page.waitForFunction(() => document.getElementById('story').hidden, null, { timeout: 5000 });
    assert.ok(historyBefore >= 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('the first screen starts the story; Back leaves it; Explore keeps the view live', async () => {
  const b = await browser();
  try {
    await b.page.goto(server.url);
    await untilReady(b.page);
    await b.page.click('#story-start');
    await untilStep(b.page, 'address');
    await b.page.click('#story [data-story-go="next"]');
    await untilStep(b.page, 'arab-league');
    await b.page.goBack();
    await b.page.waitForFunction(() => location.search === '' && document.getElementById('story').hidden, null, { timeout: 5000 });

    await b.page.goto(`${server.url}?story=jeddah-to-paris&step=paris`);
    await untilReady(b.page);
    await b.page.click('#story [data-story-go="explore"]');
    await b.page.waitForFunction(() => !location.search.includes('story='), null, { timeout: 5000 });
    let s = await state(b.page);
    assert.equal(s.hidden, true);
    assert.equal(s.date, '2014-09-15', 'the step\'s view stays');
    assert.equal(s.story, null);
    // Every control is live: the framing buttons change the view.
    await b.page.click('[data-framing="world"]');
    await b.page.waitForFunction(() => location.search.includes('framing=world'), null, { timeout: 5000 });
    s = await state(b.page);
    assert.equal(s.date, '2014-09-15');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('keyboard only: arrows step inside the story controls, and only there', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${server.url}?story=pledge-to-strike`);
    await untilReady(b.page);
    // Tab into the story controls from the top of the page.
    let guard = 0;
    while (!(await b.page.evaluate(() => document.activeElement?.closest('#story') !== null)) && guard++ < 30) await b.page.keyboard.press('Tab');
    assert.ok(guard < 30, 'story controls not reachable by Tab');
    await b.page.keyboard.press('ArrowRight');
    await untilStep(b.page, 'syria');
    assert.ok((await state(b.page)).focused);
    await b.page.keyboard.press('ArrowRight');
    await untilStep(b.page, 'how-many');
    await b.page.keyboard.press('ArrowLeft');
    await untilStep(b.page, 'syria');
    // Enter on Next steps too.
    await b.page.focus('#story [data-story-go="next"]');
    await b.page.keyboard.press('Enter');
    await untilStep(b.page, 'how-many');
    // On the map, arrows are the map's: the step stays.
    await b.page.focus('#map');
    await b.page.keyboard.press('ArrowRight');
    await b.page.waitForTimeout(300);
    assert.equal(new URL(b.page.url()).searchParams.get('step'), 'how-many');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('transitions only without prefers-reduced-motion', async () => {
  for (const reducedMotion of ['reduce', 'no-preference']) {
    const b = await browser();
    try {
      await b.page.emulateMedia({ reducedMotion });
      await b.page.goto(`${server.url}?story=jeddah-to-paris&step=tour`);
      await untilReady(b.page);
      const animation = await b.page.$eval('#story [data-story-caption]', (c) => getComputedStyle(c).animationName);
      assert.equal(animation === 'none', reducedMotion === 'reduce', `${reducedMotion}: ${animation}`);
    } finally {
      await b.close();
    }
  }
});

test('at 375 px the story fits and steps, nothing scrolls sideways', async () => {
  const b = await browser({ width: 375, height: 780 });
  try {
    await b.page.goto(`${server.url}?story=jeddah-to-paris`);
    await untilReady(b.page);
    assert.ok(await b.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    const small = await b.page.evaluate(() => [...document.querySelectorAll('#story button, #story summary')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width < 24 || r.height < 24).length);
    assert.equal(small, 0, 'touch targets of at least 24 px');
    await b.page.click('#story [data-story-go="next"]');
    await untilStep(b.page, 'arab-league');
    assert.ok(await b.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  } finally {
    await b.close();
  }
});

test('axe finds no violation with the story open (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const b = await browser({ colorScheme });
    try {
      await b.page.goto(`${server.url}?story=jeddah-to-paris&step=communique`);
      await untilReady(b.page);
      await b.page.click('#story .story-steps summary');
      await b.page.addScriptTag({ path: AXE });
      const v = await b.page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      assert.deepEqual(v.violations.map((x) => `${x.id}: ${x.help} — ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), [], colorScheme);
    } finally {
      await b.close();
    }
  }
});

/** A host page with the element, served by the test (page.route). */
async function hostPage(b, attrs) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="/embed.js"></script></head><body><main><coalition-map ${attrs}></coalition-map></main></body></html>`;
  await b.page.route('**/story-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await b.page.goto(`${server.url}story-host.html`);
  await b.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 20000 });
}

test('the element takes story and step: a whole story steps, a single step offers Explore only', async () => {
  const b = await browser();
  try {
    await hostPage(b, 'story="pledge-to-strike"');
    const embed = b.page.locator('coalition-map');
    const title = embed.locator('[data-story-title]');
    assert.equal(await title.innerText(), 'First strikes in Iraq');
    const steps = [];
    await b.page.evaluate(() => document.addEventListener('story-step', (e) => { window.__steps = [...(window.__steps ?? []), /** @type {CustomEvent} */ (e).detail]; }));
    await embed.locator('[data-story-go="next"]').click();
    await b.page.waitForFunction(() => document.querySelector('coalition-map').view.step === 'syria', null, { timeout: 5000 });
    assert.equal(await title.innerText(), 'Strikes in Syria');
    steps.push(...await b.page.evaluate(() => window.__steps));
    assert.deepEqual(steps, [{ story: 'pledge-to-strike', step: 1, count: 9 }]);

    await hostPage(b, 'story="jeddah-to-paris" step="absent"');
    assert.equal(await embed.locator('[data-story-title]').innerText(), 'Iran and Syria absent');
    assert.equal(await embed.locator('[data-story-go="next"]').count(), 0, 'a single step has no stepping');
    assert.equal(await embed.locator('.story-steps').count(), 0);
    await embed.locator('[data-story-go="explore"]').click();
    await b.page.waitForFunction(() => document.querySelector('coalition-map').shadowRoot.getElementById('story').hidden, null, { timeout: 5000 });
    const view = await b.page.evaluate(() => document.querySelector('coalition-map').view);
    assert.equal(view.country, 'IRN');
    assert.equal(view.story ?? null, null);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('the iframe embed takes story and step, and the embed snippet carries them', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${server.url}embed.html?story=jeddah-to-paris&step=paris`);
    await b.page.waitForFunction(() => document.querySelector('coalition-map')?.dataset.ready === 'true', null, { timeout: 20000 });
    const embed = b.page.locator('coalition-map');
    assert.equal(await embed.locator('[data-story-title]').innerText(), 'Paris');
    assert.equal(await embed.locator('[data-story-go="next"]').count(), 0);
    assert.ok(await embed.locator('[data-story-go="explore"]').isVisible());

    await b.page.goto(`${server.url}?story=jeddah-to-paris&step=jeddah`);
    await untilReady(b.page);
    const code = await b.page.inputValue('#embed-code');
    assert.match(code, /<coalition-map story="jeddah-to-paris" step="jeddah"><\/coalition-map>/);
    await checkSettled(b.page, '#embed-iframe');
    assert.match(await b.page.inputValue('#embed-code'), /embed\.html\?story=jeddah-to-paris&step=jeddah&/);
  } finally {
    await b.close();
  }
});

test('screenshots of every step at 1280 and 375 px', async () => {
  for (const width of [1280, 375]) {
    const b = await browser({ width, height: 900 });
    try {
      for (const story of ['jeddah-to-paris', 'pledge-to-strike']) {
        await b.page.goto(`${server.url}?story=${story}`);
        await untilReady(b.page);
        const ids = await b.page.evaluate(() => [...document.querySelectorAll('#story [data-story-step]')].map((e) => e.getAttribute('data-story-step')));
        for (const id of ids) {
          if (new URL(b.page.url()).searchParams.get('step') !== id && id !== ids[0]) {
            await b.page.click('#story .story-steps summary');
            await b.page.click(`#story [data-story-step="${id}"]`);
            await untilStep(b.page, id);
          }
          await b.page.waitForTimeout(350);
          await b.page.locator('#story').scrollIntoViewIfNeeded();
          await b.page.screenshot({ path: `test-results/story-${story}-${id}-${width}.png` });
          if (width === 375) {
            // The phone's second screen: the map and the panel under the step.
            await b.page.locator('#map').scrollIntoViewIfNeeded();
            await b.page.screenshot({ path: `test-results/story-${story}-${id}-${width}-map.png` });
            await b.page.evaluate(() => window.scrollTo(0, 0));
          }
        }
      }
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  }
});
