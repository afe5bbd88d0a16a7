// The module that registers <coalition-map> (its one side effect): the npm package's
// `coalition-map/element` and the source of the served www/embed.js (scripts/bundle.mjs). The
// class, the define function and setAssetBase are re-exported for hosts that want them.
import { defineCoalitionMap } from './embed-element.js';

export { CoalitionMapElement, defineCoalitionMap } from './embed-element.js';
export { setAssetBase } from './asset-base.js';
export { EVENTS } from './embed-events.js';

defineCoalitionMap();
