#!/usr/bin/env node
// Writes the served pages from their sources, after the bundles (scripts/build.sh runs it):
//   www/index.html <- www/page.html        with the viewer (www/viewer.html) in place of <!--viewer-->
//   www/embed.html <- www/embed-page.html  (the iframe embed)
//   www/oembed.json, and the link-preview tags in place of <!--share-meta--> (scripts/share-meta.mjs)
//   www/csp.json: the sha256 hashes of index.html's and embed.html's inline stylesheets and scripts, and the strict
//                 policy with them, for scripts/serve.mjs --csp and for a host's header
// The first paint needs no request beyond the HTML: the stylesheet (www/style.bundle.css) and the
// first-paint script (www/first-paint.bundle.js) go inline in index.html's head, allowed by their
// hashes, with the statuses by day (a data block). The answer before the wasm (www/early.bundle.js)
// is a file the first-paint script asks for: at once for a link it answers, after the first paint
// otherwise (inline, its 10 KB were in every view's HTML before the first paint).
// and the page's baked first paint: `coalition bake` (the native CLI, the same drawing code as the
// canvas) renders the default view's map as a compact SVG, its statuses as an HTML table and a PNG
// for link previews into www/baked/; the SVG goes in place of <!--baked-map--> (on screen as soon
// as the HTML is, before any script or wasm), the table in place of <!--baked-table--> (inside
// <noscript>: the page without JavaScript still shows the map and the statuses). www/first-paint.js
// hides the baked map for a deep link or a dark theme, which it would not match.
// One template, www/viewer.html, is the viewer's markup for the page and for the <coalition-map>
// element (which imports it as text): the two cannot drift. The outputs are build output
// (gitignored); edit the sources.
//
// Usage: node scripts/pages.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { strictPolicy } from './csp.mjs';
import { oembed, shareMeta, siteBase } from './share-meta.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const read = (name) => readFileSync(join(WWW, name), 'utf8');

// The templates hold no words, only message ids (`data-t="ui.map_title"`, `data-t-label=…` for
// aria-label, `data-t-title`, `data-t-placeholder`, `data-t-roledesc`): their English is baked in
// here from www/words.en.js (generated from src/voice/messages.rs), and www/locale.js swaps it for
// the reader's language.
const EN = (await import(join(WWW, 'words.en.js'))).default;
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const word = (id, file) => {
  if (!(id in EN)) throw new Error(`${file}: no message ${id} in src/voice/messages.rs`);
  return esc(EN[id]);
};
const ATTRS = { label: 'aria-label', title: 'title', placeholder: 'placeholder', roledesc: 'aria-roledescription' };
function bakeWords(html, file) {
  return html
    .replace(/(<([a-z0-9]+)\b[^>]*\sdata-t="([^"]+)"[^>]*>)(<\/\2>)/g, (_, open, _tag, id, close) => `${open}${word(id, file)}${close}`)
    .replace(/\sdata-t-(label|title|placeholder|roledesc)="([^"]+)"/g, (m, key, id) => ` ${ATTRS[key]}="${word(id, file)}"${m}`);
}

/** Replaces the one marker comment `<!--name-->` in `text`; a missing or repeated marker is a
 *  build error, not a page without its viewer. */
function fill(text, name, value, file) {
  const marker = `<!--${name}-->`;
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`${file}: expected ${marker} exactly once`);
  return text.slice(0, at) + value + text.slice(at + marker.length);
}

/** The viewer's markup without its leading explanatory comment. */
const viewer = bakeWords(read('viewer.html').replace(/^<!--[\s\S]*?-->\s*/, ''), 'www/viewer.html');

/** The map's box at two widths: the page's at a 1280 px window, and a phone's (no legend in either:
 *  the page's legend is the status buttons under the map). The canvas is as tall as 0.66 of its width (ui.js
 *  drawMap, and the CSS height before it draws), so each picture fills the box it is shown in. */
