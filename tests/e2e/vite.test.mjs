// The npm package as a user meets it: `npm pack` the wasm-pack output, install the tarball into a
// fresh Vite (v7) app, build it, and draw the map from the built app in headless Chromium.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, browser, inkOf, ROOT } from './harness.mjs';

const dir = mkdtempSync(join(tmpdir(), 'coalition-vite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the package has what npm needs', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'www/pkg/package.json'), 'utf8'));
  for (const k of ['name', 'version', 'license', 'repository', 'files', 'types']) assert.ok(pkg[k], `package.json lacks ${k}`);
  const dts = readFileSync(join(ROOT, 'www/pkg', pkg.types), 'utf8');
  assert.match(dts, /country\(name: string, date\?: string \| null\): ActorRecord;/);
  assert.match(dts, /export interface ActorRecord/);
});

test('a Vite app built against the packed package draws the map', async () => {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, join(ROOT, 'www/pkg')], { encoding: 'utf8' }).trim().split('\n').pop();
  cpSync(join(ROOT, 'tests/vite-app'), join(dir, 'app'), { recursive: true });
  const app = join(dir, 'app');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--offline', join(dir, tarball)], { cwd: app, stdio: 'pipe' });
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--outDir', 'dist'], { cwd: app, stdio: 'pipe' });

  const server = await serve({ root: join(app, 'dist') });
  const b = await browser({ width: 800, height: 600 });
  try {
    await b.page.goto(server.url);
    await b.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    assert.match(await b.page.locator('#out').innerText(), /France: military_pledge/);
    assert.ok((await inkOf(b.page, '#map')) > 0.3, 'map drawn');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    server.close();
  }
});
