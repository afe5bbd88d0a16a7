#!/usr/bin/env node
// Writes a dataset N times the embedded one, for measuring the page at scale (issue 18): every
// pledge, statement and event — what the map, the timeline, the panel and the table view draw —
// repeated N times under new ids (`-x2`, `-x3`…), on the same actors; and every actor repeated N
// times (at most 50: 3,700 actors at 100×) as an organisation off the map (`fra-x2`, "France (copy 2)", no aliases: a state's id is
// its ISO code) with its conference roles, so the table view has N times the rows and a date step
// changes some of them (issue 30: 3,000+ actors). Sources, people, conferences, listings, figures
// and disputes as they are (100 copies of the listings' excerpts or the disputes' long texts would
// pass the 5 MB limit). It validates like the embedded dataset.
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

const copies = (list, rename, times = n) => Array.from({ length: times }, (_, i) => list.map((r) => (i === 0 ? r : rename(structuredClone(r), `-x${i + 1}`)))).flat();
const suffix = (id, s) => `${id}${s}`;

data.pledges = copies(data.pledges, (p, s) => ({ ...p, id: suffix(p.id, s) }));
data.statements = copies(data.statements, (st, s) => ({ ...st, id: suffix(st.id, s) }));
data.events = copies(data.events, (e, s) => ({ ...e, id: suffix(e.id, s), pledges: (e.pledges ?? []).map((p) => suffix(p, s)) }));
// The copied actors, each with its conference roles (the originals keep theirs).
const copiedId = (id, s) => suffix(id.toLowerCase(), s);
// A copy and its roles cite their first source only, without aliases or notes, and at most 50
// copies: under the 5 MB limit at 100× (as the JSON download writes it).
const actorCopies = Math.min(n, 50);
data.actors = copies(data.actors, (a, s) => {
  const { aliases, ...rest } = a;
  return { ...rest, id: copiedId(a.id, s), kind: 'organisation', name: `${a.name} (copy ${s.slice(2)})`, sources: a.sources.slice(0, 1) };
}, actorCopies);
data.participations = copies(data.participations ?? [], (p, s) => {
  const { note, ...rest } = p;
  return { ...rest, actor: copiedId(p.actor, s), sources: p.sources.slice(0, 1) };
}, actorCopies);
process.stdout.write(JSON.stringify(data));
