// The embed snippet a reader copies into another site: the <coalition-map> element with the view
// as attributes, or an iframe whose URL carries it, followed by the small resize script that fits
// the iframe to its content (embed-resize.js; without it the iframe keeps its fixed height). Every
// value is percent-encoded in the URL (the core's view query) and HTML-escaped in its attribute, so
// nothing a dataset or a link holds can close an attribute and carry script into the host page.
// Nothing in it is inline style or script: a host with a strict CSP allows it as it is. Also used
// at build time (scripts/pages.mjs: the oEmbed JSON's html), so it touches no DOM.
import { escapeAttr } from './dom.js';
import { viewAttributes } from './attributes.js';

/** The iframe's fixed height without the resize script: the wide layout's whole viewer (map,
 *  timeline, panel beside them) fits in it; a narrow column scrolls inside. */
export const IFRAME_HEIGHT = 760;

/**
 * @param {{ base: string, view: object, query: string, iframe: boolean }} options base: the URL of
 *   the folder the page is served from (ends with /); view: app.view(); query: app.query(), the
 *   view's own parameters, percent-encoded; iframe: whether to give the iframe version
 */
export function embedSnippet({ base, view, query, iframe }) {
  if (iframe) {
    const src = `${base}embed.html${query ? `?${query}` : ''}`;
    return `<iframe src="${escapeAttr(src, { url: true })}" title="The coalition against ISIL, September 2014" width="100%" height="${IFRAME_HEIGHT}" loading="lazy" frameborder="0"></iframe>\n`
      + `<script src="${escapeAttr(`${base}embed-resize.js`, { url: true })}" async></script>`;
  }
  const attrs = viewAttributes(view).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return `<script type="module" src="${escapeAttr(`${base}embed.js`, { url: true })}"></script>\n<coalition-map${attrs}></coalition-map>`;
}
