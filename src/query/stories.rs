//! The dataset's guided stories as their readers and the CLI list them: ids and titles of the
//! stories and their steps (`coalition stories`), and each step with its caption, its view and the
//! records it cites, each named in words with the ids of the sources it rests on (the page).

use serde::Serialize;

use crate::dataset::Index;
use crate::model::{SourceId, Step, Story};

/// A story's outline: what `coalition stories --json` prints.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoryOutline<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub steps: Vec<StepOutline<'a>>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepOutline<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

/// Every story's outline, in the dataset's order.
pub fn outlines(ix: &Index) -> Vec<StoryOutline<'_>> {
    ix.data
        .stories
        .iter()
        .map(|s| StoryOutline {
            id: &s.id,
            title: &s.title,
            steps: s
                .steps
                .iter()
                .map(|x| StepOutline {
                    id: &x.id,
                    title: &x.title,
                })
                .collect(),
        })
        .collect()
}

/// A story as the page reads it: every step whole, its records named.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoryView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub steps: Vec<StepView<'a>>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StepView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub caption: &'a str,
    /// The view as a link's query: what the page applies.
    pub view: &'a str,
    pub records: Vec<Cited<'a>>,
}

/// A record a caption rests on: its id (a permalink opens it), a name in words, its sources' ids.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Cited<'a> {
    pub id: &'a str,
    pub name: String,
    pub sources: Vec<&'a str>,
}

/// Every story with its steps whole, for the page's story controls.
pub fn stories(ix: &Index) -> Vec<StoryView<'_>> {
    ix.data.stories.iter().map(|s| story_view(ix, s)).collect()
}

fn story_view<'a>(ix: &'a Index, s: &'a Story) -> StoryView<'a> {
    StoryView {
        id: &s.id,
        title: &s.title,
        steps: s.steps.iter().map(|x| step_view(ix, x)).collect(),
    }
}

fn step_view<'a>(ix: &'a Index, s: &'a Step) -> StepView<'a> {
    StepView {
        id: &s.id,
        title: &s.title,
        caption: &s.caption,
        view: &s.view,
        records: s.records.iter().filter_map(|r| cited(ix, r)).collect(),
    }
}

/// A record by id, named as its panel heads it: an event's title, a statement's or a figure's
/// topic, a dispute's question, a pledge as its actor and kind, an after-Paris record's summary.
pub fn cited<'a>(ix: &'a Index, id: &'a str) -> Option<Cited<'a>> {
    let d = &ix.data;
    let actor = |a: &str| {
        ix.actor(a)
            .map_or_else(|| a.to_string(), |x| x.name.clone())
    };
    let found: Option<(String, &'a [SourceId])> =
        if let Some(x) = d.disputes.iter().find(|x| x.id == id) {
            // A dispute cites through its claims: every claim's sources, each once.
            let mut sources: Vec<&str> = Vec::new();
            for s in x.claims.iter().flat_map(|c| &c.sources) {
                if !sources.contains(&s.as_str()) {
                    sources.push(s);
                }
            }
            return Some(Cited {
                id,
                name: x.question.clone(),
                sources,
            });
        } else if let Some(a) = ix.actor(id) {
            Some((a.name.clone(), &a.sources))
        } else if let Some(x) = d.events.iter().find(|x| x.id == id) {
            Some((x.title.clone(), &x.sources))
        } else if let Some(x) = d.statements.iter().find(|x| x.id == id) {
            Some((format!("{}: {}", actor(&x.actor), x.topic), &x.sources))
        } else if let Some(x) = d.pledges.iter().find(|x| x.id == id) {
            let kind = x.kind.label();
            Some((format!("{}: {kind}", actor(&x.actor)), &x.sources))
        } else if let Some(x) = d.figures.iter().find(|x| x.id == id) {
            Some((x.topic.clone(), &x.sources))
        } else if let Some(x) = d.conferences.iter().find(|x| x.id == id) {
            Some((x.name.clone(), &x.sources))
        } else if let Some(x) = d.people.iter().find(|x| x.id == id) {
            Some((x.name.clone(), &x.sources))
        } else if let Some(x) = d.decisions.iter().find(|x| x.id == id) {
            Some((x.summary.clone(), &x.sources))
        } else if let Some(x) = d.strikes.iter().find(|x| x.id == id) {
            Some((x.summary.clone(), &x.sources))
        } else if let Some(x) = d.listings.iter().find(|x| x.id == id) {
            Some((x.summary.clone(), &x.sources))
        } else {
            d.meetings
                .iter()
                .find(|x| x.id == id)
                .map(|x| (x.name.clone(), &x.sources[..]))
        };
    found.map(|(name, sources)| Cited {
        id,
        name,
        sources: sources.iter().map(String::as_str).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cited_record_is_named() {
        let ix = Index::embedded().unwrap();
        for s in stories(&ix) {
            let story = ix.data.stories.iter().find(|x| x.id == s.id).unwrap();
            for (view, step) in s.steps.iter().zip(&story.steps) {
                assert_eq!(view.records.len(), step.records.len(), "{}", step.id);
                assert!(view.records.iter().all(|r| !r.name.is_empty()));
            }
        }
        assert!(cited(&ix, "no-such-record").is_none());
        assert_eq!(cited(&ix, "FRA").unwrap().name, "France");
        // A dispute names every claim's sources, once each.
        let date = cited(&ix, "paris-date").unwrap();
        assert!(date.sources.len() > 2, "{:?}", date.sources);
        assert!(date.sources.contains(&"000_3c21469e92581805.txt"));
    }
}
