// The details panel's text: a country's or organisation's record, the conferences overview, the
// selected timeline item, and source citations. Every label comes from the core (app.list('labels')).
import { el } from './dom.js';
import { human, whenText } from './dates.js';
import { permalink } from './permalink.js';
import { sourceLinks } from './source-links.js';
import { t } from './words.js';
import { fillNodes, nameIn, own, short, shortText } from './data-words.js';

/** Label tables by key, from the core's labels: {roles, kinds, certainties, statuses, strikes, theatres}. */
export function labelMaps(labels) {
  const byKey = (list) => new Map(list.map((l) => [l.key, l]));
  return {
    roles: byKey(labels.roles),
    kinds: byKey(labels.kinds),
    certainties: byKey(labels.certainties),
    statuses: byKey(labels.statuses),
    changes: byKey(labels.changes),
    strikes: byKey(labels.strikes ?? []),
    theatres: byKey(labels.theatres ?? []),
  };
}

/** The sources by id, each with the name a citation gives it (the core's words: "Infogalactic";
 *  two articles of one publisher told apart by their titles). */
export function sourceMap(app) {
  return namedSources(app.list('sources'), (value) => app.lookup('claim', value));
}

/** The same from `[source, name]` pairs and a claim-wording function (the files baked for the
 *  page's answer before the wasm, www/early.js, give both). */
export function namedSources(pairs, claimWords) {
  const map = new Map(pairs.map(([s, name]) => [s.id, { ...s, name }]));
  claimWordsOf.set(map, claimWords);
  return map;
}

/** How the dataset behind a source map words a claim's value ("FRA+IRQ" → "France and Iraq"): kept
 *  beside the map every record function already receives, so two embeds with two datasets each
 *  name their own countries. */
const claimWordsOf = new WeakMap();

/** A source as a citation names it. */
export function sourceLabel(sources, id) {
  return sources.get(id)?.name ?? id;
}

export function cite(sources, ids) {
  if (!ids || ids.length === 0) return null;
  // The sources' names, as their publishers wrote them (English), in one left-to-right run with
  // their separators: on an Arabic page, names marked one by one left the "; " between them to
  // the right-to-left order, and a list of three read out of order.
  return el('span', { class: 'cite' }, t('cite.source'), own(ids.map((id, i) => [
    i ? '; ' : '',
    el('span', { class: 'src', title: sources.get(id)?.title ?? id }, sourceLabel(sources, id)),
  ])));
}

function quote(sources, q) {
  const ids = q.source ? [q.source] : q.sources;
  return el('blockquote', { lang: 'en', dir: 'ltr' }, el('p', {}, `“${q.quote}”`), cite(sources, ids));
}

export function sourceItem(s) {
  // The source as it was published: its publisher, title, date and place, in English.
  return el('li', {}, own([el('strong', {}, s.publisher), ', ', `“${s.title}” (${s.dated})`]),
    s.published_at ? [t('source.published_at'), own(s.published_at)] : '',
    s.urls?.length ? [t('source.online'), sourceLinks(s.urls)] : '');
}

function claims(sources, d) {
  return d ? el('ul', { class: 'claims' }, d.claims.map((cl) =>
    el('li', {}, el('strong', {}, claimWordsOf.get(sources)?.(cl.value) ?? cl.value), ' — ', own(`“${cl.text}”`), ' ', cl.note ? el('span', { class: 'note', lang: 'en', dir: 'ltr' }, `(${cl.note}) `) : '', cite(sources, cl.sources)))) : null;
}

/** The citation of a record as plain text: what it says, its sources, and its permalink. */
function citation(sources, text, ids, id) {
  const list = (ids ?? []).map((sid) => {
    const s = sources.get(sid);
    return s ? `${s.publisher}, “${s.title}” (${s.dated})${s.published_at ? `, ${s.published_at}` : ''}${s.urls?.length ? `, ${s.urls.join(' ')}` : ''}` : sid;
  });
  return `${text} ${t('cite.source')}${list.join('; ')}. ${permalink(id)}`;
}

/** A "Cite" button that copies the record's citation and permalink. Its accessible name starts
 *  with its visible label (WCAG 2.5.3, label in name), so "click Cite" works by voice. */
function citeButton(sources, text, ids, id) {
  const b = el('button', { type: 'button', class: 'cite-button', 'aria-label': t('cite.label') }, t('cite.button'));
  b.addEventListener('click', async () => {
    const value = citation(sources, text, ids, id);
    try {
      await navigator.clipboard.writeText(value);
      b.textContent = t('cite.copied');
    } catch {
      b.title = value; // no clipboard (an insecure page): the citation is in the tooltip
      b.textContent = t('cite.see_tooltip');
    }
    setTimeout(() => { b.textContent = t('cite.button'); }, 2000);
  });
  return b;
}

