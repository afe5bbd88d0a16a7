// The iframe embed tells its parent page how tall its content is, so the host's resize script
// (embed-resize.js) can fit the iframe to it: no inner scrollbar, no gap. The message, posted to the
// parent whenever the height changes (a selection, the narrow layout, the timeline's rows):
//   { "coalition-map-height": 812 }     whole CSS pixels, the height of the embed's document
// one key, like Datawrapper's `datawrapper-height`, so a host's own listener can tell it from other
// frames' messages. It is posted to any origin: a height is no secret, and the embed cannot know
// which site framed it. A host without the script keeps the iframe's own height attribute.

export const MESSAGE_KEY = 'coalition-map-height';

/** Starts posting the height of `doc`'s content to the parent window; does nothing unframed. */
export function postHeights(doc = document) {
  const win = doc.defaultView;
  if (!win || win.parent === win) return;
  let last = -1;
  // Posted from the observer itself, not a later animation frame: Chromium throttles frames in
  // cross-origin iframes that are off screen, and the host should have the height before then.
  const post = () => {
    // The body's box, not the viewport's: the document's scroll height would never shrink
    // below the iframe's current height, so an iframe made too tall would stay too tall.
    const height = Math.ceil(doc.body.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    win.parent.postMessage({ [MESSAGE_KEY]: height }, '*');
  };
  new ResizeObserver(post).observe(doc.body); // called once at once, then on every change
}
