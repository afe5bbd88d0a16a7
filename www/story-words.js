// The guided stories' titles and captions in French and Arabic (i18n/stories.<tag>.json, generated
// into stories.<tag>.json beside this script by tests/story_words.rs). Fetched once per page, the
// first time a story is shown or offered in that language (never in English, never in the first
// load), and laid over the dataset's English. While it loads, if it fails, or for a story whose
// English is not the one it was made for (a brought dataset reusing an id), the English shows,
// marked `lang="en" dir="ltr"` so that it reads right inside a French or Arabic page.

const TRANSLATED = ['fr', 'ar'];
/** lang → the parsed file, once loaded. */
const tables = new Map();
/** lang → who waits for the fetch under way (each viewer that asked: several embeds may). */
const waiting = new Map();

/**
 * The language's story texts when they are here; else null, and they are fetched (once per
 * language, again after a failure) and `then` is called when they arrive.
 * @param {string} lang
 * @param {() => void} then
 */
export function storyTable(lang, then) {
  if (!TRANSLATED.includes(lang)) return null;
  if (tables.has(lang)) return tables.get(lang);
  if (waiting.has(lang)) {
    waiting.get(lang).add(then);
    return null;
  }
  waiting.set(lang, new Set([then]));
  // Beside this script, found as locale.js finds the words: a template literal given straight to
  // new URL(…, import.meta.url) is read by Vite as a glob import, which fails a host's build.
  const url = new URL(`stories.${lang}.json`, new URL('.', import.meta.url));
  fetch(url).then(async (res) => {
    if (!res.ok) throw new Error(`stories.${lang}.json: HTTP ${res.status}`);
    const table = await res.json();
    if (!table || typeof table.stories !== 'object') throw new Error(`stories.${lang}.json: no stories`);
    tables.set(lang, table);
  }).catch((e) => {
    console.warn(e); // the English stays; tried again at the next step
  }).finally(() => {
    const callers = waiting.get(lang) ?? [];
    waiting.delete(lang);
    if (tables.has(lang)) for (const f of callers) f();
  });
  return null;
}

/** FNV-1a (32 bits) of the UTF-8 of `parts` joined by newlines, as 8 hex digits: the key of the
 *  English a translation was made for (voice::story_words::english_key computes the same). */
export function englishKey(...parts) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(parts.join('\n'))) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A story as the language says it: its title and every step's title and caption, each with the
 * language it is in (`lang`: the view's when translated, else 'en'); the rest of the story as is.
 * @param {any} story the handle's story (English)
 * @param {any} table storyTable()'s answer, or null
 * @param {string} lang the view's language
 */
export function storyIn(story, table, lang) {
  const own = table?.stories?.[story.id];
  const titled = own && own.en === englishKey(story.title);
  return {
    ...story,
    title: titled ? own.title : story.title,
    titleLang: titled ? lang : 'en',
    steps: story.steps.map((step) => {
      const t = own?.steps?.[step.id];
      const ok = t && t.en === englishKey(step.title, step.caption);
      return ok
        ? { ...step, title: t.title, caption: t.caption, lang, quotes: quotations(step.caption) }
        : { ...step, lang: 'en', quotes: [] };
    }),
  };
}

/** The quotations of an English caption (between “ ”): the sources' words, English in every
 *  translation. */
function quotations(caption) {
  return [...caption.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
}

/** `lang` and `dir` attributes for text in `lang`. */
export function langAttrs(lang) {
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
}

/**
 * A step's caption as text nodes and spans: inside a translation, each English quotation is a
 * span marked `lang="en" dir="ltr"` (a screen reader says it in English; in Arabic it keeps its
 * order). Text only, never HTML.
 * @param {{caption: string, lang: string, quotes: string[]}} step
 * @param {(tag: string, attrs: object, ...children: any[]) => HTMLElement} el
 */
export function captionParts(step, el) {
  if (step.lang === 'en' || !step.quotes.length) return [step.caption];
  const parts = [];
  let rest = step.caption;
  for (;;) {
    let at = -1;
    let quote = '';
    for (const q of step.quotes) {
      const i = rest.indexOf(q);
      if (i >= 0 && (at < 0 || i < at)) [at, quote] = [i, q];
    }
    if (at < 0) break;
    parts.push(rest.slice(0, at), el('span', langAttrs('en'), quote));
    rest = rest.slice(at + quote.length);
  }
  parts.push(rest);
  return parts.filter((p) => p !== '');
}
