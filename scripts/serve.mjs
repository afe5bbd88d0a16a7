#!/usr/bin/env node
// A small static server for www/: correct MIME types (application/wasm), no caching surprises, the
// build's brotli or gzip copies when the browser accepts them (as a CDN would), and an optional
// strict Content-Security-Policy header (--csp) for the strict-host tests: the policy with the
// hashes of index.html's inline stylesheet and script, as scripts/pages.mjs wrote them into
// <root>/csp.json (read at each request, so a rebuild is served as it is).
// Usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--root www] [--csp]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { strictPolicy } from './csp.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const port = Number(opt('port', process.env.PORT ?? 8080));
const host = opt('host', '127.0.0.1');
const root = resolve(opt('root', 'www'));
const csp = args.includes('--csp');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};
const STRICT_CSP = strictPolicy();

/** The strict policy with the build's hashes (csp.json); without that file, the policy alone. */
async function servedPolicy() {
  try {
    const { policy } = JSON.parse(await readFile(join(root, 'csp.json'), 'utf8'));
    return typeof policy === 'string' ? policy : STRICT_CSP;
  } catch {
    return STRICT_CSP;
  }
}

/** Which encodings a request accepts (`q=0` refuses one). */
function accepts(header = '', name) {
  return header.split(',').some((part) => {
    const [token, ...params] = part.trim().split(';').map((x) => x.trim());
    const q = params.find((p) => p.startsWith('q='));
    return token === name && !(q && Number(q.slice(2)) === 0);
  });
}

/** The precompressed copy to send (scripts/precompress.mjs writes FILE.br and FILE.gz at build
 *  time, as a CDN compresses), when the browser accepts it and it is not older than the file
 *  (an edited source served before the next build goes out as it is). */
async function compressed(file, info, accept) {
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepts(accept, encoding)) continue;
    try {
      const copy = await stat(file + ext);
      if (copy.isFile() && copy.mtimeMs >= info.mtimeMs) return { path: file + ext, encoding };
    } catch {
      // no copy: try the next encoding, or send the file itself
    }
  }
  return { path: file, encoding: null };
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    const { path: sent, encoding } = await compressed(file, info, req.headers['accept-encoding']);
    const body = await readFile(sent);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    if (csp) headers['content-security-policy'] = await servedPolicy();
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
    res.end(e.code === 'ENOENT' ? 'not found\n' : 'server error\n');
  }
});
server.listen(port, host, () => {
  const { port: p } = server.address();
  console.log(`serving ${root} on http://${host}:${p}/${csp ? ' (strict CSP)' : ''}`);
});
