// A shared link's first answer from the head of its HTML (issue 29), one copy for the page's
// first-paint script (first-paint.js) and the iframe embed's (embed-first-paint.js): the baked files
// a selection-and-date view needs, asked for at once (before the bundles and the wasm, which share
// a phone's bandwidth), and the link's day painted on the baked picture as the parser reaches it.
// early-view.js then renders the frame and the panel from the same fetches (its `preloaded`).
import { dayIndex, paint } from './early-paint.js';

/** The statuses by day the HTML carries (a data block scripts/pages.mjs writes, id
 *  `early-days`), or null where it has none or it cannot be read (then it is fetched). */
export function inlineDays(doc) {
  try {
    return JSON.parse(doc.getElementById('early-days')?.textContent ?? 'null');
  } catch {
    return null;
  }
}

/** The baked files `view` (a selection and a date) needs, in the order they are asked for: the
 *  statuses by day (unless the HTML carries them), the day's frame, the labels, the record. */
export function linkFiles(view, { days = true } = {}) {
  const files = days ? ['days.json'] : [];
  if (view.date && /^\d{4}-\d{2}-\d{2}$/.test(view.date)) files.push(`day-${view.date}.json`);
  files.push('lists.json');
  if (view.country && /^[A-Za-z0-9_-]+$/.test(view.country)) files.push(`record-${view.country}.json`);
  return files;
}

/**
 * Asks for `view`'s baked files under `base` a task from now (or when one is read first); resolves
 * nothing itself. Returns each file's promise of its parsed JSON by name (the statuses by day too:
 * `table` where the HTML carried them). `missing` is called when one fails (an id the dataset lacks).
 * Not in the caller's task: that is the page's first parse task, which Lighthouse's simulated phone
 * counts four times over in the first contentful paint, and a page's first fetch() costs it 3-4 ms
 * (unthrottled) to set up. A task later, on a phone, is while the rest of the HTML is on its way.
 * @param {string} base @param {Record<string, string>} view @param {any} table @param {() => void} missing
 * @returns {Record<string, Promise<any>>}
 */
export function fetchLinkFiles(base, view, table, missing) {
  /** @type {Record<string, Promise<any>>} */
  const got = {};
  for (const f of linkFiles(view, { days: !table })) {
    /** @type {Promise<any> | null} */
    let asked = null;
    Object.defineProperty(got, f, {
      enumerable: true,
      get: () => {
        if (!asked) {
          asked = fetch(`${base}${f}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${f}: ${r.status}`))));
          asked.catch(missing);
        }
        return asked;
      },
    });
  }
  if (table) got['days.json'] = Promise.resolve(table);
  setTimeout(() => Object.values(got), 0); // each getter asks for its file
  return got;
}

/**
 * Paints the link's day on `doc`'s baked picture (early-paint.js: rules of a constructed sheet,
 * which apply as the parser reaches the picture) and marks `marker` `early-view` (the picture
 * shown, viewer.css); now when `table` is in hand, else when the statuses by day arrive. The
 * selection's outline follows its record. Nothing once `live()` says the live viewer has taken over.
 * @param {Document} doc @param {Element} marker @param {Record<string, string>} view
 * @param {Record<string, Promise<any>>} got @param {any} table @param {() => boolean} live
 */
export function paintLink(doc, marker, view, got, table, live) {
  const paintDay = (t) => {
    const day = dayIndex(t, view.date ?? t.end);
    if (day === null || live() || !paint(doc, t, day, null, { link: true })) return;
    marker.classList.add('early-view');
    // The selection's outline once its record is in: read a task later, when it is asked for.
    setTimeout(() => got[`record-${view.country}.json`]?.then((r) => r?.selection?.id && !live() && paint(doc, t, day, r.selection.id, { link: true }), () => {}), 0);
  };
  if (table) paintDay(table);
  else got['days.json'].then(paintDay, () => {});
}
