// The npm package as a user meets it in real bundlers: `npm pack` the package scripts/build.sh
// builds, install the tarball, build a Vite (v7) app (production build) and an esbuild app against
// it, and in headless Chromium: the API draws the map, the element draws its map and a click on
// France opens France's panel, the host hears the element's events, esbuild's app finds the files
// through setAssetBase, and two copies of the package on one page (the two apps' bundles) coexist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createServer } from 'vite';
import { serve, browser, inkOf, ROOT } from './harness.mjs';
import { installPacked } from './packed.mjs';

const { dir, remove } = installPacked('bundlers');
const site = join(dir, 'site'); // what the server serves: the Vite app's dist, plus the esbuild app
let server;
const timings = {};

before(async () => {
  let t = performance.now();
  cpSync(join(ROOT, 'tests/vite-app'), join(dir, 'vite-app'), { recursive: true });
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--outDir', site], { cwd: join(dir, 'vite-app'), stdio: 'pipe' });
  timings.vite = performance.now() - t;
  // esbuild bundles the JavaScript and copies no file a module names with new URL(…, import.meta.url):
  // the host copies the package's files to its own folder and points setAssetBase at it.
  t = performance.now();
  cpSync(join(ROOT, 'tests/esbuild-app'), join(dir, 'esbuild-app'), { recursive: true });
  await build({ entryPoints: [join(dir, 'esbuild-app/main.js')], bundle: true, format: 'esm', minify: true,
    outfile: join(site, 'esbuild/main.js'), logLevel: 'error' });
  const vendor = join(site, 'vendor/coalition-map');
  mkdirSync(vendor, { recursive: true });
  for (const f of ['coalition_map_bg.wasm', 'coalition_tools_bg.wasm', 'coalition_timeline_bg.wasm', 'embed.bundle.css']) cpSync(join(dir, 'node_modules/coalition-map', f), join(vendor, f));
  // The dataset's long texts, from the package's baked/ folder as the README asks a host to copy.
  cpSync(join(dir, 'node_modules/coalition-map/baked/texts.json'), join(vendor, 'baked/texts.json'));
  cpSync(join(dir, 'esbuild-app/index.html'), join(site, 'esbuild.html'));
  timings.esbuild = performance.now() - t;
  // Both apps on one page: the Vite app's page with the esbuild app's script and element added.
  const vitePage = readFileSync(join(site, 'index.html'), 'utf8');
  const esbuildPage = readFileSync(join(site, 'esbuild.html'), 'utf8');
  writeFileSync(join(site, 'two.html'), vitePage
    .replace('</head>', `${esbuildPage.match(/<script[^>]*esbuild\/main\.js[^>]*><\/script>/)[0]}\n</head>`)
    .replace('</body>', `${esbuildPage.match(/<coalition-map[^>]*><\/coalition-map>/)[0]}\n</body>`));
  server = await serve({ root: site });
});
after(() => {
  server?.close();
  remove();
  console.log(`# bundlers: vite build ${Math.round(timings.vite)} ms, esbuild build ${Math.round(timings.esbuild)} ms`);
});

/** Waits for the element `id` to be drawn, clicks France on its map and waits for France's panel. */
async function clickFrance(page, id) {
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.ready === 'true', id, { timeout: 20000 });
  // A blank canvas has no ink; the world framing's map, with no legend strip under it since the
  // page shows one legend (issue 24), has 0.24 of its pixels off the sea's colour (0.72 in the
  // region framing).
  assert.ok((await inkOf(page, `#${id} canvas[data-part="map"]`)) > 0.15, `${id}: map drawn`);
  const p = await page.evaluate((id) => /** @type {any} */ (document.getElementById(id)).locate('FRA'), id);
  assert.ok(p, 'France is on the map');
  await page.locator(`#${id} canvas[data-part="map"]`).click({ position: { x: p.x, y: p.y } });
  await page.locator(`#${id}`).getByRole('region', { name: 'Details: France' }).waitFor({ timeout: 5000 });
  // Its stylesheet arrived (embed.css frames the viewer), wherever the bundler put it.
  const border = await page.evaluate((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector('.viewer')).borderTopStyle, id);
  assert.equal(border, 'solid', `${id}: the element's stylesheet applies`);
}

