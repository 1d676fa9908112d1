import { expect, test, type Page } from '@playwright/test';
import { company, graph, openApp } from './helpers';

/**
 * "No React render per simulation tick or pan frame": counted, not assumed. A
 * stand-in for the React DevTools hook (installed before the app loads) counts
 * every React commit while we pan, zoom and drag.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __commits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
    w.__commits = 0;
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      onCommitFiberRoot: () => {
        w.__commits++;
      },
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      checkDCE: () => {},
    };
  });
});

const commits = (page: Page) =>
  page.evaluate(() => (window as unknown as { __commits: number }).__commits);

test('panning and zooming re-render nothing', async ({ page }) => {
  await openApp(page);
  await page.waitForTimeout(300);
  const box = await graph(page).boundingBox();
  if (!box) throw new Error('no graph');
  // Start on empty background, at the top-left corner of the map.
  const x = box.x + 20;
  const y = box.y + 20;
  const before = await commits(page);
  expect(before).toBeGreaterThan(0); // the hook is really counting
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(x + i * 6, y + i * 3);
  await page.mouse.up();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -40);
  await page.waitForTimeout(300);
  const viewport = page.locator('.graph-svg > g').first();
  await expect(viewport).toHaveAttribute('transform', /scale\(/);
  // The tooltip may close once; no commit per frame.
  expect((await commits(page)) - before).toBeLessThanOrEqual(2);
});

test('dragging a company moves the layout without re-rendering per tick', async ({ page }) => {
  await openApp(page);
  const node = company(page, 'Oracle');
  const start = await node.getAttribute('transform');
  const box = await node.locator('circle.node-dot').boundingBox();
  if (!box) throw new Error('no node');
  const before = await commits(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + box.height / 2 + i * 2);
  await page.mouse.up();
  await page.waitForTimeout(800); // the simulation cools down and stops
  await expect(node).not.toHaveAttribute('transform', start ?? '');
  // Hover and tooltip commits only: a handful, not one per tick or pointer move.
  expect((await commits(page)) - before).toBeLessThanOrEqual(6);
  // Dropped where it was let go: pinned, so it does not drift back.
  const dropped = await node.getAttribute('transform');
  await page.waitForTimeout(500);
  await expect(node).toHaveAttribute('transform', dropped ?? '');
  // "Reset layout" brings back the original picture exactly.
  await page.getByRole('button', { name: 'Reset layout' }).click();
  await expect(node).toHaveAttribute('transform', start ?? '');
  await expect(page.getByRole('button', { name: 'Reset layout' })).toHaveCount(0);
});
