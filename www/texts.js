// The dataset's long texts (summaries, notes, quotations, claims, excerpts): not in the first wasm
// module, which every reader downloads, but in a file of their own (baked/texts.json, written by
// `coalition texts` at build time, in the reader's edition), asked for beside the wasm by the page
// and the element (app.js, embed-element.js: the first panel shows some) and by any view that
// needs it before. The module gives each such text as a mark, U+E000 and its number (src/pack/texts.rs);
// withTexts() puts the texts in place of the marks, or a placeholder and a loading line until the
// file is here. A brought dataset keeps its texts in its own pack: it has no marks. Texts reach the
// DOM as text, as every dataset text does (dom.js).
import { el } from './dom.js';
import { assetUrl } from './asset-base.js';
import { t } from './words.js';

const MARK = '\uE000';
const MARKS = /\uE000(\d+)/g;
/** What a text still on its way reads as. */
const PLACEHOLDER = '…';

/** @type {string[] | null} the texts, once fetched */
let texts = null;
/** @type {Promise<void> | null} */
let loading = null;

/** The texts file: under the asset base when the host set one, else beside this module (www/ for
 *  the pages' bundles; the npm package ships baked/texts.json beside its entries). */
function textsUrl() {
  return assetUrl('baked/texts.json') ?? new URL('./baked/texts.json', import.meta.url).href;
}

/** Fetches the texts file once; after a failure, the next call tries again. */
export function loadTexts() {
  loading ??= fetch(textsUrl())
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`texts.json: ${r.status}`))))
    .then((list) => {
      if (!Array.isArray(list)) throw new Error('texts.json: not a list');
      texts = list;
    })
    .catch((e) => {
      loading = null;
      throw e;
    });
  return loading;
}

/** `v` with the texts in place of their marks: the same object when it holds none, else a copy
 *  (the frame's objects stay as the module gave them, to be filled again once the file is here).
 *  `state.waiting` is set when a mark had no text yet. */
function fill(v, state) {
  if (typeof v === 'string') {
    if (!v.includes(MARK)) return v;
    return v.replace(MARKS, (m, n) => {
      const text = texts?.[Number(n)];
      if (typeof text === 'string') return text;
      state.waiting = true;
      return PLACEHOLDER;
    });
  }
  if (!v || typeof v !== 'object') return v;
  let out = v;
  for (const k of Object.keys(v)) {
    const x = fill(v[k], state);
    if (x !== v[k]) {
      if (out === v) out = Array.isArray(v) ? v.slice() : { ...v };
      out[k] = x;
    }
  }
  return out;
}

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

/** One text for a short-lived view (a hover): the text, or the placeholder while the file is on
 *  its way (asked for now, so the next hover has it). */
export function textNow(s) {
  const state = { waiting: false };
  const filled = fill(s, state);
  if (state.waiting) loadTexts().catch(() => {});
  return filled;
}
