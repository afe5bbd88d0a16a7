// The viewer's own controls, wired once: the status legend under the map (a filter; pointing at an
// entry outlines its countries), the compare menu, the date slider and Play, and search with its
// list of names. Every change they make goes through viewer.update(patch); what they show comes
// with each frame (frame-render.js).
import { el } from './dom.js';
import { fromDays } from './dates.js';
import { t } from './words.js';

export function renderNames(viewer) {
  const list = viewer.part('names');
  if (!list || viewer.namesFor === (viewer.datasetGeneration ?? 0)) return;
  viewer.namesFor = viewer.datasetGeneration ?? 0;
  list.replaceChildren(...viewer.app.list('countries', '')
    .filter((a) => a.kind === 'state' || a.kind === 'organisation')
    .map((a) => el('option', { value: a.name })));
}

export function wireSearch(viewer) {
  const form = viewer.part('search-form');
  if (!form) return;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const input = viewer.part('search');
    const q = input.value.trim();
    if (!q) return;
    const code = viewer.app.lookup('find', q);
    if (!code) {
      viewer.announce(t('search.not_found', q));
      input.setCustomValidity(t('search.not_found_short', q));
      input.reportValidity();
      input.addEventListener('input', () => input.setCustomValidity(''), { once: true });
      return;
    }
    viewer.select(code, { zoom: true }); // organisations too: the map simply outlines nothing
    input.value = '';
  });
}

/** The legend under the map: one button per status. Hovering or focusing one outlines those
 *  countries on the map; clicking toggles it in the filter (the others fade). */
export function wireLegend(viewer) {
  const box = viewer.part('legend');
  if (!box) return;
  // Each count the baked legend shows (the page's HTML) is kept until the frame's: a frame painted
  // between this and the first render showed the pills without their numbers, 8 px narrower.
  const baked = (key) => box.querySelector(`[data-status="${CSS.escape(key)}"] .legend-count`)?.textContent ?? '';
  box.replaceChildren(...viewer.labels.statuses.map((s) => {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = s.color; // CSSOM, allowed under a strict CSP
    const b = el('button', { type: 'button', 'data-status': s.key, 'aria-pressed': 'false' }, swatch, s.label,
      el('span', { class: 'legend-count' }, baked(s.key)));
    b.addEventListener('click', () => toggleStatus(viewer, s.key));
    // Pointing at or focusing an entry outlines its countries on the map.
    const outline = (key) => { if (viewer.app.hover('legend', key)) viewer.redraw(); };
    b.addEventListener('pointerenter', () => outline(s.key));
    b.addEventListener('focus', () => outline(s.key));
    b.addEventListener('pointerleave', () => outline(null));
    b.addEventListener('blur', () => outline(null));
    return el('li', {}, b);
  }));
}

/** Adds a status to the map's filter, or takes it out; no status chosen shows them all. */
export function toggleStatus(viewer, key) {
  const now = new Set(viewer.view.statuses ?? []);
  if (now.has(key)) now.delete(key); else now.add(key);
  viewer.update({ statuses: [...now] });
}

/** The compare menu: the map shows who joined, changed or dropped between that date and the
 *  date shown. Its choices (the conferences' days) come with each frame. */
export function wireCompare(viewer) {
  const select = viewer.part('compare');
  select?.addEventListener('change', () => viewer.update({ compare: select.value || null }));
}

export function wireDate(viewer) {
  const slider = viewer.slider;
  const button = viewer.part('play');
  let timer = null;
  const stop = () => {
    clearInterval(timer);
    timer = null;
    // By message id, so a change of language while it plays or after keeps the right word.
    button.dataset.t = 'ui.play';
    button.textContent = t('ui.play');
    button.setAttribute('aria-pressed', 'false');
  };
  viewer.stopPlaying = stop;
  slider.addEventListener('input', () => {
    if (timer) stop();
    const v = Number(slider.value);
    viewer.setDate(String(v) === (viewer.storyEndDay ?? slider.max) ? null : fromDays(v));
  });
  button.addEventListener('click', () => {
    if (timer) return stop();
    let day = Number(slider.value);
    if (day >= Number(slider.max)) day = Number(slider.min) - 1;
    button.dataset.t = 'ui.pause';
    button.textContent = t('ui.pause');
    button.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      day += 1;
      if (day > Number(slider.max)) return stop();
      viewer.setDate(fromDays(day));
    }, 600);
  });
}
