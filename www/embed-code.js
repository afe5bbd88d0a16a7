// The embed snippet a reader copies into another site: the <coalition-map> element with the view
// as attributes, or an iframe whose URL carries it. Every value is percent-encoded in the URL (the
// core's view query) and HTML-escaped in its attribute, so nothing a dataset or a link holds can
// close an attribute and carry script into the host page.
import { escapeAttr } from './dom.js';
import { viewAttributes } from './attributes.js';

/**
 * @param base the URL of the folder the page is served from (ends with /)
 * @param view app.view()
 * @param query app.query(): the view's own parameters, percent-encoded
 * @param iframe whether to give the iframe version
 */
export function embedSnippet({ base, view, query, iframe }) {
  if (iframe) {
    const src = `${base}embed.html${query ? `?${query}` : ''}`;
    return `<iframe src="${escapeAttr(src, { url: true })}" title="The coalition against ISIL, September 2014" width="100%" height="760" loading="lazy" style="border:0"></iframe>`;
  }
  const attrs = viewAttributes(view).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return `<script type="module" src="${escapeAttr(`${base}embed.js`, { url: true })}"></script>\n<coalition-map${attrs}></coalition-map>`;
}
