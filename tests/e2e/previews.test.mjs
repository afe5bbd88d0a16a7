// What a pasted link shows: the page's Open Graph and Twitter card tags describe the default view
// (title, description, a 1200 × 630 picture of it), and the static oEmbed document (oembed.json,
// found from the page's discovery link) has every field the oEmbed spec (https://oembed.com/,
// section 2.3.4) requires of a "rich" response, its html being the page's own iframe snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { oembed, shareMeta, siteBase } from '../../scripts/share-meta.mjs';
import { serve, browser } from './harness.mjs';

let server, b, meta;
before(async () => {
  server = await serve({ csp: true });
  b = await browser();
  await b.page.goto(server.url);
  meta = await b.page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')]
    .map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.content])));
});
after(async () => {
  await b?.close();
  server?.close();
});

/** A PNG's width and height from its IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

test('the page\'s link-preview tags describe the default view', async () => {
  for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:image', 'og:image:alt',
    'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
    assert.ok(meta[key]?.trim(), `${key} is set`);
  }
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.equal(meta['og:title'], await b.page.locator('h1').innerText());
  assert.equal(meta['og:image'], meta['twitter:image']);
  const res = await fetch(new URL(meta['og:image'], server.url));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/png');
  const size = pngSize(new Uint8Array(await res.arrayBuffer()));
  assert.deepEqual(size, [Number(meta['og:image:width']), Number(meta['og:image:height'])]);
  assert.deepEqual(size, [1200, 630]);
});

test('the oEmbed document has the spec\'s required fields and the page\'s iframe snippet', async () => {
  const link = await b.page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const res = await fetch(new URL(link, server.url));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  const doc = await res.json();
  // Required of every response: type and version "1.0"; of a rich one: html, width and height.
  assert.equal(doc.version, '1.0');
  assert.ok(['photo', 'video', 'link', 'rich'].includes(doc.type));
  assert.equal(doc.type, 'rich');
  assert.equal(typeof doc.html, 'string');
  assert.ok(Number.isInteger(doc.width) && doc.width > 0, 'width: a positive integer');
  assert.ok(Number.isInteger(doc.height) && doc.height > 0, 'height: a positive integer');
  // Optional fields, typed as the spec says; a thumbnail comes with both its dimensions.
  for (const k of ['title', 'author_name', 'author_url', 'provider_name', 'provider_url', 'thumbnail_url']) {
    if (k in doc) assert.equal(typeof doc[k], 'string', k);
  }
  assert.ok(Number.isInteger(doc.cache_age));
  assert.ok(Number.isInteger(doc.thumbnail_width) && Number.isInteger(doc.thumbnail_height));
  // The html, pasted into a page: the iframe of the default view and the resize script, nothing else.
  const pasted = await b.page.evaluate((html) => {
    const host = document.createElement('div');
    host.innerHTML = html; // inert here: the test reads the markup only (the scripts never run)
    return [...host.querySelectorAll('*')].map((e) => [e.localName, e.getAttribute('src')]);
  }, doc.html);
  assert.deepEqual(pasted, [['iframe', 'embed.html'], ['script', 'embed-resize.js']]);
  assert.equal(doc.height, 760);
});

test('with COALITION_SITE_URL every preview URL is absolute', () => {
  const base = siteBase({ COALITION_SITE_URL: 'https://example.org/coalition-map' });
  assert.equal(base, 'https://example.org/coalition-map/');
  const doc = oembed(base);
  assert.equal(doc.thumbnail_url, 'https://example.org/coalition-map/baked/wide/og-image.png');
  assert.match(doc.html, /^<iframe src="https:\/\/example\.org\/coalition-map\/embed\.html" [^]*<script src="https:\/\/example\.org\/coalition-map\/embed-resize\.js" async><\/script>$/);
  const tags = shareMeta(base);
  assert.match(tags, /<meta property="og:url" content="https:\/\/example\.org\/coalition-map\/">/);
  assert.match(tags, /<meta property="og:image" content="https:\/\/example\.org\/coalition-map\/baked\/wide\/og-image\.png">/);
  assert.match(tags, /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/example\.org\/coalition-map\/oembed\.json"/);
  assert.equal(siteBase({}), '');
  assert.throws(() => siteBase({ COALITION_SITE_URL: 'javascript:alert(1)' }), /not an http\(s\) address/);
});
