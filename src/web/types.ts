// Generated from the Rust types by tests/ts_types.rs (ts-rs): do not edit. The JS API's
// results and arguments; src/web/types.rs appends this file to the package's .d.ts.

/**
 * A state, an international organisation or a non-state actor.
 */

export interface Actor { id: string, kind: ActorKind, name: string, 
/**
 * Other names readers type or sources use ("UAE", "Britain").
 */
aliases: Array<string>, sources: Array<string>, }

export type ActorKind = "state" | "organisation" | "non_state" | "media";

/**
 * Everything the dataset holds about one actor.
 */

export interface ActorRecord { actor: Actor, status: Status | null, statuses: Array<Status>, people: Array<Person>, participations: Array<ParticipationView>, pledges: Array<PledgeView>, statements: Array<Statement>, events: Array<Event>, 
/**
 * Disputes touching this actor's records (e.g. the Paris date for a Paris participant).
 */
disputes: Array<Dispute>, 
/**
 * Numbers that belong to the actor or one of its records (a figure's `about`).
 */
figures: Array<Figure>, 
/**
 * Its government's decisions to strike, in date order.
 */
decisions: Array<Decision>, 
/**
 * Its first strikes by theatre, supporting roles and first missions, in date order.
 */
strikes: Array<Strike>, 
/**
 * Its listings as a coalition partner (and a joining it announced), in date order.
 */
listings: Array<Listing>, 
/**
 * Meetings after Paris it hosted or a source names it at, in date order.
 */
meetings: Array<Meeting>, 
/**
 * Every source any of the above cites, in first-cited order.
 */
sources: Array<Source>, }

/**
 * An actor and its map status on a date, for lists and the map.
 */

export interface ActorSummary { id: string, name: string, kind: ActorKind, status: Status | null, statuses: Array<Status>, }

/**
 * A quantity stated by a source, with the words it used.
 */

export interface Amount { value: number, unit: string, 
/**
 * The source's own wording ("600 troops").
 */
text: string, }

export type Certainty = "stated" | "reported" | "hedged";

/**
 * A menu choice: its value (what the view takes) and its words.
 */

export interface Choice { value: string, label: string, selected: boolean, }

/**
 * A record a caption rests on: its id (a permalink opens it), a name in words, its sources' ids.
 */

export interface Cited { id: string, name: string, sources: Array<string>, }

/**
 * One source's answer to a disputed question.
 */

export interface Claim { 
/**
 * The answer, normalised ("2014-09-14", "30+").
 */
value: string, 
/**
 * The source's own wording, verbatim for a seed (elisions marked " ... "); a paraphrase for an
 * official-list entry.
 */
text: string, 
/**
 * Context that is not the source's words (what a weekday resolves to, which article).
 */
note?: string | null, sources: Array<string>, }

/**
 * A commitment a conference's text makes for every participant in the given roles.
 */

export interface Commitment { id: string, kind: PledgeKind, summary: string, 
/**
 * Whose commitment it is: e.g. `["signed"]` for the Jeddah Communiqué.
 */
applies_to: Array<ParticipationRole>, sources: Array<string>, }

/**
 * A conference of the coalition.
 */

export interface Conference { id: string, name: string, city: string, 
/**
 * Country code of the city.
 */
country: string, 
/**
 * The date the dataset uses to place the conference; any disagreement lives in `date_dispute`.
 */
date: When, date_dispute?: string | null, 
/**
 * Dispute over how many took part, if the sources disagree.
 */
count_dispute?: string | null, summary: string, 
/**
 * What the participants in a given role committed to (the communiqué's lines of action).
 */
commitments?: Array<Commitment>, sources: Array<string>, }

/**
 * A conference with its roster and the disputes over its date and size, for the overview.
 */

export interface ConferenceView { conference: Conference, participants: Array<Participant>, date_dispute: Dispute | null, count_dispute: Dispute | null, }

/**
 * The whole dataset: what `data/*.json` hold, section by section, and what `coalition export` prints.
 */

