// Runs before the page's body is parsed: a classic script, built with the query reader it imports
// into first-paint.bundle.js (scripts/bundle.mjs), written inline into index.html by
// scripts/pages.mjs (allowed by its hash in the page's CSP) and loaded as a file by the iframe
// embed. The baked map in the HTML is the default view in the light theme:
// - a link that asks for another view (a date, a selection, a framing, a filter...) hides it, so it
//   never shows statuses the link did not ask for; the live map replaces the "Loading" overlay;
// - the reader's saved theme is applied now (app.js applies it again), so a dark theme never
//   flashes light, and the dark theme hides the light picture (see viewer.css) — only when
//   scripts run: without JavaScript the picture is the only map, and it shows in any theme.
// On the page (its tag carries data-early) it also paints a shared link's day on the baked map,
// brings a French or Arabic page's words, and starts the page's scripts in the order a reader of
// the link needs them (issue 29).
import { answeredEarly, readQuery } from './query.js';
import { fetchLinkFiles, inlineDays, paintLink } from './early-link.js';
import { markLanguage, pageLang } from './locale.js';
import { translateWith } from './translate.js';
import { documentParsed } from './dom.js';

/** The keys whose value shows a map other than the baked one (src/view/params.rs, `changes_map`;
 *  a brought dataset draws another map too): tests/params.rs checks this list against the table. */
const MAP_KEYS = ['story', 'step', 'country', 'date', 'framing', 'view', 'item', 'compare', 'status', 'record', 'lang', 'numerals', 'dataset'];

