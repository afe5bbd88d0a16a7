// The page: loads the wasm module once, draws the map and timeline, and shows a country's record.
// All dataset text reaches the DOM through textContent (see el()), never as HTML.
import init, { Coalition } from './pkg/coalition_map.js';

const $ = (id) => document.getElementById(id);

/** Builds an element; string children become text nodes, so data can never inject markup. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const ROLE_LABELS = {
  host: 'Host',
  attended: 'Attended',
  signed: 'Signed the communiqué',
  attended_not_signed: 'Attended, did not sign',
  not_invited: 'Not invited',
  declined: 'Declined',
};
const KIND_LABELS = {
  air_strikes: 'Air strikes', troops: 'Troops', aircraft: 'Aircraft', reconnaissance: 'Reconnaissance',
  humanitarian: 'Humanitarian', logistics: 'Logistics / basing', border_control: 'Border control',
  financing: 'Financing', diplomatic: 'Diplomatic', military_assistance: 'Military assistance',
};
const CERTAINTY = { stated: '', reported: 'reported by others', hedged: 'hedged by the source' };

const DAY = 86_400_000;
const toDays = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
const fromDays = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const human = (iso) =>
  new Date(iso + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function whenText(w) {
  if (!w) return '';
  const base = w.until ? `${human(w.date)} – ${human(w.until)}` : human(w.date);
  return w.approximate ? `about ${base}` : base;
}

class Page {
  constructor(app) {
    this.app = app;
    this.framing = 'region';
    this.date = null; // null: the end of the story
    this.selected = null;
    this.item = null; // the selected timeline item's id
    this.legend = app.legend();
    this.sources = new Map();
    this.mapCanvas = $('map');
    this.timelineCanvas = $('timeline');
    this.pending = false;
  }

  mapSize() {
    const w = Math.max(1, $('map-wrap').clientWidth);
    return { w, h: Math.round(Math.min(640, Math.max(260, w * (this.framing === 'world' ? 0.52 : 0.66)))) };
  }

  draw() {
    const dpr = window.devicePixelRatio || 1;
    const { w, h } = this.mapSize();
    const total = this.app.drawMap(this.mapCanvas, w, h, dpr, this.framing);
    this.mapCanvas.style.height = `${total}px`;
    const tw = Math.max(1, this.timelineCanvas.parentElement.clientWidth);
    const th = this.app.drawTimeline(this.timelineCanvas, tw, dpr);
    this.timelineCanvas.style.height = `${th}px`;
    this.mapCanvas.dataset.drawn = String(Number(this.mapCanvas.dataset.drawn || 0) + 1);
  }

  /** Coalesces redraw requests into one per animation frame. */
  redraw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      try {
        this.draw();
      } catch (e) {
        showError(e);
      }
    });
  }

  select(code) {
    const selected = this.app.select(code || null);
    this.selected = selected ?? null;
    this.renderPanel();
    this.redraw();
    return this.selected;
  }

  /** Selects a timeline item: the map moves to its day and outlines the actors involved. */
  selectItem(id) {
    const date = this.app.selectItem(id || null);
    this.item = id || null;
    if (date) this.setDate(date);
    this.renderItem();
    this.redraw();
    return date ?? null;
  }

  /** The selected timeline item's text and sources, under the timeline. */
  renderItem() {
    const box = $('item-detail');
    box.replaceChildren();
    const item = this.item && this.describeItem(this.item);
    if (!item) return;
    box.append(...[
      el('h3', {}, `${item.category}: ${item.title}`),
      el('p', {}, item.when ? `${whenText(item.when)}. ` : '', item.summary),
      item.when?.approximate ? el('p', { class: 'cite' }, `Date approximate: ${item.when.approximate}`) : null,
      this.cite(item.sources),
    ].filter(Boolean));
  }

  describeItem(id) {
    const m = this.app.locateItem(id);
    return m ? this.app.timelineHit(m.x, m.y) : null;
  }

  locate(code) {
    return this.app.locate(code) ?? null;
  }

  setDate(iso) {
    this.app.setDate(iso ?? '');
    this.date = iso;
    $('date-label').textContent = iso ? human(iso) : 'End of September 2014';
    const slider = $('date');
    slider.value = iso ? String(toDays(iso)) : slider.max;
    slider.setAttribute('aria-valuetext', $('date-label').textContent);
    if (this.selected) this.renderPanel();
    this.redraw();
  }

  sourceLabel(id) {
    const s = this.sources.get(id);
    if (!s) return id;
    // Two seeds share a publisher (China Topix): the seed number tells them apart.
    return s.kind === 'seed' ? `${s.publisher} [${id.slice(0, 3)}]` : s.publisher;
  }

  cite(ids) {
    if (!ids || ids.length === 0) return null;
    return el('span', { class: 'cite' }, 'Source: ', ids.map((id, i) => [
      i ? '; ' : '',
      el('a', { href: `#src-${id}`, title: this.sources.get(id)?.title ?? id }, this.sourceLabel(id)),
    ]));
  }

  quote(q) {
    const ids = q.source ? [q.source] : q.sources;
    return el('blockquote', {}, el('p', {}, `“${q.quote}”`), this.cite(ids));
  }

  /** The conferences with their rosters (from the communiqués) and the disputed counts and dates. */
  renderOverview(panel) {
    for (const s of this.app.sources()) this.sources.set(s.id, s);
    for (const v of this.app.conferences()) {
      const c = v.conference;
      const attended = v.participants.filter((p) => p.roles.some((r) => r !== 'not_invited' && r !== 'declined'));
      const absent = v.participants.filter((p) => !attended.includes(p));
      const roster = (list) => el('ul', { class: 'roster' }, list.map((p) => el('li', {},
        el('button', { type: 'button', class: 'linklike', 'data-code': p.actor }, p.name),
        p.roles.includes('attended_not_signed') ? ' (did not sign)' : '',
        p.roles.includes('host') ? ' (host)' : '')));
      const claims = (d) => d ? el('ul', { class: 'claims' }, d.claims.map((cl) =>
        el('li', {}, el('strong', {}, cl.value), ` — “${cl.text}” `, this.cite(cl.sources)))) : null;
      panel.append(
        el('h3', {}, `${c.name}, ${c.city}`),
        el('p', {}, whenText(c.date), v.date_dispute ? ' (date disputed: see below)' : '', ' ', this.cite(c.sources)),
        el('p', { class: 'count' }, el('strong', {}, `${attended.length} participants`),
          ' in the roster', v.count_dispute ? '; the sources count differently:' : ''),
        claims(v.count_dispute),
        roster(attended),
        absent.length ? el('p', {}, 'Not invited: ', absent.map((p, i) => [i ? ', ' : '', p.name])) : null,
        v.date_dispute ? el('div', { class: 'dispute' }, el('p', {}, v.date_dispute.question), claims(v.date_dispute)) : null,
      );
    }
    panel.append(el('h3', {}, 'Sources'), el('ol', { class: 'sources' }, [...this.sources.values()].map((s) => this.sourceItem(s))));
    for (const b of panel.querySelectorAll('button[data-code]')) {
      b.addEventListener('click', () => this.select(b.dataset.code));
    }
  }

  sourceItem(s) {
    return el('li', { id: `src-${s.id}` }, el('strong', {}, s.publisher), ', ', `“${s.title}”`, ` (${s.dated})`,
      s.published_at ? `, published at ${s.published_at}` : '', el('span', { class: 'file' }, ` [${s.id}]`));
  }

  renderPanel() {
    const panel = $('panel');
    panel.replaceChildren();
    panel.scrollTop = 0; // a new record starts at its top, not where the last one was scrolled
    if (!this.selected) {
      panel.setAttribute('aria-label', 'Details: the conferences');
      panel.append(el('p', { class: 'hint' }, 'Select a country on the map (or below) to read its participations, pledges, positions and quotes, each with its source.'));
      this.renderOverview(panel);
      return;
    }
    let rec;
    try {
      rec = this.app.country(this.selected, this.date ?? '');
    } catch {
      const name = this.app.name(this.selected) ?? this.selected;
      panel.setAttribute('aria-label', `Details: ${name}`);
      panel.append(el('h2', {}, name), el('p', { class: 'empty' }, 'This country has no role in the sources.'));
      return;
    }
    for (const s of rec.sources) this.sources.set(s.id, s);
    const a = rec.actor;
    panel.setAttribute('aria-label', `Details: ${a.name}`);
    const status = this.legend.find((l) => l.key === rec.status);
    const swatch = el('span', { class: 'swatch', 'data-status': rec.status ?? 'none' });
    if (status) swatch.style.background = status.color; // CSSOM, allowed under a strict CSP
    panel.append(
      el('h2', {}, a.name),
      el('p', { class: 'status' },
        swatch,
        status ? status.label : 'No role in the coalition on this date',
        this.date ? ` (as of ${human(this.date)})` : ''),
    );
    if (rec.participations.length) {
      panel.append(el('h3', {}, 'Conferences'), el('ul', {}, rec.participations.map((p) =>
        el('li', {}, el('strong', {}, p.conference_name), ` (${whenText(p.date)}): ${ROLE_LABELS[p.role] ?? p.role}`,
          p.note ? ` — ${p.note}` : '', ' ', this.cite(p.sources)))));
    }
    if (rec.pledges.length) {
      panel.append(el('h3', {}, 'Pledges and commitments'), el('ul', {}, rec.pledges.map((p) =>
        el('li', {},
          el('span', { class: 'kind' }, KIND_LABELS[p.kind] ?? p.kind), ' ', p.summary,
          p.amount ? ` (${p.amount.text})` : '',
          p.date && !p.from_communique ? ` — ${whenText(p.date)}` : '',
          CERTAINTY[p.certainty] ? el('em', {}, ` (${CERTAINTY[p.certainty]})`) : '',
          ' ', this.cite(p.sources), (p.quotes ?? []).map((q) => this.quote(q))))));
    }
    if (rec.statements.length) {
      panel.append(el('h3', {}, 'Positions and statements'), el('ul', {}, rec.statements.map((s) =>
        el('li', {}, el('strong', {}, s.topic), ': ', s.summary, s.date ? ` — ${whenText(s.date)}` : '', ' ',
          this.cite(s.sources), (s.quotes ?? []).map((q) => this.quote(q))))));
    }
    if (rec.disputes.length) {
      panel.append(el('h3', {}, 'Where sources disagree'), ...rec.disputes.map((d) =>
        el('div', { class: 'dispute' }, el('p', {}, d.question), el('ul', { class: 'claims' }, d.claims.map((c) =>
          el('li', {}, el('strong', {}, c.value), ` — “${c.text}” `, this.cite(c.sources)))),
          d.used ? el('p', { class: 'used' }, d.used) : null)));
    }
    if (rec.sources.length) {
      panel.append(el('h3', {}, 'Sources'), el('ol', { class: 'sources' }, rec.sources.map((s) => this.sourceItem(s))));
    }
  }
}