export interface Dataset { sources: Array<Source>, actors: Array<Actor>, people: Array<Person>, conferences: Array<Conference>, participations: Array<Participation>, pledges: Array<Pledge>, statements: Array<Statement>, events: Array<Event>, figures: Array<Figure>, disputes: Array<Dispute>, 
/**
 * Governments' decisions to strike (after Paris).
 */
decisions: Array<Decision>, 
/**
 * First strikes by theatre, first supporting roles and first missions (kept apart).
 */
strikes: Array<Strike>, 
/**
 * Listings as a coalition partner, and joinings a government announced.
 */
listings: Array<Listing>, 
/**
 * Coalition meetings and conferences after Paris.
 */
meetings: Array<Meeting>, 
/**
 * Guided stories: saved views in order, each with a caption that cites its records.
 */
stories: Array<Story>, }

/**
 * How a source relates something to a date it gives.
 */

export type DateRelation = "before" | "since";

/**
 * Who took a decision to strike.
 */

export type DecidingBody = "cabinet" | "parliament" | "head_of_government";

/**
 * A government's decision to strike: when, by which body, where, within what limits.
 */

export interface Decision { id: string, actor: string, date: When, body: DecidingBody, summary: string, 
/**
 * Where the decision allows strikes.
 */
theatres: Array<Theatre>, 
/**
 * Limits the decision sets, in a few words ("Iraq only: not Syria").
 */
limits?: string | null, votes?: Votes | null, 
/**
 * The dispute over this decision, if the sources disagree on it.
 */
dispute?: string | null, excerpts: Array<Excerpt>, sources: Array<string>, }

/**
 * A point on which sources disagree, with every version kept.
 */

export interface Dispute { id: string, 
/**
 * The question the claims answer differently ("On what date was the Paris conference held?").
 */
question: string, claims: Array<Claim>, 
/**
 * Which claim the product uses where it must pick one (e.g. to place a marker), and why.
 */
used?: string | null, 
/**
 * Ids of the records the dispute applies to, in any section (actors, conferences, pledges,
 * statements, events, figures); ids are unique across sections, so one list names them all.
 */
about?: Array<string>, }

/**
 * A dated happening: an address, a tour, an air strike, a video, a rejection, a reply.
 */

export interface Event { id: string, date: When, kind: EventKind, title: string, summary: string, actors: Array<string>, conference?: string | null, pledges?: Array<string>, sources: Array<string>, }

export type EventKind = "conference" | "address" | "diplomacy" | "airstrike" | "deployment" | "atrocity" | "rejection" | "reply" | "statement";

/**
 * Words copied character for character from a report source's excerpts
 * (`data/sources/after-paris/<ref>.txt`), with a translation when they are not in English.
 */

export interface Excerpt { text: string, source: string, 
/**
 * A translation of `text` (the source file's gloss), not the source's words.
 */
gloss?: string | null, }

/**
 * A number a source gives (fighters, territory, strikes), with who estimated it.
 */

export interface Figure { id: string, 
/**
 * What is counted ("ISIL fighters in Iraq and Syria").
 */
topic: string, 
/**
 * Lower bound, or the value when there is one; absent when the source gives only a ceiling
 * ("as many as 31,500", "nearly 40": the number is in `high`).
 */
low?: number | null, 
/**
 * Upper bound, when the source gives a range or a ceiling.
 */
high?: number | null, 
/**
 * How the source qualifies its number, when it does ("as many as", "nearly", "about").
 */
qualifier?: Qualifier | null, unit: string, 
/**
 * The source's own wording.
 */
text: string, 
/**
 * Who made the estimate, if the source says (an actor id or a name such as "CIA").
 */
estimated_by?: string | null, as_of?: When | null, dispute?: string | null, 
/**
 * Ids of the records the number belongs to, in any section (the actor it counts, the pledge
 * it measures): where it is shown.
 */
about?: Array<string>, sources: Array<string>, }

/**
 * What the page shows about one view, in words. Serialised for the page (TypeScript generated).
 */

export interface Frame { 
/**
 * The date shown (`YYYY-MM-DD`), `null` for the end of the story.
 */
date: string | null, 
/**
 * The date control's words: "15 Sept 2014", "End of September 2014".
 */
date_label: string, 
/**
 * The date in a sentence: "on 15 September 2014", "by the end of September 2014".
 */
as_of: string, 
/**
 * The status legend under the map: its title and one entry per status.
 */
legend: Legend, 
/**
 * The compare menu's choices (the first is "No comparison").
 */
compare: Array<Choice>, 
/**
 * The map canvas's text alternative.
 */
map_alt: string, 
/**
 * The timeline canvas's text alternative.
 */
timeline_alt: string, 
/**
 * The selection (a state, an organisation, a map country without a record), if any.
 */
selection: Selection | null, 
/**
 * What a screen reader hears about the change from the previous frame; `null`: nothing to
 * say (the same view, or a change the page announces itself, such as a timeline item).
 */
announcement: string | null, 
/**
 * The details panel's content; absent when it is the previous frame's (a new date with no
 * selection, a pan): the page keeps what it shows.
 */
panel?: Panel, }

