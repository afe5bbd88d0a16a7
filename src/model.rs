//! The dataset's types: sources, actors, people, conferences, participations, pledges, statements,
//! events, figures and disputed claims — plain data with serde, no behaviour beyond small helpers.
//!
//! Every record carries `sources`: file names of seed documents (`004_7a56acffd0b05ffc.txt`) or
//! ids of official-list entries (`paris-communique`). Where sources disagree, a [`Dispute`] keeps
//! each version as a [`Claim`] with its own sources instead of picking one silently.

use serde::{Deserialize, Serialize};

pub use crate::date::Date;

/// Id of a source: a seed file name or an official-list entry id.
pub type SourceId = String;
/// Id of an actor: ISO 3166-1 alpha-3 for states (`FRA`), a lowercase slug otherwise (`arab-league`).
pub type ActorId = String;

/// The whole dataset: what `data/*.json` hold, section by section, and what `coalition export` prints.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub people: Vec<Person>,
    pub conferences: Vec<Conference>,
    #[serde(default)]
    pub participations: Vec<Participation>,
    #[serde(default)]
    pub pledges: Vec<Pledge>,
    #[serde(default)]
    pub statements: Vec<Statement>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub disputes: Vec<Dispute>,
    /// Governments' decisions to strike (after Paris).
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// First strikes by theatre, first supporting roles and first missions (kept apart).
    #[serde(default)]
    pub strikes: Vec<Strike>,
    /// Listings as a coalition partner, and joinings a government announced.
    #[serde(default)]
    pub listings: Vec<Listing>,
    /// Coalition meetings and conferences after Paris.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Guided stories: saved views in order, each with a caption that cites its records.
    #[serde(default)]
    pub stories: Vec<Story>,
}

/// A document the dataset cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub kind: SourceKind,
    /// Publisher as printed ("Middle East Eye", "China Topix").
    pub publisher: String,
    /// Headline or title of the document.
    pub title: String,
    /// How the document dates itself or its events, as printed ("Monday, September 15, 2014").
    pub dated: String,
    /// The day the document reports on, where it can be told from the text: the date used for
    /// facts it reports as already done ("has announced") without a date of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where it is published, in words ("US Department of State; mirrored at rbs0.com/… and
    /// elsewhere"): shown as text, never a link. Holds no http(s) URL: those go in `urls`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<String>,
    /// Addresses where the document can be read, each an absolute http:// or https:// URL as the
    /// source list gives it: the only part of a source the page makes a link.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    /// Whether quotes may be taken from it (seed documents only).
    #[serde(default)]
    pub quotable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A seed document in `shared/seeds/`.
    Seed,
    /// An entry of `shared/sources/official-lists.md` (a conference's own communiqué).
    Official,
    /// A public source excerpted in `shared/sources/after-paris-2014.md` (cited by its reference
    /// there, `S6` as `after-paris-s6`); its excerpts are kept in `data/sources/after-paris/`.
    Report,
}

/// A state, an international organisation or a non-state actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: ActorId,
    pub kind: ActorKind,
    pub name: String,
    /// Other names readers type or sources use ("UAE", "Britain").
    #[serde(default)]
    pub aliases: Vec<String>,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    Organisation,
    NonState,
    /// Newspapers, broadcasters and commentators whose analysis the sources quote.
    Media,
}

/// A named person, with the actor they speak for and their role at the time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Spellings the sources use ("Fouad Massoum", "Fuad Masoum").
    #[serde(default)]
    pub aliases: Vec<String>,
    pub actor: ActorId,
    pub role: String,
    pub sources: Vec<SourceId>,
}

/// A date, possibly approximate or a range, as the sources allow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct When {
    /// The date (or the first day of a range), ISO 8601 `YYYY-MM-DD`.
    pub date: Date,
    /// The last day of a range, when the sources give only a span ("last week").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Set when the date is inferred: the source's words and what they were resolved against
    /// ("'On Sunday', in an article about Monday 15 September 2014").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate: Option<String>,
    /// How the source relates the record to the date, when it does not simply place it there:
    /// `before` ("earlier", "already": on or before `date`, how long before unknown) or `since`
    /// ("since August 2014": began on `date`, or within `date`..=`until`, and went on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<DateRelation>,
    /// The dispute this date rests on: e.g. a statement dated by the Paris conference, whose own
    /// date is disputed (`paris-date`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
}

/// How a source relates something to a date it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DateRelation {
    /// On or before the date; the source says only "earlier", "already" or "before".
    Before,
    /// Began on the date (or within the range) and continued.
    Since,
}

