// The interactive view shared by the page and the <coalition-map> embed: map, timeline, date
// scrubber, play button, framing toggle and details panel, bound to the parts of one root (the page's
// body or an embed's shadow root) found by their data-part attributes.
// All dataset text reaches the DOM through textContent (see el()), never as HTML.

/** Builds an element; string children become text nodes, so data can never inject markup. */
export function el(tag, attrs = {}, ...children) {
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
/** Mirrors MAX_DATASET_BYTES in src/dataset.rs: refuse before downloading what Rust would refuse. */
const MAX_DATASET_BYTES = 5 * 1024 * 1024;
const CERTAINTY = { stated: '', reported: 'reported by others', hedged: 'hedged by the source' };

const DAY = 86_400_000;
export const toDays = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
export const fromDays = (n) => new Date(n * DAY).toISOString().slice(0, 10);
// One formatter for every date shown: toLocaleDateString builds a new one per call (~0.1 ms each,
// and a record lists dozens of dates). Made on first use, not at load: the first one costs ~10 ms
// (locale data), which the first paint of the map should not wait for.
let dateFormat = null;
export const human = (iso) => {
  dateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dateFormat.format(new Date(iso + 'T00:00:00Z'));
};

export function whenText(w) {
  if (!w) return '';
  const base = w.until ? `${human(w.date)} – ${human(w.until)}` : human(w.date);
  return w.approximate ? `about ${base}` : base;
}

/** Sets an element's CSS height, only when it changes (a change invalidates the page's layout). */
function setHeight(element, px) {
  const value = `${px}px`;
  if (element.style.height !== value) element.style.height = value;
}

/** Source links open only http(s) addresses; anything else is shown as text. */
export function safeHref(url) {
  try {
    const u = new URL(url.includes('://') ? url : `https://${url}`);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export class Viewer {
  /**
   * @param root element or shadow root holding the parts
   * @param app a Coalition from the wasm module (one per viewer)
   * @param onChange called after every change of the view state, with app.view()
   */
  constructor(root, app, { onChange = () => {}, compact = false, themeTarget = null } = {}) {
    this.root = root;
    this.app = app;
    this.onChange = onChange;
    this.compact = compact;
    this.legend = app.legend();
    this.sources = new Map(app.sources().map((s) => [s.id, s]));
    // The parts never change once the viewer exists: look each up once (a click touches a dozen).
    const parts = new Map();
    this.part = (name) => {
      if (!parts.has(name)) parts.set(name, root.querySelector(`[data-part="${name}"]`));
      return parts.get(name);
    };
    this.mapCanvas = this.part('map');
    this.timelineCanvas = this.part('timeline');
    this.pending = false;
    const span = app.dateSpan();
    this.slider = this.part('date');
    if (span) {
      this.slider.min = String(toDays(span[0]));
      this.slider.max = String(toDays(span[1]));
      this.slider.disabled = false;
      this.part('play').disabled = false;
    }
    this.wireMap();
    this.wireTimeline();
    this.wireDate();
    this.wireSearch();
    this.themeTarget = themeTarget;
    this.themeMode = 'auto';
    const tables = this.part('table-view');
    tables?.addEventListener('toggle', () => this.renderTables());
    for (const b of root.querySelectorAll('[data-framing]')) {
      b.addEventListener('click', () => this.setFraming(b.dataset.framing));
    }
    const panel = this.part('panel');
    // Whether the panel is scrolled away from its top (read when it scrolls, so renderPanel need not
    // force a layout to find out; its own reset to the top scrolls it, and clears this again).
    panel?.addEventListener('scroll', () => { this.panelScrolled = panel.scrollTop > 0; }, { passive: true });
    // The canvases' widths, kept by the observer: reading clientWidth while drawing would force a
    // layout of whatever the click just changed (the panel) in the middle of the frame.
    this.widths = new Map();
    const sizes = new ResizeObserver((entries) => {
      for (const e of entries) this.widths.set(e.target, e.target.clientWidth);
      this.redraw();
    });
    sizes.observe(this.part('map-wrap'));
    sizes.observe(this.timelineCanvas.parentElement);
    const watchDpr = () => matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
      .addEventListener('change', () => { this.redraw(); watchDpr(); }, { once: true });
    watchDpr();
  }

  get view() {
    return this.app.view();
  }

  /**
   * Replaces the dataset (JSON text or an object of the same schema). It is validated first; on any
   * problem the current dataset and view stay, and the problems are listed in the errors part.
   * Returns {ok, errors: [{path, reason}], actors, events}.
   */
  loadDataset(data) {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    const result = this.app.loadDataset(text);
    this.showDatasetErrors(result.errors);
    if (result.ok) {
      this.sources = new Map(this.app.sources().map((s) => [s.id, s]));
      this.overviewNodes = null;
      const span = this.app.dateSpan();
      if (span) {
        this.slider.min = String(toDays(span[0]));
        this.slider.max = String(toDays(span[1]));
      }
      this.sync();
      this.changed();
    }
    return result;
  }

  /** Fetches a dataset from a URL and loads it; network and size problems are reported the same way. */
  async loadDatasetFrom(url) {
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
      const size = Number(res.headers.get('content-length') ?? 0);
      const tooBig = () => new Error(`it is over ${MAX_DATASET_BYTES} bytes, the limit`);
      if (size > MAX_DATASET_BYTES) throw tooBig();
      // Read at most the limit, whatever the headers claim: stop a huge or endless body early.
      const reader = res.body.getReader();
      const chunks = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > MAX_DATASET_BYTES) {
          reader.cancel();
          throw tooBig();
        }
        chunks.push(value);
      }
      const bytes = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
      // UTF-8 only, a byte-order mark skipped: what `coalition validate` accepts, in its words.
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new Error('the dataset is not valid UTF-8 text');
      }
      return this.loadDataset(text);
    } catch (e) {
      const errors = [{ path: '(download)', reason: `${url}: ${e.message ?? e}` }];
      this.showDatasetErrors(errors);
      return { ok: false, errors };
    }
  }

  showDatasetErrors(errors) {
    const box = this.part('errors');
    if (!box) return;
    box.replaceChildren();
    box.hidden = errors.length === 0;
    if (!errors.length) return;
    box.append(
      el('p', {}, el('strong', {}, 'This dataset could not be loaded'), ' — the map keeps showing the previous one. Problems found:'),
      el('ul', {}, errors.map((e) => el('li', {}, el('code', {}, e.path), `: ${e.reason}`))),
    );
  }

  /** Draws both canvases now (the first paint; later changes go through redraw()). */
  draw() {
    this.drawMap();
    this.drawTimeline();
  }

  /** An element's width as last observed (its clientWidth before the first observation). */
  widthOf(element) {
    return Math.max(1, this.widths.get(element) ?? element.clientWidth);
  }

  drawMap() {
    const w = this.widthOf(this.part('map-wrap'));
    const world = this.app.view().framing === 'world';
    const h = Math.round(Math.min(640, Math.max(220, w * (world ? 0.52 : 0.66))));
    const total = this.app.drawMap(this.mapCanvas, w, h, window.devicePixelRatio || 1);
    setHeight(this.mapCanvas, total);
    this.mapCanvas.dataset.drawn = String(Number(this.mapCanvas.dataset.drawn || 0) + 1);
  }

  drawTimeline() {
    const tw = this.widthOf(this.timelineCanvas.parentElement);
    const th = this.app.drawTimeline(this.timelineCanvas, tw, window.devicePixelRatio || 1);
    setHeight(this.timelineCanvas, th);
  }

  /** When the browser is idle after the first paint, draws once more: the map then caches its base
   *  layer (the first paint draws it straight onto the canvas), so the first hover or click is as
   *  quick as the rest. */
  warmUp() {
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
    idle(() => this.redraw(), { timeout: 1000 });
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
        this.showError(e);
      }
    });
  }

  showError(e) {
    const box = this.part('status');
    box.hidden = false;
    box.classList.add('error');
    box.textContent = `Sorry — the map could not be shown. ${e && e.message ? e.message : e}`;
    console.error(e);
  }

  /** Re-reads the whole view from the app (after applyQuery or attribute changes) and redraws. */
  sync() {
    const v = this.view;
    this.showDate(v.date);
    for (const b of this.root.querySelectorAll('[data-framing]')) {
      b.setAttribute('aria-pressed', String(b.dataset.framing === v.framing));
    }
    this.renderPanel();
    this.renderItem();
    this.renderNames();
    this.renderTables();
    this.redraw();
  }

  changed() {
    this.describeCanvases();
    this.renderTables();
    this.onChange(this.view);
  }

  /** Tells screen-reader users what changed (a polite live region). */
  announce(text) {
    const box = this.part('announce');
    if (box) box.textContent = text;
  }

  /** Text alternatives of the two canvases, stating what they show now (composed in Rust). */
  describeCanvases() {
    this.mapCanvas.setAttribute('aria-label', this.app.describeMap());
    this.timelineCanvas.setAttribute('aria-label', this.app.describeTimeline());
  }

  /** Applies a theme: "light", "dark", or "auto" to follow the reader's system setting. */
  setTheme(mode) {
    this.themeMode = ['light', 'dark'].includes(mode) ? mode : 'auto';
    const media = matchMedia('(prefers-color-scheme: dark)');
    const resolved = this.themeMode === 'auto' ? (media.matches ? 'dark' : 'light') : this.themeMode;
    this.app.setTheme(resolved);
    if (this.themeTarget) {
      if (this.themeMode === 'auto') this.themeTarget.removeAttribute('data-theme');
      else this.themeTarget.setAttribute('data-theme', this.themeMode);
    }
    if (!this.mediaWatch) {
      this.mediaWatch = () => { if (this.themeMode === 'auto') this.setTheme('auto'); };
      media.addEventListener('change', this.mediaWatch);
    }
    this.redraw();
  }

  // ---- search, names and the table view ----

  renderNames() {
    const list = this.part('names');
    if (!list) return;
    list.replaceChildren(...this.app.countries('')
      .filter((a) => a.kind === 'state' || a.kind === 'organisation')
      .map((a) => el('option', { value: a.name })));
  }

  wireSearch() {
    const form = this.part('search-form');
    if (!form) return;
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const input = this.part('search');
      const q = input.value.trim();
      if (!q) return;
      const code = this.app.find(q);
      if (!code) {
        this.announce(`No country or organisation called “${q}” in the dataset.`);
        input.setCustomValidity(`No country or organisation called “${q}”`);
        input.reportValidity();
        input.addEventListener('input', () => input.setCustomValidity(''), { once: true });
        return;
      }
      try {
        this.select(code);
      } catch {
        this.showRecordOnly(code); // an organisation, or a state without a shape on the map
      }
      input.value = '';
    });
  }

  /** Shows the record of an actor that has no shape on the map (an organisation). */
  showRecordOnly(code) {
    this.app.select(null);
    this.recordOnly = code;
    this.renderPanel();
    this.redraw();
  }

  renderTables() {
    const details = this.part('table-view');
    const wrap = this.part('tables');
    if (!details || !wrap || !details.open) return;
    const v = this.view;
    const when = v.date ? `on ${human(v.date)}` : 'by the end of September 2014';
    const labels = new Map(this.legend.map((l) => [l.key, l.label]));
    const actors = this.app.countries(v.date ?? '').filter((a) => a.status || a.kind !== 'media');
    const rows = actors.map((a) => {
      const rec = this.app.country(a.id, v.date ?? '');
      const conferences = rec.participations.map((p) => `${p.conference_name.replace('International Conference on Peace and Security in Iraq', 'Paris conference')}: ${ROLE_LABELS[p.role] ?? p.role}`);
      const kinds = [...new Set(rec.pledges.filter((p) => !p.from_communique).map((p) => KIND_LABELS[p.kind] ?? p.kind))];
      return el('tr', {},
        el('th', { scope: 'row' }, el('button', { type: 'button', class: 'linklike', 'data-code': a.id }, a.name)),
        el('td', {}, a.status ? labels.get(a.status) : '—'),
        el('td', {}, conferences.join('; ') || '—'),
        el('td', {}, kinds.join(', ') || '—'));
    });
    const events = this.app.timeline().map((e) => el('tr', {},
      el('td', {}, whenText(e.date)), el('td', {}, e.title), el('td', {}, e.summary),
      el('td', {}, e.sources.map((id) => this.sourceLabel(id)).join('; '))));
    wrap.replaceChildren(
      el('table', {},
        el('caption', {}, `Countries and organisations ${when}`),
        el('thead', {}, el('tr', {}, ['Country or organisation', 'Status', 'Conferences', 'Own pledges'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows)),
      el('table', {},
        el('caption', {}, 'Events by date'),
        el('thead', {}, el('tr', {}, ['Date', 'Event', 'What happened', 'Sources'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, events)),
    );
    for (const b of wrap.querySelectorAll('button[data-code]')) {
      b.addEventListener('click', () => {
        try { this.select(b.dataset.code); } catch { this.showRecordOnly(b.dataset.code); }
        this.part('panel').focus();
      });
    }
  }

  select(code) {
    const selected = this.app.select(code || null);
    this.recordOnly = null;
    this.renderPanel();
    this.redraw();
    this.changed();
    if (selected) {
      // A country on the map need not be in the dataset (Poland): it has no record, only a name.
      const status = this.app.statusLabel(selected)
        ?? (this.app.find(selected) ? 'no role on this date' : 'no role in the sources');
      this.announce(`Selected ${this.app.name(selected) ?? selected}: ${status}.`);
    } else {
      this.announce('Selection cleared.');
    }
    return selected ?? null;
  }

  setFraming(framing) {
    this.app.setFraming(framing);
    this.sync();
    this.changed();
  }

  setDate(iso) {
    this.app.setDate(iso ?? '');
    this.showDate(iso);
    if (this.view.country) this.renderPanel();
    this.redraw();
    this.changed();
    this.announce(`Date shown: ${iso ? human(iso) : 'the end of September 2014'}.`);
  }

  showDate(iso) {
    const label = this.part('date-label');
    label.textContent = iso ? human(iso) : 'End of September 2014';
    this.slider.value = iso ? String(toDays(iso)) : this.slider.max;
    this.slider.setAttribute('aria-valuetext', label.textContent);
  }

  /** Selects a timeline item: the map moves to its day and outlines the actors involved. */
  selectItem(id) {
    const date = this.app.selectItem(id || null);
    if (date) this.showDate(date);
    if (this.view.country) this.renderPanel();
    this.renderItem();
    this.redraw();
    this.changed();
    const item = id ? this.describeItem(id) : null;
    this.announce(item ? `${item.category}: ${item.title}, ${whenText(item.when) || human(date)}.` : 'Timeline selection cleared.');
    return date ?? null;
  }

  locate(code) {
    return this.app.locate(code) ?? null;
  }

  describeItem(id) {
    const m = this.app.locateItem(id);
    return m ? this.app.timelineHit(m.x, m.y) : null;
  }

  // ---- text views ----

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
      el('span', { class: 'src', title: this.sources.get(id)?.title ?? id }, this.sourceLabel(id)),
    ]));
  }

  quote(q) {
    const ids = q.source ? [q.source] : q.sources;
    return el('blockquote', {}, el('p', {}, `“${q.quote}”`), this.cite(ids));
  }

  sourceItem(s) {
    const href = s.published_at ? safeHref(s.published_at) : null;
    return el('li', {}, el('strong', {}, s.publisher), ', ', `“${s.title}”`, ` (${s.dated})`,
      s.published_at ? [', published at ', href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, s.published_at) : s.published_at] : '',
      el('span', { class: 'file' }, ` [${s.id}]`));
  }

  /** The selected timeline item's text and sources, under the timeline. */
  renderItem() {
    const box = this.part('item-detail');
    if (!box) return;
    box.replaceChildren();
    const id = this.view.item;
    const item = id && this.describeItem(id);
    if (!item) return;
    box.append(...[
      el('h3', {}, `${item.category}: ${item.title}`),
      el('p', {}, item.when ? `${whenText(item.when)}. ` : '', item.summary),
      item.when?.approximate ? el('p', { class: 'cite' }, `Date approximate: ${item.when.approximate}`) : null,
      this.cite(item.sources),
    ].filter(Boolean));
  }

  /** The overview's nodes, built once per dataset: it does not depend on the date or selection, and
   *  clearing a selection should not rebuild two rosters and the source list. */
  overview() {
    if (!this.overviewNodes) {
      const holder = document.createElement('div');
      this.renderOverview(holder);
      this.overviewNodes = [...holder.childNodes];
    }
    return this.overviewNodes;
  }

  /** The conferences with their rosters (from the communiqués) and the disputed counts and dates. */
  renderOverview(panel) {
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
      panel.append(...[
        el('h3', {}, `${c.name}, ${c.city}`),
        el('p', {}, whenText(c.date), v.date_dispute ? ' (date disputed: see below)' : '', ' ', this.cite(c.sources)),
        el('p', { class: 'count' }, el('strong', {}, `${attended.length} participants`),
          ' in the roster', v.count_dispute ? '; the sources count differently:' : ''),
        claims(v.count_dispute),
        roster(attended),
        absent.length ? el('p', {}, 'Not invited: ', absent.map((p, i) => [i ? ', ' : '', p.name])) : null,
        v.date_dispute ? el('div', { class: 'dispute' }, el('p', {}, v.date_dispute.question), claims(v.date_dispute)) : null,
      ].filter(Boolean));
    }
    if (!this.compact) {
      panel.append(el('h3', {}, 'Sources'), el('ol', { class: 'sources' }, [...this.sources.values()].map((s) => this.sourceItem(s))));
    }
    for (const b of panel.querySelectorAll('button[data-code]')) {
      b.addEventListener('click', () => this.select(b.dataset.code));
    }
  }

  renderPanel() {
    const panel = this.part('panel');
    panel.replaceChildren();
    // A new record starts at its top, not where the last one was scrolled. Only when it was
    // scrolled: setting scrollTop forces a layout in the middle of the click.
    if (this.panelScrolled) {
      panel.scrollTop = 0;
      this.panelScrolled = false;
    }
    const view = this.view;
    const { date } = view;
    const country = view.country ?? this.recordOnly ?? null;
    if (!country) {
      panel.setAttribute('aria-label', 'Details: the conferences');
      panel.append(el('p', { class: 'hint' }, 'Select a country on the map (or below) to read its participations, pledges, positions and quotes, each with its source.'));
      panel.append(...this.overview());
      return;
    }
    let rec;
    try {
      rec = this.app.country(country, date ?? '');
    } catch {
      const name = this.app.name(country) ?? country;
      panel.setAttribute('aria-label', `Details: ${name}`);
      panel.append(el('h2', {}, name), el('p', { class: 'empty' }, 'This country has no role in the sources.'));
      return;
    }
    const a = rec.actor;
    panel.setAttribute('aria-label', `Details: ${a.name}`);
    const status = this.legend.find((l) => l.key === rec.status);
    const swatch = el('span', { class: 'swatch', 'data-status': rec.status ?? 'none' });
    if (status) swatch.style.background = status.color; // CSSOM, allowed under a strict CSP
    panel.append(
      el('h2', {}, a.name),
      el('p', { class: 'status' }, swatch,
        status ? status.label : 'No role in the coalition on this date',
        date ? ` (as of ${human(date)})` : ''),
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

  // ---- wiring ----

  /** Positions a tooltip near the pointer, flipped left of it past the middle of its canvas. */
  placeTip(tip, canvas, x, y) {
    const flip = x > canvas.clientWidth / 2;
    tip.style.transform = `translate(${Math.round(flip ? x - 12 : x + 12)}px, ${Math.round(y + 14)}px)${flip ? ' translateX(-100%)' : ''}`;
  }

  wireMap() {
    const canvas = this.mapCanvas;
    const tip = this.part('tooltip');
    const at = (ev) => {
      const r = canvas.getBoundingClientRect();
      return [ev.clientX - r.left, ev.clientY - r.top];
    };
    canvas.addEventListener('pointermove', (ev) => {
      const [x, y] = at(ev);
      const info = this.app.describe(x, y);
      const code = info?.code ?? null;
      if (this.app.hover(code)) this.redraw();
      canvas.style.cursor = code ? 'pointer' : 'default';
      if (!info) {
        tip.hidden = true;
        return;
      }
      tip.hidden = false;
      tip.replaceChildren(el('strong', {}, info.name), info.status ? ` — ${info.status}` : '');
      this.placeTip(tip, canvas, x, y);
    });
    canvas.addEventListener('pointerleave', () => {
      tip.hidden = true;
      if (this.app.hover(null)) this.redraw();
    });
    canvas.addEventListener('click', (ev) => {
      const [x, y] = at(ev);
      this.select(this.app.hit(x, y) ?? null);
    });
  }

  wireTimeline() {
    const canvas = this.timelineCanvas;
    const tip = this.part('timeline-tooltip');
    const at = (ev) => {
      const r = canvas.getBoundingClientRect();
      return [ev.clientX - r.left, ev.clientY - r.top];
    };
    canvas.addEventListener('pointermove', (ev) => {
      const [x, y] = at(ev);
      const item = this.app.timelineHit(x, y);
      canvas.style.cursor = item ? 'pointer' : 'default';
      if (!item) {
        tip.hidden = true;
        return;
      }
      tip.hidden = false;
      tip.replaceChildren(
        el('strong', {}, item.title), el('br'),
        item.when ? `${whenText(item.when)} — ` : '', item.summary,
        el('span', { class: 'src' }, 'Source: ', item.sources.map((id, i) => [i ? '; ' : '', this.sourceLabel(id)])),
      );
      this.placeTip(tip, canvas, x, y);
    });
    canvas.addEventListener('pointerleave', () => { tip.hidden = true; });
    canvas.addEventListener('click', (ev) => {
      const [x, y] = at(ev);
      const item = this.app.timelineHit(x, y);
      this.selectItem(item ? item.id : null);
    });
    canvas.addEventListener('keydown', (ev) => {
      if (!['ArrowRight', 'ArrowLeft', 'Escape'].includes(ev.key)) return;
      ev.preventDefault();
      if (ev.key === 'Escape') {
        this.selectItem(null);
        return;
      }
      // Step through items in time order (left to right, then top to bottom).
      const items = this.app.timelineItems().slice().sort((a, b) => a.x - b.x || a.y - b.y);
      if (!items.length) return;
      const i = items.findIndex((m) => m.id === this.view.item);
      const forward = ev.key === 'ArrowRight';
      const next = i < 0 ? (forward ? 0 : items.length - 1) : (i + (forward ? 1 : items.length - 1)) % items.length;
      this.selectItem(items[next].id);
    });
  }

  wireDate() {
    const slider = this.slider;
    const button = this.part('play');
    let timer = null;
    const stop = () => {
      clearInterval(timer);
      timer = null;
      button.textContent = '▶ Play';
      button.setAttribute('aria-pressed', 'false');
    };
    slider.addEventListener('input', () => {
      if (timer) stop();
      const v = Number(slider.value);
      this.setDate(v >= Number(slider.max) ? null : fromDays(v));
    });
    button.addEventListener('click', () => {
      if (timer) return stop();
      let day = Number(slider.value);
      if (day >= Number(slider.max)) day = Number(slider.min) - 1;
      button.textContent = '❚❚ Pause';
      button.setAttribute('aria-pressed', 'true');
      timer = setInterval(() => {
        day += 1;
        if (day > Number(slider.max)) return stop();
        this.setDate(fromDays(day));
      }, 600);
    });
  }
}
