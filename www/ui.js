// The interactive view shared by the page and the <coalition-map> embed: map, timeline, date
// scrubber, play button, framing toggle and details panel, bound to the parts of one root (the page's
// body or an embed's shadow root) found by their data-part attributes. The view itself lives in the
// wasm handle (one ViewState): every change goes through app.setView and every draw reads app.view().
// All dataset text reaches the DOM through textContent (see dom.js), never as HTML.
import { el, elements, setHeight } from './dom.js';
import { renderFrame } from './frame-render.js';
import { human, toDays, useMonths, whenText } from './dates.js';
import { labelMaps, sourceLabel, sourceMap } from './record.js';
import * as tableView from './tables.js';
import * as panelView from './panel.js';
import * as controls from './controls.js';
import * as storyView from './story.js';
import { wireTimeline } from './timeline-input.js';
import { loadTimeline } from './timeline-card.js';
import { wireMap } from './map-input.js';
import { MAX_DATASET_BYTES, fetchDatasetText } from './dataset-fetch.js';
import { tooltipNodes } from './tooltip-text.js';
import { applyTheme } from './theme.js';
import { t } from './words.js';

export { el } from './dom.js';
export { human, whenText, toDays, fromDays } from './dates.js';

/** A JS caller's argument must be a string (or null): anything else is a TypeError here, before
 *  it reaches wasm. */
