// A source's addresses as the panel shows them: the dataset keeps a source's URLs (`urls`, each an
// http(s) URL the validator checked) apart from the words about where it is published
// (`published_at`, shown as text, never a link). Only the URLs become links, and only those the
// browser reads as http(s) (safeHref): a brought dataset's `javascript:` stays text.
import { el, safeHref } from './dom.js';

/**
 * The links to a source's `urls`, separated by commas; an address that is not http(s) as text.
 * @param {string[] | undefined} urls
 * @returns {(Node | string)[]}
 */
export function sourceLinks(urls) {
  return (urls ?? []).flatMap((u, i) => {
    const href = typeof u === 'string' ? safeHref(u) : null;
    const shown = String(u);
    const node = href && /^https?:\/\//i.test(shown) ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, shown) : shown;
    return i ? [', ', node] : [node];
  });
}

/**
 * The first of a source's `urls` the browser reads as http(s), as an href; null if none.
 * @param {string[] | undefined} urls
 * @returns {string | null}
 */
export function firstLink(urls) {
  for (const u of urls ?? []) {
    const href = typeof u === 'string' && /^https?:\/\//i.test(u) ? safeHref(u) : null;
    if (href) return href;
  }
  return null;
}
