#!/usr/bin/env node
// Country names in French and Arabic from CLDR (the pinned npm package cldr-localenames-full), for
// every country the map draws and every state the dataset records: data/i18n/names.<tag>.json,
// ISO alpha-3 code → the name CLDR gives. The file is committed, so a plain `cargo build` needs no
// Node; tests/words.rs merges it with the names CLDR lacks (i18n/<tag>.json: organisations, ISIL)
// into www/words.<tag>.json. `--check` writes nothing and fails when a committed file differs
// from what CLDR says now (scripts/check.sh runs it).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries'); // alpha-3 → alpha-2 only; the names are CLDR's
const LANGS = ['fr', 'ar'];
const version = JSON.parse(readFileSync('node_modules/cldr-localenames-full/package.json', 'utf8')).version;

// Codes CLDR spells otherwise: Kosovo's user-assigned XKX is CLDR's XK.
const ALPHA2 = { XKX: 'XK' };

const shapes = JSON.parse(readFileSync('data/geo/countries.json', 'utf8')).countries;
const actors = JSON.parse(readFileSync('data/actors.json', 'utf8'));
const codes = new Set([
  ...shapes.map((c) => c.id).filter(Boolean),
  ...actors.filter((a) => a.kind === 'state').map((a) => a.id),
]);

const check = process.argv.includes('--check');
let stale = 0;
mkdirSync('data/i18n', { recursive: true });
for (const lang of LANGS) {
  const territories = require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang]
    .localeDisplayNames.territories;
  const names = {};
  const missing = [];
  for (const a3 of [...codes].sort()) {
    const a2 = ALPHA2[a3] ?? countries.alpha3ToAlpha2(a3);
    const name = a2 && territories[a2];
    if (name) names[a3] = name;
    else missing.push(a3);
  }
  const text = `${JSON.stringify({ _source: `CLDR ${version} (cldr-localenames-full), main/${lang}/territories.json`, ...names }, null, 1)}\n`;
  const path = `data/i18n/names.${lang}.json`;
  if (missing.length) console.error(`${lang}: CLDR has no name for ${missing.join(', ')}`);
  if (check) {
    let have = '';
    try { have = readFileSync(path, 'utf8'); } catch { /* missing: stale */ }
    if (have !== text) { console.error(`${path} is stale: run node scripts/build-names.mjs`); stale++; }
  } else {
    writeFileSync(path, text);
    console.log(`${path}: ${Object.keys(names).length} names`);
  }
}
if (stale) process.exit(1);
if (check) console.log('data/i18n/ matches CLDR');
