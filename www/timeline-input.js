// Input on the pledge timeline: hover for an item's text, click a marker (a pledge selects its
// country, moves the map to its day and scrolls the panel to it), click the legend to filter by
// kind; zoom and pan the time axis with Ctrl + wheel or a trackpad pinch, a drag, a two-finger
// pinch, the +/− buttons or keys; ← → step through every item once, Esc clears, 0 shows all days.
import { el, elements } from './dom.js';
import { whenText } from './dates.js';
import { canvasPoint, onPinch } from './gestures.js';
import { gesturePreview } from './preview.js';
import { clampText } from './tooltip-text.js';
import { t } from './words.js';
import { own } from './data-words.js';
import { textNow } from './texts.js';

/** A drag shorter than this (CSS px) is a click. */
const CLICK_SLOP = 4;
/** One + / − press or button click zooms by this factor. */
const STEP = 1.5;

/** @param {import('./ui.js').Viewer} viewer */
export function wireTimeline(viewer) {
  const { app } = viewer;
  const canvas = viewer.timelineCanvas;
  const tip = viewer.part('timeline-tooltip');
  const at = (ev) => canvasPoint(canvas, ev);
  const moved = () => {
    viewer.redraw();
    viewer.changed();
  };
  // Wheel, drag and pinch frames move the chart's last picture sideways; the timeline is drawn
  // anew when they pause.
  viewer.timelinePreview = gesturePreview(canvas, (ctx, snapshot, dpr) => {
    const t = app.preview('timeline');
    if (!t) return;
    const [left, top, right, bottom, k, tx] = t;
    ctx.beginPath();
    ctx.rect(left * dpr, top * dpr, (right - left) * dpr, (bottom - top) * dpr);
    ctx.clip();
    ctx.clearRect(left * dpr, top * dpr, (right - left) * dpr, (bottom - top) * dpr);
    ctx.setTransform(k, 0, 0, 1, tx * dpr, 0);
    ctx.drawImage(snapshot, 0, 0);
  }, () => viewer.redraw());
  const glided = () => {
    viewer.timelinePreview.move();
    viewer.changed();
  };

  const showTip = (x, y) => {
    const item = app.pointAt('timeline', x, y);
    canvas.style.cursor = item ? 'pointer' : drag ? 'grabbing' : 'grab';
    if (!item) {
      tip.hidden = true;
      return;
    }
    tip.hidden = false;
    tip.replaceChildren(
      el('strong', {}, clampText(item.kind === 'pledge' ? `${item.title}: ${item.category}` : item.title, 160)), el('br'),
      item.when ? `${whenText(item.when)} — ` : '', own(clampText(textNow(item.summary), 400)),
      el('span', { class: 'src' }, t('cite.source'), item.sources.map((id, i) => [i ? '; ' : '', viewer.sourceLabel(id)])),
      // A counted marker stands for many look-alike items: a click selects this one, the next
      // click the one after (the core's timelineHit gives the next each time).
      item.stack ? el('span', { class: 'src' }, t('timeline.stack', item.stack[0], item.stack[1])) : '',
    );
    viewer.placeTip(tip, canvas, x, y);
  };

  // Pointers down on the canvas, for drags (one) and pinches (two).
  const pointers = new Map();
  let drag = null;
  canvas.addEventListener('pointerdown', (ev) => {
    const [x, y] = at(ev);
    pointers.set(ev.pointerId, { x, y });
    if (pointers.size === 1) drag = { x, startX: x, startY: y, moved: false };
    if (pointers.size === 2) drag = null;
  });
  const release = (ev) => {
    pointers.delete(ev.pointerId);
    if (pointers.size === 0) setTimeout(() => { drag = null; }, 0); // after the click sees it
  };
  // Two fingers pinch (zoom) and move (pan) the axis; one finger scrolls the page.
  const pinching = onPinch(canvas, (now, before) => {
    drag = null;
    const zoomed = before.dist > 0 && app.camera('timeline', 'zoom', now.dist / before.dist, now.mx);
    const panned = app.camera('timeline', 'pan', now.mx - before.mx);
    if (zoomed || panned) glided();
  });
  canvas.addEventListener('pointermove', (ev) => {
    const [x, y] = at(ev);
    if (pointers.has(ev.pointerId)) pointers.set(ev.pointerId, { x, y });
    if (pinching()) return; // two fingers: onPinch has it
    if (drag && pointers.size === 1 && ev.buttons && ev.pointerType !== 'touch') {
      if (!drag.moved && Math.hypot(x - drag.startX, y - drag.startY) >= CLICK_SLOP) canvas.setPointerCapture?.(ev.pointerId);
      if (!drag.moved && Math.hypot(x - drag.startX, y - drag.startY) < CLICK_SLOP) return showTip(x, y);
      drag.moved = true;
      tip.hidden = true;
      if (app.camera('timeline', 'pan', x - drag.x)) glided();
      drag.x = x;
      return;
    }
    showTip(x, y);
  });
  canvas.addEventListener('pointerleave', () => { tip.hidden = true; });

  // Ctrl + wheel (and a trackpad pinch, which the browser sends as one) zooms; a sideways wheel
  // or Shift + wheel pans; a plain wheel scrolls the page, as readers expect of an article.
  canvas.addEventListener('wheel', (ev) => {
    const [x] = at(ev);
    if (ev.ctrlKey || ev.metaKey) {
      ev.preventDefault();
      if (app.camera('timeline', 'zoom', Math.exp(-ev.deltaY / 300), x)) glided();
    } else if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
      ev.preventDefault();
      if (app.camera('timeline', 'pan', -(ev.shiftKey ? ev.deltaY : ev.deltaX))) glided();
    }
  }, { passive: false });

  canvas.addEventListener('click', (ev) => {
    if (drag?.moved || !app.timeline) return; // (nothing drawn yet: its module is on its way)
    const [x, y] = at(ev);
    const item = app.pointAt('timeline', x, y);
    if (item) {
      viewer.selectItem(item.key);
      return;
    }
    const legend = app.pointAt('timeline-legend', x, y);
    if (legend) {
      viewer.update({ kinds: legend.kinds });
      viewer.announce(t(legend.shown ? 'timeline.kind_shown' : 'timeline.kind_faded', legend.label));
      return;
    }
    viewer.selectItem(null);
  });

  const zoomBy = (factor) => {
    const w = viewer.widthOf(canvas.parentElement);
    if (app.camera('timeline', 'zoom', factor, w / 2)) moved();
  };
  canvas.addEventListener('keydown', (ev) => {
    const key = ev.key;
    if (key === '+' || key === '=') zoomBy(STEP);
    else if (key === '-' || key === '_') zoomBy(1 / STEP);
    else if (key === '0' || key === 'Home') { if (app.camera('timeline', 'reset')) moved(); }
    else if ((key === 'ArrowRight' || key === 'ArrowLeft') && ev.shiftKey) {
      const w = viewer.widthOf(canvas.parentElement);
      if (app.camera('timeline', 'pan', (key === 'ArrowLeft' ? 1 : -1) * w / 4)) moved();
    } else if (key === 'ArrowRight' || key === 'ArrowLeft') viewer.stepItem(key === 'ArrowRight');
    else if (key === 'Escape') viewer.selectItem(null);
    else return;
    ev.preventDefault();
  });

  for (const b of elements(viewer.root, '[data-timeline-zoom]')) {
    b.addEventListener('click', () => {
      const how = b.dataset.timelineZoom;
      if (how === 'in') zoomBy(STEP);
      else if (how === 'out') zoomBy(1 / STEP);
      else if (app.camera('timeline', 'reset')) moved();
    });
  }
  for (const b of elements(viewer.root, '[data-timeline]')) {
    b.addEventListener('click', () => viewer.setTimelineMode(b.dataset.timeline));
  }
}
