// Dates as the page shows them, in the words of the Rust core (src/voice.rs): month names come
// from app.list('labels'), so "15 Sept 2014" reads the same on the page, in the CLI and in the SVG.
import { t } from './words.js';

const DAY = 86_400_000;
export const toDays = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
export const fromDays = (n) => new Date(n * DAY).toISOString().slice(0, 10);

let months = null;
/** Takes the month abbreviations from the core's labels (once per page: they never change). */
export function useMonths(list) {
  months = list;
}

/** "2014-09-15" -> "15 Sept 2014". */
export function human(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months?.[m - 1] ?? m} ${y}`;
}

/** A When ({date, until?, approximate?}) as text: "15 Sept 2014", "8 Sept 2014 – 10 Sept 2014". */
export function whenText(w) {
  if (!w) return '';
  const base = w.until ? `${human(w.date)} – ${human(w.until)}` : human(w.date);
  return w.approximate ? t('date.about', base) : base;
}
