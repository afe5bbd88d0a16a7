// End-to-end under a strict host: the page and the embeds work when served with
// `Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`
// (no eval, no inline script or style but the page's own — its stylesheet, first-paint script and
// early.js — allowed by the sha256 hashes the build writes into www/csp.json), and no request
// leaves the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, browser, inkOf, ROOT } from './harness.mjs';

let server, b;
const foreign = [];
before(async () => {
  server = await serve({ csp: true });
  b = await browser();
  // Every refusal of the policy, as the page sees it.
  await b.page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  b.page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
});
after(async () => {
  await b?.close();
  server?.close();
});

test('the server sends the strict policy', async () => {
  const res = await b.page.goto(server.url);
  assert.match(res.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
});

test('the policy allows the page\'s inline stylesheet and script by their hashes, nothing else inline', async () => {
  const csp = JSON.parse(await readFile(`${ROOT}www/csp.json`, 'utf8'));
  const res = await b.page.goto(`${server.url}?country=FRA&date=2014-09-11`);
  const header = res.headers()['content-security-policy'];
  assert.equal(header, csp.policy);
  assert.doesNotMatch(header, /'unsafe-inline'|'unsafe-eval'/);
  for (const h of [...csp['script-src'], ...csp['style-src']]) assert.match(h, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  // The answer before the wasm, from the inline script's requests, under the policy.
  await b.page.waitForFunction(() => document.body.dataset.early === 'panel', null, { timeout: 15000 });
  assert.equal(await b.page.evaluate(() => getComputedStyle(document.body).margin), '0px', 'the inline stylesheet applies');
  // The link's colours and outline are rules of a constructed stylesheet (www/early-paint.js):
  // CSSOM, which the policy allows (a <style> inserted by a script it would refuse).
  // (The live map may have replaced the picture by now: the sheet's parsed rules are read.)
  assert.equal(await b.page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText))
    .some((t) => t.includes('path[data-c="FRA"]') && t.includes('stroke-width: 2.5px'))), true, 'France outlined by the early rules');
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  assert.deepEqual(await b.page.evaluate(() => window.violations), []);
});

test('the page works under the strict policy', async () => {
  await b.page.goto(server.url + '?country=FRA');
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  await b.page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  assert.ok((await inkOf(b.page, '#map')) > 0.3);
  assert.deepEqual(b.errors, [], 'a CSP violation shows up as a console error');
  assert.deepEqual(await b.page.evaluate(() => window.violations), []);
});

test('two embeds work under the strict policy', async () => {
  await b.page.goto(server.url + 'embed-example.html');
  await b.page.waitForFunction(() => [...document.querySelectorAll('coalition-map')].every((e) => e.dataset.ready === 'true'), null, { timeout: 20000 });
  await b.page.locator('#first').getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  const p = await b.page.evaluate(() => document.getElementById('first').locate('TUR'));
  await b.page.locator('#first canvas[data-part="map"]').click({ position: { x: p.x, y: p.y } });
  await b.page.locator('#first').getByRole('region', { name: 'Details: Turkey' }).waitFor({ timeout: 3000 });
  assert.deepEqual(b.errors, []);
});

test('no request left the origin', () => {
  assert.deepEqual(foreign, []);
});
