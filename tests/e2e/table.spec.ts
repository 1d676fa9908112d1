/**
 * The "Table" view: the loops and deals in view as sortable tables, in the
 * real app on the bundled dataset — reached by keyboard, following the filters,
 * sorting, selecting a row on the map, and clean for axe and on a phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bundled, company, openApp, watchErrors } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const dealsTable = (page: Page) => page.getByRole('table', { name: /^Deals in view/ });
const loopsTable = (page: Page) => page.getByRole('table', { name: /money loops/i });
const rows = (table: ReturnType<typeof dealsTable>) => table.locator('tbody tr');

async function openTable(page: Page) {
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(dealsTable(page)).toBeVisible();
}

const usd = (text: string) => {
  const m = /\$([\d.]+)([KMBT])/.exec(text);
  return m ? Number(m[1]) * { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[m[2] as 'K'] : null;
};

test('the Table tab opens by keyboard; the map stays mounted behind it', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const mapTab = page.getByRole('tab', { name: 'Map' });
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
  await mapTab.focus();
  await page.keyboard.press('ArrowRight');
  const tableTab = page.getByRole('tab', { name: 'Table' });
  await expect(tableTab).toBeFocused();
  await expect(tableTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Table' })).toBeVisible();
  await expect(dealsTable(page)).toBeVisible();
  // Hidden, not unmounted: the drawing is still in the document.
  await expect(page.locator('.graph-surface')).toHaveCount(1);
  await expect(page.getByRole('tabpanel', { name: 'Map' })).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(mapTab).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Map' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the deals table has the deals in view, and follows the filters', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  await expect(rows(dealsTable(page))).toHaveCount(bundled.deals.length);
  // Unticking a type in the key (still on screen under the table) takes its deals out.
  const chips = (bundled.deals as { type?: string }[]).filter((d) => d.type === 'chips').length;
  expect(chips).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /Chip purchase/ }).uncheck();
  await expect(rows(dealsTable(page))).toHaveCount(bundled.deals.length - chips);
  await expect(dealsTable(page)).not.toContainText('Chip purchase');

  await openApp(page, '?intro=off&types=investment');
  await openTable(page);
  const investments = (bundled.deals as { type?: string }[]).filter(
    (d) => d.type === 'investment',
  ).length;
  await expect(rows(dealsTable(page))).toHaveCount(investments);
});

test('sorting by amount: biggest first, aria-sort and an announcement', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  const amount = dealsTable(page).getByRole('columnheader', { name: /^Amount/ });
  await amount.getByRole('button').click();
  await expect(amount).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByText('Deals sorted by amount, descending.')).toBeAttached();
  const cells = await dealsTable(page).locator('tbody tr td:nth-child(5)').allTextContents();
  const values = cells.map(usd);
  const known = values.filter((v): v is number => v != null);
  expect(values[0]).toBe(Math.max(...known));
  expect(known).toEqual([...known].sort((a, b) => b - a));
  // Unknown amounts last.
  expect(values.slice(0, known.length).every((v) => v != null)).toBe(true);
  await amount.getByRole('button').click();
  await expect(amount).toHaveAttribute('aria-sort', 'ascending');
});

test('Show on a loop row selects it on the map, with focus on the loop', async ({ page }) => {
  await openApp(page);
  await company(page, 'Microsoft').click();
  await openTable(page);
  await expect(loopsTable(page)).toHaveAccessibleName(/^Money loops through Microsoft/);
  await loopsTable(page)
    .getByRole('button', { name: 'Show on map: Microsoft → Anthropic → Microsoft' })
    .click();
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Map' })).toBeVisible();
  await expect(page).toHaveURL(/loop=microsoft,anthropic/);
  for (const id of ['msft-anthropic-equity-2025', 'anthropic-azure-30b'])
    await expect(page.locator(`[data-edge-id="${id}"]`)).toHaveClass(/is-hot/);
  await expect(company(page, 'Nvidia')).toHaveClass(/is-dim/);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-loop-key', /anthropic/);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('Show on a deal row opens the deal, focus on its heading', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  await dealsTable(page)
    .getByRole('button', { name: /^Show on map: Microsoft to Anthropic, investment/ })
    .first()
    .click();
  await expect(page.getByRole('tabpanel', { name: 'Map' })).toBeVisible();
  await expect(page).toHaveURL(/deal=msft-anthropic/);
  await expect(page.locator('#details-title')).toBeFocused();
  await expect(page.locator('[data-edge-id="msft-anthropic-equity-2025"]')).toHaveClass(
    /is-selected|is-hot/,
  );
});

test('source links are https, open in a new tab, safely', async ({ page }) => {
  await openApp(page);
  await openTable(page);
  const links = await dealsTable(page)
    .getByRole('link')
    .evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
      })),
    );
  expect(links.length).toBeGreaterThanOrEqual(bundled.deals.length);
  for (const a of links) {
    expect(a.href).toMatch(/^https:\/\//);
    expect(a.rel).toBe('noopener noreferrer');
    expect(a.target).toBe('_blank');
  }
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe, WCAG 2.2 AA: the Table tab (${scheme})`, async ({ page }) => {
    // axe walks every cell of two full tables: about 20 s on a quiet 2-core machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, '?company=microsoft');
    await openTable(page);
    await dealsTable(page)
      .getByRole('columnheader', { name: /^Amount/ })
      .getByRole('button')
      .click();
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      result.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      })),
    ).toEqual([]);
  });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the table scrolls inside a region that fits the screen', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Table' }).tap();
    const region = page.getByRole('region', { name: /^Deals in view/ });
    await region.scrollIntoViewIfNeeded();
    await expect(region).toBeVisible();
    const box = await region.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    const { scrollWidth, clientWidth, tab } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      tab: el.tabIndex,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(tab).toBe(0);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});

test('the embed: a Table tab in the drawer; Show returns to the details', async ({ page }) => {
  await page.goto('./embed.html?company=microsoft&panel=open');
  await expect(page.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  const drawer = page.locator('#embed-drawer');
  await expect(drawer).toBeVisible();
  await drawer.getByRole('tab', { name: 'Table' }).click();
  await expect(loopsTable(page)).toHaveAccessibleName(/^Money loops through Microsoft/);
  await expect(rows(dealsTable(page))).toHaveCount(bundled.deals.length);
  await loopsTable(page)
    .getByRole('button', { name: 'Show on map: Microsoft → Anthropic → Microsoft' })
    .click();
  await expect(drawer.getByRole('tab', { name: 'Details' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.locator('[data-edge-id="anthropic-azure-30b"]')).toHaveClass(/is-hot/);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});
