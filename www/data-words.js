// The dataset's own short texts in the interface's language: an event's title, a conference's name
// and city, a meeting's name, a statement's topic, a decision's limits, a figure's topic, and a
// roster's names (written in
// i18n/data.<tag>.json, carried by words.<tag>.json's `texts`, which locale.js hands here and to
// the wasm module). A translation is used only for the English it was made from (a brought
// dataset reusing an id keeps its words); the English that shows instead, and every long text
// (summaries, quotations, claims), is marked `lang="en" dir="ltr"`, so that a screen reader says it
// in English and it keeps its order inside Arabic.
import { el } from './dom.js';
import { englishKey } from './story-words.js';

/** `RECORD.FIELD` → [the key of the English it was made from, the text]. */
let texts = {};
/** The cities' texts by their English's key: a row of the table view names a conference by its
 *  city alone. */
let cities = new Map();

/** Country and organisation names by id (`words.<tag>.json`'s `names`). */
let names = {};

/** Takes a language's short texts and names (`words.<tag>.json`'s `texts`, `names`); English has
 *  none. */
export function useTexts(table, nameTable) {
  texts = table ?? {};
  names = nameTable ?? {};
  cities = new Map(Object.entries(texts).filter(([k]) => k.endsWith('.city')).map(([, v]) => v));
}

/** A source's or the dataset's own words, English whatever the interface's language. */
export const own = (text) => el('span', { lang: 'en', dir: 'ltr' }, text);

/** The translation of `en`, the `field` of the record `id`, or null. */
export function dataText(id, field, en) {
  const t = texts[`${id}.${field}`];
  return Array.isArray(t) && t[0] === englishKey(en) ? t[1] : null;
}

/** The record's short text in the interface's language, else its English marked as such. */
export function short(id, field, en) {
  return dataText(id, field, en) ?? own(en);
}

/** An actor's name by id in the interface's language, else `en`, the dataset's (what the wasm's
 *  lists give already; a conference's roster comes in the dataset's words). */
export function nameIn(id, en) {
  return names[id] ?? en;
}

/** A conference's city (its English) in the interface's language, else its English. */
export function cityText(en) {
  return cities.get(englishKey(en)) ?? en;
}

/** A record named by the dataset's English (a story's cited record: an event's title, a
 *  figure's topic, a conference's or meeting's name, a dispute's question) in the interface's language, or null. */
export function recordName(id, en) {
  return dataText(id, 'title', en) ?? dataText(id, 'topic', en) ?? dataText(id, 'name', en)
    ?? dataText(id, 'question', en);
}

/** The record's short text as plain text (an accessible name, a citation), translated or not. */
export function shortText(id, field, en) {
  return dataText(id, field, en) ?? en;
}

/** A message's text (`t(id)` with its `{0}`, `{1}`… left in) with each placeholder replaced by
 *  a node or string, in order: a marked English text inside a translated sentence. */
export function fillNodes(template, ...parts) {
  return template.split(/(\{\d\})/).map((s) => {
    const m = /^\{(\d)\}$/.exec(s);
    return m ? parts[Number(m[1])] ?? '' : s;
  }).filter((s) => s !== '');
}
