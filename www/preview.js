// Smooth gestures: while the reader zooms or pans (wheel, drag, pinch), each frame moves the last
// picture drawn — one drawImage with a transform, well under a millisecond — and the canvas is
// drawn anew only when the gesture pauses. Drawing the map anew costs ~5 ms (a projection and
// ~16,000 vertices), too much for every frame of a gesture.

/** How long (ms) a gesture must pause before the picture is drawn anew. */
const SETTLE = 150;

/**
 * @param canvas the canvas whose last picture moves
 * @param paint (ctx, snapshot, dpr) => void: draws the snapshot moved for the view now
 * @param settle () => void: draws the canvas anew (the gesture paused)
 */
export function gesturePreview(canvas, paint, settle) {
  let snapshot = null;
  let pending = false;
  let timer = null;
  return {
    /** Shows the view now by moving the last picture (once per frame) and schedules the redraw. */
    move() {
      clearTimeout(timer);
      timer = setTimeout(() => { snapshot = null; settle(); }, SETTLE);
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (!snapshot) {
          snapshot = document.createElement('canvas');
          snapshot.width = canvas.width;
          snapshot.height = canvas.height;
          snapshot.getContext('2d').drawImage(canvas, 0, 0);
        }
        const ctx = canvas.getContext('2d');
        ctx.save();
        paint(ctx, snapshot, canvas.width / Math.max(1, canvas.clientWidth));
        ctx.restore();
        canvas.dataset.drawn = String(Number(canvas.dataset.drawn || 0) + 1);
      });
    },
    /** The canvas was drawn anew: the next gesture starts from that picture. */
    reset() {
      snapshot = null;
      clearTimeout(timer);
    },
  };
}
