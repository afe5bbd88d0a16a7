//! Which of the dataset's own texts are translated: the short, label-like fields the map, the
//! timeline, the panel's headings and the hover show (an event's title, a conference's name and
//! city, a statement's topic, a decision's limits, a figure's topic, a dispute's question),
//! listed by record id and field as `i18n/data.<tag>.json` keys them (`Locale::data_text` looks
//! them up). Long texts (summaries, quotations, claims) stay English. The page's module does not need this list (it looks a text
//! up where it shows one): tests/data_words.rs checks the files against it.

use crate::model::Dataset;

/// Every translated short text of `d`: (record id, field, English), in dataset order.
pub fn short_texts(d: &Dataset) -> Vec<(&str, &'static str, &str)> {
    let mut out = Vec::new();
    for e in &d.events {
        out.push((e.id.as_str(), "title", e.title.as_str()));
    }
    for c in &d.conferences {
        out.push((c.id.as_str(), "name", c.name.as_str()));
        out.push((c.id.as_str(), "city", c.city.as_str()));
    }
    for m in &d.meetings {
        out.push((m.id.as_str(), "name", m.name.as_str()));
        if let Some(city) = &m.city {
            out.push((m.id.as_str(), "city", city.as_str()));
        }
    }
    for s in &d.statements {
        out.push((s.id.as_str(), "topic", s.topic.as_str()));
    }
    for x in &d.decisions {
        if let Some(limits) = &x.limits {
            out.push((x.id.as_str(), "limits", limits.as_str()));
        }
    }
    for f in &d.figures {
        out.push((f.id.as_str(), "topic", f.topic.as_str()));
    }
    for x in &d.disputes {
        out.push((x.id.as_str(), "question", x.question.as_str()));
    }
    out
}
