// The two pages the benchmark compares (scripts/bench.mjs, scripts/lighthouse.mjs): ours (www/, as
// scripts/build.sh left it) and the lean D3 baseline of the same map (bench/baseline/, D3 v7 +
// topojson-client, bundled and minified by vite), built here and served side by side by one server,
// both compressed as a static host would send them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, ROOT } from '../tests/e2e/harness.mjs';

const require = createRequire(import.meta.url);
const log = (...a) => console.error('bench:', ...a);

const cargoEnv = { ...process.env };
export function cargo(args) {
  const r = spawnSync('cargo', args, { cwd: ROOT, env: cargoEnv, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`cargo ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

// ---------- the baseline's inputs and bundle ----------
const BASE = join(ROOT, 'bench/baseline');

/** The status colours from src/palette.rs (so a palette change shows up in the baseline too);
 *  the values below, as of writing, where the file can no longer be read that way. */
const PALETTE_FALLBACK = {
  sea: '#f3f6f9', land: '#dddbd5', border: '#ffffff',
  colors: {
    military_pledge: '#0072b2', host: '#cc79a7', signed: '#009e73', attended: '#56b4e9',
    attended_not_signed: '#f0e442', rejected: '#d55e00', not_invited: '#e69f00',
  },
};
function palette() {
  const src = readFileSync(join(ROOT, 'src/palette.rs'), 'utf8');
  const hex = (r, g, b) => `#${[r, g, b].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
  const rgb = String.raw`RGBColor\((0x[0-9A-Fa-f]{2}), (0x[0-9A-Fa-f]{2}), (0x[0-9A-Fa-f]{2})\)`;
  // The light theme's neutral colours: `Theme::LIGHT = Theme { sea: RGBColor(..), .. }`, or the
  // older `const SEA: RGBColor = RGBColor(..)`.
  const light = src.slice(Math.max(0, src.indexOf('LIGHT')), src.indexOf('DARK') > 0 ? src.indexOf('DARK') : undefined);
  const neutral = (field) => {
    const m = light.match(new RegExp(`\\b${field}: ${rgb}`)) ?? src.match(new RegExp(`const ${field.toUpperCase()}: RGBColor = ${rgb}`));
    if (m) return hex(m[1], m[2], m[3]);
    log(`warning: palette.rs: no ${field} colour found; using ${PALETTE_FALLBACK[field]}`);
    return PALETTE_FALLBACK[field];
  };
  const body = src.slice(src.indexOf('pub fn status('));
  const colors = {};
  for (const m of body.matchAll(new RegExp(String.raw`Status::(\w+) => ${rgb}`, 'g'))) {
    const key = m[1].replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c.toLowerCase());
    colors[key] ??= hex(m[2], m[3], m[4]);
  }
  const missing = Object.keys(PALETTE_FALLBACK.colors).filter((k) => !colors[k]);
  if (missing.length) log(`warning: palette.rs: no colour for ${missing.join(', ')}; using the fallback`);
  return {
    sea: neutral('sea'), land: neutral('land'), border: neutral('border'),
    colors: { ...PALETTE_FALLBACK.colors, ...colors },
  };
}

const LABELS = {
  military_pledge: 'Pledged military support', host: 'Host or venue', signed: 'Signed Jeddah communiqué',
  attended: 'Attended Paris', attended_not_signed: 'Attended, did not sign', rejected: 'Rejected cooperation',
  not_invited: 'Not invited',
};

export function buildBaseline() {
  log('status colours from `cargo run --release --bin coalition -- countries --json`');
  const actors = JSON.parse(cargo(['run', '-q', '--release', '--bin', 'coalition', '--', 'countries', '--json']));
  const byAlpha3 = new Map(actors.filter((a) => a.status).map((a) => [a.id, a.status]));
  const iso = require('i18n-iso-countries');
  const atlasFile = require.resolve('world-atlas/countries-110m.json');
  const atlas = JSON.parse(readFileSync(atlasFile, 'utf8'));
  const status = {};
  for (const g of atlas.objects.countries.geometries) {
    const a3 = g.id ? iso.numericToAlpha3(g.id) : undefined;
    if (a3 && byAlpha3.has(a3)) status[g.id] = byAlpha3.get(a3);
  }
  const pal = palette();
  const legend = Object.keys(LABELS).map((key) => ({
    key, label: LABELS[key], color: pal.colors[key],
    count: Object.values(status).filter((s) => s === key).length,
  }));
  const pub = join(BASE, 'public');
  mkdirSync(pub, { recursive: true });
  writeFileSync(join(pub, 'status-colors.json'), JSON.stringify({ ...pal, status, legend }));
  cpSync(atlasFile, join(pub, 'countries-110m.json'));
  log(`baseline: ${Object.keys(status).length} coloured countries; bundling with vite`);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(BASE, 'vite.config.mjs')],
    { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  return join(BASE, 'dist');
}

// ---------- one server for both pages ----------

/** What a phone reader opens (issue 29): the default view, a shared link, and the D3 page at the
 *  size of our map on a 412 px wide phone. Paths under servePages()'s url. */
export const PHONE_PATHS = {
  ours: 'app/',
  deep: 'app/?country=FRA&date=2014-09-11',
  d3: 'baseline/?w=380&h=300',
};

/** Snapshots both pages into one served root (so an edit to www/ during a run cannot mix versions):
 *  www/ at app/, the baseline's build at baseline/, which gets the gzip and brotli copies the build
 *  gives www/ (scripts/precompress.mjs; scripts/serve.mjs sends only copies it finds, so the D3
 *  page went out uncompressed). Resolves to { url, root, close }. */
export async function servePages(baselineDist, prefix = 'coalition-bench-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  // Timestamps kept: serve.mjs sends a compressed copy only when it is not older than its file.
  cpSync(join(ROOT, 'www'), join(root, 'app'), { recursive: true, preserveTimestamps: true });
  cpSync(baselineDist, join(root, 'baseline'), { recursive: true, preserveTimestamps: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/precompress.mjs'), '--root', join(root, 'baseline')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`precompress.mjs failed on the baseline:\n${r.stdout}\n${r.stderr}`);
  const server = await serve({ root });
  return {
    url: server.url, root,
    close: () => { server.close(); rmSync(root, { recursive: true, force: true }); },
  };
}

/** A Markdown table of `rows` under `headers`, columns padded (what both benchmarks print). */
export function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(w[i])).join(' | ')} |`;
  return [line(headers), `| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
