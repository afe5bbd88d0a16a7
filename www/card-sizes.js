// The lower cards' real heights for keyboard readers. The cards below the viewer are laid out only
// near the screen (style.css: `content-visibility: auto`, which halves the start's layout), each
// standing in at 320 px until it is first drawn. A reader who tabs down the page is scrolled to the
// next control by those stand-in heights, and the next frame draws the cards near it at their real
// heights (the disputes card ~1,970 px at 1280 px wide): at 1280 px the focused checkbox of the share
// card then jumped 1,647 px, off the screen. So on the first Tab the cards are laid out once, before
// the focus moves (a forced layout, ~20 ms, only for readers who use the keyboard), and the browser
// remembers their heights (`contain-intrinsic-size: auto`) when it skips them again two frames later.

/** Lays the lower cards out once on the first Tab press in `doc`. */
export function rememberCardSizesOnTab(doc = document) {
  const onKey = (ev) => {
    if (ev.key !== 'Tab') return;
    doc.removeEventListener('keydown', onKey, true);
    doc.body.classList.add('cards-laid-out');
    void doc.body.offsetHeight; // the layout, before the browser moves the focus and scrolls to it
    // The heights are remembered at a frame's resize-observation step: skip again after one.
    requestAnimationFrame(() => requestAnimationFrame(() => doc.body.classList.remove('cards-laid-out')));
  };
  doc.addEventListener('keydown', onKey, true);
}
