// The iframe embed: one <coalition-map> whose view comes from this page's URL query
// (embed.html?country=FRA&date=2014-09-15), for sites that allow only iframes.
import './embed.js';

document.querySelector('coalition-map').setAttribute('state', location.search.slice(1));
