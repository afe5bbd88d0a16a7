// The wasm API as the page, the embed and the npm package offer it: the first module's `Coalition`
// handle (pkg/coalition_map.js: the map, queries, the view), with the five methods whose work lives
// in the second module (pkg/coalition_tools.js: JSON parsing and validation of a brought dataset,
// the JSON, CSV and SVG exports), each returning a Promise. The second module is fetched the first time
// one of them is called, never on a plain page load, and once per page however many handles there
// are. The timeline is the third module's (pkg/coalition_timeline.js: its drawing, hit-test, steps
// and window): `loadTimeline()` fetches it (the viewer asks after the map's first paint), and from
// then on this handle routes the `"timeline"` targets of pointAt, camera, preview, locate and step,
// and drawTimeline, to its `Timeline`, handing it this handle's view first. What a timeline gesture
// changes comes back here (a window through setView, an item through selectItem): the one view
// stays in the first module.
//
// scripts/build.sh copies this file into the npm package as its entry (www/pkg/coalition.js, with
// the ./pkg/ prefix of the imports removed), so `import init, { Coalition } from 'coalition-map'`
// gets the same class; the bundles import it from here. The tools' and the timeline's imports stay
// separate files in both (scripts/bundle.mjs keeps them out of the bundles).
//
// Each glue finds its wasm beside itself (its own `new URL('…_bg.wasm', import.meta.url)`), unless
// the host has called setAssetBase (asset-base.js): then every module comes from that folder.
import glueInit, { Coalition as Handle, setLocale as glueSetLocale } from './pkg/coalition_map.js';
import { assetUrl } from './asset-base.js';
import { fill, loadTexts } from './texts-file.js';

export * from './pkg/coalition_map.js';
export { setAssetBase } from './asset-base.js';

/** The glue's init, with the wasm from the asset base when one is set (an argument wins). */
export default function init(arg) {
  const url = arg === undefined ? assetUrl('coalition_map_bg.wasm') : null;
  return glueInit(url ? { module_or_path: url } : arg);
}

/** The languages handed to the first module, for the timeline's module when it arrives. */
const locales = new Map();
let timelineGlue = null;

/** Hands a language's tables (words.<lang>.json) to the first module and, loaded or when it
 *  loads, to the timeline's (the glue's setLocale, for both). */
export function setLocale(lang, words, names) {
  glueSetLocale(lang, words, names);
  locales.set(lang, [words, names]);
  timelineGlue?.setLocale(lang, words, names);
}

let timelineLoading = null;
/** The third module (the timeline), loaded once per page on the first call; a failed fetch is
 *  tried again on the next. */
export function timelineModule() {
  timelineLoading ??= import('./pkg/coalition_timeline.js').then(async (m) => {
    const url = assetUrl('coalition_timeline_bg.wasm');
    await m.default(url ? { module_or_path: url } : undefined);
    for (const [lang, [words, names]] of locales) m.setLocale(lang, words, names);
    timelineGlue = m;
    return m;
  }).catch((e) => {
    timelineLoading = null;
    throw e;
  });
  return timelineLoading;
}

let loading = null;
/** The second module, loaded on first use. */
export function tools() {
  loading ??= import('./pkg/coalition_tools.js').then(async (m) => {
    const url = assetUrl('coalition_tools_bg.wasm');
    await m.default(url ? { module_or_path: url } : undefined);
    return m;
  }).catch((e) => {
    loading = null; // a failed fetch is tried again on the next call, not remembered
    throw e;
  });
  return loading;
}

/** The targets the timeline's module answers. */
const TIMELINE = new Set(['timeline', 'timeline-legend']);

export class Coalition extends Handle {
  /** @type {import('./pkg/coalition_timeline.js').Timeline | null} this dataset's timeline, once
   *  loadTimeline() has resolved */
  timeline = null;
  /** What the timeline was last handed (view, theme, hovered country), so it is handed once. */
  timelineFor = '';
  themeName = 'light';
  /** @type {string | null} the country the map's pointer or arrow keys are on */
  hovered = null;

  /** Fetches the timeline's module (once per page) and makes this handle's timeline, of the
   *  dataset shown (`pack()`: it is not downloaded twice). Resolves to it. */
  async loadTimeline() {
    const m = await timelineModule();
    this.timeline ??= new m.Timeline(this.pack());
    return this.timeline;
  }

