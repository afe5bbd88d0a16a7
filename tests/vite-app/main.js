// A minimal app as an npm user would write it: import the package, draw the map, query a record.
import init, { Coalition } from 'coalition-map';

await init();
const app = new Coalition();
app.setDate('2014-09-15');
app.drawMap(document.getElementById('map'), 640, 400, 1);
const france = app.country('France');
document.getElementById('out').textContent = `${france.actor.name}: ${france.status}`;
document.body.dataset.ready = 'true';