impl When {
    /// The last day this date could be: `until` for a range, else `date`.
    pub fn last_day(&self) -> Date {
        self.until.unwrap_or(self.date)
    }
}

/// A conference of the coalition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Conference {
    pub id: String,
    pub name: String,
    pub city: String,
    /// Country code of the city.
    pub country: ActorId,
    /// The date the dataset uses to place the conference; any disagreement lives in `date_dispute`.
    pub date: When,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_dispute: Option<String>,
    /// Dispute over how many took part, if the sources disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_dispute: Option<String>,
    pub summary: String,
    /// What the participants in a given role committed to (the communiqué's lines of action).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    pub sources: Vec<SourceId>,
}

/// A commitment a conference's text makes for every participant in the given roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: String,
    pub kind: PledgeKind,
    pub summary: String,
    /// Whose commitment it is: e.g. `["signed"]` for the Jeddah Communiqué.
    pub applies_to: Vec<ParticipationRole>,
    pub sources: Vec<SourceId>,
}

/// One actor's part in one conference. An actor may have several (e.g. `host` and `signed`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participation {
    pub conference: String,
    pub actor: ActorId,
    pub role: ParticipationRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The dispute over this participation, if the sources disagree on it (e.g. why Iran was absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParticipationRole {
    /// Hosted or co-hosted the conference.
    Host,
    /// Attended (and, where there was a text to sign, the sources do not say it did not sign).
    Attended,
    /// Signed the conference's communiqué.
    Signed,
    /// Attended but did not sign.
    AttendedNotSigned,
    /// Was not invited.
    NotInvited,
    /// Was invited and declined, or stayed away.
    Declined,
}

/// What kind of help a pledge offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PledgeKind {
    AirStrikes,
    Troops,
    Aircraft,
    Reconnaissance,
    Humanitarian,
    Logistics,
    BorderControl,
    Financing,
    Diplomatic,
    /// Military assistance in general terms ("appropriate military assistance"), no means named.
    MilitaryAssistance,
}

impl PledgeKind {
    pub const ALL: [PledgeKind; 10] = [
        PledgeKind::AirStrikes,
        PledgeKind::Troops,
        PledgeKind::Aircraft,
        PledgeKind::Reconnaissance,
        PledgeKind::Humanitarian,
        PledgeKind::Logistics,
        PledgeKind::BorderControl,
        PledgeKind::Financing,
        PledgeKind::Diplomatic,
        PledgeKind::MilitaryAssistance,
    ];

    /// Whether this kind is concrete military support (it colours a country as "pledged military
    /// support"). General "military assistance" from a communiqué does not: every signatory made it.
    pub fn is_military(self) -> bool {
        matches!(
            self,
            PledgeKind::AirStrikes
                | PledgeKind::Troops
                | PledgeKind::Aircraft
                | PledgeKind::Reconnaissance
        )
    }

    /// Stable machine name (as serialised, and in URLs: `kinds=air_strikes,troops`).
    pub fn key(self) -> &'static str {
        match self {
            PledgeKind::AirStrikes => "air_strikes",
            PledgeKind::Troops => "troops",
            PledgeKind::Aircraft => "aircraft",
            PledgeKind::Reconnaissance => "reconnaissance",
            PledgeKind::Humanitarian => "humanitarian",
            PledgeKind::Logistics => "logistics",
            PledgeKind::BorderControl => "border_control",
            PledgeKind::Financing => "financing",
            PledgeKind::Diplomatic => "diplomatic",
            PledgeKind::MilitaryAssistance => "military_assistance",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PledgeKind::AirStrikes => "Air strikes",
            PledgeKind::Troops => "Troops",
            PledgeKind::Aircraft => "Aircraft",
            PledgeKind::Reconnaissance => "Reconnaissance",
            PledgeKind::Humanitarian => "Humanitarian",
            PledgeKind::Logistics => "Logistics / basing",
            PledgeKind::BorderControl => "Border control",
            PledgeKind::Financing => "Financing (and countering it)",
            PledgeKind::Diplomatic => "Diplomatic",
            PledgeKind::MilitaryAssistance => "Military assistance (general)",
        }
    }
}

/// A quantity stated by a source, with the words it used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Amount {
    pub value: f64,
    pub unit: String,
    /// The source's own wording ("600 troops").
    pub text: String,
}

/// Words quoted exactly from a quotable source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// The outlet the source says relayed the words ("According to The Guardian"), an actor id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<ActorId>,
}

impl Quote {
    /// Every source the quote cites, whichever field holds them.
    pub fn cited(&self) -> impl Iterator<Item = &SourceId> {
        self.source.iter().chain(self.sources.iter())
    }
}

