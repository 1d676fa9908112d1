/**
 * Issue 9 (honest money) and issue 10 (chains) in the real app on the bundled
 * December 2026 edition: the sort control and the time-order switch change the
 * list and the link and survive a reload; an ended deal's details say how, when
 * and what replaced it; the totals bar; every figure follows `until`. Only
 * accessible names, panel text, the URL and data-* hooks of the panel are used,
 * never the map's drawing (its renderer is being replaced).
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const top = (page: Page) => page.getByRole('region', { name: 'Top money loops' });
/** The chain text of each listed loop card, in order. */
const cardChains = (page: Page) => top(page).locator('.loop-item .loop-chain').allTextContents();
const card = (page: Page, chain: string) =>
  page.locator('.loop-item').filter({ has: page.locator('.loop-chain', { hasText: chain }) });
const sort = (page: Page) => page.getByRole('combobox', { name: 'Sort' });
const timeOrder = (page: Page) => page.getByRole('switch', { name: 'Only loops in time order' });

test('sort by firm or headline dollars: the list and the link change, and a reload keeps them', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await expect(sort(page)).toHaveValue('firm');
  await expect(top(page)).toContainText('ranked by the firm dollars');
  // Firm dollars: the Nvidia–OpenAI–Oracle triangle ($30.1B, all firm) leads.
  expect((await cardChains(page))[0]).toBe('Nvidia → OpenAI → Oracle → Nvidia');

  await sort(page).selectOption({ label: 'Headline dollars' });
  await expect(page).toHaveURL(/[?&]rank=headline(&|$)/);
  await expect(top(page)).toContainText('ranked by the headline dollars');
  // Headline: Amazon's $50B in OpenAI, of which $15B is firm, comes first.
  await expect(top(page).locator('.loop-item .loop-chain').first()).toHaveText(
    'Amazon → OpenAI → Amazon',
  );
  await expect(card(page, 'Amazon → OpenAI → Amazon').locator('.loop-amount')).toHaveText(
    '$15B firm · up to $50B',
  );

  await page.reload();
  await expect(sort(page)).toHaveValue('headline');
  await expect(top(page).locator('.loop-item .loop-chain').first()).toHaveText(
    'Amazon → OpenAI → Amazon',
  );

  // Back to firm: the default leaves the link.
  await sort(page).selectOption({ label: 'Firm dollars' });
  await expect(page).not.toHaveURL(/rank=/);
  expect(errors).toEqual([]);
});

test('sort by length or date re-sorts the cards without touching the ranking in the link', async ({
  page,
}) => {
  await openApp(page, '?company=amazon');
  const loops = page.getByRole('region', { name: 'Money loops' });
  const chains = () => loops.locator('.loop-item .loop-chain').allTextContents();
  const lengths = async () => (await chains()).map((c) => c.split('→').length - 1);
  await sort(page).selectOption({ label: 'Length' });
  await expect(sort(page)).toHaveValue('length');
  const byLength = await lengths();
  expect(byLength.length).toBeGreaterThan(3);
  expect([...byLength].sort((a, b) => a - b)).toEqual(byLength);

  await sort(page).selectOption({ label: 'Date' });
  const dates = await loops.locator('.loop-item .loop-date').allTextContents();
  const since = dates.map((d) => Date.parse(/complete since (.+?)(?: ·|$)/.exec(d)?.[1] ?? ''));
  // Newest first within the direct loops and within the chains (issue 10: direct loops first).
  const direct = (await chains()).filter((c) => c.split('→').length - 1 <= 3).length;
  for (const group of [since.slice(0, direct), since.slice(direct)])
    expect([...group].sort((a, b) => b - a)).toEqual(group);
  expect(since.every((t) => Number.isFinite(t))).toBe(true);
  await expect(page).not.toHaveURL(/rank=/);
});

test('"Only loops in time order" keeps in-order loops, goes in the link and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  // The list shows the top two dozen either way; the count says how many there are.
  const total = async () =>
    Number((await top(page).locator('.loops-summary strong').textContent())?.replace(/\D/g, ''));
  const before = await total();
  await expect(timeOrder(page)).not.toBeChecked();
  await timeOrder(page).check();
  await expect(page).toHaveURL(/[?&]order=time(&|$)/);
  await expect(top(page)).toContainText('in time order in this view');
  const items = top(page).locator('.loop-item');
  const after = await items.count();
  expect(after).toBeGreaterThan(0);
  expect(await total()).toBeLessThan(before);
  // Every card left carries the marker.
  await expect(top(page).locator('.loop-item .loop-order')).toHaveCount(after);

  await page.reload();
  await expect(timeOrder(page)).toBeChecked();
  await expect(top(page).locator('.loop-item')).toHaveCount(after);
  await timeOrder(page).uncheck();
  await expect(page).not.toHaveURL(/order=/);
});