/** A figure: what is counted, the source's words, who estimated it and when. */
function figureItem(sources, f) {
  return el('li', { 'data-record': f.id }, el('strong', {}, short(f.id, 'topic', f.topic)), ': ', own(`“${f.text}”`),
    f.estimated_by ? fillNodes(t('panel.estimate_by'), own(f.estimated_by)) : '',
    f.as_of ? t('panel.as_of_figure', whenText(f.as_of)) : '', ' ', cite(sources, f.sources), ' ',
    citeButton(sources, `${shortText(f.id, 'topic', f.topic)}: “${f.text}”.`, f.sources, f.id));
}

/** A dispute: the question, each claim side by side with its sources, and which one the views use. */
export function disputeNode(sources, d, extra = null) {
  return el('div', { class: 'dispute', 'data-record': d.id }, el('p', {}, el('strong', {}, short(d.id, 'question', d.question)), ' ',
    citeButton(sources, shortText(d.id, 'question', d.question), d.claims.flatMap((c) => c.sources), d.id)),
  claims(sources, d), d.used ? el('p', { class: 'used', lang: 'en', dir: 'ltr' }, d.used) : null, extra);
}

/** Every dispute, for the page's "Where the sources disagree" section; `onPick(id)` opens an
 *  actor or record a dispute applies to. */
export function disputesNodes(app, sources, onPick, texts = (list) => list) {
  const names = new Map(app.list('countries', '').map((a) => [a.id, a.name]));
  return texts(app.list('disputes')).map((d) => {
    const about = (d.about ?? []).filter((id) => names.has(id));
    const links = about.length ? el('p', { class: 'about' }, t('panel.applies_to'), about.map((id, i) => {
      const b = el('button', { type: 'button', class: 'linklike' }, names.get(id));
      b.addEventListener('click', () => onPick(id));
      return [i ? ', ' : '', b];
    })) : null;
    return disputeNode(sources, d, links);
  });
}

/** One conference as panel nodes: where and when, the disputed count and date, the roster (its
 *  names are buttons: `data-code`), who was not invited. `full` (the conference's own panel) adds
 *  its summary and the communiqué's points. */
function conferenceNodes(sources, maps, v, { full = false } = {}) {
  const c = v.conference;
  const attended = v.participants.filter((p) => p.roles.some((r) => r !== 'not_invited' && r !== 'declined'));
  const absent = v.participants.filter((p) => !attended.includes(p));
  const roster = (list) => el('ul', { class: 'roster' }, list.map((p) => el('li', {},
    el('button', { type: 'button', class: 'linklike', 'data-code': p.actor }, nameIn(p.actor, p.name)),
    p.roles.includes('attended_not_signed') ? t('panel.did_not_sign') : '',
    p.roles.includes('host') ? t('panel.host') : '')));
  const city = short(c.id, 'city', c.city);
  const heading = full
    ? el('h3', {}, city)
    : el('h3', {}, el('button', { type: 'button', class: 'linklike', 'data-code': c.id }, fillNodes(t('panel.conference_place'), short(c.id, 'name', c.name), city)));
  return [
    heading,
    el('p', {}, whenText(c.date), v.date_dispute ? t('panel.date_disputed') : '', ' ', cite(sources, c.sources)),
    full ? el('p', { 'data-record': c.id, lang: 'en', dir: 'ltr' }, c.summary) : null,
    full && c.commitments.length ? [
      el('h3', {}, t('panel.communique')),
      el('ul', {}, c.commitments.map((cm) => el('li', { 'data-record': cm.id },
        el('span', { class: 'kind' }, maps.kinds.get(cm.kind)?.label ?? cm.kind), ' ', own(cm.summary), ' ', cite(sources, cm.sources)))),
    ] : null,
    el('p', { class: 'count' }, el('strong', {}, t('panel.participants', attended.length)),
      t('panel.in_roster'), v.count_dispute ? t('panel.count_differs') : ''),
    claims(sources, v.count_dispute),
    roster(attended),
    absent.length ? el('p', {}, t('panel.not_invited'), absent.map((p, i) => [i ? ', ' : '', nameIn(p.actor, p.name)])) : null,
    v.date_dispute ? el('div', { class: 'dispute' }, el('p', {}, short(v.date_dispute.id, 'question', v.date_dispute.question)), claims(sources, v.date_dispute)) : null,
  ].flat().filter(Boolean);
}

/** Every `button[data-code]` under `nodes` calls `onPick(code)`. */
function wirePicks(nodes, onPick) {
  for (const n of nodes) {
    for (const b of n.querySelectorAll?.('button[data-code]') ?? []) {
      b.addEventListener('click', () => onPick(b.dataset.code));
    }
  }
  return nodes;
}

