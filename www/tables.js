// The table view: the map and timeline as data tables (countries × status, conferences and own
// pledges; events by date), in sync with the view, for screen readers and keyboards.
import { el } from './dom.js';
import { human, whenText } from './dates.js';
import { sourceLabel } from './record.js';

/** The countries table for the view; `when` is the frame's date in a sentence ("on 15 September
 *  2014"); `onPick(code)` is called when a country's button is clicked. */
export function countriesTableNode(app, maps, view, when, onPick) {
  // Compare mode: a column with each actor's change since the comparison date.
  const changes = view.compare ? app.changes() : null;
  const rows = app.tableRows(view.date ?? '').map((a) => {
    const conferences = a.conferences.map(([name, role]) => `${name.replace('International Conference on Peace and Security in Iraq', 'Paris conference')}: ${maps.roles.get(role)?.label ?? role}`);
    const kinds = a.kinds.map((k) => maps.kinds.get(k)?.label ?? k);
    const pick = el('button', { type: 'button', class: 'linklike', 'data-code': a.id }, a.name);
    pick.addEventListener('click', () => onPick(a.id));
    return el('tr', {},
      el('th', { scope: 'row' }, pick),
      el('td', {}, a.status ? maps.statuses.get(a.status)?.label ?? a.status : '—'),
      changes ? el('td', { 'data-change': changes[a.id] ?? 'none' }, maps.changes.get(changes[a.id])?.label ?? '—') : null,
      el('td', {}, conferences.join('; ') || '—'),
      el('td', {}, kinds.join(', ') || '—'));
  });
  return el('table', {},
    el('caption', {}, `Countries and organisations ${when}`),
    el('thead', {}, el('tr', {}, ['Country or organisation', 'Status', changes ? `Change since ${human(view.compare)}` : null, 'Conferences', 'Own pledges']
      .filter(Boolean).map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

/** Rows of the events table built at first, and per "Show more": a brought dataset may hold
 *  thousands of events, and a table of them all made every later change of the page (a
 *  selection, a date step) lay out thousands of rows again. */
export const EVENT_ROWS = 50;

/** The events table: it depends on the dataset only, so the viewer builds it once per dataset.
 *  Its first EVENT_ROWS rows are built now; buttons under it add the next rows, or all. */
export function eventsTableNode(app, sources) {
  const events = app.timeline();
  const row = (e) => el('tr', {},
    el('td', {}, whenText(e.date)), el('td', {}, e.title), el('td', {}, e.summary),
    el('td', {}, e.sources.map((id) => sourceLabel(sources, id)).join('; ')));
  const body = el('tbody', {});
  const table = el('table', {},
    el('caption', {}, `Events by date (${events.length})`),
    el('thead', {}, el('tr', {}, ['Date', 'Event', 'What happened', 'Sources'].map((h) => el('th', { scope: 'col' }, h)))),
    body);
  let shown = 0;
  const status = el('span', { class: 'small' });
  const next = el('button', { type: 'button', class: 'linklike more' });
  const all = el('button', { type: 'button', class: 'linklike more' }, `Show all ${events.length} events`);
  const more = el('p', { class: 'more-rows' }, status, ' ', next, ' ', all);
  const show = (n) => {
    const upTo = Math.min(events.length, shown + n);
    body.append(...events.slice(shown, upTo).map(row));
    shown = upTo;
    const left = events.length - shown;
    status.textContent = `${shown} of ${events.length} events shown.`;
    next.textContent = `Show ${Math.min(EVENT_ROWS, left)} more`;
    more.hidden = left === 0;
  };
  next.addEventListener('click', () => show(EVENT_ROWS));
  all.addEventListener('click', () => show(events.length));
  show(EVENT_ROWS);
  // One node for the viewer to keep in place: the table and, under it, its buttons.
  return el('div', { class: 'events-table' }, table, more);
}
