// The table view: the map and timeline as data tables (countries × status, conferences and own
// pledges; events by date), in sync with the view, for screen readers and keyboards.
import { el } from './dom.js';
import { human, whenText } from './dates.js';
import { sourceLabel } from './record.js';
import { t } from './words.js';
import { cityText, own, short } from './data-words.js';
import { textsFiller } from './texts.js';

/** The texts of a countries-table row's cells after its name: status, change (compare mode only),
 *  conferences, own pledges; and the change's key for its data attribute. */
function rowTexts(a, maps, changes) {
  // The city in the interface's language (a cell's text: kept as a string, so a date step can
  // compare and rewrite only the cells that changed).
  const conferences = a.conferences.map(([where, role]) => t('table.conference_role', cityText(where), maps.roles.get(role)?.label ?? role));
  const kinds = a.kinds.map((k) => maps.kinds.get(k)?.label ?? k);
  return [
    a.status ? maps.statuses.get(a.status)?.label ?? a.status : '—',
    changes ? maps.changes.get(changes[a.id])?.label ?? '—' : null,
    conferences.join('; ') || '—',
    kinds.join(', ') || '—',
  ].filter((x) => x !== null);
}

/** The countries table for the view; `when` is the frame's date in a sentence ("on 15 September
 *  2014"); `onPick(code)` is called when a country's button is clicked. The node keeps, for
 *  `updateCountriesTable`, its rows' ids and cells. */