/**
 * What the map's hover tooltip shows.
 */

export interface Hover { code: string | null, name: string, status: string | null, }

/**
 * A key with its words (and colour, for statuses), for the page's legend and record text.
 */

export interface Label { key: string, label: string, color: string | null, }

/**
 * Every label the page shows, in one object: the page keeps no label table of its own.
 */

export interface Labels { statuses: Array<Label>, roles: Array<Label>, kinds: Array<Label>, certainties: Array<Label>, framings: Array<Label>, 
/**
 * How a status moved between two compared dates (the table view's column).
 */
changes: Array<Label>, 
/**
 * A strike record's kind (first strike, supporting role, first mission) and its theatre.
 */
strikes: Array<Label>, theatres: Array<Label>, months: [string, string, string, string, string, string, string, string, string, string, string, string], 
/**
 * "End of September 2014" (or whatever the dataset's last month is).
 */
end_label: string, }

/**
 * The status legend: "Status on 15 Sept 2014" with a button per status, or in compare mode the
 * changes' legend.
 */

export interface Legend { title: string, 
/**
 * Whether the map shows changes between two dates (then the status filter is off).
 */
comparing: boolean, entries: Array<LegendEntry>, }

/**
 * One legend entry: a status with its colour, how many map countries have it on the date, and
 * whether the map's filter picks it.
 */

export interface LegendEntry { key: string, label: string, color: string, count: number, pressed: boolean, }

/**
 * A pledge kind's entry in the timeline's legend under the pointer (`pointAt("timeline-legend",
 * x, y)`): the kind filter a click there makes, for the page to apply with `setView({kinds})`.
 */

export interface LegendToggle { 
/**
 * The kind's key (`air_strikes`).
 */
legend: string, 
/**
 * The kind in words, for the announcement.
 */
label: string, 
/**
 * Whether the kind is shown after the click.
 */
shown: boolean, 
/**
 * The view's `kinds` after the click (`[]`: every kind shown).
 */
kinds: Array<string>, }

/**
 * An actor listed as a coalition partner (by whom, as of when), or its own announcement that it
 * joined. Attending a conference is not a listing.
 */

export interface Listing { id: string, actor: string, 
/**
 * Who lists it: the list's publisher (`USA` for the State Department's list), or the actor
 * itself for a joining it announced.
 */
by: string, 
/**
 * As of when.
 */
date: When, summary: string, excerpts: Array<Excerpt>, sources: Array<string>, }

/**
 * What `loadDataset` answers: on failure the previous dataset stays.
 */

export interface LoadResult { ok: boolean, errors: Array<ValidationError>, actors: number, events: number, }

/**
 * A coalition meeting or conference after Paris (a ministerial, the chiefs of defence, a line of
 * effort's conference), with its hosts. Not a [`Conference`]: attending one sets no map status.
 */

export interface Meeting { id: string, name: string, city?: string | null, date: When, 
/**
 * Announced, not yet held, as of the source.
 */
planned: boolean, hosts: Array<string>, 
/**
 * The attendees the cited sources name.
 */
attendees?: Array<string>, 
/**
 * Whether `attendees` is a source's whole list (else only those named one by one: no roster).
 */
roster: boolean, 
/**
 * Dispute over how many took part or who, if the sources disagree.
 */
count_dispute?: string | null, summary: string, excerpts: Array<Excerpt>, sources: Array<string>, }

/**
 * What the details panel shows for a view.
 */

export type Panel = { "kind": "overview" } | { "kind": "actor", 
/**
 * The actor's name in the view's language (the record holds the dataset's, in English).
 */
name: string, 
/**
 * Boxed: a record is far larger than the other variants.
 */
record: ActorRecord, totals: RecordTotals, } | { "kind": "conference", conference: ConferenceView, } | { "kind": "unrecorded", name: string, };

/**
 * One participant of a conference, with every role it had there.
 */

