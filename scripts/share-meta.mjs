// What a link to the page shows where it is pasted, written at build time by scripts/pages.mjs:
// the Open Graph and Twitter card tags of the default view (the view the baked og-image.png shows)
// and a static oEmbed document (https://oembed.com/, type "rich") whose html is the iframe snippet
// the page itself offers (www/embed-code.js), so a CMS that speaks oEmbed embeds the same thing a
// reader would paste. A static site knows its own address only if told: with COALITION_SITE_URL set
// (the folder the page is served from, e.g. https://example.org/coalition-map/) every URL is
// absolute, as link previews and oEmbed consumers need; without it they are relative to the page
// (fine for a local build and the tests, not for a deployment).
import { escapeAttr } from '../www/dom.js';
import { embedSnippet, IFRAME_HEIGHT } from '../www/embed-code.js';

export const TITLE = 'The coalition against ISIL, September to December 2014';
export const DESCRIPTION = 'Who met at Jeddah and Paris in September 2014, who signed, who pledged what, who was left out, and who decided to strike and struck by December 2014 — every fact sourced.';
const IMAGE = { path: 'baked/wide/og-image.png', width: 1200, height: 630,
  alt: 'Map of the Middle East and Europe, each country coloured by its role in the coalition against ISIL, by the end of September 2014, with a legend' };
/** The oEmbed width: the iframe is 100% of its column; this is the column it is designed for. */
const OEMBED_WIDTH = 840;

/** The site's folder URL from COALITION_SITE_URL (with its trailing slash), or '' (relative). */
export function siteBase(env = process.env) {
  const raw = env.COALITION_SITE_URL?.trim();
  if (!raw) return '';
  const url = new URL(raw); // a malformed address is a build error, not a broken preview
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`COALITION_SITE_URL: ${raw} is not an http(s) address`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The <head> tags of the default view, for index.html. */
export function shareMeta(base) {
  const tag = (attr, key, value) => `<meta ${attr}="${key}" content="${escapeAttr(value)}">`;
  const image = base + IMAGE.path;
  return [
    tag('property', 'og:type', 'website'),
    tag('property', 'og:site_name', 'coalition-map'),
    tag('property', 'og:title', TITLE),
    tag('property', 'og:description', DESCRIPTION),
    ...(base ? [tag('property', 'og:url', base), `<link rel="canonical" href="${escapeAttr(base, { url: true })}">`] : []),
    tag('property', 'og:image', image),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', String(IMAGE.width)),
    tag('property', 'og:image:height', String(IMAGE.height)),
    tag('property', 'og:image:alt', IMAGE.alt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', TITLE),
    tag('name', 'twitter:description', DESCRIPTION),
    tag('name', 'twitter:image', image),
    tag('name', 'twitter:image:alt', IMAGE.alt),
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(`${base}oembed.json`, { url: true })}" title="${escapeAttr(TITLE)}">`,
  ].join('\n  ');
}

/** The oEmbed response for the default view (www/oembed.json). */
export function oembed(base) {
  return {
    version: '1.0',
    type: 'rich',
    title: TITLE,
    provider_name: 'coalition-map',
    provider_url: base || 'https://github.com/coalition-map/coalition-map',
    html: embedSnippet({ base, view: {}, query: '', iframe: true }),
    width: OEMBED_WIDTH,
    height: IFRAME_HEIGHT,
    thumbnail_url: base + IMAGE.path,
    thumbnail_width: IMAGE.width,
    thumbnail_height: IMAGE.height,
    cache_age: 86400,
  };
}
