/**
 * Dollars on the graphic (issue 12): amounts written along the arrows for the
 * selected loop's hops, a selected company's deals, and with nothing chosen
 * the few biggest flows — never on top of each other.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const amounts = (page: Page) => page.locator('.graph .amount');
const amountFor = (page: Page, id: string) =>
  page.locator(`.graph .amount[data-amount-for="${id}"]`);

async function expectNoOverlap(page: Page) {
  const boxes = await amounts(page).evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  );
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as DOMRect;
      const b = boxes[j] as DOMRect;
      const overlap =
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5;
      expect(overlap, `amounts ${i} and ${j} overlap`).toBe(false);
    }
}

test("a selected loop's hops carry their dollars on the map", async ({ page }) => {
  await openApp(page, '?company=microsoft&loop=microsoft,anthropic');
  await expect(amountFor(page, 'anthropic-azure-30b')).toHaveText('$30B');
  // The source calls Microsoft's investment "up to $5B": a ceiling, marked.
  await expect(amountFor(page, 'msft-anthropic-equity-2025')).toHaveText('up to $5B');
  // Nothing else competes with the loop.
  await expect(amounts(page)).toHaveCount(2);
  await expectNoOverlap(page);
});

test("a loop's dollars win over the dimmed names its arrows pass", async ({ page }) => {
  // Amazon → OpenAI → Amazon: the arrows pass close by faded names (Cerebras,
  // Anthropic). Those names give way; the loop's three deals keep their dollars.
  await openApp(page, '?company=amazon&loop=amazon,openai');
  await expect(amountFor(page, 'amzn-openai-50b-2026')).toHaveText('$15B · up to $50B');
  await expect(amountFor(page, 'openai-aws-38b')).toHaveText('$38B');
  await expect(amountFor(page, 'openai-aws-100b-2026')).toHaveText('$100B');
  await expect(amounts(page)).toHaveCount(3);
  await expectNoOverlap(page);
  // The loop's own companies keep their names.
  for (const name of ['Amazon', 'OpenAI'])
    await expect(
      page.locator('.graph .node-label', { hasText: new RegExp(`^${name}$`) }).first(),
    ).toBeVisible();
});

test('with nothing chosen the biggest flows are labelled, and a chosen company’s deals too', async ({
  page,
}) => {
  await openApp(page);
  await expect(amounts(page).first()).toBeVisible();
  const n = await amounts(page).count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(5);
  await expectNoOverlap(page);
  // A selected company's deals: as many as fit, none on top of another.
  await page.goto('./?company=nvidia');
  await expect(amounts(page).first()).toBeVisible();
  expect(await amounts(page).count()).toBeGreaterThan(2);
  await expectNoOverlap(page);
});
