// The page's baked picture for its map's box (issue 29), inline in index.html right after the
// baked map (scripts/pages.mjs; allowed by its hash in the page's CSP). Each of the two pictures
// (a phone's and a wide screen's) is in the HTML inside a <noscript>: without JavaScript the
// browser builds both and the stylesheet shows one, as before; with it, their markup is one inert
// text the parser skips over, and this script builds only the picture the box shows, before the
// first paint (the other one's ~500 elements were parsed and kept for nothing: a tenth of the
// first frame's work). The box's width decides, as the stylesheet's container query does (it
// says which through `--baked-picture`, viewer.css); if the box crosses it later (a phone turned,
// a window resized before the live map), the other picture is built then.
(() => {
  const box = document.currentScript?.previousElementSibling;
  if (!box?.matches('[data-part="baked"]')) return;
  const build = () => {
    const name = getComputedStyle(box).getPropertyValue('--baked-picture').trim() || 'wide';
    const inert = box.querySelector(`noscript[data-baked="${name}"]`);
    if (!inert) return;
    // The page's own markup, which the browser parses as HTML when scripts are off.
    const t = document.createElement('template');
    t.innerHTML = inert.textContent;
    inert.replaceWith(t.content);
  };
  build();
  if (typeof ResizeObserver === 'function') new ResizeObserver(build).observe(box.parentElement);
})();
