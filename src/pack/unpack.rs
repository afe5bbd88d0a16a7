//! The model's types from a decoded pack's value tree, field by field, by name (as serde reads
//! the JSON): an absent `Option` is `None`, an absent list empty, an absent flag `false`. A field
//! the model does not know is an error, so a model change the decoder missed fails the pack test.
//!
//! Reading never returns early: the first problem is kept in the [`Unpacker`] and the rest is read
//! with placeholder values, then thrown away. Early returns (`?` after each field) made the
//! compiler emit drop code for every partly built record on every error path, which was about
//! half of this decoder in the page's wasm.

use super::read::Value;
use crate::date::Date;
use crate::model::*;

/// Where reading stands: the first problem found, with the path of fields that leads to it.
#[derive(Default)]
pub struct Unpacker {
    pub problem: Option<String>,
    /// How many marked long texts have been read ([`super::texts::MARK`]): the next one's number.
    pub marks: usize,
}

impl Unpacker {
    fn fail(&mut self, what: &str) {
        if self.problem.is_none() {
            self.problem = Some(what.to_string());
        }
    }

    /// Puts `key` before a problem found just now, inside the field `key`.
    #[inline(never)]
    fn within(&mut self, key: &str, had_problem: bool) {
        if let (false, Some(p)) = (had_problem, &mut self.problem) {
            *p = format!("{key}: {p}");
        }
    }
}

/// A model type read from a pack value.
pub trait Unpack: Sized {
    /// The value read, or a placeholder after recording the problem in `u`.
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self;

    /// The placeholder: what is read in place of a value that has a problem.
    fn placeholder() -> Self;

    /// The value of an absent field: a problem, unless the type has an empty value.
    fn absent(key: &str, u: &mut Unpacker) -> Self {
        u.fail(&format!("missing field {key}"));
        Self::placeholder()
    }
}

impl Unpack for String {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            // A long text left out of the page's pack: numbered, for the texts file.
            Value::Text(super::texts::MARK) => {
                u.marks += 1;
                format!("{}{}", super::texts::MARK, u.marks - 1)
            }
            Value::Text(s) => s.to_owned(),
            _ => {
                u.fail("expected text");
                String::new()
            }
        }
    }

    fn placeholder() -> Self {
        String::new()
    }
}

impl Unpack for bool {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            Value::Bool(b) => b,
            _ => {
                u.fail("expected true or false");
                false
            }
        }
    }

    fn placeholder() -> Self {
        false
    }

    fn absent(_: &str, _: &mut Unpacker) -> Self {
        false
    }
}

impl Unpack for f64 {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
            _ => {
                u.fail("expected a number");
                0.0
            }
        }
    }

    fn placeholder() -> Self {
        0.0
    }
}

impl Unpack for u32 {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            Value::Int(i) => u32::try_from(i).unwrap_or_else(|_| {
                u.fail("expected a count from 0 to 4294967295");
                0
            }),
            _ => {
                u.fail("expected a whole number");
                0
            }
        }
    }

    fn placeholder() -> Self {
        0
    }
}

impl Unpack for Date {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            Value::Text(s) => s.parse().unwrap_or_else(|e: crate::date::DateError| {
                u.fail(&e.0);
                Date::EPOCH
            }),
            _ => {
                u.fail("expected a date");
                Date::EPOCH
            }
        }
    }

    fn placeholder() -> Self {
        Date::EPOCH
    }
}

impl<T: Unpack> Unpack for Option<T> {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            Value::Null => None,
            v => Some(T::unpack(v, u)),
        }
    }

    fn placeholder() -> Self {
        None
    }

    fn absent(_: &str, _: &mut Unpacker) -> Self {
        None
    }
}

impl<T: Unpack> Unpack for Vec<T> {
    fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
        match v {
            Value::List(items) => items.into_iter().map(|v| T::unpack(v, u)).collect(),
            _ => {
                u.fail("expected a list");
                Vec::new()
            }
        }
    }

    fn placeholder() -> Self {
        Vec::new()
    }

    fn absent(_: &str, _: &mut Unpacker) -> Self {
        Vec::new()
    }
}

/// An object's fields, taken one by one; `end` checks none was left unread.
struct Fields<'a> {
    fields: Vec<(&'a str, Value<'a>)>,
    read: Vec<bool>,
}

impl<'a> Fields<'a> {
    fn new(v: Value<'a>, u: &mut Unpacker) -> Self {
        let fields = match v {
            Value::Object(fields) => fields,
            _ => {
                u.fail("expected an object");
                Vec::new()
            }
        };
        Fields {
            read: vec![false; fields.len()],
            fields,
        }
    }