/// Something an actor committed to, offered or announced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    pub id: String,
    pub actor: ActorId,
    pub kind: PledgeKind,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<When>,
    /// The conference it was made at or under, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<String>,
    /// How firm the sources make it.
    pub certainty: Certainty,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Announced, signed or done, as the source states it.
    Stated,
    /// Reported by others (officials, diplomats) rather than announced by the actor.
    Reported,
    /// The source itself hedges ("likely to include").
    Hedged,
}

/// An actor's position or a statement by one of its people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    /// Who made it: the author, or for a statement with several authors the one that published it
    /// (every author is in `authors`); for a third party's account, the outlet that reports it.
    pub actor: ActorId,
    /// Every author, when there are several (the Paris joint statement: all its participants).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<ActorId>,
    /// The actor the statement is about, when it is not its author (a western source's account of
    /// Saudi Arabia's readiness; Kerry ruling out co-operation with Iran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<ActorId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<When>,
    pub stance: Stance,
    /// What the statement is about, in a few words ("Iran's absence", "the Paris outcome").
    pub topic: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    pub sources: Vec<SourceId>,
}

/// The stance toward the coalition and its campaign, not toward the statement's topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// For the coalition or its campaign.
    Supports,
    /// For it with conditions or reservations.
    Qualified,
    /// Against it, or refusing to take part.
    Opposes,
    /// Commentary or analysis with no side taken.
    Neutral,
}

/// A dated happening: an address, a tour, an air strike, a video, a rejection, a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: When,
    pub kind: EventKind,
    pub title: String,
    pub summary: String,
    pub actors: Vec<ActorId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pledges: Vec<String>,
    pub sources: Vec<SourceId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Conference,
    Address,
    Diplomacy,
    Airstrike,
    Deployment,
    Atrocity,
    Rejection,
    Reply,
    Statement,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::Conference,
        EventKind::Address,
        EventKind::Diplomacy,
        EventKind::Airstrike,
        EventKind::Deployment,
        EventKind::Atrocity,
        EventKind::Rejection,
        EventKind::Reply,
        EventKind::Statement,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EventKind::Conference => "Conference",
            EventKind::Address => "Address",
            EventKind::Diplomacy => "Diplomacy",
            EventKind::Airstrike => "Air strike",
            EventKind::Deployment => "Deployment",
            EventKind::Atrocity => "Hostage video",
            EventKind::Rejection => "Rejection",
            EventKind::Reply => "Reply",
            EventKind::Statement => "Statement",
        }
    }
}

/// A number a source gives (fighters, territory, strikes), with who estimated it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// What is counted ("ISIL fighters in Iraq and Syria").
    pub topic: String,
    /// Lower bound, or the value when there is one; absent when the source gives only a ceiling
    /// ("as many as 31,500", "nearly 40": the number is in `high`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    /// Upper bound, when the source gives a range or a ceiling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// How the source qualifies its number, when it does ("as many as", "nearly", "about").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    pub unit: String,
    /// The source's own wording.
    pub text: String,
    /// Who made the estimate, if the source says (an actor id or a name such as "CIA").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<When>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
    /// Ids of the records the number belongs to, in any section (the actor it counts, the pledge
    /// it measures): where it is shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<String>,
    pub sources: Vec<SourceId>,
}

/// How a source qualifies a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "as many as": a ceiling (in `high`).
    AsManyAs,
    /// "nearly": just under the number (in `high`).
    Nearly,
    /// "about": an approximate value (in `low`).
    About,
    /// "more than": a floor (in `low`).
    MoreThan,
}

impl Qualifier {
    /// The source's words for the qualifier.
    pub fn label(self) -> &'static str {
        match self {
            Qualifier::AsManyAs => "as many as",
            Qualifier::Nearly => "nearly",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more than",
        }
    }
}

/// A point on which sources disagree, with every version kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    pub id: String,
    /// The question the claims answer differently ("On what date was the Paris conference held?").
    pub question: String,
    pub claims: Vec<Claim>,
    /// Which claim the product uses where it must pick one (e.g. to place a marker), and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used: Option<String>,
    /// Ids of the records the dispute applies to, in any section (actors, conferences, pledges,
    /// statements, events, figures); ids are unique across sections, so one list names them all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<String>,
}

/// One source's answer to a disputed question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The answer, normalised ("2014-09-14", "30+").
    pub value: String,
    /// The source's own wording, verbatim for a seed (elisions marked " ... "); a paraphrase for an
    /// official-list entry.
    pub text: String,
    /// Context that is not the source's words (what a weekday resolves to, which article).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<SourceId>,
}

