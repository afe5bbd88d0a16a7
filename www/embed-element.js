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

let loading = null;
/** Loads the wasm module once for the whole page, however many embeds there are. */
function loadOnce() {
  loading ??= init();
  return loading;
}

const STYLESHEET = new URL('./embed.css', import.meta.url).href;

function skeleton(label) {
  return el('div', { class: 'cm', part: 'container' },
    el('div', { class: 'notice', 'data-part': 'notice', role: 'status', hidden: true }),
    el('div', { class: 'errors', 'data-part': 'errors', role: 'alert', hidden: true }),
    el('div', { class: 'main' },
      el('div', { class: 'map-card' },
        el('div', { class: 'toolbar' },
          el('div', { class: 'framing', role: 'group', 'aria-label': 'Map framing' },
            el('button', { type: 'button', 'data-framing': 'region', 'aria-pressed': 'true' }, 'Middle East & Europe'),
            el('button', { type: 'button', 'data-framing': 'gulf', 'aria-pressed': 'false' }, 'Gulf & Levant'),
            el('button', { type: 'button', 'data-framing': 'world', 'aria-pressed': 'false' }, 'World')),
          el('div', { class: 'zoom', role: 'group', 'aria-label': 'Map zoom' },
            el('button', { type: 'button', 'data-map-zoom': 'in', 'aria-label': 'Zoom the map in' }, '+'),
            el('button', { type: 'button', 'data-map-zoom': 'out', 'aria-label': 'Zoom the map out' }, '−'),
            el('button', { type: 'button', 'data-map-zoom': 'reset' }, 'Reset'))),
        el('div', { class: 'canvas-wrap', 'data-part': 'map-wrap' },
          el('canvas', { 'data-part': 'map', role: 'img', tabindex: '0', 'aria-roledescription': 'interactive map', 'aria-label': label }),
          el('div', { class: 'tooltip', 'data-part': 'tooltip', hidden: true }),
          el('div', { class: 'overlay', 'data-part': 'status', role: 'status' }, 'Loading the map…')),
        el('div', { class: 'map-tools' },
          el('div', { class: 'legend-filter' },
            el('span', { 'data-part': 'legend-title', class: 'small' }, 'Status'),
            el('ul', { class: 'legend', 'data-part': 'legend', 'aria-label': 'Show only these statuses (click to filter the map)' })),
          el('label', { class: 'compare small' }, 'Compare ', el('select', { 'data-part': 'compare' }))),
        el('div', { class: 'date-control' },
          el('button', { type: 'button', class: 'play', 'data-part': 'play', disabled: true, 'aria-label': 'Play through the days' }, '▶ Play'),
          el('input', { type: 'range', 'data-part': 'date', 'aria-label': 'Date shown', min: 0, max: 0, value: 0, step: 1, disabled: true }),
          el('output', { 'data-part': 'date-label' }, '—'))),
      el('div', { class: 'panel', 'data-part': 'panel', role: 'region', 'aria-label': 'Details', tabindex: '-1' })),
    el('div', { class: 'timeline-card' },
      el('div', { class: 'toolbar' },
        el('div', { class: 'framing', role: 'group', 'aria-label': 'Timeline rows' },
          el('button', { type: 'button', 'data-timeline': 'actor', 'aria-pressed': 'true' }, 'By country'),
          el('button', { type: 'button', 'data-timeline': 'kind', 'aria-pressed': 'false' }, 'By kind')),
        el('div', { class: 'zoom', role: 'group', 'aria-label': 'Time axis' },
          el('button', { type: 'button', 'data-timeline-zoom': 'in', 'aria-label': 'Zoom the time axis in' }, '+'),
          el('button', { type: 'button', 'data-timeline-zoom': 'out', 'aria-label': 'Zoom the time axis out' }, '−'),
          el('button', { type: 'button', 'data-timeline-zoom': 'reset' }, 'All days'))),
      el('div', { class: 'canvas-wrap' },
        el('canvas', { 'data-part': 'timeline', tabindex: '0', role: 'img', 'aria-label': 'Timeline of events and pledges, September 2014. Arrow keys step through them.' }),
        el('div', { class: 'tooltip tooltip-wide', 'data-part': 'timeline-tooltip', hidden: true })),
      el('div', { class: 'item-detail', 'data-part': 'item-detail', 'aria-live': 'polite' })),
    el('div', { class: 'sr-only', 'data-part': 'announce', 'aria-live': 'polite' }),
  );
}

class CoalitionMapElement extends HTMLElement {
  static observedAttributes = [...VIEW_ATTRIBUTES, 'state', 'dataset', 'theme'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(
      el('link', { rel: 'stylesheet', href: STYLESHEET }),
      skeleton('Map of the coalition against ISIL, countries coloured by status'),
    );
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
      this.viewer = new Viewer(this.shadowRoot, app, { compact: true, themeTarget: this, onChange: (v) => this.changed(v) });
      this.viewer.setTheme(this.getAttribute('theme') ?? 'auto');
      await this.loadDatasetAttribute();
      this.applyAttributes();
      this.viewer.describeCanvases();
      this.viewer.draw();
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

  /** The `dataset` attribute: an http(s) URL (relative to the host page) of a dataset to show. */
  async loadDatasetAttribute() {
    const raw = this.getAttribute('dataset');
    if (!raw) return;
    let url;
    try {
      url = new URL(raw, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('only http(s) addresses');
    } catch (e) {
      this.viewer.showDatasetErrors([{ path: '(dataset attribute)', reason: `${raw.slice(0, 80)}: ${e.message}` }]);
      return;
    }
    await this.viewer.loadDatasetFrom(url.href);
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
