// A guided story's controls, in the viewer (www/viewer.html's [data-part="story"]): the story's
// title, "Step n of m", the step's title and caption, the records the caption rests on with their
// sources, Previous / Next, the list of steps and Explore. A step is a view (the core's
// `story`/`step` parameters): stepping goes through the viewer's one path (setView, draw, render),
// so the map, the timeline and the panel move together and the selection outlines what the caption
// names. No step advances by itself. Arrow keys step only while focus is inside these controls.
// In French or Arabic the titles and captions are the translations (story-words.js), fetched when
// a story is first shown or offered; the English shows meanwhile, marked as English.
// Dataset text reaches the DOM as text (dom.js).
import { el } from './dom.js';
import { sourceLabel } from './record.js';
import { firstLink } from './source-links.js';
import { captionParts, langAttrs, storyIn, storyTable } from './story-words.js';
import { t } from './words.js';
import { recordName } from './data-words.js';
import { withTexts } from './texts.js';

/** The dataset's stories (the handle's stories()), read once per dataset. */
export function storiesOf(viewer) {
  const generation = viewer.datasetGeneration ?? 0;
  if (!viewer.stories || viewer.storiesGeneration !== generation) {
    viewer.stories = viewer.app.list('stories');
    viewer.storiesGeneration = generation;
  }
  return viewer.stories;
}

/** The view's language (the handle leaves English out of the view). */
const langOf = (viewer) => viewer.view.lang ?? 'en';

/** Each viewer's offer of its first story, drawn again when the translations arrive. */
const offers = new WeakMap();
/** Each viewer's one redraw for when the translations arrive (asked for at every render). */
const redraws = new WeakMap();

function redrawOf(viewer) {
  if (!redraws.has(viewer)) {
    redraws.set(viewer, () => {
      const box = viewer.part('story');
      if (box) box.dataset.key = ''; // drawn again, in the language
      renderStory(viewer, viewer.view);
      offers.get(viewer)?.();
    });
  }
  return redraws.get(viewer);
}

/** A story in the view's language: translated when its words are here; else English, and the
 *  words are fetched, the controls and the offer redrawn when they arrive. */
function inLanguage(viewer, story) {
  const lang = langOf(viewer);
  return storyIn(story, storyTable(lang, redrawOf(viewer)), lang);
}

/** The story and the step's place in it (in the view's language), or null. */
function locate(viewer, storyId, stepId) {
  const story = storiesOf(viewer).find((s) => s.id === storyId);
  const index = story ? story.steps.findIndex((s) => s.id === stepId) : -1;
  return story && index >= 0 ? { story: inLanguage(viewer, story), index } : null;
}

/** Shows a step: its view through the viewer's path, then focus on its title and "Step n of m"
 *  said once in the live region (the frame's own announcement is not said over it). */
export function goToStep(viewer, storyId, stepId) {
  viewer.app.setView({ story: storyId, step: stepId });
  viewer.drawFirst();
  viewer.render({ announce: false });
  const at = locate(viewer, storyId, stepId);
  if (!at) return;
  const step = at.story.steps[at.index];
  viewer.announce(t('story.announce', at.index + 1, at.story.steps.length, step.title));
  viewer.part('story')?.querySelector('[data-story-title]')?.focus();
}

/** Leaves the story: the step's view stays, every control live; focus goes to the map. */
export function explore(viewer) {
  viewer.update({ story: null });
  viewer.announce(t('story.left'));
  viewer.mapCanvas.focus();
}

/** A source as a link to where it is published (its first URL), else its name as text. */
function sourceLink(sources, id) {
  const s = sources.get(id);
  const address = firstLink(s?.urls);
  const name = sourceLabel(sources, id);
  // Its name as its publisher wrote it: English on every page.
  return address
    ? el('a', { href: address, rel: 'noopener noreferrer', target: '_blank', ...langAttrs('en') }, name)
    : el('span', { class: 'src', ...langAttrs('en') }, name);
}

/** The records a caption rests on, each named, with its sources; two records of one name (an
 *  event and its conference) are one entry with the sources of both. */
function restsOn(viewer, step) {
  const byName = new Map();
  // A decision, a strike or a listing is named by its summary: a long text (texts.js), put in
  // in place when it arrives (the controls below keep the reader's focus).
  const { value: records, note } = withTexts(step.records, () => {
    if (box.isConnected) box.replaceWith(restsOn(viewer, step));
  });
  for (const r of records) {
    const seen = byName.get(r.name);
    if (seen) {
      seen.sources = [...new Set([...seen.sources, ...r.sources])];
      seen.ids.push(r.id);
    } else byName.set(r.name, { name: r.name, ids: [r.id], sources: [...r.sources] });
  }
  const box = el('div', { class: 'story-sources small' },
    el('p', {}, t('story.rests_on')), note,
    el('ul', {}, [...byName.values()].map((r) => el('li', {},
      storyRecord(r),
      r.sources.length ? [' — ', t('cite.source'), r.sources.map((id, i) => [i ? '; ' : '', sourceLink(viewer.sources, id)])] : '',
    ))));
  return box;
}

