import { expect, test, type Page } from '@playwright/test';
import { company, graph, openApp, watchErrors } from './helpers';

const loopButton = (page: Page, chain: string) =>
  page
    .getByRole('region', { name: 'Money loops' })
    .getByRole('button', { name: new RegExp(`^${chain}`) });

test('with nothing selected, the top loops of the whole graph are listed', async ({ page }) => {
  await openApp(page);
  const top = page.getByRole('region', { name: 'Top money loops' });
  await expect(top).toBeVisible();
  await expect(top.getByRole('listitem').first()).toContainText('→');
});

test('click Microsoft: the loop with Anthropic is listed, and selecting it highlights it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await company(page, 'Microsoft').click();
  const loop = loopButton(page, 'Microsoft → Anthropic → Microsoft');
  await expect(loop).toBeVisible();
  await expect(loop).toContainText('$5B');
  await expect(loop).toContainText('investment → cloud');
  await expect(loop).toContainText('complete since 18 Nov 2025');

  await loop.click();
  await expect(loop).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/loop=microsoft,anthropic/);
  // The graph: the loop's deals are hot, others faded.
  for (const id of ['msft-anthropic-equity-2025', 'anthropic-azure-30b'])
    await expect(page.locator(`[data-edge-id="${id}"]`)).toHaveClass(/is-hot/);
  await expect(page.locator('[data-edge-id="openai-oracle-300b"]')).toHaveClass(/is-dim/);
  await expect(company(page, 'Anthropic')).toHaveClass(/is-hot/);
  await expect(company(page, 'Nvidia')).toHaveClass(/is-dim/);
  expect(errors).toEqual([]);
});

test('follow the dollar: play, step with the keyboard, and the pulse travels', async ({ page }) => {
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  const player = page.getByRole('region', { name: /^Microsoft → Anthropic → Microsoft/ });
  await expect(player).toBeVisible();
  await player.getByRole('button', { name: 'Follow the dollar' }).click();
  const hop1 = player.getByRole('button', { name: /Microsoft → Anthropic/ });
  await expect(hop1).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-edge-id="msft-anthropic-equity-2025"]')).toHaveClass(
    /is-current/,
  );
  await expect(page.locator('.pulse')).toBeVisible();
  // Pause, then step with the arrow keys.
  await player.getByRole('button', { name: 'Pause' }).click();
  await page.locator('body').press('ArrowRight');
  await expect(player.getByRole('button', { name: /Anthropic → Microsoft/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page.locator('[data-edge-id="anthropic-azure-30b"]')).toHaveClass(/is-current/);
  await expect(player).toContainText('Hop 2 of 2');
  await expect(player).toContainText('$30B');
  await page.locator('body').press('ArrowLeft');
  await expect(player).toContainText('Hop 1 of 2');
  // Space plays; it runs to the end by itself.
  await page.locator('body').press(' ');
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(player).toContainText('Hop 2 of 2', { timeout: 5000 });
  await expect(player.getByRole('button', { name: 'Replay' })).toBeVisible({ timeout: 5000 });
});

test('with reduced motion the steps change without a travelling pulse', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  const player = page.getByRole('region', { name: /^Microsoft → Anthropic → Microsoft/ });
  await player.getByRole('button', { name: 'Next hop' }).click();
  await expect(player).toContainText('Hop 1 of 2');
  await expect(page.locator('[data-edge-id="msft-anthropic-equity-2025"]')).toHaveClass(
    /is-current/,
  );
  await expect(page.locator('.pulse')).toBeHidden();
});

test('cite this loop copies the chain with every amount, date and source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  await page.getByRole('button', { name: 'Cite this loop' }).click();
  await expect(page.getByText(/^Copied/)).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Money loop: Microsoft → Anthropic → Microsoft');
  expect(text).toContain('$5B');
  expect(text).toContain('$30B');
  expect(text).toContain('18 Nov 2025');
  expect(text).toMatch(/https:\/\/\S+/);
  expect(text).toContain('loop=microsoft,anthropic');
});

test('a second company (shift-click) shows the money paths between the two', async ({ page }) => {
  await openApp(page);
  await company(page, 'Nvidia').click();
  await company(page, 'Oracle').click({ modifiers: ['Shift'] });
  const paths = page.getByRole('region', { name: 'Money paths' });
  await expect(paths).toBeVisible();
  await expect(paths).toContainText('Nvidia');
  await expect(paths.getByRole('listitem').first()).toContainText('Oracle');
  await expect(page).toHaveURL(/company=nvidia&to=oracle/);
});

test('back and forward move through selections', async ({ page }) => {
  await openApp(page);
  await company(page, 'Microsoft').click();
  await expect(page).toHaveURL(/company=microsoft/);
  await company(page, 'Nvidia').click();
  await expect(page).toHaveURL(/company=nvidia/);
  await page.goBack();
  await expect(page).toHaveURL(/company=microsoft/);
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: 'Nvidia' })).toBeVisible();
  await expect(graph(page)).toBeVisible();
});

test('click Microsoft, then at once Nvidia: Nvidia’s loops are listed, never Microsoft’s', async ({
  page,
}) => {
  await openApp(page);
  const region = page.getByRole('region', { name: 'Money loops' });
  await company(page, 'Microsoft').click();
  await company(page, 'Nvidia').click();
  await expect(region.locator('.loops-summary')).toContainText('through Nvidia');
  await expect(company(page, 'Nvidia')).toHaveAttribute('aria-pressed', 'true');
  await expect(company(page, 'Microsoft')).toHaveAttribute('aria-pressed', 'false');
  // The first screenful comes with the click, the rest of the page right after it.
  const chains = region.locator('.loop-chain');
  await expect.poll(() => chains.count()).toBeGreaterThan(5);
  expect((await chains.allTextContents()).filter((c) => !c.startsWith('Nvidia →'))).toEqual([]);
});
