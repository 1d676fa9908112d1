import { expect, test } from '@playwright/test';
import { company, graph, openApp, watchErrors } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone: the map fits, a tap selects, nothing overflows sideways', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const box = await graph(page).boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  // The map is taller than wide on a phone, and uses most of the first screen.
  expect(box?.height ?? 0).toBeGreaterThan(380);
  // Every company's node is inside the map's box at first sight.
  const outside = await page.locator('[data-node-id]').evaluateAll((dots, b) => {
    if (!b) return -1;
    return dots.filter((d) => {
      const r = d.getBoundingClientRect();
      return (
        r.left < b.x - 1 ||
        r.right > b.x + b.width + 1 ||
        r.top < b.y - 1 ||
        r.bottom > b.y + b.height + 1
      );
    }).length;
  }, box);
  expect(outside).toBe(0);
  await company(page, 'Microsoft').tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Money loops' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test.describe('a laptop at 200 % zoom (640 × 400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('a link to a company shows it on the map and its details together', async ({ page }) => {
    await page.goto('./?company=nvidia&intro=off');
    const details = page.locator('#panel').getByRole('heading', { name: 'Nvidia', level: 2 });
    await expect(details).toBeInViewport();
    const sheet = await page.locator('#panel').boundingBox();
    const surface = await page.locator('.graph-surface').boundingBox();
    if (!sheet || !surface) throw new Error('the map and the sheet are laid out');
    // The map keeps a real strip above the sheet, and Nvidia is in it.
    expect(sheet.y - surface.y).toBeGreaterThan(100);
    const nvidia = page.locator('.graph-hit[data-node-id="nvidia"]');
    await expect
      .poll(async () => {
        const b = await nvidia.boundingBox();
        if (!b) return false;
        const cy = b.y + b.height / 2;
        return cy > surface.y && cy < sheet.y && b.x > 0 && b.x + b.width < 640;
      })
      .toBe(true);
    // The header is one row: the page's name is still its heading for screen readers.
    await expect(page.getByRole('heading', { name: 'Circular trade', level: 1 })).toBeAttached();
    const header = await page.locator('.topbar').boundingBox();
    expect(header?.height ?? 999).toBeLessThan(60);
  });
});
