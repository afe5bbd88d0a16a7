// The embeds' answer before the wasm (issue 29), as the page gives it (early-view.js): a
// <coalition-map> whose view is only a selection and a date (its `country` and `date`
// attributes, or the iframe's `?country=&date=` query in its `state`) shows the baked map
// recoloured to that day, the selection outlined and its panel, from the baked files, while the
// wasm is still on its way; a click on the baked map opens that country. The live viewer then
// takes over with the same selection (embed-element.js).
//
// Where the baked map comes from: the iframe's page (embed.html) slots it in with its HTML; the
// element fetches it (baked/early/map.html, both pictures, written by scripts/pages.mjs) and puts
// it in its shadow root. Where the baked files are: under the asset base when the host set one
// (setAssetBase: the host copies the package's baked/ folder there too), else beside this module
// (www/baked/early/ for the served embed.js; the npm package ships the same folder). A bundler
// that moves or inlines the files it finds (Vite copies days.json under a hashed name, or inlines
// it) leaves no folder to find the others in: the element then shows "Loading", as before.
import { earlyAnswer } from './early-view.js';
import { answeredEarly, readQuery } from './query.js';
import { el } from './dom.js';
import { assetUrl } from './asset-base.js';
import { VIEW_ATTRIBUTES } from './attributes.js';
import { embedLang } from './locale.js';
import { hostRecord } from './permalink.js';

/** The baked files' folder, or null where it cannot be known (see above). */
function bakedBase() {
  const set = assetUrl('baked/early/');
  if (set) return set;
  // A literal pattern, so a bundler sees the file (and copies or inlines it).
  const days = new URL('./baked/early/days.json', import.meta.url).href;
  return days.endsWith('/baked/early/days.json') ? days.slice(0, -'days.json'.length) : null;
}

/** The element's link as the live viewer will apply it: `state` read as the core reads a query
 *  (a brought dataset in the iframe's address stays in `other`), each single attribute over its
 *  view. */
function attributeQuery(element) {
  const query = readQuery(element.getAttribute('state') ?? '');
  for (const name of VIEW_ATTRIBUTES) {
    const v = element.getAttribute(name);
    if (v !== null) query.view[name] = v;
  }
  return query;
}

/** Whether the baked files can show what the element asks for: English words, the embedded
 *  dataset, no permalink from the host's address, and a selection and a date in the light picture. */
function earlyView(element) {
  if (element.hasAttribute('dataset') || embedLang(element) !== 'en' || hostRecord()) return null;
  const query = attributeQuery(element);
  return answeredEarly(query, element.getAttribute('theme') ?? 'auto') ? query.view : null;
}

/** The legend's buttons as the live viewer builds them (controls.js wireLegend), where the
 *  markup has none baked (the element's; the iframe's page has them): they take their room now,
 *  the live ones replace them. */
function ensureLegend(viewer, labels) {
  const box = viewer.part('legend');
  if (!box || box.querySelector('[data-status]')) return;
  box.replaceChildren(...labels.statuses.map((s) => {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = s.color; // CSSOM, allowed under a strict CSP
    return el('li', {}, el('button', { type: 'button', 'data-status': s.key, 'aria-pressed': 'false' },
      swatch, s.label, el('span', { class: 'legend-count' })));
  }));
}

/** The element's own baked map (both pictures), fetched once per page. */
let picture = null;
function bakedPicture(base) {
  picture ??= fetch(`${base}map.html`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`map.html: ${r.status}`))))
    .then((text) => {
      // Our own static file, never dataset text: parsing it as HTML is safe.
      const t = document.createElement('template');
      t.innerHTML = text;
      return t.content.querySelector('.baked');
    });
  return picture;
}

/**
 * Starts the answer before the wasm for `element` (a CoalitionMapElement with its shadow root
 * built). Returns its controller: `update()` after an attribute changed, `picked` (a country the
 * reader clicked before the wasm, for the live viewer to select), `stop()` when the live viewer
 * takes over. Resolves nothing and throws nothing: a missing file leaves "Loading".
 * @param {HTMLElement & { viewer: unknown }} element
 */
export function startEarly(element) {
  // The iframe's answer, started before the element was defined (embed-answer.js, a bundle of its
  // own with its own copy of this module): the element takes it over as it is.
  const started = /** @type {any} */ (element).coalitionEarly;
  if (started) return started;
  const base = bakedBase();
  const root = element.shadowRoot;
  const slotted = element.querySelector(':scope > [slot="baked"]');
  const viewerBox = root.querySelector('[data-part="viewer"]');
  const control = { picked: null, update, stop, settled: Promise.resolve() };
  let baked = slotted;
  let shown = null; // the view on screen
  let listening = false; // the baked map answers clicks only once a view could be answered
  if (!base || !viewerBox) {
    control.update = async () => {};
    return control;
  }
  const answer = earlyAnswer({
    base,
    root,
    // The iframe's link's files, asked for by its page's first-paint script (embed-first-paint.js)
    // before this bundle ran; a host page's globals are not ours to read.
    preloaded: (name) => (slotted ? window.coalitionEarlyFiles?.[name] : undefined),
    // The iframe's baked map is in its page's light DOM, styled by that page's sheet: the class
    // goes on that page's root there, on the element's viewer otherwise (no :root in a shadow).
    marker: slotted ? document.documentElement : viewerBox,
    baked: () => baked,
    live: () => Boolean(element.viewer),
    pick: (code) => {
      const view = { ...(shown ?? {}), country: code };
      answer.show(view).then((ok) => {
        if (ok) {
          control.picked = code;
          shown = view;
        }
      }, () => {});
    },
    state: (s) => { element.dataset.early = s; },
    prepare: ensureLegend,
  });

  async function update() {
    const view = earlyView(element);
    if (!view) {
      if (shown) stop(); // the host asked for something the baked files cannot show
      return;
    }
    control.picked = null;
    answer.prefetch(view);
    if (!baked) {
      const node = await bakedPicture(base);
      if (element.viewer || baked || !node) return;
      baked = /** @type {Element} */ (node.cloneNode(true));
      // Where the page has it: in the map's box, before the tooltip and the "Loading" overlay.
      root.querySelector('[data-part="map-wrap"]')?.insertBefore(baked, root.querySelector('[data-part="tooltip"]'));
    }
    if (!listening) answer.listen(baked);
    listening = true;
    if (await answer.show(view)) shown = view;
  }

  /** The live viewer has taken over (or the view cannot be shown): the baked picture goes. */
  function stop() {
    viewerBox?.classList.remove('early-view');
    if (slotted) document.documentElement.classList.remove('early-view');
    if (baked !== slotted) baked?.remove();
    shown = null;
    delete element.dataset.early;
  }

  /** Settles once the first answer is on screen or cannot be given. */
  control.settled = update().catch(() => {});
  /** @type {any} */ (element).coalitionEarly = control;
  return control;
}
