#!/usr/bin/env node
// Bundles the JavaScript each HTML page loads into one file per page, with esbuild (pinned in
// package.json): the page's app.js, ui.js and the wasm-bindgen glue (www/pkg/coalition_map.js) become
// one module, so the browser fetches one script instead of a chain of three, and in the release build
// it is minified. The sources in www/ stay as they are; the bundles are build output (gitignored).
//
// Usage: node scripts/bundle.mjs [release|dev]   (scripts/build.sh runs it after the wasm build)
//   release: minified, with linked source maps; dev: the same files, readable, no source maps.
//
// What each page loads (the bundles are written next to their pages, in www/, so relative URLs that
// the code builds from import.meta.url, such as embed.css in the embed, resolve as before):
//   www/app.bundle.js          <- www/app.js             (index.html)
//   www/embed.js               <- www/element.js         (the public embed URL of the documented
//                                                         snippet, app.js embedCode() and embed-example.html)
//   www/embed-frame.bundle.js  <- www/embed-frame.js     (embed.html, the iframe embed)
//   www/embed-answer.bundle.js <- www/embed-answer.js    (embed.html: a link's answer before the element's bundle)
//   www/early.bundle.js        <- www/early.js           (index.html: the answer before the wasm)
//   www/first-paint.bundle.js  <- www/first-paint.js     (a classic script, with the query reader it
//                                                         imports: inline in index.html)
//   www/embed-first-paint.bundle.js <- www/embed-first-paint.js (the same for embed.html, inline there)
//   www/style.bundle.css       <- www/style.css          (the page: viewer.css + the page's chrome,
//                                                         inline in index.html)
//   www/embed.bundle.css       <- www/embed.css          (the embed's Shadow DOM: viewer.css + host reset)
// The embed imports the shared viewer markup (www/viewer.html) as text: the `.html` loader below.
//
// The glue finds its .wasm at new URL('coalition_map_bg.wasm', import.meta.url): once bundled,
// import.meta.url is the bundle's URL, so the plugin below rewrites that one URL to the wasm's place
// relative to the bundle (pkg/coalition_map_bg.wasm): the same URL the pages preload, so the wasm is
// fetched once. The glue in www/pkg (the npm package) is not touched.
//
// The second wasm module (www/pkg/coalition_tools.js, its glue and wasm) is not bundled: www/coalition.js
// imports it with import() on first use, and it must stay a separate file so that a plain page load
// never fetches it. Nor is the third (www/pkg/coalition_timeline.js), imported after the map's first
// paint, so that it never competes with the first module's download. Its import is left as written (./pkg/coalition_tools.js), which resolves from the
// bundles exactly as from coalition.js: both sit in www/.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleDefines } from './defines.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const GLUE = join(WWW, 'pkg/coalition_map.js');
const profile = process.argv[2] ?? 'release';
if (!['release', 'dev'].includes(profile)) {
  console.error(`bundle: unknown profile ${profile} (release or dev)`);
  process.exit(2);
}
const release = profile === 'release';
/** The package's version (wasm-pack wrote it from Cargo.toml), which the element states when a
 *  second copy of it meets the first on one page. */
const VERSION = JSON.parse(readFileSync(join(WWW, 'pkg/package.json'), 'utf8')).version;
/** What esbuild writes into each bundle (scripts/defines.mjs: the version, the timeline's heights). */
const DEFINE = bundleDefines(VERSION);

