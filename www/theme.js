// The viewer's colour theme: "light", "dark", or "auto", which follows the reader's system setting
// and keeps following it while the page is open. The drawing's colours come from the wasm handle
// (app.setTheme); the page's own colours from the data-theme attribute on the viewer's theme target.

/** Applies `mode` to `viewer` (a Viewer from ui.js): the wasm's palette, the attribute, a redraw. */
export function applyTheme(viewer, mode) {
  viewer.themeMode = ['light', 'dark'].includes(mode) ? mode : 'auto';
  const media = matchMedia('(prefers-color-scheme: dark)');
  const resolved = viewer.themeMode === 'auto' ? (media.matches ? 'dark' : 'light') : viewer.themeMode;
  viewer.app.setTheme(resolved);
  // The sea's colour is read back from the palette at the next draw (map-input.js paints it).
  viewer.seaColour = null;
  const target = viewer.themeTarget;
  if (target) {
    if (viewer.themeMode === 'auto') target.removeAttribute('data-theme');
    else target.setAttribute('data-theme', viewer.themeMode);
  }
  if (!viewer.mediaWatch) {
    viewer.mediaWatch = () => { if (viewer.themeMode === 'auto') applyTheme(viewer, 'auto'); };
    media.addEventListener('change', viewer.mediaWatch);
  }
  // Before the first draw there is nothing to redraw: that draw takes the theme.
  if (viewer.drawnWidths.size) viewer.redraw();
}