const root = document.documentElement;
// Scripts run: the dark theme may hide the light baked picture (viewer.css), as the live map will
// replace it. Without JavaScript it stays, the only map the reader gets.
root.classList.add('scripted');
try {
  const theme = localStorage.getItem('coalition-map-theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
} catch {
  // Storage refused (privacy settings): the system theme applies.
}
// The link as the core reads it (query.js): `??date=2014-09-11` or `?%64ate=…` is a date all the
// same, and a key the core would not take (an empty value) is no deep link.
const query = readQuery(location.search);
const { view } = query;
if (MAP_KEYS.some((k) => k in view || k in query.other)) root.classList.add('deep-link');

const script = document.currentScript;
if (script?.hasAttribute('data-early')) {
  // The chrome's language (issue 29): a page in French or Arabic never shows its baked English
  // first. Its lang and dir now (no mirroring later); its words asked for now, and put in as soon
  // as the page is parsed, while the chrome's words are not shown (transparent: their room kept,
  // nothing moves; style.css); English shows if they fail or take over two seconds (put in later
  // if they come). The app takes this fetch (locale.js), not a second one.
  const lang = pageLang(location.search, navigator.languages);
  if (lang !== 'en') {
    markLanguage(root, lang);
    root.classList.add('words-pending');
    const words = fetch(`words.${lang}.json`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`words.${lang}.json: ${r.status}`))));
    window.coalitionWords = { [lang]: words };
    const shown = () => root.classList.remove('words-pending');
    const late = setTimeout(() => {
      markLanguage(root, 'en');
      shown();
    }, 2000);
    Promise.all([words, documentParsed()]).then(([table]) => {
      if (window.coalitionLive) return; // the app has put them in
      translateWith(document, (id) => table.words?.[id]);
      markLanguage(root, lang);
      clearTimeout(late);
      shown();
    }, () => {
      clearTimeout(late);
      markLanguage(root, 'en');
      shown();
    });
  }

  const add = (tag, attrs) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.head.append(el);
  };
  // A link that asks only for a selection and a date is answered by early.js (a module file beside
  // the page, www/early.bundle.js) from baked files: on a phone's network everything requested
  // shares the bandwidth, so those come alone — the day's frame (the map's words), the labels,
  // the record (the panel) and early.js at once; the map itself is painted now, below — and the
  // app's bundle and the wasm after the answer (early.js asks for them once
  // the panel is on screen, or at once if it cannot answer). Any other view (the default one too)
  // starts the app and the wasm once the page is parsed; early.js comes with them where it has a
  // part (a click on the default view's baked map before the wasm), and not at all where it has
  // none (a framing, a filter...). Those are asked for after the first frame is on screen:
  // requested earlier, they share the first paint's bandwidth and main thread (Lighthouse's
  // simulated phone counted the wasm's download in the first paint and the largest one, issue 29).
  const answers = answeredEarly(query, root.dataset.theme);
  const early = answers && Object.keys(view).length > 0;
  let started = false;
  let earlyAsked = false;
  // early.js failing to load or to run (the import rejects): the app answers the link.
  // Asked for at a low priority (a module preload, which the import then takes): it is not needed
  // for the first paint, and a script asked for at a high priority is counted in it (Lighthouse's
  // simulated phone put its 10 KB in a shared link's first contentful paint, issue 29).
  const loadEarly = () => {
    if (earlyAsked || !answers) return;
    earlyAsked = true;
    const url = new URL('early.bundle.js', document.baseURI).href;
    add('link', { rel: 'modulepreload', href: url, fetchpriority: 'low' });
    import(url).catch(() => startApp());
  };
  // A click on the baked map before early.js listens (it is asked for after the first paint, and
  // a reader may be quicker): kept, early.js asked for at once, and answered by it when it starts.
  if (answers) {
    document.addEventListener('click', (e) => {
      const node = e.target instanceof Element ? e.target.closest('[data-part="baked"] [data-c], [data-part="baked"] [data-m]') : null;
      if (!node || window.coalitionEarlyListening || window.coalitionLive) return;
      window.coalitionEarlyPick = node.getAttribute('data-c') ?? node.getAttribute('data-m') ?? undefined;
      loadEarly();
    });
  }
  // A search before the live viewer: the form has no action (the app answers it), so sending it
  // now would reload the page at a bare `?`, the link and its view lost. Kept instead: early.js
  // answers it from the baked names (asked for at once if not here yet), else the live viewer
  // sends it again when it takes over (app.js), the words still in the box.
  document.addEventListener('submit', (e) => {
    if (window.coalitionLive || !(e.target instanceof HTMLFormElement) || e.target.dataset.part !== 'search-form') return;
    e.preventDefault();
    window.coalitionEarlySearch = true;
    if (window.coalitionEarlyFind) window.coalitionEarlyFind();
    else loadEarly();
  }, true);
  // The browser's own word that the page is on screen (a frame's rendering task ends before its
  // pixels are); a hidden page paints nothing, and a browser without paint timing, or one that
  // never reports, goes on a second later all the same.
  const painted = new Promise((resolve) => {
    if (document.hidden || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      resolve(undefined);
      return;
    }
    const timer = setTimeout(resolve, 1000);
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(undefined);
    }).observe({ type: 'paint', buffered: true });
  });
  const startApp = () => {
    if (started) return;
    started = true;
    painted.then(() => {
      loadEarly();
      add('link', { rel: 'preload', href: 'pkg/coalition_map_bg.wasm', as: 'fetch', type: 'application/wasm', crossorigin: 'anonymous' });
      add('script', { type: 'module', src: 'app.bundle.js' });
    });
  };
  window.coalitionStartApp = startApp;
  if (!early) document.addEventListener('DOMContentLoaded', startApp, { once: true });
  else {
    // The statuses by day are in the page (a data block before this script, scripts/pages.mjs);
    // the link's files fetched and parsed here, not preloaded: by the time early.js runs (the page
    // parsed) they are objects, and the map is recoloured in the same task, before the page's
    // first frame (early-link.js, shared with the iframe embed). A baked file missing (an id the
    // dataset lacks): the app answers the link, as before early.js.
    const table = inlineDays(document);
    const got = fetchLinkFiles('baked/early/', view, table, startApp);
    window.coalitionEarlyFiles = got;
    // early.js beside the files, a task from now as they are (early-link.js): the panel waits
    // for it. Asked for after the first paint, it started late on a phone (the paint observer's
    // callback, like a fetch's, waits for the parser: 540-900 ms), and the panel came 100-300 ms
    // later.
    setTimeout(loadEarly, 0);
    // The link's map now: its rules apply to the baked picture as the parser reaches it, so the map
    // is on screen with it, before early.js (a file) has run (a fetched file's
    // callback waits for the parser: on a phone that was after the whole page); the selection's
    // outline once its record says what it selects.
    paintLink(document, root, view, got, table, () => Boolean(window.coalitionLive));
    // An error on the way down (early.js throwing outside its own catch): the app too.
    window.addEventListener('error', startApp, { capture: true, once: true });
  }
}
