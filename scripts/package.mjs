#!/usr/bin/env node
// Completes the npm package in www/pkg (wasm-pack's output: the three modules' glue, wasm and types)
// with what a site needs to ship the map, after scripts/bundle.mjs (scripts/build.sh runs it):
//   coalition.js    the API entry (`coalition-map`): www/coalition.js, its ./pkg/ imports made
//                   siblings; no side effects
//   asset-base.js   setAssetBase, shared by both entries (www/asset-base.js)
//   texts-file.js   the dataset's long texts file and its filling of the module's marks, shared by
//                   both entries (one fetch): the API's fillTexts, the element's panels
//   element.js      `coalition-map/element`: registers <coalition-map> (its one side effect). Bundled
//                   from www/element.js with the viewer (ui.js and its modules, viewer.html as text),
//                   but with coalition.js and asset-base.js left as imports, so the element and the
//                   API share one wasm instance and one asset base on a page
//   embed.bundle.css the element's Shadow DOM stylesheet (scripts/bundle.mjs's), found by element.js
//                   at new URL('./embed.bundle.css', import.meta.url)
//   baked/early/    what the element answers with before the wasm (www/embed-early.js): the baked
//                   map (map.html) and `coalition bake --early`'s files, found beside element.js
//   coalition.d.ts, element.d.ts  the entries' types (www/npm/), over wasm-pack's generated ones
//   package.json    main, module, types, an `exports` map, `sideEffects` and `files`
// Everything is plain ES modules: the package works from a bundler (Vite finds each file from its
// new URL(…, import.meta.url)), from a CDN by a script tag, and imports without throwing on a server.
//
// Usage: node scripts/package.mjs [release|dev]   (after scripts/pages.mjs, which bakes www/baked/)
import { build } from 'esbuild';
import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleDefines } from './defines.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const PKG = join(WWW, 'pkg');
const release = (process.argv[2] ?? 'release') === 'release';
const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));

// The API entry and the asset base, as written (their imports of the glue become siblings).
writeFileSync(join(PKG, 'coalition.js'), readFileSync(join(WWW, 'coalition.js'), 'utf8').replaceAll('./pkg/', './'));
copyFileSync(join(WWW, 'asset-base.js'), join(PKG, 'asset-base.js'));
copyFileSync(join(WWW, 'texts-file.js'), join(PKG, 'texts-file.js'));
copyFileSync(join(WWW, 'embed.bundle.css'), join(PKG, 'embed.bundle.css'));
// French and Arabic, fetched by the element beside itself only when an embed speaks them (locale.js),
// and the stories' titles and captions in them, only when a story is shown (story-words.js).
const WORDS = ['words.fr.json', 'words.ar.json', 'stories.fr.json', 'stories.ar.json'];
for (const name of WORDS) copyFileSync(join(WWW, name), join(PKG, name));
for (const name of ['coalition.d.ts', 'element.d.ts']) copyFileSync(join(WWW, 'npm', name), join(PKG, name));
// The baked files as served, without their .gz and .br copies (a host's server compresses).
rmSync(join(PKG, 'baked'), { recursive: true, force: true });
cpSync(join(WWW, 'baked/early'), join(PKG, 'baked/early'), { recursive: true, filter: (src) => !/\.(gz|br)$/.test(src) });
// The dataset's long texts, fetched beside the element with the first panel that shows one (texts.js).
copyFileSync(join(WWW, 'baked/texts.json'), join(PKG, 'baked/texts.json'));

/** Keeps the API entry, the asset base and the texts file's reader as the package's own sibling
 *  files (see above). */
const shared = {
  name: 'shared-siblings',
  setup(b) {
    b.onResolve({ filter: /^\.\/(coalition|asset-base|texts-file)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  entryPoints: [join(WWW, 'element.js')],
  outfile: join(PKG, 'element.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral', // no Node or browser built-ins assumed: it must import on a server too
  target: 'es2022',
  charset: 'utf8',
  minify: release,
  loader: { '.html': 'text' },
  define: bundleDefines(pkg.version),
  banner: { js: `// coalition-map ${pkg.version}: <coalition-map>, built from www/element.js by scripts/package.mjs.` },
  plugins: [shared],
  logLevel: 'warning',
});

const tools = ['coalition_tools.js', 'coalition_tools_bg.wasm', 'coalition_tools.d.ts',
  'coalition_timeline.js', 'coalition_timeline_bg.wasm', 'coalition_timeline.d.ts'];
Object.assign(pkg, {
  main: 'coalition.js',
  module: 'coalition.js',
  types: 'coalition.d.ts',
  // Only the element's module registers anything; bundlers may drop the rest when unused.
  sideEffects: ['./element.js'],
  exports: {
    '.': { types: './coalition.d.ts', default: './coalition.js' },
    './element': { types: './element.d.ts', default: './element.js' },
    // The files a host copies to its own server or CDN for setAssetBase.
    './coalition_map_bg.wasm': './coalition_map_bg.wasm',
    './coalition_tools_bg.wasm': './coalition_tools_bg.wasm',
    './coalition_timeline_bg.wasm': './coalition_timeline_bg.wasm',
    './embed.bundle.css': './embed.bundle.css',
    './package.json': './package.json',
  },
});
pkg.files = [...new Set([...pkg.files, 'coalition.js', 'coalition.d.ts', 'asset-base.js', 'texts-file.js', 'element.js',
  'element.d.ts', 'embed.bundle.css', 'baked/early/*.json', 'baked/early/map.html', 'baked/texts.json', ...WORDS, ...tools])];
writeFileSync(join(PKG, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
const element = readFileSync(join(PKG, 'element.js'));
console.log(`package: www/pkg/element.js ${element.length} bytes, ${gzipSync(element, { level: 9 }).length} gzip -9; ${pkg.files.length} files`);