/** The paths of the .wasm and .css files the page fetched, with their status, sorted. */
const assets = (responses) => responses.filter(([p]) => /\.(wasm|css)$/.test(p)).sort();

test('a Vite app: the API draws the map; the element draws, opens France on a click and tells the host', async () => {
  const b = await browser({ width: 1280, height: 900 });
  try {
    await b.page.goto(server.url);
    await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    assert.match(await b.page.locator('#out').innerText(), /France: military_pledge/);
    // fillTexts gave the pledge's summary from the package's texts file, not its mark.
    const summary = await b.page.locator('#summary').innerText();
    assert.ok(summary.length > 40 && !summary.includes('\uE000'), summary);
    assert.ok((await inkOf(b.page, '#map')) > 0.3, 'map drawn');
    await clickFrance(b.page, 'first');
    // The reader moves the date back a day with the scrubber's keyboard.
    await b.page.locator('#first [data-part="date"]').press('ArrowLeft');
    await b.page.waitForFunction(() => window.hostEvents.some(([name]) => name === 'date-change'));
    const events = await b.page.evaluate(() => window.hostEvents);
    assert.deepEqual(events, [
      ['country-select', 'first', { code: 'FRA', name: 'France' }],
      ['date-change', 'first', { date: '2014-09-14' }],
    ]);
    // The element and the API share one glue and so one wasm instance; Vite hashed the files.
    const files = await b.page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((n) => /\.(wasm|css)$/.test(n)).sort());
    // The timeline's module too, after the element's map is drawn (the API and the element share it).
    assert.equal(files.length, 3, `one fetch of each wasm the page shows and the stylesheet: ${files}`);
    assert.match(files[0], /^\/assets\/coalition_map_bg-[\w-]+\.wasm$/);
    assert.match(files[1], /^\/assets\/coalition_timeline_bg-[\w-]+\.wasm$/);
    assert.match(files[2], /^\/assets\/embed\.bundle-[\w-]+\.css$/);
    await b.page.screenshot({ path: join(ROOT, 'test-results/vite-element.png') });
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('the Vite dev server (the app\'s config excludes the package from pre-bundling) shows the element', async () => {
  const t = performance.now();
  const dev = await createServer({ root: join(dir, 'vite-app'), logLevel: 'error', server: { port: 0, host: '127.0.0.1' },
    cacheDir: join(dir, 'vite-cache') });
  await dev.listen();
  const b = await browser({ width: 1280, height: 900 });
  try {
    await b.page.goto(dev.resolvedUrls.local[0]);
    await clickFrance(b.page, 'first');
    assert.deepEqual(b.errors, []);
    console.log(`# vite dev server: France's panel ${Math.round(performance.now() - t)} ms after starting it`);
  } finally {
    await b.close();
    await dev.close();
  }
});

test('an esbuild app: the files from setAssetBase, the element opens France on a click', async () => {
  const b = await browser({ width: 1280, height: 900 });
  const fetched = [];
  b.page.on('response', (r) => fetched.push([new URL(r.url()).pathname, r.status()]));
  try {
    await b.page.goto(`${server.url}esbuild.html`);
    await clickFrance(b.page, 'second');
    assert.deepEqual(assets(fetched), [['/vendor/coalition-map/coalition_map_bg.wasm', 200], ['/vendor/coalition-map/coalition_timeline_bg.wasm', 200], ['/vendor/coalition-map/embed.bundle.css', 200]]);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('two copies of the package on one page: the second warns and steps aside, both elements work', async () => {
  const b = await browser({ width: 1280, height: 900 });
  const warnings = [];
  b.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    await b.page.goto(`${server.url}two.html`);
    await clickFrance(b.page, 'first');
    await clickFrance(b.page, 'second');
    assert.equal(warnings.filter((w) => /<coalition-map> is already defined .*steps aside/.test(w)).length, 1, warnings.join('\n'));
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
