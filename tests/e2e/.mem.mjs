import { serve, browser } from './harness.mjs';
const server = await serve();
const b = await browser({ width: 1280, height: 800 });
const page = b.page ?? await b.context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => document.body.dataset.ready === 'true');
await page.waitForTimeout(1500);
const mem = () => page.evaluate(async () => { const m = await import(document.querySelector('script[type="module"][src]').src); return (await m.default()).memory.buffer.byteLength; });
const log = async (what) => console.log(what, await mem());
await log('load');
const r = await page.evaluate(async () => {
  const api = window.coalitionMap;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const mem = async () => { const m = await import(document.querySelector('script[type="module"][src]').src); return (await m.default()).memory.buffer.byteLength; };
  const out = [];
  const cs = ['FRA', 'USA', 'TUR', 'SAU', 'IRN', 'GBR', 'QAT', 'DEU', 'IRQ', 'SYR'];
  for (let i = 0; i < 60; i++) { await api.select(cs[i % cs.length]); await frame(); }
  out.push(['60 selects', await mem()]);
  for (let i = 0; i < 60; i++) { await api.setDate(`2014-09-${String(1 + (i % 30)).padStart(2, '0')}`); await frame(); }
  out.push(['60 dates', await mem()]);
  const canvas = document.getElementById('timeline');
  const r = canvas.getBoundingClientRect();
  for (let i = 0; i < 150; i++) {
    canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: i % 6 < 3 ? -150 : 150, clientX: r.left + r.width * (0.3 + 0.1 * (i % 5)), clientY: r.top + 50 }));
    await frame();
  }
  await new Promise((r) => setTimeout(r, 400));
  out.push(['150 timeline zooms', await mem()]);
  const map = document.getElementById('map');
  const mr = map.getBoundingClientRect();
  for (const c of cs) {
    const p = api.locate ? await api.locate(c) : null;
    if (!p) continue;
    for (let k = 0; k < 6; k++) { map.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: mr.left + p.x, clientY: mr.top + p.y })); await frame(); }
  }
  out.push(['60 map clicks', await mem()]);
  for (let i = 0; i < 150; i++) {
    map.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: i % 8 < 4 ? -120 : 120, clientX: mr.left + mr.width * (0.3 + 0.1 * (i % 5)), clientY: mr.top + mr.height * (0.3 + 0.1 * (i % 4)) }));
    await frame();
  }
  await new Promise((r) => setTimeout(r, 400));
  out.push(['150 map zooms', await mem()]);
  map.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 1, pointerType: 'mouse', buttons: 1, clientX: mr.left + 200, clientY: mr.top + 200 }));
  for (let i = 0; i < 150; i++) {
    map.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerId: 1, pointerType: 'mouse', buttons: 1, clientX: mr.left + 200 + 60 * Math.sin(i / 6), clientY: mr.top + 200 + 40 * Math.cos(i / 5) }));
    await frame();
  }
  map.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1, pointerType: 'mouse' }));
  await new Promise((r) => setTimeout(r, 400));
  out.push(['150 pans', await mem()]);
  return out;
});
console.log(r);
await b.close(); server.close();
