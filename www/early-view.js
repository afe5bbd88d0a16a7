// The answer before the wasm (issue 29), one copy for every viewer that gives it: the page
// (early.js) and the embeds (embed-early.js: the <coalition-map> element and the iframe). A view
// that asks only for a selection and a date is answered from the files the build baked
// (`coalition bake --early`, www/baked/early/): the baked map is recoloured to the day and
// outlines the selection, and the day's frame and the selection's panel are rendered by the same
// code the live viewer uses (frame-render.js, panel.js). Each viewer says where its parts are
// (the document, or an element's shadow root) and when its live viewer has taken over.
import { renderFrame } from './frame-render.js';
import { renderPanel } from './panel.js';
import { labelMaps, namedSources } from './record.js';
import { toDays, useMonths } from './dates.js';
import { dayIndex, paint, statusOn } from './early-paint.js';
import { linkFiles } from './early-link.js';

/** The map country a baked shape, small state's marker or hit disc stands for. */
const codeOf = (node) => node.getAttribute('data-c') ?? node.getAttribute('data-m');

/** The baked picture's fills for `day` (country shapes and small states' markers alike), and the
 *  selection's outline: the rules of early-paint.js in the picture's own document or shadow root
 *  (the iframe's picture is slotted from its page's light DOM). False where they cannot be
 *  painted: the picture stays hidden. */
const recolour = (baked, table, day, selected) => Boolean(baked) && paint(/** @type {Document | ShadowRoot} */ (baked.getRootNode()), table, day, selected);

/** The baked files asked for on this page, by URL. */
const files = new Map();

/**
 * The answer before the wasm for one viewer.
 * @param {{ base: string, root: Document | ShadowRoot, marker: Element, baked: () => Element | null,
 *   live: () => boolean, pick: (code: string) => void, state: (s: 'map' | 'panel') => void,
 *   prepare?: (viewer: any, labels: any) => void, preloaded?: (name: string) => any }} host
 *   base: the baked files' folder (URL ending in `/`); root: where the viewer's parts are; marker:
 *   the element that takes the `early-view` class (the baked map shown, viewer.css); baked: the
 *   baked picture; live: whether the live viewer has taken over; pick: a click on the baked map
 *   or a country in the panel; state: what the reader sees now; prepare: builds what the markup
 *   lacks before a frame is rendered into it; preloaded: a baked file already asked for (the
 *   page's first-paint script fetches a link's files while the page is parsed).
 */
export function earlyAnswer(host) {
  /** A baked file, fetched once per page (a second ask, another embed's, or the show after a
   *  prefetch, shares it). */
  const json = (name) => {
    const ready = host.preloaded?.(name);
    if (ready) return Promise.resolve(ready);
    const url = host.base + name;
    if (!files.has(url)) {
      files.set(url, fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${name}: ${r.status}`)))));
    }
    return files.get(url);
  };
  const part = (name) => host.root.querySelector(`[data-part="${name}"]`);

  /** What the early renderer stands in for: the live viewer's parts, labels and sources (a
   *  record's file carries the sources its panel cites, their names and its claims in words:
   *  `coalition bake --early`). */
  function earlyViewer(lists, record, table, view) {
    const cited = [...(record?.panel?.record?.sources ?? []), ...(record?.sources ?? [])];
    const viewer = {
      root: host.root,
      part,
      app: null,
      compact: false,
      maps: labelMaps(lists.labels),
      sources: namedSources(cited.map((s) => [s, record?.names?.[s.id] ?? s.id]), (value) => record?.claims?.[value] ?? value),
      select: (code) => host.pick(code),
      view,
      panelScrolled: false,
    };
    viewer.slider = part('date');
    // The slider spans the baked days, as the live viewer's will (ui.js setSliderRange).
    if (viewer.slider) {
      const first = toDays(table.first);
      viewer.slider.min = String(first);
      viewer.slider.max = String(first + table.days - 1);
      viewer.storyEndDay = table.end ? String(toDays(table.end)) : viewer.slider.max;
    }
    viewer.mapCanvas = part('map');
    viewer.timelineCanvas = part('timeline');
    useMonths(lists.labels.months);
    host.prepare?.(viewer, lists.labels);
    return viewer;
  }

  /** Asks for the files a view needs, without waiting for them. */
  function prefetch(view) {
    for (const name of linkFiles(view)) json(name).catch(() => {});
  }

  /** Renders a country-and-date view from the baked files; resolves to whether it could. The map
   *  first, as soon as the statuses by day (0.6 KB) are in: the frame's words and the panel follow
   *  with their files. */
  async function show(view) {
    const lists = json('lists.json'); // requested now, awaited below
    lists.catch(() => {});
    const table = await json('days.json');
    const date = view.date || null;
    const day = dayIndex(table, date ?? table.end);
    if (day === null) return false;
    const id = view.country || null;
    if (id !== null && !/^[A-Za-z0-9_-]+$/.test(id)) return false;
    const needed = Promise.all([
      lists,
      json(`day-${date ?? table.end}.json`),
      id ? json(`record-${id}.json`).catch(() => null) : null,
    ]);
    if (host.live()) return false; // the live viewer took over meanwhile
    // The selection's outline waits for its record (an id the dataset lacks outlines nothing).
    if (recolour(host.baked(), table, day, null)) {
      host.marker.classList.add('early-view');
      host.state('map');
    }
    const [listsData, frame, record] = await needed;
    if (id && !record) return false;
    if (host.live()) return false;
    const shown = { framing: 'region', country: id, date };
    const viewer = earlyViewer(listsData, record, table, shown);
    // The record's frame is the default day's: its status is the link's day's.
    const panel = record?.panel;
    if (panel?.kind === 'actor') panel.record.status = statusOn(table, panel.record.actor.id, day);
    renderFrame(viewer, frame, shown);
    if (panel) renderPanel(viewer, panel, shown);
    recolour(host.baked(), table, day, record?.selection?.id ?? null);
    host.state(id ? 'panel' : 'map');
    return true;
  }

  /** Answers a click on the baked picture (a country's shape, a small state's marker or its hit
   *  disc) with `host.pick`. */
  function listen(baked) {
    baked?.addEventListener('click', (ev) => {
      const shape = ev.target instanceof Element ? ev.target.closest('[data-c], [data-m]') : null;
      if (shape && !host.live()) host.pick(codeOf(shape));
    });
  }

  return { show, prefetch, listen, file: json };
}
