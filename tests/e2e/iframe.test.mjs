// The iframe embed on another site, as a newsroom pastes it: the snippet the page offers (iframe +
// the external resize script) in a host page on another origin under a strict CSP (no inline script
// or style; scripts and frames only from itself and the map's origin). At 375 and 1280 px the
// iframe takes its content's height — no inner scrollbar, no gap — and follows it when a selection
// changes it; the embed posts its height in the documented shape; without the script the iframe
// keeps the snippet's fixed height. Any CSP violation would be a console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serve, browser, checkSettled } from './harness.mjs';

let server, host, snippet;
const pages = {};

before(async () => {
  server = await serve({ csp: true });
  const origin = server.url.replace(/\/$/, '');
  // The snippet from the page's own "Embed" box, iframe version, for the default view.
  const b = await browser();
  try {
    await b.page.goto(server.url);
    await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    await checkSettled(b.page, '#embed-iframe');
    snippet = await b.page.locator('#embed-code').inputValue();
  } finally {
    await b.close();
  }
  const policy = `default-src 'self'; script-src 'self' ${origin}; style-src 'self'; frame-src ${origin}; img-src 'self'`;
  const article = (embed) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title>
<link rel="stylesheet" href="/host.css"></head><body><article><h1>The coalition, ten years on</h1>
<p>Reporting before the map.</p>\n${embed}\n<p id="after">Reporting after the map.</p></article></body></html>`;
  pages['/with-script.html'] = article(snippet);
  pages['/without-script.html'] = article(snippet.replace(/<script[^>]*><\/script>/, ''));
  pages['/favicon.ico'] = ''; // the browser asks for it; a 404 would be a console error
  pages['/host.css'] = 'body { margin: 0; font: 17px/1.5 Georgia, serif; } article { max-width: 1040px; margin: 0 auto; padding: 0 16px; } iframe { display: block; }';
  host = createServer((req, res) => {
    const body = pages[req.url];
    res.writeHead(body !== undefined ? 200 : 404, {
      'content-type': req.url.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8',
      'content-security-policy': policy,
    });
    res.end(body ?? 'not found');
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
});
after(() => {
  server?.close();
  host?.close();
});

/** The host's URL on another origin than the map's (localhost vs 127.0.0.1). */
const hostUrl = (path) => `http://localhost:${host.address().port}${path}`;

test('the snippet the page offers is the iframe and the external resize script, nothing inline', () => {
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html" [^>]*height="760"[^>]*><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed-resize\.js" async><\/script>$/);
  assert.doesNotMatch(snippet, /style=|on\w+=/);
});

/** The iframe's outer height and what its document measures inside. */
async function measure(page) {
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  if (!frame) return { ready: false }; // the lazy iframe has not started loading yet
  const inner = await frame.evaluate(() => (!document.body || !document.querySelector('coalition-map') ? { ready: false } : {
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scrollY: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    viewport: document.documentElement.clientHeight,
    scrollX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    ready: document.querySelector('coalition-map')?.dataset.ready === 'true',
  })).catch(() => ({ ready: false })); // the frame's document is still being replaced
  const outer = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  return { ...inner, outer, frame };
}

/** Waits until the iframe is as tall as its content (the resize script has caught up) and the
 *  frame's own viewport has taken the new height (it follows the host's layout by a frame). */
async function fitted(page) {
  let m;
  for (let i = 0; i < 100; i++) {
    m = await measure(page);
    if (m.ready && Math.abs(m.outer - m.content) <= 1 && Math.abs(m.viewport - m.outer) <= 1) return m;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe never fitted its content: ${JSON.stringify({ ...m, frame: undefined })}`);
}

for (const width of [375, 1280]) {
  test(`with the resize script the iframe grows to its content at ${width} px, under the host's strict CSP`, async () => {
    const b = await browser({ width, height: 900 });
    try {
      // What the embed posts, seen from the host page (an init script runs outside the host's CSP).
      await b.page.addInitScript(() => {
        window.__messages = [];
        addEventListener('message', (e) => window.__messages.push(e.data));
      });
      await b.page.goto(hostUrl('/with-script.html'));
      const start = await fitted(b.page);
      assert.ok(!start.scrollY && !start.scrollX, `no inner scrollbar: ${JSON.stringify({ ...start, frame: undefined })}`);
      if (width === 375) assert.ok(start.outer > 760, `taller than the fixed height at a phone's width: ${start.outer}`);
      const messages = await b.page.evaluate(() => window.__messages);
      assert.ok(messages.length > 0);
      for (const m of messages) {
        assert.deepEqual(Object.keys(m), ['coalition-map-height']);
        assert.ok(Number.isInteger(m['coalition-map-height']));
      }
      // A selection changes the content's height (the panel fills); the iframe follows.
      const p = await start.frame.evaluate(() => /** @type {any} */ (document.querySelector('coalition-map')).locate('FRA'));
      await start.frame.locator('canvas[data-part="map"]').click({ position: { x: p.x, y: p.y } });
      await start.frame.locator('coalition-map').getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 5000 });
      await b.page.waitForTimeout(200);
      const selected = await fitted(b.page);
      assert.ok(!selected.scrollY && !selected.scrollX, 'still no inner scrollbar');
      // The by-kind timeline has a row per kind, not per country: shorter; the iframe shrinks with it.
      await start.frame.locator('coalition-map').getByRole('button', { name: 'By kind' }).click();
      let byKind;
      for (let i = 0; i < 50 && (byKind = await fitted(b.page)).outer === selected.outer; i++) await b.page.waitForTimeout(100);
      assert.ok(byKind.outer < selected.outer, `the iframe followed its content: ${selected.outer} -> ${byKind.outer} px`);
      assert.ok(!byKind.scrollY && !byKind.scrollX, 'no inner scrollbar by kind');
      console.log(`# iframe at ${width} px: ${start.outer} px tall, ${selected.outer} px with France's panel, ${byKind.outer} px by kind`);
      await b.page.locator('iframe').screenshot({ path: `test-results/iframe-${width}.png` });
      assert.deepEqual(b.errors, [], 'no CSP violation or other error, in the host or the frame');
    } finally {
      await b.close();
    }
  });
}

