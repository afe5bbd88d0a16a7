// The constants esbuild writes into every bundle of www/ (scripts/bundle.mjs) and into the npm
// package's entry (scripts/package.mjs), from one place so the two builds cannot differ:
// `__COALITION_MAP_VERSION__`, which the element states when a second copy meets the first on a
// page, and `__TIMELINE_HEIGHTS__`, the timeline's heights in the default view by width
// (scripts/build.sh writes them with `cargo run --example timeline_heights`; `null` when it has
// not), which give the timeline card its final size before its module arrives (www/timeline-card.js).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEIGHTS = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'target/timeline-heights.json');

/** esbuild's `define` for a build of the package at `version`. */
export function bundleDefines(version) {
  return {
    __COALITION_MAP_VERSION__: JSON.stringify(version),
    __TIMELINE_HEIGHTS__: existsSync(HEIGHTS) ? readFileSync(HEIGHTS, 'utf8').trim() : 'null',
  };
}
