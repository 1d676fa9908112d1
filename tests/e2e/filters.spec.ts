import { expect, test, type Page } from '@playwright/test';
import { bundled, company, graph, openApp, watchErrors } from './helpers';

const edges = (page: Page) => page.locator('[data-edge-id]');

test('a link with parameters opens the view it names', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(
    page,
    '?company=nvidia&types=investment,chips&status=confirmed&until=2025-12&maxLength=4',
  );
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Nvidia' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Investment' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Chip purchase' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Cloud compute purchase' })).not.toBeChecked();
  await expect(page.getByText(/As of/)).toContainText('31 Dec 2025');
  await expect(panel.getByLabel('Up to')).toHaveValue('4');
  // Only confirmed investment and chip deals up to the end of 2025 are drawn.
  const expected = (
    bundled as unknown as { deals: { type: string; status: string; announced: string }[] }
  ).deals.filter(
    (d) =>
      (d.type === 'investment' || d.type === 'chips') &&
      (d.status === 'closed' || d.status === 'announced') &&
      d.announced <= '2025-12-31',
  ).length;
  await expect(edges(page)).toHaveCount(expected);
  await expect(page.getByText(`${expected} of ${bundled.deals.length} deals`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('toggling a type changes the graph and the URL', async ({ page }) => {
  await openApp(page);
  const all = await edges(page).count();
  await page.getByRole('checkbox', { name: 'Investment' }).uncheck();
  await expect(page).toHaveURL(/types=cloud,chips,warrant,backstop,revenue_share,partnership/);
  const investments = await page.locator('[data-edge-id].type-investment').count();
  expect(investments).toBe(0);
  expect(await edges(page).count()).toBeLessThan(all);
  await page.getByRole('button', { name: 'Show only Chip purchase' }).click();
  await expect(page).toHaveURL(/types=chips(&|$)/);
  await expect(page.locator('[data-edge-id]:not(.type-chips)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all types' }).click();
  await expect(page).not.toHaveURL(/types=/);
  await expect(edges(page)).toHaveCount(all);
  // Reload restores the view.
  await page.getByRole('checkbox', { name: 'Warrant' }).uncheck();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Warrant' })).not.toBeChecked();
});

test('confirmed only hides letters of intent and reported talks, which are drawn dashed', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.locator('[data-edge-id="nvda-openai-loi-100b"]')).toHaveClass(/status-loi/);
  const dash = await page
    .locator('[data-edge-id="nvda-openai-loi-100b"] .edge-line')
    .evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(dash).not.toBe('none');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('switch', { name: 'Confirmed only' }).check();
  await expect(page).toHaveURL(/status=confirmed/);
  await expect(page.locator('[data-edge-id="nvda-openai-loi-100b"]')).toHaveCount(0);
  await expect(page.locator('[data-edge-id].status-reported')).toHaveCount(0);
});

test('a selected loop that a filter removes is cleared with a notice', async ({ page }) => {
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  await expect(
    page.getByRole('region', { name: /^Microsoft → Anthropic → Microsoft/ }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Cloud compute purchase' }).uncheck();
  await expect(
    page.getByRole('status').filter({ hasText: 'is not in the current view' }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(/loop=/);
  await expect(page.getByRole('region', { name: 'Money loops' })).toContainText(
    'loops through Microsoft',
  );
});

test('bad parameters are ignored with a notice, never a blank page', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, '?maxLength=99&types=chip,cloud&company=nvidai&theme=purple&bogus=1');
  const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notices.first()).toBeVisible();
  await expect(graph(page)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Cloud compute purchase' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Investment' })).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('search finds a company by name or ticker and selects it', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('combobox', { name: 'Find a company' });
  await box.fill('orac');
  await expect(page.getByRole('option', { name: /Oracle/ })).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Oracle' })).toBeVisible();
  await expect(company(page, 'Oracle')).toHaveAttribute('aria-pressed', 'true');
  await box.fill('nvda');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Nvidia' })).toBeVisible();
});

test('the time-lapse replays history month by month without moving the layout', async ({
  page,
}) => {
  await openApp(page, '?from=2025-01&until=2025-01');
  const positions = () =>
    page
      .locator('[data-node-id]')
      .evaluateAll((els) =>
        els
          .map(
            (el) =>
              `${el.getAttribute('data-node-id')}@${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`,
          )
          .sort(),
      );
  const before = await positions();
  const early = await edges(page).count();
  await page.getByRole('button', { name: /Play the time-lapse/ }).click();
  await expect(page.getByText(/As of/)).toContainText('2025', { timeout: 5000 });
  await expect.poll(() => edges(page).count(), { timeout: 10_000 }).toBeGreaterThan(early + 5);
  // A loop lights up when it is complete.
  await expect(page.getByText(/Loop complete/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: /Pause the time-lapse/ }).click();
  expect(await positions()).toEqual(before);
  await expect(page).toHaveURL(/until=20/);
});

test('the dollars-per-gigawatt assumption can be changed; totals follow, the layout stays', async ({
  page,
}) => {
  await openApp(page, '?deal=anthropic-nvidia-1gw');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel).toContainText('counted as ≈$35B: 1 GW × $35B per GW');
  const positions = () =>
    page.locator('[data-node-id]').evaluateAll((els) =>
      els
        .map(
          (el) =>
            `${el.getAttribute('data-node-id')}@${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`,
        )
        .sort()
        .join('|'),
    );
  const before = await positions();
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByLabel('Dollars per gigawatt').selectOption(String(50e9));
  await expect(page).toHaveURL(/usdPerGw=50000000000/);
  await expect(panel).toContainText('counted as ≈$50B: 1 GW × $50B per GW');
  expect(await positions()).toBe(before);
  // Opened with the reader's figure in the link: the same layout, the file's own.
  await page.reload();
  await expect(panel).toContainText('counted as ≈$50B: 1 GW × $50B per GW');
  await expect(page.locator('.graph')).toHaveAttribute('data-layout-cache', 'hit');
  expect(await positions()).toBe(before);
  await page.locator('summary', { hasText: 'Filters' }).click();
  // Back to the dataset's own figure: the parameter leaves the link.
  await page.getByLabel('Dollars per gigawatt').selectOption(String(35e9));
  await expect(page).not.toHaveURL(/usdPerGw/);
});
