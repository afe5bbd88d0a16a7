// The viewer's text views of a view: the details panel (the selected country's, organisation's or
// conference's record, or the overview of the conferences), the selected timeline item's detail,
// and the page's "Where the sources disagree" section. Each rebuilds by key, when what it shows
// changed, as ui.js's render() asks. Dataset text reaches the DOM as text (dom.js).
import { el } from './dom.js';
import { conferencePanel, disputesNodes, itemNodes, overviewNodes, recordNodes, unrecordedNodes } from './record.js';
import { t } from './words.js';
import { textsFiller, withTexts } from './texts.js';

/** The selected timeline item's text and sources, under the timeline. */
export function renderItem(viewer, view = viewer.view) {
  const box = viewer.part('item-detail');
  const key = `${view.item ?? ''}|${viewer.datasetGeneration ?? 0}`;
  if (!box || key === viewer.itemKey) return;
  viewer.itemKey = key;
  const id = view.item;
  const { value: item, note } = withTexts(id && viewer.describeItem(id), () => {
    if (note?.isConnected) {
      viewer.itemKey = null;
      renderItem(viewer);
    }
  });
  box.replaceChildren(...(item ? itemNodes(viewer.sources, item) : []), ...(note ? [note] : []));
}

/** The overview's nodes, built once per dataset: it does not depend on the date or selection, and
 *  clearing a selection should not rebuild two rosters and the source list. */
function overviewOf(viewer) {
  if (!viewer.overview) {
    let built = null;
    // Its disputed counts' claims are long texts (texts.js): built again once they are here.
    const filler = textsFiller((note) => {
      if (viewer.overview !== built) return; // a new dataset's, built since
      viewer.overview = null;
      if (note.isConnected) renderAgain(viewer, viewer.shownPanel);
    });
    const nodes = overviewNodes(viewer.app, viewer.sources, viewer.maps, { compact: viewer.compact, onPick: (code) => viewer.select(code), texts: filler.texts });
    const note = filler.note();
    built = note ? [note, ...nodes] : nodes;
    viewer.overview = built;
  }
  return viewer.overview;
}

/** Renders the frame's panel (`frame.panel`: absent when it is the previous frame's, and the
 *  panel then keeps what it shows). */
export function renderPanel(viewer, panel, view = viewer.view) {
  if (!panel) return;
  viewer.shownPanel = panel;
  const box = viewer.part('panel');
  box.replaceChildren();
  // A new record starts at its top, not where the last one was scrolled. Only when it was
  // scrolled: setting scrollTop forces a layout in the middle of the click.
  if (viewer.panelScrolled) {
    box.scrollTop = 0;
    viewer.panelScrolled = false;
  }
  if (panel.kind === 'overview') {
    box.setAttribute('aria-label', t('panel.overview_label'));
    box.append(el('p', { class: 'hint' }, t('panel.hint')), ...overviewOf(viewer));
    return;
  }
  const pick = (code) => viewer.select(code);
  // Its long texts from the texts file (texts.js): until it is here, the rest and a loading line.
  const redo = () => {
    if (note?.isConnected && viewer.shownPanel === panel) renderAgain(viewer, panel, view);
  };
  const { value: shown, note } = withTexts(panel, redo);
  const { label, nodes } = shown.kind === 'conference'
    ? conferencePanel(viewer.sources, viewer.maps, shown.conference, pick)
    : shown.kind === 'actor'
      ? recordNodes(viewer.app, viewer.sources, viewer.maps, shown, view.date, (whole) => withTexts(whole, redo).value)
      : unrecordedNodes(shown.name);
  if (note) nodes.splice(1, 0, note);
  box.setAttribute('aria-label', label);
  box.append(...nodes);
  highlightRecord(viewer);
}

/** The same panel built again once its texts are here, where the reader was in it: its scroll
 *  kept, and focus on the panel if it was inside (the nodes it was on are new). */
function renderAgain(viewer, panel, view = viewer.view) {
  const box = viewer.part('panel');
  const focused = box.contains(/** @type {Document | ShadowRoot} */ (box.getRootNode()).activeElement);
  const top = box.scrollTop;
  viewer.panelScrolled = false;
  renderPanel(viewer, panel, view);
  box.scrollTop = top;
  if (focused) box.focus();
}

/** The record a permalink points at (`?record=ID`), outlined and scrolled into its panel. */
export function highlightRecord(viewer) {
  const id = viewer.view.record;
  if (!id) return;
  const selector = `[data-record="${CSS.escape(id)}"]`;
  const inPanel = viewer.part('panel').querySelector(selector);
  if (inPanel) {
    pickInPanel(viewer, inPanel);
    return;
  }
  const inDisputes = viewer.part('disputes')?.querySelector(selector);
  if (inDisputes) {
    inDisputes.classList.add('picked');
    inDisputes.scrollIntoView({ block: 'center' });
  }
}

/** Outlines an entry of the panel and scrolls the panel (not the page) to it once the frame
 *  that shows it is laid out: reading its position at once forced a layout of the whole page in
 *  the middle of the click (at 100× the data, half a timeline click's handler). */
export function pickInPanel(viewer, node) {
  if (!node) return;
  const panel = viewer.part('panel');
  node.classList.add('picked');
  requestAnimationFrame(() => setTimeout(() => {
    if (node.isConnected) panel.scrollTop = Math.max(0, node.offsetTop - panel.offsetTop - 8);
  }, 0));
}

/** The page's "Where the sources disagree" section: every dispute, built once per dataset. */
export function renderDisputes(viewer) {
  const box = viewer.part('disputes');
  if (!box) return;
  const filler = textsFiller((note) => { if (note.isConnected) renderDisputes(viewer); });
  const nodes = disputesNodes(viewer.app, viewer.sources, (code) => {
    viewer.select(code);
    viewer.part('panel').focus();
  }, filler.texts);
  const note = filler.note();
  box.replaceChildren(...(note ? [note] : []), ...nodes);
  highlightRecord(viewer);
}
