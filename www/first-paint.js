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
  const VIEW_KEYS = ['story', 'step', 'country', 'date', 'framing', 'view', 'item', 'compare', 'status', 'record', 'dataset'];
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
  const keys = location.search.replace(/^[?#]+/, '').split('&').map(key);
  if (keys.some((k) => VIEW_KEYS.includes(k))) root.classList.add('deep-link');
})();
