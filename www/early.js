// The page's answer before the wasm arrives (issue 29): a shared link that asks only for a
// selection and a date (`?country=FRA&date=2014-09-11`), or a click on the baked map, is answered
// from the files the build baked (`coalition bake --early`, www/baked/early/): the baked map is
// recoloured to the link's date and outlines the selection, and the frame of that day and the
// selection's panel are rendered by the same code the live viewer uses (early-view.js, shared
// with the embeds). Every other link (a framing, a zoom, a comparison, a filter, a timeline
// window) keeps the "Loading" state until the live map draws: never a wrong status. When the live
// viewer is ready (app.js), it takes over with the same selection and date and this script steps
// aside. A search sent meanwhile is answered from the baked names (early-search.js) as a click
// on the record found would be.
import { earlyAnswer } from './early-view.js';
import { answeredEarly, readQuery, rewriteQuery } from './query.js';
import { findEarly, namesFile } from './early-search.js';
import { pageLang } from './locale.js';
import { documentParsed } from './dom.js';

const root = document.documentElement;

const answer = earlyAnswer({
  base: 'baked/early/',
  // The link's files, fetched and parsed by first-paint.js while the page was parsed.
  preloaded: (name) => window.coalitionEarlyFiles?.[name],
  root: document,
  marker: root,
  baked: () => document.querySelector('[data-part="baked"]'),
  live: () => Boolean(window.coalitionLive),
  pick: (code) => pick(code),
  state: (s) => { document.body.dataset.early = s; },
});

/** A click on the baked map before the wasm: that country's panel, and the link to it.
 *  Resolves to whether it was shown. */
async function pick(code) {
  if (window.coalitionLive) return false;
  const view = { ...readQuery(location.search).view, country: code };
  if (!(await answer.show(view).catch(() => false))) return false;
  // The link to it: the host's own parameters kept as written, the selection replaced.
  history.replaceState(history.state, '', rewriteQuery(location.search, (k) => k === 'country', [['country', code]]));
  return true;
}

/** The page's language, as the live viewer will choose it (locale.js). */
const lang = () => pageLang(location.search, navigator.languages);

/** The search box, and the searches sent so far (the latest one answers). */
const box = () => /** @type {HTMLInputElement | null} */ (document.querySelector('[data-part="search"]'));
let searches = 0;

/** A search sent before the live viewer (first-paint.js keeps it: `coalitionEarlySearch`): the
 *  record the baked names find shown as a click on it would be, and the box cleared as the live
 *  search clears it. Words the names lack, a file that fails, a record not shown: the search stays
 *  kept, and the live viewer sends it again when it takes over (app.js). Resolves to whether it
 *  was answered. */
async function search() {
  const input = box();
  const words = input?.value.trim(); // as the live search reads them (controls.js)
  const mine = ++searches;
  if (!words || window.coalitionLive) return false;
  const id = await findEarly(answer.file, lang(), words).catch(() => null);
  if (!id || mine !== searches || !(await pick(id)) || mine !== searches) return false;
  delete window.coalitionEarlySearch;
  input.value = '';
  return true;
}

/** The page's app (first-paint.js loads it): after the answer for a link answered here, so the
 *  answer's files are not shared with its bundle on a slow network; at once otherwise. */
const startApp = () => window.coalitionStartApp?.();

async function start() {
  const query = readQuery(location.search);
  // Only what the baked files can show rightly: a selection and a date, in the light picture.
  if (!answeredEarly(query, root.dataset.theme)) return;
  answer.listen(document.querySelector('[data-part="baked"]'));
  window.coalitionEarlyListening = true;
  // A search from now on (first-paint.js keeps it and calls this); the names asked for on the
  // box's first focus, when a search is likely, never before.
  window.coalitionEarlyFind = search;
  box()?.addEventListener('focus', () => answer.file(namesFile(lang())).catch(() => {}), { once: true });
  // A click that came before this script (first-paint.js kept it): the reader's latest wish.
  const clicked = window.coalitionEarlyPick;
  if (clicked) {
    delete window.coalitionEarlyPick;
    await pick(clicked);
    return;
  }
  // A search sent before this script: answered if the names find it, else the link's view.
  if (window.coalitionEarlySearch && (await search())) return;
  // A baked file missing or unreadable: the "Loading" state stays, as for any other link.
  if (Object.keys(query.view).length) await answer.show(query.view).catch(() => false);
}

// A file (an async module the first-paint script imports), it may run while the page is parsed:
// the answer needs the viewer's markup only (its last part, the announcer, is there), not the
// cards below it. Waiting for the whole page put the panel after the page's first full layout
// (on a phone, 200-300 ms after the page was parsed). Then the app, whatever happened.
const viewerParsed = () => document.readyState !== 'loading'
  || document.querySelector('[data-part="viewer"] [data-part="announce"]') !== null;
const parsed = viewerParsed() ? Promise.resolve() : documentParsed();
parsed.then(start).catch(() => {}).finally(startApp);
