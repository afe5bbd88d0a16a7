// <coalition-map>: the map, timeline and details in any page, with one snippet:
//   <script type="module" src="https://…/embed.js"></script>
//   <coalition-map country="FRA" date="2014-09-15" framing="world"></coalition-map>
// Styles live in a Shadow DOM (nothing leaks in or out); the wasm module loads once per page and each
// element gets its own Coalition handle, so several embeds on one page never interfere.
// Attributes: country, date (YYYY-MM-DD), framing (region|world), item (a timeline item id), compare
// (a second date), status and kinds (comma lists filtering the map and timeline), state (a whole URL
// query string, under the single attributes),
// dataset (URL of another dataset of the same schema, validated before it replaces the embedded one),
// theme (light|dark; by default it follows the reader's system setting).
// JS: el.select(code), el.setDate(iso), el.setFraming(f), el.locate(code), el.loadDataset(json),
// el.view, el.ready.
// Events: `country-select` (detail: {code, name}) when the reader selects a country.
// This is the source: scripts/build.sh bundles it with ui.js and the wasm-bindgen glue into the
// served www/embed.js (build output), the URL the snippet uses.
import init, { Coalition } from './coalition.js';
import { Viewer, el } from './ui.js';
import { VIEW_ATTRIBUTES, attributePatch } from './attributes.js';
import { preloadDataset, reportDatasetLoad } from './dataset-fetch.js';
import { hostRecord } from './permalink.js';

let loading = null;
/** Loads the wasm module once for the whole page, however many embeds there are. */
function loadOnce() {
  loading ??= init();
  return loading;
}

// The viewer's markup is the page's (www/viewer.html, one template for both), bundled in as text by
// scripts/bundle.mjs; its stylesheet is embed.bundle.css (viewer.css plus the host reset), a file
// beside this script so a strict style-src 'self' host allows it.
import VIEWER_HTML from './viewer.html';

const STYLESHEET = new URL('./embed.bundle.css', import.meta.url).href;

/** Drops the page's own parts (headings, search, hints) from the viewer's markup, and any
 *  reference to a heading dropped. */
function dropPageOnly(root) {
  for (const n of root.querySelectorAll('[data-page-only]')) n.remove();
  for (const n of root.querySelectorAll('[aria-labelledby]')) {
    if (!root.getElementById(n.getAttribute('aria-labelledby'))) n.removeAttribute('aria-labelledby');
  }
}

/** The viewer template once per page, without the page's own parts. The markup is our own static
 *  file, never dataset text, so parsing it as HTML is safe. */
let template = null;
function viewerTemplate() {
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = VIEWER_HTML;
    dropPageOnly(template.content);
  }
  return template.content.cloneNode(true);
}

class CoalitionMapElement extends HTMLElement {
  static observedAttributes = [...VIEW_ATTRIBUTES, 'state', 'dataset', 'theme'];

