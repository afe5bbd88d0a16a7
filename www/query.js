// The one reader of a query string in the page's scripts, reading it as the core does
// (`ViewState::from_query`, src/view/mod.rs): every leading `?` or `#` dropped, pairs split on
// `&` (empty ones skipped, at most MAX_PARAMS of them), key and value percent-decoded by the
// core's `decode` (never an error: an invalid escape stays as written, bytes that are not UTF-8
// become U+FFFD), the value trimmed; for our keys an empty or over-long value is skipped and the
// last usable pair wins. first-paint.js (inline, built by scripts/bundle.mjs), early.js,
// permalink.js and app.js read links through it, so they cannot disagree at the edges (which of
// two repeated keys wins, an undecodable key). tests/e2e/query.test.mjs compares it with the core.

/** The view's parameters, in the order a URL writes them: the core's table (src/view/params.rs
 *  PARAMS), which tests/params.rs checks this list against. */
export const VIEW_KEYS = ['story', 'step', 'country', 'date', 'framing', 'view', 'item', 'compare', 'status', 'kinds', 'timeline', 'window', 'record', 'lang', 'numerals'];

/** How many pairs the core reads (src/view/mod.rs MAX_PARAMS), and the longest value in bytes it
 *  takes for a key of ours other than the lists (MAX_VALUE); tests/params.rs checks both. */
export const MAX_PARAMS = 32;
export const MAX_VALUE = 64;
const LISTS = ['status', 'kinds'];

const utf8 = new TextEncoder();
const text = new TextDecoder(); // not fatal: invalid UTF-8 becomes U+FFFD, as from_utf8_lossy
const HEX = /^\+?[0-9A-Fa-f]+$/;

/**
 * A query component decoded as the core's `decode`: `+` is a space, `%XX` a byte (Rust's
 * `u8::from_str_radix` also takes `+X`), any other `%` stays.
 * @param {string} s
 */
export function decode(s) {
  const bytes = utf8.encode(s);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x2b) out.push(0x20);
    else if (b === 0x25 && i + 2 < bytes.length && HEX.test(String.fromCharCode(bytes[i + 1], bytes[i + 2]))) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else out.push(b);
  }
  return text.decode(new Uint8Array(out));
}

/**
 * A query component encoded as the core's `encode`: all but RFC 3986's unreserved characters and `,`.
 * @param {string} s
 */
export function encode(s) {
  return [...utf8.encode(s)].map((b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9\-._~,]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** Rust's `str::trim`: Unicode White_Space at both ends (not JavaScript's: it trims U+FEFF, and
 *  keeps U+0085). */
export const trim = (s) => s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');

/**
 * The pairs of a query string as the core reads them: `{ raw, key, value }`, `raw` as written.
 * @param {string} search
 */
export function queryPairs(search) {
  return search.replace(/^[?#]+/, '').split('&').filter((p) => p !== '').slice(0, MAX_PARAMS).map((raw) => {
    const at = raw.indexOf('=');
    return { raw, key: decode(at < 0 ? raw : raw.slice(0, at)), value: trim(decode(at < 0 ? '' : raw.slice(at + 1))) };
  });
}

/**
 * What a link asks for: `view`, our keys with the value the core takes (the last usable one);
 * `other`, every other key's last non-empty value (the host's own, and `dataset=`).
 * @param {string} search
 * @returns {{ view: Record<string, string>, other: Record<string, string> }}
 */
export function readQuery(search) {
  /** @type {Record<string, string>} */
  const view = {};
  /** @type {Record<string, string>} */
  const other = {};
  for (const { key, value } of queryPairs(search)) {
    if (value === '') continue;
    if (!VIEW_KEYS.includes(key)) other[key] = value;
    else if (LISTS.includes(key) || utf8.encode(value).length <= MAX_VALUE) view[key] = value;
  }
  return { view, other };
}

/**
 * A query string (with its `?`, or '' when empty) as the core writes one back: the pairs it reads
 * whose key `drop` does not name kept as written (less any leading `?` or `#`), then `add`'s
 * pairs, encoded.
 * @param {string} search
 * @param {(key: string) => boolean} drop
 * @param {[string, string][]} add
 */
export function rewriteQuery(search, drop, add) {
  const kept = queryPairs(search).filter((p) => !drop(p.key)).map((p) => p.raw.replace(/^[?#]+/, '')).filter((p) => p !== '');
  const all = [...kept, ...add.map(([k, v]) => `${encode(k)}=${encode(v)}`)];
  return all.length ? `?${all.join('&')}` : '';
}

/** The keys a link early.js answers from the baked files may carry (with any of the host's
 *  own, but no `dataset=`): a selection and a date. */
export const EARLY_KEYS = ['country', 'date'];

/**
 * Whether the baked files answer this link before the wasm (a selection and a date, the
 * built-in dataset, in the light picture): early.js on the page (first-paint.js asks for the
 * baked files first and the app after the answer when it does) and embed-early.js in the embeds.
 * @param {{ view: Record<string, string>, other: Record<string, string> }} q  readQuery's answer
 * @param {string | undefined} theme  the viewer's theme setting: light, dark, or the system's
 */
export const answeredEarly = (q, theme) => !(theme === 'dark'
    || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches))
  && !('dataset' in q.other) && Object.keys(q.view).every((k) => EARLY_KEYS.includes(k));
