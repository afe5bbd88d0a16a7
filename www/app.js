// The page: loads the wasm module once, keeps the view in the URL (reload, back button and shared
// links restore it exactly), and offers downloads and the embed code for the current view.
import init, { Coalition, setLocale } from './coalition.js';
import { startPageLanguage } from './locale.js';
import { Viewer } from './ui.js';
import { embedSnippet } from './embed-code.js';
import { MAX_DATASET_BYTES, preloadDataset, reportDatasetLoad } from './dataset-fetch.js';
import { wireDatasetPicker } from './dataset-picker.js';
import { t } from './words.js';
import { offerStory } from './story.js';
import { readQuery } from './query.js';
import { afterNextPaint, documentParsed } from './dom.js';
import { loadTexts } from './texts.js';
import { rememberCardSizesOnTab } from './card-sizes.js';
import { loadTimeline } from './timeline-card.js';

const $ = (id) => document.getElementById(id);

/** Shows what the URL asked for that could not be used; the rest of the view still loads. */
function showNotices(notices) {
  const box = $('notice');
  box.replaceChildren(...notices.flatMap((n, i) => (i ? [document.createElement('br'), n] : [n])));
  box.hidden = notices.length === 0;
}

/** A `dataset=` URL parameter, resolved; only this site's own files may be loaded, so a link cannot
 *  make the page show someone else's "facts" under this site's name. */
function datasetParam() {
  // Read as the core reads a link (query.js): `??dataset=` is still the parameter, the last wins.
  const raw = readQuery(location.search).other.dataset;
  if (!raw) return { url: null, notice: null };
  try {
    const url = new URL(raw, location.href);
    if (url.origin !== location.origin) {
      return { url: null, notice: t('dataset.other_site', raw.slice(0, 80)) };
    }
    return { url: url.href, notice: null };
  } catch {
    return { url: null, notice: t('dataset.bad_address', raw.slice(0, 80)) };
  }
}

/** Writes the view into the URL: a new history entry for a deliberate change, but a burst of
 *  changes (dragging the scrubber, playing) replaces one entry rather than flooding the history.
 *  The query comes whole from the core: our parameters percent-encoded, the host's own ones
 *  (utm_source, dataset) kept as they were written. */
function urlWriter(app) {
  let last = -Infinity; // the first change after load is always a new entry
  return () => {
    const q = app.urlQuery();
    const url = `${location.pathname}${q ? `?${q}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    const now = performance.now();
    // Within a story every change replaces the entry, so Back leaves the story, not walks it.
    const inStory = /(^|[?&])story=/.test(location.search);
    if (now - last > 800 && !inStory) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    last = now;
  };
}

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function wireExports(viewer) {
  const { app } = viewer;
  const stamp = () => (viewer.view.date ?? 'end-september') + (viewer.view.country ? `-${viewer.view.country}` : '');
  const png = (canvas, name) => canvas.toBlob((b) => b && download(name, b), 'image/png');
  const svg = (text, name) => download(name, new Blob([text], { type: 'image/svg+xml' }));
  const actions = {
    'map-png': () => png(viewer.mapCanvas, `coalition-map-${stamp()}.png`),
    'timeline-png': () => png(viewer.timelineCanvas, `coalition-timeline-${stamp()}.png`),
    // The SVGs and the CSV are written by the second wasm module, fetched on the first click
    // (coalition.js).
    'map-svg': async () => svg(await app.mapSvg(Math.round(viewer.mapCanvas.clientWidth), Math.round(viewer.mapCanvas.clientHeight)), `coalition-map-${stamp()}.svg`),
    'timeline-svg': async () => svg(await app.timelineSvg(Math.round(viewer.timelineCanvas.clientWidth)), `coalition-timeline-${stamp()}.svg`),
    // With a UTF-8 byte-order mark: without one, Excel reads the file as the system's legacy code
    // page and shows "CÃ´te d'Ivoire" (the JS API's csv() stays without, for programs).
    csv: async () => download('coalition-2014.csv', new Blob(['\uFEFF', await app.csv()], { type: 'text/csv;charset=utf-8' })),
    // Indented, to read and edit, when that fits the size limit; compact when it does not, so a
    // 4–5 MB dataset that was accepted compact can be loaded back (indented it was over the limit).
    json: async () => {
      const text = await app.json();
      const fits = new Blob([text]).size <= MAX_DATASET_BYTES;
      download('coalition-2014.json', new Blob([fits ? text : JSON.stringify(JSON.parse(text))], { type: 'application/json' }));
    },
  };
  // A failed export says so beside the buttons (it failed silently when the second module could
  // not be fetched); the button is the retry, as coalition.js fetches the module anew next time.
  const status = $('export-status');
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-export]'))) {
    b.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await actions[b.dataset.export]();
      } catch (e) {
        status.textContent = t('export.failed', b.textContent, e && e.message ? e.message : e);
      }
    });
  }
}