test('longer chains of separate deals come after the direct loops, labelled', async ({ page }) => {
  await openApp(page);
  const chains = top(page).getByRole('region', { name: /^Longer chains of separate deals/ });
  await expect(chains).toBeVisible();
  const direct = (await cardChains(page)).slice(0, 10);
  // The loops before the chains' heading are all of 2 or 3 companies.
  const firstChain = await chains.locator('.loop-item .loop-chain').first().textContent();
  const index = direct.indexOf(firstChain ?? '');
  for (const c of index < 0 ? direct : direct.slice(0, index))
    expect(c.split('→').length - 1).toBeLessThanOrEqual(3);
  await expect(
    card(page, 'Amazon → Anthropic → Nvidia → OpenAI → Amazon').locator('.loop-date'),
  ).toContainText('a chain of 4 separate deals');
  await expect(
    chains.locator('.loop-item', { hasText: 'Amazon → Anthropic → Nvidia' }),
  ).toHaveCount(1);
});

test('an ended deal says how, when and what replaced it, and links to the replacement', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?deal=nvda-openai-loi-100b');
  const details = page.getByRole('region', { name: /Nvidia.*OpenAI/ });
  const end = details.getByRole('note');
  await expect(end).toContainText('Superseded 27 Feb 2026');
  await expect(end).toContainText('left out of loops, paths and totals');
  await expect(details).toContainText('a letter of intent, not a commitment');
  const replacement = end.getByRole('button', { name: /Nvidia → OpenAI, investment \$30B/ });
  await replacement.click();
  await expect(page).toHaveURL(/[?&]deal=nvda-openai-30b-2026(&|$)/);
  await expect(page.getByRole('region', { name: /Nvidia.*OpenAI/ })).toContainText('$30B');
  await expect(page.getByRole('region', { name: /Nvidia.*OpenAI/ }).getByRole('note')).toHaveCount(
    0,
  );
  // Back: the ended letter of intent again.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]deal=nvda-openai-loi-100b(&|$)/);
  await expect(page.getByRole('note').filter({ hasText: 'Superseded' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('before its end date the letter of intent still counts, and says so', async ({ page }) => {
  await openApp(page, '?deal=nvda-openai-loi-100b&until=2026-01');
  const end = page.getByRole('note').filter({ hasText: 'Superseded' });
  await expect(end).toContainText('It still counts at the date in view.');
  await expect(end).not.toContainText('left out of loops');
});

test('the totals bar: firm beside headline, and the share that is promises', async ({ page }) => {
  await openApp(page);
  const totals = page.getByRole('figure', { name: 'Dollars in view' });
  await expect(totals).toBeVisible();
  await expect(totals).toContainText(/\$[\d.]+T firm/);
  await expect(totals).toContainText(/of ≈?\$[\d.]+T headline/);
  await expect(totals).toContainText(
    /\d+ % of the dollars in view are letters of intent, ceilings or contingent · as of 22 Jun 2026/,
  );
  const bar = totals.getByRole('img');
  await expect(bar).toHaveAttribute('aria-label', /^\d+ % promises, \d+ % firm$/);
  const [promises, firm] = ((await bar.getAttribute('aria-label')) ?? '')
    .match(/\d+/g)
    ?.map(Number) ?? [NaN, NaN];
  expect(Math.abs((promises ?? 0) + (firm ?? 0) - 100)).toBeLessThanOrEqual(1);
  const caption = await totals.locator('figcaption').textContent();
  expect(caption).toContain(`${promises} % of the dollars`);
});

test('every figure follows until: totals, loop cards and their markers as of that date', async ({
  page,
}) => {
  const totals = page.getByRole('figure', { name: 'Dollars in view' });
  const share = (t: string | null) => Number(/(\d+) % of the dollars/.exec(t ?? '')?.[1]);
  await openApp(page);
  await expect(totals).toContainText('as of 22 Jun 2026');
  const now = await totals.textContent();
  await openApp(page, '?until=2026-01-01');
  await expect(totals).toContainText('as of 1 Jan 2026');
  const then = await totals.textContent();
  expect(then).not.toBe(now);
  // More of the headline was promises while the $100B letter of intent counted.
  expect(share(then)).toBeGreaterThan(share(now));

  const triangle = card(page, 'Nvidia → OpenAI → Oracle → Nvidia');
  // Today: the letter of intent has ended; the $30B stake replaced it. All firm.
  await openApp(page, '?company=nvidia');
  await expect(triangle.locator('.loop-amount')).toHaveText('$30.1B');
  await expect(triangle.locator('.loop-gap')).toHaveCount(0);
  // On 1 January 2026 the letter of intent still counted: up to $40B, $100M of it firm.
  await openApp(page, '?company=nvidia&until=2026-01-01');
  await expect(triangle.locator('.loop-amount')).toHaveText('$100M firm · up to $40B');
  await expect(triangle.locator('.loop-gap')).toContainText('LOI');
  await expect(triangle.locator('.loop-date')).toContainText('complete since 23 May 2025');
});
