// The page's answer before the wasm arrives (issue 29): a shared link that asks only for a
// selection and a date (`?country=FRA&date=2014-09-11`), or a click on the baked map, is answered
// from the files the build baked (`coalition bake --early`, www/baked/early/): the baked map is
// recoloured to the link's date and outlines the selection, and the frame of that day and the
// selection's panel are rendered by the same code the live viewer uses (early-view.js, shared
// with the embeds). Every other link (a framing, a zoom, a comparison, a filter, a timeline
// window) keeps the "Loading" state until the live map draws: never a wrong status. When the live
// viewer is ready (app.js), it takes over with the same selection and date and this script steps
// aside.
import { answerable, earlyAnswer, linkView } from './early-view.js';

const root = document.documentElement;

const answer = earlyAnswer({
  base: 'baked/early/',
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
  const view = { ...linkView(location.search), country: code };
  if (await answer.show(view).catch(() => false)) {
    const params = new URLSearchParams(location.search);
    params.set('country', code);
    history.replaceState(history.state, '', `?${params}`);
  }
}

function start() {
  const view = linkView(location.search);
  // Only what the baked files can show rightly: a selection and a date, in the light picture.
  if (!answerable(view, root.dataset.theme)) return;
  answer.listen(document.querySelector('[data-part="baked"]'));
  // A baked file missing or unreadable: the "Loading" state stays, as for any other link.
  if (Object.keys(view).length) answer.show(view).catch(() => {});
}

// An async module may arrive before the page is parsed: the baked map and the panel must be there.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