function wireEmbed(viewer) {
  const area = /** @type {HTMLTextAreaElement} */ ($('embed-code'));
  const iframe = /** @type {HTMLInputElement} */ ($('embed-iframe'));
  const base = new URL('.', location.href).href;
  const update = () => {
    const { app } = viewer;
    area.value = embedSnippet({ base, view: app.view(), query: app.query(), iframe: iframe.checked });
  };
  iframe.addEventListener('change', update);
  $('copy-embed').addEventListener('click', async () => {
    update();
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
      $('copy-status').textContent = t('share.copied');
    } catch {
      $('copy-status').textContent = t('share.copy_by_hand');
    }
  });
  update();
  return update;
}

/** Ends the current task: the start is cut into steps of a few milliseconds each, so no one task
 *  blocks a tap for long (on a phone, 4× slower, one task of the whole start was 300–500 ms:
 *  Lighthouse's Total Blocking Time). scheduler.yield() keeps the start at the head of the queue. */
const nextTask = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

async function main() {
  if (typeof WebAssembly !== 'object') {
    throw new Error(t('error.no_wasm'));
  }
  performance.mark('coalition:start');
  // first-paint.js inserts this script, which may run before the page is parsed: the wasm is
  // fetched and compiled meanwhile, the viewer built on the whole page.
  const wasm = init();
  wasm.catch(() => {}); // its error is thrown by the await below, not reported twice
  // The dataset's long texts (texts.js, 18 KB gzip beside the module's 204 KB), asked for with
  // it: the live viewer's first panel shows some, and they are here before it, so it takes over
  // from the early answer's panel (which carries its own) without a flash of placeholders.
  loadTexts().catch(() => {});
  await documentParsed();
  await wasm;
  performance.mark('coalition:wasm-ready');
  await nextTask();
  const lang = await startPageLanguage(document, setLocale);
  const app = new Coalition();
  app.setView({ lang }); // before the viewer reads its labels
  performance.mark('coalition:dataset-ready');
  await nextTask();
  const search = location.search; // read once: nothing below may rewrite the URL before it is applied
  // The live viewer takes over from here: early.js (the answer before the wasm) steps aside, and
  // a click it answered is in the URL just read.
  window.coalitionLive = true;
  const dataset = datasetParam();
  const notices = dataset.notice ? [dataset.notice] : [];
  // A brought dataset is downloaded and checked before the viewer exists, so nothing is drawn
  // from the embedded one meanwhile; a download that stalls ends with an error and a retry.
  const brought = dataset.url && (await preloadDataset(app, dataset.url, { origin: location.origin }));
  const writeUrl = urlWriter(app);
  let updateEmbed = () => {};
  let started = false;
  // The address bar and the embed code follow the view, but after the redraw is on screen: a
  // history entry costs ~1–2 ms, which a click should not wait for. A burst of changes within one
  // frame writes once.
  let urlPending = false;
  const followView = () => {
    urlPending = false;
    writeUrl();
    updateEmbed();
  };
  const viewer = new Viewer(document, app, {
    themeTarget: document.documentElement,
    onChange: () => {
      if (!started || urlPending) return; // loading a dataset at start-up is not a reader's change
      urlPending = true;
      afterNextPaint().then(followView);
    },
  });
  const theme = /** @type {HTMLSelectElement} */ ($('theme'));
  theme.value = localStorage.getItem('coalition-map-theme') ?? 'auto';
  viewer.setTheme(theme.value);
  if (brought) reportDatasetLoad(viewer, brought, dataset.url, { origin: location.origin });
  await nextTask();
  showNotices([...notices, ...app.applyQuery(search)]);
  if (app.view().lang !== (lang === 'en' ? undefined : lang)) app.setView({ lang });
  performance.mark('coalition:viewer-ready');
  // First paint: the map as soon as the view is known; the timeline, panel, lists, labels, the
  // embed code and the export buttons after it.
  viewer.renderWords();
  await nextTask();
  viewer.drawMap();
  $('status').hidden = true;
  performance.mark('coalition:painted');
  document.body.dataset.painted = String(Math.round(performance.now()));
  // Let the browser put the map on screen before the rest of the page is built around it.
  await afterNextPaint();
  viewer.drawTimeline();
  await nextTask();
  updateEmbed = wireEmbed(viewer);
  wireExports(viewer);
  wireDatasetPicker(viewer, {
    input: /** @type {HTMLInputElement} */ ($('dataset-file')), zone: $('dataset-drop'), shown: $('dataset-shown'),
    back: /** @type {HTMLButtonElement} */ ($('dataset-back')),
    initial: brought && brought.ok ? t('picker.dataset_at', dataset.url) : t('picker.built_in'),
  });
  started = true;
  window.addEventListener('popstate', () => {
    showNotices(app.applyQuery(location.search));
    viewer.sync();
    updateEmbed();
  });
  theme.addEventListener('change', () => {
    localStorage.setItem('coalition-map-theme', theme.value);
    viewer.setTheme(theme.value);
  });
  await nextTask();
  viewer.renderDisputes();
  offerStory(viewer, $('story-start'));
  await nextTask();
  // Both canvases are drawn for this view already: the panel, lists and tables only.
  viewer.sync({ redraw: false });
  performance.mark('coalition:ready');
  // A search sent before this viewer took over (first-paint.js kept it): answered now.
  if (window.coalitionEarlySearch) {
    delete window.coalitionEarlySearch;
    /** @type {HTMLFormElement} */ ($('search-form')).requestSubmit();
  }
  // The page says it is ready once the first panel's long texts are in it too (texts.js: asked
  // for with the wasm, so they are usually here already; a failure, said in the panel, ends the
  // wait as well). The viewer works meanwhile.
  await loadTexts().catch(() => {});
  // And once the timeline is drawn: its module (timeline-card.js) is asked for after the map's
  // first paint, and the page works without it meanwhile; a failure is said in its card.
  await loadTimeline(viewer);
  document.body.dataset.ready = 'true';
  viewer.warmUp();
  rememberCardSizesOnTab();
  return viewer;
}

