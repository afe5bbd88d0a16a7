// What the tooltips say. The map's: the name of the place under the pointer and its status on the
// date shown; for a territory without an ISO code (Somaliland, N. Cyprus), which a click
// cannot select (map-input.js says so when clicked), that it is not in the dataset, so the hover
// promises no more than the click does. Every text from a dataset is cut to a readable length
// first: a brought dataset's 1 MB name made a ten-million-pixel tooltip (viewer.css bounds the
// box as well).
import { el } from './dom.js';

/** The longest name a tooltip shows, in characters. */
export const LONGEST_NAME = 80;

/**
 * `text` cut to at most `max` characters (whole code points, so no half of an emoji), with an
 * ellipsis when cut.
 * @param {string} text
 * @param {number} max
 */
export function clampText(text, max) {
  const s = String(text ?? '');
  if (s.length <= max) return s;
  return `${Array.from(s.slice(0, max + 1)).slice(0, max).join('')}…`;
}

/**
 * @param {{ name: string, code?: string | null, status?: string | null }} info what `describe` says
 * @returns {(Node | string)[]}
 */
export function tooltipNodes(info) {
  const after = info.status ? ` — ${info.status}` : info.code ? '' : ' — not in the dataset';
  return [el('strong', {}, clampText(info.name, LONGEST_NAME)), after];
}
