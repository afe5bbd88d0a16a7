// The one setting a Vite app needs for the package: no dependency pre-bundling of it, so that in
// the dev server each file the package names with new URL('…', import.meta.url) (the .wasm, the
// element's stylesheet) is still beside the module naming it (pre-bundled, the URLs point into
// Vite's cache folder, where those files are not: 404). The production build needs nothing.
export default {
  optimizeDeps: { exclude: ['coalition-map'] },
};
