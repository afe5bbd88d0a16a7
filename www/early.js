// The page's answer before the wasm arrives (issue 29): a shared link that asks only for a
// selection and a date (`?country=FRA&date=2014-09-11`), or a click on the baked map, is answered
// from the files the build baked (`coalition bake --early`, www/baked/early/): the baked map is
// recoloured to the link's date and outlines the selection, and the frame of that day and the
// selection's panel are rendered by the same code the live viewer uses (frame-render.js,
// panel.js). Every other link (a framing, a zoom, a comparison, a filter, a timeline window) keeps
// the "Loading" state until the live map draws: never a wrong status. When the live viewer is
// ready (app.js), it takes over with the same selection and date and this script steps aside.
import { renderFrame } from './frame-render.js';
import { renderPanel } from './panel.js';
import { labelMaps, namedSources } from './record.js';
import { toDays, useMonths } from './dates.js';
import { answeredEarly, readQuery, rewriteQuery } from './query.js';

const BASE = 'baked/early/';
const root = document.documentElement;

/** A baked file, parsed: the one first-paint.js fetched for the link, or fetched now (a click). */
const json = (name) => window.coalitionEarlyFiles?.[name]
  ?? fetch(BASE + name).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${name}: ${r.status}`))));
let lists = null;
let table = null;
const listsOnce = () => (lists ??= json('lists.json'));
const daysOnce = () => (table ??= json('days.json'));

/** The day's index in days.json (`null`: outside the baked days, or not a date). */
function dayIndex(table, iso) {
  const at = (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${table.first}T00:00:00Z`)) / 864e5;
  return Number.isInteger(at) && at >= 0 && at < table.days ? at : null;
}

/** A map country's status key on a day, from its change points. */
function statusOn(table, code, day) {
  const points = table.codes[code] ?? [];
  let status = -1;
  for (let i = 0; i + 1 < points.length && points[i] <= day; i += 2) status = points[i + 1];
  return status < 0 ? null : table.statuses[status];
}

/** The baked pictures' fills for `day`, and the selection's outline. Hatching and host outlines
 *  belong to the default day's picture: off on any other day, so none is wrong. */
function recolour(table, day, selected) {
  const baked = document.querySelector('[data-part="baked"]');
  if (!baked) return;
  const other = day !== dayIndex(table, table.end);
  baked.classList.toggle('early-other-day', other);
  for (const path of baked.querySelectorAll('path[data-c]')) {
    const code = path.getAttribute('data-c');
    const status = statusOn(table, code, day);
    const fill = status ? table.fills[table.statuses.indexOf(status)] : table.land;
    if (path.getAttribute('fill') !== fill) path.setAttribute('fill', fill);
    path.classList.toggle('early-selected', code === selected);
  }
}

/** What the early renderer stands in for: the live viewer's parts, labels and sources. */
function earlyViewer(listsData, table, view, select) {
  const parts = new Map();
  const viewer = {
    root: document,
    part: (name) => {
      if (!parts.has(name)) parts.set(name, document.querySelector(`[data-part="${name}"]`));
      return parts.get(name);
    },
    app: null,
    compact: false,
    maps: labelMaps(listsData.labels),
    sources: namedSources(listsData.sources, (value) => listsData.claims[value] ?? value),
    select,
    view,
    panelScrolled: false,
  };
  viewer.slider = viewer.part('date');
  // The slider spans the baked days, as the live viewer's will (ui.js setSliderRange).
  if (viewer.slider) {
    const first = toDays(table.first);
    viewer.slider.min = String(first);
    viewer.slider.max = String(first + table.days - 1);
    viewer.storyEndDay = table.end ? String(toDays(table.end)) : viewer.slider.max;
  }
  viewer.mapCanvas = viewer.part('map');
  viewer.timelineCanvas = viewer.part('timeline');
  useMonths(listsData.labels.months);
  return viewer;
}

/** Renders a country-and-date view from the baked files; resolves to whether it could. The map
 *  first, as soon as the statuses by day (0.6 KB) are in: the frame's words and the panel follow
 *  with their files. */
async function show(view) {
  const lists = listsOnce(); // requested now, awaited below
  const table = await daysOnce();
  const date = view.date || null;
  const day = dayIndex(table, date ?? table.end);
  if (day === null) return false;
  const id = view.country || null;
  if (id !== null && !/^[A-Za-z0-9_-]+$/.test(id)) return false;
  const files = Promise.all([
    lists,
    json(`day-${date ?? table.end}.json`),
    id ? json(`record-${id}.json`).catch(() => null) : null,
  ]);
  if (window.coalitionLive) return false; // the live viewer took over meanwhile
  // The selection's outline waits for its record (an id the dataset lacks outlines nothing).
  recolour(table, day, null);
  root.classList.add('early-view');
  document.body.dataset.early = 'map';
  const [listsData, frame, record] = await files;
  if (id && !record) return false;
  if (window.coalitionLive) return false;
  const shown = { framing: 'region', country: id, date };
  const viewer = earlyViewer(listsData, table, shown, (code) => pick(code));
  // The record's frame is the default day's: its status is the link's day's.
  const panel = record?.panel;
  if (panel?.kind === 'actor') panel.record.status = statusOn(table, panel.record.actor.id, day);
  renderFrame(viewer, frame, shown);
  if (panel) renderPanel(viewer, panel, shown);
  recolour(table, day, record?.selection?.id ?? null);
  document.body.dataset.early = id ? 'panel' : 'map';
  return true;
}

/** A click on the baked map before the wasm: that country's panel, and the link to it. */
async function pick(code) {
  if (window.coalitionLive) return;
  const view = { ...readQuery(location.search).view, country: code };
  if (await show(view).catch(() => false)) {
    // The link to it: the host's own parameters kept as written, the selection replaced.
    history.replaceState(history.state, '', rewriteQuery(location.search, (k) => k === 'country', [['country', code]]));
  }
}

/** The page's app (first-paint.js loads it): after the answer for a link answered here, so the
 *  answer's files are not shared with its bundle on a slow network; at once otherwise. */
const startApp = () => window.coalitionStartApp?.();

async function start() {
  const query = readQuery(location.search);
  const dark = root.dataset.theme === 'dark'
    || (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  // Only what the baked files can show rightly: a selection and a date, in the light picture.
  if (!answeredEarly(query, dark)) return;
  document.querySelector('[data-part="baked"]')?.addEventListener('click', (ev) => {
    const path = ev.target instanceof Element ? ev.target.closest('path[data-c]') : null;
    if (path) pick(path.getAttribute('data-c'));
  });
  // A baked file missing or unreadable: the "Loading" state stays, as for any other link.
  if (Object.keys(query.view).length) await show(query.view).catch(() => false);
}

// Inline at the end of index.html it runs once the page is parsed; as a file (an async module) it
// may run before: the baked map and the panel must be there. Then the app, whatever happened.
const parsed = document.readyState === 'loading'
  ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
  : Promise.resolve();
parsed.then(start).catch(() => {}).finally(startApp);
