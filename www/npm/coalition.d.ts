// Types of the package's API entry, `coalition-map` (coalition.js): the wasm glue's own types
// (wasm-pack's coalition_map.d.ts, whose result types are generated from the Rust types) plus what
// coalition.js adds. Copied into the package by scripts/package.mjs.
export * from './coalition_map.js';
export { default } from './coalition_map.js';

/**
 * Fetch the package's files (the three .wasm modules, the element's embed.bundle.css) from this folder
 * instead of beside the modules: for bundlers that do not copy files named by
 * `new URL('…', import.meta.url)` (esbuild), or a CDN. Call it before the first `init()` or the first
 * `<coalition-map>` connects (in the same script as the import is early enough); `null` resets it.
 */
export declare function setAssetBase(url: string | URL | null): void;

/** The second wasm module (validation; the JSON, CSV and SVG exports), loaded on first use, once per page. */
export declare function tools(): Promise<typeof import('./coalition_tools.js')>;

/** The third wasm module (the timeline: drawing, hit-test, steps, its window), loaded once per page;
 *  `Coalition.loadTimeline()` calls it. */
export declare function timelineModule(): Promise<typeof import('./coalition_timeline.js')>;

/** Hands a language's tables (words.<lang>.json) to the first module and to the timeline's. */
export declare function setLocale(lang: string, words: string[], names: string[]): void;
