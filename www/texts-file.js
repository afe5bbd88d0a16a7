// The dataset's long texts file (baked/texts.json, written by `coalition texts` at build time in
// the reader's edition) and the filling of the first module's marks with it: U+E000 and a number
// stand for each long text of the embedded dataset (src/pack/texts.rs). No DOM here: the npm API
// (coalition.js's fillTexts) and the page's views (texts.js) share it, and so one fetch per page.
import { assetUrl } from './asset-base.js';

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

/** `v` with the texts in place of their marks (a placeholder for each one not here yet): the same object when it holds none, else a copy
 *  (the frame's objects stay as the module gave them, to be filled again once the file is here).
 *  `state.waiting` is set when a mark had no text yet. */
export function fill(v, state) {
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