const BAKED = [
  // The phone's first: a phone's parser reaches the picture it shows sooner (a desktop's parse of
  // the 9 KB ahead of its own is a few milliseconds).
  { name: 'narrow', width: 350, height: 300 },
  { name: 'wide', width: 838, height: 553 },
];
const pictures = BAKED.map(({ name, width, height }) => {
  const out = join(WWW, 'baked', name);
  execFileSync('cargo', ['run', '--quiet', '--bin', 'coalition', '--', 'bake', '--out', out,
    '--width', String(width), '--height', String(height)], { cwd: ROOT, stdio: 'inherit' });
  const svg = readFileSync(join(out, 'map.svg'), 'utf8').trim()
    .replace(/^<svg width="\d+" height="\d+"/, `<svg class="baked-${name}" preserveAspectRatio="xMidYMid meet" focusable="false"`);
  return svg;
});
const baked = `<div class="baked" data-part="baked" aria-hidden="true">${pictures.join('')}</div>`;
// The page's copy: each picture inert in a <noscript> (both shown as they are without JavaScript),
// and the inline script after it that builds the one its box shows (www/baked-pick.js).
const bakedPick = inline('baked-pick.js', 'script').replace(/^\s*\/\/.*\n/gm, '').replace(/\n\s*/g, '\n'); // its comments are for the source
const pageBaked = `<div class="baked" data-part="baked" aria-hidden="true">${pictures.map((svg, i) => {
  if (svg.toLowerCase().includes('</noscript')) throw new Error(`the ${BAKED[i].name} picture holds </noscript`);
  return `<noscript data-baked="${BAKED[i].name}">${svg}</noscript>`;
}).join('')}</div><script data-baked>${bakedPick}</script>`;
// What www/early.js answers a link or a click with before the wasm: the frame of each day and of
// each record, each map country's status by day, the labels and the sources' names.
execFileSync('cargo', ['run', '--quiet', '--bin', 'coalition', '--', 'bake', '--early', join(WWW, 'baked', 'early')],
  { cwd: ROOT, stdio: 'inherit' });
// The same two pictures for the <coalition-map> element, which fetches them (www/embed-early.js).
writeFileSync(join(WWW, 'baked', 'early', 'map.html'), `${baked}\n`);
const table = read('baked/wide/table.html').trim();
// The one legend (the status buttons under the map, with their counts) on screen with the baked
// map; the script builds the same buttons again and wires them.
const legend = read('baked/wide/legend.html').trim();
const legendTitle = read('baked/wide/legend-title.txt').trim();
// The compare menu's choices and the date control's words for the default view, from the frame the
// page will compute (`coalition view --json`): they take their room with the first paint.
const defaultFrame = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'coalition', '--', 'view', '', '--json'],
  { cwd: ROOT, encoding: 'utf8' }));
const text = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const compare = defaultFrame.compare.map((c) => `<option value="${text(c.value)}"${c.selected ? ' selected' : ''}>${text(c.label)}</option>`).join('');
let bakedViewer = fill(fill(viewer, 'baked-legend', legend, 'www/viewer.html'), 'baked-legend-title', legendTitle, 'www/viewer.html');
bakedViewer = fill(fill(bakedViewer, 'baked-compare', compare, 'www/viewer.html'), 'baked-date', text(defaultFrame.date_label), 'www/viewer.html');

/** A build output's text for an inline element: its "Built from" banner dropped (the page's own
 *  comment says where it comes from), and nothing that could close the element early. */
function inline(name, tag) {
  const body = read(name).replace(/^(\/\/|\/\*) Built from .*\n/, '').trim();
  if (body.toLowerCase().includes(`</${tag}`) || body.includes('<!--')) throw new Error(`www/${name}: holds </${tag} or <!--, which an inline <${tag}> cannot carry`);
  return body;
}
/** The CSP source of an inline element's text: 'sha256-…' over its exact UTF-8 bytes. */
const hash = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const style = inline('style.bundle.css', 'style');
const firstPaint = inline('first-paint.bundle.js', 'script');

// Each map country's status by day, which the first-paint script paints a shared link's day from.
const days = JSON.stringify(JSON.parse(read('baked/early/days.json')));
if (days.includes('<')) throw new Error('www/baked/early/days.json: holds <, which an inline data block cannot carry');

