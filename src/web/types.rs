//! TypeScript declarations for the objects the wasm API returns, appended to the generated `.d.ts`
//! so a TypeScript user reads real types instead of `any`. They mirror the serde shapes in
//! `model`, `query` and `view`; `tests/e2e` checks the live objects against the main ones.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export type ActorKind = "state" | "organisation" | "non_state" | "media";
export type StatusKey = "military_pledge" | "host" | "signed" | "attended" | "attended_not_signed" | "rejected" | "not_invited";
export type ParticipationRole = "host" | "attended" | "signed" | "attended_not_signed" | "not_invited" | "declined";
export type PledgeKind = "air_strikes" | "troops" | "aircraft" | "reconnaissance" | "humanitarian" | "logistics" | "border_control" | "financing" | "diplomatic" | "military_assistance";
export type EventKind = "conference" | "address" | "diplomacy" | "airstrike" | "deployment" | "atrocity" | "rejection" | "reply" | "statement";
export type Certainty = "stated" | "reported" | "hedged";
export type Stance = "supports" | "qualified" | "opposes" | "neutral";

/** A date, possibly a range or approximate ("last week", resolved against the article's date). */
export interface When { date: string; until?: string; approximate?: string; relation?: "before" | "since"; dispute?: string; }
/** Exact words from a seed document, with the file(s) they appear in. */
export interface Quote { quote: string; source?: string; sources?: string[]; via?: string; }
export interface Source { id: string; kind: "seed" | "official"; publisher: string; title: string; dated: string; date?: string; published_at?: string; quotable: boolean; }
export interface Actor { id: string; kind: ActorKind; name: string; aliases: string[]; sources: string[]; }
export interface Person { id: string; name: string; aliases: string[]; actor: string; role: string; sources: string[]; }
export interface Claim { value: string; text: string; note?: string; sources: string[]; }
export interface Dispute { id: string; question: string; claims: Claim[]; used?: string; about?: string[]; }
export interface Statement { id: string; actor: string; authors?: string[]; subject?: string; speaker?: string; date?: When; stance: Stance; topic: string; summary: string; quotes?: Quote[]; sources: string[]; }
export interface Event { id: string; date: When; kind: EventKind; title: string; summary: string; actors: string[]; conference?: string; pledges?: string[]; sources: string[]; }
/** A number a source gives; a ceiling ("as many as") has only `high`. */
export interface Figure { id: string; topic: string; low?: number; high?: number; qualifier?: "as_many_as" | "nearly" | "about" | "more_than"; unit: string; text: string; estimated_by?: string; as_of?: When; dispute?: string; about?: string[]; sources: string[]; }
export interface Commitment { id: string; kind: PledgeKind; summary: string; applies_to: ParticipationRole[]; sources: string[]; }
export interface Conference { id: string; name: string; city: string; country: string; date: When; date_dispute?: string; count_dispute?: string; summary: string; commitments?: Commitment[]; sources: string[]; }

export interface ActorSummary { id: string; name: string; kind: ActorKind; status: StatusKey | null; statuses: StatusKey[]; }
/** One row of the table view: the conferences as [name, role] pairs, the kinds of own pledges. */
export interface TableRow { id: string; name: string; kind: ActorKind; status: StatusKey | null; conferences: [string, ParticipationRole][]; kinds: PledgeKind[]; }
export interface ParticipationView { conference: string; conference_name: string; date: When; role: ParticipationRole; note?: string; sources: string[]; }
export interface PledgeView { id: string; kind: PledgeKind; summary: string; amount?: { value: number; unit: string; text: string }; date?: When; conference?: string; certainty: Certainty; from_communique: boolean; quotes: Quote[]; sources: string[]; }
/** Everything the dataset holds about one actor. */
export interface ActorRecord { actor: Actor; status: StatusKey | null; statuses: StatusKey[]; people: Person[]; participations: ParticipationView[]; pledges: PledgeView[]; statements: Statement[]; events: Event[]; disputes: Dispute[]; figures: Figure[]; sources: Source[]; }
export interface Participant { actor: string; name: string; roles: ParticipationRole[]; sources: string[]; }
export interface ConferenceView { conference: Conference; participants: Participant[]; date_dispute?: Dispute; count_dispute?: Dispute; }
export interface CoalitionState { date: string | null; counts: [StatusKey, number][]; members: ActorSummary[]; }
export interface LegendEntry { key: StatusKey; label: string; color: string; }
export interface Point { x: number; y: number; }
export interface Hover { code: string | null; name: string; status: string | null; }
export interface TimelineItem { id: string; kind: "event" | "pledge" | "dispute"; category: string; title: string; summary: string; when?: When; actors: string[]; sources: string[]; }
export interface Marker { id: string; kind: "event" | "pledge" | "disputed_date"; x: number; x_end: number; y: number; date: string; }
/** The whole view state, as it round-trips through a URL query string. */
/** The answer of loadDataset: on failure the previous dataset stays. */
export interface LoadResult { ok: boolean; errors: { path: string; reason: string }[]; actors: number; events: number; }
/** What the package's entry (coalition.js) adds to the handle: loading a brought dataset and the CSV
 *  export do their work in the second module (coalition_tools.js), fetched on first use. */
export interface Coalition { loadDataset(json: string): Promise<LoadResult>; csv(): Promise<string>; mapSvg(width: number, height: number): Promise<string>; timelineSvg(width: number): Promise<string>; }
export interface View { country: string | null; date: string | null; framing: "region" | "world"; item: string | null; }
"#;
