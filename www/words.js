// The page's own words by message id: headings, buttons, captions, notices, errors. They are written
// in Rust (src/voice/messages.rs), one table per language, and generated into words.<locale>.js;
// the views' words about themselves (dates, legend titles, announcements) come with each frame.
import EN from './words.en.js';

/** The words of the interface language: English until `useWords` brings another (locale.js). */
let words = EN;

/** Takes another language's words (a message it lacks keeps its English). */
export function useWords(table) {
  words = Object.freeze({ ...EN, ...table });
}

/**
 * A message by id, with its `{0}`, `{1}`… filled in order.
 * @param {string} id a message id of src/voice/messages.rs (tests/words.rs checks every call)
 * @param {...(string | number)} args
 * @returns {string}
 */
export function t(id, ...args) {
  let text = /** @type {Record<string, string>} */ (words)[id] ?? id;
  args.forEach((a, i) => { text = text.replaceAll(`{${i}}`, String(a)); });
  return text;
}