/** The conferences with their rosters (from the communiqués) and the disputed counts and dates.
 *  `onPick(code)` is called when a roster name or a conference's name is clicked; `texts(list)`
 *  puts the long texts in (texts.js). */
export function overviewNodes(app, sources, maps, { compact, onPick, texts = (list) => list }) {
  const nodes = texts(app.list('conferences')).flatMap((v) => conferenceNodes(sources, maps, v));
  if (!compact) {
    nodes.push(el('h3', {}, t('panel.sources')), el('ol', { class: 'sources' }, [...sources.values()].map(sourceItem)));
  }
  return wirePicks(nodes, onPick);
}

/** A conference's own panel (`v`: the frame's `panel.conference`): its summary, the communiqué's
 *  points, roster and disputes, with the panel's accessible label. */
export function conferencePanel(sources, maps, v, onPick) {
  const c = v.conference;
  const nodes = [el('h2', {}, short(c.id, 'name', c.name)), ...conferenceNodes(sources, maps, v, { full: true })];
  return { label: t('panel.label', shortText(c.id, 'name', c.name)), nodes: wirePicks(nodes, onPick) };
}

/** A `<ul>` of `items` built by `make`: the first of a list of `total` (the frame carries the
 *  first few of a long list, `frame::FIRST_ITEMS`), with a button that builds the rest from
 *  `whole()` (the whole list, fetched only then). */
function lazyList(items, make, { total = items.length, whole = () => items } = {}) {
  const ul = el('ul', {}, items.map(make));
  if (total > items.length) {
    const more = el('button', { type: 'button', class: 'linklike more' }, t('panel.show_all', total, total - items.length));
    more.addEventListener('click', () => {
      more.parentElement.remove();
      ul.append(...whole().slice(items.length).map(make));
    });
    ul.append(el('li', { class: 'more-item' }, more));
  }
  return ul;
}

/** A map country the sources do not mention, as panel nodes with the panel's accessible label. */
export function unrecordedNodes(name) {
  return { label: t('panel.label', name), nodes: [el('h2', {}, name), el('p', { class: 'empty' }, t('panel.no_role_in_sources'))] };
}

/** One actor's record head as the frame gives it (`panel.record`, its long lists cut to the first
 *  items, `panel.totals` counting them, `panel.name` the actor's name in the reader's language) as
 *  panel nodes, with the panel's accessible label. `app` answers "Show all" with the whole record
 *  on `date`. */
