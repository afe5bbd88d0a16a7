// The page's baked picture for its map's box (issue 29), inline in index.html right after the
// baked map (scripts/pages.mjs; allowed by its hash in the page's CSP). Each of the two pictures
// (a phone's and a wide screen's) is in the HTML inside a <noscript>: without JavaScript the
// browser builds both and the stylesheet shows one, as before; with it, their markup is one inert
// text the parser skips over, and this script builds only the picture the box shows (the other
// one's ~500 elements were parsed and kept for nothing).
// The box's width decides, through the stylesheet's container query (viewer.css says which in
// `--baked-picture`). Reading that needs a layout, and one asked for before the first frame's own
// cost the first paint 8-20 ms unthrottled (a layout forced once parsed, then the picture's own),
// so the picture is built now, mid-parse, from the window's width alone (a media query: no style
// or layout), and the box's own answer is checked at each resize observation (after the first
// frame's layout, before its paint): where the guess was wrong (a classic scrollbar's width near a
// threshold, another layout) the right one is built then, in that frame; the wrong one is never
// shown (viewer.css hides the picture the box does not ask for). If the box crosses the threshold
// later (a phone turned, a window resized before the live map), the other picture is built then.
(() => {
  const box = document.currentScript?.previousElementSibling;
  if (!box?.matches('[data-part="baked"]')) return;
  /** The windows whose map box is under 560 px (viewer.css's threshold), by the page's layout
   *  (style.css, viewer.css): one column below 776 px of window, the box 42 px narrower than it;
   *  from 776 px the panel's column beside it, the box 442 px narrower. Checked at every width by
   *  tests/e2e/baked-pick.test.mjs. */
  const NARROW = '(max-width: 601.98px), (min-width: 776px) and (max-width: 1001.98px)';
  let observer = null;
  const build = (name) => {
    const inert = name && box.querySelector(`noscript[data-baked="${name}"]`);
    if (!inert) return;
    // The page's own markup, which the browser parses as HTML when scripts are off.
    const t = document.createElement('template');
    t.innerHTML = inert.textContent;
    inert.replaceWith(t.content);
  };
  const shown = () => {
    // The live map has taken the box (it removes the picture): nothing more to build, ever.
    if (!box.isConnected) {
      observer?.disconnect();
      return;
    }
    build(getComputedStyle(box).getPropertyValue('--baked-picture').trim());
  };
  build(matchMedia(NARROW).matches ? 'narrow' : 'wide');
  if (typeof ResizeObserver === 'function') {
    observer = new ResizeObserver(shown);
    observer.observe(box.parentElement);
  } else {
    document.addEventListener('DOMContentLoaded', shown, { once: true });
  }
})();
