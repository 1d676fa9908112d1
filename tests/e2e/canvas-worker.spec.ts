import { expect, test, type Page } from '@playwright/test';
import { serveBook } from './helpers';

/**
 * A big map is painted in the canvas worker (render/canvas.worker.ts), off the
 * page's main thread; where the worker cannot run, the page paints it itself.
 * Either way the picture is there, and its first-picture mark is honest.
 */
const URL = 'https://data.example/book-1000.json';

/** Opaque pixels in what the map's visible canvas shows (whichever paints it). */
const ink = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLCanvasElement>('.graph-canvas')].find(
      (c) => !c.hidden && !c.classList.contains('graph-overlay'),
    );
    if (!shown) return -1;
    const copy = document.createElement('canvas');
    copy.width = shown.width;
    copy.height = shown.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(shown, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });

const surface = (page: Page) => page.locator('.graph-surface');

test('1,000 companies are painted in the canvas worker, with the picture on screen', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await serveBook(page, URL, 1000);
  await page.goto(`./?intro=off&data=${encodeURIComponent(URL)}`);
  await expect(page.locator('.graph')).toHaveAttribute('data-renderer', 'canvas', {
    timeout: 30_000,
  });
  await expect(surface(page)).toHaveAttribute('data-painter', 'worker', { timeout: 30_000 });
  // The page's own canvas stepped aside; the worker's picture has ink.
  await expect.poll(() => ink(page), { timeout: 10_000 }).toBeGreaterThan(5_000);
  await expect(page.locator('.graph-canvas:not(.graph-overlay):not([hidden])')).toHaveCount(1);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled', {
    timeout: 60_000,
  });
  // A hover restyles the map in the worker too: the hovered company's neighbourhood
  // stands out, so the picture changes.
  const before = await ink(page);
  await page.locator('.graph-a11y [data-node-id]').first().dispatchEvent('pointerover');
  await expect.poll(() => ink(page), { timeout: 5_000 }).not.toBe(before);
});

test('until the worker paints, a slow page paints the first picture, not every settling step', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Slow enough anywhere that one page paint of 1,000 companies is over a frame.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Every circle the page's own canvases draw (the worker's are not seen here).
  await page.addInitScript(() => {
    const w = window as unknown as { __arcs: number };
    w.__arcs = 0;
    const arc = CanvasRenderingContext2D.prototype.arc;
    CanvasRenderingContext2D.prototype.arc = function (...args) {
      w.__arcs++;
      return arc.apply(this, args);
    };
  });
  await serveBook(page, URL, 1000);
  await page.goto(`./?intro=off&data=${encodeURIComponent(URL)}`);
  await expect(surface(page)).toHaveAttribute('data-painter', 'worker', { timeout: 60_000 });
  const arcs = () => page.evaluate(() => (window as unknown as { __arcs: number }).__arcs);
  // One picture is a circle per company: painted once, not again for each step
  // of the layout while the worker started (35–65 ms each on the page).
  const before = await arcs();
  expect(before).toBeGreaterThanOrEqual(1000);
  expect(before).toBeLessThan(2000);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled', {
    timeout: 80_000,
  });
  expect(await arcs()).toBe(before);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('where the canvas worker cannot load, the page paints the map itself', async ({ page }) => {
  test.setTimeout(90_000);
  await page.route(/canvas\.worker-[^/]*\.js$/, (route) => route.abort());
  await serveBook(page, URL, 1000);
  await page.goto(`./?data=${encodeURIComponent(URL)}`);
  await expect(page.locator('.graph')).toHaveAttribute('data-renderer', 'canvas', {
    timeout: 30_000,
  });
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('ct:first-picture').length), {
      timeout: 30_000,
    })
    .toBe(1);
  await expect(page.locator('.graph')).toHaveAttribute('data-layout', 'settled', {
    timeout: 60_000,
  });
  await expect(surface(page)).toHaveAttribute('data-painter', 'page');
  await expect.poll(() => ink(page), { timeout: 10_000 }).toBeGreaterThan(5_000);
});
