// A search before the wasm (issue 29): the words a reader sends are looked up in the names file of
// the page's language that the build baked (`coalition bake --early`: names-LANG.json, what the
// core's search, `frame::find`, answers for every name it takes and every beginning of one, by
// the name's `dataset::name_key`). The only matching done here is that key: the core decided the
// rest when it baked the file. Words the file lacks are left to the live viewer.
import { trim } from './query.js';

/** A letter's lower case as the core's `dataset::lower` gives it (ASCII, Latin-1, Latin
 *  Extended-A, Greek and Cyrillic; any other character kept), by code point. */
function lower(u) {
  if ((u >= 0x41 && u <= 0x5a) || (u >= 0xc0 && u <= 0xd6) || (u >= 0xd8 && u <= 0xde)
    || (u >= 0x391 && u <= 0x3a1) || (u >= 0x3a3 && u <= 0x3ab) || (u >= 0x410 && u <= 0x42f)) return u + 0x20;
  if (u >= 0x400 && u <= 0x40f) return u + 0x50;
  if (u === 0x386) return 0x3ac; // Greek capitals with tonos
  if (u >= 0x388 && u <= 0x38a) return u + 0x25;
  if (u === 0x38c) return 0x3cc;
  if (u === 0x38e || u === 0x38f) return u + 0x3f;
  if (u === 0x130) return 0x69; // İ: i
  if (u === 0x178) return 0xff; // Ÿ: ÿ
  // Latin Extended-A pairs: upper case even, except in 0x139-0x148 and 0x179-0x17e (odd).
  if (((u >= 0x100 && u <= 0x12f) || (u >= 0x132 && u <= 0x137) || (u >= 0x14a && u <= 0x177)) && u % 2 === 0) return u + 1;
  if (((u >= 0x139 && u <= 0x148) || (u >= 0x179 && u <= 0x17e)) && u % 2 === 1) return u + 1;
  return u;
}

/** The core's `dataset::name_key`: surrounding space (Rust's trim) and dots dropped, letters in
 *  lower case (tests/search_names.rs compares the two on every name the search takes). */
export function nameKey(words) {
  let key = '';
  for (const ch of trim(words)) {
    if (ch !== '.') key += String.fromCodePoint(lower(/** @type {number} */ (ch.codePointAt(0))));
  }
  return key;
}

/**
 * The id the core's search finds for `words` in language `lang`, from the baked names file
 * (`file` fetches a baked file once per page): null where the file lacks them (the live viewer
 * answers those). Rejects when the file cannot be had.
 * @param {(name: string) => Promise<any>} file @param {string} lang @param {string} words
 * @returns {Promise<string | null>}
 */
export async function findEarly(file, lang, words) {
  const key = nameKey(words);
  if (!key) return null;
  const names = await file(namesFile(lang));
  return Object.hasOwn(names, key) && typeof names[key] === 'string' ? names[key] : null;
}

/** The names file of a page language (`en`, `fr`, `ar`). */
export const namesFile = (lang) => `names-${lang}.json`;
