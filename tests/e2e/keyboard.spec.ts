/**
 * Issue 13 with a keyboard and a screen reader: focus goes where the reader's
 * attention goes, never to <body>; the journey to a company's first loop is short;
 * what opens is announced.
 */
import { expect, test, type Page } from '@playwright/test';
import { company, openApp } from './helpers';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return `${el.tagName.toLowerCase()}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? ''}`;
  });

/** A counted keyboard: every press is one the reader makes. */
function keyboard(page: Page) {
  let count = 0;
  return {
    async press(key: string) {
      count++;
      await page.keyboard.press(key);
    },
    async type(text: string) {
      count += text.length;
      await page.keyboard.type(text);
    },
    get count() {
      return count;
    },
  };
}

test('from the search box to the first loop of a chosen company in at most 10 keys', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Find a company' }).focus();
  const keys = keyboard(page);
  await keys.type('Micr');
  await keys.press('Enter');
  // Choosing moves focus to the details heading.
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeFocused();
  const first = page
    .getByRole('region', { name: 'Money loops' })
    .getByRole('listitem')
    .first()
    .getByRole('button');
  for (let i = 0; i < 10 && keys.count < 10; i++) {
    if (await first.evaluate((el) => el === document.activeElement)) break;
    await keys.press('Tab');
  }
  await expect(first).toBeFocused();
  expect(keys.count).toBeLessThanOrEqual(10);
});

test('Escape returns focus to the loop it closed, then to the company it cleared', async ({
  page,
}) => {
  await openApp(page);
  const msft = company(page, 'Microsoft');
  await msft.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeVisible();
  // Into the loops, play one, then back out with Escape.
  const loop = page
    .getByRole('region', { name: 'Money loops' })
    .getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ });
  await loop.focus();
  await page.keyboard.press('Enter');
  const play = page.getByRole('button', { name: 'Follow the dollar' });
  await play.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Pause' }).press('Enter');
  // (The focused player goes with the loop: focus is on <body> until it is
  // given back, a few frames later, so only where it ends up is checked.)
  await page.keyboard.press('Escape'); // closes the loop
  await expect(loop).toBeFocused();
  await page.keyboard.press('Escape'); // clears the company
  await expect(msft).toBeFocused();
});

test('closing things with their buttons keeps focus in the page', async ({ page }) => {
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  await page.getByRole('button', { name: 'Close loop' }).click();
  // Back to the loop's row, then (the company cleared) to the company on the map.
  await expect(
    page
      .getByRole('region', { name: 'Money loops' })
      .getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(company(page, 'Microsoft')).toBeFocused();
  // A deal, then back to its company with Escape: focus returns to the deal's row.
  await openApp(page, '?company=microsoft');
  await backToTheDealRow(page);
});

/** Enter on a company's first deal, Escape back: the deal's row has focus again. */
async function backToTheDealRow(page: Page) {
  const row = page
    .getByRole('region', { name: /^Money out/ })
    .getByRole('button')
    .first();
  const id = await row.getAttribute('data-deal-id');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^Money out/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator(`[data-deal-id="${id}"]`)).toBeFocused();
}

test('focus returns to the deal row on a slow page too', async ({ page }) => {
  // The company's view comes in a deferred render and its rows a batch later:
  // on a slow page, later than the two frames focus used to wait.
  await openApp(page, '?company=microsoft');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await backToTheDealRow(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('each deal in a company’s details is a focusable row that highlights its arrow', async ({
  page,
}) => {
  await openApp(page, '?company=microsoft');
  const row = page
    .getByRole('region', { name: /^Money out/ })
    .getByRole('button', { name: /Anthropic/ })
    .first();
  await row.focus();
  await expect(page.locator('[data-edge-id="msft-anthropic-equity-2025"]')).toHaveClass(/is-hot/);
});

test('a "Skip to loops" link goes to the loops', async ({ page }) => {
  await openApp(page, '?company=microsoft');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to loops' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Money loops' })).toBeFocused();
});

test('"Money paths to…" from the keyboard, no Shift', async ({ page }) => {
  await openApp(page, '?company=nvidia');
  await page.getByRole('button', { name: 'Money paths to…' }).press('Enter');
  const picker = page.getByRole('combobox', { name: 'Money paths from Nvidia to' });
  await expect(picker).toBeFocused();
  await picker.selectOption({ label: 'Oracle' });
  await expect(page.getByRole('region', { name: 'Money paths' })).toContainText(
    'from Nvidia to Oracle',
  );
  expect(await focused(page)).not.toBe('BODY');
});

test('opening a company or a loop is announced', async ({ page }) => {
  await openApp(page);
  const live = page.locator('#announcer');
  await company(page, 'Microsoft').click();
  await expect(live).toHaveText(/Microsoft: details open/);
  await page
    .getByRole('region', { name: 'Money loops' })
    .getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ })
    .click();
  await expect(live).toHaveText(/Loop Microsoft → Anthropic → Microsoft.*player open/);
});

test('notices stay at least 20 s, pause on hover, and those at load are announced', async ({
  page,
}) => {
  // Record what the live region held when it first appeared in the document.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __noticesAtMount: string[] }).__noticesAtMount = seen;
    new MutationObserver((records) => {
      for (const r of records)
        r.addedNodes.forEach((n) => {
          if (n instanceof HTMLElement) {
            const region = n.matches('.notices') ? n : n.querySelector('.notices');
            if (region) seen.push(region.textContent ?? '');
          }
        });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.clock.install();
  await openApp(page, '?company=no-such-company');
  const notice = page.locator('.notice').first();
  await expect(notice).toBeVisible();
  const atMount = await page.evaluate(
    () => (window as unknown as { __noticesAtMount: string[] }).__noticesAtMount,
  );
  // The live region was in the page, empty, before the notice went into it.
  expect(atMount[0]).toBe('');
  await page.clock.runFor(15_000);
  await expect(notice).toBeVisible();
  await notice.hover();
  await page.clock.runFor(30_000);
  await expect(notice).toBeVisible();
  await page.mouse.move(5, 400);
  await page.clock.runFor(21_000);
  await expect(notice).toBeHidden();
});
