// Ambient declarations for the type check (tsconfig.json) of what is not Rust's to declare: the
// viewer template imported as text (esbuild's text loader, scripts/bundle.mjs) and the page's
// public handle on window (app.js). The wasm API's own types come from www/pkg/coalition_map.d.ts.
declare module '*.html' {
  const text: string;
  export default text;
}

interface Window {
  /** The page's public API (app.js), for embedders and end-to-end tests. */
  coalitionMap: { ready: Promise<boolean>; [method: string]: unknown };
  /** Set by app.js once the live viewer takes over: early.js (the answer before the wasm) steps aside. */
  coalitionLive?: boolean;
  /** Set by first-paint.js on the page: starts the app's bundle and the wasm, once (early.js
   *  calls it after its answer for a link it answers). */
  coalitionStartApp?: () => void;
  /** The words of the page's language (words.<tag>.json, parsed) first-paint.js asked for, by tag. */
  coalitionWords?: Record<string, Promise<any>>;
  /** The baked files first-paint.js fetched for a link early.js answers, by name, parsed. */
  coalitionEarlyFiles?: Record<string, Promise<any>>;
  /** A click on the baked map before early.js listened (first-paint.js keeps it; early.js answers it). */
  coalitionEarlyPick?: string;
  /** A search sent before the live viewer took over (first-paint.js), which app.js sends again
   *  unless early.js answered it from the baked names. */
  coalitionEarlySearch?: boolean;
  /** early.js's answer to a search sent before the live viewer (first-paint.js calls it). */
  coalitionEarlyFind?: () => Promise<boolean>;
  /** early.js listens to the baked map itself now. */
  coalitionEarlyListening?: boolean;
  /** Set by embed.html's first-paint script (embed-first-paint.js): called by the iframe's
   *  answer module (embed-answer.js) as it starts, so the element's bundle and the wasm are asked for. */
  coalitionEmbedAnswer?: (value?: unknown) => void;
}

/** The constructed sheet of the baked map's early colours (www/early-paint.js) carries its state,
 *  as two bundles paint it. */
interface CSSStyleSheet {
  coalitionEarly?: boolean;
  coalitionViewed?: boolean;
  coalitionRules?: string;
}

/** The package's version, written in by scripts/bundle.mjs and scripts/package.mjs (esbuild's define). */
declare const __COALITION_MAP_VERSION__: string | undefined;

/** The timeline's heights (CSS px) in the default view by width, per mode: `[width, height]` runs,
 *  written in by scripts/bundle.mjs and scripts/package.mjs (esbuild's define; www/timeline-card.js). */
declare const __TIMELINE_HEIGHTS__: { actor: [number, number][]; kind: [number, number][] } | null | undefined;
