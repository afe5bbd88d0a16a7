// The iframe embed's answer before its element's bundle (issue 29): a small module
// (embed-answer.bundle.js) that embed.html's first-paint script imports at once for a link the
// baked files can answer (embed-first-paint.js), beside the link's files. It gives the element's
// answer (embed-early.js, the same code and the same render code as the page's early.js) to the
// <coalition-map> of the iframe's HTML before that element is defined: its declarative shadow
// root is there with the HTML, and its bundle (the element, ui.js and the wasm glue, ~26 KB) runs
// only once the whole page is parsed, which on a phone came 150-300 ms after the link's files.
// The element's bundle then takes this answer over (startEarly finds it on the element): the
// panel is not rendered twice, a country the reader picked meanwhile stays picked.
import { startEarly } from './embed-early.js';

// Here, before any work: embed-first-paint.js asks for the element's bundle and the wasm now
// (when the link's files are in too), not once this module's answer is rendered.
window.coalitionEmbedAnswer?.();

/** The element with its shadow root and its slotted baked picture parsed, or null. */
const parsed = () => {
  const element = document.querySelector('coalition-map');
  return element?.shadowRoot && element.querySelector(':scope > [slot="baked"]') ? element : null;
};

/** Answers the view in the element's `state` (the iframe's query, which embed-frame.js sets
 *  again); resolves once that answer is on screen or cannot be given. */
function answer(element) {
  // The element's bundle ran first: its own answer is under way.
  if (!element || customElements.get('coalition-map')) return undefined;
  element.setAttribute('state', location.search.slice(1));
  return startEarly(/** @type {any} */ (element)).settled;
}

/** Settles once the answer is given or cannot be (embed-first-paint.js then runs the element's
 *  bundle). This module may run while the page is still parsed: it needs the element's parts,
 *  not the rest of the page (after the element there is only the table for readers without
 *  JavaScript). */
export const answered = new Promise((resolve) => {
  const check = () => {
    const element = parsed();
    if (!element && document.readyState === 'loading') return false;
    resolve(answer(element));
    return true;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('readystatechange', () => {
    if (check()) observer.disconnect();
  });
});
