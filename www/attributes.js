// The <coalition-map> attributes that carry a view, one name per ViewState field: written by the
// page's embed code and read by the element, so the two cannot disagree on a name.

/** Attribute names, in the order the snippet writes them. `status` and `kinds` are comma lists. */
export const VIEW_ATTRIBUTES = ['story', 'step', 'country', 'date', 'framing', 'view', 'item', 'compare', 'status', 'kinds', 'timeline', 'window'];

/** [name, value] pairs for a view (app.view()), leaving out what is the default. A story's step
 *  is its own view: only `story` and `step` (any other attribute would leave the story). */
export function viewAttributes(v) {
  if (v.story) return [['story', v.story], ['step', v.step]];
  return [
    ['story', v.story],
    ['step', v.step],
    ['country', v.country],
    ['date', v.date],
    ['framing', v.framing !== 'region' ? v.framing : null],
    ['view', v.camera],
    ['item', v.item],
    ['compare', v.compare],
    ['status', v.statuses?.length ? v.statuses.join(',') : null],
    ['kinds', v.kinds?.length ? v.kinds.join(',') : null],
    ['timeline', v.timeline],
    ['window', v.window],
  ].filter(([, value]) => value);
}

/** One attribute as a setView patch: `status="signed,attended"` -> {statuses: [...]}. */
export function attributePatch(name, value) {
  if (name === 'status') return { statuses: value.split(',').map((s) => s.trim()).filter(Boolean) };
  if (name === 'view') return { camera: value };
  if (name === 'kinds') return { kinds: value.split(',').map((s) => s.trim()).filter(Boolean) };
  return { [name]: value };
}
