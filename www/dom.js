// Building the DOM safely: every dataset string becomes a text node or an attribute value, never
// HTML; links open only http(s) addresses.

/** Resolves once the document is parsed (at once if it is): the one wait for DOMContentLoaded
 *  that the first-paint script, early.js and app.js each need. */
export const documentParsed = () => (document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : Promise.resolve());

/** Resolves once the next frame has been rendered: work queued here does not delay that frame (the
 *  app's start after the map's first paint; the timeline's module asked for after it). */
export const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Builds an element; string children become text nodes, so data can never inject markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Sets an element's CSS height, only when it changes (a change invalidates the page's layout). */
/** The HTML elements under `root` that match `selector` (typed for the JS type check, where
 *  querySelectorAll of an attribute selector gives plain Elements). */
export function elements(root, selector) {
  return /** @type {HTMLElement[]} */ ([...root.querySelectorAll(selector)]);
}

export function setHeight(element, px) {
  const value = `${px}px`;
  if (element.style.height !== value) element.style.height = value;
}

/** Source links open only http(s) addresses; anything else is shown as text. */
export function safeHref(url) {
  try {
    const u = new URL(url.includes('://') ? url : `https://${url}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Escapes a value for a double- or single-quoted HTML attribute in code we generate (the embed
 *  snippet a reader pastes into another site): nothing in it can close the attribute or open a tag.
 *  For a URL built from percent-encoded parts (`url: true`), `&` stays as written: a parameter
 *  separator followed by one of our keys and `=` is never read as a character reference, and a
 *  pasted link stays readable. */
export function escapeAttr(value, { url = false } = {}) {
  return String(value).replace(url ? /[<>"']/g : /[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
