// A minimal app as an npm user would write it: import the package, draw the map, query a record
// (its long texts filled);
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
// The embedded dataset's long texts are marks in the module's results until filled from the
// package's baked/texts.json (the same file the element's panels fetch).
const filled = await app.fillTexts(france);
document.getElementById('summary').textContent = filled.pledges[0].summary;
document.body.dataset.ready = 'true';
