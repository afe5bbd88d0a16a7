// Downloading a brought dataset (the page's `?dataset=`, the embed's `dataset` attribute), and
// what the page offers when that fails. A download that sends nothing for STALL_MS — no answer at
// all, or a body that stops half way — is stopped with an error that says so, never left on
// "Loading" for ever: the viewer then shows the data it has, lists the error, and offers a retry.
// Everything else a download can do wrong (another origin, a status, the size, the encoding) is
// refused here too, in the words `coalition validate` uses (in the page's language: fetch.* ids).
import { t } from './words.js';

/** Mirrors MAX_DATASET_BYTES in src/dataset.rs: refuse before downloading what Rust would refuse. */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/** How long a download may send nothing (before its answer, or between two parts of its body). An
 *  idle limit rather than a total one: 5 MB over a slow phone link can take half a minute and
 *  still be progressing. */
export const STALL_MS = 10_000;

/**
 * Fetches a dataset's text: UTF-8 only (a byte-order mark skipped), at most the
 * size limit, aborted after STALL_MS without a byte. Only `origin` (when given) may answer: a
 * redirect to another origin is refused. Throws an Error whose message is the reason.
 * @param {string} url
 * @param {{ origin?: string | null, stallMs?: number }} [options]
 * @returns {Promise<string>}
 */
export async function fetchDatasetText(url, { origin = null, stallMs = STALL_MS } = {}) {
  const abort = new AbortController();
  let timer = 0;
  const waiting = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(), stallMs);
  };
  const seconds = Math.round(stallMs / 1000);
  try {
    waiting();
    const res = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
    if (origin && new URL(res.url || url).origin !== origin) {
      throw new Error(t('fetch.other_site'));
    }
    if (!res.ok) throw new Error(t('fetch.status', `${res.status} ${res.statusText}`.trim()));
    const size = Number(res.headers.get('content-length') ?? 0);
    const tooBig = () => new Error(t('fetch.too_big', MAX_DATASET_BYTES));
    if (size > MAX_DATASET_BYTES) throw tooBig();
    if (!res.body) throw new Error(t('fetch.no_body'));
    // Read at most the limit, whatever the headers claim: stop a huge or endless body early.
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      waiting();
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > MAX_DATASET_BYTES) {
        reader.cancel().catch(() => {});
        throw tooBig();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(t('fetch.not_utf8'));
    }
  } catch (e) {
    if (abort.signal.aborted) {
      throw new Error(t('fetch.stalled', seconds));
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Downloads and checks a dataset before any viewer exists, so nothing is drawn from the embedded
 * dataset while it downloads (the "Loading" overlay stays over an empty box, never over the wrong
 * map). Resolves to the load's result; a failed download is a result with one `(download)` error.
 * @param {{ loadDataset(text: string): Promise<{ ok: boolean, errors: {path: string, reason: string}[] }> }} app
 * @param {string} url
 * @param {{ origin?: string | null, stallMs?: number }} [options]
 */
export async function preloadDataset(app, url, options = {}) {
  try {
    return await app.loadDataset(await fetchDatasetText(url, options));
  } catch (e) {
    return { ok: false, errors: [{ path: '(download)', reason: `${url}: ${e && e.message ? e.message : e}` }] };
  }
}

/** Whether a load failed in the download (worth trying again) rather than in the data. */
const downloadFailed = (result) => !result.ok && result.errors.some((e) => e.path === '(download)');

/**
 * Shows a load's errors in the viewer and, when the download itself failed, a "Try again" button
 * beneath them that downloads the dataset anew (the viewer keeps what it shows until the new one
 * is valid). A retry that fails again offers the button again, focused, so a keyboard reader
 * stays where they were.
 * @param {{ part(name: string): HTMLElement | null, showDatasetErrors(errors: object[]): void,
 *           loadDatasetFrom(url: string, options?: object): Promise<any> }} viewer
 * @param {{ ok: boolean, errors: {path: string, reason: string}[] }} result
 * @param {string} url
 * @param {{ origin?: string | null }} [options]
 */
export function reportDatasetLoad(viewer, result, url, options = {}) {
  viewer.showDatasetErrors(result.errors);
  if (!downloadFailed(result)) return;
  const box = viewer.part('errors');
  if (!box) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'retry';
  button.textContent = t('dataset.try_again');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = t('dataset.downloading');
    const again = await viewer.loadDatasetFrom(url, options);
    reportDatasetLoad(viewer, again, url, options);
    if (downloadFailed(again)) /** @type {HTMLElement | null} */ (box.querySelector('button.retry'))?.focus();
  });
  box.append(button);
}
