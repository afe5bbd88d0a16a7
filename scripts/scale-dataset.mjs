#!/usr/bin/env node
// Writes a dataset N times the embedded one, for measuring the page at scale (issue 18): every
// pledge, statement and event — what the map, the timeline, the panel and the table view draw —
// repeated N times under new ids (`-x2`, `-x3`…); sources, actors, people, conferences,
// participations, figures and disputes as they are (there are only so many countries, and 100
// copies of the disputes' long texts alone would pass the 5 MB limit). It validates like the
// embedded dataset.
//
// Usage: node scripts/scale-dataset.mjs N [in.json] > out.json
//   in.json: a dataset as `coalition export --json` prints it (default: runs that command).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 1 || n > 1000) {
  console.error('usage: node scripts/scale-dataset.mjs N [in.json] > out.json   (N: 1 to 1000)');
  process.exit(2);
}
const source = process.argv[3]
  ? readFileSync(process.argv[3], 'utf8')
  : execFileSync('cargo', ['run', '-q', '--release', '--bin', 'coalition', '--', 'export', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const data = JSON.parse(source);

const copies = (list, rename) => Array.from({ length: n }, (_, i) => list.map((r) => (i === 0 ? r : rename(structuredClone(r), `-x${i + 1}`)))).flat();
const suffix = (id, s) => `${id}${s}`;

data.pledges = copies(data.pledges, (p, s) => ({ ...p, id: suffix(p.id, s) }));
data.statements = copies(data.statements, (st, s) => ({ ...st, id: suffix(st.id, s) }));
data.events = copies(data.events, (e, s) => ({ ...e, id: suffix(e.id, s), pledges: (e.pledges ?? []).map((p) => suffix(p, s)) }));
process.stdout.write(JSON.stringify(data));
