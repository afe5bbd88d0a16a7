// The page's own words by message id: headings, buttons, captions, notices, errors. They are written
// in Rust (src/voice/messages.rs), one table per language, and generated into words.<locale>.js;
// the views' words about themselves (dates, legend titles, announcements) come with each frame.
import EN from './words.en.js';

/** The words of the interface language: English until `useWords` brings another (locale.js). */
let words = EN;
/** Its plural rules (CLDR's, the browser's): which form of a counted message a number takes. */
let plurals = new Intl.PluralRules('en');

/** Takes another language's words (a message it lacks keeps its English). */
export function useWords(table, lang = 'en') {
  words = Object.freeze({ ...EN, ...table });
  plurals = new Intl.PluralRules(lang);
}

/** Whether the chrome's table has a message by that id. A status's label has none: it comes with
 *  each frame, and the baked legend's `data-t="status.*"` is there for the French and Arabic tables. */
export const hasWord = (id) => Object.hasOwn(words, id);

/**
 * A message by id, with its `{0}`, `{1}`… filled in order. When `{0}` is a number and the message
 * has a form for its plural category (`ID#one`; Arabic's `#zero`, `#two`, `#few`, `#many`), that
 * form is used (Locale::counted in the core picks the same).
 * @param {string} id a message id of src/voice/messages.rs (tests/words.rs checks every call)
 * @param {...(string | number)} args
 * @returns {string}
 */
export function t(id, ...args) {
  const table = /** @type {Record<string, string>} */ (words);
  const form = typeof args[0] === 'number' ? table[`${id}#${plurals.select(args[0])}`] : undefined;
  let text = form ?? table[id] ?? id;
  args.forEach((a, i) => { text = text.replaceAll(`{${i}}`, String(a)); });
  return text;
}
