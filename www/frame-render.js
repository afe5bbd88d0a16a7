// Renders a frame (the core's words about one view: src/frame.rs) into the viewer's parts: the
// date control, the framing and timeline toggles, the status legend with its counts, the compare
// menu and the canvases' text alternatives. Each part is written only when its words changed, so
// rendering the same frame twice touches nothing. Text reaches the DOM as text (dom.js).
import { el, elements } from './dom.js';
import { toDays } from './dates.js';

/** Writes `text` into `node` only when it differs (a write invalidates the page's layout). */
function setText(node, text) {
  if (node && node.textContent !== text) node.textContent = text;
}

function setAttr(node, name, value) {
  if (node && node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** The date control: the label and the slider's position (no date: the September story's last
 *  day, which is the slider's end unless the dataset goes on after Paris). */
function renderDate(viewer, frame) {
  const label = viewer.part('date-label');
  setText(label, frame.date_label);
  label?.classList.remove('baked-words');
  const slider = viewer.slider;
  const value = frame.date ? String(toDays(frame.date)) : (viewer.storyEndDay ?? slider.max);
  if (slider.value !== value) slider.value = value;
  setAttr(slider, 'aria-valuetext', frame.date_label);
}

/** The toggles whose state is the view's own (framing, timeline organisation). */
function renderToggles(viewer, view) {
  for (const b of elements(viewer.root, '[data-framing]')) {
    setAttr(b, 'aria-pressed', String(b.dataset.framing === view.framing));
  }
  const mode = view.timeline ?? 'actor';
  for (const b of elements(viewer.root, '[data-timeline]')) {
    setAttr(b, 'aria-pressed', String(b.dataset.timeline === mode));
  }
}

/** The legend under the map: its title, each status's count on the date and whether the filter
 *  picks it. The buttons themselves are built once (legend.js). */
function renderLegend(viewer, frame) {
  const title = viewer.part('legend-title');
  setText(title, frame.legend.title);
  // The live words replace the baked legend's (which a deep link hides until now).
  title?.classList.remove('baked-words');
  const byKey = new Map(frame.legend.entries.map((e) => [e.key, e]));
  for (const b of elements(viewer.root, '[data-part="legend"] [data-status]')) {
    const entry = byKey.get(b.dataset.status);
    if (!entry) continue;
    setAttr(b, 'aria-pressed', String(entry.pressed));
    setText(b.querySelector('.legend-count'), String(entry.count));
  }
}

/** The compare menu: rebuilt when its choices change (a brought dataset, a linked odd date). */
function renderCompare(viewer, frame) {
  const select = viewer.part('compare');
  if (!select) return;
  const key = frame.compare.map((c) => `${c.value}\u0000${c.label}`).join('\u0001');
  if (select.dataset.choices !== key) {
    select.replaceChildren(...frame.compare.map((c) => el('option', { value: c.value }, c.label)));
    select.dataset.choices = key;
  }
  select.classList.remove('baked-words');
  const chosen = frame.compare.find((c) => c.selected)?.value ?? '';
  if (select.value !== chosen) select.value = chosen;
}

/** The canvases' text alternatives, stating what they show now. */
function renderAlternatives(viewer, frame) {
  setAttr(viewer.mapCanvas, 'aria-label', frame.map_alt);
  setAttr(viewer.timelineCanvas, 'aria-label', frame.timeline_alt);
}

/**
 * Renders the parts of the viewer a frame describes.
 * @param {any} viewer the Viewer (ui.js)
 * @param {import('./pkg/coalition_map.js').Frame} frame
 * @param {import('./pkg/coalition_map.js').View} view
 */
export function renderFrame(viewer, frame, view) {
  renderDate(viewer, frame);
  renderToggles(viewer, view);
  renderLegend(viewer, frame);
  renderCompare(viewer, frame);
  renderAlternatives(viewer, frame);
}