    /// The value of `key` (`Null` when absent, and `absent` then says what that means).
    fn take(&mut self, key: &str) -> Option<Value<'a>> {
        let found = self.fields.iter_mut().zip(self.read.iter_mut());
        let ((_, v), read) = found.into_iter().find(|((k, _), _)| *k == key)?;
        *read = true;
        Some(std::mem::replace(v, Value::Null))
    }

    fn field<T: Unpack>(&mut self, key: &str, u: &mut Unpacker) -> T {
        match self.take(key) {
            Some(v) => {
                let had = u.problem.is_some();
                let out = T::unpack(v, u);
                u.within(key, had);
                out
            }
            None => T::absent(key, u),
        }
    }

    fn end(self, u: &mut Unpacker) {
        if let Some(((key, _), _)) = self.fields.iter().zip(&self.read).find(|(_, read)| !**read) {
            u.fail(&format!("unknown field {key}"));
        }
    }
}

/// `Unpack` for a struct, reading each named field.
macro_rules! records {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Unpack for $ty {
            fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
                let mut o = Fields::new(v, u);
                let out = $ty { $($field: o.field(stringify!($field), u)),* };
                o.end(u);
                out
            }

            fn placeholder() -> Self {
                $ty { $($field: Unpack::placeholder()),* }
            }
        }
    )*};
}

/// `Unpack` for an enum written as its snake_case name (serde's `rename_all` in `model`); its
/// first variant is the placeholder.
macro_rules! keys {
    ($($ty:ident { $first:ident = $first_key:literal $(, $variant:ident = $key:literal)* $(,)? })*) => {$(
        impl Unpack for $ty {
            fn unpack(v: Value<'_>, u: &mut Unpacker) -> Self {
                match v {
                    Value::Text($first_key) => $ty::$first,
                    $(Value::Text($key) => $ty::$variant,)*
                    _ => {
                        u.fail(concat!("expected one of ", $first_key $(, " ", $key)*));
                        $ty::$first
                    }
                }
            }

            fn placeholder() -> Self {
                $ty::$first
            }
        }
    )*};
}
records! {
    Dataset {
        sources, actors, people, conferences, participations, pledges, statements, events, figures,
        disputes, decisions, strikes, listings, meetings, stories,
    }
    Source { id, kind, publisher, title, dated, date, published_at, urls, quotable }
    Actor { id, kind, name, aliases, sources }
    Person { id, name, aliases, actor, role, sources }
    When { date, until, approximate, relation, dispute }
    Conference { id, name, city, country, date, date_dispute, count_dispute, summary, commitments, sources }
    Commitment { id, kind, summary, applies_to, sources }
    Participation { conference, actor, role, note, dispute, sources }
    Amount { value, unit, text }
    Quote { quote, source, sources, via }
    Pledge { id, actor, kind, summary, amount, date, conference, certainty, quotes, sources }
    Statement { id, actor, authors, subject, speaker, date, stance, topic, summary, quotes, sources }
    Event { id, date, kind, title, summary, actors, conference, pledges, sources }
    Figure { id, topic, low, high, qualifier, unit, text, estimated_by, as_of, dispute, about, sources }
    Dispute { id, question, claims, used, about }
    Claim { value, text, note, sources }
    Excerpt { text, source, gloss }
    Votes { ayes, noes, abstentions, absent }
    Decision { id, actor, date, body, summary, theatres, limits, votes, dispute, excerpts, sources }
    Strike { id, actor, kind, theatre, date, summary, dispute, excerpts, sources }
    Listing { id, actor, by, date, summary, excerpts, sources }
    Story { id, title, steps }
    Step { id, title, caption, view, records }
    Meeting {
        id, name, city, date, planned, hosts, attendees, roster, count_dispute, summary, excerpts,
        sources,
    }
}

keys! {
    SourceKind { Seed = "seed", Official = "official", Report = "report" }
    Theatre { Iraq = "iraq", Syria = "syria" }
    DecidingBody { Cabinet = "cabinet", Parliament = "parliament", HeadOfGovernment = "head_of_government" }
    StrikeKind { FirstStrike = "first_strike", Support = "support", FirstMission = "first_mission" }
    ActorKind { State = "state", Organisation = "organisation", NonState = "non_state", Media = "media" }
    DateRelation { Before = "before", Since = "since" }
    ParticipationRole {
        Host = "host", Attended = "attended", Signed = "signed",
        AttendedNotSigned = "attended_not_signed", NotInvited = "not_invited", Declined = "declined",
    }
    PledgeKind {
        AirStrikes = "air_strikes", Troops = "troops", Aircraft = "aircraft",
        Reconnaissance = "reconnaissance", Humanitarian = "humanitarian", Logistics = "logistics",
        BorderControl = "border_control", Financing = "financing", Diplomatic = "diplomatic",
        MilitaryAssistance = "military_assistance",
    }
    Certainty { Stated = "stated", Reported = "reported", Hedged = "hedged" }
    Stance { Supports = "supports", Qualified = "qualified", Opposes = "opposes", Neutral = "neutral" }
    EventKind {
        Conference = "conference", Address = "address", Diplomacy = "diplomacy",
        Airstrike = "airstrike", Deployment = "deployment", Atrocity = "atrocity",
        Rejection = "rejection", Reply = "reply", Statement = "statement",
    }
    Qualifier { AsManyAs = "as_many_as", Nearly = "nearly", About = "about", MoreThan = "more_than" }
}