function showError(e) {
  const box = $('status');
  box.hidden = false;
  box.classList.add('error');
  box.textContent = `Sorry — the map could not be shown. ${e && e.message ? e.message : e}`;
  console.error(e);
}

async function main() {
  if (typeof WebAssembly !== 'object') {
    throw new Error('This browser does not support WebAssembly, which the map needs.');
  }
  await init();
  const app = new Coalition();
  const page = new Page(app);
  const span = app.dateSpan();
  const slider = $('date');
  if (span) {
    $('play').disabled = false;
    slider.min = String(toDays(span[0]));
    slider.max = String(toDays(span[1]));
    slider.value = slider.max;
    slider.disabled = false;
    slider.addEventListener('input', () => {
      const v = Number(slider.value);
      page.setDate(v >= Number(slider.max) ? null : fromDays(v));
    });
  }
  page.setDate(null);
  page.renderPanel();

  const canvas = page.mapCanvas;
  const tooltip = $('tooltip');
  const at = (ev) => {
    const r = canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  };
  canvas.addEventListener('pointermove', (ev) => {
    const [x, y] = at(ev);
    const info = app.describe(x, y);
    const code = info?.code ?? null;
    if (app.hover(code)) page.redraw();
    canvas.style.cursor = code ? 'pointer' : 'default';
    if (info) {
      tooltip.hidden = false;
      tooltip.replaceChildren(el('strong', {}, info.name), info.status ? ` — ${info.status}` : '');
      // Keep the tooltip inside the map: flip it left of the pointer near the right edge.
      const flip = x > canvas.clientWidth - 180;
      tooltip.style.transform = `translate(${Math.round(flip ? x - 12 : x + 12)}px, ${Math.round(y + 14)}px)${flip ? ' translateX(-100%)' : ''}`;
    } else {
      tooltip.hidden = true;
    }
  });
  canvas.addEventListener('pointerleave', () => {
    tooltip.hidden = true;
    if (app.hover(null)) page.redraw();
  });
  canvas.addEventListener('click', (ev) => {
    const [x, y] = at(ev);
    const code = app.hit(x, y);
    page.select(code ?? null);
  });
  for (const b of document.querySelectorAll('[data-framing]')) {
    b.addEventListener('click', () => {
      page.framing = b.dataset.framing;
      for (const o of document.querySelectorAll('[data-framing]')) o.setAttribute('aria-pressed', String(o === b));
      page.redraw();
    });
  }
  wireTimeline(app, page);
  wirePlay(page);
  new ResizeObserver(() => page.redraw()).observe($('map-wrap'));
  // Redraw when the device-pixel ratio changes (browser zoom, moving to another screen).
  const watchDpr = () => matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
    .addEventListener('change', () => { page.redraw(); watchDpr(); }, { once: true });
  watchDpr();

  page.draw();
  $('status').hidden = true;
  document.body.dataset.ready = 'true';
  return page;
}

