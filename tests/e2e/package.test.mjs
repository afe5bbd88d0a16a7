// The npm package's shape as a host's tools see it: the exports map and its files, side effects
// limited to the element's module, an import on a server (Node: no window, no HTMLElement) that
// does not throw, and TypeScript types for the element's attributes, events and methods that a
// host's code type-checks against (tsc, strict, through the exports map).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';
import { installPacked } from './packed.mjs';

const { dir, pack, remove } = installPacked('package');
after(remove);
const installed = join(dir, 'node_modules/coalition-map');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

test('the package has what npm and bundlers need', () => {
  for (const k of ['name', 'version', 'license', 'repository', 'files', 'types', 'exports']) assert.ok(pkg[k], `package.json lacks ${k}`);
  assert.deepEqual(pkg.sideEffects, ['./element.js'], 'only the element module registers anything');
  assert.deepEqual(Object.keys(pkg.exports), ['.', './element', './coalition_map_bg.wasm', './coalition_tools_bg.wasm', './coalition_timeline_bg.wasm', './embed.bundle.css', './package.json']);
  const shipped = new Set(pack.files.map((f) => f.path));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const t of targets) assert.ok(shipped.has(t.replace(/^\.\//, '')), `${t} is in the exports map but not in the tarball`);
  for (const f of ['coalition_map.js', 'coalition_tools.js', 'coalition_timeline.js', 'asset-base.js', 'texts-file.js', 'baked/texts.json']) assert.ok(shipped.has(f), `${f} missing`);
  // The three modules' glue find their wasm with the literal pattern bundlers rewrite.
  for (const [glue, wasm] of [['coalition_map.js', 'coalition_map_bg.wasm'], ['coalition_tools.js', 'coalition_tools_bg.wasm'], ['coalition_timeline.js', 'coalition_timeline_bg.wasm']]) {
    assert.ok(readFileSync(join(installed, glue), 'utf8').includes(`new URL('${wasm}', import.meta.url)`), glue);
  }
  assert.ok(readFileSync(join(installed, 'element.js'), 'utf8').includes("new URL(\"./embed.bundle.css\",import.meta.url)")
    || readFileSync(join(installed, 'element.js'), 'utf8').includes("new URL('./embed.bundle.css', import.meta.url)"), 'the stylesheet URL');
  // The glue's generated types are the package's too (the API entry re-exports them).
  const dts = readFileSync(join(installed, 'coalition_map.d.ts'), 'utf8');
  // A record by kind (issue 24 folded `country(name, date)` into `record("country", key, date)`).
  assert.match(dts, /record\(kind: "country", key: string, date\?: string \| null\): ActorRecord;/);
  assert.match(dts, /export interface ActorRecord/);
  assert.match(readFileSync(join(installed, pkg.types), 'utf8'), /export \* from '\.\/coalition_map\.js';/);
  console.log(`# package: ${pack.filename} ${pack.size} bytes packed, ${pack.unpackedSize} unpacked, ${pack.entryCount} files`);
});

test('importing the package on a server does not throw', () => {
  // Node has no window, document, HTMLElement or customElements: both entries import, the element
  // module registers nothing, and the API entry's names are there.
  const script = `
    const api = await import('coalition-map');
    const element = await import('coalition-map/element');
    console.log(JSON.stringify({
      window: typeof window, htmlElement: typeof HTMLElement,
      api: ['default', 'Coalition', 'setAssetBase'].filter((k) => typeof api[k] === 'function'),
      element: ['CoalitionMapElement', 'defineCoalitionMap', 'setAssetBase'].filter((k) => typeof element[k] === 'function'),
      define: element.defineCoalitionMap(),
      version: element.CoalitionMapElement.version,
      events: element.EVENTS,
    }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' }));
  assert.deepEqual(out, {
    window: 'undefined', htmlElement: 'undefined',
    api: ['default', 'Coalition', 'setAssetBase'],
    element: ['CoalitionMapElement', 'defineCoalitionMap', 'setAssetBase'],
    define: null,
    version: pkg.version,
    events: { select: 'country-select', date: 'date-change', step: 'story-step' },
  });
});

test('a host\'s TypeScript checks against the element\'s attributes, events and methods', () => {
  writeFileSync(join(dir, 'host.ts'), `
    import init, { Coalition, setAssetBase, type LoadResult } from 'coalition-map';
    import { defineCoalitionMap, type CoalitionMapAttributes, type CoalitionMapElement } from 'coalition-map/element';
    setAssetBase('/vendor/coalition-map/');
    defineCoalitionMap();
    const map: CoalitionMapElement | null = document.querySelector('coalition-map');
    map?.addEventListener('country-select', (e) => { const code: string | null = e.detail.code; console.log(code, e.detail.name); });
    map?.addEventListener('date-change', (e) => { const date: string | null = e.detail.date; console.log(date); });
    map?.addEventListener('story-step', (e) => { const step: number = e.detail.step; console.log(e.detail.story, step, e.detail.count); });
    document.addEventListener('country-select', (e) => console.log(e.detail.code));
    const picked: string | null | undefined = map?.select('FRA');
    map?.setDate('2014-09-15');
    map?.setFraming('gulf');
    const ready: Promise<boolean> | undefined = map?.ready;
    const attrs: CoalitionMapAttributes = { country: 'FRA', date: '2014-09-15', framing: 'world', theme: 'dark' };
    // @ts-expect-error framing is one of three names
    const wrong: CoalitionMapAttributes = { framing: 'europe' };
    // @ts-expect-error a country is a string
    map?.select(12);
    // @ts-expect-error no such event detail
    map?.addEventListener('date-change', (e) => e.detail.code);
    await init();
    const result: Promise<LoadResult> = new Coalition().loadDataset('{}');
    console.log(picked, ready, attrs, wrong, result);
  `);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { noEmit: true, strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
      // esnext: wasm-bindgen's declarations name Symbol.dispose (a host with skipLibCheck needs nothing).
      lib: ['esnext', 'dom', 'dom.iterable'], types: [], skipLibCheck: false },
    files: ['host.ts'],
  }));
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const args = ['-p', '.'];
  try {
    execFileSync(tsc, args, { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
});
