// Gestures shared by the map and the timeline: where a pointer is on a canvas, and two-finger
// pinches. Touch events, not pointer events, for the pinch: only they can stop the browser taking
// a two-finger gesture; one finger is left to scroll the page, as on any article.

/** [x, y] of a pointer or mouse event in CSS px relative to the canvas. */
export function canvasPoint(canvas, ev) {
  const r = canvas.getBoundingClientRect();
  return [ev.clientX - r.left, ev.clientY - r.top];
}

/**
 * Calls `move(now, before)` as two fingers move on the canvas, with each `{dist, mx, my}` (the
 * distance between the fingers and their midpoint, CSS px). Returns `active()`: whether a pinch
 * is in progress, for the pointer handlers to stand aside.
 */
export function onPinch(canvas, move) {
  let last = null;
  const fingers = (ev) => {
    const r = canvas.getBoundingClientRect();
    const [a, b] = [ev.touches[0], ev.touches[1]];
    const [ax, ay, bx, by] = [a.clientX - r.left, a.clientY - r.top, b.clientX - r.left, b.clientY - r.top];
    return { dist: Math.hypot(ax - bx, ay - by), mx: (ax + bx) / 2, my: (ay + by) / 2 };
  };
  canvas.addEventListener('touchstart', (ev) => {
    if (ev.touches.length === 2) last = fingers(ev);
  }, { passive: true });
  canvas.addEventListener('touchmove', (ev) => {
    if (!last || ev.touches.length !== 2) return;
    ev.preventDefault();
    const now = fingers(ev);
    move(now, last);
    last = now;
  }, { passive: false });
  const lift = (ev) => { if (ev.touches.length < 2) last = null; };
  canvas.addEventListener('touchend', lift);
  canvas.addEventListener('touchcancel', lift);
  return () => last !== null;
}
