import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/seed-slice.json', import.meta.url), 'utf8'),
) as { deals: { to: string }[] };

/** Serves the seed slice with deals[3] sent to a company that does not exist. */
async function serveBadFile(page: Page) {
  const bad = structuredClone(fixture);
  if (bad.deals[3]) bad.deals[3].to = 'nvidai';
  await page.route('https://data.example/bad.json', (route) =>
    route.fulfill({ json: bad, headers: { 'access-control-allow-origin': '*' } }),
  );
}

test('an invalid dataset shows what is wrong and where, and the page keeps working', async ({
  page,
}) => {
  await serveBadFile(page);
  await page.goto('./?data=https://data.example/bad.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not a valid circular-trade dataset');
  await expect(alert).toContainText('deals[3].to: unknown company "nvidai"');
  // Nothing to detail: no empty panel beside the error, and no skip link to it.
  await expect(page.getByRole('complementary', { name: 'Details' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skip to details' })).toHaveCount(0);
  const stage = await page.locator('.stage').boundingBox();
  expect(stage?.width).toBe(1280);
  // The rest of the page still works: the reader can fall back to the bundled data.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await alert.getByRole('button', { name: 'Show the bundled dataset instead' }).click();
  await expect(page.getByRole('group', { name: /^Deal network/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('an invalid dataset leaves no empty details sheet under the error', async ({ page }) => {
    await serveBadFile(page);
    const cover = () =>
      page.locator('.layout').evaluate((el) => el.style.getPropertyValue('--map-cover'));
    await page.goto('./?intro=off');
    const handle = page.getByRole('button', { name: /^Details sheet/ });
    await expect(handle).toBeVisible();
    await expect.poll(cover).not.toBe('');
    // Back to an address naming a file that is not a valid dataset.
    await page.evaluate(() => {
      history.pushState(null, '', '?data=https://data.example/bad.json');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('alert')).toContainText('deals[3].to: unknown company "nvidai"');
    await expect(handle).toHaveCount(0);
    // The map's place has the whole stage again: no room is kept for a sheet.
    expect(await cover()).toBe('');
    await page
      .getByRole('alert')
      .getByRole('button', { name: 'Show the bundled dataset instead' })
      .tap();
    await expect(handle).toBeVisible();
  });
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