  /** The timeline with this handle's view handed over, or null before loadTimeline(). */
  synced() {
    const tl = this.timeline;
    if (!tl) return null;
    const query = this.query();
    const key = `${query} ${this.themeName} ${this.hovered ?? ''}`;
    if (key !== this.timelineFor) {
      tl.setView(query, this.themeName, this.hovered);
      this.timelineFor = key;
    }
    return tl;
  }

  /** Draws the timeline (the timeline's module: call loadTimeline() first); returns its height. */
  drawTimeline(canvas, cssWidth, dpr) {
    const tl = this.synced();
    if (!tl) throw new Error('the timeline module is not loaded yet: await loadTimeline() first');
    return tl.draw(canvas, cssWidth, dpr);
  }

  pointAt(target, x, y) {
    return TIMELINE.has(target) ? this.synced()?.pointAt(target, x, y) : super.pointAt(target, x, y);
  }

  /** On "timeline" the window moves in the timeline's module, and the view takes it here. */
  camera(target, op, a, b, c) {
    if (target !== 'timeline') return super.camera(target, op, a, b, c);
    const window = this.synced()?.camera(op, a, b);
    if (window === undefined) return false;
    super.setView({ window });
    return true;
  }

  preview(target) {
    return target === 'timeline' ? this.synced()?.preview() : super.preview(target);
  }

  locate(target, key) {
    return target === 'timeline' ? this.synced()?.locate(key) : super.locate(target, key);
  }

  /** On "timeline" the next or previous item is selected (as selectItem does); its key returned. */
  step(target, direction) {
    if (target !== 'timeline') {
      const code = super.step(target, direction);
      if (code) this.hovered = code;
      return code;
    }
    const key = this.synced()?.step(direction);
    if (key) this.selectItem(key);
    return key;
  }

  hover(target, key) {
    const changed = super.hover(target, key);
    if (target === 'map') this.hovered = key ?? null;
    return changed;
  }

  /** Selects a timeline item by marker key or id; a drawn marker gives its own day and actor. */
  selectItem(key) {
    const hit = key ? this.synced()?.item(key) : undefined;
    return super.selectItem(key, hit?.day, hit?.actor);
  }

  /** On "item" the drawn marker's (its day and actor, its stack), else the first module's. */
  record(kind, key, date) {
    return /** @type {any} */ ((kind === 'item' && this.synced()?.item(key)) || super.record(kind, key, date));
  }

  setTheme(theme) {
    super.setTheme(theme);
    this.themeName = theme;
  }

  /** A new dataset goes to the timeline too (the pack the first module now shows). */
  loadPacked(pack) {
    const result = super.loadPacked(pack);
    if (result.ok && this.timeline) {
      this.timeline.load(this.pack());
      this.timelineFor = '';
    }
    return result;
  }

  free() {
    this.timeline?.free();
    this.timeline = null;
    super.free();
  }

  /**
   * Replaces the dataset with another of the same schema (a JSON document like `coalition export
   * --json` prints). The second module validates it; on any problem the current dataset stays and
   * the result lists each problem's path and reason (at most 100, then how many more).
   * Resolves to {ok, errors: [{path, reason}], actors, events}.
   */
  async loadDataset(json) {
    const checked = (await tools()).checkDataset(json);
    if (!checked.ok) {
      return { ok: false, errors: checked.errors, actors: this.list('countries').length, events: this.list('timeline').length };
    }
    return this.loadPacked(checked.pack);
  }

  /**
   * `value` (a list, a record or a frame this handle gave) with the embedded dataset's long texts
   * in place of their marks: the first module leaves summaries, notes, quotations, claims and
   * excerpts out, each as U+E000 and a number, and `baked/texts.json` (shipped beside this file;
   * under the asset base when one is set) holds them, fetched once. A brought dataset's results
   * have no marks and come back as they are. Rejects when the file cannot be fetched.
   */
  async fillTexts(value) {
    await loadTexts();
    return fill(value, { waiting: false });
  }

  /** The dataset shown as a JSON document, indented (what `coalition export --json` prints and
   *  loadDataset reads). */
  async json() {
    return (await tools()).json(this.pack());
  }

  /** The dataset as CSV (a row per participation, pledge, statement, event, figure and claim). */
  async csv() {
    return (await tools()).csv(this.pack());
  }

  /** The current map as an SVG document, drawn by the same code through plotters' SVG backend. */
  async mapSvg(width, height) {
    return (await tools()).mapSvg(this.pack(), this.query(), this.theme().name, width, height);
  }

  /** The current timeline as an SVG document, in the view's mode and window. */
  async timelineSvg(width) {
    return (await tools()).timelineSvg(this.pack(), this.query(), this.theme().name, width);
  }
}
