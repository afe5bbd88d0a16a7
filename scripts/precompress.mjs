#!/usr/bin/env node
// Writes FILE.gz and FILE.br beside every text file and wasm module in www/ (the build's last
// step), as a CDN or a static host compresses what it serves: scripts/serve.mjs then sends them to
// a browser that accepts them, so the pages the README's own server shows load as a deployment
// would (it sent everything uncompressed: 480 KB of wasm for 209 KB). Skips what is up to date.
// Usage: node scripts/precompress.mjs [--root www]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const i = args.indexOf('--root');
const root = resolve(i >= 0 && args[i + 1] ? args[i + 1] : 'www');

/** What is worth compressing (PNG is compressed already; source maps are for developers). */
const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.ts']);
/** Below this a compressed copy saves less than a packet. */
const SMALLEST = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_')) continue; // test fixtures
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (EXTENSIONS.has(extname(entry.name))) yield path;
  }
}

const fresh = async (copy, source) => {
  try {
    return (await stat(copy)).mtimeMs >= source.mtimeMs;
  } catch {
    return false;
  }
};

let written = 0, raw = 0, gz = 0, br = 0;
for await (const path of files(root)) {
  const info = await stat(path);
  if (info.size < SMALLEST) continue;
  if ((await fresh(`${path}.gz`, info)) && (await fresh(`${path}.br`, info))) continue;
  const body = await readFile(path);
  const g = gzipSync(body, { level: 9 });
  const b = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  await writeFile(`${path}.gz`, g);
  await writeFile(`${path}.br`, b);
  written++; raw += body.length; gz += g.length; br += b.length;
}
console.log(`precompress: ${written} file(s) in ${root}${written ? `, ${raw} bytes to ${gz} gzip, ${br} brotli` : ' (all up to date)'}`);
