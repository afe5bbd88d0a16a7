// Our strict Content-Security-Policy, written once: scripts/pages.mjs adds the sha256 hashes of
// the page's inline stylesheet and scripts to it (www/csp.json), and scripts/serve.mjs --csp
// sends that policy (or this one alone, when a build has written no csp.json).

/**
 * The policy, with `'sha256-…'` sources allowed beside the site's own files.
 * @param {{ scripts?: string[], styles?: string[] }} hashes
 */
export function strictPolicy({ scripts = [], styles = [] } = {}) {
  const list = (xs) => xs.map((x) => ` ${x}`).join('');
  return `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${list(scripts)}; style-src 'self'${list(styles)}`;
}