/** Hover, click and arrow keys on the timeline canvas. */
function wireTimeline(app, page) {
  const canvas = page.timelineCanvas;
  const tip = $('timeline-tooltip');
  const at = (ev) => {
    const r = canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  };
  const show = (item, x, y) => {
    if (!item) {
      tip.hidden = true;
      return;
    }
    tip.hidden = false;
    tip.replaceChildren(
      el('strong', {}, item.title), el('br'),
      item.when ? `${whenText(item.when)} — ` : '', item.summary,
      el('span', { class: 'src' }, 'Source: ', item.sources.map((id, i) => [i ? '; ' : '', page.sourceLabel(id)])),
    );
    const flip = x > canvas.clientWidth / 2;
    tip.style.transform = `translate(${Math.round(flip ? x - 12 : x + 12)}px, ${Math.round(y + 14)}px)${flip ? ' translateX(-100%)' : ''}`;
  };
  canvas.addEventListener('pointermove', (ev) => {
    const [x, y] = at(ev);
    const item = app.timelineHit(x, y);
    canvas.style.cursor = item ? 'pointer' : 'default';
    show(item, x, y);
  });
  canvas.addEventListener('pointerleave', () => { tip.hidden = true; });
  canvas.addEventListener('click', (ev) => {
    const [x, y] = at(ev);
    const item = app.timelineHit(x, y);
    page.selectItem(item ? item.id : null);
  });
  canvas.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft' && ev.key !== 'Escape') return;
    ev.preventDefault();
    if (ev.key === 'Escape') {
      page.selectItem(null);
      return;
    }
    // Step through items in time order (left to right, then top to bottom).
    const items = app.timelineItems().slice().sort((a, b) => a.x - b.x || a.y - b.y);
    if (!items.length) return;
    const i = items.findIndex((m) => m.id === page.item);
    const next = i < 0 ? (ev.key === 'ArrowRight' ? 0 : items.length - 1)
      : (i + (ev.key === 'ArrowRight' ? 1 : items.length - 1)) % items.length;
    page.selectItem(items[next].id);
  });
}

