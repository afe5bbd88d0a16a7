// The iframe embed's first-paint script (issue 29): a classic script, inline in embed.html's head
// (scripts/pages.mjs, allowed by its hash in the strict policy, www/csp.json), so the embed's
// first paint needs no request beyond its HTML. It does what the page's does for every page
// (first-paint.js: scripts on, the saved theme, a deep link marked), then, for a link the baked
// files can answer (a selection and a date, as embed-early.js's earlyView decides for the element
// the iframe holds: English, the embedded dataset, the light picture), asks for those files at
// once, before the element's bundle has run and before the wasm, and paints the link's day on the
// baked picture as the parser reaches it (early-link.js, the page's code). The element's answer
// (embed-early.js) then renders the frame and the panel from the same fetches.
//
// The wasm is not asked for here: the element asks for it when its bundle runs, once the page is
// parsed (streaming, its glue's instantiateStreaming). A preload from the head shared a phone's
// bandwidth with the HTML itself (the default view's picture) and with a link's files; one added
// later could race the element's own fetch and download it twice.
import './first-paint.js';
import { answeredEarly, readQuery } from './query.js';
import { fetchLinkFiles, inlineDays, paintLink } from './early-link.js';

const root = document.documentElement;
const query = readQuery(location.search);
const view = Object.keys(query.view).length > 0 && answeredEarly(query, 'auto') ? query.view : null;
if (view) {
  const table = inlineDays(document);
  // A file missing (an id the dataset lacks): the element's answer finds it missing too, and
  // "Loading" stays until the live map, as for any other link.
  const got = fetchLinkFiles('baked/early/', view, table, () => {});
  window.coalitionEarlyFiles = got;
  const live = () => Boolean(/** @type {any} */ (document.querySelector('coalition-map'))?.viewer);
  paintLink(document, root, view, got, table, live);
}