export function recordNodes(app, sources, maps, { record: rec, totals, name }, date, texts = (r) => r) {
  const a = rec.actor;
  const status = maps.statuses.get(rec.status);
  const swatch = el('span', { class: 'swatch', 'data-status': rec.status ?? 'none' });
  if (status) swatch.style.background = status.color; // CSSOM, allowed under a strict CSP
  const nodes = [
    el('h2', {}, name),
    el('p', { class: 'status' }, swatch,
      status ? status.label : t('panel.no_role_on_date'),
      date ? t('panel.as_of', human(date)) : ''),
  ];
  let whole = null;
  const wholeRecord = () => (whole ??= texts(app.record('country', a.id, date ?? '')));
  const role = (r) => maps.roles.get(r)?.label ?? r;
  const kind = (k) => maps.kinds.get(k)?.label ?? k;
  if (rec.participations.length) {
    nodes.push(el('h3', {}, t('panel.conferences')), el('ul', {}, rec.participations.map((p) =>
      el('li', {}, el('strong', {}, short(p.conference, 'name', p.conference_name)), ` (${whenText(p.date)}): ${role(p.role)}`,
        p.note ? [' — ', own(p.note)] : '', ' ', cite(sources, p.sources)))));
  }
  if (rec.pledges.length) {
    nodes.push(el('h3', {}, t('panel.pledges')), lazyList(rec.pledges, (p) => {
      const certainty = maps.certainties.get(p.certainty)?.label;
      return el('li', { 'data-pledge': p.id, 'data-record': p.id },
        el('span', { class: 'kind' }, kind(p.kind)), ' ', own(p.summary),
        p.amount ? [' (', own(p.amount.text), ')'] : '',
        p.date && !p.from_communique ? ` — ${whenText(p.date)}` : '',
        certainty ? el('em', {}, ` (${certainty})`) : '',
        ' ', cite(sources, p.sources), ' ', citeButton(sources, `${a.name}: ${p.summary}`, p.sources, p.id),
        (p.quotes ?? []).map((q) => quote(sources, q)));
    }, { total: totals.pledges, whole: () => wholeRecord().pledges }));
  }
  if (rec.statements.length) {
    nodes.push(el('h3', {}, t('panel.statements')), lazyList(rec.statements, (s) =>
      el('li', { 'data-record': s.id }, el('strong', {}, short(s.id, 'topic', s.topic)), ': ', own(s.summary), s.date ? ` — ${whenText(s.date)}` : '', ' ',
        cite(sources, s.sources), ' ', citeButton(sources, `${shortText(s.id, 'topic', s.topic)}: ${s.summary}`, s.sources, s.id),
        (s.quotes ?? []).map((q) => quote(sources, q))), { total: totals.statements, whole: () => wholeRecord().statements }));
  }
  // The story after Paris: each record with its source's own words (a translation beside them).
  const excerpts = (xs) => (xs ?? []).map((x) => el('blockquote', { lang: 'en', dir: 'ltr' }, el('p', {}, `“${x.text}”`),
    x.gloss ? el('p', { class: 'note' }, t('panel.translation', x.gloss)) : null, cite(sources, [x.source])));
  const kindOfStrike = (k) => maps.strikes.get(k)?.label ?? k;
  const theatre = (t) => maps.theatres.get(t)?.label ?? t;
  const when = (w) => (w.approximate ? [whenText(w), ' ', el('span', { class: 'note', lang: 'en', dir: 'ltr' }, `(${w.approximate})`)] : whenText(w));
  if (rec.decisions?.length) {
    nodes.push(el('h3', {}, t('panel.decisions')), el('ul', {}, rec.decisions.map((x) => {
      const v = x.votes;
      const votes = v ? t('panel.votes', v.ayes, v.noes) + (v.abstentions != null ? t('panel.abstaining', v.abstentions) : '') + (v.absent != null ? t('panel.absent', v.absent) : '') : '';
      return el('li', { 'data-record': x.id }, el('strong', {}, when(x.date)), ' — ', own(x.summary),
        x.limits ? el('em', {}, fillNodes(t('panel.limits'), short(x.id, 'limits', x.limits))) : '', votes ? t('panel.vote', votes) : '', ' ',
        cite(sources, x.sources), ' ', citeButton(sources, `${a.name}: ${x.summary}`, x.sources, x.id), excerpts(x.excerpts));
    })));
  }
  if (rec.strikes?.length) {
    nodes.push(el('h3', {}, t('panel.strikes')), el('ul', {}, rec.strikes.map((x) =>
      el('li', { 'data-record': x.id }, el('strong', {}, when(x.date)), ' ', el('span', { class: 'kind' }, `${kindOfStrike(x.kind)}, ${theatre(x.theatre)}`),
        ' — ', own(x.summary), ' ', cite(sources, x.sources), ' ', citeButton(sources, `${a.name}: ${x.summary}`, x.sources, x.id), excerpts(x.excerpts)))));
  }
  if (rec.listings?.length) {
    nodes.push(el('h3', {}, t('panel.listings')), el('ul', {}, rec.listings.map((x) =>
      el('li', { 'data-record': x.id }, el('strong', {}, when(x.date)), ' — ', own(x.summary), ' ', cite(sources, x.sources),
        ' ', citeButton(sources, `${a.name}: ${x.summary}`, x.sources, x.id), excerpts(x.excerpts)))));
  }
  if (rec.meetings?.length) {
    nodes.push(el('h3', {}, t('panel.meetings')), el('ul', {}, rec.meetings.map((m) =>
      el('li', { 'data-record': m.id }, el('strong', {}, short(m.id, 'name', m.name)), t(m.planned ? 'panel.meeting_when_announced' : 'panel.meeting_when', whenText(m.date)),
        m.hosts.includes(a.id) ? t('panel.meeting_host') : t('panel.meeting_attended'), own(m.summary), ' ', cite(sources, m.sources)))));
  }
  if (rec.figures?.length) {
    nodes.push(el('h3', {}, t('panel.figures')), el('ul', {}, rec.figures.map((f) => figureItem(sources, f))));
  }
  if (rec.disputes.length) {
    nodes.push(el('h3', {}, t('panel.disputes')), ...rec.disputes.map((d) => disputeNode(sources, d)));
  }
  if (rec.sources.length) {
    nodes.push(el('h3', {}, t('panel.sources')), el('ol', { class: 'sources' }, rec.sources.map(sourceItem)));
  }
  return { label: t('panel.label', name), nodes };
}

/** The selected timeline item's text and sources, for under the timeline. */
export function itemNodes(sources, item) {
  return [
    el('h3', {}, `${item.category}: ${item.title}`),
    el('p', {}, item.when ? `${whenText(item.when)}. ` : '', own(item.summary)),
    item.when?.approximate ? el('p', { class: 'cite' }, fillNodes(t('panel.date_approximate'), own(item.when.approximate))) : null,
    cite(sources, item.sources),
  ].filter(Boolean);
}
