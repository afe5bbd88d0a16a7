//! TypeScript declarations for the objects the wasm API returns, appended to the generated `.d.ts`
//! so a TypeScript user (and `tsc --checkJs` over www/, scripts/check.sh) reads real types instead
//! of `any`. Those of the core's types are generated from the Rust types (`types.ts`, written by
//! tests/ts_types.rs, which fails when it is stale); the few shapes only this layer builds follow.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const GENERATED: &'static str = include_str!("types.ts");

#[wasm_bindgen(typescript_custom_section)]
const WEB_ONLY: &'static str = r#"
export type LegendEntry = Label;
/** How many items each long list of a record holds (countryHead cuts them). */
export interface RecordTotals { pledges: number; statements: number; events: number; }
export interface Point { x: number; y: number; }
export interface Hover { code: string | null; name: string; status: string | null; }
/** The answer of loadDataset: on failure the previous dataset stays. */
export interface LoadResult { ok: boolean; errors: { path: string; reason: string }[]; actors: number; events: number; }
/** What the package's entry (coalition.js) adds to the handle: loading a brought dataset and the CSV
 *  export do their work in the second module (coalition_tools.js), fetched on first use. */
export interface Coalition { loadDataset(json: string): Promise<LoadResult>; csv(): Promise<string>; mapSvg(width: number, height: number): Promise<string>; timelineSvg(width: number): Promise<string>; }
export interface View { country: string | null; date: string | null; framing: string; item: string | null; camera?: string; compare?: string; statuses?: string[]; kinds?: string[]; timeline?: string; window?: string; record?: string; }
/** What the timeline's tooltip and a click get: the item, its marker's day and a pledge's actor;
 *  on a stack, `stack` is [which, of how many]: the item a click there selects next. */
export type TimelineHit = TimelineItem & { key: string; day: string; actor?: string; stack?: [number, number] };
"#;
