import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/seed-slice.json', import.meta.url), 'utf8'),
) as { deals: { to: string }[] };

test('an invalid dataset shows what is wrong and where, and the page keeps working', async ({
  page,
}) => {
  const bad = structuredClone(fixture);
  if (bad.deals[3]) bad.deals[3].to = 'nvidai';
  await page.route('https://data.example/bad.json', (route) =>
    route.fulfill({ json: bad, headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto('./?data=https://data.example/bad.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not a valid circular-trade dataset');
  await expect(alert).toContainText('deals[3].to: unknown company "nvidai"');
  // The rest of the page still works: the reader can fall back to the bundled data.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await alert.getByRole('button', { name: 'Show the bundled dataset instead' }).click();
  await expect(page.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a data URL that is not http(s) is refused without a request', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?data=javascript:alert(1)');
  await expect(page.getByRole('status').filter({ hasText: /data/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('every source link in the panel is an http(s) link that opens in a new tab', async ({
  page,
}) => {
  await page.goto('./?intro=off');
  await page
    .getByRole('group', { name: /^Deal network/ })
    .getByRole('button', { name: 'OpenAI', exact: true })
    .click();
  const links = page.getByRole('complementary', { name: 'Details' }).getByRole('link');
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
});