export function countriesTableNode(app, maps, view, when, onPick) {
  // Compare mode: a column with each actor's change since the comparison date.
  const changes = view.compare ? app.list('changes') : null;
  const actors = app.list('table', view.date ?? '');
  const rows = actors.map((a) => {
    const pick = el('button', { type: 'button', class: 'linklike', 'data-code': a.id }, a.name);
    pick.addEventListener('click', () => onPick(a.id));
    const cells = rowTexts(a, maps, changes).map((text) => el('td', {}, text));
    if (changes) cells[1].setAttribute('data-change', changes[a.id] ?? 'none');
    return el('tr', {}, el('th', { scope: 'row' }, pick), cells);
  });
  const caption = el('caption', {}, t('table.countries_caption', when));
  const table = el('table', {},
    caption,
    el('thead', {}, el('tr', {}, [t('table.country'), t('table.status'), changes ? t('table.change_since', human(view.compare)) : null, t('table.conferences'), t('table.own_pledges')]
      .filter(Boolean).map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
  tableState.set(table, { ids: actors.map((a) => a.id), rows, caption, compare: view.compare ?? null, names: actors.map((a) => a.name) });
  return table;
}

/** Per countries table: its rows' ids and names in order, the row elements, its caption, and the
 *  comparison date its change column is for (null: none). */
const tableState = new WeakMap();

/** Brings a countries table to another date: only the cells whose text changed are written, so a
 *  date step with thousands of actors touches the few rows that changed, not every row. Returns
 *  false (nothing touched) when the rows are not the same actors, names and order, or the
 *  comparison differs: then the table must be built again. */
export function updateCountriesTable(table, app, maps, view, when) {
  const state = tableState.get(table);
  if (!state || state.compare !== (view.compare ?? null)) return false;
  const actors = app.list('table', view.date ?? '');
  if (actors.length !== state.ids.length || actors.some((a, i) => a.id !== state.ids[i] || a.name !== state.names[i])) return false;
  const changes = view.compare ? app.list('changes') : null;
  actors.forEach((a, i) => {
    const cells = state.rows[i].cells;
    rowTexts(a, maps, changes).forEach((text, k) => {
      const cell = cells[k + 1];
      if (cell.textContent !== text) cell.textContent = text;
    });
    if (changes) {
      const key = changes[a.id] ?? 'none';
      if (cells[2].getAttribute('data-change') !== key) cells[2].setAttribute('data-change', key);
    }
  });
  const caption = t('table.countries_caption', when);
  if (state.caption.textContent !== caption) state.caption.textContent = caption;
  return true;
}

/** Rows of the events table built at first, and per "Show more": a brought dataset may hold
 *  thousands of events, and a table of them all made every later change of the page (a
 *  selection, a date step) lay out thousands of rows again. */
export const EVENT_ROWS = 50;

/** The events table: it depends on the dataset only, so the viewer builds it once per dataset.
 *  Its first EVENT_ROWS rows are built now; buttons under it add the next rows, or all. */
export function eventsTableNode(app, sources, texts = (list) => list) {
  const events = texts(app.list('timeline'));
  const row = (e) => el('tr', {},
    el('td', {}, whenText(e.date)), el('td', {}, short(e.id, 'title', e.title)), el('td', {}, own(e.summary)),
    el('td', {}, e.sources.map((id) => sourceLabel(sources, id)).join('; ')));
  const body = el('tbody', {});
  const table = el('table', {},
    el('caption', {}, t('table.events_caption', events.length)),
    el('thead', {}, el('tr', {}, [t('table.date'), t('table.event'), t('table.what_happened'), t('table.sources')].map((h) => el('th', { scope: 'col' }, h)))),
    body);
  let shown = 0;
  const status = el('span', { class: 'small' });
  const next = el('button', { type: 'button', class: 'linklike more' });
  const all = el('button', { type: 'button', class: 'linklike more' }, t('table.show_all_events', events.length));
  const more = el('p', { class: 'more-rows' }, status, ' ', next, ' ', all);
  const show = (n) => {
    const upTo = Math.min(events.length, shown + n);
    body.append(...events.slice(shown, upTo).map(row));
    shown = upTo;
    const left = events.length - shown;
    status.textContent = t('table.shown', events.length, shown); // the count its noun agrees with first
    next.textContent = t('table.show_more', Math.min(EVENT_ROWS, left));
    more.hidden = left === 0;
  };
  next.addEventListener('click', () => show(EVENT_ROWS));
  all.addEventListener('click', () => show(events.length));
  show(EVENT_ROWS);
  // One node for the viewer to keep in place: the table and, under it, its buttons.
  return el('div', { class: 'events-table' }, table, more);
}

/** The table view for the viewer's view, when it is open: the countries table rebuilt when the
 *  date, the comparison or the dataset changed; the events table built once per dataset. */
export function renderTables(viewer) {
  const details = viewer.part('table-view');
  const wrap = viewer.part('tables');
  if (!details || !wrap || !details.open) return;
  // The countries table shows statuses on the date (and changes since the compared date): a
  // selection, a timeline click without a date change, or a hover leave it as it is.
  const { date, compare } = viewer.view;
  const key = `${date ?? ''}|${compare ?? ''}|${viewer.datasetGeneration ?? 0}`;
  if (key === viewer.countriesKey && wrap.firstElementChild && wrap.lastElementChild === viewer.eventsTable) return;
  viewer.countriesKey = key;
  // A date step (same dataset, same comparison): the table in place, its changed cells rewritten.
  const current = wrap.firstElementChild;
  const inPlace = viewer.eventsTable && wrap.lastElementChild === viewer.eventsTable && current !== viewer.eventsTable;
  if (inPlace && updateCountriesTable(current, viewer.app, viewer.maps, viewer.view, viewer.frame?.as_of ?? '')) return;
  const countries = countriesTableNode(viewer.app, viewer.maps, viewer.view, viewer.frame?.as_of ?? '', (code) => {
    viewer.select(code, { zoom: true });
    viewer.part('panel').focus();
  });
  if (viewer.eventsTable && wrap.lastElementChild === viewer.eventsTable && wrap.firstElementChild !== viewer.eventsTable) {
    // The events table stays in place: only the countries table follows the view.
    wrap.firstElementChild.replaceWith(countries);
  } else {
    viewer.eventsTable ??= eventsOf(viewer);
    wrap.replaceChildren(countries, viewer.eventsTable);
  }
}

/** The events table with its summaries (long texts, texts.js): until they are here, a loading
 *  line under its caption, and the table built again once they are. */
function eventsOf(viewer) {
  const filler = textsFiller((note) => {
    if (!note.isConnected) return;
    viewer.eventsTable = null;
    viewer.countriesKey = null;
    renderTables(viewer);
  });
  const node = eventsTableNode(viewer.app, viewer.sources, filler.texts);
  const note = filler.note();
  if (note) node.prepend(note);
  return node;
}