function stringOrNull(value, what) {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string or null, not ${typeof value}`);
  return value;
}

export class Viewer {
  /**
   * @param {Document | ShadowRoot} root the document or shadow root holding the parts
   * @param {import('./pkg/coalition_map.js').Coalition} app a Coalition from the wasm module (one per viewer)
   * @param {{ onChange?: (view: import('./pkg/coalition_map.js').View) => void, compact?: boolean,
   *           themeTarget?: HTMLElement | null }} [options] onChange: called after every change of
   *   the view state, with app.view(); themeTarget: the element data-theme is set on
   */
  constructor(root, app, { onChange = () => {}, compact = false, themeTarget = null } = {}) {
    // Set by the input modules (map-input.js, timeline-input.js) when they wire the canvases.
    /** @type {{ x: number, y: number } | null} where the pointer last was over the map */
    this.pointer = null;
    /** @type {{ move(): void, reset(): void } | null} */
    this.mapPreview = null;
    /** @type {{ move(): void, reset(): void } | null} */
    this.timelinePreview = null;
    /** @type {string | null} the country the map's arrow keys stand on */
    this.keyFocus = null;
    this.root = root;
    this.app = app;
    this.onChange = onChange;
    this.compact = compact;
    this.labels = app.list('labels');
    useMonths(this.labels.months);
    this.maps = labelMaps(this.labels);
    this.sources = sourceMap(app);
    // The parts never change once the viewer exists: look each up once (a click touches a dozen).
    const parts = new Map();
    this.part = (name) => {
      if (!parts.has(name)) parts.set(name, root.querySelector(`[data-part="${name}"]`));
      return parts.get(name);
    };
    this.mapCanvas = this.part('map');
    this.timelineCanvas = this.part('timeline');
    this.pending = false;
    this.slider = this.part('date');
    this.setSliderRange();
    wireMap(this);
    controls.wireLegend(this);
    controls.wireCompare(this);
    wireTimeline(this);
    /** @type {(() => void) | null} Stops Play (controls.js sets it; a removed embed calls it). */
    this.stopPlaying = null;
    controls.wireDate(this);
    controls.wireSearch(this);
    storyView.wireStory(this);
    this.themeTarget = themeTarget;
    this.themeMode = 'auto';
    /** @type {string | null} the sea's colour in the theme, read from the palette at the next draw (theme.js) */
    this.seaColour = null;
    /** @type {(() => void) | null} follows the system's setting while the theme is auto (theme.js) */
    this.mediaWatch = null;
    const tables = this.part('table-view');
    tables?.addEventListener('toggle', () => tableView.renderTables(this));
    for (const b of elements(root, '[data-framing]')) {
      b.addEventListener('click', () => this.setFraming(b.dataset.framing));
    }
    const panel = this.part('panel');
    // Whether the panel is scrolled away from its top (read when it scrolls, so renderPanel need not
    // force a layout to find out; its own reset to the top scrolls it, and clears this again).
    panel?.addEventListener('scroll', () => { this.panelScrolled = panel.scrollTop > 0; }, { passive: true });
    // The canvases' widths, kept by the observer: reading clientWidth while drawing would force a
    // layout of whatever the click just changed (the panel) in the middle of the frame.
    this.widths = new Map();
    // The width each canvas was last drawn at: the observer's first report (the size the first
    // draw measured) redraws nothing, which at start-up cost a whole second draw of both canvases.
    this.drawnWidths = new Map();
    const sizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const w = e.target.clientWidth;
        this.widths.set(e.target, w);
        if (this.drawnWidths.has(e.target) && this.drawnWidths.get(e.target) !== w) changed = true;
      }
      if (changed) this.redraw();
    });
    sizes.observe(this.part('map-wrap'));
    sizes.observe(this.timelineCanvas.parentElement);
    const watchDpr = () => matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
      .addEventListener('change', () => { this.redraw(); watchDpr(); }, { once: true });
    watchDpr();
  }

  get view() {
    return this.app.view();
  }

  /** The slider spans the dataset's own days; an empty dataset disables it (and Play). The default
   *  view (no date) sits at the September story's last day, which is the slider's end unless the
   *  dataset goes on after Paris. */
  setSliderRange() {
    const span = this.app.list('span');
    this.slider.disabled = !span;
    this.part('play').disabled = !span;
    this.slider.min = span ? String(toDays(span.first)) : '0';
    this.slider.max = span ? String(toDays(span.last)) : '0';
    this.storyEndDay = span?.end ? String(toDays(span.end)) : this.slider.max;
  }

  /**
   * Replaces the dataset (JSON text or an object of the same schema). It is validated first (by the
   * second wasm module, fetched on first use: see coalition.js); on any problem the current dataset
   * and view stay, and the problems are listed in the errors part.
   * Resolves to {ok, errors: [{path, reason}], actors, events}.
   */
  async loadDataset(data) {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    // Measured before the text is copied into wasm: a refused 7 MB string would grow its memory.
    if (typeof text !== 'string' || text.length > MAX_DATASET_BYTES || new Blob([text]).size > MAX_DATASET_BYTES) {
      const errors = [{ path: '(document)', reason: t('fetch.too_big', MAX_DATASET_BYTES) }];
      this.showDatasetErrors(errors);
      return { ok: false, errors, actors: 0, events: 0 };
    }
    return this.loaded(await this.app.loadDataset(text));
  }

  /** Shows again a dataset shown before, as the first module's `pack()` kept it: it was checked
   *  when it was brought, so it goes back without the second module. */
  restorePacked(pack) {
    return this.loaded(this.app.loadPacked(pack));
  }

  /** After a load: its errors listed, or the viewer's caches of the old dataset renewed. */
  loaded(result) {
    this.showDatasetErrors(result.errors);
    if (result.ok) {
      this.sources = sourceMap(this.app);
      this.labels = this.app.list('labels');
      this.overview = null;
      this.eventsTable = null;
      this.datasetGeneration = (this.datasetGeneration ?? 0) + 1;
      this.renderDisputes();
      this.setSliderRange();
      this.sync({ notify: true });
    }
    return result;
  }

  /** Fetches a dataset from a URL and loads it; network and size problems are reported the same way.
   *  Only `origin` (when given) may answer; a download that stalls is stopped (dataset-fetch.js). */
  async loadDatasetFrom(url, { origin = null } = {}) {
    try {
      return await this.loadDataset(await fetchDatasetText(url, { origin }));
    } catch (e) {
      const errors = [{ path: '(download)', reason: `${url}: ${e.message ?? e}` }];
      this.showDatasetErrors(errors);
      return { ok: false, errors };
    }
  }

  showDatasetErrors(errors) {
    const box = this.part('errors');
    if (!box) return;
    box.replaceChildren();
    box.hidden = errors.length === 0;
    if (!errors.length) return;
    box.append(
      el('p', {}, el('strong', {}, t('dataset.rejected')), t('dataset.rejected_more')),
      // Focusable: a long list scrolls, and a keyboard must be able to scroll it (axe).
      el('ul', { tabindex: '0', 'aria-label': t('dataset.problems') }, errors.map((e) => el('li', {}, el('code', {}, e.path), `: ${e.reason}`))),
    );
  }

  /** Draws both canvases now (the first paint; later changes go through redraw()). */
  draw() {
    this.drawMap();
    this.drawTimeline();
  }

  /** An element's width as last observed (its clientWidth before the first observation). */
  widthOf(element) {
    const w = this.widths.get(element) ?? element.clientWidth;
    this.drawnWidths.set(element, w);
    return Math.max(1, w);
  }

  drawMap() {
    const w = this.widthOf(this.part('map-wrap'));
    const { framing } = this.app.view();
    // The world is wide, the Gulf nearly square; phones get at least 300 px of map to touch.
    const ratio = { world: 0.52, gulf: 0.75 }[framing] ?? 0.66;
    const h = Math.round(Math.min(640, Math.max(w <= 480 ? 300 : 220, w * ratio)));
    const total = this.app.drawMap(this.mapCanvas, w, h, window.devicePixelRatio || 1);
    this.mapAreaHeight = h;
    this.mapPreview?.reset();
    // The sea's colour, for the edges a gesture uncovers. (Not read back from the canvas: one
    // getImageData moves a canvas off the GPU and slows every later draw.)
    this.seaColour ??= this.app.theme().sea;
    setHeight(this.mapCanvas, total);
    // The baked first paint (www/index.html) gives way to the live map once it has drawn.
    this.part('baked')?.remove();
    this.mapCanvas.dataset.drawn = String(Number(this.mapCanvas.dataset.drawn || 0) + 1);
  }

  /** The timeline, once its module is here (timeline-card.js asks for it the first time). */
  drawTimeline() {
    if (!this.app.timeline) return void loadTimeline(this);
    const tw = this.widthOf(this.timelineCanvas.parentElement);
    const th = this.app.drawTimeline(this.timelineCanvas, tw, window.devicePixelRatio || 1);
    this.timelinePreview?.reset();
    setHeight(this.timelineCanvas, th);
  }

  /** When the browser is idle after the first paint, draws once more: the map then caches its base
   *  layer (the first paint draws it straight onto the canvas), so the first hover or click is as
   *  quick as the rest. */
  warmUp() {
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
    // The map only: the timeline keeps no such layer, and both in one task block the page twice
    // as long (Lighthouse's TBT). A failure shows as any redraw's does.
    const drawMap = () => { try { this.drawMap(); } catch (e) { this.showError(e); } };
    idle(drawMap, { timeout: 1000 });
  }

  /** Coalesces redraw requests into one per animation frame. */
  redraw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      try {
        this.draw();
      } catch (e) {
        this.showError(e);
      }
    });
  }

  /** Draws both canvases for a change before the change touches anything else on the page: at
   *  once for the first change in a frame, as the coalesced redraw for any more (a scrub, a burst
   *  of API calls). A canvas resolves its fonts against the page's style, so a drawing after the
   *  panel or the table is rebuilt makes the browser lay the page out there and then, in the
   *  middle of the drawing (10-50 ms at 100× the data), and the frame then lays out what changed
   *  after it again. Drawn first, the page is laid out once, when the frame is rendered. */
  drawFirst() {
    if (this.pending || this.drewThisFrame) {
      this.redraw();
      return;
    }
    try {
      this.draw();
    } catch (e) {
      this.showError(e);
    }
    this.drewThisFrame = true;
    requestAnimationFrame(() => { this.drewThisFrame = false; });
  }

  showError(e) {
    const box = this.part('status');
    box.hidden = false;
    box.classList.add('error');
    box.textContent = t('error.map', e && e.message ? e.message : e);
    console.error(e);
  }

  /** Renders the current view: the frame's words (frame-render.js), then the panel, the
   *  timeline item, the tables and the tooltip, each only when what it shows changed. Every change
   *  of the view ends here, whichever control or API call made it; returns the frame. */
  render({ announce = true, notify = true } = {}) {
    const view = this.view;
    const frame = this.app.frame();
    this.frame = frame;
    renderFrame(this, frame, view);
    // A frame rendered by renderWords() before the first paint carried the first panel.
    panelView.renderPanel(this, frame.panel ?? this.firstPanel, view);
    this.firstPanel = null;
    panelView.renderItem(this, view);
    tableView.renderTables(this);
    storyView.renderStory(this, view);
    this.refreshTooltip();
    if (announce && frame.announcement) this.announce(frame.announcement);
    if (notify) this.onChange(view);
    return frame;
  }

  /** Only the frame's words (date control, legend, menus, text alternatives): what the page
   *  needs before its first paint, without building the panel. */
  renderWords() {
    this.frame = this.app.frame();
    this.firstPanel = this.frame.panel;
    renderFrame(this, this.frame, this.view);
  }

  /** Applies a view patch (checked in Rust as a link's values are), draws the canvases, then
   *  renders the frame: the one path of every change from the viewer's controls and its API. */
  update(patch, { zoom = false } = {}) {
    this.app.setView(patch);
    if (zoom) this.app.camera('map', 'fit');
    this.drawFirst();
    return this.render();
  }

  /** Re-reads the whole view (after applyQuery, attribute changes or a new dataset) and redraws.
   *  Not a reader's change unless `notify` says so: the back button or a host's attribute must
   *  not write a new history entry. */
  sync({ notify = false, redraw = true } = {}) {
    controls.renderNames(this);
    this.render({ notify });
    if (redraw) this.redraw();
  }

  /** After a gesture changed the camera or the time window (map-input.js, timeline-input.js). */
  changed() {
    this.render();
  }

  /** The page's "Where the sources disagree" section (panel.js), built once per dataset. */
  renderDisputes() {
    panelView.renderDisputes(this);
  }

  /** Tells screen-reader users what changed (a polite live region). */
  announce(text) {
    const box = this.part('announce');
    if (box) box.textContent = text;
  }

  /** Applies a theme: "light", "dark", or "auto" to follow the reader's system setting (theme.js). */
  setTheme(mode) {
    applyTheme(this, mode);
  }

  // ---- changes to the view ----

  /** Selects a country or organisation by code, name or alias (null clears); returns its id.
   *  With `{ zoom: true }` (search, the table, a roster) the map zooms to it if it is small. */
  select(code, { zoom = false } = {}) {
    this.update({ country: stringOrNull(code, 'select(code)') }, { zoom });
    return this.view.country ?? null;
  }

  setFraming(framing) {
    this.update({ framing: stringOrNull(framing, 'setFraming(framing)') });
  }

  /** Sets the date shown (YYYY-MM-DD; null: the end of the story). A date the view would refuse
   *  in a link is refused here too, with the same words. */
  setDate(iso) {
    this.update({ date: stringOrNull(iso, 'setDate(date)') });
  }

  /** Selects a timeline item by marker key or id: the map moves to its day and outlines the
   *  actors involved; a pledge selects its country, whose panel scrolls to that pledge. */
  selectItem(id) {
    const before = this.view.country;
    const date = this.app.selectItem(stringOrNull(id, 'selectItem(id)'));
    const view = this.view;
    const item = id ? this.describeItem(id) : null;
    if (item?.kind === 'pledge' && view.country !== before) this.app.camera('map', 'fit');
    this.drawFirst();
    // The item's own words are said below, not the frame's (a new selection, a new date).
    this.render({ announce: false });
    if (item?.kind === 'pledge') panelView.pickInPanel(this, this.part('panel').querySelector(`[data-pledge="${CSS.escape(item.id)}"]`));
    const who = item?.kind === 'pledge' && view.country !== before ? t('timeline.country_selected', this.app.lookup('name', view.country) ?? '') : '';
    this.announce(item ? t('timeline.item', item.category, item.title, whenText(item.when) || human(date)) + who : t('timeline.cleared'));
    return date ?? null;
  }

  /** → / ←: the next or previous item in time, then row, order; every item once per round. */
  stepItem(forward) {
    const key = this.app.step('timeline', forward ? 'next' : 'previous');
    if (key) this.selectItem(key);
    return key ?? null;
  }

  /** The timeline by country ("actor", the first view) or by kind. */
  setTimelineMode(mode) {
    this.update({ timeline: stringOrNull(mode, 'setTimelineMode(mode)') });
  }

  locate(code) {
    return this.app.locate('map', stringOrNull(code, 'locate(code)') ?? '') ?? null;
  }

  describeItem(id) {
    return this.app.record('item', id) ?? null;
  }

  // ---- text views ----

  sourceLabel(id) {
    return sourceLabel(this.sources, id);
  }

  // ---- tooltips ----

  /** Positions a tooltip near the pointer, flipped left of it past the middle of its canvas. */
  placeTip(tip, canvas, x, y) {
    const flip = x > canvas.clientWidth / 2;
    tip.style.transform = `translate(${Math.round(flip ? x - 12 : x + 12)}px, ${Math.round(y + 14)}px)${flip ? ' translateX(-100%)' : ''}`;
  }

  /** Rewrites the map tooltip for the pointer's last place: the date may have changed under a
   *  still pointer (Play), and the tooltip must not keep the old status. */
  refreshTooltip() {
    const tip = this.part('tooltip');
    if (!tip || tip.hidden || !this.pointer) return;
    this.showTooltip(this.pointer.x, this.pointer.y);
  }

  showTooltip(x, y) {
    const tip = this.part('tooltip');
    const info = this.app.pointAt('map', x, y);
    if (!info) {
      tip.hidden = true;
      return null;
    }
    tip.hidden = false;
    tip.replaceChildren(...tooltipNodes(info));
    this.placeTip(tip, this.mapCanvas, x, y);
    return info;
  }

}
