// The host page's half of the iframe embed: served beside embed.html and included by the snippet
// the page offers (<script src="…/embed-resize.js" async></script>), it fits every coalition-map
// iframe on the host page to its content. Each embed posts { "coalition-map-height": N } (whole CSS
// px; frame-height.js) whenever its content's height changes; this sets that frame's height to N.
// A message counts only from a frame on this page (its contentWindow is the sender) and only as a
// plausible height, so no other frame can resize anything but itself, and not absurdly. A file,
// not inline code, so a host's strict CSP (script-src with this origin, no 'unsafe-inline') allows
// it; the height is set through the CSSOM, which style-src does not restrict. A classic script or a
// module alike; included twice (two snippets on one page), it listens once.
(() => {
  const KEY = 'coalition-map-height';
  const ONCE = Symbol.for('coalition-map.embed-resize');
  if (window[ONCE]) return;
  window[ONCE] = true;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || !(KEY in data)) return;
    const height = data[KEY];
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 100 || height > 20000) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });
})();
