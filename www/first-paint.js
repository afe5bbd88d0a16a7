// Runs before the page's body is parsed (a plain, blocking script in <head>: a few bytes, so the
// baked first paint is never shown where it would be wrong). The baked map in index.html is the
// default view in the light theme:
// - a link that asks for another view (a date, a selection, a framing, a filter...) hides it, so it
//   never shows statuses the link did not ask for; the live map replaces the "Loading" overlay;
// - the reader's saved theme is applied now (app.js applies it again), so a dark theme never
//   flashes light, and the dark theme hides the light picture (see viewer.css) — only when
//   scripts run: without JavaScript the picture is the only map, and it shows in any theme.
(() => {
  const root = document.documentElement;
  // Scripts run: the dark theme may hide the light baked picture (viewer.css), as the live map will
  // replace it. Without JavaScript it stays, the only map the reader gets.
  root.classList.add('scripted');
  try {
    const theme = localStorage.getItem('coalition-map-theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch {
    // Storage refused (privacy settings): the system theme applies.
  }
  const VIEW_KEYS = ['story', 'step', 'country', 'date', 'framing', 'view', 'item', 'compare', 'status', 'record', 'lang', 'numerals', 'dataset'];
  // The keys as the core reads them (ViewState::from_query): every leading `?` dropped, pairs split
  // on `&`, keys percent-decoded. URLSearchParams drops one `?` only, so for `??date=2014-09-11` it
  // saw a key "?date" and showed the end-of-September picture until the live map drew 11 Sept.
  const key = (pair) => {
    const raw = pair.split('=', 1)[0].replace(/\+/g, ' ');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  const pairs = location.search.replace(/^[?#]+/, '').split('&').filter(Boolean);
  const keys = pairs.map(key);
  if (keys.some((k) => VIEW_KEYS.includes(k))) root.classList.add('deep-link');

  // What the page asks for first (issue 29; the page's tag carries data-early, the embed's does
  // not): a link that asks only for a selection and a date is answered by early.js from baked
  // files, so those are requested before the wasm, which a phone's network would otherwise spend
  // its first second on; any other view starts the wasm at once, as before.
  if (!document.currentScript?.hasAttribute('data-early')) return;
  const link = (attrs) => {
    const l = document.createElement('link');
    for (const [k, v] of Object.entries(attrs)) l.setAttribute(k, v);
    document.head.append(l);
  };
  const value = (name) => {
    const pair = pairs.find((p) => key(p) === name);
    try {
      return pair ? decodeURIComponent(pair.slice(pair.indexOf('=') + 1).replace(/\+/g, ' ')) : null;
    } catch {
      return null;
    }
  };
  const dark = root.dataset.theme === 'dark'
    || (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const answerable = keys.length > 0 && !dark && keys.every((k) => k === 'country' || k === 'date');
  if (answerable) {
    const files = ['days.json', 'lists.json'];
    const id = value('country');
    if (id && /^[A-Za-z0-9_-]+$/.test(id)) files.push(`record-${id}.json`);
    const date = value('date');
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) files.push(`day-${date}.json`);
    link({ rel: 'modulepreload', href: 'early.bundle.js', fetchpriority: 'high' });
    for (const f of files) link({ rel: 'preload', href: `baked/early/${f}`, as: 'fetch', crossorigin: 'anonymous', fetchpriority: 'high' });
  }
  link({ rel: 'preload', href: 'pkg/coalition_map_bg.wasm', as: 'fetch', type: 'application/wasm', crossorigin: 'anonymous', fetchpriority: answerable ? 'low' : 'auto' });
})();
