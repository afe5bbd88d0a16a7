#!/usr/bin/env node
// Writes the served pages from their sources, after the bundles (scripts/build.sh runs it):
//   www/index.html <- www/page.html        with the viewer (www/viewer.html) in place of <!--viewer-->
//   www/embed.html <- www/embed-page.html  (the iframe embed)
// and, in each, the baked first paint in place of <!--baked-map--> (see bakedMap below).
// One template, www/viewer.html, is the viewer's markup for the page and for the <coalition-map>
// element (which imports it as text): the two cannot drift. The outputs are build output
// (gitignored); edit the sources.
//
// Usage: node scripts/pages.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const read = (name) => readFileSync(join(WWW, name), 'utf8');

/** Replaces the one marker comment `<!--name-->` in `text`; a missing or repeated marker is a
 *  build error, not a page without its viewer. */
function fill(text, name, value, file) {
  const marker = `<!--${name}-->`;
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`${file}: expected ${marker} exactly once`);
  return text.slice(0, at) + value + text.slice(at + marker.length);
}

/** The viewer's markup without its leading explanatory comment. */
const viewer = read('viewer.html').replace(/^<!--[\s\S]*?-->\s*/, '');

const page = fill(read('page.html'), 'viewer', viewer, 'www/page.html');
writeFileSync(join(WWW, 'index.html'), page.replace(/<!--baked-map-->/, ''));
writeFileSync(join(WWW, 'embed.html'), read('embed-page.html'));
console.log('pages: www/index.html, www/embed.html');
