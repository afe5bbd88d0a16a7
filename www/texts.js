// The dataset's long texts (summaries, notes, quotations, claims, excerpts): not in the first wasm
// module, which every reader downloads, but in a file of their own (baked/texts.json, written by
// `coalition texts` at build time, in the reader's edition), asked for beside the wasm by the page
// and the element (app.js, embed-element.js: the first panel shows some) and by any view that
// needs it before. The module gives each such text as a mark, U+E000 and its number (src/pack/texts.rs);
// withTexts() puts the texts in place of the marks, or a placeholder and a loading line until the
// file is here. A brought dataset keeps its texts in its own pack: it has no marks. Texts reach the
// DOM as text, as every dataset text does (dom.js).
import { el } from './dom.js';
import { fill, loadTexts } from './texts-file.js';
import { t } from './words.js';

export { loadTexts };

/**
 * A result of the module (a frame's panel, a list, a record) with its long texts. When some are
 * still on their way: `note` is a line saying so (a polite status; it says so if the file could
 * not be fetched), and `redo()` is called once they are here, to show the same thing again.
 * @template T
 * @param {T} value
 * @param {() => void} redo
 * @returns {{ value: T, note: HTMLElement | null }}
 */
export function withTexts(value, redo) {
  const state = { waiting: false };
  const filled = fill(value, state);
  if (!state.waiting) return { value: filled, note: null };
  const note = el('p', { class: 'texts-note', role: 'status' }, t('texts.loading'));
  loadTexts().then(redo, () => {
    note.textContent = t('texts.failed');
    note.classList.add('error');
  });
  return { value: filled, note };
}

/**
 * withTexts() for a builder that fills several results through one callback (an overview, the
 * disputes, the events table): `texts` fills each result; `note()` is the loading line of the
 * first result still waiting, or null; `redo(note)` is called once, when the texts are here, with
 * that line (the caller checks that it is still shown before building again).
 * @param {(note: HTMLElement) => void} redo
 * @returns {{ texts: <T>(value: T) => T, note: () => HTMLElement | null }}
 */
export function textsFiller(redo) {
  let note = null;
  const texts = (value) => {
    const r = withTexts(value, () => { if (r.note === note) redo(note); });
    note ??= r.note;
    return r.value;
  };
  return { texts, note: () => note };
}

/** One text for a short-lived view (a hover): the text, or the placeholder while the file is on
 *  its way (asked for now, so the next hover has it). */
export function textNow(s) {
  const state = { waiting: false };
  const filled = fill(s, state);
  if (state.waiting) loadTexts().catch(() => {});
  return filled;
}
