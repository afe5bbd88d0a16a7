// Where a source is published, as the panel shows it: a dataset's `published_at` is often prose
// ("US Department of State; mirrored at rbs0.com/Communique20140911.html and elsewhere"), and the
// whole of it used to become one link to https://us%20department%20of%20state;… . Only the real
// addresses in it become links (http(s) only, through safeHref); the rest stays text.
import { el, safeHref } from './dom.js';

/** An address in running text: an optional http(s) scheme, a host with a dot and a top-level
 *  domain of letters, an optional path up to a space or a closing bracket. */
const ADDRESS = /(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:\/[^\s()<>"]*)?/gi;

/**
 * `text` as text nodes and links: each address in it a link, a sentence's closing punctuation
 * left out of the address.
 * @param {string} text
 * @returns {(Node | string)[]}
 */
export function linkedText(text) {
  const parts = [];
  let at = 0;
  for (const m of String(text).matchAll(ADDRESS)) {
    const address = m[0].replace(/[.,;:!?]+$/, '');
    const href = safeHref(address);
    if (!href) continue;
    const start = m.index ?? 0;
    parts.push(text.slice(at, start), el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, address));
    at = start + address.length;
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}
