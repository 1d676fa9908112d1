/**
 * Issue 13 on a phone (390 × 844, touch): the map and the details share the
 * screen, menus stay inside it, and nothing needs a Shift key or a hover.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { company, graph, openApp, watchErrors } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The part of the viewport not covered by the bottom sheet. */
async function mapWindow(page: Page) {
  const vh = page.viewportSize()?.height ?? 844;
  const sheet = await page.locator('#panel').boundingBox();
  const map = await graph(page).boundingBox();
  return { top: map?.y ?? 0, bottom: Math.min(vh, sheet?.y ?? vh) };
}

/** The element's centre is on screen, above the sheet, and the element is what is there. */
async function expectOnMap(page: Page, target: Locator) {
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  const { top, bottom } = await mapWindow(page);
  const cy = (box?.y ?? 0) + (box?.height ?? 0) / 2;
  const cx = (box?.x ?? 0) + (box?.width ?? 0) / 2;
  expect(cy).toBeGreaterThan(top);
  expect(cy).toBeLessThan(bottom);
  expect(cx).toBeGreaterThan(0);
  expect(cx).toBeLessThan(page.viewportSize()?.width ?? 390);
}

async function expectInViewport(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const vp = page.viewportSize();
  expect(box).not.toBeNull();
  if (!box || !vp) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height + 0.5);
}

for (const width of [320, 390, 640]) {
  test(`Filters opens fully inside a ${width} px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await openApp(page);
    await page.getByText('Filters', { exact: true }).tap();
    const popover = page.locator('.filters-popover');
    await expect(popover).toBeVisible();
    await expectInViewport(page, popover);
    // "Confirmed only" and every status box can be reached and used.
    const confirmed = popover.getByText('Confirmed only');
    await confirmed.scrollIntoViewIfNeeded();
    await expectInViewport(page, confirmed);
    await popover.getByRole('checkbox', { name: /Letter of intent/ }).tap();
    await expect(popover.getByRole('checkbox', { name: /Letter of intent/ })).not.toBeChecked();
    // The header's other menu too (a tap outside closes Filters).
    await page.locator('.export-menu summary').tap();
    const exportMenu = page.getByRole('group', { name: 'Export' });
    await expect(exportMenu).toBeVisible();
    await expectInViewport(page, exportMenu);
  });
}

test('tap a company: its name, its loops and the highlighted map are on screen together', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await company(page, 'Microsoft').tap();
  const heading = page.getByRole('heading', { level: 2, name: 'Microsoft' });
  await expect(heading).toBeVisible();
  await expectInViewport(page, heading);
  const loops = page.getByRole('region', { name: 'Money loops' });
  await expectInViewport(page, loops.getByRole('heading', { name: 'Money loops' }));
  // The company itself sits in the part of the map the sheet leaves free.
  await page.waitForTimeout(500);
  // The accessible button sits centred over the drawn dot.
  await expectOnMap(page, company(page, 'Microsoft'));
  await expect(company(page, 'Microsoft')).toHaveClass(/is-selected/);
  // The page itself does not scroll: the sheet does.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(844);
  expect(errors).toEqual([]);
});

test('tap a loop and follow the dollar: the pulse runs where the reader sees it', async ({
  page,
}) => {
  await openApp(page);
  await company(page, 'Microsoft').tap();
  await page
    .getByRole('region', { name: 'Money loops' })
    .getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ })
    .tap();
  const play = page.getByRole('button', { name: 'Follow the dollar' });
  await expectInViewport(page, play);
  await play.tap();
  const pulse = page.locator('.pulse');
  // The dot runs for most of each hop, then rests hidden: look while it runs.
  await expect(pulse).toBeVisible();
  await expectOnMap(page, pulse);
  await expectOnMap(page, company(page, 'Anthropic'));
});

test('the sheet has a named handle that drags and steps between peek, half and full', async ({
  page,
}) => {
  await openApp(page);
  const handle = page.getByRole('button', { name: /^Details sheet/ });
  await expect(handle).toBeVisible();
  const sheet = page.locator('#panel');
  await company(page, 'Microsoft').tap();
  await expect(sheet).toHaveAttribute('data-snap', 'half');
  // Keyboard: up to full, down to half, down to peek.
  await handle.focus();
  await handle.press('ArrowUp');
  await expect(sheet).toHaveAttribute('data-snap', 'full');
  await handle.press('ArrowDown');
  await handle.press('ArrowDown');
  await expect(sheet).toHaveAttribute('data-snap', 'peek');
  // The heading still shows in the peek.
  await expectInViewport(page, page.getByRole('heading', { level: 2, name: 'Microsoft' }));
  // Drag it up with a finger-like pointer.
  const box = await handle.boundingBox();
  if (!box) throw new Error('no handle');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await handle.dispatchEvent('pointerdown', {
    clientX: x,
    clientY: y,
    pointerId: 1,
    isPrimary: true,
  });
  await handle.dispatchEvent('pointermove', { clientX: x, clientY: 120, pointerId: 1 });
  await handle.dispatchEvent('pointerup', { clientX: x, clientY: 120, pointerId: 1 });
  await expect(sheet).toHaveAttribute('data-snap', 'full');
});

test('money paths without Shift: "Money paths to…" with a company picker', async ({ page }) => {
  await openApp(page);
  await company(page, 'Nvidia').tap();
  await page.getByRole('button', { name: 'Money paths to…' }).tap();
  const picker = page.getByRole('combobox', { name: 'Money paths from Nvidia to' });
  await picker.selectOption({ label: 'Oracle' });
  const paths = page.getByRole('region', { name: 'Money paths' });
  await expect(paths).toBeVisible();
  await expect(paths).toContainText('from Nvidia to Oracle');
  await expect(page).toHaveURL(/to=oracle/);
});

test('touch readers see touch hints, not key hints', async ({ page }) => {
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  const player = page.getByRole('region', { name: /^Microsoft → Anthropic → Microsoft/ });
  await expect(player).toBeVisible();
  await expect(player.getByText(/Keys:/)).toBeHidden();
  await expect(player.getByText(/Tap a hop/)).toBeVisible();
});

test('every target on the phone is at least 24 × 24 px', async ({ page }) => {
  await openApp(page, '?company=microsoft');
  await page.waitForTimeout(500);
  const small = await page
    .locator(
      'button:visible, summary:visible, select:visible, input:visible, [role="button"]:visible, .switch:visible, label.check:visible',
    )
    .evaluateAll((els) =>
      els
        .map((el) => {
          const hit = el.querySelector('.node-hit') ?? el;
          const r = hit.getBoundingClientRect();
          const label = el.closest('label');
          const lr = label?.getBoundingClientRect();
          const w = Math.max(r.width, lr?.width ?? 0);
          const h = Math.max(r.height, lr?.height ?? 0);
          return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', w, h };
        })
        .filter((t) => t.w < 24 - 0.5 || t.h < 24 - 0.5),
    );
  expect(small).toEqual([]);
});
