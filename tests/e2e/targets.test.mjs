// Hit targets of 24 CSS px (WCAG 2.5.8) on the page: Syria on a phone and Belgium on a desktop, in
// the default framing, answer the tooltip and the click alike anywhere within 11 px of the point the
// map locates for them (tests/targets.rs measures every country natively).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

for (const [width, code, name] of [[375, 'SYR', 'Syria'], [1280, 'BEL', 'Belgium']]) {
  test(`${name} at ${width} px: a 24 px target, the same for hover and click`, async () => {
    const { b, close } = await openApp('', { width, height: 800 });
    try {
      const { page } = b;
      const map = page.locator('#map');
      const c = await page.evaluate((k) => window.coalitionMap.locate(k), code);
      assert.ok(c, `${name} located`);
      const ring = Array.from({ length: 12 }, (_, k) => ({
        x: c.x + 11 * Math.cos((k * Math.PI) / 6),
        y: c.y + 11 * Math.sin((k * Math.PI) / 6),
      }));
      for (const p of ring) {
        await map.hover({ position: p });
        const tip = await page.locator('#tooltip').innerText();
        assert.ok(tip.startsWith(name), `hover at ${JSON.stringify(p)}: ${tip}`);
      }
      await map.click({ position: ring[3] });
      assert.equal((await page.evaluate(() => window.coalitionMap.view())).country, code);
      assert.deepEqual(b.errors, []);
    } finally {
      await close();
    }
  });
}