  constructor() {
    super();
    // The iframe's page (embed.html) brings its shadow root already built, as declarative markup
    // with a baked first paint slotted in (scripts/pages.mjs); elsewhere the element builds it.
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (root.firstElementChild) dropPageOnly(root);
    else root.append(el('link', { rel: 'stylesheet', href: STYLESHEET }), viewerTemplate());
    this.viewer = null;
    this.lastCountry = null;
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  async connectedCallback() {
    if (this.viewer) return;
    try {
      if (typeof WebAssembly !== 'object') throw new Error('This browser does not support WebAssembly.');
      await loadOnce();
      const app = new Coalition();
      // A `dataset` is downloaded and checked before the viewer exists: nothing is drawn from the
      // embedded dataset meanwhile (dataset-fetch.js).
      const dataset = this.datasetUrl();
      const brought = dataset.url && (await preloadDataset(app, dataset.url));
      this.viewer = new Viewer(this.shadowRoot, app, { compact: true, themeTarget: this, onChange: (v) => this.changed(v) });
      this.viewer.setTheme(this.getAttribute('theme') ?? 'auto');
      if (dataset.errors) this.viewer.showDatasetErrors(dataset.errors);
      if (brought) reportDatasetLoad(this.viewer, brought, dataset.url);
      if (this.getAttribute('dataset') !== dataset.raw) await this.loadDatasetAttribute(); // changed meanwhile
      this.applyAttributes();
      this.openHostRecord();
      this.viewer.describeCanvases();
      this.viewer.draw();
      this.querySelector(':scope > [slot="baked"]')?.remove(); // the live map has replaced it
      this.viewer.part('status').hidden = true;
      this.dataset.ready = 'true';
      this.viewer.warmUp();
      this.resolveReady(true);
    } catch (e) {
      const box = this.shadowRoot.querySelector('[data-part="status"]');
      box.classList.add('error');
      box.textContent = `Sorry — the map could not be shown. ${e && e.message ? e.message : e}`;
      this.resolveReady(false);
    }
  }

  async attributeChangedCallback(name) {
    if (!this.viewer) return;
    if (name === 'dataset') await this.loadDatasetAttribute();
    if (name === 'theme') {
      this.viewer.setTheme(this.getAttribute('theme') ?? 'auto');
      return;
    }
    this.applyAttributes();
  }

  /** The `dataset` attribute as an http(s) URL (relative to the host page): `{raw, url}`, or
   *  `{raw, errors}` when it is not one. */
  datasetUrl() {
    const raw = this.getAttribute('dataset');
    if (!raw) return { raw, url: null };
    try {
      const url = new URL(raw, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('only http(s) addresses');
      return { raw, url: url.href };
    } catch (e) {
      return { raw, url: null, errors: [{ path: '(dataset attribute)', reason: `${raw.slice(0, 80)}: ${e.message}` }] };
    }
  }

  /** The `dataset` attribute changed: the viewer keeps what it shows until the new one is valid. */
  async loadDatasetAttribute() {
    const { url, errors } = this.datasetUrl();
    if (errors) this.viewer.showDatasetErrors(errors);
    if (url) reportDatasetLoad(this.viewer, await this.viewer.loadDatasetFrom(url), url);
  }

  /** The attributes as one view state: `state` first, then each single attribute over it. A
   *  single attribute the view refuses is named in the notice and leaves `state`'s value as it was. */
  applyAttributes() {
    const notices = this.viewer.app.applyQuery(this.getAttribute('state') ?? '');
    for (const name of VIEW_ATTRIBUTES) {
      const v = this.getAttribute(name);
      if (v === null) continue;
      try {
        this.viewer.app.setView(attributePatch(name, v));
      } catch (e) {
        notices.push(`The ${name} attribute was ignored: ${e.message ?? e}`);
      }
    }
    const box = this.viewer.part('notice');
    box.textContent = notices.join(' ');
    box.hidden = notices.length === 0;
    this.lastCountry = this.viewer.view.country;
    this.viewer.sync();
  }

  /** A Cite permalink copied from an embed is the host page's address with `record=ID`: opened
   *  here, once, when this embed's dataset holds that record (permalink.js). Anything else in the
   *  host's `record=` is the host's own business: ignored without a word. */
  openHostRecord() {
    const record = hostRecord();
    if (!record) return;
    try {
      this.viewer.app.setView({ record });
    } catch {
      return;
    }
    this.lastCountry = this.viewer.view.country;
    this.viewer.sync();
  }

  /** A removed element stops its Play timer: nothing keeps drawing into a detached canvas. */
  disconnectedCallback() {
    this.viewer?.stopPlaying?.();
  }

  changed(view) {
    if (view.country !== this.lastCountry) {
      this.lastCountry = view.country;
      const name = view.country ? this.viewer.app.name(view.country) : null;
      this.dispatchEvent(new CustomEvent('country-select', {
        detail: { code: view.country, name }, bubbles: true, composed: true,
      }));
    }
  }

  get view() {
    return this.viewer?.view ?? null;
  }

  select(code) { return this.viewer?.select(code) ?? null; }
  setDate(iso) { this.viewer?.setDate(iso); }
  setFraming(framing) { this.viewer?.setFraming(framing); }
  locate(code) { return this.viewer?.locate(code) ?? null; }
  /** Replaces the dataset (JSON text or object); resolves to {ok, errors, actors, events}. */
  async loadDataset(data) { return this.viewer?.loadDataset(data) ?? { ok: false, errors: [{ path: '(embed)', reason: 'not ready yet' }] }; }
}

if (!customElements.get('coalition-map')) customElements.define('coalition-map', CoalitionMapElement);