/** The play button: steps the date one day at a time from the start (or the current day). */
function wirePlay(page) {
  const button = $('play');
  const slider = $('date');
  let timer = null;
  const stop = () => {
    clearInterval(timer);
    timer = null;
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (timer) return stop();
    let day = Number(slider.value);
    if (day >= Number(slider.max)) day = Number(slider.min) - 1;
    button.textContent = '❚❚ Pause';
    button.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      day += 1;
      if (day > Number(slider.max)) return stop();
      page.setDate(fromDays(day));
    }, 600);
  });
  slider.addEventListener('input', () => { if (timer) stop(); });
}

const ready = main().catch((e) => {
  showError(e);
  throw e;
});

/** The page's public API, for embedders and end-to-end tests. */
window.coalitionMap = {
  ready: ready.then(() => true),
  select: async (code) => (await ready).select(code),
  locate: async (code) => (await ready).locate(code),
  /** Selects a timeline item by id; resolves to the date now shown. */
  selectItem: async (id) => (await ready).selectItem(id),
  /** Where a timeline item is drawn: {x, y} in CSS px relative to the timeline canvas. */
  locateItem: async (id) => (await ready).app.locateItem(id) ?? null,
  /** Sets the date shown (YYYY-MM-DD, or null for the end of September). */
  setDate: async (iso) => (await ready).setDate(iso),
};