/// Words copied character for character from a report source's excerpts
/// (`data/sources/after-paris/<ref>.txt`), with a translation when they are not in English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Excerpt {
    pub text: String,
    pub source: SourceId,
    /// A translation of `text` (the source file's gloss), not the source's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss: Option<String>,
}

/// Where a strike or a decision applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Theatre {
    Iraq,
    Syria,
}

impl Theatre {
    pub fn label(self) -> &'static str {
        match self {
            Theatre::Iraq => "Iraq",
            Theatre::Syria => "Syria",
        }
    }
}

/// Who took a decision to strike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DecidingBody {
    /// The cabinet (the Netherlands' Article 100 letter, Australia's authorisation).
    Cabinet,
    /// A vote in parliament.
    Parliament,
    /// The head of government announcing it, before or without a vote.
    HeadOfGovernment,
}

impl DecidingBody {
    pub fn label(self) -> &'static str {
        match self {
            DecidingBody::Cabinet => "Cabinet",
            DecidingBody::Parliament => "Parliament",
            DecidingBody::HeadOfGovernment => "Head of government",
        }
    }
}

/// A parliament's vote, as the sources count it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Votes {
    pub ayes: u32,
    pub noes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abstentions: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absent: Option<u32>,
}

/// A government's decision to strike: when, by which body, where, within what limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: String,
    pub actor: ActorId,
    pub date: When,
    pub body: DecidingBody,
    pub summary: String,
    /// Where the decision allows strikes.
    pub theatres: Vec<Theatre>,
    /// Limits the decision sets, in a few words ("Iraq only: not Syria").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
    /// The dispute over this decision, if the sources disagree on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
    pub excerpts: Vec<Excerpt>,
    pub sources: Vec<SourceId>,
}

/// What a [`Strike`] record marks: a first strike is weapons released, kept apart from a first
/// mission flown without them and from a supporting role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StrikeKind {
    /// The first strike in the theatre: weapons released.
    FirstStrike,
    /// The first strikes it took part in as support, not as a striker (Qatar over Syria).
    Support,
    /// The first mission flown over the theatre, no weapons used.
    FirstMission,
}

impl StrikeKind {
    pub fn label(self) -> &'static str {
        match self {
            StrikeKind::FirstStrike => "First strike",
            StrikeKind::Support => "Supporting role",
            StrikeKind::FirstMission => "First mission (no weapons used)",
        }
    }
}

/// An actor's first strike (or supporting role, or mission) in a theatre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Strike {
    pub id: String,
    pub actor: ActorId,
    pub kind: StrikeKind,
    pub theatre: Theatre,
    /// The day, or the range the sources allow (a time-zone difference, "overnight").
    pub date: When,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<String>,
    pub excerpts: Vec<Excerpt>,
    pub sources: Vec<SourceId>,
}

/// An actor listed as a coalition partner (by whom, as of when), or its own announcement that it
/// joined. Attending a conference is not a listing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub id: String,
    pub actor: ActorId,
    /// Who lists it: the list's publisher (`USA` for the State Department's list), or the actor
    /// itself for a joining it announced.
    pub by: ActorId,
    /// As of when.
    pub date: When,
    pub summary: String,
    pub excerpts: Vec<Excerpt>,
    pub sources: Vec<SourceId>,
}

/// A coalition meeting or conference after Paris (a ministerial, the chiefs of defence, a line of
/// effort's conference), with its hosts. Not a [`Conference`]: attending one sets no map status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    pub date: When,
    /// Announced, not yet held, as of the source.
    #[serde(default)]
    pub planned: bool,
    pub hosts: Vec<ActorId>,
    /// The attendees the cited sources name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<ActorId>,
    /// Whether `attendees` is a source's whole list (else only those named one by one: no roster).
    #[serde(default)]
    pub roster: bool,
    /// Dispute over how many took part or who, if the sources disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_dispute: Option<String>,
    pub summary: String,
    pub excerpts: Vec<Excerpt>,
    pub sources: Vec<SourceId>,
}

/// A guided story: a title and its steps in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub steps: Vec<Step>,
}

/// One step of a [`Story`]: a saved view and the caption that says what it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Unique across every story of the dataset (a link may name the step alone).
    pub id: String,
    pub title: String,
    /// Every number, date and quoted phrase in it comes from `records` (tests/stories.rs).
    pub caption: String,
    /// The view the step shows, as a link's query (`date=2014-09-15&country=FRA`): read by
    /// `ViewState::from_query` with no notice (checked by `view::story::check`).
    pub view: String,
    /// The ids of the records the caption rests on (any section's).
    pub records: Vec<String>,
}
