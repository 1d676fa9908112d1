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
