//! The model's types from a decoded pack's value tree, field by field, by name (as serde reads
//! the JSON): an absent `Option` is `None`, an absent list empty, an absent flag `false`. A field
//! the model does not know is an error, so a model change the decoder missed fails the pack test.

use super::read::Value;
use crate::date::Date;
use crate::model::*;

/// A model type read from a pack value.
pub trait Unpack: Sized {
    fn unpack(v: Value<'_>) -> Result<Self, String>;

    /// The value of an absent field: an error, unless the type has an empty value.
    fn absent(key: &str) -> Result<Self, String> {
        Err(format!("missing field {key}"))
    }
}

fn expected<T>(what: &str) -> Result<T, String> {
    Err(format!("expected {what}"))
}

impl Unpack for String {
    fn unpack(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Text(s) => Ok(s.to_owned()),
            _ => expected("text"),
        }
    }
}

impl Unpack for bool {
    fn unpack(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Bool(b) => Ok(b),
            _ => expected("true or false"),
        }
    }

    fn absent(_: &str) -> Result<Self, String> {
        Ok(false)
    }
}

impl Unpack for f64 {
    fn unpack(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Int(i) => Ok(i as f64),
            Value::Float(f) => Ok(f),
            _ => expected("a number"),
        }
    }
}

impl Unpack for Date {
    fn unpack(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Text(s) => s.parse().map_err(|e: crate::date::DateError| e.0),
            _ => expected("a date"),
        }
    }
}

impl<T: Unpack> Unpack for Option<T> {
    fn unpack(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::unpack(v).map(Some),
        }
    }

    fn absent(_: &str) -> Result<Self, String> {
        Ok(None)
    }
}

impl<T: Unpack> Unpack for Vec<T> {
    fn unpack(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::List(items) => items.into_iter().map(T::unpack).collect(),
            _ => expected("a list"),
        }
    }

    fn absent(_: &str) -> Result<Self, String> {
        Ok(Vec::new())
    }
}

/// An object's fields, taken one by one; `end` checks none was left unread.
struct Fields<'a> {
    fields: Vec<(&'a str, Value<'a>)>,
    read: Vec<bool>,
}

impl<'a> Fields<'a> {
    fn new(v: Value<'a>) -> Result<Self, String> {
        match v {
            Value::Object(fields) => Ok(Fields {
                read: vec![false; fields.len()],
                fields,
            }),
            _ => expected("an object"),
        }
    }

    fn field<T: Unpack>(&mut self, key: &str) -> Result<T, String> {
        let found = self.fields.iter_mut().zip(self.read.iter_mut());
        match found.into_iter().find(|((k, _), _)| *k == key) {
            Some(((_, v), read)) => {
                *read = true;
                T::unpack(std::mem::replace(v, Value::Null)).map_err(|e| format!("{key}: {e}"))
            }
            None => T::absent(key),
        }
    }

    fn end(self) -> Result<(), String> {
        match self.fields.iter().zip(&self.read).find(|(_, read)| !**read) {
            Some(((key, _), _)) => Err(format!("unknown field {key}")),
            None => Ok(()),
        }
    }
}

/// `Unpack` for a struct, reading each named field.
macro_rules! records {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Unpack for $ty {
            fn unpack(v: Value<'_>) -> Result<Self, String> {
                let mut o = Fields::new(v)?;
                let out = $ty { $($field: o.field(stringify!($field))?),* };
                o.end()?;
                Ok(out)
            }
        }
    )*};
}

/// `Unpack` for an enum written as its snake_case name (serde's `rename_all` in `model`).
macro_rules! keys {
    ($($ty:ident { $($variant:ident = $key:literal),* $(,)? })*) => {$(
        impl Unpack for $ty {
            fn unpack(v: Value<'_>) -> Result<Self, String> {
                match v {
                    $(Value::Text($key) => Ok($ty::$variant),)*
                    _ => expected(concat!("one of" $(, " ", $key)*)),
                }
            }
        }
    )*};
}

records! {
    Dataset { sources, actors, people, conferences, participations, pledges, statements, events, figures, disputes }
    Source { id, kind, publisher, title, dated, date, published_at, quotable }
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
}

keys! {
    SourceKind { Seed = "seed", Official = "official" }
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
