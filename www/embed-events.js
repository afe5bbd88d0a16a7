// The events <coalition-map> sends its host page, in one place: their names and the shape of each
// `detail` (the package's element.d.ts declares the same). Each bubbles and crosses the shadow
// boundary (composed), so a host can listen on the element or on the document.

/** Event names, by what the reader did. */
export const EVENTS = Object.freeze({
  /** The reader selected a country or cleared the selection: detail {code, name} (null, null when cleared). */
  select: 'country-select',
  /** The reader changed the date shown (scrubber, Play, a timeline click): detail {date}, ISO
   *  YYYY-MM-DD, or null for the end of the story (the default view's date). */
  date: 'date-change',
  /** The reader stepped a guided story: detail {story, step, count} — the story's id, the step now
   *  shown (0-based) and how many steps it has (story.js steps it; not sent for a host's own
   *  attribute changes). */
  step: 'story-step',
});

/**
 * @typedef {{ code: string | null, name: string | null }} CountrySelectDetail
 * @typedef {{ date: string | null }} DateChangeDetail
 * @typedef {{ story: string, step: number, count: number }} StoryStepDetail
 */

/**
 * Sends one event from the element.
 * @param {EventTarget} target
 * @param {string} name one of EVENTS
 * @param {CountrySelectDetail | DateChangeDetail | StoryStepDetail} detail
 */
export function emit(target, name, detail) {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