let page = fill(bakeWords(read('page.html'), 'www/page.html'), 'viewer', bakedViewer, 'www/page.html');
page = fill(page, 'inline-days', `<script type="application/json" id="early-days">${days}</script>`, 'www/page.html');
page = fill(page, 'inline-style', `<style>${style}</style>`, 'www/page.html');
page = fill(page, 'inline-first-paint', `<script data-early>${firstPaint}</script>`, 'www/page.html');
page = fill(page, 'baked-map', pageBaked, 'www/page.html (from viewer.html)');
page = fill(page, 'baked-table', table, 'www/page.html');
// Link previews of the default view and the oEmbed document (scripts/share-meta.mjs).
const site = siteBase();
page = fill(page, 'share-meta', shareMeta(site), 'www/page.html');
writeFileSync(join(WWW, 'index.html'), page);
writeFileSync(join(WWW, 'oembed.json'), `${JSON.stringify(oembed(site), null, 2)}\n`);
// What a strict host adds to its policy for index.html (README, "Strict hosts"): the hashes, and
// the whole policy scripts/serve.mjs --csp sends.
const csp = { page: 'index.html', 'script-src': [hash(firstPaint), hash(bakedPick)], 'style-src': [hash(style)] };
csp.policy = strictPolicy({ scripts: csp['script-src'], styles: csp['style-src'] });
writeFileSync(join(WWW, 'csp.json'), `${JSON.stringify(csp, null, 2)}\n`);
// The iframe embed: the element's shadow root as declarative markup (on screen with the HTML, no
// wait for the element's script), the baked map slotted into its map box from the light DOM, where
// embed.html's own stylesheet can hide it for a deep link or a dark theme.
// Its first paint needs no request beyond the HTML either (issue 29): the element's sheet inline in
// the shadow root and in the head (the slotted picture is styled from the page's light DOM), this
// page's own sheet, the statuses by day and its first-paint script (www/embed-first-paint.js),
// allowed by their hashes in the same policy as the page's. The shadow root comes first in the
// element, so the sheet's second copy is within gzip's reach of the first.
const embedStyle = inline('embed.bundle.css', 'style');
const frameStyle = inline('embed-frame.css', 'style');
const embedFirstPaint = inline('embed-first-paint.bundle.js', 'script');
const shadow = `<template shadowrootmode="open"><style>${embedStyle}</style>${
  fill(bakedViewer, 'baked-map', '<slot name="baked"></slot>', 'www/viewer.html')}</template>`;
let frame = fill(read('embed-page.html'), 'element',
  `<coalition-map>${shadow}\n${baked.replace('class="baked"', 'slot="baked" class="baked"')}\n</coalition-map>`,
  'www/embed-page.html');
frame = fill(frame, 'inline-style', `<style>${embedStyle}</style><style>${frameStyle}</style>`, 'www/embed-page.html');
frame = fill(frame, 'inline-days', `<script type="application/json" id="early-days">${days}</script>`, 'www/embed-page.html');
frame = fill(frame, 'inline-first-paint', `<script>${embedFirstPaint}</script>`, 'www/embed-page.html');
frame = fill(frame, 'baked-table', table, 'www/embed-page.html');
writeFileSync(join(WWW, 'embed.html'), frame);
// One policy for both pages (a host sends one header): the embed's hashes join the page's.
for (const [key, body] of [['script-src', embedFirstPaint], ['style-src', embedStyle], ['style-src', frameStyle]]) {
  if (!csp[key].includes(hash(body))) csp[key].push(hash(body));
}
delete csp.page;
csp.pages = ['index.html', 'embed.html'];
csp.policy = strictPolicy({ scripts: csp['script-src'], styles: csp['style-src'] });
writeFileSync(join(WWW, 'csp.json'), `${JSON.stringify(csp, null, 2)}\n`);
const gz = (text) => gzipSync(text, { level: 9 }).length;
console.log(`pages: www/index.html (${gz(page)} gzip -9, of which the baked map ${gz(baked)}), www/embed.html (${gz(frame)} gzip -9), www/oembed.json (${site ? `for ${site}` : 'relative URLs: set COALITION_SITE_URL for a deployment'})`);
