// A record's permalink, as the Cite button copies it: the address the reader is on, with every
// parameter that is not the view's kept as written — the host page's own (`?article=42` where the
// embed sits), `dataset=` (the data the record is in), `utm_source` — the view's parameters
// dropped, and `record=ID` added. (It replaced the whole query with `record=ID`: a link that
// opened the host's page without its article, or the page without the brought dataset, where the
// record does not exist.) The embed opens a `record=` from its host page's address
// (`hostRecord`), so the link opens the record there too. The address is read as the core reads
// it (query.js): the view's keys are the core's parameter table, a repeated key's last value wins.
import { VIEW_KEYS, readQuery, rewriteQuery } from './query.js';

/**
 * The permalink of record `id` from the address `href` (by default the reader's).
 * @param {string} id
 * @param {string} [href]
 */
export function permalink(id, href = location.href) {
  const link = new URL(href);
  link.search = rewriteQuery(link.search, (k) => VIEW_KEYS.includes(k), [['record', id]]);
  link.hash = '';
  return link.href;
}

/**
 * The `record=` of an address (by default the host page's): what a permalink copied from an embed
 * points at. Null when there is none.
 * @param {string} [search]
 */
export function hostRecord(search = location.search) {
  return readQuery(search).view.record ?? null;
}
