// The page's baked picture for its map's box (issue 29), inline in index.html right after the
// baked map (scripts/pages.mjs; allowed by its hash in the page's CSP). Each of the two pictures
// (a phone's and a wide screen's) is in the HTML inside a <noscript>: without JavaScript the
// browser builds both and the stylesheet shows one, as before; with it, their markup is one inert
// text the parser skips over, and this script builds only the picture the box shows (the other
// one's ~500 elements were parsed and kept for nothing). The box's width decides, as the
// stylesheet's container query does (it says which through `--baked-picture`, viewer.css). It is
// read once the page is laid out, so it costs no layout of its own: at the first frame's resize
// observation (after its layout, before its paint: the picture is in that frame) or when the page
// is parsed, whichever comes first (a layout asked for here, mid-parse, laid the top of the page
// out twice: 10-20 ms unthrottled). If the box crosses the threshold later (a phone turned, a
// window resized before the live map), the other picture is built then.
(() => {
  const box = document.currentScript?.previousElementSibling;
  if (!box?.matches('[data-part="baked"]')) return;
  let observer = null;
  const build = () => {
    // The live map has taken the box (it removes the picture): nothing more to build, ever.
    if (!box.isConnected) {
      observer?.disconnect();
      return;
    }
    const name = getComputedStyle(box).getPropertyValue('--baked-picture').trim();
    const inert = name && box.querySelector(`noscript[data-baked="${name}"]`);
    if (!inert) return;
    // The page's own markup, which the browser parses as HTML when scripts are off.
    const t = document.createElement('template');
    t.innerHTML = inert.textContent;
    inert.replaceWith(t.content);
  };
  if (typeof ResizeObserver === 'function') {
    observer = new ResizeObserver(build);
    observer.observe(box.parentElement);
  }
  document.addEventListener('DOMContentLoaded', build, { once: true });
})();
