#!/usr/bin/env node
// Lighthouse's mobile preset (issue 29: "Lighthouse (mobile) FCP no later than the D3 page's,
// Performance ≥ 98") on our page and on the lean D3 page the benchmark compares with, both served
// compressed by one server (scripts/bench-pages.mjs), so the figures in the README can be made again.
//
// Usage: bash scripts/build.sh && node scripts/lighthouse.mjs [--runs N] [--baseline DIR]
//   --runs N        Lighthouse runs per page (default 5, about 4 minutes here; the medians are printed).
//   --baseline DIR  the D3 page's build (bench/baseline/dist) when the caller has just built it
//                   (scripts/bench.mjs passes it); otherwise it is built here, as bench.mjs does.
//
// The preset is Lighthouse's default: a phone's screen (412×823 at 1.75 dpr) and simulated
// throttling (150 ms round trip, 1.6 Mbit/s down, the CPU 4× slower: the load is recorded unthrottled
// and the metrics are computed for the phone). Pages: the default view, a shared link
// (?country=FRA&date=2014-09-11) and the D3 page, runs interleaved, each in a fresh Chromium (Debian's,
// /usr/bin/chromium or $CHROMIUM; nothing is downloaded). It is a measurement: figures are printed
// with met/missed and never fail the run; the exit code is non-zero only when Lighthouse could not
// run. The medians and diagnostics go to test-results/lighthouse.json, each page's last report to
// test-results/lighthouse/<page>.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness.mjs';
import { buildBaseline, PHONE_PATHS, servePages, table } from './bench-pages.mjs';

