// The timeline card while the timeline's module (the third wasm module: coalition.js) is on its
// way. It is asked for after the map's first paint, so neither the first paint nor the map's first
// click waits for it, and it never competes with the first module's download. Meanwhile the card
// says it is loading over the canvas, which keeps its size; when the module arrives the timeline is
// drawn for the view as it is by then, and if it cannot be fetched the card says so.
import { el } from './dom.js';
import { t } from './words.js';

/** Resolves once the next frame has been rendered: the map's paint goes first. */
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

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
