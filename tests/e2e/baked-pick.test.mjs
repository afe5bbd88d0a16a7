// End-to-end: which baked picture the page builds (www/baked-pick.js, issue 29). It builds one
// mid-parse from the window's width alone (a media query, so no layout before the first frame's),
// and the box's own answer (viewer.css's container query) corrects it at the first resize
// observation. Here: at every width the guess is the box's answer (one picture built, the shown
// one), and where the box's width is not what the window's suggests, the right picture is still
// the one shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server?.close());

/** The pictures built in the baked box, each with whether it is shown; and how many are inert. */
const pictures = (page) => page.evaluate(() => ({
  built: [...document.querySelectorAll('.baked svg')].map((s) => [s.getAttribute('class'), s.getBoundingClientRect().width > 0]),
  inert: document.querySelectorAll('.baked noscript').length,
  answer: getComputedStyle(document.querySelector('.baked')).getPropertyValue('--baked-picture').trim(),
}));

test('at every window width the page builds one picture, the one its box shows', async () => {
  const b = await browser({ width: 1280 });
  // The app never runs: the baked box stays as the first paint left it.
  await b.page.route(/app\.bundle\.js$/, (r) => r.abort());
  try {
    // Each side of each threshold (601/602, 775/776, 1001/1002 px) and widths between.
    for (const width of [320, 375, 412, 560, 601, 602, 603, 700, 775, 776, 777, 900, 1001, 1002, 1003, 1280, 1600]) {
      await b.page.setViewportSize({ width, height: 800 });
      await b.page.goto(server.url);
      const p = await pictures(b.page);
      assert.deepEqual(p.built, [[`baked-${p.answer}`, true]], `${width} px: built ${JSON.stringify(p.built)}, the box asks for ${p.answer}`);
      assert.equal(p.inert, 1, `${width} px: the other picture stays inert`);
    }
  } finally {
    await b.close();
  }
});

test('a box narrower than its window suggests still shows its own picture', async () => {
  const b = await browser({ width: 1280 });
  await b.page.route(/app\.bundle\.js$/, (r) => r.abort());
  // A host's page around the same markup, narrower: the window says "wide", the box "narrow".
  await b.page.route((url) => url.pathname === '/' || url.pathname.endsWith('/index.html'), async (r) => {
    const res = await r.fetch();
    const html = (await res.text()).replace('</head>', '<style>.layout{max-width:620px}</style></head>');
    await r.fulfill({ response: res, body: html, headers: { ...res.headers(), 'content-encoding': 'identity' } });
  });
  try {
    await b.page.goto(server.url);
    const p = await pictures(b.page);
    assert.equal(p.answer, 'narrow');
    const shown = p.built.filter(([, visible]) => visible).map(([name]) => name);
    assert.deepEqual(shown, ['baked-narrow'], `built ${JSON.stringify(p.built)}`);
  } finally {
    await b.close();
  }
});
