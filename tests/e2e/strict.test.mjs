// End-to-end under a strict host: the page and the embeds work when served with
// `Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`
// (no inline script or style, no eval), and no request leaves the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, inkOf } from './harness.mjs';

let server, b;
const foreign = [];
before(async () => {
  server = await serve({ csp: true });
  b = await browser();
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

test('the page works under the strict policy', async () => {
  await b.page.goto(server.url + '?country=FRA');
  await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  await b.page.getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 3000 });
  assert.ok((await inkOf(b.page, '#map')) > 0.3);
  assert.deepEqual(b.errors, [], 'a CSP violation shows up as a console error');
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
