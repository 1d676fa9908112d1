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

const at = (page: Page, name: string) =>
  company(page, name).evaluate(
    (el) => `${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`,
  );

test('dragging a company moves the layout without re-rendering per tick', async ({ page }) => {
  await openApp(page);
  const node = company(page, 'Oracle');
  const start = await at(page, 'Oracle');
  const box = await node.boundingBox();
  if (!box) throw new Error('no node');
  const before = await commits(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++)
    await page.mouse.move(box.x + box.width / 2 + i * 5, box.y + box.height / 2 + i * 2);
  await page.mouse.up();
  await expect.poll(() => at(page, 'Oracle')).not.toBe(start);
  // The drawing follows: the SVG node moved too.
  await expect(page.locator('[data-company="oracle"]')).not.toHaveAttribute('transform', '');
  // The "Reset layout" button appearing is the only commit: none per tick or pointer move.
  expect((await commits(page)) - before).toBeLessThanOrEqual(3);
  // Dropped where it was let go: pinned, so it does not drift back.
  await page.waitForTimeout(800);
  const dropped = await at(page, 'Oracle');
  await page.waitForTimeout(500);
  expect(await at(page, 'Oracle')).toBe(dropped);
  // "Reset layout" brings back the original picture exactly.
  await page.getByRole('button', { name: 'Reset layout' }).click();
  await expect.poll(() => at(page, 'Oracle')).toBe(start);
  await expect(page.getByRole('button', { name: 'Reset layout' })).toHaveCount(0);
});

test('hovering companies and deals repaints the map with no React commit', async ({ page }) => {
  await openApp(page);
  await page.waitForTimeout(300);
  const before = await commits(page);
  const box = await company(page, 'Nvidia').boundingBox();
  if (!box) throw new Error('no node');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Its neighbourhood is emphasised and the tooltip shows, by the engines alone.
  await expect(company(page, 'Nvidia')).toHaveClass(/is-hot/);
  await expect(company(page, 'Amazon')).toHaveClass(/is-dim/);
  await expect(page.getByRole('tooltip')).toContainText('Nvidia');
  await page.mouse.move(5, 5);
  await expect(company(page, 'Amazon')).not.toHaveClass(/is-dim/);
  await expect(page.getByRole('tooltip')).toBeHidden();
  expect((await commits(page)) - before).toBe(0);
});

test('hovering a deal on the map lights its row in the panel, with no React commit', async ({
  page,
}) => {
  await openApp(page, '?company=microsoft');
  await page.waitForTimeout(300);
  const id = 'anthropic-azure-30b';
  const row = page.locator('.deal-row').filter({ has: page.locator(`[data-deal-id="${id}"]`) });
  await expect(row).toBeVisible();
  // A point of the curve that no company or label covers.
  const point = await page.locator(`[data-edge-id="${id}"] .edge-line`).evaluate((el) => {
    const path = el as SVGPathElement;
    const m = path.getScreenCTM();
    if (!m) return null;
    const length = path.getTotalLength();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      const p = path.getPointAtLength(length * t);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      if (!document.elementFromPoint(x, y)?.closest('[role="button"]')) return { x, y };
    }
    return null;
  });
  if (!point) throw new Error('no free point on the deal');
  const before = await commits(page);
  await page.mouse.move(point.x, point.y);
  await expect(row).toHaveAttribute('data-map-hover', '');
  await expect(page.locator(`[data-edge-id="${id}"]`)).toHaveClass(/is-hot/);
  await expect(page.getByRole('tooltip')).toContainText('Anthropic');
  await page.mouse.move(5, 5);
  await expect(row).not.toHaveAttribute('data-map-hover', '');
  expect((await commits(page)) - before).toBe(0);
});
