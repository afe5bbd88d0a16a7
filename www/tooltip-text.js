// What the map's tooltip says about the place under the pointer: its name and its status on the
// date shown; for a territory without an ISO code (Kosovo, Somaliland, N. Cyprus), which a click
// cannot select (map-input.js says so when clicked), that it is not in the dataset, so the hover
// promises no more than the click does.
import { el } from './dom.js';

/**
 * @param {{ name: string, code?: string | null, status?: string | null }} info what `describe` says
 * @returns {(Node | string)[]}
 */
export function tooltipNodes(info) {
  const after = info.status ? ` — ${info.status}` : info.code ? '' : ' — not in the dataset';
  return [el('strong', {}, info.name), after];
}
