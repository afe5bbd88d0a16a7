// The table view on a date step: the countries table stays in place and only the rows whose
// statuses changed are written (issue 30: with 3,000+ actors, rebuilding every row took 300 ms);
// what it shows after the step is what a table built for that date shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const texts = (page) => page.$$eval('#table-view table:first-of-type tbody tr', (rows) => rows.map((r) => r.innerText));

async function openTable(page) {
  await page.locator('#table-view summary').click();
  await page.locator('#table-view table').first().waitFor();
}

test('a date step rewrites only the changed rows of the countries table, in place', async () => {
  const fresh = await openApp('?date=2014-09-15');
  let expected;
  try {
    await openTable(fresh.b.page);
    expected = await texts(fresh.b.page);
  } finally {
    await fresh.close();
  }
  const { b, close } = await openApp('?date=2014-09-11');
  try {
    const { page } = b;
    await openTable(page);
    const before = await texts(page);
    await page.evaluate(() => {
      const table = document.querySelector('#table-view table');
      window.__table = table;
      window.__rows = [...table.tBodies[0].rows];
      window.__touched = new Set();
      new MutationObserver((records) => {
        for (const r of records) window.__touched.add(r.target.closest?.('tr') ?? r.target.parentElement?.closest('tr'));
      }).observe(table, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.evaluate(() => window.coalitionMap.setDate('2014-09-15'));
    await page.waitForFunction(() => window.__touched.size > 0);
    const r = await page.evaluate(() => {
      const table = document.querySelector('#table-view table');
      const rows = [...table.tBodies[0].rows];
      return {
        same: table === window.__table && rows.length === window.__rows.length && rows.every((x, i) => x === window.__rows[i]),
        touched: [...window.__touched].filter((x) => x && x.parentElement?.tagName === 'TBODY').length,
        rows: rows.length,
      };
    });
    assert.ok(r.same, 'the table and its rows are the same elements after the step');
    const changed = before.filter((t, i) => t !== expected[i]).length;
    assert.ok(changed > 0, 'some statuses change from 11 to 15 September');
    assert.equal(r.touched, changed, `rows written: ${r.touched}, rows whose text changed: ${changed} of ${r.rows}`);
    assert.deepEqual(await texts(page), expected, 'the stepped table reads as one built for the date');
    assert.deepEqual(b.errors, []);
  } finally {
    await close();
  }
});
