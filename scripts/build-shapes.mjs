#!/usr/bin/env node
// Converts Natural Earth country shapes from the `world-atlas` npm package into the compact form the
// Rust core embeds (data/geo/countries.json, decoded by src/geo/shapes.rs). Decoding is done by
// `topojson-client` (the reference TopoJSON decoder), not by hand. Run by scripts/build.sh; the output
// is committed so that a plain `cargo build` needs no Node, and scripts/check.sh fails if the
// committed file is stale.
//
// Output: { source, license, scale, countries: [{ id, name, scale?, rings: [[x0, y0, dx1, dy1, ...], ...] }] }
// - x/y are longitude/latitude in 1/scale degrees: the file's `scale` (20, i.e. 0.05 degree), or the
//   country's own `scale` where it has one (100, for the few tiny islands that would collapse at 0.05).
// - Each ring's first pair is absolute, the rest are deltas from the previous point (small integers
//   compress well). The points are rounded to the grid first and the deltas taken between rounded
//   points, so rounding errors never accumulate along a ring.
// - Rings are closed implicitly: the last point is not repeated. No two consecutive points are equal,
//   and every ring has at least 3 distinct points and a non-zero area.
// - Outer rings and holes are not told apart (the map fills with the even-odd rule).
//
// Why 0.05 degree: the region framing shows about 0.1 degree per CSS px, so the rounding (at most
// 0.035 degree) stays below a device pixel even at devicePixelRatio 2, and the 1:110m source is
// coarser than that anyway. It saves about a quarter of the file's gzip size against 0.01 degree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const atlas110 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const atlas50 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const atlasVersion = require('world-atlas/package.json').version;

const SCALE = 20; // 0.05 degree: below a device pixel in both framings (see the header).
// Countries with a ring that would collapse at SCALE (Vatican, Monaco, atolls of Kiribati...) are kept
// at this finer grid instead, so no state vanishes or degenerates into a line.
const FINE_SCALE = 100;
const ANTARCTICA = '010'; // not part of this story; dropping it frames the world view better.

// States ISO 3166-1 does not list, by their Natural Earth name, with the user-assigned code the
// dataset uses for them (src/dataset.rs, USER_ASSIGNED): Kosovo is on the coalition's partner list.
const USER_ASSIGNED = { Kosovo: 'XKX' };

// Names as readers know them; world-atlas abbreviates some ("Dem. Rep. Congo").
function nameFor(f) {
  const alpha3 = f.id ? countries.numericToAlpha3(f.id) : USER_ASSIGNED[f.properties.name];
  return { id: alpha3 ?? null, name: f.properties.name };
}

// The ring on the grid of 1/scale degree: consecutive repeats and the closing point dropped, or null
// if fewer than 3 distinct points or no area are left.
function quantize(ring, scale) {
  const out = [];
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * scale), y = Math.round(lat * scale);
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) {
    out.pop();
  }
  let twiceArea = 0; // exact: integers
  for (let i = 0; i < out.length; i++) {
    const [x0, y0] = out[i], [x1, y1] = out[(i + 1) % out.length];
    twiceArea += x0 * y1 - x1 * y0;
  }
  const distinct = new Set(out.map(([x, y]) => `${x},${y}`)).size;
  return distinct >= 3 && twiceArea !== 0 ? out : null;
}

// First point absolute, then deltas between the rounded points.
function deltas(points) {
  const out = [];
  let px = 0, py = 0;
  for (const [x, y] of points) {
    out.push(x - px, y - py);
    px = x; py = y;
  }
  return out;
}

// A country's rings at SCALE, or at FINE_SCALE if one of them would not survive SCALE. Rings that are
// degenerate even at FINE_SCALE (a zero-area sliver in North Korea's source) are dropped.
function encodeRings(rings) {
  const fine = rings.map((r) => quantize(r, FINE_SCALE));
  const coarse = rings.map((r) => quantize(r, SCALE));
  const [scale, coded] = coarse.every((q, i) => q || !fine[i]) ? [SCALE, coarse] : [FINE_SCALE, fine];
  return { scale, rings: coded.filter(Boolean).map(deltas) };
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
  return polys.flat().flatMap(splitAtAntimeridian);
}

const coarse = feature(atlas110, atlas110.objects.countries).features;
const fine = feature(atlas50, atlas50.objects.countries).features;
const coarseIds = new Set(coarse.map((f) => f.id));

// Where the story is, the map zooms in (the Gulf & Levant framing, then up to 120 px a degree), and
// the 1:110m outlines look coarse: countries lying wholly within this box (the framing's box in
// src/geo/projection.rs widened by 5 degrees: Egypt to Iran, Turkey to Yemen) take the 1:50m
// outline instead. Wholly within, so that no country half in the box and half out (Russia, Sudan)
// pays for detail far from the story. Neighbours at the two resolutions meet within a grid step.
const DETAIL_BOX = [20.5, 10.5, 78.0, 47.5]; // west, south, east, north
function withinDetailBox(f) {
  const points = rings(f.geometry).flat();
  return (
    points.length > 0 &&
    points.every(([lon, lat]) => lon >= DETAIL_BOX[0] && lon <= DETAIL_BOX[2] && lat >= DETAIL_BOX[1] && lat <= DETAIL_BOX[3])
  );
}
const fineById = new Map(fine.filter((f) => f.id).map((f) => [f.id, f]));
const detailed = (f) => (f.id && fineById.has(f.id) && withinDetailBox(f) ? fineById.get(f.id) : f);

// Every country of the 1:110m file (at 1:50m within the detail box), plus the small states it
// leaves out (Bahrain, Singapore, Malta...) from the 1:50m file.
const chosen = [
  ...coarse.filter((f) => f.id !== ANTARCTICA).map(detailed),
  ...fine.filter((f) => f.id && !coarseIds.has(f.id)),
];

const out = chosen
  .map((f) => {
    const { scale, rings: coded } = encodeRings(rings(f.geometry));
    return { ...nameFor(f), ...(scale === SCALE ? {} : { scale }), rings: coded };
  })
  .filter((c) => c.rings.length > 0)
  .sort((a, b) => (a.id ?? '~' + a.name).localeCompare(b.id ?? '~' + b.name));

const doc = {
  source: `world-atlas ${atlasVersion} (Natural Earth): countries-110m, with countries-50m for the Gulf and the Levant and for states absent from 110m`,
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
const finer = out.filter((c) => c.scale).map((c) => c.id ?? c.name);
const atFifty = chosen.filter((f) => fine.includes(f) && coarseIds.has(f.id)).map((f) => nameFor(f).id);
console.error(`build-shapes: at 1:50m in the detail box: ${atFifty.join(' ')}`);
console.error(
  `build-shapes: ${out.length} countries, ${points} points -> ${target} (${Buffer.byteLength(text)} bytes);` +
    ` at 1/${FINE_SCALE} degree: ${finer.join(' ')}`,
);
