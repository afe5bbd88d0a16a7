// The baked map's colours for a day before the wasm (issue 29), written as CSS rules, the one way
// they are written: the page's first-paint script paints a shared link's day as soon as the
// statuses by day arrive (the picture shows once it is parsed, before early.js has run), and
// early-view.js repaints for a click or another view, in the page and in the embeds. The rules
// live in one constructed stylesheet per document or shadow root, adopted there and replaced
// whole at each paint, so no earlier day's rule is left behind; the live viewer removes the
// picture they style. A constructed sheet is CSSOM, allowed under our strict CSP (which refuses
// a <style> a script inserts). A browser without them (Safari before 16.4) gets no early map: the
// "Loading" state stays until the live map, never a wrong status.

/** The day's index in days.json (`null`: outside the baked days, or not a date). */
export function dayIndex(table, iso) {
  const at = (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${table.first}T00:00:00Z`)) / 864e5;
  return Number.isInteger(at) && at >= 0 && at < table.days ? at : null;
}

/** A map country's status key on a day, from its change points. */
export function statusOn(table, code, day) {
  const points = table.codes[code] ?? [];
  let status = -1;
  for (let i = 0; i + 1 < points.length && points[i] <= day; i += 2) status = points[i + 1];
  return status < 0 ? null : table.statuses[status];
}

/** Whether this browser can paint early (constructed, adoptable stylesheets). */
export const canPaint = () => typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype
  && 'adoptedStyleSheets' in Document.prototype;

/** A CSS string literal's body for an attribute selector (the codes are the dataset's). */
const quoted = (s) => String(s).replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);

/**
 * The rules that paint the baked picture(s) under `.baked` for `day`: the countries whose status on
 * `day` is not the picture's own (the story's end: the bake drew each shape and small state's
 * marker in its fill then) in that day's colour, or the land colour; the selection's outline; and,
 * on any day but the picture's own, its hatching and host outlines hidden (they belong to the
 * default day, so none is wrong). Only the changed countries get a rule: each rule is matched
 * against every shape as the page is first styled, and on a phone that was a tenth of the
 * link's first paint (issue 29: the link's Lighthouse FCP counts it).
 * @param {{ statuses: string[], fills: string[], land: string, codes: Record<string, number[]>, end: string }} table
 * @param {number} day
 * @param {string | null} selected
 */
export function paintRules(table, day, selected) {
  const own = dayIndex(table, table.end);
  const byFill = new Map();
  for (const code of Object.keys(table.codes)) {
    const status = statusOn(table, code, day);
    if (own !== null && status === statusOn(table, code, own)) continue;
    const fill = status ? table.fills[table.statuses.indexOf(status)] : table.land;
    if (!byFill.has(fill)) byFill.set(fill, []);
    byFill.get(fill).push(code);
  }
  const shapes = (codes) => codes.map((c) => `.baked path[data-c="${quoted(c)}"],.baked circle[data-m="${quoted(c)}"]`).join(',');
  const rules = [];
  for (const [fill, codes] of byFill) rules.push(`${shapes(codes)}{fill:${fill}}`);
  if (selected) rules.push(`${shapes([selected])}{stroke:#111111;stroke-width:2.5px}`);
  if (day !== own) rules.push('.baked path[stroke="#3A2A10"],.baked path[stroke="#6B2D5C"]{display:none}');
  return rules.join('\n');
}

/**
 * Paints `root`'s baked picture (a document, or an embed's shadow root) for `day` with `selected`
 * outlined; returns whether it could. `link`: the first-paint script's paint of the page's link,
 * which never overwrites early-view.js's (a click before the link's record arrived).
 * @param {Document | ShadowRoot} root
 */
export function paint(root, table, day, selected, { link = false } = {}) {
  if (!canPaint()) return false;
  // The sheet is found on the root, not kept here: the first-paint script and early-view.js are
  // two bundles, each with its own copy of this module, and paint the same sheet.
  let sheet = root.adoptedStyleSheets.find((s) => s.coalitionEarly);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.coalitionEarly = true;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  if (link && sheet.coalitionViewed) return true;
  if (!link) sheet.coalitionViewed = true;
  const rules = paintRules(table, day, selected);
  if (sheet.coalitionRules !== rules) {
    sheet.replaceSync(rules);
    sheet.coalitionRules = rules;
  }
  return true;
}
