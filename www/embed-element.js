// <coalition-map>: the map, timeline and details in any page, with one snippet:
//   <script type="module" src="https://…/embed.js"></script>
//   <coalition-map country="FRA" date="2014-09-15" framing="world"></coalition-map>
// Styles live in a Shadow DOM (nothing leaks in or out); the wasm module loads once per page and each
// element gets its own Coalition handle, so several embeds on one page never interfere.
// Attributes: story and step (a guided story, or one step of it: story.js), country, date (YYYY-MM-DD), framing (region|world), item (a timeline item id), compare
// (a second date), status and kinds (comma lists filtering the map and timeline), state (a whole URL
// query string, under the single attributes),
// dataset (URL of another dataset of the same schema, validated before it replaces the embedded one),
// theme (light|dark; by default it follows the reader's system setting).
// JS: el.select(code), el.setDate(iso), el.setFraming(f), el.locate(code), el.loadDataset(json),
// el.view, el.ready.
// Events (embed-events.js): `country-select`, `date-change`, `story-step`.
// Before its wasm, an element asked only for a selection and a date shows the baked map and the
// selection's panel from the baked files (embed-early.js), as the page does.
// This module only defines the class and defineCoalitionMap(): it has no side effects, and it can
// be imported where there is no DOM (a server rendering the host page) without throwing. The module
// that registers the tag is element.js: scripts/build.sh bundles it with ui.js and the glue into the
// served www/embed.js (the URL the snippet uses) and into the npm package's element.js.
import init, { Coalition, setLocale } from './coalition.js';
import { embedLang, loadLanguage, markLanguage, translate } from './locale.js';
import { Viewer, el } from './ui.js';
import { VIEW_ATTRIBUTES, attributePatch } from './attributes.js';
import { preloadDataset, reportDatasetLoad } from './dataset-fetch.js';
import { hostRecord } from './permalink.js';
import { assetUrl } from './asset-base.js';
import { EVENTS, emit } from './embed-events.js';
import { storiesOf } from './story.js';
import { startEarly } from './embed-early.js';
import { loadTexts } from './texts.js';
import { loadTimeline } from './timeline-card.js';

/** The package's version, written in by the bundler (scripts/bundle.mjs); 'dev' unbundled. */
const VERSION = typeof __COALITION_MAP_VERSION__ === 'string' ? __COALITION_MAP_VERSION__ : 'dev';

let loading = null;
/** Loads the wasm module once for the whole page, however many embeds there are. */
function loadOnce() {
  if (!loading) {
    loading = init();
    // The long texts (texts.js), asked for with the module: its first panel shows some.
    loadTexts().catch(() => {});
  }
  return loading;
}

// The viewer's markup is the page's (www/viewer.html, one template for both), bundled in as text by
// scripts/bundle.mjs; its stylesheet is embed.bundle.css (viewer.css plus the host reset), a file
// beside this script so a strict style-src 'self' host allows it.
import VIEWER_HTML from './viewer.html';
import { t } from './words.js';

/** The stylesheet's URL: under the asset base when the host set one, else beside this module (the
 *  literal pattern a bundler rewrites to the file it copies). */
function stylesheet() {
  return assetUrl('embed.bundle.css') ?? new URL('./embed.bundle.css', import.meta.url).href;
}

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
    translate(template.content); // the templates hold message ids: English until a language is brought
  }
  return template.content.cloneNode(true);
}

/** HTMLElement where there is one; a plain class on a server, so that importing this module there
 *  does not throw (the class is never registered there). */
const Base = /** @type {typeof HTMLElement} */ (globalThis.HTMLElement ?? class {});

export class CoalitionMapElement extends Base {
  /** The package version this class comes from (a second copy on the page names both). */
  static version = VERSION;

  static observedAttributes = [...VIEW_ATTRIBUTES, 'state', 'dataset', 'theme'];

  constructor() {
    super();
    // The iframe's page (embed.html) brings its shadow root already built, as declarative markup
    // with a baked first paint slotted in (scripts/pages.mjs); elsewhere the element builds it.
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // The stylesheet link is added on connection (connectedCallback), once the host's script has
    // had its chance to call setAssetBase right after importing this module.
    if (root.firstElementChild) dropPageOnly(root);
    else root.append(viewerTemplate());
    this.viewer = null;
    /** The answer before the wasm (embed-early.js), started on the first connection. */
    this.early = /** @type {ReturnType<typeof startEarly> | null} */ (null);
    this.lastCountry = null;
    this.lastDate = null;
    this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
  }

