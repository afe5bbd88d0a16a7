// The iframe embed's first-paint script (issue 29): a classic script, inline in embed.html's head
// (scripts/pages.mjs, allowed by its hash in the strict policy, www/csp.json), so the embed's
// first paint needs no request beyond its HTML. It does what the page's does for every page
// (first-paint.js: scripts on, the saved theme, a deep link marked), then, for a link the baked
// files can answer (a selection and a date, as embed-early.js's earlyView decides for the element
// the iframe holds: English, the embedded dataset, the light picture), asks for those files at
// once, before the element's bundle has run and before the wasm, and paints the link's day on the
// baked picture as the parser reaches it (early-link.js, the page's code). The answer's module
// (embed-answer.js, asked for here beside those files) then renders the frame and the panel from
// the same fetches, with the element's code (embed-early.js), before the element's bundle.
//
// The wasm is not asked for from the head: a preload there shared a phone's bandwidth with the HTML
// itself (the default view's picture) and with a link's files. The element asks for it when its
// bundle runs, once the page is parsed (streaming, its glue's instantiateStreaming); for a link
// answered early it is preloaded once that answer's files are in, before the element's bundle
// runs (so the glue's fetch always finds the preload: never two downloads).
import './first-paint.js';
import { answeredEarly, readQuery } from './query.js';
import { fetchLinkFiles, inlineDays, paintLink } from './early-link.js';
import { documentParsed } from './dom.js';

const root = document.documentElement;
const query = readQuery(location.search);
const view = Object.keys(query.view).length > 0 && answeredEarly(query, 'auto') ? query.view : null;

/** A file beside the page (a relative specifier would resolve against this inline script's page
 *  all the same; the URL says so). */
const beside = (name) => new URL(name, document.baseURI).href;
const ELEMENT = beside('embed-frame.bundle.js');
/** Adds `<link rel=… href=…>` to the head (the request starts now); returns it. */
const link = (rel, href, attrs = {}) => {
  const node = Object.assign(document.createElement('link'), { rel, href }, attrs);
  document.head.append(node);
  return node;
};
let preloaded = false;
/** Asks for the element's bundle (the element, ui.js and the wasm glue) without running it. */
const preloadElement = () => {
  if (!preloaded) link('modulepreload', ELEMENT);
  preloaded = true;
};
let started = false;
/** Runs the element's bundle once the page is parsed, as the module script it was in the head ran:
 *  the element is defined with its markup all there, and asks for the wasm then (above). */
const startElement = () => {
  if (started) return;
  started = true;
  preloadElement();
  documentParsed().then(() => import(ELEMENT)).catch((e) => console.error(e));
};

if (!view) startElement();
else {
  const table = inlineDays(document);
  // A file missing (an id the dataset lacks): the answer finds it missing too, and "Loading"
  // stays until the live map, as for any other link.
  const got = fetchLinkFiles('baked/early/', view, table, () => {});
  window.coalitionEarlyFiles = got;
  const live = () => Boolean(/** @type {any} */ (document.querySelector('coalition-map'))?.viewer);
  paintLink(document, root, view, got, table, live);
  // The panel from those files as soon as they and the element's markup are in: the answer's own
  // module (embed-answer.js, 11 KB), not the element's bundle (26 KB, which ran only once the
  // whole page was parsed). On a phone's network everything requested shares the bandwidth, as on
  // the page (first-paint.js): the element's bundle is asked for once the answer's module and
  // files are in, and run once the answer is on screen (or has failed: then the element answers,
  // as before). The wasm then too: the live viewer's wait is the wasm's download, which no longer
  // waits for the element's bundle to run (its glue's fetch takes this one, asked for before the
  // bundle runs: never twice). "In" for the module is when it starts (it calls
  // coalitionEmbedAnswer first thing), not when its answer is rendered (50-150 ms of a phone's
  // main thread later).
  const loaded = new Promise((resolve) => { window.coalitionEmbedAnswer = resolve; });
  const answer = import(beside('embed-answer.bundle.js'));
  Promise.allSettled([Promise.race([loaded, answer]), ...Object.values(got)]).then(() => {
    preloadElement();
    link('preload', beside('pkg/coalition_map_bg.wasm'), { as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous' });
  });
  answer.then((m) => m.answered).catch(() => {}).finally(startElement);
}