export interface Participant { actor: string, name: string, roles: Array<ParticipationRole>, sources: Array<string>, }

/**
 * One actor's part in one conference. An actor may have several (e.g. `host` and `signed`).
 */

export interface Participation { conference: string, actor: string, role: ParticipationRole, note?: string | null, 
/**
 * The dispute over this participation, if the sources disagree on it (e.g. why Iran was absent).
 */
dispute?: string | null, sources: Array<string>, }

export type ParticipationRole = "host" | "attended" | "signed" | "attended_not_signed" | "not_invited" | "declined";

/**
 * One participation with its conference spelled out.
 */

export interface ParticipationView { conference: string, conference_name: string, date: When, role: ParticipationRole, note: string | null, sources: Array<string>, }

/**
 * A named person, with the actor they speak for and their role at the time.
 */

export interface Person { id: string, name: string, 
/**
 * Spellings the sources use ("Fouad Massoum", "Fuad Masoum").
 */
aliases: Array<string>, actor: string, role: string, sources: Array<string>, }

/**
 * Something an actor committed to, offered or announced.
 */

export interface Pledge { id: string, actor: string, kind: PledgeKind, summary: string, amount?: Amount | null, date?: When | null, 
/**
 * The conference it was made at or under, if any.
 */
conference?: string | null, 
/**
 * How firm the sources make it.
 */
certainty: Certainty, quotes?: Array<Quote>, sources: Array<string>, }

/**
 * What kind of help a pledge offers.
 */

export type PledgeKind = "air_strikes" | "troops" | "aircraft" | "reconnaissance" | "humanitarian" | "logistics" | "border_control" | "financing" | "diplomatic" | "military_assistance";

/**
 * A pledge as shown for an actor: its own, or a commitment of a conference text it signed.
 */

export interface PledgeView { id: string, kind: PledgeKind, summary: string, amount: Amount | null, date: When | null, conference: string | null, certainty: Certainty, 
/**
 * True for a commitment every signatory of a conference text made, not the actor's own pledge.
 */
from_communique: boolean, quotes: Array<Quote>, sources: Array<string>, }

/**
 * A point in CSS pixels relative to a canvas.
 */

export interface Point { x: number, y: number, }

/**
 * How a source qualifies a number.
 */

export type Qualifier = "as_many_as" | "nearly" | "about" | "more_than";

/**
 * Words quoted exactly from a quotable source.
 */

export interface Quote { quote: string, source?: string | null, sources?: Array<string>, 
/**
 * The outlet the source says relayed the words ("According to The Guardian"), an actor id.
 */
via?: string | null, }

/**
 * How many items each long list of a record holds (`countryHead` cuts them).
 */

export interface RecordTotals { pledges: number, statements: number, events: number, }

/**
 * The selected actor as the page names it.
 */

export interface Selection { 
/**
 * The actor id (`FRA`, `arab-league`) or the map's code for a country without a record.
 */
id: string, name: string, 
/**
 * Whether the dataset has a record of it (Poland is on the map, not in the sources).
 */
recorded: boolean, 
/**
 * Whether it is a conference (its panel shows the conference's record, not an actor's).
 */
conference: boolean, 
/**
 * Its status on the date in words, or why it has none ("no role on this date").
 */
status: string, }

/**
 * A document the dataset cites.
 */

export interface Source { id: string, kind: SourceKind, 
/**
 * Publisher as printed ("Middle East Eye", "China Topix").
 */
publisher: string, 
/**
 * Headline or title of the document.
 */
title: string, 
/**
 * How the document dates itself or its events, as printed ("Monday, September 15, 2014").
 */
dated: string, 
/**
 * The day the document reports on, where it can be told from the text: the date used for
 * facts it reports as already done ("has announced") without a date of their own.
 */
date?: string | null, 
/**
 * Where it is published, in words ("US Department of State; mirrored at rbs0.com/… and
 * elsewhere"): shown as text, never a link. Holds no http(s) URL: those go in `urls`.
 */
published_at?: string | null, 
/**
 * Addresses where the document can be read, each an absolute http:// or https:// URL as the
 * source list gives it: the only part of a source the page makes a link.
 */
urls?: Array<string>, 
/**
 * Whether quotes may be taken from it (seed documents only).
 */
quotable: boolean, }

export type SourceKind = "seed" | "official" | "report";

