// A minimal app as an npm user would write it: import the package, draw the map, query a record;
// and the element from its own entry, which registers <coalition-map> (the page has one). The two
// entries share one wasm instance. Host events are logged for the test to read.
import init, { Coalition } from 'coalition-map';
import 'coalition-map/element';

window.hostEvents = [];
for (const name of ['country-select', 'date-change', 'story-step']) {
  document.addEventListener(name, (e) => window.hostEvents.push([name, e.target.id, e.detail]));
}

await init();
const app = new Coalition();
app.setDate('2014-09-15');
app.drawMap(document.getElementById('map'), 640, 400, 1);
const france = app.record('country', 'France');
document.getElementById('out').textContent = `${france.actor.name}: ${france.status}`;
document.body.dataset.ready = 'true';
