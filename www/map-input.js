// Input on the map: hover names the country under the pointer (and the click asks the same
// question at the same point, so the two always agree); a click selects; Ctrl + wheel or a
// trackpad pinch, a two-finger pinch, a drag, a double-click, the +/− buttons and keys zoom and
// pan; with the map focused, arrow keys move between countries with a role by direction, Enter
// selects, Esc clears, Shift + arrows pan, 0 resets. Every move is announced.
import { elements } from './dom.js';
import { canvasPoint, onPinch } from './gestures.js';
import { gesturePreview } from './preview.js';
import { t } from './words.js';

/** A drag shorter than this (CSS px) is a click. */
const CLICK_SLOP = 4;
/** One + / − press, button click or double-click zooms by this factor. */
const STEP = 1.6;

/** @param {import('./ui.js').Viewer} viewer */
export function wireMap(viewer) {
  const { app } = viewer;
  const canvas = viewer.mapCanvas;
  const tip = viewer.part('tooltip');
  const at = (ev) => canvasPoint(canvas, ev);
  const moved = () => {
    viewer.refreshTooltip();
    viewer.redraw();
    viewer.changed();
  };
  // Wheel, drag and pinch frames move the last picture; the map is drawn anew when they pause.
  viewer.mapPreview = gesturePreview(canvas, (ctx, snapshot, dpr) => {
    const t = app.preview('map');
    if (!t) return;
    const [k, tx, ty] = t;
    const h = (viewer.mapAreaHeight ?? canvas.clientHeight) * dpr; // not the legend strip below
    ctx.beginPath();
    ctx.rect(0, 0, canvas.width, h);
    ctx.clip();
    ctx.fillStyle = viewer.seaColour ?? '#eef3f7';
    ctx.fillRect(0, 0, canvas.width, h);
    ctx.setTransform(k, 0, 0, k, tx * dpr, ty * dpr);
    ctx.drawImage(snapshot, 0, 0);
  }, () => viewer.redraw());
  const glided = () => {
    viewer.mapPreview.move();
    viewer.changed();
  };

  const hover = (x, y) => {
    viewer.pointer = { x, y };
    const info = viewer.showTooltip(x, y);
    const code = info?.code ?? null;
    if (app.hover('map', code)) viewer.redraw();
    canvas.style.cursor = code ? 'pointer' : 'grab';
  };

  const pointers = new Map();
  let drag = null;
  canvas.addEventListener('pointerdown', (ev) => {
    const [x, y] = at(ev);
    pointers.set(ev.pointerId, { x, y });
    if (pointers.size === 1) drag = { x, y, startX: x, startY: y, moved: false };
    if (pointers.size === 2) drag = null;
  });
  const release = (ev) => {
    pointers.delete(ev.pointerId);
    if (pointers.size === 0) setTimeout(() => { drag = null; }, 0); // after the click sees it
  };
  canvas.addEventListener('pointerup', release);
  canvas.addEventListener('pointercancel', release);
  canvas.addEventListener('pointermove', (ev) => {
    const [x, y] = at(ev);
    if (pointers.has(ev.pointerId)) pointers.set(ev.pointerId, { x, y });
    if (pinching()) return; // two fingers: onPinch has it
    if (drag && pointers.size === 1 && ev.buttons && ev.pointerType !== 'touch') {
      if (!drag.moved && Math.hypot(x - drag.startX, y - drag.startY) < CLICK_SLOP) return hover(x, y);
      if (!drag.moved) canvas.setPointerCapture?.(ev.pointerId);
      drag.moved = true;
      tip.hidden = true;
      canvas.style.cursor = 'grabbing';
      if (app.camera('map', 'pan', x - drag.x, y - drag.y)) glided();
      drag.x = x;
      drag.y = y;
      return;
    }
    hover(x, y);
  });
  // Two fingers pinch (zoom) and move (pan) the map; one finger scrolls the page.
  const pinching = onPinch(canvas, (now, before) => {
    drag = null;
    const zoomed = before.dist > 0 && app.camera('map', 'zoom', now.dist / before.dist, now.mx, now.my);
    const panned = app.camera('map', 'pan', now.mx - before.mx, now.my - before.my);
    if (zoomed || panned) glided();
  });

  canvas.addEventListener('pointerleave', () => {
    viewer.pointer = null;
    tip.hidden = true;
    if (app.hover('map', null)) viewer.redraw();
  });
  canvas.addEventListener('click', (ev) => {
    if (drag?.moved) return;
    // Hover and click ask one question: where the pointer last moved (fractional pixels), not the
    // click's whole-pixel position, which can land on the neighbour near a marker's edge.
    const [cx, cy] = at(ev);
    const p = viewer.pointer && Math.hypot(viewer.pointer.x - cx, viewer.pointer.y - cy) < 2 ? viewer.pointer : { x: cx, y: cy };
    const under = app.pointAt('map', p.x, p.y);
    // A territory without an ISO code (Somaliland, N. Cyprus) is named by the tooltip but
    // cannot be selected (a view names countries by code). Its click says so and leaves the
    // selection as it was; only the sea clears it.
    if (under && !under.code) {
      viewer.announce(t('map.no_code', under.name));
      return;
    }
    viewer.select(under?.code ?? null);
  });
  canvas.addEventListener('dblclick', (ev) => {
    const [x, y] = at(ev);
    if (app.camera('map', 'zoom', ev.shiftKey ? 1 / STEP : STEP, x, y)) moved();
  });
  // Ctrl + wheel (a trackpad pinch arrives the same way) zooms about the pointer; a plain wheel
  // scrolls the page, as readers of an article expect.
  canvas.addEventListener('wheel', (ev) => {
    if (!(ev.ctrlKey || ev.metaKey)) return;
    ev.preventDefault();
    const [x, y] = at(ev);
    if (app.camera('map', 'zoom', Math.exp(-ev.deltaY / 300), x, y)) glided();
  }, { passive: false });

  const centre = () => {
    const w = viewer.widthOf(viewer.part('map-wrap'));
    return [w / 2, canvas.clientHeight / 2];
  };
  const zoomBy = (factor) => {
    const [x, y] = centre();
    if (app.camera('map', 'zoom', factor, x, y)) moved();
  };
  const reset = () => { if (app.camera('map', 'reset')) moved(); };
  canvas.addEventListener('keydown', (ev) => {
    const key = ev.key;
    const arrows = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    if (key === '+' || key === '=') zoomBy(STEP);
    else if (key === '-' || key === '_') zoomBy(1 / STEP);
    else if (key === '0' || key === 'Home') reset();
    else if (arrows[key] && ev.shiftKey) {
      const d = 60;
      const [dx, dy] = { left: [d, 0], right: [-d, 0], up: [0, d], down: [0, -d] }[arrows[key]];
      if (app.camera('map', 'pan', dx, dy)) moved();
    } else if (arrows[key]) {
      const code = app.step('map', arrows[key]);
      if (code) {
        viewer.keyFocus = code;
        viewer.redraw(); // the step hovered it
        viewer.announce(t('map.focus', app.lookup('name', code) ?? code, app.lookup('status', code)));
      }
    } else if (key === 'Enter' && viewer.keyFocus) viewer.select(viewer.keyFocus);
    else if (key === 'Escape') {
      viewer.keyFocus = null;
      app.hover('map', null);
      viewer.select(null);
    } else return;
    ev.preventDefault();
  });
  canvas.addEventListener('blur', () => {
    viewer.keyFocus = null;
    if (app.hover('map', null)) viewer.redraw();
  });

  for (const b of elements(viewer.root, '[data-map-zoom]')) {
    b.addEventListener('click', () => {
      const how = b.dataset.mapZoom;
      if (how === 'in') zoomBy(STEP);
      else if (how === 'out') zoomBy(1 / STEP);
      else reset();
    });
  }
}
