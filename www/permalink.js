// A record's permalink, as the Cite button copies it: the address the reader is on, with every
// parameter that is not the view's kept as written — the host page's own (`?article=42` where the
// embed sits), `dataset=` (the data the record is in), `utm_source` — the view's parameters
// dropped, and `record=ID` added. (It replaced the whole query with `record=ID`: a link that
// opened the host's page without its article, or the page without the brought dataset, where the
// record does not exist.) The embed opens a `record=` from its host page's address
// (`hostRecord`), so the link opens the record there too.

/** The view's parameters (src/view.rs, OUR_KEYS): a permalink replaces them with `record`. */
const VIEW_KEYS = new Set(['country', 'date', 'framing', 'view', 'item', 'compare', 'status', 'kinds', 'timeline', 'window', 'record']);

/** A query-string key as the core reads it: percent-decoded, `+` as a space. */
function keyOf(pair) {
  const raw = pair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The pairs of a query string (leading `?`s dropped, as the core drops them), empty ones left out. */
const pairsOf = (search) => search.replace(/^[?#]+/, '').split('&').filter((p) => p !== '');

/**
 * The permalink of record `id` from the address `href` (by default the reader's).
 * @param {string} id
 * @param {string} [href]
 */
export function permalink(id, href = location.href) {
  const link = new URL(href);
  const kept = pairsOf(link.search).filter((p) => !VIEW_KEYS.has(keyOf(p)));
  link.search = `?${[...kept, `record=${encodeURIComponent(id)}`].join('&')}`;
  link.hash = '';
  return link.href;
}

/**
 * The `record=` of an address (by default the host page's): what a permalink copied from an embed
 * points at. Null when there is none.
 * @param {string} [search]
 */
export function hostRecord(search = location.search) {
  const pair = pairsOf(search).find((p) => keyOf(p) === 'record');
  if (!pair || !pair.includes('=')) return null;
  try {
    return decodeURIComponent(pair.slice(pair.indexOf('=') + 1).replace(/\+/g, ' ')).trim() || null;
  } catch {
    return null;
  }
}
