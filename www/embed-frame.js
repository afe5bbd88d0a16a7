// The iframe embed: one <coalition-map> whose view comes from this page's URL query
// (embed.html?country=FRA&date=2014-09-15), for sites that allow only iframes; it posts its height
// to the host page (frame-height.js) for the host's resize script (embed-resize.js). scripts/build.sh
// bundles it (with the element) into www/embed-frame.bundle.js, which embed.html loads.
import './element.js';
import { postHeights } from './frame-height.js';

document.querySelector('coalition-map').setAttribute('state', location.search.slice(1));
postHeights();