test('the resize script heeds only a frame\'s own plausible height', async () => {
  const b = await browser({ width: 1280, height: 900 });
  try {
    await b.page.goto(hostUrl('/with-script.html'));
    const fit = await fitted(b.page);
    // From the host window itself (not a frame), and an absurd height from the frame: both ignored.
    await b.page.evaluate(() => postMessage({ 'coalition-map-height': 300 }, '*'));
    await fit.frame.evaluate(() => parent.postMessage({ 'coalition-map-height': 99999 }, '*'));
    await fit.frame.evaluate(() => parent.postMessage({ 'coalition-map-height': '400' }, '*'));
    await b.page.waitForTimeout(300);
    assert.equal((await measure(b.page)).outer, fit.outer);
    // The frame's own plausible height is taken, whole pixels up.
    await fit.frame.evaluate(() => parent.postMessage({ 'coalition-map-height': 900.2 }, '*'));
    await b.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height === 901);
  } finally {
    await b.close();
  }
});

test('without the resize script the iframe keeps the snippet\'s fixed height', async () => {
  const b = await browser({ width: 1280, height: 900 });
  try {
    await b.page.goto(hostUrl('/without-script.html'));
    let m;
    for (let i = 0; i < 100 && !(m = await measure(b.page)).ready; i++) await b.page.waitForTimeout(100);
    await b.page.waitForTimeout(300);
    m = await measure(b.page);
    assert.equal(m.outer, 760);
    // Sensible: the map, its legend and the date control are in view; the timeline scrolls inside.
    const controls = await m.frame.evaluate(() => document.querySelector('coalition-map').shadowRoot.querySelector('[data-part="date"]').getBoundingClientRect().bottom);
    assert.ok(controls <= 760, `the map and the date control fit the fixed height: ${controls} px`);
    console.log(`# without the script at 1280 px: 760 px for ${m.content} px of content, the date control's bottom at ${Math.round(controls)} px`);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
