// The timeline card while the timeline's module (the third wasm module: coalition.js) is on its
// way. It is asked for after the map's first paint, so neither the first paint nor the map's first
// click waits for it, and it never competes with the first module's download. Meanwhile the card
// says it is loading over the canvas, which keeps its size; when the module arrives the timeline is
// drawn for the view as it is by then, and if it cannot be fetched the card says so. In the default
// view the canvas takes the height the timeline will have at once (baked by width at build time), so
// nothing moves when it is drawn.
import { afterNextPaint, el, setHeight } from './dom.js';
import { t } from './words.js';

/** The default view's timeline heights by width and mode (examples/timeline_heights.rs, put in
 *  the bundle by scripts/bundle.mjs), or null unbundled. */
const HEIGHTS = typeof __TIMELINE_HEIGHTS__ === 'object' ? __TIMELINE_HEIGHTS__ : null;

/** The height the timeline will have when drawn, when the build measured it: the embedded
 *  dataset's default view (any date and selection; no window, kind filter or other language) at
 *  this width. */
function finalHeight(viewer, width) {
  const v = viewer.view;
  const runs = HEIGHTS?.[v.timeline ?? 'actor'];
  if (!runs || v.window || v.kinds?.length || v.lang || viewer.datasetGeneration) return null;
  let height = null;
  for (const [from, h] of runs) if (width >= from) height = h;
  return height;
}

/**
 * Starts loading the viewer's timeline (once per viewer). Resolves to true when it has been drawn,
 * false when the module could not be loaded (the card then says so).
 * @param {import('./ui.js').Viewer} viewer
 * @returns {Promise<boolean>}
 */
export function loadTimeline(viewer) {
  if (!loads.has(viewer)) loads.set(viewer, start(viewer));
  return loads.get(viewer);
}

/** Each viewer's load, started once. */
const loads = new WeakMap();

/** @param {import('./ui.js').Viewer} viewer */
async function start(viewer) {
  const canvas = viewer.timelineCanvas;
  const wrap = canvas.parentElement;
  const note = el('div', { class: 'overlay', role: 'status', 'data-part': 'timeline-status' }, t('timeline.loading'));
  wrap.append(note);
  canvas.setAttribute('aria-busy', 'true');
  const height = finalHeight(viewer, wrap.clientWidth);
  if (height) setHeight(canvas, height);
  try {
    await afterNextPaint();
    await viewer.app.loadTimeline();
  } catch (e) {
    console.error(e);
    note.textContent = t('timeline.failed');
    note.classList.add('error');
    canvas.removeAttribute('aria-busy');
    return false;
  }
  note.remove();
  canvas.removeAttribute('aria-busy');
  try {
    viewer.drawTimeline();
  } catch (e) {
    viewer.showError(e);
  }
  return true;
}