/**
 * The stance toward the coalition and its campaign, not toward the statement's topic.
 */

export type Stance = "supports" | "qualified" | "opposes" | "neutral";

/**
 * An actor's position or a statement by one of its people.
 */

export interface Statement { id: string, 
/**
 * Who made it: the author, or for a statement with several authors the one that published it
 * (every author is in `authors`); for a third party's account, the outlet that reports it.
 */
actor: string, 
/**
 * Every author, when there are several (the Paris joint statement: all its participants).
 */
authors?: Array<string>, 
/**
 * The actor the statement is about, when it is not its author (a western source's account of
 * Saudi Arabia's readiness; Kerry ruling out co-operation with Iran).
 */
subject?: string | null, speaker?: string | null, date?: When | null, stance: Stance, 
/**
 * What the statement is about, in a few words ("Iran's absence", "the Paris outcome").
 */
topic: string, summary: string, quotes?: Array<Quote>, sources: Array<string>, }

/**
 * What the map colours a country by, in order of precedence: a country with several roles is
 * shown by the first that applies (its panel lists them all). The story after Paris comes first —
 * striking in Syria (the later step: a state striking in both theatres shows Syria), striking in
 * Iraq, a supporting role in strikes, a decision to strike — then September's statuses, with a
 * listing as a coalition partner between signing at Jeddah and attending Paris: attending Paris is
 * not partnership (China and Russia attended and are on no list).
 */

export type Status = "striking_syria" | "striking_iraq" | "supporting_strikes" | "decided_to_strike" | "military_pledge" | "host" | "signed" | "listed" | "attended" | "attended_not_signed" | "rejected" | "not_invited";

/**
 * One step of a [`Story`]: a saved view and the caption that says what it shows.
 */

export interface Step { 
/**
 * Unique across every story of the dataset (a link may name the step alone).
 */
id: string, title: string, 
/**
 * Every number, date and quoted phrase in it comes from `records` (tests/stories.rs).
 */
caption: string, 
/**
 * The view the step shows, as a link's query (`date=2014-09-15&country=FRA`): read by
 * `ViewState::from_query` with no notice (checked by `view::story::check`).
 */
view: string, 
/**
 * The ids of the records the caption rests on (any section's).
 */
records: Array<string>, }

export interface StepView { id: string, title: string, caption: string, 
/**
 * The view as a link's query: what the page applies.
 */
view: string, records: Array<Cited>, }

/**
 * A guided story: a title and its steps in reading order.
 */

export interface Story { id: string, title: string, steps: Array<Step>, }

/**
 * A story as the page reads it: every step whole, its records named.
 */

export interface StoryView { id: string, title: string, steps: Array<StepView>, }

/**
 * An actor's first strike (or supporting role, or mission) in a theatre.
 */

export interface Strike { id: string, actor: string, kind: StrikeKind, theatre: Theatre, 
/**
 * The day, or the range the sources allow (a time-zone difference, "overnight").
 */
date: When, summary: string, dispute?: string | null, excerpts: Array<Excerpt>, sources: Array<string>, }

/**
 * What a [`Strike`] record marks: a first strike is weapons released, kept apart from a first
 * mission flown without them and from a supporting role.
 */

export type StrikeKind = "first_strike" | "support" | "first_mission";

/**
 * One row of the table view: an actor, its status, its conferences (city and role: the table
 * says "Paris conference", not the Paris conference's long official name) and the kinds
 * of its own pledges — what the table shows, without building the whole record (a brought
 * dataset may give an actor hundreds of statements).
 */

export interface TableRow { id: string, name: string, kind: ActorKind, status: Status | null, conferences: Array<[string, ParticipationRole]>, kinds: Array<PledgeKind>, }

/**
 * Where a strike or a decision applies.
 */

export type Theatre = "iraq" | "syria";

/**
 * The drawings' colour theme (`theme()`).
 */

export interface ThemeInfo { 
/**
 * "light" or "dark".
 */
name: string, 
/**
 * The sea's colour, `#rrggbb`.
 */
sea: string, }

/**
 * What the timeline's tooltip and a click get: the item, its marker's day and a pledge's actor;
 * on a stack, `stack` is `[which, of how many]`: the item a click there selects next.
 */

