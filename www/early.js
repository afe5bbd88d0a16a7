// The page's answer before the wasm arrives (issue 29): a shared link that asks only for a
// selection and a date (`?country=FRA&date=2014-09-11`), or a click on the baked map, is answered
// from the files the build baked (`coalition bake --early`, www/baked/early/): the baked map is
// recoloured to the link's date and outlines the selection, and the frame of that day and the
// selection's panel are rendered by the same code the live viewer uses (early-view.js, shared
// with the embeds). Every other link (a framing, a zoom, a comparison, a filter, a timeline
// window) keeps the "Loading" state until the live map draws: never a wrong status. When the live
// viewer is ready (app.js), it takes over with the same selection and date and this script steps
// aside.
import { earlyAnswer } from './early-view.js';
import { answeredEarly, readQuery, rewriteQuery } from './query.js';
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

/** A click on the baked map before the wasm: that country's panel, and the link to it. */
async function pick(code) {
  if (window.coalitionLive) return;
  const view = { ...readQuery(location.search).view, country: code };
  if (await answer.show(view).catch(() => false)) {
    // The link to it: the host's own parameters kept as written, the selection replaced.
    history.replaceState(history.state, '', rewriteQuery(location.search, (k) => k === 'country', [['country', code]]));
  }
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
  // A click that came before this script (first-paint.js kept it): the reader's latest wish.
  const clicked = window.coalitionEarlyPick;
  if (clicked) {
    delete window.coalitionEarlyPick;
    await pick(clicked);
    return;
  }
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
