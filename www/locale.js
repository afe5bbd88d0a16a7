// The interface's language on the page: which one (the link's `?lang=`, then the reader's browser
// languages, then English; an embed: its `lang` attribute, then the host page's, never the
// reader's browser), bringing its words (`words.<lang>.json`, fetched only when French or Arabic
// is chosen, handed to the wasm module through its one `setLocale` call and to `t()`; the dataset's
// short texts in that language ride along, to the wasm with the names and to data-words.js), and the
// document's `lang` and `dir`. The templates' labels carry `data-t` ids: their English is baked,
// `translate()` swaps it for the chosen language.
import { hasWord, t, useWords } from './words.js';
import { useTexts } from './data-words.js';
import { translateWith } from './translate.js';

/** The interface languages, with their names in themselves (the menu's words, in any language). */
export const LANGUAGES = [['en', 'English'], ['fr', 'Français'], ['ar', 'العربية']];
const TAGS = LANGUAGES.map(([tag]) => tag);

/** The primary subtag of a BCP 47 tag when it is one of ours (`fr-CA` → `fr`), else null. */
export function ours(tag) {
  const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return TAGS.includes(primary) ? primary : null;
}

/** The page's language: the link's `lang`, else the first of the browser's languages we have. */
export function pageLang(search, preferred) {
  const asked = ours(new URLSearchParams(search).get('lang'));
  if (asked) return asked;
  for (const tag of preferred ?? []) {
    const l = ours(tag);
    if (l) return l;
  }
  return 'en';
}

/** An embed's language: its own `lang` attribute, else the host page's (the host decides). */
export function embedLang(element) {
  return ours(element.getAttribute('lang')) ?? ours(element.ownerDocument.documentElement.lang) ?? 'en';
}

const loaded = new Map();
/**
 * Brings a language's words: fetched once per page (`base`: where words.<lang>.json is served),
 * handed to the wasm module and to t(). English is built in: nothing is fetched.
 * @param {string} lang
 * @param {(lang: string, words: string[], names: string[]) => void} setLocale the wasm module's export
 * @param {string | URL} base
 */
export function loadLanguage(lang, setLocale, base) {
  if (lang === 'en') return Promise.resolve();
  if (!loaded.has(lang)) {
    // The page's first-paint script may have asked for them already (its promise of the table).
    const early = globalThis.coalitionWords?.[lang];
    loaded.set(lang, (early ?? fetch(new URL(`words.${lang}.json`, base)).then(async (res) => {
      if (!res.ok) throw new Error(`words.${lang}.json: HTTP ${res.status}`);
      return res.json();
    })).then((table) => {
      // The dataset's short texts go with the names, as `RECORD.FIELD` → the English's key and
      // the text run together (voice::locale::Table reads them so).
      const texts = Object.entries(table.texts ?? {});
      const names = Object.entries(table.names ?? {}).concat(texts.map(([id, [key, text]]) => [id, key + text]));
      setLocale(lang, Object.entries(table.words).flat(), names.flat());
      useWords(table.words, lang);
      useTexts(table.texts, table.names);
    }).catch((e) => {
      loaded.delete(lang); // tried again next time
      if (globalThis.coalitionWords) delete globalThis.coalitionWords[lang];
      throw e;
    }));
  }
  return loaded.get(lang);
}

/** Marks an element (the document's root, or an embed's) with the language and its direction. */
export function markLanguage(element, lang) {
  element.setAttribute('lang', lang);
  element.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

/** Swaps the templates' baked English for the chosen language (translate.js, which the page's
 *  first-paint script uses too, before the app). An id the table lacks keeps its baked words: `t`
 *  answers with the id itself, and the baked legend's labels (`status.*`, English only in the
 *  frames) read "status.signed" from here until the live viewer rebuilt the legend, wider, so at
 *  375 px its pills wrapped onto one more row and the rows under them moved 30 px down and back. */
export const translate = (root) => translateWith(root, (id) => (hasWord(id) ? t(id) : undefined));

/** The one line that says the sources are quoted in English (shown when the interface is not). */
export function sourcesNote(doc, lang) {
  const note = doc.createElement('p');
  note.className = 'sources-note';
  note.textContent = t('page.sources_in_english');
  note.hidden = lang === 'en';
  return note;
}

/** The chrome's language menu: choosing reloads the page in that language (its link keeps it). */
export function wireLanguageMenu(select, lang) {
  select.replaceChildren(...LANGUAGES.map(([tag, name]) => {
    const o = select.ownerDocument.createElement('option');
    o.value = tag;
    o.lang = tag;
    o.textContent = name;
    return o;
  }));
  select.value = lang;
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    location.assign(url);
  });
}

/**
 * The page's language at start-up: chosen (link, then browser), its words brought, the document
 * marked and its chrome translated, the menu wired. Resolves to the language. Call after the wasm
 * module's init and before the first frame; `adopt(lang)` puts it into the view after the link is
 * applied (a language that came from the browser, not the link, joins the view there).
 * @param {Document} doc
 * @param {(lang: string, words: string[], names: string[]) => void} setLocale
 */
export async function startPageLanguage(doc, setLocale) {
  const lang = pageLang(location.search, navigator.languages);
  try {
    await loadLanguage(lang, setLocale, doc.baseURI);
  } catch (e) {
    console.error(e);
    markLanguage(doc.documentElement, 'en');
    return 'en';
  }
  markLanguage(doc.documentElement, lang);
  translate(doc);
  const menu = doc.getElementById('language');
  if (menu) wireLanguageMenu(/** @type {HTMLSelectElement} */ (menu), lang);
  doc.querySelector('.dek')?.after(sourcesNote(doc, lang));
  return lang;
}
