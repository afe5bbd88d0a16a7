// The wasm API as the page, the embed and the npm package offer it: the first module's `Coalition`
// handle (pkg/coalition_map.js: drawing, queries, the view), with the five methods whose work lives
// in the second module (pkg/coalition_tools.js: JSON parsing and validation of a brought dataset,
// the JSON, CSV and SVG exports), each returning a Promise. The second module is fetched the first time
// one of them is called, never on a plain page load, and once per page however many handles there
// are.
//
// scripts/build.sh copies this file into the npm package as its entry (www/pkg/coalition.js, with
// the ./pkg/ prefix of the imports removed), so `import init, { Coalition } from 'coalition-map'`
// gets the same class; the bundles import it from here. The tools' import stays a separate file
// in both (scripts/bundle.mjs keeps it out of the bundles).
//
// Each glue finds its wasm beside itself (its own `new URL('…_bg.wasm', import.meta.url)`), unless
// the host has called setAssetBase (asset-base.js): then both modules come from that folder.
import glueInit, { Coalition as Handle } from './pkg/coalition_map.js';
import { assetUrl } from './asset-base.js';
import { fill, loadTexts } from './texts-file.js';

export * from './pkg/coalition_map.js';
export { setAssetBase } from './asset-base.js';

/** The glue's init, with the wasm from the asset base when one is set (an argument wins). */
export default function init(arg) {
  const url = arg === undefined ? assetUrl('coalition_map_bg.wasm') : null;
  return glueInit(url ? { module_or_path: url } : arg);
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

export class Coalition extends Handle {
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
