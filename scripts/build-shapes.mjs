#!/usr/bin/env node
// Converts Natural Earth country shapes from the `world-atlas` npm package into the compact form the
// Rust core embeds (data/geo/countries.json). Decoding is done by `topojson-client` (the reference
// TopoJSON decoder), not by hand. Run by scripts/build.sh; the output is committed so that a plain
// `cargo build` needs no Node, and scripts/check.sh fails if the committed file is stale.
//
// Output: { source, license, scale, countries: [{ id, name, rings: [[x0, y0, dx1, dy1, ...], ...] }] }
// where x/y are longitude/latitude in 1/scale degrees, the first pair absolute and the rest deltas
// (small integers compress well and keep the file a third of plain coordinates).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const atlas110 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const atlas50 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const atlasVersion = require('world-atlas/package.json').version;

const SCALE = 100; // 0.01 degree (about 1 km): finer than the 1:110m source, coarse enough to be small.
const ANTARCTICA = '010'; // not part of this story; dropping it frames the world view better.

// Names as readers know them; world-atlas abbreviates some ("Dem. Rep. Congo").
function nameFor(f) {
  const alpha3 = f.id ? countries.numericToAlpha3(f.id) : undefined;
  return { id: alpha3 ?? null, name: f.properties.name };
}

function encodeRing(ring) {
  const out = [];
  let px = 0, py = 0, first = true;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * SCALE), y = Math.round(lat * SCALE);
    if (!first && x === px && y === py) continue; // collapse points that quantise together
    out.push(first ? x : x - px, first ? y : y - py);
    px = x; py = y; first = false;
  }
  return out.length >= 6 ? out : null; // fewer than 3 points is no area
}

// Keeps the part of a ring on one side of the meridian `lon = c` (Sutherland–Hodgman against one
// edge): `keepWest` keeps lon <= c, else lon >= c.
function clipAt(ring, c, keepWest) {
  const inside = ([lon]) => (keepWest ? lon <= c : lon >= c);
  const cross = ([x0, y0], [x1, y1]) => [c, y0 + ((c - x0) / (x1 - x0)) * (y1 - y0)];
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) {
      out.push(cross(a, b));
    }
  }
  return out;
}

// Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180;
// drawn as they are, they smear a band across the whole map. Unwrap the longitudes so the ring is
// continuous, then cut it at ±180 and move the overhanging part to the other side.
function splitAtAntimeridian(ring) {
  const unwrapped = [ring[0]];
  for (const [lon0, lat] of ring.slice(1)) {
    let lon = lon0;
    const prev = unwrapped[unwrapped.length - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    unwrapped.push([lon, lat]);
  }
  const lons = unwrapped.map(([lon]) => lon);
  const [min, max] = [Math.min(...lons), Math.max(...lons)];
  if (min >= -180 && max <= 180) return [ring];
  const edge = max > 180 ? 180 : -180;
  const shift = max > 180 ? -360 : 360;
  const home = clipAt(unwrapped, edge, edge === 180);
  const over = clipAt(unwrapped, edge, edge !== 180).map(([lon, lat]) => [lon + shift, lat]);
  return [home, over].filter((r) => r.length >= 3);
}

function rings(geometry) {
  if (!geometry) return [];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.flat().flatMap(splitAtAntimeridian).map(encodeRing).filter(Boolean);
}

const coarse = feature(atlas110, atlas110.objects.countries).features;
const fine = feature(atlas50, atlas50.objects.countries).features;
const coarseIds = new Set(coarse.map((f) => f.id));

// Every country of the 1:110m file, plus the small states it leaves out (Bahrain, Singapore, Malta...)
// from the 1:50m file.
const chosen = [
  ...coarse.filter((f) => f.id !== ANTARCTICA),
  ...fine.filter((f) => f.id && !coarseIds.has(f.id)),
];

const out = chosen
  .map((f) => ({ ...nameFor(f), rings: rings(f.geometry) }))
  .filter((c) => c.rings.length > 0)
  .sort((a, b) => (a.id ?? '~' + a.name).localeCompare(b.id ?? '~' + b.name));

const doc = {
  source: `world-atlas ${atlasVersion} (Natural Earth): countries-110m, plus countries-50m for states absent from it`,
  license: 'Natural Earth data is in the public domain; world-atlas is ISC-licensed.',
  scale: SCALE,
  countries: out,
};
// One country per line: diffs stay readable when the source or the encoding changes.
const body = doc.countries.map((c) => '  ' + JSON.stringify(c)).join(',\n');
const head = JSON.stringify({ source: doc.source, license: doc.license, scale: doc.scale }).slice(0, -1);
const text = `${head},"countries":[\n${body}\n]}\n`;
const target = process.argv[2] ?? 'data/geo/countries.json';
writeFileSync(target, text);
// Beside the shapes, every assigned ISO 3166-1 alpha-3 code, so the validator can tell a real
// state code from a typo ("FRN") without the shapes (some states, e.g. Tuvalu, have no shape here).
const codes = Object.keys(countries.getAlpha3Codes()).sort();
writeFileSync(join(dirname(target), 'iso3166-alpha3.txt'), codes.join('\n') + '\n');
const points = out.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
console.error(`build-shapes: ${out.length} countries, ${points} points -> ${target} (${text.length} bytes)`);
