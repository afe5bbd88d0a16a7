// The README's own server serves what the build precompressed (scripts/precompress.mjs), as a
// deployment would: brotli or gzip by Accept-Encoding, the exact bytes of the file once decoded,
// never a copy older than its file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve, ROOT } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** GETs `path` with Accept-Encoding `accept`; resolves to { headers, body } (the raw bytes). */
const get = (path, accept) => new Promise((resolve, reject) => {
  const req = request(server.url + path, { headers: accept ? { 'accept-encoding': accept } : {} }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
  });
  req.on('error', reject);
  req.end();
});

for (const path of ['index.html', 'app.bundle.js', 'pkg/coalition_map_bg.wasm', 'style.bundle.css']) {
  test(`${path}: brotli or gzip when accepted, the file itself otherwise`, async () => {
    const file = readFileSync(join(ROOT, 'www', path));
    const br = await get(path, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.ok(br.body.length < file.length * 0.6, `${br.body.length} of ${file.length} bytes`);
    assert.deepEqual(brotliDecompressSync(br.body), file);
    const gz = await get(path, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), file);
    const plain = await get(path, 'gzip;q=0, identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, file);
  });
}

test('a file edited after the build goes out as it is, not as its stale copy', async () => {
  const path = join(ROOT, 'www', 'app.bundle.js');
  const { atime, mtime } = statSync(path);
  try {
    const later = new Date(Date.now() + 60_000);
    utimesSync(path, later, later);
    const res = await get('app.bundle.js', 'br, gzip');
    assert.equal(res.headers['content-encoding'], undefined);
    assert.deepEqual(res.body, readFileSync(path));
  } finally {
    utimesSync(path, atime, mtime);
  }
});