export interface TimelineHit { 
/**
 * The marker's day (`YYYY-MM-DD`), where a click moves the map.
 */
day: string, 
/**
 * A pledge's actor, which a click selects.
 */
actor?: string | null, 
/**
 * On a stack (one counted marker for many items): which of them this is (from 1), of how
 * many, for the tooltip to say a click there steps through them.
 */
stack?: [number, number] | null, 
/**
 * Unique across sections: `event:ID`, `pledge:ID`, `dispute:ID`, `decision:ID`, `strike:ID`,
 * `listing:ID` or `meeting:ID` (an event and a pledge may share an id).
 */
key: string, id: string, 
/**
 * "event", "pledge", "dispute", "decision", "strike", "listing" or "meeting".
 */
kind: string, 
/**
 * The event or pledge kind's label, or "Disputed date".
 */
category: string, title: string, summary: string, when: When | null, actors: Array<string>, sources: Array<string>, }

/**
 * One thing on the timeline, spelled out for its tooltip and for selection: an event, a pledge,
 * or a dispute over a conference date.
 */

export interface TimelineItem { 
/**
 * Unique across sections: `event:ID`, `pledge:ID`, `dispute:ID`, `decision:ID`, `strike:ID`,
 * `listing:ID` or `meeting:ID` (an event and a pledge may share an id).
 */
key: string, id: string, 
/**
 * "event", "pledge", "dispute", "decision", "strike", "listing" or "meeting".
 */
kind: string, 
/**
 * The event or pledge kind's label, or "Disputed date".
 */
category: string, title: string, summary: string, when: When | null, actors: Array<string>, sources: Array<string>, }

/**
 * One problem in a dataset: where (`pledges[3].actor`) and what is wrong with it.
 */

export interface ValidationError { path: string, reason: string, }

/**
 * The view as the page reads it: the four parts every view has (`null` when unset), then the
 * comparison date and the filters only when set, so the plain view stays a small object.
 */

export interface View { country?: string | null, date?: string | null, 
/**
 * `region`, `gulf` or `world`.
 */
framing: string, item?: string | null, 
/**
 * The map's zoom and pan, `lon,lat,zoom`, when moved from the framing.
 */
camera?: string | null, compare?: string | null, statuses?: Array<string>, kinds?: Array<string>, 
/**
 * "kind" when the timeline is by kind (absent for the default, by actor).
 */
timeline?: string | null, 
/**
 * The time window as `FROM..TO` (whole days), when zoomed.
 */
window?: string | null, 
/**
 * The record a permalink points at, highlighted where shown.
 */
record?: string | null, 
/**
 * The guided story being read and its step, while the view is the step's.
 */
story?: string | null, step?: string | null, 
/**
 * The interface language (`fr`, `ar`), when not English.
 */
lang?: string | null, 
/**
 * `arab` for Arabic-Indic digits, when chosen.
 */
numerals?: string | null, }

/**
 * A change to some of the view: each field present replaces that part of the view; `null` (or
 * an empty string) clears it. What the page's `setView({...})` and the embed's attributes send.
 */

export interface ViewPatch { country?: string | null, date?: string | null, framing?: string | null, item?: string | null, compare?: string | null, statuses?: Array<string> | null, kinds?: Array<string> | null, timeline?: string | null, window?: string | null, record?: string | null, camera?: string | null, story?: string | null, step?: string | null, lang?: string | null, numerals?: string | null, }

/**
 * A parliament's vote, as the sources count it.
 */

export interface Votes { ayes: number, noes: number, abstentions?: number | null, absent?: number | null, }

/**
 * A date, possibly approximate or a range, as the sources allow.
 */

export interface When { 
/**
 * The date (or the first day of a range), ISO 8601 `YYYY-MM-DD`.
 */
date: string, 
/**
 * The last day of a range, when the sources give only a span ("last week").
 */
until?: string | null, 
/**
 * Set when the date is inferred: the source's words and what they were resolved against
 * ("'On Sunday', in an article about Monday 15 September 2014").
 */
approximate?: string | null, 
/**
 * How the source relates the record to the date, when it does not simply place it there:
 * `before` ("earlier", "already": on or before `date`, how long before unknown) or `since`
 * ("since August 2014": began on `date`, or within `date`..=`until`, and went on).
 */
relation?: DateRelation | null, 
/**
 * The dispute this date rests on: e.g. a statement dated by the Paris conference, whose own
 * date is disputed (`paris-date`).
 */
dispute?: string | null, }

