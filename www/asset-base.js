// Where the package's files (both wasm modules, the element's stylesheet, the baked files it
// answers with before the wasm: embed-early.js) are fetched from. By
// default nothing is set and each file is found beside the module that needs it, with the literal
// `new URL('…', import.meta.url)` bundlers understand (Vite copies and hashes each file; the glue
// keeps its own such URL). A host whose bundler does not handle that pattern (esbuild), or that
// serves the files elsewhere (a CDN), calls setAssetBase(url) once, before the first element
// connects or the first init(): every file is then fetched from that folder by its package name.

let base = null;

/**
 * Fetch the package's files from this folder (absolute, or relative to the page) from now on;
 * `null` goes back to the files beside the modules.
 * @param {string | URL | null} url
 */
export function setAssetBase(url) {
  if (url === null || url === undefined) {
    base = null;
    return;
  }
  const text = String(url);
  const page = globalThis.document?.baseURI ?? globalThis.location?.href;
  // A folder: without its trailing slash, new URL(name, base) would replace its last segment.
  base = new URL(text.endsWith('/') ? text : `${text}/`, page).href;
}

/** The URL of one of the package's files under the base set, or null when none is. */
export function assetUrl(name) {
  return base === null ? null : new URL(name, base).href;
}