/** A cited record's name: in the interface's language where the dataset's short texts have it
 *  (an event's title, a figure's topic), else the dataset's English, marked so. */
function storyRecord(r) {
  const name = r.ids.map((id) => recordName(id, r.name)).find(Boolean);
  return el('span', { class: 'story-record', ...(name ? {} : langAttrs('en')) }, name ?? r.name);
}

/** The step list: a button per step, the current one marked. */
function stepList(viewer, story, index) {
  return el('details', { class: 'story-steps' },
    el('summary', {}, t('story.steps')),
    el('ol', {}, story.steps.map((s, i) => el('li', {},
      el('button', { type: 'button', 'data-story-step': s.id, 'aria-current': i === index ? 'step' : null, ...langAttrs(s.lang) }, s.title)))));
}

/** Renders the story controls for the view: hidden outside a story; rebuilt when the step changes. */
export function renderStory(viewer, view) {
  const box = viewer.part('story');
  if (!box) return;
  const at = view.story ? locate(viewer, view.story, view.step) : null;
  // The page's offer of the story (offerStory) steps aside while a story is shown.
  const offer = /** @type {HTMLElement | null} */ (viewer.root.querySelector('#story-start'));
  if (offer?.dataset.offered) offer.hidden = Boolean(at);
  if (!at) {
    box.hidden = true;
    box.dataset.key = '';
    return;
  }
  const key = `${view.story}/${view.step}/${viewer.datasetGeneration ?? 0}/${view.lang ?? 'en'}`;
  if (box.dataset.key === key && !box.hidden) return;
  box.dataset.key = key;
  const { story, index } = at;
  const step = story.steps[index];
  const last = story.steps.length - 1;
  // One step (an embed of a single step): no stepping, only the way out.
  const single = box.dataset.single === 'true';
  box.replaceChildren(
    el('p', { class: 'story-kicker small' },
      el('span', { class: 'story-name', ...langAttrs(story.titleLang) }, story.title), ' · ',
      el('span', { 'data-story-position': '' }, t('story.position', index + 1, story.steps.length))),
    el('h2', { class: 'story-step-title', 'data-story-title': '', tabindex: '-1', ...langAttrs(step.lang) }, step.title),
    el('p', { class: 'story-caption', 'data-story-caption': '', ...langAttrs(step.lang) }, captionParts(step, el)),
    restsOn(viewer, step),
    el('div', { class: 'story-controls', role: 'group', 'aria-label': t('story.controls') },
      single ? null : [
        el('button', { type: 'button', 'data-story-go': 'previous', disabled: index === 0 }, t('story.previous')),
        el('button', { type: 'button', 'data-story-go': 'next', disabled: index === last }, t('story.next')),
      ],
      el('button', { type: 'button', 'data-story-go': 'explore', title: t('story.explore_hint') }, t('story.explore')),
      single ? null : stepList(viewer, story, index)),
  );
  box.setAttribute('aria-label', t('story.label', story.title));
  box.hidden = false;
}

/** The controls' clicks and keys (delegated: the controls are rebuilt at every step). */
export function wireStory(viewer) {
  const box = viewer.part('story');
  if (!box) return;
  const move = (by) => {
    const view = viewer.view;
    const at = view.story ? locate(viewer, view.story, view.step) : null;
    const next = at ? at.story.steps[at.index + by] : null;
    if (next) goToStep(viewer, at.story.id, next.id);
  };
  box.addEventListener('click', (e) => {
    const target = /** @type {HTMLElement} */ (e.target);
    const go = target.closest('[data-story-go]')?.getAttribute('data-story-go');
    const jump = target.closest('[data-story-step]')?.getAttribute('data-story-step');
    if (go === 'previous') move(-1);
    else if (go === 'next') move(1);
    else if (go === 'explore') explore(viewer);
    else if (jump) goToStep(viewer, viewer.view.story, jump);
  });
  // Arrow keys step only here: the map and the timeline keep theirs.
  box.addEventListener('keydown', (e) => {
    if (box.dataset.single === 'true' || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      move(e.key === 'ArrowRight' ? 1 : -1);
    }
  });
}

/** The page's first screen offers the first story (a button in the masthead). */
export function offerStory(viewer, button) {
  if (!button) return;
  const first = storiesOf(viewer)[0];
  if (!first || !first.steps.length) {
    button.hidden = true; // a dataset without stories offers none
    return;
  }
  // The title in the view's language (again when the translations arrive), inside the page's
  // words: a span of its own, so an English title on a French or Arabic page is marked English.
  const draw = () => {
    const story = inLanguage(viewer, first);
    const [before, after = ''] = t('story.open', '\u0000').split('\u0000');
    button.replaceChildren(before, el('span', langAttrs(story.titleLang), story.title), after);
  };
  offers.set(viewer, draw);
  draw();
  button.dataset.offered = 'true';
  button.hidden = Boolean(viewer.view.story);
  button.addEventListener('click', () => goToStep(viewer, first.id, first.steps[0].id));
}