const ready = main().catch((e) => {
  const box = $('status');
  box.hidden = false;
  box.classList.add('error');
  box.textContent = t('error.map', e && e.message ? e.message : e);
  console.error(e);
  throw e;
});

/** The page's public API, for embedders and end-to-end tests. */
window.coalitionMap = {
  ready: ready.then(() => true),
  /** Selects a country by code or name (null clears); resolves to the selected code. */
  select: async (code) => (await ready).select(code),
  /** Where to click a country: {x, y} in CSS px relative to the map canvas, or null. */
  locate: async (code) => (await ready).locate(code),
  /** Selects a timeline item by id; resolves to the date now shown. */
  selectItem: async (id) => (await ready).selectItem(id),
  /** Where a timeline item is drawn: {x, y} in CSS px relative to the timeline canvas. */
  locateItem: async (id) => (await ready).app.locate('timeline', id) ?? null,
  /** Sets the date shown (YYYY-MM-DD, or null for the end of the story). */
  setDate: async (iso) => (await ready).setDate(iso),
  /** The current view: {country, date, framing, item, compare, statuses, kinds}. */
  view: async () => (await ready).view,
  /** Replaces the dataset (JSON text or object); resolves to {ok, errors, actors, events}. */
  loadDataset: async (data) => (await ready).loadDataset(data),
};