  async connectedCallback() {
    if (this.viewer || this.connecting) return;
    this.connecting = true;
    // One microtask: an element already in the document is upgraded (and connected) the moment the
    // tag is defined, inside the import; the importing script's next line (setAssetBase) runs first.
    await null;
    const root = this.shadowRoot;
    // (The iframe's declarative root brings the sheet inline, scripts/pages.mjs: no second copy.)
    if (!root.querySelector('link[rel="stylesheet"], style')) root.prepend(el('link', { rel: 'stylesheet', href: stylesheet() }));
    // Before the wasm: the baked map and a selection's panel from the baked files (embed-early.js).
    this.early ??= startEarly(this);
    try {
      if (typeof WebAssembly !== 'object') throw new Error(t('error.no_wasm'));
      await loadOnce();
      await this.bringLanguage();
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
      this.viewer.draw();
      this.querySelector(':scope > [slot="baked"]')?.remove(); // the live map has replaced it
      // A country the reader clicked on the baked map stays selected (the host hears of it now).
      if (this.early.picked) this.viewer.select(this.early.picked);
      this.early.stop();
      this.viewer.part('status').hidden = true;
      // Ready once the first panel's long texts are in it too, as the page says it (app.js): a
      // host that waits for `data-ready` or `ready` sees the summaries, not the loading line
      // (texts.js, asked for with the wasm, so usually here already; a failure, said in the
      // panel, ends the wait as well). The viewer works meanwhile.
      await loadTexts().catch(() => {});
      await loadTimeline(this.viewer); // its own module, after the map's paint (timeline-card.js)
      this.dataset.ready = 'true';
      this.viewer.warmUp();
      this.resolveReady(true);
    } catch (e) {
      const box = this.shadowRoot.querySelector('[data-part="status"]');
      box.classList.add('error');
      box.textContent = t('error.map', e && e.message ? e.message : e);
      this.connecting = false; // a later connection tries again
      this.resolveReady(false);
    }
  }

  async attributeChangedCallback(name) {
    if (!this.viewer) {
      this.early?.update().catch(() => {}); // still before the wasm: the baked answer follows
      return;
    }
    if (name === 'lang') await this.bringLanguage();
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
      if (v === null || name === 'lang') continue; // the language: below, from bringLanguage
      try {
        this.viewer.app.setView(attributePatch(name, v));
      } catch (e) {
        notices.push(t('embed.attribute_ignored', name, e.message ?? e));
      }
    }
    this.viewer.app.setView({ lang: this.uiLang ?? 'en' });
    // A single step (`step`, or a `state` naming one: the embed snippet's) shows no stepping, only
    // the way out (story.js).
    const story = this.viewer.part('story');
    if (story) story.dataset.single = String(this.hasAttribute('step') || /(^|&)step=/.test(this.getAttribute('state') ?? ''));
    const box = this.viewer.part('notice');
    box.textContent = notices.join(' ');
    box.hidden = notices.length === 0;
    this.lastCountry = this.viewer.view.country;
    this.lastDate = this.viewer.view.date;
    this.lastStep = this.viewer.view.step ?? null;
    this.viewer.sync();
  }

  /** The embed's language (its `lang` attribute, else the host page's; locale.js): its words
   *  brought (words.<lang>.json beside this script), its viewer marked and translated. A language
   *  whose words cannot be fetched leaves the embed in English. */
  async bringLanguage() {
    let lang = embedLang(this);
    try {
      await loadLanguage(lang, setLocale, new URL('.', import.meta.url));
    } catch (e) {
      console.error(e);
      lang = 'en';
    }
    this.uiLang = lang;
    const viewer = this.shadowRoot.querySelector('[data-part="viewer"]');
    if (viewer) markLanguage(viewer, lang);
    translate(this.shadowRoot);
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
    this.lastDate = this.viewer.view.date;
    this.viewer.sync();
  }

  /** A removed element stops its Play timer: nothing keeps drawing into a detached canvas. */
  disconnectedCallback() {
    this.viewer?.stopPlaying?.();
  }

  /** The reader's changes, told to the host as events (embed-events.js). Changes made through
   *  attributes are the host's own and are not echoed back. */
  changed(view) {
    if (view.country !== this.lastCountry) {
      this.lastCountry = view.country;
      const name = view.country ? this.viewer.app.lookup('name', view.country) : null;
      emit(this, EVENTS.select, { code: view.country, name });
    }
    if (view.date !== this.lastDate) {
      this.lastDate = view.date;
      emit(this, EVENTS.date, { date: view.date ?? null });
    }
    if (view.step && view.step !== this.lastStep) {
      const story = storiesOf(this.viewer).find((s) => s.id === view.story);
      if (story) emit(this, EVENTS.step, { story: story.id, step: story.steps.findIndex((s) => s.id === view.step), count: story.steps.length });
    }
    this.lastStep = view.step ?? null;
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

/**
 * Registers the element as `tag` (default `coalition-map`; several names are fine) and returns the
 * class the tag now has.
 * Where the tag is already taken — a second copy of the package on one page, another version
 * bundled by another script — this copy warns and steps aside: the elements on the page are the
 * first copy's, and they work. Without custom elements (a server) it does nothing.
 * @param {string} [tag]
 */
export function defineCoalitionMap(tag = 'coalition-map') {
  if (typeof customElements === 'undefined') return null;
  const taken = customElements.get(tag);
  if (taken) {
    if (taken !== CoalitionMapElement && !(taken.prototype instanceof CoalitionMapElement)) {
      const other = /** @type {{ version?: string }} */ (/** @type {unknown} */ (taken)).version ?? 'another package';
      console.warn(`coalition-map ${VERSION}: <${tag}> is already defined (by coalition-map ${other}); this copy steps aside and the page uses the first.`);
    }
    return taken;
  }
  // A class registers under one name only: a second name gets a subclass of its own.
  const named = customElements.getName(CoalitionMapElement);
  const cls = named ? class extends CoalitionMapElement {} : CoalitionMapElement;
  customElements.define(tag, cls);
  return cls;
}
