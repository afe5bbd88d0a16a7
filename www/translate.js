// The templates' baked English swapped for another language's words: `data-t` (the text), and
// `data-t-label` / `-title` / `-placeholder` / `-roledesc` (aria-label, title, placeholder,
// aria-roledescription). One module apart from locale.js so the page's first-paint script can put
// a French or Arabic page's words in before the app, without the English table words.js brings.

/**
 * @param {ParentNode} root
 * @param {(id: string) => string | undefined} word  a message by id; undefined keeps the English
 */
export function translateWith(root, word) {
  for (const e of root.querySelectorAll('[data-t]')) {
    const w = word(/** @type {HTMLElement} */ (e).dataset.t);
    if (w != null) e.textContent = w;
  }
  for (const [key, attr] of [['tLabel', 'aria-label'], ['tTitle', 'title'], ['tPlaceholder', 'placeholder'], ['tRoledesc', 'aria-roledescription']]) {
    const sel = `[data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const e of root.querySelectorAll(sel)) {
      const w = word(/** @type {HTMLElement} */ (e).dataset[key]);
      if (w != null) e.setAttribute(attr, w);
    }
  }
}
