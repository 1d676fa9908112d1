import { expect, test, type Page } from '@playwright/test';
import { bundled, company, graph, openApp, watchErrors } from './helpers';

test('shows every company of the bundled dataset as a named button', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const buttons = graph(page).getByRole('button');
  await expect(buttons).toHaveCount(bundled.companies.length);
  for (const c of bundled.companies) await expect(company(page, c.name)).toHaveCount(1);
  // Every deal is drawn.
  await expect(page.locator('[data-edge-id]')).toHaveCount(bundled.deals.length);
  expect(errors).toEqual([]);
});

test('the same data gives the same picture on every load', async ({ page }) => {
  await openApp(page);
  const first = await page
    .locator('[data-node-id]')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          `${el.getAttribute('data-node-id')}@${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`,
      ),
    );
  await page.reload();
  await expect(graph(page)).toBeVisible();
  const second = await page
    .locator('[data-node-id]')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          `${el.getAttribute('data-node-id')}@${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`,
      ),
    );
  expect(second).toEqual(first);
  // And it does not drift after it is shown.
  await page.waitForTimeout(400);
  const later = await page
    .locator('[data-node-id]')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          `${el.getAttribute('data-node-id')}@${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`,
      ),
    );
  expect(later).toEqual(first);
});

test('clicking a company opens its details with its deals and sources', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await company(page, 'Microsoft').click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  await expect(company(page, 'Microsoft')).toHaveAttribute('aria-pressed', 'true');
  const out = panel.getByRole('region', { name: /^Money out/ });
  await expect(out.getByRole('button', { name: /Anthropic/ }).first()).toBeVisible();
  // Sources are real links that open in a new tab.
  const link = out.getByRole('link').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /^https:\/\//);
  await expect(link).toHaveAttribute('rel', /noopener/);
  expect(errors).toEqual([]);
});

test('keyboard: Tab to a company, Enter selects it, Escape clears', async ({ page }) => {
  await openApp(page);
  const nvidia = company(page, 'Nvidia');
  await nvidia.focus();
  await expect(nvidia).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Nvidia' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { level: 2, name: 'Nvidia' })).toHaveCount(0);
  await expect(nvidia).toHaveAttribute('aria-pressed', 'false');
  // The map is one Tab stop (graph-keys.spec.ts): Tab leaves it, Shift+Tab comes back to Nvidia.
  await expect(nvidia).toBeFocused();
  await page.keyboard.press('Tab');
  const off = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
  expect(off).toBeFalsy();
  await page.keyboard.press('Shift+Tab');
  await expect(nvidia).toBeFocused();
});

test('clicking a deal in the panel shows that deal, and a company link goes back', async ({
  page,
}) => {
  await openApp(page);
  await company(page, 'Anthropic').click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel
    .getByRole('region', { name: /^Money out/ })
    .getByRole('button', { name: /Microsoft/ })
    .first()
    .click();
  await expect(panel.getByText('Cloud compute purchase').first()).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Anthropic');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Microsoft');
  await expect(panel.getByRole('heading', { level: 3, name: 'Sources' })).toBeVisible();
  await panel.getByRole('heading', { level: 2 }).getByRole('button', { name: 'Microsoft' }).click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
});

/**
 * A point of a deal's curve that no company, label or other deal covers, in
 * page pixels. The SVG's hit area lies over the whole drawing (it takes the
 * pointer; picking is geometric), so the drawing under it is what is read.
 */
async function dealPoint(page: Page, id: string) {
  // The curve's point is measured, then clicked: the layout must hold still between.
  await expect(page.locator('.graph[data-layout="settled"]')).toHaveCount(1, { timeout: 15_000 });
  const point = await page.locator(`[data-edge-id="${id}"] .edge-line`).evaluate((el) => {
    const path = el as SVGPathElement;
    const matrix = path.getScreenCTM();
    if (!matrix) return null;
    const length = path.getTotalLength();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = path.getPointAtLength(length * t);
      const x = p.x * matrix.a + p.y * matrix.c + matrix.e;
      const y = p.x * matrix.b + p.y * matrix.d + matrix.f;
      const drawn = document.elementsFromPoint(x, y).filter((e) => !e.matches('.graph-hitarea'));
      if (drawn[0]?.closest('[data-edge-id]') === path.parentElement) return { x, y };
    }
    return null;
  });
  expect(point).not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

async function expectDealShown(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Anthropic');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Microsoft');
  await expect(panel.getByText('$30B').first()).toBeVisible();
}

test('clicking a deal in the graph shows that deal', async ({ page }) => {
  await openApp(page);
  const { x, y } = await dealPoint(page, 'anthropic-azure-30b');
  await page.mouse.click(x, y);
  await expectDealShown(page);
});

test('a press held while the hovered deal is redrawn still clicks it', async ({ page }) => {
  await openApp(page);
  const { x, y } = await dealPoint(page, 'anthropic-azure-30b');
  // The hover restyles the deal and lifts it to the top of the drawing between
  // press and release; the click must still arrive (it did not when the moved
  // element itself took the pointer).
  // Pressed before the hover's frame: the restyle comes while the button is down.
  await Promise.all([page.mouse.move(x, y), page.mouse.down()]);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(page.locator('[data-edge-id="anthropic-azure-30b"].is-hot')).toHaveCount(1);
  await page.mouse.up();
  await expectDealShown(page);
});

test('the pointer shows what can be clicked on the drawing', async ({ page }) => {
  await openApp(page);
  const { x, y } = await dealPoint(page, 'anthropic-azure-30b');
  const hitArea = page.locator('.graph-hitarea');
  const cursor = () => hitArea.evaluate((el) => getComputedStyle(el).cursor);
  await page.mouse.move(x, y);
  await expect.poll(cursor).toBe('pointer');
  // An empty corner of the map: the map can be dragged.
  const box = await page.locator('.graph-surface').boundingBox();
  await page.mouse.move((box?.x ?? 0) + 4, (box?.y ?? 0) + (box?.height ?? 0) - 4);
  await expect.poll(cursor).toBe('grab');
});

test("clicking a company's name selects it, like its circle", async ({ page }) => {
  await openApp(page);
  // Where the name is drawn: the hit area over the drawing takes the click.
  const label = await page.locator('[data-company="oracle"] .node-label').boundingBox();
  expect(label).not.toBeNull();
  await page.mouse.click(
    (label?.x ?? 0) + (label?.width ?? 0) / 2,
    (label?.y ?? 0) + (label?.height ?? 0) / 2,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Oracle' })).toBeVisible();
});

test('zoom buttons and fit change the view', async ({ page }) => {
  await openApp(page);
  const viewport = page.locator('.graph-svg > g').first();
  const before = await viewport.getAttribute('transform');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => viewport.getAttribute('transform')).not.toBe(before);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(() => viewport.getAttribute('transform')).toBe(before);
});

test('the theme follows the system live on auto, and the reader can choose', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page);
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme').selectOption('light');
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect(page).toHaveURL(/theme=light/);
});
