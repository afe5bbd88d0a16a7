//! Stories in a link: `story=ID` and `step=ID` name a step of a guided story (the dataset's
//! `stories`), whose saved view the link then shows. A step id is unique across stories, so
//! `step=` alone is enough; `story=` alone opens the story's first step. Also the check that every
//! step's view reads as a link without a notice (the validator's part that needs the view).

use crate::dataset::Index;
use crate::model::{Step, Story};

use super::Notice;
// The check of a brought dataset's stories: the tools module's and the CLI's, not the page's.
#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
use {super::ViewState, crate::dataset::ValidationError};

/// A step found for a link: its story, its place, and the step.
pub struct At<'a> {
    pub story: &'a Story,
    pub index: usize,
    pub step: &'a Step,
}

/// The step with this id, in whichever story holds it.
pub fn find_step<'a>(ix: &'a Index, id: &str) -> Option<At<'a>> {
    ix.data.stories.iter().find_map(|story| {
        let index = story.steps.iter().position(|s| s.id == id)?;
        Some(At {
            story,
            index,
            step: &story.steps[index],
        })
    })
}

/// The step a link's `story` and `step` values name, and the notice for what could not be used:
/// an unknown step of a known story opens its first step; a step of another story than the one
/// named wins (it names one step of one story), with a notice.
pub fn resolve<'a>(
    ix: &'a Index,
    story: Option<&str>,
    step: Option<&str>,
) -> (Option<At<'a>>, Option<Notice>) {
    let named = story.map(|id| ix.data.stories.iter().find(|s| s.id == id));
    let first = |s: &'a Story| {
        s.steps.first().map(|step| At {
            story: s,
            index: 0,
            step,
        })
    };
    match (named, step) {
        (Some(None), _) => {
            let notice = Notice::UnknownStory(super::shown(story.unwrap_or_default()));
            (step.and_then(|id| find_step(ix, id)), Some(notice))
        }
        (named, Some(id)) => match (find_step(ix, id), named.flatten()) {
            (Some(at), Some(s)) if at.story.id != s.id => {
                (Some(at), Some(Notice::UnknownStep(super::shown(id))))
            }
            (Some(at), _) => (Some(at), None),
            (None, s) => (
                s.and_then(first),
                Some(Notice::UnknownStep(super::shown(id))),
            ),
        },
        (Some(Some(s)), None) => (first(s), None),
        (None, None) => (None, None),
    }
}

/// A validated dataset whose stories' views read without a notice, handed back; the validator's
/// last step for a brought dataset (the CLI's `validate`, the tools module's `checkDataset`).
// Not in the page's module, which takes brought datasets checked by the tools module (and
// needs no English notice: `Notice`'s `Display`).
#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
pub fn checked(ds: crate::model::Dataset) -> Result<crate::model::Dataset, Vec<ValidationError>> {
    let ix = Index::trusted(ds);
    check(&ix)?;
    Ok(ix.data)
}

/// Every step's view, read as a link: a notice (an unknown country, a date outside the story) or
/// a `story`/`step` key of its own is an error at `stories[i].steps[j].view`.
#[cfg(any(not(target_arch = "wasm32"), feature = "tools"))]
pub fn check(ix: &Index) -> Result<(), Vec<ValidationError>> {
    let mut errors = Vec::new();
    for (i, story) in ix.data.stories.iter().enumerate() {
        for (j, step) in story.steps.iter().enumerate() {
            let path = format!("stories[{i}].steps[{j}].view");
            let (state, notices) = ViewState::from_query(&step.view, ix);
            for n in notices {
                errors.push(ValidationError {
                    path: path.clone(),
                    reason: format!("the view must read without a notice: {n}"),
                });
            }
            if state.story.is_some() || !state.foreign.is_empty() {
                errors.push(ValidationError {
                    path,
                    reason:
                        "a step's view names only view parameters (no story, step or other keys)"
                            .into(),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
