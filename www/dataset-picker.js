// Bringing a dataset by hand: a file picker and drag-and-drop anywhere on the page. The file is
// read and checked here, in the reader's browser (the second wasm module validates it, as for
// `?dataset=`); nothing is sent anywhere. Until it is valid the view keeps the data it shows, and
// the errors are listed (the viewer's error list, reachable by keyboard); once it is, a line says
// which dataset is shown and a button goes back to the one shown before.
import { MAX_DATASET_BYTES } from './dataset-fetch.js';
import { t } from './words.js';

/**
 * @param {import('./ui.js').Viewer} viewer
 * @param {{ input: HTMLInputElement, zone: HTMLElement, shown: HTMLElement, back: HTMLButtonElement,
 *           initial: string }} parts the file input, the drop zone (marked while a file is over
 *   the page), the line saying which dataset is shown, the button back, and how that line names
 *   the dataset the page started with
 */
export function wireDatasetPicker(viewer, { input, zone, shown, back, initial }) {
  /** The dataset shown before the first file, packed (the first module's `pack()`), to go back
   *  to: as it was, without a second check or the size limit a JSON document would meet. */
  let before = null;
  const say = (text) => { shown.textContent = text; };
  say(t('picker.showing', initial));

  const bring = async (file) => {
    if (!file) return;
    const name = file.name || 'the file';
    const refuse = (reason) => {
      viewer.showDatasetErrors([{ path: '(file)', reason: `${name}: ${reason}` }]);
      focusErrors();
    };
    // Measured before reading: a file over the limit is never read into memory.
    if (file.size > MAX_DATASET_BYTES) return refuse(t('fetch.too_big', MAX_DATASET_BYTES));
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return refuse(t('fetch.not_utf8'));
    }
    say(t('picker.checking', name));
    const previous = before ?? viewer.app.pack();
    const result = await viewer.loadDataset(text);
    if (!result.ok) {
      say(t(result.errors.length === 1 ? 'picker.rejected_one' : 'picker.rejected', name, before ? t('picker.your_dataset') : initial));
      focusErrors();
      return;
    }
    before = previous;
    say(t('picker.loaded', name, t('count.actors', result.actors), t('count.events', result.events)));
    back.hidden = false;
  };

  /** Keyboard and screen-reader users land on the problems (the list is focusable). */
  const focusErrors = () => {
    const list = /** @type {HTMLElement | null} */ (viewer.part('errors')?.querySelector('ul'));
    list?.focus();
  };

  input.addEventListener('change', () => {
    bring(input.files?.[0]);
    input.value = ''; // the same file can be chosen again after fixing it
  });
  back.addEventListener('click', async () => {
    if (before === null) return;
    const result = viewer.restorePacked(before);
    if (!result.ok) return; // the data shown before was valid; kept for safety
    before = null;
    back.hidden = true;
    say(t('picker.showing_again', initial));
    input.focus();
  });

  // Drag and drop anywhere on the page: the browser would otherwise open the file in place of it.
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  let depth = 0;
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    zone.classList.add('dragging');
  });
  document.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (!depth) zone.classList.remove('dragging');
  });
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    zone.classList.remove('dragging');
    bring(e.dataTransfer?.files?.[0]);
  });
}