const BUNDLES = [
  {
    // The page. Its bundle also re-exports the glue's init and Coalition: nothing on the page uses
    // them, but scripts/bench.mjs imports the page's script URL to reach the very module (and wasm)
    // instance the page runs, to read its memory and time its calls.
    entry: {
      contents: "export { default, Coalition } from './coalition.js';\nimport './app.js';\n",
      resolveDir: WWW, sourcefile: 'app.entry.js', loader: 'js',
    },
    source: 'app.js', out: 'app.bundle.js',
  },
  // The page's answer before the wasm (www/early.js): no glue, no wasm.
  { entry: 'early.js', source: 'early.js', out: 'early.bundle.js' },
  // Before the body (www/first-paint.js): a classic script, no module, so it runs while the page
  // is parsed; scripts/pages.mjs writes it inline into index.html (no source map: none to link).
  // Object.freeze of a literal is pure: the words tables locale.js's imports bring (words.en.js,
  // 10 KB) are dropped when unused, as here (the first-paint script takes pageLang and markLanguage).
  { entry: 'first-paint.js', source: 'first-paint.js', out: 'first-paint.bundle.js', format: 'iife', pure: ['Object.freeze'] },
  { entry: 'element.js', source: 'element.js', out: 'embed.js' },
  { entry: 'embed-frame.js', source: 'embed-frame.js', out: 'embed-frame.bundle.js' },
  // The iframe embed's answer before the element's bundle (www/embed-answer.js): no glue, no wasm.
  { entry: 'embed-answer.js', source: 'embed-answer.js', out: 'embed-answer.bundle.js' },
  // The iframe embed's first-paint script (www/embed-first-paint.js: first-paint.js's part for
  // every page, and a link's baked files asked for at once): inline in embed.html, like the page's.
  { entry: 'embed-first-paint.js', source: 'embed-first-paint.js', out: 'embed-first-paint.bundle.js', format: 'iife', pure: ['Object.freeze'] },
  // The stylesheets: each @import of viewer.css inlined, so a page loads one sheet, not a chain.
  { entry: 'style.css', source: 'style.css', out: 'style.bundle.css' },
  { entry: 'embed.css', source: 'embed.css', out: 'embed.bundle.css' },
];

/** Points the glue's default wasm URL at the wasm's place relative to the bundle (see above). */
function wasmUrl(outDir) {
  return {
    name: 'wasm-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]pkg[\\/]coalition_map\.js$/ }, async (args) => {
        if (resolve(args.path) !== GLUE) return undefined;
        const text = await readFile(args.path, 'utf8');
        const wasm = `${basename(GLUE, '.js')}_bg.wasm`;
        const pattern = new RegExp(String.raw`new URL\((['"])${wasm.replace(/\./g, '\\.')}\1, import\.meta\.url\)`, 'g');
        const found = text.match(pattern)?.length ?? 0;
        if (found !== 1) {
          throw new Error(`${relative(ROOT, GLUE)}: expected the wasm URL new URL('${wasm}', import.meta.url) once, found it ${found} times (a wasm-bindgen change?)`);
        }
        const rel = relative(outDir, join(dirname(GLUE), wasm)).split('\\').join('/');
        return { contents: text.replace(pattern, `new URL('${rel}', import.meta.url)`), loader: 'js' };
      });
    },
  };
}

/** Leaves the second and third modules' glue out of the bundle, imported at run time (see above). */
const toolsExternal = {
  name: 'tools-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/pkg\/coalition_(tools|timeline)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const rows = [];
for (const { entry, source, out, format = 'esm', pure = [] } of BUNDLES) {
  const outfile = join(WWW, out);
  const options = {
    bundle: true,
    format,
    platform: 'browser',
    target: 'esnext', // no syntax lowering: the code runs as written
    charset: 'utf8', // module scripts are always decoded as UTF-8; keeps "—" as one character, not \u2014
    minify: release,
    sourcemap: release && out.endsWith('.js') && format === 'esm' ? 'linked' : false,
    loader: { '.html': 'text' },
    define: DEFINE,
    pure,
    banner: out.endsWith('.css')
      ? { css: `/* Built from www/${source} by scripts/build.sh (${profile}); edit the sources, not this file. */` }
      : { js: `// Built from www/${source} by scripts/build.sh (${profile}); edit the sources, not this file.` },
    outfile,
    logLevel: 'warning',
    plugins: [wasmUrl(dirname(outfile)), toolsExternal],
  };
  if (typeof entry === 'string') options.entryPoints = [join(WWW, entry)];
  else options.stdin = entry;
  await build(options);
  if (!release) rmSync(`${outfile}.map`, { force: true }); // a release build's map would be stale
  const body = readFileSync(outfile);
  rows.push(`${relative(ROOT, outfile)} ${body.length} bytes, ${gzipSync(body, { level: 9 }).length} gzip -9`);
}
console.log(`bundle (${profile}): ${rows.join('; ')}`);