const log = (...a) => console.error('lighthouse:', ...a);
/** Stops the script with a sentence and a non-zero exit: Lighthouse could not run. */
function die(sentence) {
  console.error(`lighthouse: ${sentence}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('runs') ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) die(`--runs takes a whole number of runs, not "${opt('runs')}".`);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The metrics of the table: Lighthouse 13's audit ids (TTI is a hidden audit now, still computed). */
const METRICS = [
  ['FCP', 'first-contentful-paint'], ['LCP', 'largest-contentful-paint'], ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'], ['SI', 'speed-index'], ['TTI', 'interactive'],
];
const PAGES = { ours: 'default view', deep: 'shared link ?country=FRA&date=2014-09-11', d3: 'lean D3 page' };

// ---------- preconditions ----------
if (!existsSync(join(ROOT, 'www/pkg/coalition_map_bg.wasm')) || !existsSync(join(ROOT, 'www/index.html'))) {
  die('www/ has no build (www/pkg or www/index.html is missing): run `bash scripts/build.sh` first.');
}
if (!existsSync(CHROMIUM)) die(`no Chromium at ${CHROMIUM} (Debian's chromium package, or set CHROMIUM): Lighthouse cannot run.`);
let lighthouse;
try {
  ({ default: lighthouse } = await import('lighthouse'));
} catch (e) {
  die(`the lighthouse package cannot be loaded (${e.message}): run \`npm ci\`.`);
}

// ---------- statistics ----------
function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

// ---------- one run ----------

/** A fresh headless Chromium with its DevTools port (read from its "DevTools listening" line). */
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'coalition-lighthouse-profile-'));
  const removeProfile = () => {
    // Its helper processes may still be writing as the browser exits: retried, never fatal.
    try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }); } catch (e) { log(`could not remove ${profile}: ${e.message}`); }
  };
  const child = spawn(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps',
    '--disable-extensions', '--mute-audio', '--disable-dev-shm-usage', '--remote-debugging-port=0',
    `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port in 30 s:\n${err}`)), 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited with ${code}${err.trim() ? `: ${err.trim()}` : ', printing nothing'}`)); });
  }).catch((e) => {
    if (child.exitCode === null) child.kill();
    removeProfile();
    throw e;
  });
  // The full version (Lighthouse's report carries the reduced user agent, Chrome/156.0.0.0).
  const version = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.json()).then((v) => v.Browser, () => undefined);
  return {
    port, version,
    close: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill();
        await gone;
      }
      removeProfile();
    },
  };
}

/** One Lighthouse run of `url` (mobile preset) in a fresh Chromium: the report (LHR), with the
 *  browser's version as `chromium`. */
async function run(url) {
  const chrome = await launch();
  // Lighthouse's trace engine prints the stack of an insight it cannot compute (on the D3 page, the
  // LCP breakdown: "LanternError: NO_LCP") and goes on; the report says which insights are missing.
  const printError = console.error;
  console.error = (...a) => { if (a[0]?.constructor?.name !== 'LanternError') printError(...a); };
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return Object.assign(lhr, { chromium: chrome.version });
  } finally {
    console.error = printError;
    await chrome.close();
  }
}

/** What one report says: the scores, the metrics, and why the first paint came when it did. */
function figures(lhr) {
  const a = lhr.audits;
  const out = { warnings: lhr.runWarnings ?? [] };
  for (const c of CATEGORIES) out[c] = Math.round((lhr.categories[c]?.score ?? NaN) * 100);
  for (const [name, id] of METRICS) out[name] = a[id]?.numericValue;
  // The points of the Performance score each metric loses (its weight times its shortfall).
  const refs = (lhr.categories.performance?.auditRefs ?? []).filter((r) => r.weight > 0);
  const total = refs.reduce((t, r) => t + r.weight, 0);
  out.pointsLost = Object.fromEntries(refs.map((r) => [METRICS.find(([, id]) => id === r.id)?.[0] ?? r.id,
    (100 * r.weight * (1 - (a[r.id]?.score ?? 0))) / total]));
  // Render-blocking requests and what they cost the first paint (Lighthouse's estimate).
  out.renderBlocking = (a['render-blocking-insight']?.details?.items ?? []).map((i) => ({ url: i.url, bytes: i.totalBytes, wastedMs: i.wastedMs }));
  out.renderBlockingFcp = a['render-blocking-insight']?.metricSavings?.FCP;
  // The LCP element and its phases (time to first byte, load delay, load time, render delay).
  const lcp = a['lcp-breakdown-insight']?.details?.items ?? [];
  out.lcpElement = lcp.map((i) => i.type === 'node' ? (i.nodeLabel || i.snippet) : null).find(Boolean)
    ?? lcp.flatMap((i) => i.items ?? []).map((i) => i.node?.nodeLabel || i.node?.snippet).find(Boolean);
  out.lcpPhases = Object.fromEntries(lcp.filter((i) => i.type === 'table').flatMap((t) => t.items ?? [])
    .filter((i) => i.label && Number.isFinite(i.duration)).map((i) => [i.label, i.duration]));
  out.mainThread = Object.fromEntries((a['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.groupLabel ?? i.group, i.duration]));
  out.bootup = a['bootup-time']?.numericValue;
  out.requests = (a['network-requests']?.details?.items ?? []).length;
  out.bytes = a['total-byte-weight']?.numericValue;
  return out;
}

// ---------- report ----------
const sec = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : 'n/a');
const msf = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const score = (v) => (Number.isFinite(v) ? String(Math.round(v)) : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? `${(a / b).toFixed(2)}×` : 'n/a');

async function main() {
  const started = Date.now();
  const res = {
    date: new Date().toISOString(), runs: RUNS, lighthouse: null,
    machine: `${cpus().length} cores, ${cpus()[0]?.model?.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    loadavgAtStart: loadavg().map((x) => x.toFixed(2)).join(' '),
  };
  let dist = opt('baseline');
  if (!dist) {
    try { dist = buildBaseline(); } catch (e) { die(`could not build the D3 page (${e.message.split('\n')[0]}).`); }
  }
  if (!existsSync(join(dist, 'index.html'))) die(`${dist} holds no D3 page (index.html).`);
  const server = await servePages(dist, 'coalition-lighthouse-');
  const reports = { ours: [], deep: [], d3: [] };
  const errors = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, the order turned each round, so a change in the machine's load falls on all three.
      for (const which of i % 2 ? ['d3', 'deep', 'ours'] : ['ours', 'deep', 'd3']) {
        log(`run ${i + 1}/${RUNS}: ${PAGES[which]}`);
        try {
          const lhr = await run(server.url + PHONE_PATHS[which]);
          res.lighthouse ??= `${lhr.lighthouseVersion}, ${lhr.chromium ?? 'Chromium ?'}`;
          reports[which].push(lhr);
        } catch (e) {
          errors.push(`${PAGES[which]}: ${e.message}`);
          log(`${PAGES[which]}: ${e.message}`);
        }
      }
    }
  } finally {
    server.close();
  }
  res.loadavgAtEnd = loadavg().map((x) => x.toFixed(2)).join(' ');
  const missing = Object.keys(reports).filter((w) => !reports[w].length);
  if (missing.length) die(`Lighthouse could not run on ${missing.map((w) => PAGES[w]).join(', ')}:\n  ${errors.join('\n  ')}`);

  // Medians per page; the diagnostics of the run whose FCP is the median (the run a reader of the
  // figures would look at).
  const med = {};
  for (const [which, lhrs] of Object.entries(reports)) {
    const figs = lhrs.map(figures);
    const m = { runs: figs.length };
    for (const k of [...CATEGORIES, ...METRICS.map(([n]) => n)]) m[k] = median(figs.map((f) => f[k]));
    const typical = figs.reduce((best, f) => (Math.abs(f.FCP - m.FCP) < Math.abs(best.FCP - m.FCP) ? f : best));
    Object.assign(m, { ranges: Object.fromEntries(['performance', 'FCP', 'LCP', 'TBT'].map((k) => [k, [Math.min(...figs.map((f) => f[k])), Math.max(...figs.map((f) => f[k]))]])) });
    m.diagnostics = typical;
    m.each = figs.map((f) => Object.fromEntries([...CATEGORIES, ...METRICS.map(([n]) => n)].map((k) => [k, f[k]])));
    med[which] = m;
  }
  res.pages = med;
  res.errors = errors;

  const o = med.ours;
  const dp = med.deep;
  const d = med.d3;
  const rows = [
    ...CATEGORIES.map((c) => [c === 'best-practices' ? 'Best Practices' : c === 'seo' ? 'SEO' : c[0].toUpperCase() + c.slice(1),
      score(o[c]), score(dp[c]), score(d[c])]),
    ...METRICS.map(([n]) => [n, n === 'CLS' ? o[n]?.toFixed(3) : n === 'TBT' ? msf(o[n]) : sec(o[n]),
      n === 'CLS' ? dp[n]?.toFixed(3) : n === 'TBT' ? msf(dp[n]) : sec(dp[n]),
      n === 'CLS' ? d[n]?.toFixed(3) : n === 'TBT' ? msf(d[n]) : sec(d[n])]),
    ['Performance, lowest–highest run', ...[o, dp, d].map((p) => `${p.ranges.performance[0]}–${p.ranges.performance[1]}`)],
    ['FCP, lowest–highest run', ...[o, dp, d].map((p) => `${sec(p.ranges.FCP[0])}–${sec(p.ranges.FCP[1])}`)],
  ];
  console.log(`\nLighthouse, mobile preset (simulated throttling: 150 ms round trip, 1.6 Mbit/s, CPU 4×), medians of ${RUNS} run(s) each, interleaved`);
  console.log(`(${res.date.slice(0, 16).replace('T', ' ')} UTC, ${res.machine}; Lighthouse ${res.lighthouse}; load average ${res.loadavgAtStart} → ${res.loadavgAtEnd})`);
  console.log(table(['', 'ours, default view', 'ours, shared link', 'lean D3 page'], rows));

  const budgets = [];
  const budget = (what, ok, shown) => budgets.push([what, shown, ok === null ? 'not measured' : ok ? 'met' : 'MISSED']);
  const fcpOk = (p) => (Number.isFinite(p.FCP) && Number.isFinite(d.FCP) ? p.FCP <= d.FCP : null);
  budget('FCP no later than the D3 page\'s (default view)', fcpOk(o), `${sec(o.FCP)} vs ${sec(d.FCP)}: ${ratio(o.FCP, d.FCP)}`);
  budget('Performance ≥ 98 (default view)', Number.isFinite(o.performance) ? o.performance >= 98 : null, score(o.performance));
  budget('FCP no later than the D3 page\'s (shared link)', fcpOk(dp), `${sec(dp.FCP)} vs ${sec(d.FCP)}: ${ratio(dp.FCP, d.FCP)}`);
  budget('Performance ≥ 98 (shared link)', Number.isFinite(dp.performance) ? dp.performance >= 98 : null, score(dp.performance));
  console.log('\nBudgets (issue 29)');
  console.log(table(['budget', 'measured', ''], budgets));
  res.budgets = budgets;

  // Why: what held the first paint back, and where the main thread went (the median-FCP run).
  for (const [which, p] of Object.entries(med)) {
    const g = p.diagnostics;
    console.log(`\nWhy, ${PAGES[which]} (the run nearest the median FCP: FCP ${sec(g.FCP)}, LCP ${sec(g.LCP)}; ${g.requests} requests, ${Math.round((g.bytes ?? NaN) / 1000)} KB transferred)`);
    const lost = Object.entries(g.pointsLost).filter(([, v]) => v >= 0.5).sort((x, y) => y[1] - x[1]);
    console.log(`  Performance ${g.performance}: points lost ${lost.length ? lost.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') : 'none'}`);
    if (g.renderBlocking.length) {
      console.log(`  render-blocking requests (Lighthouse's estimate of what removing them saves the FCP: ${msf(g.renderBlockingFcp)}):`);
      for (const r of g.renderBlocking) console.log(`    ${r.url.replace(server.url, '/')}  ${(r.bytes / 1000).toFixed(1)} KB, ${msf(r.wastedMs)}`);
    } else console.log('  no render-blocking requests');
    console.log(`  LCP element: ${g.lcpElement ?? 'n/a'}`);
    if (Object.keys(g.lcpPhases).length) console.log(`  LCP phases: ${Object.entries(g.lcpPhases).map(([k, v]) => `${k} ${msf(v)}`).join(', ')}`);
    const mt = Object.entries(g.mainThread).sort((x, y) => y[1] - x[1]);
    console.log(`  main-thread work (4× CPU): ${msf(mt.reduce((t, [, v]) => t + v, 0))}: ${mt.slice(0, 5).map(([k, v]) => `${k} ${msf(v)}`).join(', ')}`);
    for (const w of g.warnings) console.log(`  Lighthouse warns: ${w}`);
  }

  mkdirSync(join(ROOT, 'test-results/lighthouse'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/lighthouse.json'), `${JSON.stringify(res, null, 2)}\n`);
  for (const [which, lhrs] of Object.entries(reports)) {
    writeFileSync(join(ROOT, `test-results/lighthouse/${which}.json`), JSON.stringify(lhrs.at(-1)));
  }
  if (errors.length) console.log(`\n${errors.length} run(s) failed and are left out of the medians:\n  ${errors.join('\n  ')}`);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; figures also in test-results/lighthouse.json, the last report of each page in test-results/lighthouse/)`);
}

main().catch((e) => die(`Lighthouse could not run: ${e.stack ?? e}`));
