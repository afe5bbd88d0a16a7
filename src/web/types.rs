//! TypeScript declarations for the objects the wasm API returns, appended to the generated `.d.ts`
//! so a TypeScript user (and `tsc --checkJs` over www/, scripts/check.sh) reads real types instead
//! of `any`. They are generated from the Rust types (`types.ts`, written by tests/ts_types.rs,
//! which fails when it is stale); only the package entry's additions follow.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const GENERATED: &'static str = include_str!("types.ts");

/// Names the page and package use beside the generated ones, and what the package's entry
/// (coalition.js) adds to the handle: the timeline (`loadTimeline`, then `drawTimeline` and the
/// `"timeline"` targets) is the third module's (coalition_timeline.js); loading a brought dataset and
/// the JSON, CSV and SVG exports do their work in the second module (coalition_tools.js), fetched
/// on first use; `fillTexts` puts the
/// embedded dataset's long texts (`baked/texts.json`) in place of their marks.
#[wasm_bindgen(typescript_custom_section)]
const ENTRY: &'static str = r#"
export interface Coalition { loadTimeline(): Promise<unknown>; timeline: unknown | null; drawTimeline(canvas: HTMLCanvasElement, cssWidth: number, dpr: number): number; loadDataset(json: string): Promise<LoadResult>; fillTexts<T>(value: T): Promise<T>; json(): Promise<string>; csv(): Promise<string>; mapSvg(width: number, height: number): Promise<string>; timelineSvg(width: number): Promise<string>; }
export interface DateSpan { first: string; last: string; end: string | null; }
export interface Lists { countries: ActorSummary[]; table: TableRow[]; changes: Record<string, string> | null; timeline: Event[]; conferences: ConferenceView[]; sources: [Source, string][]; disputes: Dispute[]; labels: Labels; stories: StoryView[]; span: DateSpan | null; }
export type ListKind = keyof Lists;
export interface Coalition {
  list<K extends ListKind>(kind: K, date?: string | null): Lists[K];
  record(kind: "country", key: string, date?: string | null): ActorRecord;
  record(kind: "item", key: string): TimelineHit | undefined;
  pointAt(target: "map", x: number, y: number): Hover | undefined;
  pointAt(target: "timeline", x: number, y: number): TimelineHit | undefined;
  pointAt(target: "timeline-legend", x: number, y: number): LegendToggle | undefined;
}
"#;
