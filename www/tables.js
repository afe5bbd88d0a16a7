// The table view: the map and timeline as data tables (countries × status, conferences and own
// pledges; events by date), in sync with the view, for screen readers and keyboards.
import { el } from './dom.js';
import { human, whenText } from './dates.js';
import { sourceLabel } from './record.js';

/** The countries table for the view; `onPick(code)` is called when a country's button is clicked. */
export function countriesTableNode(app, maps, view, onPick) {
  const when = app.asOf(view.date ?? '');
  // Compare mode: a column with each actor's change since the comparison date.
  const changes = view.compare ? app.changes() : null;
  const CHANGE = { joined: 'Joined', changed: 'Changed status', dropped: 'Dropped out', unchanged: 'Unchanged' };
  const rows = app.tableRows(view.date ?? '').map((a) => {
    const conferences = a.conferences.map(([name, role]) => `${name.replace('International Conference on Peace and Security in Iraq', 'Paris conference')}: ${maps.roles.get(role)?.label ?? role}`);
    const kinds = a.kinds.map((k) => maps.kinds.get(k)?.label ?? k);
    const pick = el('button', { type: 'button', class: 'linklike', 'data-code': a.id }, a.name);
    pick.addEventListener('click', () => onPick(a.id));
    return el('tr', {},
      el('th', { scope: 'row' }, pick),
      el('td', {}, a.status ? maps.statuses.get(a.status)?.label ?? a.status : '—'),
      changes ? el('td', { 'data-change': changes[a.id] ?? 'none' }, CHANGE[changes[a.id]] ?? '—') : null,
      el('td', {}, conferences.join('; ') || '—'),
      el('td', {}, kinds.join(', ') || '—'));
  });
  return el('table', {},
    el('caption', {}, `Countries and organisations ${when}`),
    el('thead', {}, el('tr', {}, ['Country or organisation', 'Status', changes ? `Change since ${human(view.compare)}` : null, 'Conferences', 'Own pledges']
      .filter(Boolean).map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

/** The events table: it depends on the dataset only, so the viewer builds it once per dataset
 *  (a brought dataset may hold thousands of events). */
export function eventsTableNode(app, sources) {
  const events = app.timeline().map((e) => el('tr', {},
    el('td', {}, whenText(e.date)), el('td', {}, e.title), el('td', {}, e.summary),
    el('td', {}, e.sources.map((id) => sourceLabel(sources, id)).join('; '))));
  return el('table', {},
    el('caption', {}, 'Events by date'),
    el('thead', {}, el('tr', {}, ['Date', 'Event', 'What happened', 'Sources'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, events));
}
